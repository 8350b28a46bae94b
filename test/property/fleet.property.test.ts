/**
 * Property-based tests over whole fleets (fast-check, fixed seed): random valid fleets resolve
 * clean with every shoot placed; any single mutation from the catalogue gives at least one
 * error and never an exception; resolution is deterministic.
 */
import fc from 'fast-check';
import { ResolveResult } from '../../lib/resolve/fleet';
import { FleetSpec, construct, errorKeys, plainFleet, resolve } from '../fixtures/fleet';
import { MUTATIONS, cloneSpec, mutatedFleet, validFleet } from './arbitraries';

const SEED = 20261125;
const RUNS = 100;

/** Builds a fresh copy of the spec (specs hold class instances, so copy by rebuilding from the arbitrary's value). */
function resolveSpec(spec: FleetSpec): ResolveResult {
  return resolve(construct(spec));
}

const describeErrors = (r: ResolveResult) => r.errors.map((e) => `${e.path} ${e.field}: ${e.type}: ${e.detail}`).join('\n');

describe('fleet properties', () => {
  it('random valid fleets resolve with zero errors and every shoot placed on a seed of its provider, with a DataStore', () => {
    fc.assert(fc.property(validFleet(), (spec) => {
      const result = resolveSpec(spec);
      if (result.errors.length > 0) throw new Error(`expected no errors, got:\n${describeErrors(result)}`);
      const fleet = result.fleet!;
      expect(fleet.shoots).toHaveLength(spec.shoots.length);
      const seeds = new Map(fleet.seeds.map((s) => [s.name, s]));
      for (const shoot of fleet.shoots) {
        const seed = seeds.get(shoot.seed);
        expect(seed).toBeDefined();
        expect(seed!.provider).toBe(shoot.provider);
        expect(seed!.shoots).toContain(shoot.key);
        expect(seed!.dataStores.find((d) => d.name === shoot.dataStore)?.shoots).toContain(shoot.key);
        for (const pool of shoot.workers) {
          expect(pool.minimum).toBeLessThanOrEqual(pool.maximum);
          expect(pool.zoneShares.reduce((sum, z) => sum + z.maximum, 0)).toBe(pool.maximum);
          expect(pool.image.version).not.toBe('');
        }
      }
      for (const seed of fleet.seeds) expect(seed.shoots.length).toBeLessThanOrEqual(seed.capacity);
    }), { seed: SEED, numRuns: RUNS });
  });

  it('a single mutation of a valid fleet gives at least one error and never throws', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(mutatedFleet(), ({ spec, mutation }) => {
      seen.add(mutation);
      let result: ResolveResult | undefined;
      expect(() => { result = resolveSpec(spec); }).not.toThrow();
      if (result!.errors.length === 0) throw new Error(`mutation "${mutation}" gave no error`);
      expect(result!.fleet).toBeUndefined();
    }), { seed: SEED, numRuns: RUNS * 2 });
    // The runs exercise most of the catalogue.
    expect(seen.size).toBeGreaterThan(MUTATIONS.length * 0.6);
  });

  it('every mutation of the catalogue gives an error on the same valid fleet', () => {
    fc.assert(fc.property(validFleet(), fc.nat(), (spec, target) => {
      for (const m of MUTATIONS) {
        const copy = cloneSpec(spec);
        m.apply(copy, target);
        const result = resolveSpec(copy);
        if (result.errors.length === 0) throw new Error(`mutation "${m.name}" gave no error`);
      }
    }), { seed: SEED, numRuns: 20 });
  });

  it('resolution is deterministic: the same input gives deep-equal output, placements included', () => {
    fc.assert(fc.property(fc.oneof(validFleet(), mutatedFleet().map((m) => m.spec)), (spec) => {
      const a = resolveSpec(spec);
      const b = resolveSpec(spec);
      expect(errorKeys(b.errors)).toEqual(errorKeys(a.errors));
      expect(b.errors).toEqual(a.errors);
      expect(plainFleet(b.fleet)).toEqual(plainFleet(a.fleet));
      if (a.fleet) expect(b.fleet!.shoots.map((s) => [s.key, s.seed, s.dataStore])).toEqual(a.fleet.shoots.map((s) => [s.key, s.seed, s.dataStore]));
    }), { seed: SEED, numRuns: RUNS });
  });

  it('the order shoots are declared in does not change placements', () => {
    fc.assert(fc.property(validFleet(), (spec) => {
      const a = resolveSpec(spec);
      const reversed = cloneSpec(spec);
      reversed.shoots.reverse();
      reversed.projects.reverse();
      const b = resolveSpec(reversed);
      expect(b.errors).toEqual([]);
      expect(b.fleet!.shoots.map((s) => [s.key, s.seed, s.dataStore])).toEqual(a.fleet!.shoots.map((s) => [s.key, s.seed, s.dataStore]));
    }), { seed: SEED, numRuns: RUNS });
  });
});
