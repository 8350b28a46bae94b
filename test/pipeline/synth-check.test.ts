/**
 * A synth with `schemas` (the schema check on a second thread, fed seed by seed) renders the
 * same tree, in the same order, as renderFleet, and writes the same files as a synth without it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthesize } from '../../lib/pipeline/synth';
import { renderFleet } from '../../lib/pipeline/render';
import { defaultSharedDir } from '../../lib/schema/paths';
import { EXAMPLE_FLEETS, NOW } from '../support/fleets';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-synth-check-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each(Object.keys(EXAMPLE_FLEETS))('%s: same tree and files with the schema check on a second thread', (name) => {
  const checked = synthesize(EXAMPLE_FLEETS[name](), { outDir: path.join(dir, 'a'), now: NOW, schemas: defaultSharedDir() });
  const plain = synthesize(EXAMPLE_FLEETS[name](), { outDir: path.join(dir, 'b'), now: NOW });
  expect([...checked.tree.keys()]).toEqual([...renderFleet(checked.fleet).keys()]);
  expect(checked.tree).toEqual(renderFleet(checked.fleet));
  // Each seed's list, and the garden side's when the fleet has one (Gardener shoots or multi-cluster hubs).
  const garden = [...checked.tree.keys()].some((p) => p.startsWith('garden/')) ? ['garden/prerequisites.json'] : [];
  expect([...checked.tree.keys()].filter((p) => p.endsWith('/prerequisites.json'))).toEqual([...checked.fleet.seeds.map((s) => `seeds/${s.name}/prerequisites.json`), ...garden]);
  expect([...checked.files.entries()]).toEqual([...plain.files.entries()]);
});

test('a shard with the schema check renders only its seeds', () => {
  const full = synthesize(EXAMPLE_FLEETS.openstack(), { outDir: path.join(dir, 'a'), now: NOW });
  const seed = full.fleet.seeds[0].name;
  const shard = synthesize(EXAMPLE_FLEETS.openstack(), { outDir: path.join(dir, 'b'), now: NOW, seeds: [seed], schemas: defaultSharedDir() });
  expect([...shard.tree.keys()]).toEqual([...renderFleet(shard.fleet, [seed]).keys()]);
  expect(shard.tree.has(`seeds/${seed}/prerequisites.json`)).toBe(true);
});

test('a schema folder without crds/ fails before anything is written', () => {
  const out = path.join(dir, 'out');
  expect(() => synthesize(EXAMPLE_FLEETS.openstack(), { outDir: out, now: NOW, schemas: dir })).toThrow(`no crds/ folder in ${dir}`);
  expect(fs.existsSync(out)).toBe(false);
});
