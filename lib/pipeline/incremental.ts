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
 *    (each file is read and hashed: a hand-edited or deleted file re-renders its seed, which
 *    restores it).
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

/** Bumped when what a record or a key means changes. */
const FORMAT = 'seedbed-incremental-1';

/** The figures the command line prints for a seed, kept so a reused seed prints the same. */
export interface SeedSummary {
  /** Kubernetes objects in the seed's manifests files. */
  readonly objects: number;
  /** Terraform stacks of the seed. */
  readonly stacks: number;
  /** Entries of the seed's prerequisites.json. */
  readonly prerequisites: number;
}

/** What the record keeps per seed. */
interface SeedRecord extends SeedSummary {
  /** The seed's input key when it was written. */
  readonly key: string;
  /** SHA-256 over its files (sorted paths, each with its size and SHA-256). */
  readonly digest: string;
}

/** The record of the last synth this machine made into one output folder. */
interface IncrementalRecord {
  readonly format: string;
  /** The output folder (resolved). */
  readonly outDir: string;
  /** SHA-256 of the fleet.json text the synth wrote. */
  readonly inventory: string;
  /** What else reached the output: seedbed's code, the schema set and check. */
  readonly context: string;
  readonly seeds: Record<string, SeedRecord>;
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

function recordFile(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, 'synth', `${sha256Hex(path.resolve(outDir)).slice(0, 32)}.json`);
}

function readRecord(cacheDir: string, outDir: string): IncrementalRecord | undefined {
  try {
    const doc = JSON.parse(fs.readFileSync(recordFile(cacheDir, outDir), 'utf8'));
    if (doc?.format !== FORMAT || doc.outDir !== path.resolve(outDir) || typeof doc.inventory !== 'string' || typeof doc.context !== 'string'
      || typeof doc.seeds !== 'object' || doc.seeds === null) return undefined;
    return doc as IncrementalRecord;
  } catch {
    return undefined;
  }
}

/** Seeds whose files a synth keeps as they are on disk. */
export interface Reuse {
  /** Reused seed → its summary. */
  readonly seeds: ReadonlyMap<string, SeedSummary>;
  /** The files of the reused seeds (output-relative), kept as they are. */
  readonly files: ReadonlySet<string>;
  /** What the record said of the reused seeds (carried into the next record). */
  readonly records?: ReadonlyMap<string, SeedRecord>;
}

/**
 * The seeds of `fleet` a synth into `outDir` may keep: those the record of the last synth this
 * machine made there vouches for (see the module's comment), with their files verified on disk.
 * `inventoryText` is the fleet.json text read before rendering (null: none); `owned` the files it lists.
 */
export function planReuse(fleet: ResolvedFleet, keys: ReadonlyMap<string, string>, o: {
  readonly outDir: string; readonly cacheDir: string; readonly context: string; readonly inventoryText: string | null; readonly owned: readonly string[];
}): Reuse {
  const none: Reuse = { seeds: new Map(), files: new Set() };
  if (o.inventoryText === null) return none;
  const record = readRecord(o.cacheDir, o.outDir);
  if (!record || record.context !== o.context || record.inventory !== sha256Hex(o.inventoryText)) return none;
  const owned = bySeed(o.owned);
  const seeds = new Map<string, SeedSummary>();
  const files = new Set<string>();
  const records = new Map<string, SeedRecord>();
  for (const seed of fleet.seeds) {
    const was = record.seeds[seed.name];
    const list = owned.get(seed.name);
    if (!was || was.key !== keys.get(seed.name) || !list) continue;
    if (verifyFiles(o.outDir, list) !== was.digest) continue;
    seeds.set(seed.name, { objects: was.objects, stacks: was.stacks, prerequisites: was.prerequisites });
    records.set(seed.name, was);
    for (const p of list) files.add(p);
  }
  return { seeds, files, records };
}

/** The digest of `files` as they are on disk; undefined when one is missing or not a regular file. */
function verifyFiles(outDir: string, files: readonly string[]): string | undefined {
  const entries: Array<[string, number, string]> = [];
  for (const p of files) {
    let data: Buffer;
    try {
      data = fs.readFileSync(path.join(outDir, p));
    } catch {
      return undefined;
    }
    entries.push([p, data.length, sha256Bytes(data)]);
  }
  return digestOf(entries);
}

/**
 * Records what a committed synth wrote: per seed, its input key, the digest of its files (from
 * the rendered contents, or kept from the record for reused seeds) and its summary. Written
 * atomically; a failure to write it only costs the next synth a full render.
 */
export function saveRecord(o: {
  readonly outDir: string; readonly cacheDir: string; readonly context: string; readonly inventoryText: string;
  readonly keys: ReadonlyMap<string, string>; readonly files: ReadonlyMap<string, string>; readonly reuse: Reuse;
  readonly summaries: ReadonlyMap<string, SeedSummary>;
}): void {
  const file = recordFile(o.cacheDir, o.outDir);
  try {
    const seeds: Record<string, SeedRecord> = {};
    const rendered = bySeed(o.files.keys());
    for (const [seed, key] of o.keys) {
      if (o.reuse.seeds.has(seed)) {
        const was = o.reuse.records?.get(seed);
        if (was) seeds[seed] = was;
        continue;
      }
      const list = rendered.get(seed);
      const summary = o.summaries.get(seed);
      if (!list || !summary) continue;
      seeds[seed] = { key, digest: digestOf(list.map((p) => { const text = o.files.get(p)!; return [p, Buffer.byteLength(text), sha256Bytes(text)]; })), ...summary };
    }
    const record: IncrementalRecord = { format: FORMAT, outDir: path.resolve(o.outDir), inventory: sha256Hex(o.inventoryText), context: o.context, seeds };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(record));
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
