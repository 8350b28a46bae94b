/**
 * The deterministic, atomic writer. Everything is serialized in memory first. Only files whose
 * bytes changed are written, into a staging folder inside the output folder; the output itself
 * changes only on commit, when the staged files are renamed into place, so that no reader ever
 * sees a file half written. Files of the managed folders that are no longer rendered are
 * removed, and emptied folders with them.
 */
import { isManagedPath, MANAGED_ENTRIES } from '../layout';
import * as fs from 'fs';
import * as path from 'path';
import { sha256Hex } from '../core/hash';
import { CommitJournal, CommitStepHook, CommitSteps, completeInterruptedCommit, JOURNAL_FILE, removeEmptyFolders, removeJournal, removeLeftovers, rollForward, STAGING_PREFIX, writeJournal } from './commit';
import { OutputFolderError } from './errors';
import { acquireLock } from './lock';
import { folderTuple } from './stat-check';

export { MANAGED_ENTRIES } from '../layout';
export { LOCK_FILE } from './lock';
export { JOURNAL_FILE, recoverOutput, type CommitStepHook } from './commit';
export { OutputFolderError, TornOutputError } from './errors';

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

/**
 * Folders whose entries the caller knows without listing them (an incremental synth: each has the
 * stat tuple recorded when its entries were known, settled; see pipeline/incremental): folder →
 * its entries' names (a name that is a key of `entries` too is a folder, any other a regular
 * file), and folder → its tuple.
 */
export interface KnownFolders {
  readonly entries: ReadonlyMap<string, ReadonlySet<string>>;
  readonly tuples: ReadonlyMap<string, string>;
}

/** A managed entry's files, and the symbolic links found among them (never followed). */
export interface ManagedScan {
  /** Regular files, as posix paths relative to the output folder, sorted. */
  readonly files: string[];
  /** Symbolic links (at a managed entry or below it), sorted. */
  readonly links: string[];
}

/**
 * Lists the managed entries of `outDir` without following a symbolic link. With `folders`, each
 * folder listed is added to it (output-relative) with its stat tuple taken before it was listed
 * (size, modification and change times in ns, inode, device) and how many entries it had:
 * `<tuple>#<entries>` (an incremental synth keeps them, see pipeline/unchanged-run).
 */
export function scanManaged(outDir: string, entries: readonly string[] = MANAGED_ENTRIES, folders?: Map<string, string>, known?: KnownFolders): ManagedScan {
  const files: string[] = [];
  const links: string[] = [];
  const walk = (rel: string): void => {
    const names = known?.entries.get(rel);
    const knownTuple = names !== undefined ? known!.tuples.get(rel) : undefined;
    if (names !== undefined && knownTuple !== undefined) {
      // Known without listing it (see KnownFolders): its entries are its files and folders.
      folders?.set(rel, `${knownTuple}#${names.size}`);
      for (const name of names) {
        const r = `${rel}/${name}`;
        if (known!.entries.has(r)) walk(r);
        else files.push(r);
      }
      return;
    }
    const dir = path.join(outDir, rel);
    const tuple = folders ? folderTuple(dir) : undefined;
    const listed = fs.readdirSync(dir, { withFileTypes: true });
    if (tuple !== undefined) folders!.set(rel, `${tuple}#${listed.length}`);
    for (const entry of listed) {
      const r = `${rel}/${entry.name}`;
      if (entry.isSymbolicLink()) links.push(r);
      else if (entry.isDirectory()) walk(r);
      else files.push(r);
    }
  };
  for (const entry of entries) {
    const stat = fs.lstatSync(path.join(outDir, entry), { throwIfNoEntry: false });
    if (stat === undefined) continue;
    if (stat.isSymbolicLink()) links.push(entry);
    else if (stat.isDirectory()) walk(entry);
    else files.push(entry);
  }
  return { files: files.sort(), links: links.sort() };
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
  /**
   * The files under the entries an earlier write recorded as its own (a synth passes the
   * `files` of the previous `fleet.json`): the only files already there this write may
   * overwrite or remove. Any other file there makes the write refuse, listing them, unless
   * `adopt` is set.
   * @default - every file already under the entries is the caller's
   */
  readonly owned?: readonly string[];
  /**
   * Take over the files under the entries that `owned` does not list: overwritten when
   * rendered, removed otherwise (when pruning), like the write's own.
   * @default false
   */
  readonly adopt?: boolean;
  /**
   * A file (output-relative) the caller read before this write took the lock, and its text then
   * (null: it did not exist); a synth's `fleet.json`, from which it took the files it owns and
   * the previous placements. Once the lock is taken, the file must still hold that text: if
   * another write committed meanwhile, this one throws an {@link OutputFolderError}
   * and writes nothing, instead of acting on a stale inventory.
   * @default - nothing checked
   */
  readonly readBefore?: { readonly path: string; readonly text: string | null };
  /**
   * Files already under the entries that stay as they are although `files` does not hold them
   * (an incremental synth's reused seeds, see pipeline/incremental): neither rewritten nor removed.
   * @default - none
   */
  readonly keep?: ReadonlySet<string>;
  /** For tests: called before each change a commit makes to the file system (see `CommitStepHook`). */
  readonly onCommitStep?: CommitStepHook;
  /**
   * Filled by the scan of the managed entries with each folder's stat tuple taken before it was
   * listed, and its number of entries (see {@link scanManaged}).
   * @default - not kept
   */
  readonly scanFolders?: Map<string, string>;
  /**
   * Folders the scan need not list (see {@link KnownFolders}).
   * @default - every folder is listed
   */
  readonly knownFolders?: KnownFolders;
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

export { STAGING_PREFIX } from './commit';

/**
 * Writes `files` (path → content) to `outDir`, touching only what changed: {@link stageTree},
 * then {@link StagedWrite.commit}.
 */
export function writeTree(outDir: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): WriteResult {
  return stageTree(outDir, files, options).commit();
}

/** Runs a clean-up step whose failure must not hide the error being reported. */
function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // the error that made us clean up is the one reported
  }
}

