/**
 * One synth: resolve → render → serialize → check → write (the first steps shared with
 * validate, see ./steps). The output changes only if every
 * step before succeeded, so a failed synth leaves the previous output untouched.
 *
 * With `schemas`, the schema check runs on a second thread: each seed's files go to it as soon
 * as the seed is rendered, and this thread renders the next seeds, serializes and stages the
 * changed files (./writer) meanwhile; the staged files are moved into place only after the
 * check's verdict.
 */
import { FieldWarning } from '../core/problems';
import { inShard } from '../layout';
import { Garden } from '../model/garden';
import { ResolvedFleet } from '../resolve/model';
import { RenderedTree } from '../core/manifest';
import * as fs from 'fs';
import * as path from 'path';
import { buildInventory, INVENTORY_FILE, readPreviousOutput } from '../output/inventory';
import { serializeFile } from '../output/serialize';
import { OutputFolderError, recoverOutput, stageTree, WriteResult } from '../output/writer';
import { OutputCheckError } from './errors';
import { readPreviousInventory, RenderedRun, runSteps, stepOptions } from './steps';
import { modelFingerprint } from './fingerprint';
import { PARALLEL_FROM, TupleChecker } from '../output/stat-check';
import { foldersOf, projectInventory, RunRecord, runKey, sameProjection, treeRecord, unchangedRun, UnchangedRun } from './unchanged-run';
import { observeExpiryDates } from '../core/versions';
import { resolveFleet, resolveFleetOrThrow } from '../resolve/fleet';
import { FleetInventory } from '../resolve/model';
import { stableJson } from '../core/json';
import { sha256Hex } from '../core/hash';
import { gardenPrerequisitesFile, parseOutputPath } from '../layout/paths';
import { IncrementalRecord, planReuse, readClock, readRecord, Reuse, saveRecord, seedInputKeys, SeedSummary, seedSummaries, synthContext, forgetRecord } from './incremental';

export { OutputCheckError } from './errors';

/** Options of `Fleet.synth`. */
export interface SynthOptions {
  /**
   * Treat the fleet definition's warnings (a deprecated API the declared management stack uses, a
   * version about to expire, …) as errors: nothing is rendered or written while there are any.
   * @default false - warnings are reported and never fail
   */
  readonly strict?: boolean;
  /** Output directory (its managed folders are rewritten). */
  readonly outDir: string;
  /**
   * The moment expiry dates are compared with.
   * @default - now
   */
  readonly now?: Date;
  /**
   * Render only these seeds (a shard); other seeds' files are left as they are. Every shard
   * writes the same fleet.json and garden/, so the union of all shards equals a full synth.
   * @default - every seed
   */
  readonly seeds?: string[];
  /**
   * A check of the rendered tree before anything is written (e.g. schema validation with a
   * `SchemaRegistry` of your own, in this thread); returns problems, which abort the synth.
   * @default - none
   */
  readonly check?: (tree: RenderedTree, fleet: ResolvedFleet) => string[];
  /**
   * Folder holding the upstream schemas (`crds/`, as for `SchemaRegistry.load`) to check every
   * rendered Kubernetes object against, on a worker thread while this one renders and
   * serializes. Its problems are the lines `checkRenderedTree` reports, in the same order; they
   * abort the synth like those of `check` (and come before them).
   * @default - no schema check besides `check`
   */
  readonly schemas?: string;
  /**
   * Folder where the schema check keeps its verdicts between synths (`seedbed synth` uses
   * `node_modules/.cache/seedbed` of the platform repository): a file whose text an earlier synth
   * found valid is not checked again while the schemas and seedbed's check stay the same. Only
   * used with `schemas`.
   * @default - no cache: every file is checked
   */
  readonly cacheDir?: string;
  /**
   * Whose verdicts these are in `cacheDir`: a run reads only the verdicts recorded under its
   * scope and adds its own to them. `seedbed synth` and `validate` (and the cdk8s and cdktn apps)
   * pass the fleet file, so that two fleet files defining gardens of the same name never share
   * verdicts and a first run never counts another fleet's checks as its own.
   * @default - the garden's name
   */
  readonly cacheScope?: string;
  /**
   * Called with a short description of each step as the run reaches it (resolving, each seed
   * rendered, the schema check, writing), e.g. to draw a progress line.
   * @default - none
   */
  readonly onProgress?: (step: string) => void;
  /**
   * Take over the files under the output folder's managed entries (`fleet.json`, `garden/`,
   * `seeds/`, `terraform/`) that the previous `fleet.json` does not list as seedbed's: the
   * rendered ones are overwritten, the others removed. Without it, a synth into a folder holding
   * such files fails, listing them, and writes nothing.
   * @default false
   */
  readonly adopt?: boolean;
  /**
   * Allow a synth that removes every shoot the previous `fleet.json` lists (an empty garden, or
   * every shoot renamed). Without it, such a synth fails and writes nothing.
   * @default false
   */
  readonly allowEmpty?: boolean;
  /**
   * Keep the files of every seed whose inputs are the same as when this machine last synthesized
   * into `outDir`, instead of rendering and checking them again (see pipeline/incremental: what
   * the inputs are, and why the record of that synth is kept in `cacheDir`, not in the output).
   * The output is byte-identical to a full render. Needs `cacheDir`; without it, or with `check`,
   * `adopt` or `seeds`, every seed is rendered. `seedbed synth` sets it unless `--no-cache`.
   * @default false
   */
  readonly incremental?: boolean;
}

