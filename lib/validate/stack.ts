/**
 * Checks of the management stack (lib/core/stack.ts): that every declared version is a version
 * seedbed has the schemas of (else nothing could check what would be rendered for it), that the
 * Terraform engine can run, and the compatibility table (lib/core/compatibility.ts) against what
 * each seed renders: a known-bad combination is an error unless its work-around is opted into,
 * a deprecation the declared versions hit is a warning.
 */
import { COMPATIBILITY, CompatibilityKind, CompatibilityRow, StackUse, matchingRows } from '../core/compatibility';
import { ErrorList, WarningType } from '../core/problems';
import { ControlPlaneBackend, ProviderType, Provisioner } from '../core/types';
import * as semver from 'semver';
import {
  COMPONENTS, ENGINE_FLOOR, ManagementStack, ResolvedStack, SCHEMA_VERSIONS, StackComponent, TerraformEngine, componentInfo, engineConstraint,
  parseStackVersion, schemasFor, stockRunnerOpenTofu,
} from '../core/stack';

/** Field path of the stack in the Garden's and Seed's props. */
export const STACK_FIELD = 'managementStack';

/** The facts of a shoot that decide what of the stack its seed uses. */
export interface StackUseFacts {
  readonly backend: ControlPlaneBackend;
  readonly provider: ProviderType;
  readonly workers: ReadonlyArray<{ readonly provisioner: Provisioner }>;
}

/** What the shoots on a seed make it render, in the terms of the compatibility table. */
export function stackUses(shoots: readonly StackUseFacts[]): Set<StackUse> {
  const uses = new Set<StackUse>();
  for (const s of shoots) {
    const capiPools = s.workers.some((w) => w.provisioner === Provisioner.CLUSTER_API);
    const capi = s.backend === ControlPlaneBackend.CLUSTER_API || (capiPools && s.backend !== ControlPlaneBackend.GARDENER);
    if (!capi) continue;
    uses.add(StackUse.CLUSTER_API);
    if (s.provider === ProviderType.OPENSTACK) uses.add(StackUse.OPENSTACK_MACHINES);
    if (s.backend === ControlPlaneBackend.KAMAJI && capiPools) uses.add(StackUse.KAMAJI_CONTROL_PLANE);
  }
  return uses;
}

/**
 * Checks the stack as one construct (the Garden or a Seed) declares it: every version well formed
 * and one seedbed has the schemas of, the engine version well formed.
 */
export function validateDeclaredStack(stack: ManagementStack | undefined, errs: ErrorList): void {
  if (!stack) return;
  for (const c of COMPONENTS) {
    const v = stack[c.field];
    if (v === undefined) continue;
    const field = `${STACK_FIELD}.${c.field}`;
    if (!parseStackVersion(v)) {
      errs.invalid(field, v, `must be a semantic version (MAJOR.MINOR.PATCH, optionally with a leading v and a pre-release, e.g. ${c.default})`);
      continue;
    }
    const m = schemasFor(c.field, v);
    if (m.found === 'none') {
      const extra = (SCHEMA_VERSIONS[c.field] ?? []).map((x) => `crds-versions/${c.folder}/${x}`);
      errs.notSupported(field, v, m.available,
        `seedbed has no schemas of ${c.title} ${v}, so it cannot render for it: ../shared/crds/${c.folder} holds ${c.default}`
        + `${extra.length ? `, ${extra.join(', ')}` : ''} and no folder crds-versions/${c.folder}/${v} exists (another patch of a release listed is accepted)`);
    }
  }
  const engineVersion = stack.terraformEngineVersion;
  if (engineVersion !== undefined && !parseStackVersion(engineVersion)) {
    errs.invalid(`${STACK_FIELD}.terraformEngineVersion`, engineVersion, 'must be a semantic version (MAJOR.MINOR.PATCH, e.g. 1.12.1)');
  }
  if (stack.terraformRunnerImage !== undefined && !/^[a-z0-9]+([._/:@-][a-zA-Z0-9_.-]+)*$/.test(stack.terraformRunnerImage)) {
    errs.invalid(`${STACK_FIELD}.terraformRunnerImage`, stack.terraformRunnerImage, 'must be a container image reference (registry/repository:tag or @digest)');
  }
}

