/**
 * The schema check of a synth on a second thread. A synth opens a {@link SchemaCheckSession},
 * hands it each rendered file as soon as it exists and goes on rendering and serializing while a
 * worker thread (./check-worker) validates the objects; {@link SchemaCheckSession.finish} waits
 * for the worker and returns the problems exactly as `checkRenderedTree` reports them for the
 * same files in the same order.
 *
 * Objects travel as JSON text (one string per batch of files): the schema check sees an object the way
 * JSON sees it anyway, and JSON text is cheaper to pass than a structured clone. An object that
 * is not a plain JSON object at the top (which JSON text would not carry faithfully) is checked
 * in this thread instead. The worker is started once per process and kept (unreferenced, so it
 * never keeps the process alive), with its registry and compiled validators, for the next synth.
 *
 * With a verdict cache (./verdicts), a file whose text an earlier synth found valid is not sent
 * at all, and the valid files of this synth are recorded once the verdict is in.
 */
import * as path from 'path';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'worker_threads';
import { Manifest } from '../core/manifest';
import { fileProblemLines, problemLine } from './problems';
import { repoRoot } from './paths';
import { SchemaRegistry } from './registry';
import { VerdictCache } from './verdicts';

/**
 * How long the worker may go without progress (a file checked) before it is taken for dead — a
 * worker thread that runs out of memory ends without an answer, and this thread, blocked in
 * `Atomics.wait`, would never see its exit event — and the check is done in this thread instead.
 */
const STALL_LIMIT_MS = 60_000;

/** One problem as the worker reports it: [file index, object index, field, message]. */
type Problem = [number, number, string, string];

let shared: Worker | undefined;

/** The worker's entry: the compiled .js beside this file, or the .ts source through ts-node in a checkout. */
function startWorker(): Worker {
  const entry = path.join(__dirname, 'check-worker');
  let worker: Worker;
  if (path.extname(__filename) === '.ts') {
    const tsNode = require.resolve('ts-node', { paths: [__dirname] });
    const project = path.join(repoRoot(), 'tsconfig.json');
    worker = new Worker(
      `require(${JSON.stringify(tsNode)}).register({ transpileOnly: true, project: ${JSON.stringify(project)} });\n`
      + `require(${JSON.stringify(`${entry}.ts`)});`,
      { eval: true },
    );
  } else {
    worker = new Worker(`${entry}.js`);
  }
  worker.unref();
  worker.on('error', () => { if (shared === worker) shared = undefined; });
  worker.on('exit', () => { if (shared === worker) shared = undefined; });
  return worker;
}

/**
 * A manifests file as a session keeps it: where it is, its objects, whether this thread checks
 * it, and (with a verdict cache) the key of its text and whether an earlier synth found it valid.
 */
interface SentFile {
  readonly file: string;
  /** The schema set its objects are checked against (lib/core/stack.ts; `''`: the default). */
  readonly set: string;
  readonly objects: readonly Manifest[];
  readonly local: boolean;
  readonly key?: string;
  readonly knownValid?: boolean;
}

/** Options of a {@link SchemaCheckSession}. */
export interface SchemaCheckOptions {
  /**
   * How long the worker may go without progress before the check falls back to this thread.
   * @default 60 s
   */
  readonly stallLimitMs?: number;
  /**
   * Folder of the verdicts of earlier synths (./verdicts): files whose text an earlier synth
   * found valid against the same schemas are not checked again, and this synth's valid files
   * are recorded there.
   * @default - no cache: every file is checked
   */
  readonly cacheDir?: string;
  /**
   * Whose verdicts these are (a fleet file, or a garden's name): each scope keeps its own, so that several fleets
   * sharing a cache folder do not push each other's out.
   * @default 'default'
   */
  readonly scope?: string;
}

