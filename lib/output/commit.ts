/**
 * Committing a staged write so that it cannot tear: the journal `.seedbed-journal`.
 *
 * Before the first file of the output folder changes, the commit writes the journal (to a
 * private file, flushed, then renamed into place, so it exists whole or not at all): the staging
 * folder, every file to be written with the SHA-256 of its new content, and every file to be
 * removed. Then it renames the staged files into place, removes the files no longer rendered,
 * and removes the journal last. Every step can be repeated: a staged file still in the staging
 * folder has not been moved yet, a removed file that is gone is gone.
 *
 * So whatever stops a commit — a kill, a crash, an I/O error — the folder is either as before
 * (no journal yet: the staging folder is left over and removed by the next synth), as after (the
 * journal is gone), or holds the journal. Every seedbed command that reads or writes an output
 * folder first calls {@link recoverOutput}: it takes the lock and rolls the interrupted commit
 * forward, then checks every written file against its hash. When that is impossible (the
 * folder is read-only, a staged file was deleted), it throws {@link TornOutputError}, and the
 * command reads nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { sha256Hex } from '../core/hash';
import { MANAGED_ENTRIES } from '../layout';
import { TornOutputError } from './errors';
import { acquireLock, removeDeadLockFiles } from './lock';

/** Names of staging folders in an output folder: `.seedbed-staging-<pid>`. */
export const STAGING_PREFIX = '.seedbed-staging-';

/** The journal of a commit in progress, at the top of the output folder. */
export const JOURNAL_FILE = '.seedbed-journal';

/** What a commit will do: the journal's content. */
export interface CommitJournal {
  /** Name of the staging folder (in the output folder) holding the new files. */
  readonly staging: string;
  /** Output-relative path → SHA-256 of the content it gets. */
  readonly written: Readonly<Record<string, string>>;
  /** Output-relative paths of the files removed. */
  readonly removed: readonly string[];
}

/**
 * Called before each change of the file system a commit makes, with its index (0, 1, …) and what
 * it is about to do; tests stop the commit there (by throwing or by killing the process).
 */
export type CommitStepHook = (step: number, what: string) => void;

/** Counts the steps of a commit and calls the hook. */
export class CommitSteps {
  private count = 0;
  /** True once a step that changes the output's own files has begun. */
  public touched = false;

  constructor(private readonly hook?: CommitStepHook) {}

  /** Announces the next step; `touches` when it changes a file of the output (not the journal or staging). */
  public next(what: string, touches: boolean): void {
    this.hook?.(this.count++, what);
    if (touches) this.touched = true;
  }
}

/** Writes the journal, whole or not at all (private file, flushed, renamed). */
export function writeJournal(root: string, journal: CommitJournal, steps: CommitSteps): void {
  const tmp = path.join(root, `${JOURNAL_FILE}.${process.pid}.tmp`);
  steps.next(`write ${JOURNAL_FILE}`, false);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify({ kind: 'SeedbedCommit', ...journal })}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  steps.next(`rename ${JOURNAL_FILE}`, false);
  fs.renameSync(tmp, path.join(root, JOURNAL_FILE));
}

/** Removes the journal: the commit is complete. */
export function removeJournal(root: string, steps: CommitSteps): void {
  steps.next(`remove ${JOURNAL_FILE}`, false);
  fs.rmSync(path.join(root, JOURNAL_FILE), { force: true });
}

/** Reads the journal; undefined when there is none, TornOutputError when it cannot be read. */
export function readJournal(root: string): CommitJournal | undefined {
  const file = path.join(root, JOURNAL_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new TornOutputError(`${root} holds an interrupted commit whose journal ${file} cannot be read: ${(err as Error).message}`);
  }
  try {
    const doc = JSON.parse(text);
    const ok = doc?.kind === 'SeedbedCommit' && typeof doc.staging === 'string' && /^\.seedbed-staging-\d+$/.test(doc.staging)
      && typeof doc.written === 'object' && doc.written !== null && Array.isArray(doc.removed)
      && [...Object.keys(doc.written), ...doc.removed].every(safeRelative);
    if (ok) return { staging: doc.staging, written: doc.written, removed: doc.removed };
  } catch {
    // reported below
  }
  throw new TornOutputError(`${root} holds an interrupted commit whose journal ${file} is not one seedbed wrote; `
    + 'restore the folder from Git (git checkout -- <folder>) and remove the journal');
}

