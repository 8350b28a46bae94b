/**
 * Incremental synth: a seed whose inputs are the same as when this machine last wrote the output
 * folder is neither rendered nor checked again; its files on disk are kept, once their content
 * is verified against what was written.
 *
 * The unit reused is a seed (its `seeds/<seed>/` and `terraform/<seed>/` files): the seed-level
 * files (`kustomization.yaml`, the chart sources, `prerequisites.json`) are made from all the
 * seed's shoots, and every check after the schema check (controller flows, readiness gates, Argo
 * CD waves, Secret producers, secret values) works per seed or per shoot, so a seed rendered
 * with the same inputs gives the same files and the same (empty) list of problems. A change to
 * one shoot re-renders the ~100 shoots of its seed, not the fleet. `garden/` and `fleet.json` are
 * rendered every time (they are small and depend on every shoot).
 *
 * A seed's input key is the SHA-256 of everything its rendering reads (see
 * {@link seedInputKeys}): the fleet-wide settings (repository, GitOps engine, CloudProfiles,
 * projects, multi-cluster systems, …: the resolved fleet without its seeds and shoots), the
 * resolved seed, and each of its resolved shoots, in order. Around it, the record also holds
 * what else reaches the output: the code of seedbed that runs ({@link codeFingerprint}), the
 * schema set and check code (the verdict cache's fingerprint) or "no check", and the
 * `fleet.json` text the record was written with.
 *
 * Where the trust comes from: the record is kept in the cache folder of this machine
 * (`node_modules/.cache/seedbed/synth/`), never in the output. The output is data a pull request
 * can change: an inventory that named its own keys and file hashes would let a hand-edited file
 * with a matching hash pass for a rendered one. So a seed is reused only when
 *
 * 1. the output folder's `fleet.json` is byte for byte the one this machine wrote last (a
 *    tampered, foreign, or newer inventory — another clone's commit, a `git checkout` — means a
 *    full render);
 * 2. seedbed's code, the schema set and check, and the seed's input key are the same as then;
 * 3. every file `fleet.json` lists for the seed is on disk with the size and SHA-256 recorded then
 *    (a hand-edited or deleted file re-renders its seed, which restores it).
 *
 * How a kept file is verified, the way Git's index does it: after each synth the record keeps,
 * per file, its size, modification and change times (ns), inode and device. A file whose stat
 * tuple is the same on the next synth is trusted without reading it; any difference and the
 * seed's files are read and hashed as a whole. The change time (ctime) is what makes this sound:
 * every write, rename, `touch -d`, `cp -p`, rsync or tar extraction sets it to the current time
 * and nothing but the kernel can set it back, so an edit that restores size and modification
 * time still shows. A stat tuple is recorded only with the content it was seen with: taken
 * before the file was read and hashed (a kept file that had to be hashed), or before it was read
 * back after the commit and found to hold the rendered bytes (a file of a rendered seed). The
 * "racy clean" case is handled like Git's: each seed's stats are recorded with a moment of the
 * file system's clock read before they were taken (see {@link readClock}), and a stat is trusted
 * only if the file's modification and change times are older than that moment. A file changed
 * after it was seen but within the clock tick of its recorded times keeps its tuple; the rule
 * makes it be read and hashed again (Git: `is_racy_timestamp` in read-cache.c and
 * Documentation/technical/racy-git.txt; Git compares with its index file's time, taken after the
 * stats, which leaves a file changed between its stat and the index write in the same tick; a
 * clock read before the stats closes that). The clock is read from a probe file in the cache folder:
 * when that is on another device than the output folder (whose clock or timestamp granularity
 * may differ), no stat is recorded and every kept file is hashed.
 *
 * A file added by hand under the managed folders is not listed in `fleet.json`: the writer
 * refuses it as before (or removes it with `--adopt`, which renders everything). Anything
 * uncertain (no record, an unreadable one, an option such as `check` or `adopt` whose effect the
 * record cannot capture) renders everything, and the output is then byte-identical to a full
 * render in every case.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { stableJson } from '../core/json';
import { sha256Hex } from '../core/hash';
import { RenderedTree } from '../core/manifest';
import { parseOutputPath, prerequisitesFile } from '../layout/paths';
import { shootHash } from '../output/inventory';
import { ResolvedFleet, ResolvedShoot } from '../resolve/model';
import { verdictFingerprint } from '../schema/verdicts';
import { FieldWarning } from '../core/problems';
import { statTuple, TupleChecker, TupleGroup } from '../output/stat-check';


/** Bumped when what a record or a key means changes. */
const FORMAT = 'seedbed-incremental-4';

