/**
 * The management stack: the controllers a seed runs (Cluster API and its providers, Kamaji,
 * k0smotron, the GitOps engine, tofu-controller and its Terraform engine, the multi-cluster
 * systems) and the version of each. The garden declares the fleet's default stack, each seed may
 * override any component; renderers emit what the declared versions serve, and the schema check
 * validates against those versions' own schemas.
 *
 * Defaults are the versions whose schemas seedbed is developed against (`../shared/crds`,
 * listed in its SOURCES.md); further versions come from `../shared/crds-versions/<component>/<version>/`
 * (listed in {@link SCHEMA_VERSIONS}). A declared version is accepted when seedbed has its schemas:
 * the same version, or another patch of the same release (`MAJOR.MINOR`, patch releases do not
 * change an API); pre-releases and Kamaji's edge builds only by exact version.
 */
import * as semver from 'semver';
import { compareStrings as cmp } from './order';

/** The engine tofu-controller's runner applies the stacks with. */
export enum TerraformEngine {
  /** OpenTofu: the binary tofu-controller's stock runner image ships. */
  OPENTOFU = 'opentofu',
  /** HashiCorp Terraform: needs a runner image that carries a `terraform` binary. */
  TERRAFORM = 'terraform',
}

/** A work-around for a known-bad combination that the fleet opts into (see lib/core/compatibility.ts). */
export enum StackWorkaround {
  /**
   * Renders, in each seed, the ClusterRole and ClusterRoleBinding that let Cluster API's kubeadm
   * bootstrap controller read KamajiControlPlanes, which Kamaji's Cluster API provider up to
   * v0.20.0 does not grant and Cluster API v1.14 needs.
   */
  KAMAJI_BOOTSTRAP_RBAC = 'kamaji-bootstrap-rbac',
}

/** The versions of the controllers a seed runs; every field left out keeps its default. */
export interface ManagementStack {
  /**
   * Kubernetes version of the seed cluster itself (`v1.33.7`).
   * @default 'v1.33.7'
   */
  readonly kubernetes?: string;
  /**
   * Cluster API core (with its kubeadm bootstrap and control-plane providers).
   * @default 'v1.14.0'
   */
  readonly clusterApi?: string;
  /**
   * Cluster API provider OpenStack (CAPO).
   * @default 'v0.14.7'
   */
  readonly clusterApiProviderOpenStack?: string;
  /**
   * Cluster API provider vSphere (CAPV).
   * @default 'v1.16.1'
   */
  readonly clusterApiProviderVSphere?: string;
  /**
   * Kamaji.
   * @default '26.8.2-edge'
   */
  readonly kamaji?: string;
  /**
   * Kamaji's Cluster API control-plane provider.
   * @default 'v0.20.0'
   */
  readonly kamajiClusterApiProvider?: string;
  /**
   * k0smotron.
   * @default 'v2.1.0'
   */
  readonly k0smotron?: string;
  /**
   * Flux (the flux2 distribution).
   * @default 'v2.9.4'
   */
  readonly flux?: string;
  /**
   * tofu-controller.
   * @default 'v0.16.5'
   */
  readonly tofuController?: string;
  /**
   * Engine tofu-controller's runner applies the shoots' stacks with.
   * @default TerraformEngine.OPENTOFU
   */
  readonly terraformEngine?: TerraformEngine;
  /**
   * Version of the engine (`1.12.1`). It decides the version constraint of every rendered stack
   * (at least its `MAJOR.MINOR.0`).
   * @default - for OpenTofu with the stock runner image, the version tofu-controller's release ships
   * (1.12.1 for v0.16.5, see STOCK_RUNNER_OPENTOFU); otherwise none, and the stacks require only the
   * engine's oldest release that reads them (OpenTofu 1.6.0, Terraform 1.5.0)
   */
  readonly terraformEngineVersion?: string;
  /**
   * Runner image carrying the engine's binary, for tofu-controller's runner pods. Required for
   * Terraform: the stock runner image ships only OpenTofu.
   * @default - tofu-controller's own runner image
   */
  readonly terraformRunnerImage?: string;
  /**
   * Argo CD.
   * @default 'v3.5.1'
   */
  readonly argoCd?: string;
  /**
   * Karmada.
   * @default 'v1.18.2'
   */
  readonly karmada?: string;
  /**
   * Open Cluster Management.
   * @default 'v1.3.0'
   */
  readonly openClusterManagement?: string;
  /**
   * Clusternet.
   * @default 'v0.18.1'
   */
  readonly clusternet?: string;
  /**
   * Clusterpedia.
   * @default 'v0.9.1'
   */
  readonly clusterpedia?: string;
  /**
   * Kubermatic Kubernetes Platform.
   * @default 'v2.31.0'
   */
  readonly kubermatic?: string;
  /**
   * Liqo.
   * @default 'v1.2.0'
   */
  readonly liqo?: string;
  /**
   * Admiralty.
   * @default 'v0.17.0'
   */
  readonly admiralty?: string;
  /**
   * Work-arounds for known-bad combinations the fleet opts into.
   * @default - none
   */
  readonly workarounds?: StackWorkaround[];
}

