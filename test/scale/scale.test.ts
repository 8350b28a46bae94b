/**
 * Scale: a generated fleet of 1,000 shoots renders completely and deterministically.
 * No timing assertions here; `npm run bench` measures speed.
 */
import { createHash } from 'crypto';
import { generateFleet } from '../../bench/generator';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { serializeTree } from '../../lib/pipeline/synth';
import { renderFleet } from '../../lib/pipeline/render';
import { NOW } from '../support/fleets';

const N = 1000;

function synthInMemory(seed: number, shoots = N) {
  const fleet = resolveFleetOrThrow(generateFleet({ shoots, seed }), { now: NOW });
  const files = serializeTree(fleet, renderFleet(fleet));
  const digest = createHash('sha256');
  for (const [p, c] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) digest.update(p).update('\0').update(c).update('\0');
  return { fleet, files, digest: digest.digest('hex') };
}

describe(`a generated fleet of ${N} shoots`, () => {
  const first = synthInMemory(7);

  test('every shoot is placed, within seed and DataStore capacity', () => {
    expect(first.fleet.shoots).toHaveLength(N);
    expect(first.fleet.seeds.length).toBe(12);
    for (const seed of first.fleet.seeds) {
      expect(seed.shoots.length).toBeLessThanOrEqual(seed.capacity);
      for (const ds of seed.dataStores) expect(ds.shoots.length).toBeLessThanOrEqual(ds.capacity);
    }
    expect(first.fleet.seeds.reduce((n, s) => n + s.shoots.length, 0)).toBe(N);
  });

  test('renders the expected files for every shoot', () => {
    const paths = [...first.files.keys()];
    for (const shoot of first.fleet.shoots) {
      const dir = `seeds/${shoot.seed}/shoots/${shoot.key}`;
      expect(first.files.has(`${dir}/flux.yaml`)).toBe(true);
      expect(first.files.has(`${dir}/control-plane/control-plane.yaml`)).toBe(true);
    }
    expect(paths.filter((p) => p.endsWith('/flux.yaml'))).toHaveLength(N);
    expect(paths.filter((p) => /^seeds\/[^/]+\/kustomization\.yaml$/.test(p))).toHaveLength(first.fleet.seeds.length);
    expect(first.files.has('fleet.json')).toBe(true);
  });

  test('is deterministic: the same input renders byte-identical output', () => {
    expect(synthInMemory(7).digest).toBe(first.digest);
  });

  test('the digest tells fleets apart (a different generator seed gives a different fleet)', () => {
    expect(synthInMemory(7, 100).digest).toBe(synthInMemory(7, 100).digest);
    expect(synthInMemory(8, 100).digest).not.toBe(synthInMemory(7, 100).digest);
  });
});