/** The figures the command line prints for a seed, kept so a reused seed prints the same. */
export interface SeedSummary {
  /** Kubernetes objects in the seed's manifests files. */
  readonly objects: number;
  /** Terraform stacks of the seed. */
  readonly stacks: number;
  /** Entries of the seed's prerequisites.json. */
  readonly prerequisites: number;
  /** Shoots placed on the seed. */
  readonly shoots?: number;
}

/** What the record keeps per seed. */
export interface SeedRecord extends SeedSummary {
  /** The seed's input key when it was written. */
  readonly key: string;
  /** SHA-256 over its files (sorted paths, each with its size and SHA-256). */
  readonly digest: string;
  /**
   * The stat tuple of each of its files, in sorted path order, when the record was made (see
   * {@link statTuple}), joined by spaces; absent when the stats cannot be trusted (no clock).
   */
  readonly stats?: string;
  /** With `stats`: the file system's clock (ns since the epoch) read before they were taken. */
  readonly settled?: string;
  /** Its files (output-relative, sorted), as the stats are listed. */
  readonly paths?: string[];
}

/** The record of the last synth this machine made into one output folder. */
export interface IncrementalRecord {
  readonly format: string;
  /** The output folder (resolved). */
  readonly outDir: string;
  /** SHA-256 of the fleet.json text the synth wrote. */
  readonly inventory: string;
  /** What else reached the output: seedbed's code, the schema set and check. */
  readonly context: string;
  /** The device the seeds' `settled` clocks were read on (the output folder's); null: no stats recorded. */
  readonly device: string | null;
  readonly seeds: Record<string, SeedRecord>;
  /** The rest of the output as the synth left it, and what a synth of the same fleet would do (see ./unchanged-run). */
  readonly tree?: TreeRecord;
  readonly run?: RunRecord;
}

/* The record's sections for the whole-run short cut (see ./unchanged-run). */

/** The output as the recording synth left it: the stat tuples of its folders and of the files outside the seeds. */
export interface TreeRecord {
  /** The file system's clock (ns) read before these stats were taken. */
  readonly settled: string;
  /** The output folder's own tuple. */
  readonly root: string;
  /** Every folder of the managed entries (output-relative, sorted). */
  readonly folders: string[];
  /** Their tuples, in the same order. */
  readonly folderStats: string[];
  /** The files outside the seeds (`fleet.json`, `garden/…`), sorted. */
  readonly files: string[];
  /** Their tuples, in the same order. */
  readonly fileStats: string[];
}

/** What a synth with the same run key does to the output the record describes: nothing; and what it reports. */
export interface RunRecord {
  /** The run key ({@link runKey}). */
  readonly key: string;
  /** SHA-256 of the fleet.json text the key holds for (the record's own). */
  readonly inventory: string;
  /** The expiration dates the resolver compared with the moment. */
  readonly dates: string[];
  /** The fleet definition's warnings. */
  readonly warnings: FieldWarning[];
  /** The seeds, in the fleet's order. */
  readonly seeds: string[];
  /** Entries of garden/prerequisites.json. */
  readonly gardenPrerequisites: number;
  /** The schema check's figures (files checked), when it ran. */
  readonly checked?: number;
  /** Files of the output. */
  readonly files: number;
}

/** A moment of the file system's clock, read on one device (see {@link readClock}). */
export interface FsClock {
  readonly ns: bigint;
  readonly dev: bigint;
}

/**
 * Reads the file system's clock: creates a probe file in the cache folder and takes its change
 * time. A synth reads it before it looks at any file, so that every change made after that moment
 * carries a change time at or after it. Undefined when the probe cannot be made (no stat is then
 * trusted).
 */
