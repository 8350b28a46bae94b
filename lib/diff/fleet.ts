/**
 * Diffing a fleet definition: render it in memory the way synth would — placements read from
 * the baseline's fleet.json, so nothing moves that synth would keep — and compare with the baseline.
 */
import { Garden } from '../model/garden';
import { ResolvedFleet } from '../resolve/model';
import { resolveFleetOrThrow } from '../resolve/fleet';
import { INVENTORY_FILE, parseInventory } from '../output/inventory';
import { serializeTree } from '../pipeline/synth';
import { renderFleet } from '../pipeline/render';
import { Baseline } from './baseline';
import { diffOutputs } from './engine';
import { FleetDiff } from './model';

/** Options of {@link diffFleet}. */
export interface DiffFleetOptions {
  /**
   * The moment expiry dates are compared with.
   * @default - now
   */
  readonly now?: Date;
}

/** The rendered output of a fleet (path → content), resolved against a baseline's inventory. */
export function renderAgainst(garden: Garden, baseline: Baseline, options: DiffFleetOptions = {}): { fleet: ResolvedFleet; files: Map<string, string> } {
  const previous = parseInventory(baseline.files.get(INVENTORY_FILE));
  const fleet = resolveFleetOrThrow(garden, { now: options.now, previous });
  return { fleet, files: serializeTree(fleet, renderFleet(fleet)) };
}

/** Renders `garden` and compares it with `baseline`. */
export function diffFleet(name: string, garden: Garden, baseline: Baseline, options: DiffFleetOptions = {}): FleetDiff {
  const { files } = renderAgainst(garden, baseline, options);
  return diffOutputs({ fleet: name, baseline: baseline.description, before: baseline.files, after: files });
}
