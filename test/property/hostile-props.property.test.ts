/**
 * Hostile props (issue 17): any prop of the fixture fleets — at any depth, in any construct —
 * replaced with a value of another type (a string for a boolean or a list, a number for a
 * name, NaN, Infinity, 1e308, null, a BigInt, a symbol, a function, an object that refers to
 * itself, a list for an object) never crashes resolution or rendering with an internal error:
 * the fleet either resolves and renders, or every problem comes back as a field error against
 * a construct path. Seeded, so a failure is reproducible.
 */
import fc from 'fast-check';
import { renderFleet } from '../../lib/pipeline/render';
import { FleetSpec, buildFleet, openstackSpec, resolve, vsphereSpec } from '../fixtures/fleet';

const SEED = 20261207;
const RUNS = 300;

/** A value that refers to itself. */
const cyclic = () => {
  const o: Record<string, unknown> = { name: 'x' };
  o.self = o;
  return o;
};

const HOSTILE: ReadonlyArray<() => unknown> = [
  () => 'no', () => 'false', () => '', () => '${file("/etc/passwd")}', () => 42, () => 0, () => -1, () => 1e308,
  () => Number.NaN, () => Infinity, () => null, () => true, () => BigInt(1), () => Symbol('s'), () => () => 1,
  () => [], () => ['a'], () => ({}), () => ({ unexpected: 1 }), cyclic,
];

/** Every place in the spec's props a value sits: [the object holding it, its key], depth first. */
function places(spec: FleetSpec): Array<[Record<string, unknown> | unknown[], string | number]> {
  const out: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (o: unknown, depth: number) => {
    if (depth > 8 || o === null || typeof o !== 'object') return;
    // Constructs and class instances (IntOrPercent, ServiceSource) are values here, not trees.
    if (!Array.isArray(o) && Object.getPrototypeOf(o) !== Object.prototype) return;
    for (const [k, v] of Object.entries(o)) {
      out.push([o as Record<string, unknown>, Array.isArray(o) ? Number(k) : k]);
      walk(v, depth + 1);
    }
  };
  walk(spec.garden, 0);
  for (const p of spec.profiles) walk(p.props, 0);
  for (const s of spec.seeds) {
    walk(s.props, 0);
    for (const d of s.dataStores) walk(d.props, 0);
  }
  for (const p of spec.projects) walk(p.props, 0);
  for (const s of spec.shoots) {
    walk(s.props, 0);
    for (const p of s.pools) walk(p.props, 0);
  }
  return out;
}

const BASES = [openstackSpec, vsphereSpec];

test('no hostile prop crashes resolution or rendering', () => {
  let resolved = 0;
  let refused = 0;
  fc.assert(fc.property(
    fc.integer({ min: 0, max: BASES.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: HOSTILE.length - 1 })), { minLength: 1, maxLength: 3 }),
    (base, edits) => {
      const built = buildFleet((spec) => {
        const all = places(spec);
        for (const [at, value] of edits) {
          const [holder, key] = all[at % all.length];
          (holder as any)[key] = HOSTILE[value]();
        }
      }, BASES[base]);
      const result = resolve(built);
      if (result.fleet) {
        renderFleet(result.fleet);
        resolved++;
      } else {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(e.path).toMatch(/^(fleet|corp)(\/|$)/);
          expect(e.field.length).toBeGreaterThan(0);
          expect(e.detail.length).toBeGreaterThan(0);
        }
        refused++;
      }
    },
  ), { seed: SEED, numRuns: RUNS });
  // Most hostile values are refused; a few land where any value is fine (a description, a label value that is a string).
  expect(refused).toBeGreaterThan(RUNS / 2);
  expect(resolved + refused).toBe(RUNS);
});
