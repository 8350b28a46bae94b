/**
 * Every path of the rendered output, and the repository paths GitOps engines are given: pure
 * functions of names (no file system), so renderers may use them. See ./index.ts for the output
 * folder itself.
 */

/** The inventory at the top of an output folder (placements, hashes, per-shoot facts). */
export const INVENTORY_FILE = 'fleet.json';
/** Garden-wide objects (Gardener resources, multi-cluster hubs): rendered by every shard. */
export const GARDEN_DIR = 'garden';
/** One folder per seed: what the seed's GitOps engine reconciles. */
export const SEEDS_DIR = 'seeds';
/** One Terraform stack per seed-managed shoot, applied by tofu-controller on its seed. */
export const TERRAFORM_DIR = 'terraform';
/** Top-level entries of an output folder that seedbed owns; anything else there is left alone. */
export const MANAGED_ENTRIES: readonly string[] = [INVENTORY_FILE, GARDEN_DIR, SEEDS_DIR, TERRAFORM_DIR];

/** The folder of a seed's Flux bootstrap (GitRepository + root Kustomization). */
export const FLUX_SYSTEM_DIR = 'flux-system';
/** The folder of a seed's Argo CD bootstrap (AppProject, Applications, ApplicationSet). */
export const ARGOCD_DIR = 'argocd';
/** The folder of a seed's Kamaji DataStores. */
export const DATASTORES_DIR = 'datastores';
/** Folder of a seed holding the work-arounds its management stack opted into (lib/core/compatibility.ts). */
export const MANAGEMENT_DIR = 'management';
/** The folder of a seed's Helm chart sources (for its shoots' system components). */
export const ADDON_SOURCES_DIR = 'addon-sources';
/** The folder of the shoots hosted by a seed, inside the seed's folder. */
export const SHOOTS_DIR = 'shoots';
/** The file name of a Terraform stack. */
export const STACK_FILE = 'cdk.tf.json';
/** The file name of a kustomization. */
export const KUSTOMIZATION_FILE = 'kustomization.yaml';

/** The default `repository.path` of a garden: `dist/<garden name>`. */
export function defaultRepositoryPath(gardenName: string): string {
  return `dist/${gardenName}`;
}

/** A garden's repository path: the configured `repository.path`, else the default, normalized. */
export function fleetRepositoryPath(gardenName: string, configured: string | undefined): string {
  return normalizeRepositoryPath(configured ?? defaultRepositoryPath(gardenName));
}

/** A repository path as seedbed compares and renders it: no leading `./` or `/`, no trailing `/`. */
export function normalizeRepositoryPath(p: string): string {
  const n = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '').replace(/\/{2,}/g, '/');
  return n === '.' ? '' : n;
}