export function readClock(cacheDir: string): FsClock | undefined {
  const dir = path.join(cacheDir, 'synth');
  const probe = path.join(dir, `clock.${process.pid}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(probe, 'w');
    try {
      const stat = fs.fstatSync(fd, { bigint: true });
      return { ns: stat.ctimeNs > stat.mtimeNs ? stat.mtimeNs : stat.ctimeNs, dev: stat.dev };
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  } finally {
    quietlyRemove(probe);
  }
}

/**
 * Reads the file system's clock once it is past the last change of `dir` itself (waiting a clock
 * tick or so, at most a quarter of a second; then the reading as it is).
 */
export function readClockPast(cacheDir: string, dir: string): FsClock | undefined {
  const stat = fs.statSync(dir, { bigint: true, throwIfNoEntry: false });
  const last = stat === undefined ? 0n : stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs;
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; ; i++) {
    const clock = readClock(cacheDir);
    if (clock === undefined || clock.ns > last || i >= 250) return clock;
    Atomics.wait(wait, 0, 0, 1);
  }
}

let code: string | undefined;
/**
 * A fingerprint of the seedbed code this process runs (`build/` or `lib/`): every source file's
 * path and content hash, the package version, Node's, and the installed packages (npm's lockfile).
 * Machine-local, like the
 * record it is part of (it never reaches the output).
 */
export function codeFingerprint(): string {
  if (code === undefined) code = codeFingerprintOf(path.resolve(__dirname, '..'));
  return code;
}

/** The fingerprint of the code under `root` (seedbed's build/ or lib/): see {@link codeFingerprint}. */
export function codeFingerprintOf(root: string): string {
  const hash = crypto.createHash('sha256').update(`${FORMAT}\0${process.version}\0${root}\0`);
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|json)$/.test(e.name)) {
        // Contents, not size and mtime: `cp -p`, rsync, tar or a restored build/ keep both across an
        // edit, and npm gives every installed file the install time (which would defeat reuse).
        hash.update(`${path.relative(root, p)}\0${sha256Bytes(fs.readFileSync(p))}\n`);
      }
    }
  };
  walk(root);
  const pkg = path.join(root, '..', 'package.json');
  if (fs.existsSync(pkg)) hash.update(fs.readFileSync(pkg));
  // The libraries the output depends on (cdktn and the provider bindings' versions, cdk8s,
  // semver, …): npm's record of what is installed in the node_modules seedbed resolves from.
  hash.update(`deps\0${installedPackagesFingerprint(root)}\n`);
  return hash.digest('hex');
}

/**
 * What is installed where seedbed resolves its dependencies: npm's hidden lockfile
 * (`node_modules/.package-lock.json`, every installed package's version and integrity) of the
 * nearest node_modules above seedbed's code, else the nearest package-lock.json. A change of any
 * installed package (a lockfile-only upgrade too) changes it, and with it every seed's context.
 */
export function installedPackagesFingerprint(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    for (const f of [path.join(dir, 'node_modules', '.package-lock.json'), path.join(dir, 'package-lock.json')]) {
      if (fs.existsSync(f)) return `${path.relative(from, f)}\0${sha256Bytes(fs.readFileSync(f))}`;
    }
    if (path.dirname(dir) === dir) return 'none';
  }
}

/** The part of the record's context that depends on the options: the schema set (or none). */
export function synthContext(schemas: string | undefined, cacheDir: string): string {
  return sha256Hex(`${FORMAT}\0${codeFingerprint()}\0${schemas === undefined ? 'no schema check' : verdictFingerprint(path.resolve(schemas), cacheDir)}`);
}

/** The text of a shoot for its seed's input key: every resolved field, its CloudProfile once per profile. */
function shootInput(shoot: ResolvedShoot, profiles: Map<object, string>): string {
  // shootHash covers the shoot with its CloudProfile, less the names resolve/ derives from it;
  // those are added here all the same.
  const { infrastructure, apiServer, controlPlaneMachine, dataStoreSchema, dataStoreUsername, workers } = shoot;
  return `${shootHash(shoot, profiles)}\0${stableJson({ infrastructure, apiServer, controlPlaneMachine, dataStoreSchema, dataStoreUsername, images: workers.map((w) => w.imageReference) })}`;
}

/** Each seed's input key: SHA-256 of the fleet-wide settings, the resolved seed and its shoots. */
export function seedInputKeys(fleet: ResolvedFleet): Map<string, string> {
  const settings = sha256Hex(stableJson({ ...fleet, seeds: [], shoots: [] }));
  const byKey = new Map(fleet.shoots.map((s) => [s.key, s]));
  const profiles = new Map<object, string>();
  const keys = new Map<string, string>();
  for (const seed of fleet.seeds) {
    const hash = crypto.createHash('sha256').update(`${FORMAT}\0${settings}\0${stableJson(seed)}\0`);
    for (const key of seed.shoots) {
      const shoot = byKey.get(key);
      hash.update(`${key}\0${shoot ? shootInput(shoot, profiles) : 'missing'}\n`);
    }
    keys.set(seed.name, hash.digest('hex'));
  }
  return keys;
}

/** The digest of a seed's files: sorted paths, each with its size in bytes and SHA-256. */
function digestOf(entries: Array<[string, number, string]>): string {
  const hash = crypto.createHash('sha256');
  for (const [p, size, sha] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${p}\0${size}\0${sha}\n`);
  return hash.digest('hex');
}

