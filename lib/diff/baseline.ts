/**
 * The baseline a diff compares with: the output folder of a fleet as committed at a Git ref
 * (read with `git ls-tree` and `git cat-file`, never by checking anything out), or as it is in a
 * directory.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { INVENTORY_FILE, isManagedPath, LayoutError, outputFolder, OutputFolder } from '../layout';
import { inventoryProblem } from '../output/inventory';
import { listManagedFiles } from '../output/writer';

/** Output files of a baseline. */
export interface Baseline {
  /** For the reader: `snapshots/openstack at HEAD`. */
  readonly description: string;
  /** Path (relative to the output folder) → content. Empty only for a fleet that is new at the Git ref (see {@link locateBaseline}). */
  readonly files: Map<string, string>;
}

/** A problem reading the baseline (unknown ref, not a Git repository). */
export class BaselineError extends Error {
  /**
   * Creates the error.
   * @param message - what went wrong, shown to the user as is
   */
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

/**
 * Reads the managed files of an output directory on disk. A folder that does not exist, is not a
 * folder, or holds no seedbed output is a BaselineError: compared with nothing, every change would
 * read as new and safe, so a mistyped path would switch the destructive-change gate off.
 */
export function readBaselineDir(dir: string, description = dir): Baseline {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new BaselineError(`baseline ${description}: no such folder; give the folder that holds the committed output (its fleet.json and seeds/, garden/, terraform/)`);
  }
  if (!stat.isDirectory()) throw new BaselineError(`baseline ${description}: not a folder`);
  const files = new Map<string, string>();
  for (const rel of listManagedFiles(dir)) files.set(rel, fs.readFileSync(path.join(dir, rel), 'utf8'));
  if (files.size === 0) {
    throw new BaselineError(`baseline ${description}: holds no seedbed output (no fleet.json, seeds/, garden/ or terraform/); give the folder synth wrote`);
  }
  checkInventory(description, files);
  return { description, files };
}

/**
 * A baseline is seedbed output only with its inventory: without a readable fleet.json (a stray
 * terraform/main.tf, a fleet.json of `{}`), every rendered object would read as new and safe.
 */
function checkInventory(description: string, files: ReadonlyMap<string, string>): void {
  const text = files.get(INVENTORY_FILE);
  const invalid = text === undefined ? undefined : inventoryProblem(text);
  const problem = text === undefined ? 'is missing' : invalid === undefined ? undefined : `is ${invalid}`;
  if (problem !== undefined) {
    throw new BaselineError(`baseline ${description}: ${INVENTORY_FILE} ${problem}: this is not output seedbed wrote; `
      + 'give the folder synth wrote (its fleet.json at the top, with seeds/, garden/, terraform/)');
  }
}