function listSome(paths: readonly string[], max = 50): string {
  return `${paths.slice(0, max).join(', ')}${paths.length > max ? `, and ${paths.length - max} more` : ''}`;
}

/**
 * The first half of a write, which leaves the output as it is: works out which files changed
 * (the managed folders are listed once; a file that was not there is not read) and writes them
 * into a staging folder inside `outDir`. A synth stages its files while the schema check is
 * still running and commits only once it passed; a failed synth aborts, and its readers never
 * saw a thing.
 *
 * Before staging, the write refuses (an {@link OutputFolderError}, nothing written) an output
 * folder where a managed entry or anything below it is a symbolic link (a link would make it
 * write or delete outside the folder), or that holds files `owned` does not list (unless
 * `adopt`).
 *
 * Committing cannot tear (see ./commit): it writes the journal `.seedbed-journal`, renames the
 * staged files over the old ones (a staged folder whose target does not exist yet in one
 * rename; across file systems, a copy next to the target renamed there), removes the files no
 * longer rendered, and removes the journal. A commit that stops part-way is completed by the
 * next write, or by `recoverOutput`, which every command calls first. The error that stopped it
 * is the one thrown.
 *
 * From staging to commit or abort the write holds `<outDir>/.seedbed-lock` (see ./lock): a
 * second synth into the same folder stops with an error instead of mixing its files in. A lock
 * whose process is gone (same host) or that is older than an hour is taken over, atomically;
 * staging folders are removed by the next holder.
 */
