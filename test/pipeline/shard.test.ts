/**
 * Sharded synth: `synth --seed <name>` renders one seed's part; the union of all shards equals
 * the full synth byte for byte, and a shard never touches other seeds' files.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthesize } from '../../lib/pipeline/synth';
import { listManagedFiles } from '../../lib/output/writer';
import { EXAMPLE_FLEETS, NOW } from '../support/fleets';

function read(dir: string): Map<string, string> {
  return new Map(listManagedFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

test.each(Object.keys(EXAMPLE_FLEETS))('%s: the union of the seed shards equals the full synth', (name) => {
  const full = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-full-'));
  const sharded = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-shards-'));
  const result = synthesize(EXAMPLE_FLEETS[name](), { outDir: full, now: NOW });
  for (const seed of result.fleet.seeds) {
    synthesize(EXAMPLE_FLEETS[name](), { outDir: sharded, now: NOW, seeds: [seed.name] });
  }
  expect(read(sharded)).toEqual(read(full));
});

test('a shard rewrites only its own seed and leaves the others alone', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-shard-'));
  synthesize(EXAMPLE_FLEETS.openstack(), { outDir: dir, now: NOW });
  const before = read(dir);
  const marker = path.join(dir, 'seeds', 'nord-1', 'kustomization.yaml');
  fs.writeFileSync(marker, 'edited by hand\n');
  const result = synthesize(EXAMPLE_FLEETS.openstack(), { outDir: dir, now: NOW, seeds: ['sued-1'] });
  expect(result.write.written).toEqual([]);
  expect(result.write.removed).toEqual([]);
  expect(fs.readFileSync(marker, 'utf8')).toBe('edited by hand\n');
  const repaired = synthesize(EXAMPLE_FLEETS.openstack(), { outDir: dir, now: NOW, seeds: ['nord-1'] });
  expect(repaired.write.written).toEqual(['seeds/nord-1/kustomization.yaml']);
  expect(read(dir)).toEqual(before);
});

test('an unknown seed is an error naming the seeds there are', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-shard-'));
  expect(() => synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW, seeds: ['nope'] })).toThrow('unknown seed: nope (seeds: muc-1, muc-2)');
});
