/**
 * Stat tuples, and checking many of them at once, on two threads when there are many.
 *
 * An incremental synth trusts a file or folder it wrote without reading it when its stat tuple is
 * the one recorded and settled against the clock read before it was taken (see ./incremental).
 * A no-op re-synth of 10,000 shoots checks ~210,000 of them (140,000 files in 70,000 folders);
 * that is most of its time, and `lstat` is the file system's work, which a second thread does as
 * fast as the first: so above {@link PARALLEL_FROM} tuples, half the groups go to a worker thread
 * while this thread checks the other half.
 *
 * This module is the worker's entry too, so it imports nothing of seedbed's: it is the one place
 * where tuples are made and compared, for both threads.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread, MessageChannel, MessagePort, parentPort, receiveMessageOnPort, Worker, workerData } from 'worker_threads';

/** Marks the worker this module starts (other workers may load this module too: they are left alone). */
const WORKER_MARK = 'seedbed-stat-check';

/**
 * A file's stat tuple as the record keeps it: size, modification and change times (ns), inode,
 * device. Undefined for anything but a regular file (or no file); a link is never followed.
 */
export function statTuple(file: string): string | undefined {
  return tupleOf(file, false);
}

/** A folder's stat tuple (as {@link statTuple}); undefined unless a folder (never followed). */
export function folderTuple(dir: string): string | undefined {
  return tupleOf(dir, true);
}

function tupleOf(p: string, folder: boolean): string | undefined {
  const stat = fs.lstatSync(p, { bigint: true, throwIfNoEntry: false });
  if (stat === undefined || (folder ? !stat.isDirectory() : !stat.isFile())) return undefined;
  return `${stat.size},${stat.mtimeNs},${stat.ctimeNs},${stat.ino},${stat.dev}`;
}

/**
 * Whether a recorded stat tuple may vouch for a file's content: the file's modification and
 * change times are both before the recording synth's clock (otherwise the file may have changed
 * after it was recorded within the same clock tick, which leaves the tuple as it was: "racy clean").
 */
export function statIsSettled(tuple: string, clock: string): boolean {
  const [, mtime, ctime] = tuple.split(',');
  return before(mtime, clock) && before(ctime, clock);
}

/** Whether the decimal `ns` (digits only, no leading zero) is less than `clock` (likewise); compared as text, not parsed. */
function before(ns: string | undefined, clock: string): boolean {
  if (ns === undefined || !/^(0|[1-9][0-9]*)$/.test(ns)) return false;
  return ns.length < clock.length || (ns.length === clock.length && ns < clock);
}

/** Paths (relative to a root) whose recorded tuples, settled against one clock, are to be checked together. */
export interface TupleGroup {
  /** `f`: regular files, `d`: folders. */
  readonly kind: 'f' | 'd';
  readonly paths: readonly string[];
  /** The recorded tuples, one per path. */
  readonly tuples: readonly string[];
  /** The clock (ns) the tuples were recorded with. */
  readonly settled: string;
}

/** Whether every path of the group has its recorded tuple now, settled. */
export function checkGroup(root: string, group: TupleGroup): boolean {
  const settled = group.settled;
  if (group.paths.length !== group.tuples.length || !/^(0|[1-9][0-9]*)$/.test(settled)) return false;
  const tupleOf = group.kind === 'd' ? folderTuple : statTuple;
  // The paths are the record's own (relative, normalized): joined without path.join's work.
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  for (let i = 0; i < group.paths.length; i++) {
    const expected = group.tuples[i];
    // Compared first: a tuple equal to one lstat made has digits only, so the settled check needs
    // no more than comparing the two times with the clock as text.
    if (tupleOf(prefix + group.paths[i]) !== expected || !settledDigits(expected, settled)) return false;
  }
  return true;
}

/** {@link statIsSettled} for a tuple known to be made of digits and commas (one lstat made). */
function settledDigits(tuple: string, clock: string): boolean {
  const a = tuple.indexOf(',') + 1;
  const b = tuple.indexOf(',', a);
  const c = tuple.indexOf(',', b + 1);
  return lessThan(tuple, a, b, clock) && lessThan(tuple, b + 1, c, clock);
}

function lessThan(text: string, from: number, to: number, clock: string): boolean {
  const length = to - from;
  if (length !== clock.length) return length < clock.length;
  for (let i = 0; i < length; i++) {
    const x = text.charCodeAt(from + i);
    const y = clock.charCodeAt(i);
    if (x !== y) return x < y;
  }
  return false;
}

/** Below this many tuples every group is checked on this thread (a worker costs more than it saves). */
export const PARALLEL_FROM = 20_000;

