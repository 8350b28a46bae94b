import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Garden } from '../../lib/model/garden';
import { FleetValidationError } from '../../lib/core/problems';
import { canonical, toYaml } from '../../lib/output/serialize';
import { OutputCheckError, synthesize } from '../../lib/pipeline/synth';
import { listManagedFiles, LOCK_FILE, OutputFolderError, STAGING_PREFIX, stageTree, writeTree } from '../../lib/output/writer';
import { Shoot } from '../../lib/model/shoot';
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
    const entries = fs.readdirSync(dir).sort();
    expect(() => synthesize(garden, { outDir: dir, now: NOW, check: () => ['seeds/x: broken on purpose'] })).toThrow(OutputCheckError);
    expect(snapshotDir(dir)).toEqual(before);
    // The files staged meanwhile are gone with their staging folder.
    expect(fs.readdirSync(dir).sort()).toEqual(entries);
  });

  test('a first synth that fails its checks leaves no output folder', () => {
    const dir = path.join(tmp(), 'dist');
    expect(() => synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW, check: () => ['seeds/x: broken on purpose'] })).toThrow(OutputCheckError);
    expect(fs.existsSync(dir)).toBe(false);
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

describe('staged writes', () => {
  const before = new Map([
    ['fleet.json', '{}\n'],
    ['seeds/a/kustomization.yaml', 'a\n'],
    ['seeds/a/old.yaml', 'old\n'],
    ['terraform/a/x/cdk.tf.json', '{"x":1}\n'],
  ]);
  const after = new Map([
    ['fleet.json', '{}\n'],
    ['seeds/a/kustomization.yaml', 'a changed\n'],
    ['seeds/a/new/thing.yaml', 'new\n'],
    ['seeds/b/kustomization.yaml', 'b\n'],
    ['terraform/a/x/cdk.tf.json', '{"x":1}\n'],
  ]);

  function contents(dir: string): Map<string, string> {
    return new Map(listManagedFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
  }

  test('nothing in the output changes until commit; commit writes the changes and removes what is gone', () => {
    const dir = tmp();
    writeTree(dir, before);
    const old = snapshotDir(dir);
    const staged = stageTree(dir, after);
    expect(staged.plan).toEqual({
      written: ['seeds/a/kustomization.yaml', 'seeds/a/new/thing.yaml', 'seeds/b/kustomization.yaml'],
      unchanged: 2,
      removed: ['seeds/a/old.yaml'],
    });
    expect(snapshotDir(dir)).toEqual(old);
    expect(fs.readdirSync(dir).filter((e) => e.startsWith(STAGING_PREFIX))).toEqual([`${STAGING_PREFIX}${process.pid}`]);
    expect(staged.commit()).toEqual(staged.plan);
    expect(contents(dir)).toEqual(after);
    expect(fs.readdirSync(dir).sort()).toEqual(['fleet.json', 'seeds', 'terraform']);
    // Unchanged files were not touched.
    expect(fs.statSync(path.join(dir, 'fleet.json')).mtimeMs).toBe(old.get('fleet.json')!.mtimeMs);
    expect(() => staged.commit()).toThrow(/already committed/);
  });

  test('abort drops the staged files and leaves the output as it was', () => {
    const dir = tmp();
    writeTree(dir, before);
    const old = snapshotDir(dir);
    const staged = stageTree(dir, after);
    staged.abort();
    staged.abort();
    expect(snapshotDir(dir)).toEqual(old);
    expect(fs.readdirSync(dir).sort()).toEqual(['fleet.json', 'seeds', 'terraform']);
  });

  test('a first write moves whole folders; the result equals writing file by file', () => {
    const a = tmp();
    const b = tmp();
    writeTree(a, after);
    writeTree(b, before);
    writeTree(b, after);
    expect(contents(a)).toEqual(after);
    expect(contents(b)).toEqual(after);
  });

  test('a file that becomes a folder and a folder that becomes a file', () => {
    const dir = tmp();
    writeTree(dir, new Map([['seeds/a', 'file\n'], ['seeds/b/c.yaml', 'c\n']]));
    const swapped = new Map([['seeds/a/inner.yaml', 'inner\n'], ['seeds/b', 'file now\n']]);
    expect(writeTree(dir, swapped).written).toEqual(['seeds/a/inner.yaml', 'seeds/b']);
    expect(contents(dir)).toEqual(swapped);
  });

  test('staging folders a killed synth left behind are removed by the next write', () => {
    const dir = tmp();
    const left = path.join(dir, `${STAGING_PREFIX}2147483646`);
    fs.mkdirSync(path.join(left, 'seeds'), { recursive: true });
    fs.writeFileSync(path.join(left, 'seeds', 'half.yaml'), 'half');
    writeTree(dir, before);
    expect(fs.existsSync(left)).toBe(false);
    expect(contents(dir)).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['fleet.json', 'seeds', 'terraform']);
  });

  test('a second write into the folder while one is staged stops with an error naming the lock', () => {
    const dir = tmp();
    const staged = stageTree(dir, before);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    expect(() => writeTree(dir, after)).toThrow(new RegExp(`another synth is writing into .* \\(process ${process.pid} on .*, since .*\\); nothing was written; wait for it to finish and run again \\(if none is, remove .*${LOCK_FILE.replace('.', '\\.')}`));
    staged.commit();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect(contents(dir)).toEqual(before);
    writeTree(dir, after);
    expect(contents(dir)).toEqual(after);
  });

  test.each([
    ['a process that is gone, on this host', { host: os.hostname(), pid: 2147483646 }, 0, true],
    ['a running process on this host', { host: os.hostname(), pid: process.ppid }, 0, false],
    ['another host, minutes ago', { host: 'elsewhere.example', pid: 1 }, 5 * 60_000, false],
    ['another host, two hours ago', { host: 'elsewhere.example', pid: 1 }, 2 * 3_600_000, true],
  ])('a lock held by %s is %s', (_what, holder, ageMs, replaced) => {
    const dir = tmp();
    const lock = path.join(dir, LOCK_FILE);
    fs.writeFileSync(lock, JSON.stringify({ ...holder, started: new Date(Date.now() - ageMs).toISOString() }));
    const when = new Date(Date.now() - ageMs);
    fs.utimesSync(lock, when, when);
    if (replaced) {
      writeTree(dir, before);
      expect(contents(dir)).toEqual(before);
      expect(fs.existsSync(lock)).toBe(false);
    } else {
      expect(() => writeTree(dir, before)).toThrow(/another synth is writing into/);
      expect(listManagedFiles(dir)).toEqual([]);
      expect(fs.readFileSync(lock, 'utf8')).toContain(holder.host);
    }
  });

  test('a commit that fails part-way reports the I/O error and leaves its journal, which the next write completes', () => {
    const dir = tmp();
    writeTree(dir, before);
    const staged = stageTree(dir, after);
    // The file system fails the second move (say, the disk is gone for a moment).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const realFs = require('fs') as typeof fs;
    const rename = realFs.renameSync;
    let calls = 0;
    const spy = jest.spyOn(realFs, 'renameSync').mockImplementation((from, to) => {
      // The first rename puts the journal in place; the third is the second file moved.
      if (++calls === 3) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      rename(from, to);
    });
    try {
      expect(() => staged.commit()).toThrow(/^EIO: i\/o error, rename \(the commit into .* stopped part-way; the next seedbed command completes it from \.seedbed-journal\)$/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(dir).filter((e) => e.startsWith('.seedbed')).sort()).toEqual(['.seedbed-journal', `${STAGING_PREFIX}${process.pid}`]);
    // The next write completes the interrupted commit first, then writes (nothing left to do).
    expect(writeTree(dir, after).written).toEqual([]);
    expect(contents(dir)).toEqual(after);
    expect(fs.readdirSync(dir).filter((e) => e.startsWith('.seedbed'))).toEqual([]);
  });

  test.each([
    ['a managed folder', 'seeds', ''],
    ['a folder below a managed folder', 'seeds/a', 'seeds'],
    ['the inventory', 'fleet.json', ''],
    ['a file with a hostile name', 'terraform/a/x/evil \n$(rm -rf ~)', 'terraform/a/x'],
  ])('%s that is a symbolic link is refused before anything is written; nothing outside is touched', (_what, link, parent) => {
    const dir = tmp();
    const elsewhere = tmp();
    fs.mkdirSync(path.join(elsewhere, 'a'), { recursive: true });
    fs.writeFileSync(path.join(elsewhere, 'a', 'old.yaml'), 'keep\n');
    fs.writeFileSync(path.join(elsewhere, 'kustomization.yaml'), 'keep\n');
    if (parent) fs.mkdirSync(path.join(dir, parent), { recursive: true });
    fs.symlinkSync(link === 'fleet.json' ? path.join(elsewhere, 'kustomization.yaml') : elsewhere, path.join(dir, link));
    const outside = (d: string) => new Map(fs.readdirSync(d, { recursive: true }).map(String).sort().map((f) => [f, fs.lstatSync(path.join(d, f)).isFile() ? fs.readFileSync(path.join(d, f), 'utf8') : 'dir']));
    const was = outside(elsewhere);
    const entries = fs.readdirSync(dir).sort();
    expect(() => writeTree(dir, after)).toThrow(OutputFolderError);
    expect(() => writeTree(dir, after)).toThrow(`${dir}: refusing to write: there is a symbolic link (seedbed never writes or deletes through a link, `
      + `which may lead out of the output folder; replace it with real folders or files): ${link}`);
    expect(outside(elsewhere)).toEqual(was);
    expect(fs.readdirSync(dir).sort()).toEqual(entries);
  });

  test('several problems are reported at once: links and files seedbed did not write', () => {
    const dir = tmp();
    writeTree(dir, before);
    fs.symlinkSync(tmp(), path.join(dir, 'garden'));
    fs.writeFileSync(path.join(dir, 'seeds', 'mine.yaml'), 'mine\n');
    expect(() => writeTree(dir, after, { owned: [...before.keys()] })).toThrow(
      `${dir}: refusing to write: there is a symbolic link (seedbed never writes or deletes through a link, which may lead out of the output folder; replace it with real folders or files): garden\n`
      + `${dir}: refusing to write: there is a file seedbed did not write (its inventory, fleet.json, does not list it): seeds/mine.yaml; `
      + 'move it out of the managed folders, or adopt them (synth --adopt) to let seedbed overwrite the rendered ones and remove the others');
  });

  test('a first write that fails leaves no folders it created', () => {
    const base = tmp();
    const out = path.join(base, 'a', 'b', 'out');
    const bad = new Map([...after, ['seeds/b/kustomization.yaml/x', 'x\n']]);
    expect(() => stageTree(out, bad)).toThrow();
    expect(fs.readdirSync(base)).toEqual([]);
  });

  test('a write that fails half-way leaves the output as it was', () => {
    const dir = tmp();
    writeTree(dir, before);
    const old = snapshotDir(dir);
    // A file below a file that is staged too cannot be written (ENOTDIR): staging fails part-way.
    const bad = new Map([...after, ['seeds/b/kustomization.yaml/x', 'x\n']]);
    expect(() => stageTree(dir, bad)).toThrow();
    expect(snapshotDir(dir)).toEqual(old);
    expect(fs.readdirSync(dir).sort()).toEqual(['fleet.json', 'seeds', 'terraform']);
  });
});