/** The component fields of a {@link ManagementStack} that hold a version. */
export type StackComponent =
  | 'kubernetes' | 'clusterApi' | 'clusterApiProviderOpenStack' | 'clusterApiProviderVSphere' | 'kamaji'
  | 'kamajiClusterApiProvider' | 'k0smotron' | 'flux' | 'tofuController' | 'argoCd' | 'karmada'
  | 'openClusterManagement' | 'clusternet' | 'clusterpedia' | 'kubermatic' | 'liqo' | 'admiralty';

/** A management stack with every default applied. */
export interface ResolvedStack {
  /** Version of each component. */
  readonly versions: { readonly [C in StackComponent]: string };
  /** Engine of tofu-controller's runner. */
  readonly terraformEngine: TerraformEngine;
  /** Version of the engine, when known. */
  readonly terraformEngineVersion?: string;
  /** Runner image, when set. */
  readonly terraformRunnerImage?: string;
  /** Work-arounds opted into, sorted. */
  readonly workarounds: StackWorkaround[];
  /** Which components the garden or the seed declared (the rest are defaults), for reports. */
  readonly declared: StackComponent[];
  /**
   * The schema set the seed's objects are checked against: `''` for the default set, else
   * `<folder>@<version>` of every component whose schemas come from `crds-versions/`, sorted, `+`-joined.
   */
  readonly schemaSet: string;
}

/** One component: its field, its name in `../shared` and in reports, its default version. */
export interface ComponentInfo {
  readonly field: StackComponent;
  /** Folder of its schemas under `crds/` and `crds-versions/` (the upstream repository's name). */
  readonly folder: string;
  /** Name shown in reports. */
  readonly title: string;
  /** Default version: the one whose schemas are in `crds/`. */
  readonly default: string;
}

/** Every component, in the order reports list them; defaults from ../shared/crds/SOURCES.md. */
export const COMPONENTS: readonly ComponentInfo[] = [
  // crds/kubernetes/release-1.33 (≈ v1.33.7, SOURCES.md).
  { field: 'kubernetes', folder: 'kubernetes', title: 'Kubernetes (seed)', default: 'v1.33.7' },
  { field: 'clusterApi', folder: 'cluster-api', title: 'Cluster API', default: 'v1.14.0' },
  { field: 'clusterApiProviderOpenStack', folder: 'cluster-api-provider-openstack', title: 'Cluster API provider OpenStack', default: 'v0.14.7' },
  { field: 'clusterApiProviderVSphere', folder: 'cluster-api-provider-vsphere', title: 'Cluster API provider vSphere', default: 'v1.16.1' },
  { field: 'kamaji', folder: 'kamaji', title: 'Kamaji', default: '26.8.2-edge' },
  { field: 'kamajiClusterApiProvider', folder: 'cluster-api-control-plane-provider-kamaji', title: 'Kamaji Cluster API provider', default: 'v0.20.0' },
  { field: 'k0smotron', folder: 'k0smotron', title: 'k0smotron', default: 'v2.1.0' },
  { field: 'flux', folder: 'flux', title: 'Flux', default: 'v2.9.4' },
  { field: 'tofuController', folder: 'tofu-controller', title: 'tofu-controller', default: 'v0.16.5' },
  { field: 'argoCd', folder: 'argo-cd', title: 'Argo CD', default: 'v3.5.1' },
  { field: 'karmada', folder: 'karmada', title: 'Karmada', default: 'v1.18.2' },
  { field: 'openClusterManagement', folder: 'open-cluster-management', title: 'Open Cluster Management', default: 'v1.3.0' },
  { field: 'clusternet', folder: 'clusternet', title: 'Clusternet', default: 'v0.18.1' },
  { field: 'clusterpedia', folder: 'clusterpedia', title: 'Clusterpedia', default: 'v0.9.1' },
  { field: 'kubermatic', folder: 'kubermatic', title: 'Kubermatic', default: 'v2.31.0' },
  { field: 'liqo', folder: 'liqo', title: 'Liqo', default: 'v1.2.0' },
  { field: 'admiralty', folder: 'admiralty', title: 'Admiralty', default: 'v0.17.0' },
];