function sha256Bytes(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Each seed's figures from its rendered files. */
export function seedSummaries(tree: RenderedTree): Map<string, SeedSummary> {
  const out = new Map<string, { objects: number; stacks: number; prerequisites: number }>();
  for (const [p, f] of tree) {
    const info = parseOutputPath(p);
    if (info.seed === undefined) continue;
    const s = out.get(info.seed) ?? { objects: 0, stacks: 0, prerequisites: 0 };
    out.set(info.seed, s);
    if (info.scope === 'terraform') s.stacks++;
    else if (f.kind === 'manifests') s.objects += f.objects.length;
    if (p === prerequisitesFile(info.seed) && f.kind === 'json') s.prerequisites = (f.value as { prerequisites: unknown[] }).prerequisites.length;
  }
  return out;
}

/** Output-relative files grouped by the seed they belong to (garden/ and fleet.json belong to none). */
function bySeed(files: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of files) {
    const seed = parseOutputPath(p).seed;
    if (seed === undefined) continue;
    const list = out.get(seed);
    if (list) list.push(p);
    else out.set(seed, [p]);
  }
  return out;
}

export function recordFile(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, 'synth', `${sha256Hex(path.resolve(outDir)).slice(0, 32)}.json`);
}

export function readRecord(cacheDir: string, outDir: string): IncrementalRecord | undefined {
  try {
    const doc = JSON.parse(fs.readFileSync(recordFile(cacheDir, outDir), 'utf8'));
    if (doc?.format !== FORMAT || doc.outDir !== path.resolve(outDir) || typeof doc.inventory !== 'string' || typeof doc.context !== 'string'
      || typeof doc.seeds !== 'object' || doc.seeds === null) return undefined;
    if (doc.device !== null && !(typeof doc.device === 'string' && /^[0-9]+$/.test(doc.device))) return undefined;
    return decodeRecord(doc);
  } catch {
    return undefined;
  }
}

/*
 * How a record is kept on disk, compactly (at 10,000 shoots it lists ~210,000 paths and tuples,
 * and the short cut reads it whole): sorted path lists are front-coded (each path as the length
 * of the prefix it shares with the one before, then the rest), and a tuple whose change time is
 * its modification time says so with `=`.
 */

/** Front-codes sorted paths: `<shared>:<rest>` per path, joined by newlines. */
export function frontCode(paths: readonly string[]): string {
  let previous = '';
  let out = '';
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i];
    let n = 0;
    const max = Math.min(p.length, previous.length);
    while (n < max && p.charCodeAt(n) === previous.charCodeAt(n)) n++;
    out += `${i > 0 ? '\n' : ''}${n}:${p.slice(n)}`;
    previous = p;
  }
  return out;
}

/** The paths {@link frontCode} coded; throws on text it did not make. */
export function frontDecode(text: string): string[] {
  if (text === '') return [];
  const out: string[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    const n = Number(line.slice(0, colon));
    if (colon < 1 || !Number.isInteger(n) || n > previous.length) throw new Error('not a front-coded list');
    previous = previous.slice(0, n) + line.slice(colon + 1);
    out.push(previous);
  }
  return out;
}

/** `size,mtime,ctime,ino,dev` → `size,mtime,=,ino,dev` when the two times are the same. */
function compactTuple(tuple: string): string {
  const [size, mtime, ctime, ...rest] = tuple.split(',');
  return ctime === mtime ? [size, mtime, '=', ...rest].join(',') : tuple;
}

function expandTuple(tuple: string): string {
  const first = tuple.indexOf(',');
  const second = tuple.indexOf(',', first + 1);
  if (tuple.charCodeAt(second + 1) !== 61 /* = */ || tuple.charCodeAt(second + 2) !== 44 /* , */) return tuple;
  return `${tuple.slice(0, second + 1)}${tuple.slice(first + 1, second)}${tuple.slice(second + 2)}`;
}