/** What a synth produced. */
export interface SynthResult {
  /** The resolved fleet the output was rendered from. */
  readonly fleet: ResolvedFleet;
  /** The fleet definition's warnings (a version expiring soon, …): reported, not fatal. */
  readonly warnings: FieldWarning[];
  /** The rendered tree (objects per output file), before serialization. */
  readonly tree: RenderedTree;
  /** Every output file's content (YAML, JSON, `fleet.json`), keyed by its path relative to the output folder. */
  readonly files: Map<string, string>;
  /** What writing did: files written, left unchanged and removed. */
  readonly write: WriteResult;
  /**
   * The schema check's figures (with `schemas`): manifests files checked, and how many of them
   * were not checked again because an earlier synth found the same text valid (`cacheDir`).
   */
  readonly schemaCheck?: { readonly files: number; readonly knownValid: number };
  /**
   * With `incremental`: the seeds whose files were kept as they were on disk (not rendered nor
   * checked again; `tree` and `files` do not hold their files). Empty otherwise.
   */
  readonly reusedSeeds: readonly string[];
  /** How many files of the reused seeds were kept (the output holds `files.size + reusedFiles` files). */
  readonly reusedFiles: number;
  /** Per seed of the synth (rendered or reused), in the fleet's order: its shoots, objects, Terraform stacks and prerequisites. */
  readonly seedSummaries: ReadonlyMap<string, SeedSummary>;
  /** Entries of `garden/prerequisites.json`: the Secrets to provide before the garden's GitOps engine reconciles. */
  readonly gardenPrerequisites: number;
  /**
   * True when the synth was skipped as a whole (with `incremental`): the fleet definition,
   * seedbed, the schemas and the output folder are as the last synth on this machine left them
   * (see pipeline/unchanged-run). Nothing was resolved, rendered, checked or written; `tree` and
   * `files` are empty, every seed is reused, the warnings and figures are the last synth's, and
   * `fleet` is resolved when first read.
   */
  readonly unchanged: boolean;
}

/**
 * Serializes a rendered tree (plus the inventory) to file contents; `serialized` holds contents
 * already serialized (by path), which are taken as they are.
 */