/**
 * Versions beyond the defaults whose schemas seedbed has, each a folder
 * `../shared/crds-versions/<component folder>/<version>/` (listed in its SOURCES.md) that
 * replaces the component's files of `crds/` in the schema check.
 */
export const SCHEMA_VERSIONS: { readonly [C in StackComponent]?: readonly string[] } = {
  clusterApiProviderOpenStack: ['v0.15.0-beta.0'],
};

/**
 * The OpenTofu version the stock runner image of each tofu-controller release ships: `ARG
 * TOFU_VERSION` of flux-iac/tofu-controller@<tag>:runner.Dockerfile, which copies `tofu` from
 * `ghcr.io/opentofu/opentofu:${TOFU_VERSION}-minimal` and nothing else (no `terraform` binary).
 * Releases before v0.16.0 (and v0.16.0-rc.1 to rc.7) shipped HashiCorp Terraform instead; seedbed
 * has no schemas for them.
 */
export const STOCK_RUNNER_OPENTOFU: { readonly [tofuController: string]: string } = {
  'v0.16.0': '1.11.3',
  'v0.16.1': '1.11.4',
  'v0.16.2': '1.11.5',
  'v0.16.3': '1.11.6',
  'v0.16.4': '1.12.1',
  'v0.16.5': '1.12.1',
};

/** The OpenTofu version the stock runner of a tofu-controller version ships, when seedbed knows it. */
export function stockRunnerOpenTofu(tofuController: string): string | undefined {
  const v = parseStackVersion(tofuController);
  return v ? STOCK_RUNNER_OPENTOFU[`v${v.version}`] : undefined;
}

/**
 * Oldest release of each engine that reads every stack seedbed renders. The stacks use `import`
 * blocks (Terraform 1.5.0, hashicorp/terraform@v1.5.0:CHANGELOG.md) besides `moved` blocks and
 * functions Terraform has had since 1.1 (`concat`, `jsonencode`, `nonsensitive`, `replace`,
 * `urlencode`, `base64encode`); OpenTofu's first release, 1.6.0, reads import blocks
 * (opentofu/opentofu@v1.6.0:internal/configs/parser_config.go).
 */
export const ENGINE_FLOOR: { readonly [E in TerraformEngine]: string } = {
  [TerraformEngine.OPENTOFU]: '1.6.0',
  [TerraformEngine.TERRAFORM]: '1.5.0',
};

/**
 * First OpenTofu release that reads its version constraint from `language { compatible_with {
 * opentofu = … } }` and ignores `terraform.required_version` in `.tf`/`.tf.json` files
 * (opentofu/opentofu@v1.12.1:internal/configs/diagnostics.go `checkVersionRequirements`, commit
 * 551579f5 "configs: New-style core version constraints"). Earlier releases check
 * `required_version` in every file against OpenTofu's own version
 * (opentofu/opentofu@v1.11.3:internal/configs/module.go `CheckCoreVersionRequirements`) and reject a
 * `language` block (it is not in v1.11.3's internal/configs/parser_config.go `configFileSchema`).
 */
export const OPENTOFU_LANGUAGE_BLOCK = '1.12.0';