function encodeRecord(record: IncrementalRecord): unknown {
  const seeds: Record<string, unknown> = {};
  for (const [name, seed] of Object.entries(record.seeds)) {
    seeds[name] = {
      ...seed,
      ...(seed.stats !== undefined ? { stats: seed.stats.split(' ').map(compactTuple).join(' ') } : {}),
      ...(seed.paths !== undefined ? { paths: frontCode(seed.paths) } : {}),
    };
  }
  const tree = record.tree;
  return {
    ...record, seeds,
    ...(tree ? {
      tree: {
        ...tree, folders: frontCode(tree.folders), folderStats: tree.folderStats.map(compactTuple).join(' '), files: frontCode(tree.files),
        fileStats: tree.fileStats.map(compactTuple).join(' '),
      },
    } : {}),
  };
}

function decodeRecord(doc: any): IncrementalRecord {
  const seeds: Record<string, SeedRecord> = {};
  for (const [name, seed] of Object.entries<any>(doc.seeds)) {
    seeds[name] = {
      ...seed,
      ...(typeof seed?.stats === 'string' ? { stats: seed.stats.split(' ').map(expandTuple).join(' ') } : {}),
      ...(typeof seed?.paths === 'string' ? { paths: frontDecode(seed.paths) } : { paths: undefined }),
    };
  }
  const tree = doc.tree;
  const tuples = (text: unknown) => (typeof text === 'string' && text !== '' ? text.split(' ').map(expandTuple) : []);
  return {
    ...doc, seeds,
    ...(tree && typeof tree === 'object' ? {
      tree: {
        ...tree, folders: frontDecode(String(tree.folders)), folderStats: tuples(tree.folderStats), files: frontDecode(String(tree.files)), fileStats: tuples(tree.fileStats),
      },
    } : {}),
  };
}

/** Seeds whose files a synth keeps as they are on disk. */
export interface Reuse {
  /** Reused seed → its summary. */
  readonly seeds: ReadonlyMap<string, SeedSummary>;
  /** The files of the reused seeds (output-relative), kept as they are. */
  readonly files: ReadonlySet<string>;
  /** What the record said of the reused seeds, with their files' stats now (carried into the next record). */
  readonly records?: ReadonlyMap<string, SeedRecord>;
  /** How many of the kept files were read and hashed (the others were trusted by their stats). */
  readonly hashed?: number;
  /**
   * True when the record read holds exactly what the next would: every seed of the fleet and of
   * the record kept, each trusted by its recorded stats. With an unchanged fleet.json and nothing
   * written, the record is then left as it is (see {@link saveRecord}).
   */
  readonly recordCurrent?: boolean;
  /** The run key of the record read, when it has a run and a tree section (see ./unchanged-run). */
  readonly runCurrent?: string;
  /**
   * The managed folders whose entries are known without listing them: every folder the record's
   * tree section lists still has its recorded tuple (settled), and so the entries it had when
   * recorded: those `fleet.json` (the same text) implies. Folder → its stat tuple. Undefined when
   * any differs (the writer then lists every folder).
   */
  readonly knownFolders?: ReadonlyMap<string, string>;
}

/**
 * The seeds of `fleet` a synth into `outDir` may keep: those the record of the last synth this
 * machine made there vouches for (see the module's comment), with their files verified on disk.
 * `inventoryText` is the fleet.json text read before rendering (null: none); `owned` the files it
 * lists; `clock` the file system's clock read before (see {@link readClock}).
 */
