/**
 * The steps synth and validate share: resolve the fleet, render it seed by seed, and hand each
 * seed's manifests to the schema check on a second thread as soon as they are rendered, so that
 * the check runs while this thread renders the next seeds. What follows the rendering (synth
 * stages the files; validate only waits) runs before the check's verdict is awaited.
 */
import { checkControllerFlows } from './network-flows';
import { checkReadinessGates } from './readiness-gates';
import { checkArgoWaves } from './argo-waves';
import { checkGardenerRules } from './gardener-rules';
import { checkSecretReferences } from './secret-references';
import { checkNoSecretValues } from './no-secrets';
import { checkSeedControllers } from './seed-controllers';
import * as fs from 'fs';
import * as path from 'path';
import { RenderedTree } from '../core/manifest';
import { INVENTORY_FILE, parseInventory } from '../output/inventory';
import { SEEDS_DIR } from '../layout';
import { serializeFile } from '../output/serialize';
import { Garden } from '../model/garden';
import { ErrorType, FieldError, FieldWarning, FleetValidationError } from '../core/problems';
import { resolveFleet } from '../resolve/fleet';
import { FleetInventory, ResolvedFleet } from '../resolve/model';
import { SchemaCheckSession } from '../schema/parallel';
import { renderFleet } from './render';
import { count } from '../core/plural';
import { observeExpiryDates } from '../core/versions';
import { projectInventory } from './unchanged-run';

/** The schema set a rendered file is checked against: its seed's (`seeds/<seed>/…`), else the default. */
export function schemaSetOfFile(file: string, setOfSeed: ReadonlyMap<string, string>): string {
  const parts = file.split('/');
  return parts[0] === SEEDS_DIR && parts.length > 2 ? setOfSeed.get(parts[1]) ?? '' : '';
}

/** A warning reported as an error (`--strict`): Forbidden, its kind kept in the detail. */
export function warningAsError(w: FieldWarning): FieldError {
  return { path: w.path, field: w.field, type: ErrorType.FORBIDDEN, ...(w.value !== undefined ? { value: w.value } : {}), detail: `${w.type} (an error with --strict): ${w.detail}` };
}

/** Reads the previous inventory of an output directory, if any. */
export function readPreviousInventory(outDir: string) {
  const p = path.join(outDir, INVENTORY_FILE);
  return parseInventory(fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined);
}

/** Options of {@link runSteps}. */
export interface StepOptions {
  /** The moment expiry dates are compared with (default: now). */
  readonly now?: Date;
  /** The output folder whose inventory keeps earlier placements (default: none read). */
  readonly previousDir?: string;
  /**
   * The text of `previousDir`'s fleet.json as the caller read it (null: there was none), so that
   * the placements come from the very text the caller later checks is still there (synth, under
   * the output folder's lock). Default: read from `previousDir`.
   */
  readonly previousText?: string | null;
  /** What `previousText` says for the resolver, when the caller parsed it already (see readPreviousOutput). */
  readonly previousInventory?: FleetInventory;
  /** Render only these seeds (default: every seed). */
  readonly seeds?: string[];
  /** Folder holding the upstream schemas to check the manifests against (default: no check). */
  readonly schemas?: string;
  /** Where the schema check keeps its verdicts between runs (default: no cache). */
  readonly cacheDir?: string;
  /** Whose verdicts in `cacheDir` the run reads and adds to (default: the garden's name). */
  readonly cacheScope?: string;
  /** Called with each step as the run reaches it (default: none). */
  readonly onProgress?: (step: string) => void;
  /**
   * Serialize every rendered file while rendering (synth writes them all); otherwise only the
   * manifests whose text the verdict cache needs.
   */
  readonly serializeAll: boolean;
  /**
   * Called once the fleet is resolved: the seeds not to render (an incremental synth keeps their
   * files as they are; see ./incremental). Their files are neither rendered nor checked.
   * @default - every seed is rendered
   */
  readonly skipSeeds?: (fleet: ResolvedFleet) => { readonly seeds: ReadonlySet<string>; readonly files: number };
  /** Treat the fleet definition's warnings as errors (`--strict`): the run stops before anything is rendered. */
  readonly strict?: boolean;
}

/** A fleet resolved and rendered, its manifests handed to the schema check. */
export interface RenderedRun {
  /** The resolved fleet. */
  readonly fleet: ResolvedFleet;
  /** The fleet definition's warnings (they do not stop synth). */
  readonly warnings: FieldWarning[];
  /** The moment expiry dates were compared with. */
  readonly now: Date;
  /** What the resolver was given of the previous fleet.json (see unchanged-run `projectInventory`). */
  readonly previous: FleetInventory | undefined;
  /** The expiration dates the resolver compared with the moment (see core/versions `observeExpiryDates`). */
  readonly expiryDates: ReadonlySet<string>;
  /** The rendered tree, in render order. */
  readonly tree: RenderedTree;
  /** The files serialized while rendering, by path. */
  readonly texts: ReadonlyMap<string, string>;
  /** Waits for the schema check and returns its problems (none without `schemas`), then the controller flows the NetworkPolicies block. */
  verdict(): string[];
  /** The check's figures once {@link RenderedRun.verdict} returned (undefined without `schemas`). */
  counts(): { readonly files: number; readonly knownValid: number } | undefined;
}