function safeRelative(p: unknown): boolean {
  return typeof p === 'string' && p !== '' && !p.startsWith('/') && !p.split('/').some((s) => s === '..' || s === '' || s === '.');
}

/**
 * Why a journal may not be acted on, or undefined when it may. A journal is data anyone can
 * commit to a repository (a pull request), so before recovery moves or removes a single file it
 * checks that the journal could only have been written by a commit into this folder:
 *
 * * every path it writes or removes is under one of `entries` (the layout's managed entries);
 * * no component of such a path, from the output folder down, is a symbolic link (a link would
 *   lead the rename or the removal out of the folder);
 * * the staging folder is a real folder directly in the output folder, named with the writer's
 *   prefix, holding only regular files the journal lists (no link, nothing extra);
 * * every file it writes has, staged or already in place, exactly the content its hash says.
 */
export function journalProblems(root: string, journal: CommitJournal, entries: readonly string[] = MANAGED_ENTRIES): string[] {
  const problems: string[] = [];
  const written = Object.keys(journal.written);
  const listed = new Set(written);
  for (const rel of [...written, ...journal.removed]) {
    if (!entries.includes(rel.split('/')[0])) {
      problems.push(`${rel}: not under seedbed's managed entries (${entries.join(', ')})`);
      continue;
    }
    const link = symlinkAlong(root, rel);
    if (link !== undefined) problems.push(`${rel}: ${link} is a symbolic link`);
  }
  if (!journal.staging.startsWith(STAGING_PREFIX) || journal.staging.includes('/')) {
    problems.push(`${journal.staging}: not a staging folder name (${STAGING_PREFIX}<pid>)`);
    return problems;
  }
  const staging = path.join(root, journal.staging);
  const stat = fs.lstatSync(staging, { throwIfNoEntry: false });
  // No staging folder: a commit that only removes files, or one whose staged files were deleted
  // (then completeInterruptedCommit reports the files it cannot complete).
  if (stat === undefined) {
    // nothing staged to check
  } else if (!stat.isDirectory() || stat.isSymbolicLink()) {
    problems.push(`${journal.staging}: the staging folder is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}`);
  } else {
    const walk = (rel: string): void => {
      for (const entry of fs.readdirSync(path.join(staging, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isSymbolicLink()) problems.push(`${journal.staging}/${r}: a symbolic link in the staging folder`);
        else if (entry.isDirectory()) walk(r);
        else if (!entry.isFile()) problems.push(`${journal.staging}/${r}: not a regular file`);
        else if (!listed.has(r)) problems.push(`${journal.staging}/${r}: staged, but the journal does not list it`);
        else if (sha256Hex(fs.readFileSync(path.join(staging, r), 'utf8')) !== journal.written[r]) {
          problems.push(`${journal.staging}/${r}: its content does not match the journal's hash`);
        }
      }
    };
    walk('');
  }
  return problems;
}

/** The first component of `rel` (below `root`, root itself excluded) that is a symbolic link. */
function symlinkAlong(root: string, rel: string): string | undefined {
  let at = root;
  for (const part of rel.split('/')) {
    at = path.join(at, part);
    const stat = fs.lstatSync(at, { throwIfNoEntry: false });
    if (stat === undefined) return undefined;
    if (stat.isSymbolicLink()) return path.relative(root, at).split(path.sep).join('/');
    if (!stat.isDirectory()) return undefined;
  }
  return undefined;
}

/** True when `root/rel` is a regular file (no link on the way) with the content `hash` says. */
function inPlace(root: string, rel: string, hash: string): boolean {
  if (symlinkAlong(root, rel) !== undefined) return false;
  try {
    return sha256Hex(fs.readFileSync(path.join(root, rel), 'utf8')) === hash;
  } catch {
    return false;
  }
}

/**
 * Moves the staged files into place and removes the files no longer rendered, as the journal
 * says; repeating it after an interruption finishes the job.
 */
export function rollForward(root: string, journal: CommitJournal, steps: CommitSteps): void {
  const staging = path.join(root, journal.staging);
  if (fs.existsSync(staging)) place(staging, root, '', steps);
  for (const rel of journal.removed) removeFile(root, rel, steps);
}

/**
 * Moves what `staging/rel` holds to `root/rel`: a folder whose target does not exist in one
 * rename, otherwise entry by entry; a file by a rename over the old one. A symbolic link in the
 * way is never followed (the writer refused it before staging; one appearing since is an error).
 */
function place(staging: string, root: string, rel: string, steps: CommitSteps): void {
  for (const entry of fs.readdirSync(path.join(staging, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    const from = path.join(staging, r);
    const to = path.join(root, r);
    const there = fs.lstatSync(to, { throwIfNoEntry: false });
    if (there?.isSymbolicLink()) throw new Error(`refusing to write through the symbolic link ${to}`);
    if (entry.isDirectory()) {
      if (there?.isDirectory()) {
        place(staging, root, r, steps);
        continue;
      }
      if (there) {
        steps.next(`remove ${r}`, true);
        fs.rmSync(to);
      }
    } else if (there?.isDirectory()) {
      steps.next(`remove ${r}/`, true);
      fs.rmSync(to, { recursive: true });
    }
    steps.next(`rename ${r}`, true);
    move(from, to, entry.isDirectory());
  }
}

/** Renames `from` to `to`; across file systems (EXDEV, a mount), copies next to the target and renames there. */
function move(from: string, to: string, folder: boolean): void {
  try {
    fs.renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    if (folder) {
      fs.mkdirSync(to, { recursive: true });
      for (const entry of fs.readdirSync(from, { withFileTypes: true })) move(path.join(from, entry.name), path.join(to, entry.name), entry.isDirectory());
      fs.rmdirSync(from);
    } else {
      const tmp = `${to}.seedbed-tmp-${process.pid}`;
      fs.copyFileSync(from, tmp);
      fs.renameSync(tmp, to);
      fs.rmSync(from);
    }
  }
}

/**
 * Removes a file that is no longer rendered, and the folders that leaves empty. A path that is
 * gone already or became a folder (a rendered file moved below it) is left as it is.
 */
function removeFile(root: string, rel: string, steps: CommitSteps): void {
  const file = path.join(root, rel);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (err) {
    // Gone already, or a folder above it became a file (ENOTDIR).
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    throw err;
  }
  if (stat.isDirectory()) return;
  steps.next(`remove ${rel}`, true);
  fs.rmSync(file, { force: true });
  removeEmptyFolders(path.dirname(file), root);
}

/** Removes `dir` and the folders above it while they are empty, up to (not including) `stop`. */
export function removeEmptyFolders(dir: string, stop: string): void {
  for (let d = dir; d !== stop && d.startsWith(stop) && d !== path.dirname(d); d = path.dirname(d)) {
    try {
      if (fs.readdirSync(d).length > 0) return;
      fs.rmdirSync(d);
    } catch {
      return;
    }
  }
}

/** The files the journal says were written whose content is not what it should be. */
function mismatches(root: string, journal: CommitJournal): string[] {
  const bad: string[] = [];
  for (const [rel, hash] of Object.entries(journal.written)) {
    let text: string | undefined;
    try {
      text = fs.readFileSync(path.join(root, rel), 'utf8');
    } catch {
      text = undefined;
    }
    if (text === undefined || sha256Hex(text) !== hash) bad.push(rel);
  }
  return bad.sort();
}

/**
 * Completes an interrupted commit in `root` (whose lock the caller holds); true when there was
 * one. Throws {@link TornOutputError} when it cannot.
 */
export function completeInterruptedCommit(root: string, hook?: CommitStepHook, entries: readonly string[] = MANAGED_ENTRIES): boolean {
  const journal = readJournal(root);
  if (journal === undefined) return false;
  const refused = journalProblems(root, journal, entries);
  if (refused.length > 0) {
    throw new TornOutputError(`${root} holds a commit journal (${JOURNAL_FILE}) seedbed refuses to act on; nothing was changed or read:\n`
      + `${refused.slice(0, 20).map((p) => `  ${p}`).join('\n')}${refused.length > 20 ? `\n  … and ${refused.length - 20} more` : ''}\n`
      + 'a commit seedbed wrote never names these; restore the folder from Git (git checkout -- <folder>) and remove the journal and staging folder');
  }
  const unrecoverable = Object.keys(journal.written).filter((rel) => {
    const staged = path.join(root, journal.staging, rel);
    return !fs.existsSync(staged) && !inPlace(root, rel, journal.written[rel]);
  });
  if (unrecoverable.length > 0) {
    const bad = unrecoverable.sort();
    throw new TornOutputError(`${root} holds an interrupted commit (${JOURNAL_FILE}) that cannot be completed: `
      + `${bad.length} file${bad.length === 1 ? '' : 's'} without their staged content (${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ', …' : ''}); `
      + 'nothing was read; restore the folder from Git (git checkout -- <folder>), remove the journal and synth again');
  }
  const steps = new CommitSteps(hook);
  try {
    rollForward(root, journal, steps);
  } catch (err) {
    throw new TornOutputError(`${root} holds an interrupted commit (${JOURNAL_FILE}) that cannot be completed: ${(err as Error).message}; `
      + 'nothing was read; make the folder writable and run the command again, or restore it from Git (git checkout -- <folder>) and remove the journal');
  }
  const bad = mismatches(root, journal);
  if (bad.length > 0) {
    throw new TornOutputError(`${root} holds an interrupted commit (${JOURNAL_FILE}) that cannot be completed: `
      + `${bad.length} file${bad.length === 1 ? '' : 's'} without their staged content (${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ', …' : ''}); `
      + 'nothing was read; restore the folder from Git (git checkout -- <folder>), remove the journal and synth again');
  }
  removeJournal(root, steps);
  fs.rmSync(path.join(root, journal.staging), { recursive: true, force: true });
  removeLeftovers(root);
  return true;
}

/**
 * Removes what dead writers left in `root` (whose lock the caller holds): staging folders (only
 * the lock's holder stages, so any there is left over) and private files of the lock and journal.
 */
export function removeLeftovers(root: string): void {
  removeDeadLockFiles(root);
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const name = entry.name;
    if (name.startsWith(STAGING_PREFIX) || /^\.seedbed-journal\.\d+\.tmp$/.test(name)) {
      // A link named like a staging folder is removed as a link, never followed.
      fs.rmSync(path.join(root, name), { recursive: entry.isDirectory() && !entry.isSymbolicLink(), force: true });
    }
  }
}

/**
 * What every command does first with an output folder: when a commit into it was interrupted,
 * takes the lock and completes the commit (see the module comment); true when it did. Throws
 * {@link TornOutputError} when the commit cannot be completed, and the lock's error when a
 * running synth holds it.
 */
export function recoverOutput(dir: string, hook?: CommitStepHook): boolean {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, JOURNAL_FILE))) {
    cleanUpQuietly(root);
    return false;
  }
  let release: () => void;
  try {
    release = acquireLock(root);
  } catch (err) {
    throw new TornOutputError(`${root} holds an interrupted commit (${JOURNAL_FILE}) that cannot be completed now: ${(err as Error).message}`);
  }
  try {
    return completeInterruptedCommit(root, hook);
  } finally {
    release();
  }
}

/**
 * Without a journal: when a writer that died after its commit left its staging folder (and its
 * lock) behind, removes them, holding the lock. A lock a running process holds, or a folder this
 * process may not write, is left alone: nothing is wrong with the output itself.
 */
function cleanUpQuietly(root: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return;
  }
  if (!names.some((n) => n.startsWith(STAGING_PREFIX) || /^\.seedbed-journal\.\d+\.tmp$/.test(n))) return;
  let release: (() => void) | undefined;
  try {
    release = acquireLock(root);
    // A commit that began since the first look is the new holder's business, not ours.
    if (!fs.existsSync(path.join(root, JOURNAL_FILE))) removeLeftovers(root);
  } catch {
    // held by a running writer, or not writable: leave it
  } finally {
    try {
      release?.();
    } catch {
      // ditto
    }
  }
}