export function planReuse(fleet: ResolvedFleet, keys: ReadonlyMap<string, string>, o: {
  readonly outDir: string; readonly cacheDir: string; readonly context: string; readonly inventoryText: string | null; readonly owned: readonly string[];
  readonly clock?: FsClock;
  /** Checks the kept files' tuples (on two threads when there are many); default: on this thread. */
  readonly checker?: TupleChecker;
  /** The record, when the caller read it already (null: there is none); default: read here. */
  readonly record?: IncrementalRecord | null;
}): Reuse {
  const none: Reuse = { seeds: new Map(), files: new Set() };
  const checker = o.checker ?? new TupleChecker(false);
  if (o.inventoryText === null) return (checker.close(), none);
  const record = o.record !== undefined ? o.record ?? undefined : readRecord(o.cacheDir, o.outDir);
  if (!record || record.context !== o.context || record.inventory !== sha256Hex(o.inventoryText)) return (checker.close(), none);
  const owned = bySeed(o.owned);
  const seeds = new Map<string, SeedSummary>();
  const files = new Set<string>();
  const records = new Map<string, SeedRecord>();
  // Stats are trusted only when recorded on the device this synth's clock is read on.
  const trustStats = record.device !== null && o.clock !== undefined && record.device === String(o.clock.dev);
  let hashed = 0;
  // The seeds whose inputs are the same, with their files; those with recorded stats for exactly
  // these files have them checked all at once.
  const candidates: Array<{ name: string; was: SeedRecord; list: string[] }> = [];
  for (const seed of fleet.seeds) {
    const was = record.seeds[seed.name];
    const list = owned.get(seed.name);
    if (!was || was.key !== keys.get(seed.name) || !list) continue;
    list.sort();
    candidates.push({ name: seed.name, was, list });
  }
  const checkable = trustStats ? candidates.filter((c) => c.was.stats !== undefined && c.was.settled !== undefined && samePaths(c.was.paths, c.list)) : [];
  const groups: TupleGroup[] = checkable.map((c) => ({ kind: 'f' as const, paths: c.list, tuples: c.was.stats!.split(' '), settled: c.was.settled! }));
  // The folders, checked with the files (see Reuse.knownFolders).
  const tree = trustStats ? record.tree : undefined;
  if (tree) groups.push({ kind: 'd', paths: tree.folders, tuples: tree.folderStats, settled: tree.settled });
  const verdicts = checker.check(o.outDir, groups);
  const trusted = new Set(checkable.filter((_, i) => verdicts[i]).map((c) => c.name));
  const knownFolders = tree && verdicts[groups.length - 1] ? new Map(tree.folders.map((f, i) => [f, tree.folderStats[i]])) : undefined;
  for (const { name, was, list } of candidates) {
    const { stats: _stats, settled: _settled, paths: _paths, ...rest } = was;
    let kept: SeedRecord | undefined = trusted.has(name) ? was : undefined;
    if (kept === undefined) {
      // Stats taken now are settled against this synth's clock, read before.
      const verified = verifyFiles(o.outDir, list);
      hashed += list.length;
      if (verified?.digest !== was.digest) continue;
      kept = o.clock !== undefined ? { ...rest, stats: verified.stats, settled: String(o.clock.ns), paths: list } : rest;
    }
    seeds.set(name, { objects: was.objects, stacks: was.stacks, prerequisites: was.prerequisites, ...(was.shoots !== undefined ? { shoots: was.shoots } : {}) });
    records.set(name, kept);
    for (const p of list) files.add(p);
  }
  const recordCurrent = trustStats && seeds.size === fleet.seeds.length && Object.keys(record.seeds).length === seeds.size
    && fleet.seeds.every((s) => records.get(s.name) === record.seeds[s.name]);
  return { seeds, files, records, hashed, recordCurrent, runCurrent: record.tree !== undefined ? record.run?.key : undefined, knownFolders };
}

function samePaths(recorded: readonly string[] | undefined, list: readonly string[]): boolean {
  return recorded !== undefined && recorded.length === list.length && recorded.every((p, i) => p === list[i]);
}

/**
 * The digest of `files` (sorted) as they are on disk, and their stat tuples (each taken before the
 * file was read); undefined when one is missing or not a regular file.
 */