/**
 * The step options of synth and validate, made in one place so that the two run the same checks
 * against the same baseline: the `fleet.json` of the output folder (`outDir`), the same moment,
 * schemas and verdict cache; they differ only in whether every file is serialized (synth writes
 * them all).
 */
export function stepOptions(o: { readonly now?: Date; readonly outDir?: string; readonly seeds?: string[]; readonly schemas?: string; readonly cacheDir?: string; readonly cacheScope?: string; readonly onProgress?: (step: string) => void; readonly strict?: boolean }, serializeAll: boolean): StepOptions {
  return { now: o.now, previousDir: o.outDir, seeds: o.seeds, schemas: o.schemas, cacheDir: o.cacheDir, cacheScope: o.cacheScope, onProgress: o.onProgress, serializeAll, strict: o.strict };
}

/**
 * Resolves and renders `garden`, checking its manifests on a second thread meanwhile, and calls
 * `then` with the result; the check is cancelled when `then` returns or throws.
 */
export function runSteps<T>(garden: Garden, options: StepOptions, then: (run: RenderedRun) => T): T {
  // Started first, so that the worker loads while this thread resolves the fleet.
  const session = options.schemas !== undefined
    ? new SchemaCheckSession(path.resolve(options.schemas), { cacheDir: options.cacheDir, scope: options.cacheScope ?? garden.name })
    : undefined;
  const step = options.onProgress ?? (() => undefined);
  try {
    step('resolving the fleet');
    // The resolver is given the parts of the previous fleet.json it reads, and nothing else (an
    // incremental synth compares exactly those: see ./unchanged-run).
    const previous = projectInventory(options.previousText !== undefined ? options.previousInventory ?? parseInventory(options.previousText ?? undefined)
      : options.previousDir !== undefined ? readPreviousInventory(options.previousDir) : undefined);
    const now = options.now ?? new Date();
    const { value: resolved, dates: expiryDates } = observeExpiryDates(() => resolveFleet(garden, { now, previous }));
    if (!resolved.fleet) throw new FleetValidationError(resolved.errors);
    if (options.strict && resolved.warnings.length > 0) throw new FleetValidationError(resolved.warnings.map(warningAsError));
    const fleet = resolved.fleet;
    const shard = options.seeds;
    if (shard) {
      const unknown = shard.filter((s) => !fleet.seeds.some((x) => x.name === s));
      if (unknown.length) throw new Error(`unknown seed${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (seeds: ${fleet.seeds.map((s) => s.name).join(', ')})`);
    }
    // Each seed's files are serialized as soon as they are rendered and go to the schema check
    // with their text (by which it knows the files an earlier run found valid).
    const texts = new Map<string, string>();
    const cached = options.cacheDir !== undefined;
    const skipped = options.skipSeeds?.(fleet);
    const skip = skipped?.seeds;
    // The kept seeds' files keep their verdicts in the cache (counted as checked by this run).
    if (skipped && skipped.files > 0) session?.keepVerdictsOf(skipped.files);
    const only = skip && skip.size > 0 ? (shard ?? fleet.seeds.map((s) => s.name)).filter((s) => !skip.has(s)) : shard;
    if (skip && skip.size > 0) step(`${count(skip.size, 'seed')} unchanged since the last synth: kept as written`);
    const seedCount = only ? only.length : fleet.seeds.length;
    let seedsRendered = 0;
    step(`rendering ${count(seedCount, 'seed')}`);
    // Each seed's objects are checked against the schemas of the component versions it declares.
    const setOfSeed = new Map(fleet.seeds.map((s) => [s.name, s.stack.schemaSet]));
    const tree = renderFleet(fleet, only, (part) => {
      // renderFleet hands over each seed's files, then garden/ (which belongs to no seed).
      if (seedsRendered < seedCount) step(`rendered ${seedsRendered += 1} of ${count(seedCount, 'seed')}`);
      for (const [p, f] of part) {
        const checked = session !== undefined && f.kind === 'manifests';
        const text = options.serializeAll || (checked && cached) ? serializeFile(f) : undefined;
        if (text !== undefined) texts.set(p, text);
        if (checked && f.kind === 'manifests') session.add(p, f.objects, text, schemaSetOfFile(p, setOfSeed));
      }
    });
    // Every Secret the seeds' objects read is rendered, made by a controller or a declared
    // prerequisite (renderFleet writes each seed's prerequisites.json).
    const secrets = checkSecretReferences(fleet, tree);
    return then({
      fleet,
      warnings: resolved.warnings,
      now,
      previous,
      expiryDates,
      tree,
      texts,
      // The schema check's problems, then the flows the rendered NetworkPolicies would block.
      // …then any secret value that reached the output (lib/pipeline/no-secrets).
      verdict: () => [...(session ? (step('waiting for the schema check'), session.finish()) : []), ...checkControllerFlows(fleet, tree), ...checkReadinessGates(fleet, tree), ...checkArgoWaves(fleet, tree), ...checkGardenerRules(tree), ...secrets.problems, ...checkSeedControllers(fleet, tree), ...checkNoSecretValues(tree)],
      counts: () => session?.counts,
    });
  } finally {
    session?.cancel();
  }
}
