/**
 * THE output contract: every path of the rendered output, the entries seedbed owns in an output
 * folder, the scope of a sharded synth, the folder Flux and Argo CD are told to reconcile, and the
 * output folder itself. One function each; the renderers, the writer, `diff`, `report` and the
 * command line all use these, so the layout has exactly one owner.
 *
 * The one setting that decides where the output lives is the fleet's `repository.path` (default
 * `dist/<garden name>`): synth writes `<repository root>/<repository.path>/`, and every seed is
 * told to reconcile the same folder. `--out` may only name that folder inside a Git work tree;
 * outside any work tree it writes a preview anywhere.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

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
  const s = p.split('/');
  if (p === INVENTORY_FILE) return { scope: 'inventory', rest: p };
  if (s[0] === GARDEN_DIR) return { scope: 'garden', rest: s.slice(1).join('/') };
  if (s[0] === SEEDS_DIR && s.length > 2) {
    if (s[2] === SHOOTS_DIR && s.length > 4) return { scope: 'shoot', seed: s[1], shoot: s[3], rest: s.slice(4).join('/') };
    return { scope: 'seed', seed: s[1], rest: s.slice(2).join('/') };
  }
  if (s[0] === TERRAFORM_DIR && s.length > 3) return { scope: 'terraform', seed: s[1], shoot: s[2], rest: s.slice(3).join('/') };
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

/** A wrong output folder: `--out` inside a Git work tree that is not the fleet's repository path. */
export class LayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutError';
  }
}

/** The top of the Git work tree holding `dir` (its nearest existing ancestor), or undefined outside any. */
export function gitWorkTree(dir: string): string | undefined {
  let probe = path.resolve(dir);
  while (!fs.existsSync(probe)) {
    const up = path.dirname(probe);
    if (up === probe) return undefined;
    probe = up;
  }
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: probe, encoding: 'utf8' });
  if (r.status !== 0 || r.error) return undefined;
  return fs.realpathSync(r.stdout.trim());
}

/** What {@link outputFolder} decided. */
export interface OutputFolder {
  /** Absolute path of the folder synth writes and diff, report and upgrade-plan read. */
  readonly dir: string;
  /** The repository root the path is taken from (the Git work tree, else the working directory). */
  readonly root: string;
  /** The fleet's repository path, normalized: what the seeds reconcile. */
  readonly repositoryPath: string;
  /** True when `--out` named a folder outside any Git work tree (a preview, not what the seeds read). */
  readonly preview: boolean;
}

/** Where {@link outputFolder} looks. */
export interface OutputFolderOptions {
  /** The fleet's `repository.path` (already defaulted). */
  readonly repositoryPath: string;
  /** Working directory of the command. */
  readonly cwd: string;
  /** The folder given with `--out` (per fleet), if any. */
  readonly out?: string;
}

/**
 * The fleet's output folder: `<repository root>/<repository.path>`, where the repository root is
 * the Git work tree holding `cwd` (else `cwd`). With `out`: inside a Git work tree it must be that
 * same folder (else {@link LayoutError}: the seeds would reconcile a folder synth never writes);
 * outside every work tree it is a preview and may be anywhere.
 */
export function outputFolder(o: OutputFolderOptions): OutputFolder {
  const repositoryPath = normalizeRepositoryPath(o.repositoryPath);
  if (o.out !== undefined) {
    const wanted = path.resolve(o.cwd, o.out);
    const tree = gitWorkTree(wanted);
    if (tree === undefined) return { dir: wanted, root: path.dirname(wanted), repositoryPath, preview: true };
    const expected = path.join(tree, repositoryPath);
    const real = realpathLoose(wanted);
    if (real !== expected) {
      const rel = path.relative(tree, real).split(path.sep).join('/') || '.';
      throw new LayoutError(`--out ${o.out}: the seeds reconcile ${repositoryPath}/ of the repository (repository.path), `
        + `but this writes ${rel}/ of the Git work tree ${tree}; drop --out, or set repository.path to '${rel}' so both agree`);
    }
    return { dir: expected, root: tree, repositoryPath, preview: false };
  }
  const root = gitWorkTree(o.cwd) ?? path.resolve(o.cwd);
  return { dir: path.join(root, repositoryPath), root, repositoryPath, preview: false };
}

/** `p` with its existing part resolved through symlinks (a folder not made yet keeps its name). */
function realpathLoose(p: string): string {
  const tail: string[] = [];
  let probe = p;
  while (!fs.existsSync(probe)) {
    const up = path.dirname(probe);
    if (up === probe) break;
    tail.unshift(path.basename(probe));
    probe = up;
  }
  return path.join(fs.existsSync(probe) ? fs.realpathSync(probe) : probe, ...tail);
}