const ENGINE_TITLE: { readonly [E in TerraformEngine]: string } = {
  [TerraformEngine.OPENTOFU]: 'OpenTofu',
  [TerraformEngine.TERRAFORM]: 'Terraform',
};

/**
 * Checks the engine version against the version constraint the seed's stacks will carry
 * (lib/core/stack.ts `engineConstraint`): the version must read the stacks at all, and a seed on
 * tofu-controller's stock runner must not require an OpenTofu newer than the one that runner ships.
 */
function checkEngineVersion(stack: ResolvedStack, errs: ErrorList): void {
  const field = `${STACK_FIELD}.terraformEngineVersion`;
  const version = stack.terraformEngineVersion;
  const declared = version !== undefined ? parseStackVersion(version) : undefined;
  if (!declared) return; // none, or malformed (reported where it is declared)
  const engine = ENGINE_TITLE[stack.terraformEngine];
  const floor = ENGINE_FLOOR[stack.terraformEngine];
  if (semver.lt(declared, floor)) {
    errs.invalid(field, version,
      `${engine} ${version} cannot read the stacks seedbed renders (they use import blocks): ${engine} ${floor} or later is needed`
      + (stack.terraformEngine === TerraformEngine.OPENTOFU ? ' (OpenTofu\'s first release is 1.6.0)' : ''));
    return;
  }
  if (stack.terraformEngine !== TerraformEngine.OPENTOFU || stack.terraformRunnerImage !== undefined) return;
  const tofuController = stack.versions.tofuController;
  const stock = stockRunnerOpenTofu(tofuController);
  const constraint = engineConstraint(stack).requiredVersion;
  if (stock !== undefined && !semver.satisfies(stock, constraint)) {
    errs.forbidden(field, version,
      `the stacks would require OpenTofu ${constraint}, which the stock runner of tofu-controller ${tofuController} cannot satisfy: it ships OpenTofu ${stock} `
      + `(flux-iac/tofu-controller@${tofuController}:runner.Dockerfile); set terraformRunnerImage to a runner carrying OpenTofu ${declared.major}.${declared.minor}, `
      + `or leave terraformEngineVersion out to render for the stock runner`);
  }
}

/** Where each field of a seed's resolved stack was declared, for the message of a problem found on the seed. */
export type StackOrigin = (field: StackComponent) => 'seed' | 'garden' | 'default';

/**
 * Checks one seed's resolved stack: the engine can run, and the compatibility rows that apply to
 * its versions and to what it renders (`uses`).
 */
export function checkSeedStack(stack: ResolvedStack, uses: ReadonlySet<StackUse>, origin: StackOrigin, errs: ErrorList, table: readonly CompatibilityRow[] = COMPATIBILITY): void {
  if (stack.terraformEngine === TerraformEngine.TERRAFORM && stack.terraformRunnerImage === undefined) {
    errs.required(`${STACK_FIELD}.terraformRunnerImage`,
      'must be set when the engine is Terraform: tofu-controller\'s runner looks for a `terraform` binary before `tofu`, and its stock runner image ships only OpenTofu');
  }
  checkEngineVersion(stack, errs);
  for (const row of matchingRows(stack.versions, uses, table)) {
    const field = `${STACK_FIELD}.${row.field}`;
    const value = stack.versions[row.field];
    const from = origin(row.field);
    const where = from === 'seed' ? '' : from === 'garden' ? ' (the garden\'s version)' : ' (the default version)';
    const combo = row.when.map((c) => `${componentInfo(c.component).title} ${stack.versions[c.component]}`).join(' with ');
    if (row.kind === CompatibilityKind.KNOWN_BAD) {
      if (row.workaround && stack.workarounds.includes(row.workaround)) continue;
      errs.forbidden(field, value, `${combo}${where} is a known-bad combination [${row.id}]: ${row.detail}`);
    } else {
      const removal = row.removal ? `; removed in ${componentInfo(row.removal.component).title} ${row.removal.version}` : '';
      errs.warn(field, value, `${combo}${where} [${row.id}]: ${row.detail}${removal}`, WarningType.DEPRECATED);
    }
  }
}