export function serializeTree(fleet: ResolvedFleet, tree: RenderedTree, withInventory = true, serialized?: ReadonlyMap<string, string>, owned?: readonly string[],
  onInventory?: (inventory: unknown) => void): Map<string, string> {
  const files = new Map<string, string>();
  for (const [p, f] of tree) files.set(p, serialized?.get(p) ?? serializeFile(f));
  if (withInventory) {
    // The files seedbed owns: those rendered (with a shard, plus the other shards' recorded ones).
    const inventory = buildInventory(fleet, owned ?? [...tree.keys()].filter((p) => p !== INVENTORY_FILE));
    onInventory?.(inventory);
    files.set(INVENTORY_FILE, serializeFile({ kind: 'json', value: inventory }));
  }
  return files;
}

/**
 * Synthesizes a fleet into `options.outDir`. Throws, with the output folder as it was, when the
 * fleet or the output has problems (files staged meanwhile are dropped), or when another synth is
 * writing into the folder.
 */
export function synth(garden: Garden, options: SynthOptions): SynthResult {
  // Incremental: only with a cache folder (where the record of the last synth is kept) and
  // options whose effect on the output the record captures.
  const cacheDir = options.cacheDir;
  const incremental = options.incremental === true && cacheDir !== undefined && !options.check && !options.adopt && !options.seeds;
  // The file system's clock before any file is looked at: a kept file's stats are trusted only
  // when it is older than this (see pipeline/incremental).
  const clock = incremental ? readClock(cacheDir) : undefined;
  // A commit into the folder that was interrupted is completed before fleet.json is read.
  recoverOutput(options.outDir);
  let context: string | undefined;
  const contextOf = () => (context ??= synthContext(options.schemas, cacheDir as string));
  const now = options.now ?? new Date();
  // The whole-run short cut (./unchanged-run): the fleet as constructed, before anything reads it.
  const fingerprint = incremental ? modelFingerprint(garden) : undefined;
  let staleTree = false;
  // Read once, for the short cut and for the seeds to keep (fleet.json is checked against it there).
  const recordRead = incremental ? readRecord(cacheDir, options.outDir) ?? null : undefined;
  if (incremental && fingerprint !== undefined && recordRead) {
    options.onProgress?.('looking for changes since the last synth');
    const checker = new TupleChecker(tuplesOf(recordRead) >= PARALLEL_FROM);
    let same: UnchangedRun | undefined;
    try {
      same = unchangedRun({ outDir: options.outDir, context: contextOf, strict: options.strict === true, now, clock, fingerprint, onStale: () => { staleTree = true; }, checker, record: recordRead });
    } finally {
      checker.close();
    }
    if (same) return unchangedResult(garden, options.outDir, now, same, options.schemas !== undefined);
  }
  // Read once, before the lock (rendering may take long); the writer checks under the lock that
  // it is still the same text, so ownership and placements never come from a stale inventory.
  const inventoryFile = path.join(options.outDir, INVENTORY_FILE);
  const previousText = fs.existsSync(inventoryFile) ? fs.readFileSync(inventoryFile, 'utf8') : null;
  const { ownership: previous, inventory: previousInventory } = readPreviousOutput(previousText ?? undefined);
  let reuse: Reuse = { seeds: new Map(), files: new Set() };
  let keys: Map<string, string> | undefined;
  const skipSeeds = incremental ? (fleet: ResolvedFleet) => {
    keys = seedInputKeys(fleet);
    options.onProgress?.('verifying the files of unchanged seeds');
    reuse = planReuse(fleet, keys, { outDir: options.outDir, cacheDir, context: contextOf(), inventoryText: previousText, owned: previous.owned, clock, checker: reuseChecker, record: recordRead });
    return { seeds: new Set(reuse.seeds.keys()), files: reuse.files.size };
  } : undefined;
  // Started now, so that its thread is up when the kept files are checked (after resolving).
  const reuseChecker = incremental ? new TupleChecker(previous.owned.length >= PARALLEL_FROM) : undefined;
  // The folders the writer lists, with their stats (kept in the record for the short cut).
  const scanFolders = incremental && fingerprint !== undefined ? new Map<string, string>() : undefined;
  try {
    return runSteps(garden, { ...stepOptions({ ...options, now }, true), previousText, previousInventory, skipSeeds }, (run) => {
      const shard = options.seeds;
      const rendered = new Set(run.fleet.shoots.map((s) => s.key));
      if (previous.shoots.length > 0 && !previous.shoots.some((k) => rendered.has(k)) && !options.allowEmpty) {
        throw new OutputFolderError(`${path.resolve(options.outDir)}: refusing to remove every shoot: ${INVENTORY_FILE} lists ${previous.shoots.length} `
          + `(${previous.shoots.slice(0, 10).join(', ')}${previous.shoots.length > 10 ? ', …' : ''}) and the fleet renders `
          + `${rendered.size === 0 ? 'no shoot' : `none of them (only ${[...rendered].slice(0, 10).join(', ')})`}; if that is meant, pass --allow-empty (allowEmpty)`);
      }
      // With a shard, the other shards' files stay recorded as seedbed's.
      const owned = shard
        ? [...new Set([...previous.owned.filter((p) => p !== INVENTORY_FILE && !inShard(shard, p)), ...[...run.tree.keys()].filter((p) => p !== INVENTORY_FILE)])]
        : reuse.files.size > 0 ? [...[...run.tree.keys()].filter((p) => p !== INVENTORY_FILE), ...reuse.files] : undefined;
      options.onProgress?.('staging the files');
      let inventoryObject: unknown;
      const files = serializeTree(run.fleet, run.tree, true, run.texts, owned, (inventory) => { inventoryObject = inventory; });
      // Staged while the check thread may still be at work; committed only once every check passed.
      const staged = stageTree(options.outDir, files, {
        scope: shard ? (p) => inShard(shard, p) : undefined,
        owned: previous.owned,
        adopt: options.adopt,
        keep: reuse.files.size > 0 ? reuse.files : undefined,
        readBefore: { path: INVENTORY_FILE, text: previousText },
        scanFolders,
        knownFolders: reuse.knownFolders ? { entries: foldersOf(previous.owned), tuples: reuse.knownFolders } : undefined,
      });
      try {
        const problems = run.verdict();
        if (options.check) problems.push(...options.check(run.tree, run.fleet));
        if (problems.length > 0) throw new OutputCheckError(problems);
        options.onProgress?.('writing');
        // The record of the last synth no longer holds once this one starts committing (unless the
        // commit changes nothing).
        const unchanged = staged.plan.written.length === 0 && staged.plan.removed.length === 0;
        if (incremental && !unchanged) forgetRecord(cacheDir, options.outDir);
        const write = staged.commit();
        const counts = run.counts();
        const rendered = seedSummaries(run.tree);
        const summaries = new Map<string, SeedSummary>();
        for (const seed of run.fleet.seeds) {
          const summary = reuse.seeds.get(seed.name) ?? rendered.get(seed.name);
          if (summary) summaries.set(seed.name, { ...summary, shoots: seed.shoots.length });
        }
        const gardenList = run.tree.get(gardenPrerequisitesFile());
        const gardenPrerequisites = gardenList?.kind === 'json' ? (gardenList.value as { prerequisites: unknown[] }).prerequisites.length : 0;
        if (incremental && keys && context !== undefined) {
          const inventoryText = files.get(INVENTORY_FILE)!;
          // The short cut is recorded by every synth: a look at the folders the commit wrote into
          // (see treeRecord `touched`), and at the parts of fleet.json the resolver reads.
          const runRecord = fingerprint !== undefined && clock !== undefined
            ? recordOfRun(garden, run, { context, strict: options.strict === true, fingerprint, previousText, inventoryText, inventoryObject, gardenPrerequisites,
              checked: counts?.files, files: files.size + reuse.files.size })
            : undefined;
          saveRecord({
            outDir: options.outDir, cacheDir, context, inventoryText, keys, files, reuse, summaries, clock, unchanged, run: runRecord, staleTree,
            tree: (after) => treeRecord({
              outDir: options.outDir, all: [...files.keys(), ...reuse.files], nonSeed: new Map([...files].filter(([p]) => parseOutputPath(p).seed === undefined)),
              scanned: scanFolders, start: clock!, after, touched: new Set(foldersOf([...write.written, ...write.removed]).keys()),
            }),
          });
        }
        return {
          fleet: run.fleet, warnings: run.warnings, tree: run.tree, files, write, ...(counts ? { schemaCheck: counts } : {}),
          reusedSeeds: [...reuse.seeds.keys()], reusedFiles: reuse.files.size, seedSummaries: summaries, gardenPrerequisites, unchanged: false,
        };
      } finally {
        staged.abort();
      }
    });
  } finally {
    reuseChecker?.close();
  }
}