/** The compiled entry of the worker: this file (as .js), or its .ts source through ts-node in a checkout. */
function startWorker(): Worker {
  if (path.extname(__filename) === '.ts') {
    const tsNode = require.resolve('ts-node', { paths: [__dirname] });
    return new Worker(`require(${JSON.stringify(tsNode)}).register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });\n`
      + `require(${JSON.stringify(__filename)});`, { eval: true, workerData: WORKER_MARK });
  }
  return new Worker(__filename, { workerData: WORKER_MARK });
}

/**
 * A second thread for {@link TupleChecker.check}, started ahead (while this thread does other
 * work) and used at most once.
 */
export class TupleChecker {
  private worker?: Worker;
  private port?: MessagePort;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  /** How many groups the worker answered for (0 when everything was checked on this thread). */
  public answeredByWorker = 0;

  /** `parallel`: start the worker now (there will be many tuples to check). */
  public constructor(parallel: boolean) {
    if (!parallel) return;
    try {
      const { port1, port2 } = new MessageChannel();
      this.worker = startWorker();
      this.worker.unref();
      this.worker.on('error', () => undefined);
      this.worker.postMessage({ port: port2, flag: this.flag }, [port2]);
      this.port = port1;
    } catch {
      this.worker = undefined;
    }
  }

  /**
   * Each group's verdict ({@link checkGroup}), in order. With a worker and at least
   * {@link PARALLEL_FROM} tuples, the worker takes about half the tuples while this thread takes
   * the rest; if the worker fails, this thread checks its groups too.
   */
  public check(root: string, groups: readonly TupleGroup[]): boolean[] {
    this.start(root, groups);
    return this.finish();
  }

  private pending?: { root: string; groups: readonly TupleGroup[]; theirs: number[]; ours: number[] };

  /**
   * Hands the worker its share of the groups (`share` of the tuples, about) and returns at once, so
   * that this thread can do other work meanwhile; {@link TupleChecker.finish} checks the rest and
   * gives every verdict.
   */
  public start(root: string, groups: readonly TupleGroup[], share = 0.5): void {
    const total = groups.reduce((n, g) => n + g.paths.length, 0);
    const theirs: number[] = [];
    const ours: number[] = [];
    if (this.worker === undefined || this.port === undefined || total < PARALLEL_FROM) {
      this.close();
      groups.forEach((_, i) => ours.push(i));
    } else {
      // The largest groups first, each to the side further below its share.
      let given = 0;
      let kept = 0;
      groups.map((g, i) => [g.paths.length, i] as const).sort((a, b) => b[0] - a[0]).forEach(([n, i]) => {
        if (given * (1 - share) <= kept * share) { theirs.push(i); given += n; } else { ours.push(i); kept += n; }
      });
      try {
        this.port.postMessage({ root, groups: theirs.map((i) => groups[i]) });
      } catch {
        this.close();
        ours.push(...theirs.splice(0));
      }
    }
    this.pending = { root, groups, theirs, ours };
  }

  /** The verdicts of the groups {@link TupleChecker.start} was given, in order. */
  public finish(): boolean[] {
    const p = this.pending;
    if (p === undefined) throw new Error('nothing to finish: start was not called');
    this.pending = undefined;
    const verdicts: boolean[] = new Array(p.groups.length);
    for (const i of p.ours) verdicts[i] = checkGroup(p.root, p.groups[i]);
    if (p.theirs.length === 0) return verdicts;
    // The worker sets the flag when its answer is on the port (a minute at most, then this thread does it).
    for (let waited = 0; Atomics.load(this.flag, 0) === 0 && waited < 60; waited++) Atomics.wait(this.flag, 0, 0, 1_000);
    const reply = this.port !== undefined ? receiveMessageOnPort(this.port)?.message as { verdicts?: boolean[] } | undefined : undefined;
    this.close();
    if (reply?.verdicts?.length === p.theirs.length) this.answeredByWorker = p.theirs.length;
    p.theirs.forEach((i, k) => { verdicts[i] = reply?.verdicts?.[k] ?? checkGroup(p.root, p.groups[i]); });
    return verdicts;
  }

  /** Stops the worker (if any); the checker is not used again. */
  public close(): void {
    this.port?.close();
    this.port = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

// The worker: one request, one answer.
if (!isMainThread && parentPort && workerData === WORKER_MARK) {
  parentPort.once('message', ({ port, flag }: { port: MessagePort; flag: Int32Array }) => {
    port.once('message', ({ root, groups }: { root: string; groups: TupleGroup[] }) => {
      let verdicts: boolean[] | undefined;
      try {
        verdicts = groups.map((g) => checkGroup(root, g));
      } catch {
        verdicts = undefined;
      }
      port.postMessage({ verdicts });
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      port.close();
    });
  });
}
