import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Garden } from '../../lib/garden/garden';
import { FleetValidationError } from '../../lib/core/errors';
import { canonical, toYaml } from '../../lib/output/serialize';
import { OutputCheckError, synthesize } from '../../lib/output/synth';
import { listManagedFiles, writeTree } from '../../lib/output/writer';
import { Shoot } from '../../lib/shoot/shoot';
import { EXAMPLE_FLEETS, NOW } from '../support/fleets';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-writer-'));
}

function snapshotDir(dir: string): Map<string, { content: string; mtimeMs: number }> {
  return new Map(listManagedFiles(dir).map((f) => {
    const p = path.join(dir, f);
    return [f, { content: fs.readFileSync(p, 'utf8'), mtimeMs: fs.statSync(p).mtimeMs }];
  }));
}

describe('serialization', () => {
  test('sorts map keys, keeps list order, drops undefined', () => {
    expect(JSON.stringify(canonical({ b: 1, a: [3, 1, { d: undefined, c: 2 }] }))).toBe('{"a":[3,1,{"c":2}],"b":1}');
  });

  test('YAML does not fold long lines and quotes scalars a YAML 1.1 or 1.2 reader could take for non-strings', () => {
    const long = 'x'.repeat(200);
    expect(toYaml({ s: long, y: 'yes', n: '0700', t: 'true' })).toBe(`"n": "0700"\ns: ${long}\nt: "true"\n"y": "yes"\n`);
  });
});

describe('synth output', () => {
  test.each(Object.keys(EXAMPLE_FLEETS))('%s: rendering twice gives byte-identical files', (name) => {
    const a = tmp();
    const b = tmp();
    synthesize(EXAMPLE_FLEETS[name](), { outDir: a, now: NOW });
    synthesize(EXAMPLE_FLEETS[name](), { outDir: b, now: NOW });
    const fa = snapshotDir(a);
    const fb = snapshotDir(b);
    expect([...fa.keys()]).toEqual([...fb.keys()]);
    for (const [f, v] of fa) expect(fb.get(f)!.content).toBe(v.content);
    expect(fa.size).toBeGreaterThan(20);
  });

  test('a no-op re-synth rewrites no file', () => {
    const dir = tmp();
    synthesize(EXAMPLE_FLEETS.openstack(), { outDir: dir, now: NOW });
    const before = snapshotDir(dir);
    const again = synthesize(EXAMPLE_FLEETS.openstack(), { outDir: dir, now: NOW });
    expect(again.write.written).toEqual([]);
    expect(again.write.removed).toEqual([]);
    expect(again.write.unchanged).toBe(before.size);
    for (const [f, v] of snapshotDir(dir)) expect(v.mtimeMs).toBe(before.get(f)!.mtimeMs);
  });

  test('a changed shoot rewrites only its own files (and the inventory)', () => {
    const dir = tmp();
    synthesize(EXAMPLE_FLEETS.openstack(), { outDir: dir, now: NOW });
    const garden = EXAMPLE_FLEETS.openstack();
    const ci = garden.shoots.find((s) => s.name === 'ci')!;
    (ci.props as any).kubernetesVersion = '1.34.1';
    const result = synthesize(garden, { outDir: dir, now: NOW });
    expect(result.write.written.filter((f) => f !== 'fleet.json').every((f) => f.includes('platform--ci'))).toBe(true);
    expect(result.write.written).toContain('fleet.json');
    expect(result.write.written).toContain('seeds/nord-1/shoots/platform--ci/control-plane/control-plane.yaml');
  });

  test('files of a removed shoot are deleted, with their folders', () => {
    const dir = tmp();
    synthesize(EXAMPLE_FLEETS.openstack(), { outDir: dir, now: NOW });
    const garden = EXAMPLE_FLEETS.openstack();
    const sandbox = garden.shoots.find((s) => s.name === 'sandbox')!;
    sandbox.node.scope!.node.tryRemoveChild(sandbox.node.id);
    const result = synthesize(garden, { outDir: dir, now: NOW });
    expect(result.write.removed.length).toBeGreaterThan(3);
    expect(result.write.removed.every((f) => f.includes('platform--sandbox'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'seeds/sued-1/shoots/platform--sandbox'))).toBe(false);
  });

  test('an invalid fleet leaves the previous output untouched', () => {
    const dir = tmp();
    synthesize(EXAMPLE_FLEETS.openstack(), { outDir: dir, now: NOW });
    const before = snapshotDir(dir);
    const garden = EXAMPLE_FLEETS.openstack();
    const prod = garden.shoots.find((s) => s.name === 'prod') as Shoot;
    prod.addWorkerPool('broken', { machineType: 'no-such-type', minimum: 5, maximum: 1 });
    expect(() => synthesize(garden, { outDir: dir, now: NOW })).toThrow(FleetValidationError);
    expect(snapshotDir(dir)).toEqual(before);
  });

  test('output that fails its checks leaves the previous output untouched', () => {
    const dir = tmp();
    synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW });
    const before = snapshotDir(dir);
    const garden: Garden = EXAMPLE_FLEETS.vsphere();
    (garden.shoots[0].props as any).labels = { changed: 'yes' };
    expect(() => synthesize(garden, { outDir: dir, now: NOW, check: () => ['seeds/x: broken on purpose'] })).toThrow(OutputCheckError);
    expect(snapshotDir(dir)).toEqual(before);
  });

  test('files outside the managed folders are left alone', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'README.md'), 'mine');
    synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW });
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('mine');
  });

  test('the writer refuses paths outside its folders', () => {
    expect(() => writeTree(tmp(), new Map([['../evil', 'x']]))).toThrow(/outside the managed output folders/);
    expect(() => writeTree(tmp(), new Map([['other/x', 'x']]))).toThrow(/outside the managed output folders/);
  });

  test('placements recorded in fleet.json survive a new shoot that would sort first', () => {
    const dir = tmp();
    const first = synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW });
    const placements = Object.fromEntries(first.fleet.shoots.map((s) => [s.key, `${s.seed}/${s.dataStore}`]));
    const garden = EXAMPLE_FLEETS.vsphere();
    const apps = garden.projects.find((p) => p.name === 'apps')!;
    const profile = garden.cloudProfiles[0];
    const shoot = new Shoot(apps, 'aaa', { cloudProfile: profile, region: 'dc-muc', kubernetesVersion: '1.33.5', networking: { nodes: '10.60.24.0/22', pods: '100.96.0.0/16', services: '100.64.0.0/16' } });
    shoot.addWorkerPool('worker', { machineType: 'medium', volume: { sizeGiB: 40 } });
    const second = synthesize(garden, { outDir: dir, now: NOW });
    for (const s of second.fleet.shoots) if (placements[s.key]) expect(`${s.seed}/${s.dataStore}`).toBe(placements[s.key]);
  });
});