function verifyFiles(outDir: string, sorted: readonly string[]): { digest: string; stats: string } | undefined {
  const entries: Array<[string, number, string]> = [];
  const stats: string[] = [];
  for (const p of sorted) {
    const file = path.join(outDir, p);
    let data: Buffer;
    try {
      const tuple = statTuple(file);
      if (tuple === undefined) return undefined;
      stats.push(tuple);
      data = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    entries.push([p, data.length, sha256Bytes(data)]);
  }
  return { digest: digestOf(entries), stats: stats.join(' ') };
}

/**
 * The stat tuples of a rendered seed's files (sorted) now, each taken before the file is read
 * back and found to hold its rendered text; undefined if one does not (changed meanwhile) or is
 * not a regular file.
 */
export function statsOfWritten(outDir: string, sorted: readonly string[], files: ReadonlyMap<string, string>): string[] | undefined {
  const tuples: string[] = [];
  for (const p of sorted) {
    const file = path.join(outDir, p);
    const tuple = statTuple(file);
    if (tuple === undefined || fs.readFileSync(file, 'utf8') !== files.get(p)) return undefined;
    tuples.push(tuple);
  }
  return tuples;
}

/**
 * Records what a committed synth wrote: per seed, its input key, the digest of its files (from
 * the rendered contents, or kept from the record for reused seeds), their stat tuples now, and
 * its summary. `clock` is the file system's clock read before the synth looked at any file (see
 * {@link readClock}); without it, or on another device than the output, no stat is recorded. The
 * rendered seeds' files are read back (after a clock read, see the module's comment) so that the
 * next synth can trust their stats.
 * Written atomically; a failure to write it only costs the next synth a full render.
 */
export function saveRecord(o: {
  readonly outDir: string; readonly cacheDir: string; readonly context: string; readonly inventoryText: string;
  readonly keys: ReadonlyMap<string, string>; readonly files: ReadonlyMap<string, string>; readonly reuse: Reuse;
  readonly summaries: ReadonlyMap<string, SeedSummary>; readonly clock?: FsClock;
  /** The synth wrote and removed nothing, fleet.json included (so the record read still describes the output). */
  readonly unchanged?: boolean;
  /**
   * The run section (see ./unchanged-run), and the tree section made once the clock after the
   * commit is read (undefined: none). Without a run section neither is kept.
   */
  readonly run?: RunRecord;
  readonly tree?: (after: FsClock) => TreeRecord | undefined;
  /** The record's tree section is known not to describe the output any more: make it again. */
  readonly staleTree?: boolean;
}): void {
  const file = recordFile(o.cacheDir, o.outDir);
  // Nothing written, the same fleet.json, every seed trusted as recorded, and the run section the
  // same: the record on disk is the one this would write.
  if (o.unchanged && !o.staleTree && o.reuse.recordCurrent && o.reuse.runCurrent === o.run?.key && o.run !== undefined && fs.existsSync(file)) return;
  try {
    const device = fs.statSync(o.outDir, { bigint: true }).dev;
    // Read after the commit: the rendered seeds' stats are taken after it. The commit's last change
    // is to the output folder itself (the lock removed): once the clock is past that, everything
    // the commit wrote is settled against it (see statIsSettled), so the next synth can trust it.
    const after = o.clock !== undefined && o.clock.dev === device ? readClockPast(o.cacheDir, o.outDir) : undefined;
    const onDevice = after !== undefined && after.dev === device;
    const seeds: Record<string, SeedRecord> = {};
    const rendered = bySeed(o.files.keys());
    for (const [seed, key] of o.keys) {
      if (o.reuse.seeds.has(seed)) {
        const was = o.reuse.records?.get(seed);
        if (was) seeds[seed] = onDevice ? was : { key: was.key, digest: was.digest, objects: was.objects, stacks: was.stacks, prerequisites: was.prerequisites };
        continue;
      }
      const list = rendered.get(seed);
      const summary = o.summaries.get(seed);
      if (!list || !summary) continue;
      list.sort();
      const stats = onDevice ? statsOfWritten(o.outDir, list, o.files)?.join(' ') : undefined;
      seeds[seed] = {
        key, digest: digestOf(list.map((p) => { const text = o.files.get(p)!; return [p, Buffer.byteLength(text), sha256Bytes(text)]; })), ...summary,
        ...(stats !== undefined ? { stats, settled: String(after!.ns), paths: list } : {}),
      };
    }
    const tree = onDevice && o.run !== undefined ? o.tree?.(after!) : undefined;
    const record: IncrementalRecord = {
      format: FORMAT, outDir: path.resolve(o.outDir), inventory: sha256Hex(o.inventoryText), context: o.context, device: onDevice ? String(device) : null, seeds,
      ...(tree !== undefined ? { tree, run: o.run } : {}),
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(encodeRecord(record)));
    fs.renameSync(tmp, file);
  } catch {
    // Without a record the next synth renders everything.
    quietlyRemove(file);
  }
}

/** Forgets the record of `outDir` (before a write whose outcome it would no longer describe). */
export function forgetRecord(cacheDir: string, outDir: string): void {
  quietlyRemove(recordFile(cacheDir, outDir));
}

function quietlyRemove(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // nothing to do
  }
}
