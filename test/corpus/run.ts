/**
 * Runs one case of the bad-input corpus (./cases): the base fixture fleet with the case's edit,
 * resolved against the base fleet's inventory as the case changes it. Shared by the corpus test
 * and the trust figures (test/support/trust-figures.ts).
 */
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { FleetInventory } from '../../lib/resolve/model';
import { FleetSpec, NOW, buildFleet, inventoryOf, openstackSpec, resolve, vsphereSpec } from '../fixtures/fleet';
import { CorpusCase } from './cases';

/** The fixture fleets a case starts from. */
export const BASES: Record<string, () => FleetSpec> = { openstack: openstackSpec, vsphere: vsphereSpec };

/** The inventory of the unchanged base fleet, resolved once per base (a copy each time). */
const inventories = new Map<string, FleetInventory>();
function baseInventory(base: string): FleetInventory {
  if (!inventories.has(base)) inventories.set(base, inventoryOf(resolveFleetOrThrow(buildFleet(undefined, BASES[base]).garden, { now: NOW })));
  return JSON.parse(JSON.stringify(inventories.get(base)));
}

/** Resolves the case's fleet: its errors, or its fleet when it (wrongly) resolves. */
export function runCase(c: CorpusCase): ReturnType<typeof resolve> {
  const base = c.base ?? 'openstack';
  const built = buildFleet(c.edit, BASES[base]);
  c.after?.(built);
  let previous: FleetInventory | undefined;
  if (c.previous) {
    previous = baseInventory(base);
    c.previous(previous as any);
  }
  return resolve(built, { previous });
}
