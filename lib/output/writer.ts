/**
 * The deterministic, atomic writer. Everything is serialized in memory first. Only files whose
 * bytes changed are written, into a staging folder inside the output folder; the output itself
 * changes only on commit, when the staged files are renamed into place, so that no reader ever
 * sees a file half written. Files of the managed folders that are no longer rendered are
 * removed, and emptied folders with them.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Top-level entries of the output directory the writer owns; anything else there is left alone. */
export const MANAGED_ENTRIES = ['fleet.json', 'garden', 'seeds', 'terraform'];

/** What a write did. */
export interface WriteResult {
  /** Paths (relative to the output folder) of the files written because they were new or their bytes changed. */
  readonly written: string[];
  /** How many files already had the right bytes and were left alone. */
  readonly unchanged: number;
  /** Paths of the files removed because the fleet no longer renders them (in seedbed's managed folders only). */
  readonly removed: string[];
}

/** Appends the files below `root/rel` to `out` (no spreading: a folder may hold 100,000s of files). */
function listFiles(root: string, rel: string, out: string[]): void {
  const dir = path.join(root, rel);
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) listFiles(root, r, out);
    else out.push(r);
  }
}

/** All files under the managed entries of `outDir`, as posix paths relative to it. */
export function listManagedFiles(outDir: string): string[] {
  const files: string[] = [];
  for (const entry of MANAGED_ENTRIES) {
    const p = path.join(outDir, entry);
    if (!fs.existsSync(p)) continue;
    if (fs.statSync(p).isDirectory()) listFiles(outDir, entry, files);
    else files.push(entry);
  }
  return files.sort();
}

/** Options of {@link writeTree} and {@link stageTree}. */
export interface WriteOptions {
  /** Remove files of the managed folders that `files` does not hold (default true). */
  readonly prune?: boolean;
  /** Only files for which this returns true may be pruned (a sharded synth's own files). */
  readonly scope?: (p: string) => boolean;
}

/** Files written into an output folder's staging folder, waiting to be moved into place or dropped. */
export interface StagedWrite {
  /** What committing will do (files written, unchanged, removed). */
  readonly plan: WriteResult;
  /** Moves the staged files into place and removes files no longer rendered; returns what was done. */
  commit(): WriteResult;
  /** Drops the staged files; the output folder is as it was before staging. */
  abort(): void;
}

/** Names of staging folders in an output folder: `.seedbed-staging-<pid>`. */
export const STAGING_PREFIX = '.seedbed-staging-';

/**
 * Writes `files` (path → content) to `outDir`, touching only what changed: {@link stageTree},
 * then {@link StagedWrite.commit}.
 */
export function writeTree(outDir: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): WriteResult {
  return stageTree(outDir, files, options).commit();
}

/**
 * The first half of a write, which leaves the output as it is: works out which files changed
 * (the managed folders are listed once; a file that was not there is not read) and writes them
 * into a staging folder inside `outDir` (so that moving them is a rename on the same file
 * system). A synth stages its files while the schema check is still running and commits only
 * once it passed; a failed synth aborts, and its readers never saw a thing.
 *
 * Committing renames the staged files over the old ones, so that no reader ever sees a file half
 * written, and moves a staged folder whose target does not exist yet in one rename (a first
 * synth moves `seeds/` and `terraform/` whole). Staging folders left behind by a synth that
 * died are removed by the next one.
 */
export function stageTree(outDir: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): StagedWrite {
  for (const p of files.keys()) {
    if (p.startsWith('/') || p.split('/').includes('..') || !MANAGED_ENTRIES.includes(p.split('/')[0])) {
      throw new Error(`refusing to write outside the managed output folders: ${p}`);
    }
  }
  const root = path.resolve(outDir);
  const createdRoot = !fs.existsSync(root);
  fs.mkdirSync(root, { recursive: true });
  removeDeadStaging(root);
  const staging = path.join(root, `${STAGING_PREFIX}${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  const abort = () => {
    fs.rmSync(staging, { recursive: true, force: true });
    if (createdRoot && fs.readdirSync(root).length === 0) fs.rmdirSync(root);
  };
  const existing = listManagedFiles(root);
  const present = new Set(existing);
  const written: string[] = [];
  let unchanged = 0;
  try {
    const folders = new Set<string>();
    for (const [rel, content] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (present.has(rel) && fs.readFileSync(path.join(root, rel), 'utf8') === content) {
        unchanged++;
        continue;
      }
      const target = path.join(staging, rel);
      const dir = path.dirname(target);
      if (!folders.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        for (let d = dir; d.startsWith(staging) && !folders.has(d); d = path.dirname(d)) folders.add(d);
      }
      fs.writeFileSync(target, content);
      written.push(rel);
    }
  } catch (err) {
    abort();
    throw err;
  }
  const removed = options.prune === false ? [] : existing.filter((rel) => !files.has(rel) && (!options.scope || options.scope(rel)));
  const plan: WriteResult = { written, unchanged, removed };
  let done = false;
  return {
    plan,
    commit: () => {
      if (done) throw new Error('this write was already committed or aborted');
      done = true;
      // Removed first: a removed file may be where a staged folder goes (and the other way round).
      for (const rel of removed) {
        fs.rmSync(path.join(root, rel));
        let dir = path.dirname(path.join(root, rel));
        while (dir !== root && dir.startsWith(root) && fs.readdirSync(dir).length === 0) {
          fs.rmdirSync(dir);
          dir = path.dirname(dir);
        }
      }
      if (written.length > 0) place(staging, root, '');
      fs.rmSync(staging, { recursive: true, force: true });
      return plan;
    },
    abort: () => {
      if (done) return;
      done = true;
      abort();
    },
  };
}

/**
 * Moves what `staging/rel` holds to `root/rel`: a folder whose target does not exist in one
 * rename, otherwise entry by entry; a file by a rename over the old one.
 */
function place(staging: string, root: string, rel: string): void {
  for (const entry of fs.readdirSync(path.join(staging, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    const from = path.join(staging, r);
    const to = path.join(root, r);
    const there = fs.lstatSync(to, { throwIfNoEntry: false });
    if (entry.isDirectory()) {
      if (there?.isDirectory()) {
        place(staging, root, r);
        continue;
      }
      if (there) fs.rmSync(to);
    } else if (there?.isDirectory()) {
      fs.rmSync(to, { recursive: true });
    }
    fs.renameSync(from, to);
  }
}

/** Removes staging folders of synths that are no longer running (they died before committing or aborting). */
function removeDeadStaging(root: string): void {
  for (const name of fs.readdirSync(root)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(name.slice(STAGING_PREFIX.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) continue;
    fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
