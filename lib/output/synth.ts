/**
 * One synth: resolve → render → serialize → check → write. Nothing is written unless every
 * step before succeeded, so a failed synth leaves the previous output untouched.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Garden } from '../garden/garden';
import { ResolvedFleet } from '../garden/model';
import { resolveFleetOrThrow } from '../garden/resolve';
import { renderFleet } from '../render/fleet';
import { RenderedTree } from '../render/manifest';
import { buildInventory, INVENTORY_FILE, parseInventory } from './inventory';
import { serializeFile } from './serialize';
import { WriteResult, writeTree } from './writer';

/** Options of {@link synthesize}. */
export interface SynthOptions {
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
   * A check of the rendered tree before anything is written (e.g. schema validation);
   * returns problems, which abort the synth.
   * @default - none
   */
  readonly check?: (tree: RenderedTree, fleet: ResolvedFleet) => string[];
}

/** What a synth produced. */
export interface SynthResult {
  readonly fleet: ResolvedFleet;
  readonly tree: RenderedTree;
  readonly files: Map<string, string>;
  readonly write: WriteResult;
}

/** Raised when the rendered output fails its checks; nothing was written. */
export class OutputCheckError extends Error {
  constructor(public readonly problems: string[]) {
    super(`the rendered output has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'OutputCheckError';
  }
}

/** Serializes a rendered tree (plus the inventory) to file contents. */
export function serializeTree(fleet: ResolvedFleet, tree: RenderedTree, withInventory = true): Map<string, string> {
  const files = new Map<string, string>();
  for (const [p, f] of tree) files.set(p, serializeFile(f));
  if (withInventory) {
    const inventory = buildInventory(fleet);
    files.set(INVENTORY_FILE, serializeFile({ kind: 'json', value: inventory }));
  }
  return files;
}

/** Reads the previous inventory of an output directory, if any. */
export function readPreviousInventory(outDir: string) {
  const p = path.join(outDir, INVENTORY_FILE);
  return parseInventory(fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined);
}

/** Synthesizes a fleet into `options.outDir`. Throws before writing anything when the fleet or the output has problems. */
export function synthesize(garden: Garden, options: SynthOptions): SynthResult {
  const previous = readPreviousInventory(options.outDir);
  const fleet = resolveFleetOrThrow(garden, { now: options.now, previous });
  const shard = options.seeds;
  if (shard) {
    const unknown = shard.filter((s) => !fleet.seeds.some((x) => x.name === s));
    if (unknown.length) throw new Error(`unknown seed${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (seeds: ${fleet.seeds.map((s) => s.name).join(', ')})`);
  }
  const tree = renderFleet(fleet, shard);
  const problems = options.check ? options.check(tree, fleet) : [];
  if (problems.length > 0) throw new OutputCheckError(problems);
  const files = serializeTree(fleet, tree);
  const inShard = (p: string) => !!shard && (p === INVENTORY_FILE || p.startsWith('garden/')
    || shard.some((s) => p.startsWith(`seeds/${s}/`) || p.startsWith(`terraform/${s}/`)));
  const write = writeTree(options.outDir, files, { scope: shard ? inShard : undefined });
  return { fleet, tree, files, write };
}