/** The version constraints a rendered stack carries for the engine that runs it. */
export interface EngineConstraint {
  /** `terraform.required_version`: what Terraform, and OpenTofu before 1.12, check their own version against. */
  readonly requiredVersion: string;
  /** `language.compatible_with.opentofu`: what OpenTofu 1.12 and later check, only for stacks that need them. */
  readonly openTofu?: string;
}

/**
 * The constraint every stack of a seed carries, decided by the seed's engine and its version:
 * at least the engine's {@link ENGINE_FLOOR}, and at least the release (`MAJOR.MINOR.0`) of the
 * declared version, so a runner older than the stack the seed declares stops at `init` with the
 * engine's own "unsupported version" error instead of failing halfway. Patches are not pinned
 * (they do not change the language), nor is an upper bound set (both engines keep 1.x
 * configurations working in later 1.x releases).
 *
 * When the floor is OpenTofu 1.12 or later the stack also carries the constraint in
 * `language.compatible_with.opentofu`, the only place OpenTofu 1.12 reads it from in a `.tf.json`
 * file ({@link OPENTOFU_LANGUAGE_BLOCK}); `required_version` stays, with the same constraint, so
 * an older OpenTofu reports the version before it trips over the `language` block (OpenTofu 1.11
 * checks the core version before it reports configuration errors,
 * opentofu/opentofu@v1.11.3:internal/command/init.go). HashiCorp Terraform does not know the
 * `language` block, so such a stack is OpenTofu's only, as the seed declares.
 */
export function engineConstraint(stack: Pick<ResolvedStack, 'terraformEngine' | 'terraformEngineVersion'>): EngineConstraint {
  const floor = parseStackVersion(ENGINE_FLOOR[stack.terraformEngine])!;
  const declared = stack.terraformEngineVersion !== undefined ? parseStackVersion(stack.terraformEngineVersion) : undefined;
  const release = declared ? semver.parse(`${declared.major}.${declared.minor}.0`)! : undefined;
  const min = release && semver.gt(release, floor) ? release : floor;
  const requiredVersion = `>= ${min.version}`;
  const language = stack.terraformEngine === TerraformEngine.OPENTOFU && semver.gte(min, OPENTOFU_LANGUAGE_BLOCK);
  return language ? { requiredVersion, openTofu: requiredVersion } : { requiredVersion };
}

/** Every further schema set seedbed ships in its catalog: one per version of {@link SCHEMA_VERSIONS}. */
export function catalogSchemaSets(): string[] {
  return COMPONENTS.flatMap((c) => (SCHEMA_VERSIONS[c.field] ?? []).map((v) => `${c.folder}@${v}`));
}

/** The info of one component. */
export function componentInfo(field: StackComponent): ComponentInfo {
  return COMPONENTS.find((c) => c.field === field)!;
}

/** The parsed version, or undefined when `v` is not a semantic version (a leading `v` is allowed). */
export function parseStackVersion(v: string): semver.SemVer | undefined {
  if (typeof v !== 'string' || !/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v)) return undefined;
  return semver.parse(v.replace(/^v/, '')) ?? undefined;
}

/** Whether the schemas of `have` serve a declared version `want`: the same version, or another patch of the same release. */
function servedBy(want: semver.SemVer, have: semver.SemVer): boolean {
  if (want.prerelease.length > 0 || have.prerelease.length > 0) return semver.eq(want, have);
  return want.major === have.major && want.minor === have.minor;
}

/** Where the schemas of a declared version come from. */
export type SchemaMatch =
  | { readonly found: 'default' }
  | { readonly found: 'version'; readonly version: string }
  | { readonly found: 'none'; readonly available: string[] };

/** Whether seedbed has the schemas of `version` of `field`, and from which folder. */
export function schemasFor(field: StackComponent, version: string): SchemaMatch {
  const want = parseStackVersion(version);
  const info = componentInfo(field);
  const extra = SCHEMA_VERSIONS[field] ?? [];
  const available = [info.default, ...extra];
  if (!want) return { found: 'none', available };
  if (servedBy(want, parseStackVersion(info.default)!)) return { found: 'default' };
  const hit = extra.find((v) => servedBy(want, parseStackVersion(v)!));
  return hit ? { found: 'version', version: hit } : { found: 'none', available };
}