/** Joins output-relative path segments (posix, no empty segments). */
function join(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

/** `seeds/<seed>`. */
export function seedDir(seed: string): string {
  return join(SEEDS_DIR, seed);
}

/** `seeds/<seed>/prerequisites.json`: the Secrets (and External Secrets stores) to provide before the seed reconciles (not applied by GitOps). */
export function prerequisitesFile(seed: string): string {
  return join(SEEDS_DIR, seed, 'prerequisites.json');
}

/** `seeds/<seed>/shoots/<project>--<shoot>`. */
export function shootDir(seed: string, shootKey: string): string {
  return join(SEEDS_DIR, seed, SHOOTS_DIR, shootKey);
}

/** `seeds/<seed>/shoots/<key>/<stage>`: one stage of a shoot, applied by one Kustomization or Application. */
export function stageDir(seed: string, shootKey: string, stage: string): string {
  return join(shootDir(seed, shootKey), stage);
}

/** `terraform/<seed>/<key>`: the folder tofu-controller applies for a shoot. */
export function stackDir(seed: string, shootKey: string): string {
  return join(TERRAFORM_DIR, seed, shootKey);
}

/** `terraform/<seed>/<key>/cdk.tf.json`. */
export function stackFile(seed: string, shootKey: string): string {
  return join(stackDir(seed, shootKey), STACK_FILE);
}

/** `garden/multicluster/<system>`: a multi-cluster system's hub objects. */
export function multiclusterDir(system: string): string {
  return join(GARDEN_DIR, 'multicluster', system);
}

/** `garden/projects/<project>`: a Gardener project's Project and Shoots. */
export function gardenProjectDir(project: string): string {
  return join(GARDEN_DIR, 'projects', project);
}

/**
 * The stages the garden's objects are applied in, each its own kustomize root under `garden/` so a
 * GitOps engine can apply, and wait for, one after the other (pipeline/garden.ts decides which
 * object goes where):
 *
 * | stage         | folder                                   | holds                                                   |
 * | ------------- | ---------------------------------------- | ------------------------------------------------------- |
 * | `base`        | `garden/base/`                           | what every project uses: CloudProfiles, Seeds (or what registers them) |
 * | `project`     | `garden/projects/<project>/project/`     | the Project (Gardener's project controller then makes its namespace) |
 * | `credentials` | `garden/projects/<project>/credentials/` | the objects of the project's namespace Shoots refer to: CredentialsBindings |
 * | `shoots`      | `garden/projects/<project>/shoots/`      | the Shoots                                              |
 * | `managed-seeds` | `garden/projects/<project>/managed-seeds/` | ManagedSeeds (each names a Shoot of the namespace)    |
 *
 * Shoots and ManagedSeeds of the `garden` namespace (Gardener's own project) go to `garden/shoots/`
 * and `garden/managed-seeds/`.
 */
export enum GardenStage {
  BASE = 'base',
  PROJECT = 'project',
  CREDENTIALS = 'credentials',
  SHOOTS = 'shoots',
  MANAGED_SEEDS = 'managed-seeds',
}

/**
 * The folder of one garden stage: `garden/base`, `garden/projects/<project>/<stage>`, or for the
 * Shoots and ManagedSeeds of the `garden` namespace itself (which belongs to Gardener, not to a
 * rendered Project) `garden/shoots` and `garden/managed-seeds`.
 */
export function gardenStageDir(stage: GardenStage, project?: string): string {
  if (stage === GardenStage.BASE) return join(GARDEN_DIR, GardenStage.BASE);
  if (project !== undefined) return join(gardenProjectDir(project), stage);
  if (stage === GardenStage.SHOOTS || stage === GardenStage.MANAGED_SEEDS) return join(GARDEN_DIR, stage);
  throw new Error(`the garden stage ${stage} belongs to a project`);
}

/** `garden/flux-system`: the Flux bootstrap of the garden and the multi-cluster hubs. */
export function gardenFluxDir(): string {
  return join(GARDEN_DIR, FLUX_SYSTEM_DIR);
}

/** `garden/argocd`: the Argo CD bootstrap of the garden and the multi-cluster hubs. */
export function gardenArgoDir(): string {
  return join(GARDEN_DIR, ARGOCD_DIR);
}

/** `garden/prerequisites.json`: the Secrets to provide before the garden's GitOps engine reconciles (not applied by GitOps). */
export function gardenPrerequisitesFile(): string {
  return join(GARDEN_DIR, 'prerequisites.json');
}

/**
 * A folder of the output as a path inside the platform repository (no leading `./`): what Flux's
 * and Argo CD's `path` fields are built from. `repositoryPath` is the fleet's `repository.path`.
 */
export function repositoryFolder(repositoryPath: string, outputPath: string): string {
  return join(normalizeRepositoryPath(repositoryPath), outputPath);
}

/** The same folder as Flux wants it in `spec.path` (`./…`). */
export function fluxPath(repositoryPath: string, outputPath: string): string {
  return `./${repositoryFolder(repositoryPath, outputPath)}`;
}

/** Folder of a shoot's output holding what delivers its credentials Secret (an ExternalSecret), applied before its first stage. */
export const CREDENTIALS_DIR = 'credentials';

/**
 * The SOPS-encrypted file of the platform repository holding a shoot's credentials Secret:
 * `<sops path>/<seed>/<shoot namespace>/<binding>.enc.yaml` (repository-relative, not output-relative).
 */
export function credentialsSopsFile(sopsPath: string, seed: string, shootNamespace: string, binding: string): string {
  return join(sopsPath, seed, shootNamespace, `${binding}.enc.yaml`);
}

/** What an output-relative path belongs to. */
export interface OutputPathInfo {
  /** `inventory` (fleet.json), `garden`, `seed` (a seed's own files), `shoot`, `terraform`, or `other` (not seedbed's). */
  readonly scope: 'inventory' | 'garden' | 'seed' | 'shoot' | 'terraform' | 'other';
  /** The seed, for seed, shoot and terraform paths. */
  readonly seed?: string;
  /** The shoot key (`<project>--<shoot>`), for shoot paths and stacks. */
  readonly shoot?: string;
  /** The path inside the shoot's folder (`control-plane/control-plane.yaml`), inside the seed's folder, or inside the stack's folder. */
  readonly rest: string;
}

/** Parses an output-relative path into what it belongs to (the inverse of the functions above). */
export function parseOutputPath(p: string): OutputPathInfo {
  // The checks ask this of every rendered file, several times: the first four separators are
  // found by position rather than by splitting the whole path into a list and joining it again.
  // `at[i]` is the position of the (i+1)-th `/`, -1 when there are fewer.
  const at = [-1, -1, -1, -1];
  for (let i = 0, from = 0; i < 4; i++) {
    const slash = p.indexOf('/', from);
    if (slash < 0) break;
    at[i] = slash;
    from = slash + 1;
  }
  const segment = (i: number) => p.slice(i === 0 ? 0 : at[i - 1] + 1, at[i] < 0 ? p.length : at[i]);
  const after = (i: number) => (at[i] < 0 ? '' : p.slice(at[i] + 1));
  const first = segment(0);
  if (p === INVENTORY_FILE) return { scope: 'inventory', rest: p };
  if (first === GARDEN_DIR) return { scope: 'garden', rest: after(0) };
  if (first === SEEDS_DIR && at[1] >= 0) {
    if (segment(2) === SHOOTS_DIR && at[3] >= 0) return { scope: 'shoot', seed: segment(1), shoot: segment(3), rest: after(3) };
    return { scope: 'seed', seed: segment(1), rest: after(1) };
  }
  if (first === TERRAFORM_DIR && at[2] >= 0) return { scope: 'terraform', seed: segment(1), shoot: segment(2), rest: after(2) };
  return { scope: 'other', rest: p };
}

/** True when `p` (output-relative) is under one of the entries seedbed owns. */
export function isManagedPath(p: string): boolean {
  return !p.startsWith('/') && !p.split('/').includes('..') && MANAGED_ENTRIES.includes(p.split('/')[0]);
}

/**
 * The files a sharded synth of `seeds` owns: its seeds' folders and stacks, plus fleet.json and
 * garden/, which every shard renders (so the union of the shards equals a full synth).
 */
export function inShard(seeds: readonly string[], p: string): boolean {
  const info = parseOutputPath(p);
  if (info.scope === 'inventory' || info.scope === 'garden') return true;
  return info.seed !== undefined && seeds.includes(info.seed);
}
