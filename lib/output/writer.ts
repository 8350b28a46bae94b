/**
 * The deterministic, atomic writer. Everything is serialized in memory first. Only files whose
 * bytes changed are written, into a staging folder inside the output folder; the output itself
 * changes only on commit, when the staged files are renamed into place, so that no reader ever
 * sees a file half written. Files of the managed folders that are no longer rendered are
 * removed, and emptied folders with them.
 */
import { isManagedPath, MANAGED_ENTRIES } from '../layout';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export { MANAGED_ENTRIES } from '../layout';

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

/** All files under the managed entries of `outDir` (or the `entries` given), as posix paths relative to it. */
export function listManagedFiles(outDir: string, entries: readonly string[] = MANAGED_ENTRIES): string[] {
  const files: string[] = [];
  for (const entry of entries) {
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
  /**
   * The top-level entries of the output folder this write owns, for a folder laid out for
   * another tool (the cdktf CLI's `manifest.json` and `stacks/`); files outside them are refused.
   * @default - seedbed's managed entries (`MANAGED_ENTRIES`)
   */
  readonly entries?: readonly string[];
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

/** The lock file a write holds in the output folder from staging to commit or abort. */
export const LOCK_FILE = '.seedbed-lock';

/** A lock older than this is taken for one a killed synth left behind (no synth stages for so long). */
const STALE_LOCK_MS = 60 * 60 * 1000;

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
 * into a staging folder inside `outDir`. A synth stages its files while the schema check is
 * still running and commits only once it passed; a failed synth aborts, and its readers never
 * saw a thing.
 *
 * Committing renames the staged files over the old ones, so that no reader ever sees a file half
 * written, and moves a staged folder whose target does not exist yet in one rename (a first
 * synth moves `seeds/` and `terraform/` whole); where a managed folder lives on another file
 * system (a mount, a link), the file is copied next to its target and renamed there. Files no
 * longer rendered are removed after that.
 *
 * From staging to commit or abort the write holds `<outDir>/.seedbed-lock` (host, process,
 * start): a second synth into the same folder stops with an error instead of mixing its files
 * in. A lock whose process is gone (same host) or that is older than an hour is taken for left
 * behind and replaced; so are staging folders, which only the lock's holder may have.
 */
export function stageTree(outDir: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): StagedWrite {
  const entries = options.entries;
  const owned = (p: string) => (entries === undefined ? isManagedPath(p) : !p.startsWith('/') && !p.split('/').includes('..') && entries.includes(p.split('/')[0]));
  for (const p of files.keys()) {
    if (!owned(p)) {
      throw new Error(`refusing to write outside the managed output folders: ${p}`);
    }
  }
  const root = path.resolve(outDir);
  // The first folder mkdir created (root or a parent of it), removed again by an abort.
  const created = fs.mkdirSync(root, { recursive: true });
  const releaseLock = acquireLock(root);
  const staging = path.join(root, `${STAGING_PREFIX}${process.pid}`);
  const cleanUp = () => {
    fs.rmSync(staging, { recursive: true, force: true });
    releaseLock();
  };
  const abort = () => {
    cleanUp();
    if (created !== undefined) removeEmptyFolders(root, path.dirname(created));
  };
  let plan: WriteResult;
  try {
    // Holding the lock, every staging folder is one a synth that died left behind.
    for (const name of fs.readdirSync(root)) {
      if (name.startsWith(STAGING_PREFIX)) fs.rmSync(path.join(root, name), { recursive: true, force: true });
    }
    const existing = listManagedFiles(root, entries);
    const present = new Set(existing);
    const written: string[] = [];
    let unchanged = 0;
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
    const removed = options.prune === false ? [] : existing.filter((rel) => !files.has(rel) && (!options.scope || options.scope(rel)));
    plan = { written, unchanged, removed };
  } catch (err) {
    abort();
    throw err;
  }
  let done = false;
  return {
    plan,
    commit: () => {
      if (done) throw new Error('this write was already committed or aborted');
      done = true;
      try {
        if (plan.written.length > 0) place(staging, root, '');
        for (const rel of plan.removed) removeFile(root, rel);
        return plan;
      } finally {
        cleanUp();
      }
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
 * rename, otherwise entry by entry; a file by a rename over the old one. Links in the output
 * are followed (a managed folder may be a link to a folder elsewhere).
 */
function place(staging: string, root: string, rel: string): void {
  for (const entry of fs.readdirSync(path.join(staging, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    const from = path.join(staging, r);
    const to = path.join(root, r);
    const there = fs.statSync(to, { throwIfNoEntry: false });
    if (entry.isDirectory()) {
      if (there?.isDirectory()) {
        place(staging, root, r);
        continue;
      }
      if (there) fs.rmSync(to);
    } else if (there?.isDirectory()) {
      fs.rmSync(to, { recursive: true });
    }
    move(from, to, entry.isDirectory());
  }
}

/** Renames `from` to `to`; across file systems (EXDEV), copies next to the target and renames there. */
function move(from: string, to: string, folder: boolean): void {
  try {
    fs.renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    if (folder) {
      fs.mkdirSync(to);
      for (const entry of fs.readdirSync(from, { withFileTypes: true })) move(path.join(from, entry.name), path.join(to, entry.name), entry.isDirectory());
    } else {
      const tmp = `${to}.seedbed-tmp-${process.pid}`;
      fs.copyFileSync(from, tmp);
      fs.renameSync(tmp, to);
    }
  }
}

/**
 * Removes a file that is no longer rendered, and the folders that leaves empty. A path that is
 * gone already or became a folder (a rendered file moved below it) is left as it is.
 */
function removeFile(root: string, rel: string): void {
  const file = path.join(root, rel);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return;
  }
  if (stat.isDirectory()) return;
  fs.rmSync(file, { force: true });
  removeEmptyFolders(path.dirname(file), root);
}

/** Removes `dir` and the folders above it while they are empty, up to (not including) `stop`. */
function removeEmptyFolders(dir: string, stop: string): void {
  for (let d = dir; d !== stop && d.startsWith(stop) && d !== path.dirname(d); d = path.dirname(d)) {
    try {
      if (fs.readdirSync(d).length > 0) return;
      fs.rmdirSync(d);
    } catch {
      return;
    }
  }
}

/** Takes the output folder's lock (see {@link stageTree}); returns its release. */
function acquireLock(root: string): () => void {
  const file = path.join(root, LOCK_FILE);
  const me = { host: os.hostname(), pid: process.pid, started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      try {
        fs.writeSync(fd, `${JSON.stringify(me)}\n`);
      } finally {
        fs.closeSync(fd);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw lockError(err, file);
      const holder = readLock(file);
      if (holder ? !isLeftBehind(holder, file) : !isOld(file)) {
        throw new Error(`another synth is writing into ${root}`
          + `${holder ? ` (process ${holder.pid} on ${holder.host}, since ${holder.started})` : ''}; if none is, remove ${file}`);
      }
      fs.rmSync(file, { force: true });
    }
  }
}

function lockError(err: unknown, file: string): Error {
  return err instanceof Error && (err as NodeJS.ErrnoException).code !== 'EEXIST' ? err : new Error(`cannot take the lock ${file}`);
}

function readLock(file: string): { host: string; pid: number; started: string } | undefined {
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof doc?.host === 'string' && Number.isInteger(doc.pid) && typeof doc.started === 'string' ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a lock was left by a synth that is gone: its process is not running here, or it is older than an hour. */
function isLeftBehind(holder: { host: string; pid: number }, file: string): boolean {
  return (holder.host === os.hostname() && !isRunning(holder.pid)) || isOld(file);
}

function isOld(file: string): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat === undefined || Date.now() - stat.mtimeMs > STALE_LOCK_MS;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