export function stageTree(outDir: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): StagedWrite {
  const entries = options.entries;
  const owns = (p: string) => (entries === undefined ? isManagedPath(p) : !p.startsWith('/') && !p.split('/').includes('..') && entries.includes(p.split('/')[0]));
  for (const p of files.keys()) {
    if (!owns(p)) {
      throw new Error(`refusing to write outside the managed output folders: ${p}`);
    }
  }
  const root = path.resolve(outDir);
  // The first folder mkdir created (root or a parent of it), removed again by an abort.
  const created = fs.mkdirSync(root, { recursive: true });
  const releaseLock = acquireLock(root);
  const stagingName = `${STAGING_PREFIX}${process.pid}`;
  const staging = path.join(root, stagingName);
  const abort = () => {
    quietly(() => fs.rmSync(staging, { recursive: true, force: true }));
    quietly(releaseLock);
    if (created !== undefined) quietly(() => removeEmptyFolders(root, path.dirname(created)));
  };
  let plan: WriteResult;
  const hashes: Record<string, string> = {};
  try {
    // Holding the lock: first finish a commit that was interrupted, then every staging folder
    // and private file left is one a process that died left behind.
    completeInterruptedCommit(root, undefined, entries);
    removeLeftovers(root);
    if (options.readBefore !== undefined) {
      const file = path.join(root, options.readBefore.path);
      const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      if (now !== options.readBefore.text) {
        throw new OutputFolderError(`${root}: refusing to write: another synth committed into this folder while this one was rendering `
          + `(${options.readBefore.path} changed since it was read); nothing was written; run again`);
      }
    }
    const scan = scanManaged(root, entries, options.scanFolders, options.knownFolders);
    const problems: string[] = [];
    if (scan.links.length > 0) {
      problems.push(`${scan.links.length === 1 ? 'is a symbolic link' : 'are symbolic links'} (seedbed never writes or deletes through a link, `
        + `which may lead out of the output folder; replace ${scan.links.length === 1 ? 'it' : 'them'} with real folders or files): ${listSome(scan.links)}`);
    }
    const owned = options.owned ? new Set(options.owned) : undefined;
    const foreign = owned ? scan.files.filter((f) => !owned.has(f)) : [];
    if (foreign.length > 0 && !options.adopt) {
      problems.push(`${foreign.length === 1 ? 'is a file' : `are ${foreign.length} files`} seedbed did not write (its inventory, fleet.json, does not list `
        + `${foreign.length === 1 ? 'it' : 'them'}): ${listSome(foreign)}; move ${foreign.length === 1 ? 'it' : 'them'} out of the managed folders, `
        + 'or adopt them (synth --adopt) to let seedbed overwrite the rendered ones and remove the others');
    }
    if (problems.length > 0) {
      throw new OutputFolderError(problems.map((p) => `${root}: refusing to write: there ${p}`).join('\n'));
    }
    const existing = scan.files;
    const present = new Set(existing);
    const gone = options.keep ? [...options.keep].filter((rel) => !present.has(rel)) : [];
    if (gone.length > 0) {
      throw new OutputFolderError(`${root}: refusing to write: ${listSome(gone)} ${gone.length === 1 ? 'was' : 'were'} removed while this synth was rendering; nothing was written; run again`);
    }
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
      hashes[rel] = sha256Hex(content);
      written.push(rel);
    }
    const keep = options.keep;
    const removed = options.prune === false ? [] : existing.filter((rel) => !files.has(rel) && !keep?.has(rel) && (!options.scope || options.scope(rel)));
    plan = { written, unchanged: unchanged + (keep ? existing.filter((rel) => keep.has(rel) && !files.has(rel)).length : 0), removed };
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
      const steps = new CommitSteps(options.onCommitStep);
      let complete = false;
      try {
        if (plan.written.length > 0 || plan.removed.length > 0) {
          const journal: CommitJournal = { staging: stagingName, written: hashes, removed: plan.removed };
          writeJournal(root, journal, steps);
          rollForward(root, journal, steps);
          removeJournal(root, steps);
        }
        complete = true;
        steps.next('remove the staging folder', false);
        fs.rmSync(staging, { recursive: true, force: true });
        steps.next('release the lock', false);
        releaseLock();
        return plan;
      } catch (err) {
        if (complete) {
          // Committed: what is left (the staging folder, the lock) the next write removes.
          quietly(releaseLock);
          return plan;
        }
        if (!steps.touched) {
          // Nothing of the output changed yet: drop the journal, then the staging folder it names.
          quietly(() => {
            fs.rmSync(path.join(root, JOURNAL_FILE), { force: true });
            fs.rmSync(path.join(root, `${JOURNAL_FILE}.${process.pid}.tmp`), { force: true });
            fs.rmSync(staging, { recursive: true, force: true });
          });
        } else if (err instanceof Error) {
          quietly(() => {
            err.message = `${err.message} (the commit into ${root} stopped part-way; the next seedbed command completes it from ${JOURNAL_FILE})`;
          });
        }
        quietly(releaseLock);
        throw err;
      }
    },
    abort: () => {
      if (done) return;
      done = true;
      abort();
    },
  };
}
