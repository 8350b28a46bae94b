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
import { normalizeRepositoryPath } from './paths';

export * from './paths';

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