/** Whether JSON text carries an object of a manifests file faithfully for the check. */
function plainTop(o: unknown): boolean {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return false;
  const proto = Object.getPrototypeOf(o);
  return (proto === Object.prototype || proto === null) && typeof (o as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * Files are sent to the worker in batches of about this many objects: one message and one
 * `JSON.parse` per batch rather than per file (a seed of 100 shoots has ~600 files).
 */
const BATCH_OBJECTS = 1_000;

/** The schema check of one synth, running on the shared worker thread. */
export class SchemaCheckSession {
  private readonly files: SentFile[] = [];
  /** Files waiting to be sent: their indexes, and their objects as JSON texts. */
  private batch: { indexes: number[]; sets: string[]; json: string[]; objects: number } | undefined;
  private readonly verdicts?: VerdictCache;
  /** The worker and the port it answers on, once the session has files for it. */
  private worker?: Worker;
  private port?: MessagePort;
  /** [0]: set to 1 when the answer is posted; [1]: counts the worker's progress (files checked). */
  private readonly flag = new SharedArrayBuffer(8);
  private readonly registry: SchemaRegistry;
  private open = true;

  private readonly stallLimitMs: number;

  /**
   * Starts checking against the schemas in `dir` (which must hold `crds/`; see
   * {@link SchemaRegistry.load}). The worker is engaged at once, so that it loads while this
   * thread resolves and renders — unless earlier verdicts are at hand: then most files will not
   * need it, and it is engaged with the first file that does.
   */
  constructor(private readonly dir: string, options: SchemaCheckOptions = {}) {
    this.stallLimitMs = options.stallLimitMs ?? STALL_LIMIT_MS;
    // Refuses a folder without crds/ at once (loading is lazy; the registry serves the fallback).
    this.registry = SchemaRegistry.load(dir);
    if (options.cacheDir !== undefined) this.verdicts = VerdictCache.open(options.cacheDir, dir, options.scope);
    if (!this.verdicts || this.verdicts.size === 0) this.connect();
  }

  /** Engages the shared worker (started if there is none) for this session. */
  private connect(): Worker {
    if (!this.worker) {
      if (!shared) shared = startWorker();
      this.worker = shared;
      const channel = new MessageChannel();
      this.port = channel.port1;
      this.worker.postMessage({ type: 'begin', dir: this.dir, port: channel.port2, flag: this.flag }, [channel.port2]);
    }
    return this.worker;
  }

  /**
   * Hands over the objects of one manifests file (in the order `checkRenderedTree` visits files);
   * `text` is what will be written for them, by which the verdict cache knows the file.
   */
  public add(file: string, objects: readonly Manifest[], text?: string, set = ''): void {
    const local = !objects.every(plainTop);
    const index = this.files.length;
    // The same text is another verdict against another schema set.
    const key = this.verdicts && !local && text !== undefined ? this.verdicts.key(set === '' ? text : `${set}\n${text}`) : undefined;
    const knownValid = key !== undefined && this.verdicts!.isKnownValid(key);
    this.files.push({ file, set, objects, local, key, knownValid });
    if (local || knownValid) return;
    this.batch ??= { indexes: [], sets: [], json: [], objects: 0 };
    this.batch.indexes.push(index);
    this.batch.sets.push(set);
    this.batch.json.push(JSON.stringify(objects));
    this.batch.objects += objects.length;
    if (this.batch.objects >= BATCH_OBJECTS) this.send();
  }

  /** Posts the waiting batch (if any) to the worker. */
  private send(): void {
    if (!this.batch) return;
    this.connect().postMessage({ type: 'files', indexes: this.batch.indexes, sets: this.batch.sets, json: `[${this.batch.json.join(',')}]` });
    this.batch = undefined;
  }

  /** Waits for the worker and returns every problem, as `<file>: <Kind namespace/name> <field>: <problem>` lines. */
  public finish(): string[] {
    this.open = false;
    this.send();
    const reply = this.worker ? this.awaitReply(this.worker) : { problems: [] };
    if (!reply) return this.abandonWorker();
    const byFile = new Map<number, Problem[]>();
    for (const p of reply.problems) {
      let list = byFile.get(p[0]);
      if (!list) byFile.set(p[0], list = []);
      list.push(p);
    }
    const lines: string[] = [];
    this.files.forEach((f, index) => {
      if (f.local) {
        lines.push(...this.checkHere(f));
        return;
      }
      const problems = byFile.get(index) ?? [];
      for (const [, i, field, message] of problems) lines.push(problemLine(f.file, f.objects[i], field, message));
      if (f.key !== undefined && problems.length === 0) this.verdicts!.recordValid(f.key);
    });
    this.verdicts?.save(this.dir, this.kept);
    return lines;
  }

  /** Files of the synth not given to this check (an incremental synth's unchanged seeds), see {@link SchemaCheckSession.keepVerdictsOf}. */
  private kept = 0;

  /**
   * Tells the session that `files` more files of this synth were kept without being checked (an
   * incremental synth's unchanged seeds), so that their verdicts are kept with this run's.
   */
  public keepVerdictsOf(files: number): void {
    this.kept += files;
  }

  /** How many manifests files the session was given, and how many of them earlier verdicts knew to be valid. */
  public get counts(): { readonly files: number; readonly knownValid: number } {
    return { files: this.files.length, knownValid: this.files.filter((f) => f.knownValid).length };
  }

  /** Tells the worker every file was sent and waits for its answer; undefined when it stopped making progress. */
  private awaitReply(worker: Worker): { problems: Problem[] } | undefined {
    worker.postMessage({ type: 'end' });
    const flag = new Int32Array(this.flag);
    let progress = Atomics.load(flag, 1);
    let since = Date.now();
    while (Atomics.load(flag, 0) === 0) {
      Atomics.wait(flag, 0, 0, 1_000);
      const now = Atomics.load(flag, 1);
      if (now !== progress) {
        progress = now;
        since = Date.now();
      } else if (Atomics.load(flag, 0) === 0 && Date.now() - since > this.stallLimitMs) {
        return undefined;
      }
    }
    const reply = receiveMessageOnPort(this.port!)?.message as { problems: Problem[]; error?: string } | undefined;
    this.port!.close();
    if (!reply) throw new Error('the schema check thread did not answer');
    if (reply.error !== undefined) throw new Error(`the schema check failed: ${reply.error}`);
    return reply;
  }

  /** The problems of one file, checked in this thread. */
  private checkHere(f: SentFile): string[] {
    return fileProblemLines(f.file, f.objects, f.set === '' ? this.registry : this.registry.forSet(f.set));
  }

  /** The worker stopped making progress: drop it (the next synth starts a new one) and check every file here. */
  private abandonWorker(): string[] {
    this.port?.close();
    if (shared === this.worker) shared = undefined;
    void this.worker?.terminate();
    return this.files.flatMap((f) => (f.knownValid ? [] : this.checkHere(f)));
  }

  /** Abandons the check (the synth failed before its end). */
  public cancel(): void {
    if (!this.open) return;
    this.open = false;
    this.batch = undefined;
    if (!this.worker) return;
    this.worker.postMessage({ type: 'cancel' });
    this.port!.close();
  }
}
