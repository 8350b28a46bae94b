/**
 * The bad-input corpus: every case resolves without throwing and reports exactly the problems
 * expected — no more, no fewer — as construct path, field and error type.
 */
import { FleetInventory } from '../../lib/resolve/model';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { FleetSpec, NOW, buildFleet, errorKeys, inventoryOf, keys, openstackSpec, resolve, vsphereSpec } from '../fixtures/fleet';
import { CASES, CorpusCase } from './cases';

const BASES: Record<string, () => FleetSpec> = { openstack: openstackSpec, vsphere: vsphereSpec };

/** The inventory of the unchanged base fleet, resolved once per base. */
const inventories = new Map<string, FleetInventory>();
function baseInventory(base: string): FleetInventory {
  if (!inventories.has(base)) inventories.set(base, inventoryOf(resolveFleetOrThrow(buildFleet(undefined, BASES[base]).garden, { now: NOW })));
  return JSON.parse(JSON.stringify(inventories.get(base)));
}

function runCase(c: CorpusCase) {
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

describe('bad-input corpus', () => {
  it('has at least 110 cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(110);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it('starts from fixture fleets that are valid', () => {
    for (const base of Object.values(BASES)) expect(resolve(buildFleet(undefined, base)).errors).toEqual([]);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    let result: ReturnType<typeof runCase> | undefined;
    expect(() => { result = runCase(c); }).not.toThrow();
    expect(errorKeys(result!.errors)).toEqual(keys(...c.expected));
    expect(result!.fleet).toBeUndefined();
    // Every problem explains itself.
    for (const e of result!.errors) expect(e.detail.length).toBeGreaterThan(0);
  });
});