function git(cwd: string, args: string[], input?: string): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (r.error) throw new BaselineError(`cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new BaselineError(`git ${args.join(' ')}: ${r.stderr.toString().trim()}`);
  return r.stdout;
}

/** The top folder of the Git work tree `cwd` is in. */
export function gitTopLevel(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
}

/** The commit a ref names; a BaselineError when it names none. */
export function resolveCommit(cwd: string, ref: string): string {
  if (ref.startsWith('-')) throw new BaselineError(`not a Git ref: ${ref}`);
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim();
  } catch {
    throw new BaselineError(`unknown Git ref '${ref}' (fetch it first, e.g. git fetch origin main)`);
  }
}

/** Posix path of `dir` relative to the top of the work tree, `''` for the top itself. */
export function repoRelative(topLevel: string, dir: string): string {
  const rel = path.relative(fs.realpathSync(topLevel), fs.existsSync(dir) ? fs.realpathSync(dir) : path.resolve(dir));
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new BaselineError(`${dir} is outside the Git work tree ${topLevel}`);
  return rel.split(path.sep).join('/');
}

/** True when the ref has a file at `file` (repository-relative). */
export function gitHasFile(topLevel: string, commit: string, file: string): boolean {
  return git(topLevel, ['ls-tree', '--name-only', commit, '--', file]).toString().trim() !== '';
}

/** Reads the managed files of the output folder `dir` (repository-relative) at `commit`. */
export function readBaselineGit(topLevel: string, ref: string, dir: string): Baseline {
  const commit = resolveCommit(topLevel, ref);
  const prefix = dir === '' ? '' : `${dir.replace(/\/$/, '')}/`;
  const listing = git(topLevel, ['ls-tree', '-r', '-z', '--name-only', commit, '--', prefix || '.']).toString();
  const paths = listing.split('\0').filter((p) => p.startsWith(prefix) && p.length > prefix.length)
    .filter((p) => isManagedPath(p.slice(prefix.length)));
  const files = new Map<string, string>();
  if (paths.length > 0) {
    const out = git(topLevel, ['cat-file', '--batch'], paths.map((p) => `${commit}:${p}\n`).join(''));
    let offset = 0;
    for (const p of paths) {
      const eol = out.indexOf(0x0a, offset);
      const header = out.subarray(offset, eol).toString();
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) throw new BaselineError(`git cat-file: unexpected answer for ${p}: ${header}`);
      const size = Number(m[2]);
      if (m[1] === 'blob') files.set(p.slice(prefix.length), out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
      offset = eol + 1 + size + 1;
    }
  }
  return { description: `${dir || '.'} at ${ref}`, files };
}

/** Where to look for a fleet's baseline. */
export interface LocateOptions {
  /** Name of the fleet (its file name). */
  readonly fleet: string;
  /** The fleet's repository path (defaulted; see `fleetRepositoryPath`): the folder its seeds reconcile. */
  readonly repositoryPath: string;
  /** Working directory of the command. */
  readonly cwd: string;
  /** The output folder given on the command line, if any (already resolved per fleet); must agree with the repository path. */
  readonly outDir?: string;
  /** A Git ref to read the baseline at. */
  readonly ref?: string;
  /** A directory holding the baseline instead of a ref. */
  readonly dir?: string;
  /** Number of fleets in this run (with several, `dir` holds one folder per fleet). */
  readonly fleetCount: number;
  /**
   * The fleet's definition file. With a Git ref, a fleet whose file is not at the ref is new and
   * may have no baseline output; without it, a missing baseline is always an error.
   * @default - none: no output at the ref is an error
   */
  readonly fleetFile?: string;
}

/**
 * Finds and reads a fleet's baseline. With a ref: the fleet's output folder (see the layout's
 * `outputFolder`, the same folder synth writes) at that ref. With a directory: that directory, or
 * its `<fleet>` folder. A missing or empty baseline is a BaselineError — except, with a ref, for a
 * fleet whose file (`fleetFile`) is not at that ref: a new fleet starts from nothing.
 */
export function locateBaseline(o: LocateOptions): Baseline {
  if (o.dir !== undefined) {
    const dir = path.resolve(o.cwd, o.dir);
    const perFleet = path.join(dir, o.fleet);
    const chosen = o.fleetCount > 1 || (!fs.existsSync(path.join(dir, INVENTORY_FILE)) && fs.existsSync(path.join(perFleet, INVENTORY_FILE))) ? perFleet : dir;
    return readBaselineDir(chosen, path.relative(o.cwd, chosen) || '.');
  }
  const folder = locateOutputFolder(o);
  if (folder.preview) throw new BaselineError(`${folder.dir} is not in a Git work tree: compare with --against-dir instead`);
  // outputFolder already found the work tree (folder.root); no second `git rev-parse`.
  const ref = o.ref ?? 'HEAD';
  const baseline = readBaselineGit(folder.root, ref, repoRelative(folder.root, folder.dir));
  if (baseline.files.size > 0) {
    checkInventory(baseline.description, baseline.files);
    return baseline;
  }
  // No output at the ref. Only a fleet that did not exist there may start from nothing; for a
  // fleet that did, an empty baseline means the wrong folder or uncommitted output, and comparing
  // with it would call every change new and safe.
  if (o.fleetFile !== undefined && fs.existsSync(o.fleetFile)) {
    const fleetPath = repoRelative(folder.root, o.fleetFile);
    if (!gitHasFile(folder.root, resolveCommit(folder.root, ref), fleetPath)) return { ...baseline, description: `${baseline.description} (${fleetPath} is new: not at ${ref})` };
    throw new BaselineError(`baseline ${baseline.description}: holds no output of fleet ${o.fleet}, though ${fleetPath} is there; commit the output synth writes, or give the folder with --out`);
  }
  throw new BaselineError(`baseline ${baseline.description}: holds no output of fleet ${o.fleet}; commit the output synth writes, or give the folder with --out`);
}

/** The fleet's output folder (for its fleet.json): the folder synth writes (see the layout's `outputFolder`). */
export function locateOutputDir(o: Pick<LocateOptions, 'repositoryPath' | 'cwd' | 'outDir'>): string {
  return locateOutputFolder(o).dir;
}

function locateOutputFolder(o: Pick<LocateOptions, 'repositoryPath' | 'cwd' | 'outDir'>): OutputFolder {
  try {
    return outputFolder({ repositoryPath: o.repositoryPath, cwd: o.cwd, out: o.outDir });
  } catch (e) {
    if (e instanceof LayoutError) throw new BaselineError(e.message);
    throw e;
  }
}