/**
 * The run section of the record a committed incremental synth makes (see ./unchanged-run), or
 * undefined when resolving against the fleet.json it wrote might give another fleet than it
 * rendered and that cannot be ruled out: it read that same fleet.json; or the parts the resolver
 * reads are the same in the one it read and the one it wrote; or (a first synth, a moved shoot, a
 * version change) resolving again against the written one gives the same resolved fleet, warnings
 * and expiration dates.
 */
function recordOfRun(garden: Garden, run: RenderedRun, o: {
  readonly context: string; readonly strict: boolean; readonly fingerprint: string; readonly previousText: string | null; readonly inventoryText: string;
  readonly inventoryObject: unknown; readonly gardenPrerequisites: number; readonly checked?: number; readonly files: number;
}): RunRecord | undefined {
  let dates: ReadonlySet<string> = run.expiryDates;
  if (o.previousText !== o.inventoryText) {
    const written = projectInventory(o.inventoryObject as FleetInventory);
    if (!sameProjection(run.previous, written)) {
      const again = observeExpiryDates(() => resolveFleet(garden, { now: run.now, previous: written }));
      if (!again.value.fleet || stableJson(again.value.fleet) !== stableJson(run.fleet) || stableJson(again.value.warnings) !== stableJson(run.warnings)
        || stableJson([...again.dates].sort()) !== stableJson([...run.expiryDates].sort())) return undefined;
      dates = again.dates;
    }
  }
  return {
    key: runKey({ context: o.context, strict: o.strict, fingerprint: o.fingerprint, dates, now: run.now }),
    inventory: sha256Hex(o.inventoryText), dates: [...dates].sort(), warnings: run.warnings, seeds: run.fleet.seeds.map((s) => s.name),
    gardenPrerequisites: o.gardenPrerequisites, ...(o.checked !== undefined ? { checked: o.checked } : {}), files: o.files,
  };
}

