/**
 * An example fleet's output, and its output after a mutation, diffed (placements kept from the
 * first, as synth keeps them).
 */
import { diffOutputs } from '../../lib/diff/engine';
import { FleetDiff } from '../../lib/diff/model';
import { INVENTORY_FILE, parseInventory } from '../../lib/output/inventory';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { serializeTree } from '../../lib/pipeline/synth';
import { renderFleet } from '../../lib/pipeline/render';
import { EXAMPLE_FLEETS, NOW, renderExample } from '../support/fleets';
import { Mutation } from './mutations';

const baselines = new Map<string, Map<string, string>>();

/** The example fleet's output, and the output after `mutation`, diffed. */
export function diffMutation(name: string, mutation: Mutation): { diff: FleetDiff; before: Map<string, string>; after: Map<string, string> } {
  let before = baselines.get(name);
  if (!before) {
    const { fleet, tree } = renderExample(name);
    before = serializeTree(fleet, tree);
    baselines.set(name, before);
  }
  const garden = EXAMPLE_FLEETS[name]();
  mutation.apply(garden);
  const fleet = resolveFleetOrThrow(garden, { now: NOW, previous: parseInventory(before.get(INVENTORY_FILE)) });
  const after = serializeTree(fleet, renderFleet(fleet));
  return { diff: diffOutputs({ fleet: name, baseline: 'baseline', before, after }), before, after };
}

