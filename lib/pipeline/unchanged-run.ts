/**
 * The whole-run short cut of an incremental synth: when the fleet definition, seedbed, the schema
 * set, the options and the moment's effect are what they were at the last synth this machine made
 * into an output folder, and nothing in that folder changed since, a synth does nothing at all:
 * it neither resolves nor renders nor checks, and writes nothing. This is what makes a no-op
 * re-synth of 10,000 shoots cost about as much as looking at the files.
 *
 * What "the same" is made of (the run key, {@link runKey}):
 * - the fleet definition as constructed: {@link modelFingerprint} (every construct, its class and
 *   all its own data; a construct of a class other than seedbed's, or a value that is not data,
 *   means no short cut);
 * - the record's context: seedbed's code, the installed packages, Node, the schema set and check
 *   (see ./incremental `synthContext`);
 * - `strict`;
 * - the moment, through what it decides: the resolver reads "now" only through `isExpired` and
 *   `daysUntilExpiry` (core/versions.ts), so the recording synth keeps every expiration date they
 *   were asked about, and the key holds, for each, whether it has expired and how many days are
 *   left. Another moment that decides the same for each date resolves the same fleet (the same
 *   branches are taken, so the same dates are asked about);
 * - the previous `fleet.json`, which the resolver reads (placements, versions in use, the
 *   update rules): the short cut is taken only when the output's `fleet.json` is the very file
 *   the record was made with, and the record is made only when resolving against that file gives
 *   what was rendered: the synth read the same `fleet.json` as it wrote, or the parts the resolver
 *   reads ({@link projectInventory}) are the same in both, or resolving again against the written
 *   one gives the same resolved fleet and warnings.
 *
 * What "nothing changed in the folder" is made of: the stat tuple of every file and folder of the
 * managed entries, and of the output folder itself, is what the record says, each settled against
 * the clock read before it was taken (the racy-clean rule of ./incremental). A file edited, added,
 * removed, renamed or replaced by a link changes its own tuple or its folder's (every change of a
 * folder's entries sets its modification and change times); a lock, a journal or a staging folder
 * appearing changes the output folder's. A folder's entries are recorded only after they are
 * known: listed by the writer's scan before the commit with the folder's tuple taken before it,
 * and listed again after the commit when the tuple changed (the folders the commit wrote into).
 *
 * The warnings of the recording synth are reported again, and its figures (files, seeds, objects,
 * prerequisites, the schema check's counts) are returned as they were.
 */
import * as fs from 'fs';
import * as path from 'path';
import { sha256Hex } from '../core/hash';
import { expiryFacts } from '../core/versions';
import { FleetInventory, InventoryShoot } from '../resolve/model';
import { JOURNAL_FILE, LOCK_FILE, MANAGED_ENTRIES, STAGING_PREFIX } from '../output/writer';
import { FsClock, IncrementalRecord, RunRecord, SeedSummary, statsOfWritten, TreeRecord } from './incremental';

export type { RunRecord, TreeRecord } from './incremental';
import { folderTuple, statIsSettled, TupleChecker, TupleGroup } from '../output/stat-check';

/** The run key: see the module's comment. Undefined when the fleet cannot be fingerprinted. */
export function runKey(o: { readonly context: string; readonly strict: boolean; readonly fingerprint: string; readonly dates: Iterable<string>; readonly now: Date }): string {
  const facts = [...o.dates].sort().map((d) => `${d.length}:${d}=${expiryFacts(d, o.now)}`).join('\n');
  return sha256Hex(`seedbed-run-1\0${o.context}\0${o.strict}\0${o.fingerprint}\0${facts}`);
}

/** The keys of a previous shoot entry the resolver reads (all of InventoryShoot's: the compiler checks the list is complete). */
const INVENTORY_SHOOT_KEYS: Record<keyof InventoryShoot, true> = {
  seed: true, dataStore: true, dataStoreDriver: true, kubernetesVersion: true, backend: true, provider: true, region: true, cloudProfile: true,
  networking: true, dnsDomain: true, failureTolerance: true, workers: true,
};
const SHOOT_KEYS = Object.keys(INVENTORY_SHOOT_KEYS) as Array<keyof InventoryShoot>;

/**
 * The parts of a previous inventory the resolver reads: per shoot, the fields of
 * `InventoryShoot` (networking's four ranges, and per worker pool its version, image and machine
 * type) and nothing else. The resolver is given this, so what it can read is exactly what
 * {@link sameProjection} compares.
 */
export function projectInventory(inventory: FleetInventory | undefined): FleetInventory | undefined {
  if (inventory === undefined) return undefined;
  const shoots: Record<string, InventoryShoot> = Object.create(null);
  for (const key of Object.keys(inventory.shoots ?? {})) {
    const entry = (inventory.shoots as Record<string, unknown>)[key];
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
    shoots[key] = projectShoot(entry as Record<string, unknown>);
  }
  return { shoots };
}