/** How many stat tuples a record holds (its folders' and files'). */
function tuplesOf(record: IncrementalRecord): number {
  return (record.tree?.folders.length ?? 0) + (record.tree?.files.length ?? 0) + Object.values(record.seeds).reduce((n, seed) => n + (seed.paths?.length ?? 0), 0);
}

/** The result of a synth skipped as a whole: the record's figures; the fleet resolved when first read. */
function unchangedResult(garden: Garden, outDir: string, now: Date, same: UnchangedRun, checked: boolean): SynthResult {
  let fleet: ResolvedFleet | undefined;
  const result = {
    warnings: same.run.warnings, tree: new Map() as RenderedTree, files: new Map<string, string>(),
    write: { written: [], unchanged: same.reusedFiles, removed: [] },
    ...(checked && same.run.checked !== undefined ? { schemaCheck: { files: same.run.checked, knownValid: same.run.checked } } : {}),
    reusedSeeds: [...same.run.seeds], reusedFiles: same.reusedFiles, seedSummaries: same.summaries, gardenPrerequisites: same.run.gardenPrerequisites, unchanged: true,
  };
  Object.defineProperty(result, 'fleet', {
    enumerable: true,
    get: () => (fleet ??= resolveFleetOrThrow(garden, { now, previous: projectInventory(readPreviousInventory(outDir)) })),
  });
  return result as unknown as SynthResult;
}

/**
 * The former name of `Fleet.synth`.
 * @deprecated use `synth`
 */
export const synthesize = synth;