/** The schema set key of a stack's versions (see {@link ResolvedStack.schemaSet}). */
export function schemaSetOf(versions: { readonly [C in StackComponent]: string }): string {
  const parts: string[] = [];
  for (const c of COMPONENTS) {
    const m = schemasFor(c.field, versions[c.field]);
    if (m.found === 'version') parts.push(`${c.folder}@${m.version}`);
  }
  return parts.sort(cmp).join('+');
}

/** The folders a schema set replaces: component folder → version folder. */
export function parseSchemaSet(set: string): Map<string, string> {
  const out = new Map<string, string>();
  if (set === '') return out;
  for (const part of set.split('+')) {
    const at = part.indexOf('@');
    if (at <= 0 || at === part.length - 1) throw new Error(`malformed schema set ${JSON.stringify(set)} (expected <component>@<version>[+…])`);
    out.set(part.slice(0, at), part.slice(at + 1));
  }
  return out;
}

/**
 * The stack of a seed: the seed's fields over the garden's over the defaults. Versions are kept
 * as written; {@link schemasFor} decides whether they can be rendered for.
 */
export function resolveStack(garden: ManagementStack | undefined, seed: ManagementStack | undefined): ResolvedStack {
  const pick = <K extends keyof ManagementStack>(k: K): ManagementStack[K] => seed?.[k] ?? garden?.[k];
  const versions = {} as { [C in StackComponent]: string };
  const declared: StackComponent[] = [];
  for (const c of COMPONENTS) {
    const v = pick(c.field) as string | undefined;
    versions[c.field] = v ?? c.default;
    if (v !== undefined) declared.push(c.field);
  }
  const terraformEngine = pick('terraformEngine') ?? TerraformEngine.OPENTOFU;
  const runner = pick('terraformRunnerImage');
  // Without an image of its own the seed runs the stock runner, whose OpenTofu version is known per release.
  const stock = terraformEngine === TerraformEngine.OPENTOFU && runner === undefined ? stockRunnerOpenTofu(versions.tofuController) : undefined;
  const terraformEngineVersion = pick('terraformEngineVersion') ?? stock;
  const workarounds = [...new Set([...(garden?.workarounds ?? []), ...(seed?.workarounds ?? [])])].sort(cmp);
  return {
    versions,
    terraformEngine,
    ...(terraformEngineVersion !== undefined ? { terraformEngineVersion } : {}),
    ...(runner !== undefined ? { terraformRunnerImage: runner } : {}),
    workarounds,
    declared,
    schemaSet: schemaSetOf(versions),
  };
}

/** Whether a version is at least `min` (both semantic versions; a pre-release of `min` counts as reaching it). */
export function atLeast(version: string, min: string): boolean {
  const v = parseStackVersion(version);
  const m = parseStackVersion(min);
  if (!v || !m) return false;
  return semver.gte(v, m) || (v.major === m.major && v.minor === m.minor && v.patch === m.patch);
}

/**
 * A seed's resolved stack with some component versions replaced (what `upgrade-plan --stack`
 * renders the target with): the schema set follows the new versions, and so does an OpenTofu
 * version that came from tofu-controller's stock runner (a seed on the stock runner whose
 * tofu-controller changes gets that release's OpenTofu). An engine version equal to the stock one
 * is taken as the stock one: a resolved stack does not record whether it was declared.
 */
export function retargetStack(stack: ResolvedStack, target: Partial<{ readonly [C in StackComponent]: string }>): ResolvedStack {
  const versions = { ...stack.versions, ...target };
  const declared = COMPONENTS.map((c) => c.field).filter((f) => stack.declared.includes(f) || target[f] !== undefined);
  const onStock = stack.terraformEngine === TerraformEngine.OPENTOFU && stack.terraformRunnerImage === undefined
    && stack.terraformEngineVersion === stockRunnerOpenTofu(stack.versions.tofuController);
  const stock = onStock ? stockRunnerOpenTofu(versions.tofuController) : stack.terraformEngineVersion;
  const { terraformEngineVersion: _old, ...rest } = stack;
  return { ...rest, ...(stock !== undefined ? { terraformEngineVersion: stock } : {}), versions, declared, schemaSet: schemaSetOf(versions) };
}