function projectShoot(e: Record<string, unknown>): InventoryShoot {
  const out: Record<string, unknown> = {};
  for (const k of SHOOT_KEYS) {
    const v = e[k];
    if (v === undefined) continue;
    if (k === 'networking' && v !== null && typeof v === 'object') {
      const n = v as Record<string, unknown>;
      out[k] = pick(n, ['type', 'pods', 'services', 'nodes']);
    } else if (k === 'workers' && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const pools: Record<string, unknown> = {};
      for (const [name, w] of Object.entries(v as Record<string, unknown>)) {
        pools[name] = w !== null && typeof w === 'object' ? pick(w as Record<string, unknown>, ['kubernetesVersion', 'image', 'machineType']) : w;
      }
      out[k] = pools;
    } else {
      out[k] = v;
    }
  }
  return out as unknown as InventoryShoot;
}

function pick(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** Whether two projected inventories are the same (JSON data; key order aside). */
export function sameProjection(a: FleetInventory | undefined, b: FleetInventory | undefined): boolean {
  return sameData(a?.shoots ?? {}, b?.shoots ?? {});
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as any)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as any)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !sameData((a as any)[k], (b as any)[k])) return false;
  return true;
}

/** The parent folders (up to a managed entry) of output-relative files, sorted, with each folder's entries. */
export function foldersOf(files: Iterable<string>): Map<string, Set<string>> {
  const entries = new Map<string, Set<string>>();
  for (const f of files) {
    let child = f;
    for (let i = f.lastIndexOf('/'); i > 0; i = child.lastIndexOf('/')) {
      const dir = child.slice(0, i);
      const name = child.slice(i + 1);
      const known = entries.get(dir);
      if (known) {
        const had = known.has(name);
        known.add(name);
        if (had) break;
      } else {
        entries.set(dir, new Set([name]));
      }
      child = dir;
    }
  }
  return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Whether the output folder holds a lock, a journal, or a staging folder or private file of a commit. */
function hasCommitArtifacts(root: string): boolean {
  return fs.readdirSync(root).some((name) => name === LOCK_FILE || name === JOURNAL_FILE || name.startsWith(STAGING_PREFIX) || name.startsWith(`${JOURNAL_FILE}.`) || name.startsWith(`${LOCK_FILE}.`));
}

/**
 * The tree section of the record a committed synth makes: taken after `after` (the clock read
 * after the commit). `all` are every file of the output after the commit (sorted or not);
 * `nonSeed` the texts of those outside the seeds as rendered; `scanned` the folders' tuples the
 * writer's scan took before listing them, `start` the clock read before that. Undefined when the
 * folder is not as the synth left it (a file or folder changed meanwhile, a lock or journal).
 */
export function treeRecord(o: {
  readonly outDir: string; readonly all: Iterable<string>; readonly nonSeed: ReadonlyMap<string, string>;
  readonly scanned: ReadonlyMap<string, string> | undefined; readonly start: FsClock; readonly after: FsClock;
  /**
   * The folders the commit changed entries in (the written and removed files' folders and theirs
   * above). Any other folder the scan listed, settled, with as many entries as it has files and
   * folders now, is recorded with the tuple the scan took, without a look: nothing of this synth
   * changed it since, and a change by anyone else gives it another tuple (a later time), which the
   * next synth sees. Default: every folder is looked at.
   */
  readonly touched?: ReadonlySet<string>;
}): TreeRecord | undefined {
  const root = path.resolve(o.outDir);
  const rootTuple = folderTuple(root);
  if (rootTuple === undefined || hasCommitArtifacts(root)) return undefined;
  const startNs = String(o.start.ns);
  const tops = new Set<string>();
  for (const p of o.all) tops.add(p.split('/', 1)[0]);
  // A managed entry that is there although no file is (an empty folder) is not recorded: no short cut.
  for (const entry of MANAGED_ENTRIES) {
    if (!tops.has(entry) && fs.lstatSync(path.join(root, entry), { throwIfNoEntry: false }) !== undefined) return undefined;
  }
  const folders: string[] = [];
  const folderStats: string[] = [];
  for (const [dir, names] of foldersOf(o.all)) {
    const scan = o.touched !== undefined && !o.touched.has(dir) ? o.scanned?.get(dir) : undefined;
    const hash = scan?.lastIndexOf('#') ?? -1;
    if (scan !== undefined && hash > 0 && scan.slice(hash + 1) === String(names.size) && statIsSettled(scan.slice(0, hash), startNs)) {
      folders.push(dir);
      folderStats.push(scan.slice(0, hash));
      continue;
    }
    const full = path.join(root, dir);
    const tuple = folderTuple(full);
    if (tuple === undefined) return undefined;
    const scanned = o.scanned?.get(dir);
    // Listed by the scan with this very tuple taken before, and settled: its entries are those it
    // had then; as many as it holds now, of which it holds every one (the files exist), so the same.
    const unchangedSinceScan = scanned === `${tuple}#${names.size}` && statIsSettled(tuple, startNs);
    if (!unchangedSinceScan) {
      const listed = fs.readdirSync(full);
      if (listed.length !== names.size || !listed.every((n) => names.has(n))) return undefined;
    }
    folders.push(dir);
    folderStats.push(tuple);
  }
  const files = [...o.nonSeed.keys()].sort();
  const fileStats = statsOfWritten(root, files, o.nonSeed);
  if (fileStats === undefined) return undefined;
  // Taken last: anything the synth did before is in it.
  if (folderTuple(root) !== rootTuple) return undefined;
  return { settled: String(o.after.ns), root: rootTuple, folders, folderStats, files, fileStats };
}

/** What the short cut found: the record's figures, to be returned as the synth's. */
export interface UnchangedRun {
  readonly record: IncrementalRecord;
  readonly run: RunRecord;
  readonly summaries: Map<string, SeedSummary>;
  readonly reusedFiles: number;
}

/**
 * Whether a synth of `garden` into `outDir` would change nothing and report what the record
 * says (see the module's comment); undefined otherwise (a normal synth follows).
 */
export function unchangedRun(o: {
  readonly outDir: string; readonly context: () => string; readonly strict: boolean; readonly now: Date; readonly clock: FsClock | undefined;
  /** The fleet's fingerprint (pipeline/fingerprint `modelFingerprint`). */
  readonly fingerprint: string;
  /** Checks the tuples (on two threads when there are many). */
  readonly checker: TupleChecker;
  /** The record of the last synth into `outDir` (./incremental `readRecord`). */
  readonly record: IncrementalRecord;
  /** Called when the run key is the record's but the output changed since (the record is then made again). */
  readonly onStale?: () => void;
}): UnchangedRun | undefined {
  if (o.clock === undefined) return undefined;
  const record = o.record;
  const run = record.run;
  const tree = record.tree;
  if (!run || !tree || record.device !== String(o.clock.dev) || run.inventory !== record.inventory || !validRun(run) || !validTree(tree)) return undefined;
  const root = path.resolve(o.outDir);
  const groups: TupleGroup[] = [
    { kind: 'd', paths: tree.folders, tuples: tree.folderStats, settled: tree.settled },
    { kind: 'f', paths: tree.files, tuples: tree.fileStats, settled: tree.settled },
  ];
  const summaries = new Map<string, SeedSummary>();
  let reusedFiles = tree.files.length;
  for (const name of run.seeds) {
    const seed = record.seeds[name];
    if (!seed || seed.stats === undefined || seed.settled === undefined || seed.paths === undefined) return undefined;
    groups.push({ kind: 'f', paths: seed.paths, tuples: seed.stats.split(' '), settled: seed.settled });
    summaries.set(name, { objects: seed.objects, stacks: seed.stacks, prerequisites: seed.prerequisites, ...(seed.shoots !== undefined ? { shoots: seed.shoots } : {}) });
    reusedFiles += seed.paths.length;
  }
  if (Object.keys(record.seeds).length !== run.seeds.length || reusedFiles !== run.files) return undefined;
  if (record.context !== o.context()) return undefined;
  if (runKey({ context: record.context, strict: o.strict, fingerprint: o.fingerprint, dates: run.dates, now: o.now }) !== run.key) return undefined;
  o.onStale?.();
  if (folderTuple(root) !== tree.root || !statIsSettled(tree.root, tree.settled)) return undefined;
  if (!o.checker.check(root, groups).every((ok) => ok)) return undefined;
  return { record, run, summaries, reusedFiles };
}

function validRun(run: RunRecord): boolean {
  return typeof run.key === 'string' && typeof run.inventory === 'string' && Array.isArray(run.dates) && run.dates.every((d) => typeof d === 'string')
    && Array.isArray(run.warnings) && Array.isArray(run.seeds) && typeof run.gardenPrerequisites === 'number' && typeof run.files === 'number';
}

function validTree(tree: TreeRecord): boolean {
  return typeof tree.settled === 'string' && typeof tree.root === 'string' && Array.isArray(tree.folders) && Array.isArray(tree.folderStats)
    && tree.folders.length === tree.folderStats.length && Array.isArray(tree.files) && Array.isArray(tree.fileStats) && tree.files.length === tree.fileStats.length;
}
