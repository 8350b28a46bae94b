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
import { StackComponent, retargetStack } from '../core/stack';

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

/**
 * What upgrading the management stack of some seeds renders: the fleet rendered with the seeds'
 * current stacks, against the same fleet with `target` versions on the named seeds
 * ({@link retargetStack}), compared by the engine `seedbed diff` uses. Both renders are of the same
 * resolved fleet (the same placements), so only the stack switch shows.
 */
export function diffStackUpgrade(
  name: string, fleet: ResolvedFleet, target: Partial<{ readonly [C in StackComponent]: string }>, seeds: readonly string[],
): FleetDiff {
  const before = serializeTree(fleet, renderFleet(fleet));
  const upgraded: ResolvedFleet = { ...fleet, seeds: fleet.seeds.map((s) => (seeds.includes(s.name) ? { ...s, stack: retargetStack(s.stack, target) } : s)) };
  const after = serializeTree(upgraded, renderFleet(upgraded));
  return diffOutputs({ fleet: name, baseline: 'the current stack', before, after });
}
