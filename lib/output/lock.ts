/**
 * The output folder's lock, `.seedbed-lock`: held by a write from staging to commit or abort and
 * by a command completing an interrupted commit, so that no two of them ever change one folder
 * at once.
 *
 * How it stays race-free without OS locks (Node has no `flock`):
 *
 * * **Taking a free lock** is one atomic step that either creates the whole file or fails: the
 *   holder's record (host, process, start, a random token) is written to a private file first
 *   and then hard-linked to `.seedbed-lock` (`link` fails with EEXIST when the lock exists). A
 *   failed write (ENOSPC, EROFS) therefore never leaves a lock, empty or half written, behind.
 *   Where the file system has no hard links, `open(…, 'wx')` creates it and a failed write
 *   removes it again.
 * * **Taking over a lock left behind** (its process is gone on this host, or it is older than an
 *   hour): the lock's token names a reaper file, `.seedbed-lock.reap-<token>`, created with
 *   `open(…, 'wx')`. Only the one process that created it may remove that lock, and only after
 *   reading the lock again and finding the same token (a dead holder never changes its lock,
 *   and no other process removes it meanwhile). Everyone then competes for the free lock as
 *   above, so two synths racing on one stale lock never both hold it. A reaper file whose own
 *   process died is taken over the same way (its token names the next reaper).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OutputFolderError } from './errors';

/** The lock file a write holds in the output folder from staging to commit or abort. */
export const LOCK_FILE = '.seedbed-lock';

/** A lock older than this is taken for one a killed synth left behind (no synth stages for so long). */
const STALE_LOCK_MS = 60 * 60 * 1000;

/** The record in a lock (and in a reaper file). */
interface Holder {
  readonly host: string;
  readonly pid: number;
  readonly started: string;
  readonly token?: string;
}

/**
 * The lock is held by a running synth (or one that cannot be judged gone yet): the output folder
 * is busy, an {@link OutputFolderError} (the CLI exits 4), and nothing was written.
 */
export class LockHeldError extends OutputFolderError {
  constructor(message: string) {
    super(message);
    this.name = 'LockHeldError';
  }
}

/** Takes the output folder's lock; returns its release. Throws {@link LockHeldError} when another process holds it. */
export function acquireLock(root: string): () => void {
  const file = path.join(root, LOCK_FILE);
  const me: Holder = { host: os.hostname(), pid: process.pid, started: new Date().toISOString(), token: crypto.randomUUID() };
  // Each turn either takes the lock, removes a lock left behind (then tries again), waits a
  // moment while another process removes it, or throws.
  for (let turn = 0; turn < 1000; turn++) {
    if (createExclusive(file, me)) {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        // Only our own lock is removed (it never changes while we hold it).
        if (readRecord(file)?.token === me.token) fs.rmSync(file, { force: true });
      };
    }
    const seen = inspect(file);
    if (seen === undefined) continue; // released meanwhile: try again
    if (!isLeftBehind(seen)) {
      const h = seen.holder;
      throw new LockHeldError(`another synth is writing into ${root}`
        + `${h ? ` (process ${h.pid} on ${h.host}, since ${h.started})` : ''}; nothing was written; wait for it to finish and run again `
        + `(if none is, remove ${file})`);
    }
    if (!reap(file, seen.token, root)) sleep(2);
  }
  throw new LockHeldError(`cannot take the lock ${file}: it keeps changing hands`);
}

/** What a lock (or reaper) file holds, and the token identifying this very file. */
interface Seen {
  readonly holder?: Holder;
  readonly token: string;
  readonly mtimeMs: number;
}

function inspect(file: string): Seen | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return undefined;
  }
  const holder = readRecord(file);
  // A record without a token (an older seedbed's, or unreadable) is named by its inode and times.
  const token = holder?.token && /^[A-Za-z0-9-]+$/.test(holder.token) ? holder.token : `i${stat.ino}-${Math.trunc(stat.mtimeMs)}-${stat.size}`;
  return { holder, token, mtimeMs: stat.mtimeMs };
}

/** Blocks this thread for `ms` milliseconds. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Removes the lock-like `file` whose token is `token`, if this process wins the right to: see the
 * module comment. Returns false when another process is removing it.
 */
function reap(file: string, token: string, root: string, depth = 0): boolean {
  const reaper = path.join(root, `${LOCK_FILE}.reap-${token}`);
  const me: Holder = { host: os.hostname(), pid: process.pid, started: new Date().toISOString(), token: crypto.randomUUID() };
  if (!createExclusive(reaper, me)) {
    const other = inspect(reaper);
    // Another process is removing the same lock; if it died doing so, its reaper is left behind too.
    if (other !== undefined && depth < 4 && isLeftBehind(other)) reap(reaper, other.token, root, depth + 1);
    return false;
  }
  try {
    if (inspect(file)?.token === token) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(reaper, { force: true });
  }
  return true;
}

/**
 * Creates `file` holding `record`, complete or not at all; false when it exists already.
 * Any other failure (ENOSPC, EROFS, EACCES) is thrown as it is, and leaves no file behind.
 */
function createExclusive(file: string, record: Holder): boolean {
  const text = `${JSON.stringify(record)}\n`;
  const tmp = `${file}.${process.pid}-${record.token}.tmp`;
  try {
    fs.writeFileSync(tmp, text, { flag: 'wx' });
  } catch (err) {
    quietly(() => fs.rmSync(tmp, { force: true }));
    throw err;
  }
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
  } finally {
    quietly(() => fs.rmSync(tmp, { force: true }));
  }
  // No hard links here: create with O_EXCL and remove the file again when writing it fails.
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    fs.writeSync(fd, text);
  } catch (err) {
    quietly(() => fs.closeSync(fd));
    quietly(() => fs.rmSync(file, { force: true }));
    throw err;
  }
  fs.closeSync(fd);
  return true;
}

/** Runs a clean-up step whose failure must not hide the error being reported. */
function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // the original error is the one reported
  }
}

function readRecord(file: string): Holder | undefined {
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof doc?.host === 'string' && Number.isInteger(doc.pid) && typeof doc.started === 'string' ? doc : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a lock was left by a process that is gone: its process is not running on this host,
 * or it is older than an hour. A lock no one can read (an older seedbed's, being written) counts
 * as left behind after a minute.
 */
function isLeftBehind(seen: Seen): boolean {
  const age = Date.now() - seen.mtimeMs;
  if (seen.holder === undefined) return age > 60_000;
  return (seen.holder.host === os.hostname() && !isRunning(seen.holder.pid)) || age > STALE_LOCK_MS;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the private files of lock takers that died (`.seedbed-lock.*.tmp`); call while holding the lock. */
export function removeDeadLockFiles(root: string): void {
  for (const name of fs.readdirSync(root)) {
    const m = /^\.seedbed-lock\.(?:.*\.)?(\d+)-[0-9a-f-]{36}\.tmp$/.exec(name);
    if (m && !isRunning(Number(m[1]))) fs.rmSync(path.join(root, name), { force: true });
  }
}
