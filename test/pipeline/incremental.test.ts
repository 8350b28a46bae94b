/**
 * Incremental synth (lib/pipeline/incremental): a seed whose inputs did not change is kept as it
 * is on disk, and the output is byte-identical to a full render in every case — each kind of
 * input that must invalidate, files changed by hand, a tampered or foreign inventory, an
 * interrupted commit, and random sequences of fleet edits.
 *
 * Fleets are the bench generator's at 12 shoots (4 seeds: OpenStack and vSphere), synthesized
 * without the schema check (fast); one case runs it with the built-in catalog. Full renders of
 * each variant are made once and shared.
 */
import { execFileSync } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateFleet, GeneratorOptions } from '../../bench/generator';
import * as writer from '../../lib/output/writer';
import { codeFingerprint, codeFingerprintOf, frontCode, frontDecode, installedPackagesFingerprint, synthContext } from '../../lib/pipeline/incremental';
import { synth, SynthOptions, SynthResult } from '../../lib/pipeline/synth';
import { builtinCatalogDir } from '../../lib/schema/paths';
import { validate } from '../../lib/pipeline/validate';
import { NOW } from '../support/fleets';
import { Shoot } from '../../lib/model/shoot';

const SHOOTS = 12;
type Variant = Omit<GeneratorOptions, 'shoots'> & { now?: Date };

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-incremental-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
function freshDir(): string {
  return path.join(tmp, `out-${counter++}`);
}

/** Every file of an output folder (relative path → bytes as text), hidden files excluded. */
function readOutput(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else files.set(r, fs.readFileSync(path.join(dir, r), 'utf8'));
    }
  };
  walk('');
  return files;
}

function garden(v: Variant) {
  const { now: _now, ...options } = v;
  return generateFleet({ shoots: SHOOTS, ...options });
}

const fullRenders = new Map<string, Map<string, string>>();
/** The output of a full render of a variant into a fresh folder (made once per variant). */
function fullRender(v: Variant): Map<string, string> {
  const key = JSON.stringify(v);
  let files = fullRenders.get(key);
  if (!files) {
    const dir = freshDir();
    synth(garden(v), { outDir: dir, now: v.now ?? NOW });
    files = readOutput(dir);
    fullRenders.set(key, files);
  }
  return files;
}

/** An incremental synth of a variant into `dir`, with the record in `cache`. */
function incremental(dir: string, cache: string, v: Variant, extra: Partial<SynthOptions> = {}): SynthResult {
  return synth(garden(v), { outDir: dir, now: v.now ?? NOW, cacheDir: cache, incremental: true, ...extra });
}

function expectSameAsFull(dir: string, v: Variant): void {
  const actual = readOutput(dir);
  const expected = fullRender(v);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [p, text] of expected) {
    if (actual.get(p) !== text) throw new Error(`${p} differs from a full render`);
  }
}

/** A folder with one incremental synth of the base fleet done (so the next one may reuse). */
function primed(v: Variant = {}): { dir: string; cache: string } {
  const dir = freshDir();
  const cache = `${dir}-cache`;
  const first = incremental(dir, cache, v);
  expect(first.reusedSeeds).toEqual([]);
  return { dir, cache };
}

const SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003'];

/**
 * Waits until the file system's clock (read from a file created in `dir`) is past the change time
 * of every file in `dir`: what a synth writes is then older than the next synth's clock.
 */
function settle(dir: string): void {
  let last = 0n;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else last = [last, fs.lstatSync(p, { bigint: true }).ctimeNs].reduce((a, b) => (a > b ? a : b));
    }
  };
  walk(dir);
  const probe = path.join(tmp, 'settle-probe');
  for (;;) {
    fs.writeFileSync(probe, '');
    if (fs.statSync(probe, { bigint: true }).ctimeNs > last) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}

/** Runs `fn` and returns the paths under `dir` (relative) that `fs[method]` was called with and `wanted` accepts. */
function pathsPassedTo(method: 'readFileSync' | 'readdirSync', dir: string, wanted: (p: string) => boolean, fn: () => void): string[] {
  // The module object itself (the `import * as` namespace has read-only bindings).
  const nodeFs: typeof fs = jest.requireActual('fs');
  const real = nodeFs[method] as (...args: any[]) => any;
  const seen: string[] = [];
  const spy = jest.spyOn(nodeFs, method).mockImplementation(((p: unknown, ...rest: any[]) => {
    if (typeof p === 'string' && p.startsWith(`${dir}/`) && wanted(p)) seen.push(path.relative(dir, p));
    return real(p, ...rest);
  }) as any);
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

/** Runs `fn` and returns the output-folder files under seeds/ and terraform/ it read. */
function filesRead(dir: string, fn: () => void): string[] {
  return pathsPassedTo('readFileSync', dir, (file) => /[/](seeds|terraform)[/]/.test(file), fn);
}

/** A folder whose last synth recorded every kept file's stats, settled (the next synth trusts them). */
function trusted(): { dir: string; cache: string } {
  const { dir, cache } = primed();
  settle(dir);
  // Files the first synth wrote in the clock tick it read back after its commit are hashed here
  // (racy clean), then recorded with this synth's clock.
  expect(incremental(dir, cache, {}).reusedSeeds.length).toBe(4);
  settle(dir);
  return { dir, cache };
}

/** Sets `file`'s modification time to `reference`'s, to the nanosecond (`touch -m -r`, as a tool restoring it would). */
function copyModificationTime(reference: string, file: string): void {
  execFileSync('touch', ['-m', '-r', reference, file]);
}

/** Rewrites `file` with other bytes of the same size and gives it back its modification time. */
function sameSizeEdit(file: string): void {
  const before = fs.statSync(file, { bigint: true });
  const reference = path.join(tmp, 'mtime-reference');
  fs.writeFileSync(reference, '');
  copyModificationTime(file, reference);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.includes('a') ? text.replace('a', 'b') : text.replace(/./, 'x'));
  copyModificationTime(reference, file);
  const after = fs.statSync(file, { bigint: true });
  expect(after.size).toBe(before.size);
  expect(after.mtimeNs).toBe(before.mtimeNs);
  expect(after.ino).toBe(before.ino);
}

/** The garden with its first shoot's class replaced by a subclass (same data; the fingerprint refuses it). */
function subclassed(g: ReturnType<typeof garden>): ReturnType<typeof garden> {
  const shoot = g.node.findAll().find(Shoot.isShoot)!;
  class MyShoot extends Shoot {}
  Object.setPrototypeOf(shoot, MyShoot.prototype);
  return g;
}

function recordOf(cache: string): { file: string; doc: any } {
  const [name] = fs.readdirSync(path.join(cache, 'synth')).filter((f) => f.endsWith('.json'));
  const file = path.join(cache, 'synth', name);
  return { file, doc: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

function fileOf(seed: string, suffix: string): string {
  return [...fullRender({}).keys()].filter((p) => p.startsWith(`seeds/${seed}/shoots/`) && p.endsWith(suffix)).sort()[0];
}

describe('incremental synth', () => {
  test('a no-op re-synth renders no seed, writes nothing and reports the same figures', () => {
    const { dir, cache } = primed();
    const before = fs.statSync(path.join(dir, 'fleet.json')).mtimeMs;
    // Without the whole-run short cut (a subclass of a model class: see unchanged-run), the seeds are kept one by one.
    const second = synth(subclassed(garden({})), { outDir: dir, now: NOW, cacheDir: cache, incremental: true });
    expect(second.unchanged).toBe(false);
    expect([...second.reusedSeeds].sort()).toEqual(SEEDS);
    expect(second.write.written).toEqual([]);
    expect(second.write.removed).toEqual([]);
    // Only fleet.json (and garden/, empty here) were rendered.
    expect([...second.files.keys()]).toEqual(['fleet.json']);
    expect(second.write.unchanged).toBe(fullRender({}).size);
    expect(second.files.size + second.reusedFiles).toBe(fullRender({}).size);
    const full = synth(garden({}), { outDir: freshDir(), now: NOW });
    for (const seed of SEEDS) {
      const objects = [...full.tree].filter(([p, f]) => p.startsWith(`seeds/${seed}/`) && f.kind === 'manifests')
        .reduce((n, [, f]) => n + (f.kind === 'manifests' ? f.objects.length : 0), 0);
      expect(second.seedSummaries.get(seed)).toEqual({
        objects, stacks: [...full.tree.keys()].filter((p) => p.startsWith(`terraform/${seed}/`)).length, prerequisites: expect.any(Number), shoots: 3,
      });
      expect(second.seedSummaries.get(seed)).toEqual(full.seedSummaries.get(seed));
    }
    expect(fs.statSync(path.join(dir, 'fleet.json')).mtimeMs).toBe(before);
    expectSameAsFull(dir, {});
  });

  // Each kind of input that reaches a seed's files: the seeds re-rendered, and the output.
  test.each<[string, Variant, (reused: string[]) => void]>([
    // Shoot 5 is on seed-001 (the generator places shoot i on the seeds in turn).
    ['a shoot edited: only its seed is rendered', { edit: 5 }, (reused) => expect(reused.sort()).toEqual(['seed-000', 'seed-002', 'seed-003'])],
    ['a seed edited: only that seed is rendered', { editSeed: 2 }, (reused) => expect(reused.sort()).toEqual(['seed-000', 'seed-001', 'seed-003'])],
    ['a CloudProfile edited: every seed is rendered', { editProfile: true }, (reused) => expect(reused).toEqual([])],
    ['a garden-level default edited (DNS domain): every seed is rendered', { dnsDomain: 'k8s.example.org' }, (reused) => expect(reused).toEqual([])],
  ])('%s, and the output equals a full render', (_name, variant, check) => {
    const { dir, cache } = primed();
    const result = incremental(dir, cache, variant);
    check([...result.reusedSeeds]);
    expect(result.write.written.length).toBeGreaterThan(0);
    expectSameAsFull(dir, variant);
    // …and going back reuses nothing that changed since.
    incremental(dir, cache, {});
    expectSameAsFull(dir, {});
  });

  test('another moment (--now) gives the output a full render at that moment gives', () => {
    const { dir, cache } = primed();
    const later = { now: new Date('2027-06-01T00:00:00Z') };
    incremental(dir, cache, later);
    expectSameAsFull(dir, later);
  });

  test('seedbed\'s code, the schema set and the check are part of the record\'s context', () => {
    const catalog = builtinCatalogDir();
    const cache = path.join(tmp, 'context-cache');
    const none = synthContext(undefined, cache);
    expect(synthContext(undefined, cache)).toBe(none);
    expect(synthContext(catalog, cache)).not.toBe(none);
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });

  test('adversarial: a code edit that keeps size and modification time (cp -p, rsync, tar) changes the code fingerprint', () => {
    const root = fs.mkdtempSync(path.join(tmp, 'code-'));
    const file = path.join(root, 'render.js');
    fs.writeFileSync(file, "exports.timeout = '30m';\n");
    const stamp = fs.statSync(file);
    const before = codeFingerprintOf(root);
    fs.writeFileSync(file, "exports.timeout = '31m';\n");
    fs.utimesSync(file, stamp.atime, stamp.mtime);
    expect(fs.statSync(file).size).toBe(stamp.size);
    expect(codeFingerprintOf(root)).not.toBe(before);
  });

  test('adversarial: a lockfile-only upgrade of an installed package (e.g. the provider bindings) changes the code fingerprint', () => {
    const project = fs.mkdtempSync(path.join(tmp, 'installed-'));
    const code = path.join(project, 'node_modules', 'seedbed', 'build');
    fs.mkdirSync(code, { recursive: true });
    fs.writeFileSync(path.join(code, 'index.js'), 'module.exports = {};\n');
    expect(installedPackagesFingerprint(code)).toBe('none');
    const lock = path.join(project, 'node_modules', '.package-lock.json');
    fs.writeFileSync(lock, JSON.stringify({ packages: { 'node_modules/cdktn': { version: '0.24.0' } } }));
    const first = codeFingerprintOf(code);
    expect(installedPackagesFingerprint(code)).toMatch(/^\.\.[/]\.\.[/]\.package-lock\.json\0[0-9a-f]{64}$/);
    fs.writeFileSync(lock, JSON.stringify({ packages: { 'node_modules/cdktn': { version: '0.24.1' } } }));
    expect(codeFingerprintOf(code)).not.toBe(first);
  });

  test('a record made with other code or another schema set renders everything', () => {
    const { dir, cache } = primed();
    const [record] = fs.readdirSync(path.join(cache, 'synth'));
    const file = path.join(cache, 'synth', record);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...doc, context: '0'.repeat(64) }));
    expect(incremental(dir, cache, {}).reusedSeeds).toEqual([]);
    // The schema check turned on: the context differs, everything is rendered and checked.
    const checked = incremental(dir, cache, {}, { schemas: builtinCatalogDir() });
    expect(checked.reusedSeeds).toEqual([]);
    expect(checked.schemaCheck?.files).toBeGreaterThan(0);
    expectSameAsFull(dir, {});
    // Checked again with the same schemas: reused.
    expect(incremental(dir, cache, {}, { schemas: builtinCatalogDir() }).reusedSeeds.length).toBe(4);
    // The kept seeds' schema verdicts stay in the cache: validate checks nothing again.
    const validated = validate(garden({}), { schemas: builtinCatalogDir(), cacheDir: cache, now: NOW, outDir: dir });
    expect(validated.problems).toEqual([]);
    expect(validated.schemaCheck.knownValid).toBe(validated.schemaCheck.files);
  });

  test('options whose effect the record cannot capture (check, adopt, seeds) render everything', () => {
    const { dir, cache } = primed();
    expect(incremental(dir, cache, {}, { check: () => [] }).reusedSeeds).toEqual([]);
    expect(incremental(dir, cache, {}, { adopt: true }).reusedSeeds).toEqual([]);
    expect(incremental(dir, cache, {}, { seeds: ['seed-001'] }).reusedSeeds).toEqual([]);
    expectSameAsFull(dir, {});
    // Without a cache folder, or without `incremental`, nothing is reused either.
    expect(synth(garden({}), { outDir: dir, now: NOW }).reusedSeeds).toEqual([]);
    expect(synth(garden({}), { outDir: dir, now: NOW, cacheDir: cache }).reusedSeeds).toEqual([]);
  });

  test('a managed file edited or deleted by hand: its seed is rendered again and the file restored', () => {
    const { dir, cache } = primed();
    const files = fullRender({});
    const edited = [...files.keys()].find((p) => p.startsWith('seeds/seed-001/shoots/') && p.endsWith('control-plane.yaml'))!;
    const deleted = [...files.keys()].find((p) => p.startsWith('terraform/seed-002/'))!;
    // Same size, other bytes: caught by the content hash.
    const text = fs.readFileSync(path.join(dir, edited), 'utf8');
    fs.writeFileSync(path.join(dir, edited), text.replace(/a/, 'b'));
    fs.rmSync(path.join(dir, deleted));
    const result = incremental(dir, cache, {});
    expect([...result.reusedSeeds].sort()).toEqual(['seed-000', 'seed-003']);
    expect(result.write.written.sort()).toEqual([edited, deleted].sort());
    expectSameAsFull(dir, {});
  });

  test('a file added by hand under a managed folder is refused as before, and adopted with --adopt', () => {
    const { dir, cache } = primed();
    const added = path.join(dir, 'seeds/seed-003/extra.yaml');
    fs.writeFileSync(added, 'kind: ConfigMap\n');
    expect(() => incremental(dir, cache, {})).toThrow(/seeds\/seed-003\/extra\.yaml/);
    const adopted = incremental(dir, cache, {}, { adopt: true });
    expect(adopted.write.removed).toEqual(['seeds/seed-003/extra.yaml']);
    expectSameAsFull(dir, {});
  });

  test.each([
    ['edited by hand (one space added)', (text: string) => `${text} `],
    ['not an inventory', () => '{"kind":"Something"}\n'],
  ])('an inventory %s: everything is rendered', (_name, tamper) => {
    const { dir, cache } = primed();
    const inventory = path.join(dir, 'fleet.json');
    fs.writeFileSync(inventory, tamper(fs.readFileSync(inventory, 'utf8')));
    const result = incremental(dir, cache, {}, { adopt: true });
    expect(result.reusedSeeds).toEqual([]);
    expectSameAsFull(dir, {});
  });

  test('a foreign inventory (another fleet\'s output committed over this one) renders everything', () => {
    const { dir, cache } = primed();
    const other = fullRender({ dnsDomain: 'k8s.example.org' });
    // A hand-made file with a forged inventory: fleet.json and one file replaced by another render's.
    fs.writeFileSync(path.join(dir, 'fleet.json'), other.get('fleet.json')!);
    const p = [...other.keys()].find((x) => x.startsWith('seeds/seed-000/shoots/') && x.endsWith('namespace.yaml'))!;
    fs.writeFileSync(path.join(dir, p), other.get(p)!);
    const result = incremental(dir, cache, {});
    expect(result.reusedSeeds).toEqual([]);
    expectSameAsFull(dir, {});
  });

  test('a commit stopped part-way is completed by the next synth, which then renders everything', () => {
    const { dir, cache } = primed();
    const real = writer.stageTree;
    const spy = jest.spyOn(writer, 'stageTree').mockImplementation((out, files, options) => real(out, files, {
      ...options,
      onCommitStep: (step) => {
        if (step === 3) throw new Error('killed');
      },
    }));
    try {
      expect(() => incremental(dir, cache, { edit: 5 })).toThrow(/killed/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.existsSync(path.join(dir, writer.JOURNAL_FILE))).toBe(true);
    // The next command rolls the commit forward: the edited fleet's output, complete.
    const result = incremental(dir, cache, { edit: 5 });
    expect(result.reusedSeeds).toEqual([]);
    expectSameAsFull(dir, { edit: 5 });
    expect(incremental(dir, cache, { edit: 5 }).reusedSeeds.length).toBe(4);
  });

  test('a file written by a synth and read back after its clock tick is trusted by the next synth without being read', () => {
    const { dir, cache } = primed();
    const { doc } = recordOf(cache);
    for (const seed of SEEDS) expect(doc.seeds[seed].stats.split(' ')).toHaveLength([...fullRender({}).keys()].filter((p) => p.includes(`/${seed}/`)).length);
    // What the first synth recorded for files older than its clock read after the commit is trusted.
    const settledFiles = SEEDS.filter((seed) => doc.seeds[seed].stats.split(' ').every((t: string) => t.split(',').slice(1, 3).filter((ns) => ns !== '=').every((ns) => BigInt(ns) < BigInt(doc.seeds[seed].settled))));
    const read = filesRead(dir, () => expect(incremental(dir, cache, {}).reusedSeeds.length).toBe(4));
    for (const seed of settledFiles) expect(read.filter((p) => p.includes(`/${seed}/`))).toEqual([]);
  });

  test('kept files whose stats are unchanged and settled are trusted without being read', () => {
    const { dir, cache } = trusted();
    const { file: recordFile } = recordOf(cache);
    const recorded = fs.statSync(recordFile, { bigint: true });
    let result: SynthResult | undefined;
    expect(filesRead(dir, () => { result = incremental(dir, cache, {}); })).toEqual([]);
    expect([...result!.reusedSeeds].sort()).toEqual(SEEDS);
    expect(result!.write.written).toEqual([]);
    expectSameAsFull(dir, {});
    // Nothing written and every seed trusted as recorded: the record is left as it is…
    expect(fs.statSync(recordFile, { bigint: true }).mtimeNs).toBe(recorded.mtimeNs);
    // …and still vouches for the output: an edit is seen, and then the record is rewritten.
    const edited = fileOf('seed-000', 'control-plane.yaml');
    sameSizeEdit(path.join(dir, edited));
    expect(incremental(dir, cache, {}).write.written).toEqual([edited]);
    expect(fs.statSync(recordFile, { bigint: true }).mtimeNs).not.toBe(recorded.mtimeNs);
    expectSameAsFull(dir, {});
  });

  test('adversarial: a same-size edit with the modification time set back (touch -d, utimes) is seen by its change time', () => {
    const { dir, cache } = trusted();
    const edited = fileOf('seed-001', 'control-plane.yaml');
    sameSizeEdit(path.join(dir, edited));
    const result = incremental(dir, cache, {});
    expect([...result.reusedSeeds].sort()).toEqual(['seed-000', 'seed-002', 'seed-003']);
    expect(result.write.written).toEqual([edited]);
    expectSameAsFull(dir, {});
  });

  test('adversarial: a file replaced by renaming another of the same size over it (modification time copied) is seen', () => {
    const { dir, cache } = trusted();
    const target = path.join(dir, fileOf('seed-002', 'namespace.yaml'));
    const stamp = fs.statSync(target, { bigint: true });
    const text = fs.readFileSync(target, 'utf8');
    const other = path.join(dir, 'seeds', 'seed-002', 'swap.tmp');
    fs.writeFileSync(other, text.replace(/[a-z]/, (c) => (c === 'z' ? 'y' : 'z')));
    copyModificationTime(target, other);
    fs.renameSync(other, target);
    expect(fs.statSync(target, { bigint: true }).size).toBe(stamp.size);
    expect(fs.statSync(target, { bigint: true }).mtimeNs).toBe(stamp.mtimeNs);
    const result = incremental(dir, cache, {});
    expect([...result.reusedSeeds].sort()).toEqual(['seed-000', 'seed-001', 'seed-003']);
    expect(result.write.written).toEqual([path.relative(dir, target)]);
    expectSameAsFull(dir, {});
  });

  test('adversarial: racy clean — a file edited within the clock tick its stats were recorded in is hashed, not trusted', () => {
    const { dir, cache } = trusted();
    const edited = fileOf('seed-003', 'control-plane.yaml');
    const file = path.join(dir, edited);
    sameSizeEdit(file);
    // What the record holds when the edit came after the stat but in the same tick (so the stat
    // is the edited file's), and the record was made in that tick too (its clock is the file's
    // change time): the tuple matches, and only the racy rule keeps the file from being trusted.
    const { file: recordFile, doc } = recordOf(cache);
    const seed = doc.seeds['seed-003'];
    const files = [...fullRender({}).keys()].filter((p) => p.startsWith('seeds/seed-003/') || p.startsWith('terraform/seed-003/')).sort();
    const tuples = seed.stats.split(' ');
    const index = files.indexOf(edited);
    const stat = fs.lstatSync(file, { bigint: true });
    tuples[index] = `${stat.size},${stat.mtimeNs},${stat.ctimeNs},${stat.ino},${stat.dev}`;
    const forged = (clock: bigint) => JSON.stringify({ ...doc, seeds: { ...doc.seeds, 'seed-003': { ...seed, stats: tuples.join(' '), settled: String(clock) } } });
    // Control: recorded one tick later, the same tuple would be trusted (the edit stays unseen).
    fs.writeFileSync(recordFile, forged(stat.ctimeNs + 1n));
    expect(incremental(dir, cache, {}).reusedSeeds.length).toBe(4);
    expect(fs.readFileSync(file, 'utf8')).not.toBe(fullRender({}).get(edited));
    fs.writeFileSync(recordFile, forged(stat.ctimeNs));
    const result = incremental(dir, cache, {});
    expect([...result.reusedSeeds].sort()).toEqual(['seed-000', 'seed-001', 'seed-002']);
    expect(result.write.written).toEqual([edited]);
    expectSameAsFull(dir, {});
  });

  test('stats recorded on another device than this synth\'s clock are not trusted: every kept file is hashed', () => {
    const { dir, cache } = trusted();
    const { file, doc } = recordOf(cache);
    fs.writeFileSync(file, JSON.stringify({ ...doc, device: `${doc.device}1` }));
    const read = filesRead(dir, () => expect(incremental(dir, cache, {}).reusedSeeds.length).toBe(4));
    expect(read.length).toBe(fullRender({}).size - 1);
    expectSameAsFull(dir, {});
  });

  test('random sequences of fleet edits: every incremental synth equals a full render', () => {
    const variant = fc.record({
      edit: fc.option(fc.constantFrom(0, 5, 10), { nil: undefined }),
      editSeed: fc.option(fc.constantFrom(1, 3), { nil: undefined }),
      editProfile: fc.option(fc.constant(true), { nil: undefined }),
      dnsDomain: fc.option(fc.constant('k8s.example.org'), { nil: undefined }),
    }).map((v) => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as Variant);
    fc.assert(fc.property(fc.array(variant, { minLength: 2, maxLength: 4 }), (steps) => {
      const dir = freshDir();
      const cache = `${dir}-cache`;
      let previous: string | undefined;
      for (const v of steps) {
        const result = incremental(dir, cache, v);
        // The same fleet twice in a row: every seed is kept.
        if (previous === JSON.stringify(v)) expect(result.reusedSeeds.length).toBe(4);
        previous = JSON.stringify(v);
        expectSameAsFull(dir, v);
      }
    }), { numRuns: 4, seed: 18 });
  });
});

/**
 * The whole-run short cut (lib/pipeline/unchanged-run): a synth whose fleet, code, schemas,
 * options and moment's answers are as recorded, into an output nothing changed in, does nothing.
 * Each case that must not take it gives the output of a full render.
 */
describe('whole-run short cut', () => {
  /** A primed folder whose files are all older than the next synth's clock. */
  function settled(v: Variant = {}): { dir: string; cache: string } {
    const { dir, cache } = primed(v);
    settle(dir);
    return { dir, cache };
  }

  test('a no-op re-synth is skipped as a whole: nothing read under seeds/ and terraform/, nothing written, the same figures and warnings', () => {
    const { dir, cache } = settled();
    const full = synth(garden({}), { outDir: freshDir(), now: NOW });
    let second: SynthResult | undefined;
    const read = filesRead(dir, () => { second = incremental(dir, cache, {}); });
    expect(second!.unchanged).toBe(true);
    expect(read).toEqual([]);
    expect(second!.write).toEqual({ written: [], unchanged: fullRender({}).size, removed: [] });
    expect([...second!.reusedSeeds]).toEqual(SEEDS);
    expect(second!.reusedFiles).toBe(fullRender({}).size);
    expect(second!.warnings).toEqual(full.warnings);
    expect(second!.gardenPrerequisites).toBe(full.gardenPrerequisites);
    expect([...second!.seedSummaries]).toEqual([...full.seedSummaries]);
    // The fleet is resolved when asked for, and is the one a full synth resolves.
    expect(second!.fleet.shoots.map((s) => s.key)).toEqual(full.fleet.shoots.map((s) => s.key));
    expectSameAsFull(dir, {});
    // …and again.
    expect(incremental(dir, cache, {}).unchanged).toBe(true);
  });

  // Each change that must not be skipped: the output equals a full render, and the next no-op is skipped again.
  test.each<[string, Variant, (g: ReturnType<typeof garden>) => void]>([
    ['a shoot\'s props edited', { edit: 7 }, () => undefined],
    ['a seed\'s props edited', { editSeed: 1 }, () => undefined],
    ['a CloudProfile edited', { editProfile: true }, () => undefined],
    ['an override added to a shoot after it was made', {}, (g) => {
      const shoot = g.node.findAll().filter(Shoot.isShoot)[2];
      shoot.addOverride({ kind: 'Cluster', name: shoot.name, patches: [{ op: 'add', path: '/metadata/labels/team', value: 'a' }] } as any);
    }],
    ['a props object changed in place after construction', {}, (g) => {
      const shoot = g.node.findAll().filter(Shoot.isShoot)[3];
      (shoot.props as any).purpose = 'production';
    }],
  ])('%s: not skipped, and the output equals a full render', (_name, variant, change) => {
    const { dir, cache } = settled();
    const g = garden(variant);
    change(g);
    const result = synth(g, { outDir: dir, now: NOW, cacheDir: cache, incremental: true });
    expect(result.unchanged).toBe(false);
    const expected = synth((() => { const h = garden(variant); change(h); return h; })(), { outDir: freshDir(), now: NOW });
    expect(result.write.written.length).toBeGreaterThan(0);
    const actual = readOutput(dir);
    for (const [p, text] of expected.files) expect(actual.get(p)).toBe(text);
  });

  test.each<[string, (dir: string) => void, 'restored' | 'refused' | 'same' | 'kept off']>([
    ['a same-size edit of a stack with its modification time restored', (dir) => sameSizeEdit(path.join(dir, [...fullRender({}).keys()].find((p) => p.endsWith('cdk.tf.json'))!)), 'restored'],
    ['a managed file deleted', (dir) => fs.rmSync(path.join(dir, fileOf('seed-002', '.yaml'))), 'restored'],
    ['fleet.json edited (same size)', (dir) => sameSizeEdit(path.join(dir, 'fleet.json')), 'same'],
    ['a file added under a managed folder', (dir) => fs.writeFileSync(path.join(dir, path.dirname(fileOf('seed-001', '.yaml')), 'mine.yaml'), 'a: 1\n'), 'refused'],
    // A folder seedbed did not make keeps the short cut off while it is there.
    ['an empty folder added under a managed folder', (dir) => fs.mkdirSync(path.join(dir, 'seeds', 'seed-003', 'extra')), 'kept off'],
    ['a managed file replaced by a link to itself elsewhere', (dir) => {
      const p = path.join(dir, fileOf('seed-000', '.yaml'));
      const copy = path.join(tmp, `link-target-${counter++}`);
      fs.copyFileSync(p, copy);
      fs.rmSync(p);
      fs.symlinkSync(copy, p);
    }, 'refused'],
    ['an unrelated file added at the top of the output folder', (dir) => fs.writeFileSync(path.join(dir, '.notes'), 'x'), 'same'],
  ])('%s: not skipped', (_name, change, outcome) => {
    const { dir, cache } = settled();
    change(dir);
    if (outcome === 'refused') {
      expect(() => incremental(dir, cache, {})).toThrow(/refusing to write/);
      return;
    }
    const result = incremental(dir, cache, {});
    expect(result.unchanged).toBe(false);
    expectSameAsFull(dir, {});
    settle(dir);
    expect(incremental(dir, cache, {}).unchanged).toBe(outcome !== 'kept off');
  });

  test('a synth that rendered one seed records the short cut: the next is skipped; a file added afterwards in a folder it did not touch is still seen', () => {
    const { dir, cache } = settled();
    const changed = incremental(dir, cache, { edit: 5 });
    expect(changed.unchanged).toBe(false);
    expect(changed.reusedSeeds.length).toBe(3);
    settle(dir);
    expect(incremental(dir, cache, { edit: 5 }).unchanged).toBe(true);
    expectSameAsFull(dir, { edit: 5 });
    // seed-000 was not rendered by the change: its folders were recorded with the scan's tuples.
    const untouched = path.dirname(fileOf('seed-000', '.yaml'));
    fs.writeFileSync(path.join(dir, untouched, 'mine.yaml'), 'a: 1\n');
    expect(() => incremental(dir, cache, { edit: 5 })).toThrow(/seedbed did not write/);
  });

  test('the moment: a day that answers every expiry question the same is skipped; one inside the warning window or past the expiration date is not', () => {
    // One shoot on 1.31.13, which the generator's CloudProfiles let expire on 2027-03-31.
    const onOld = () => {
      const g = garden({});
      (g.node.findAll().filter(Shoot.isShoot)[1].props as any).kubernetesVersion = '1.31.13';
      return g;
    };
    const dir = freshDir();
    const cache = `${dir}-cache`;
    const at = (now: string) => synth(onOld(), { outDir: dir, now: new Date(now), cacheDir: cache, incremental: true });
    const full = (now: string) => synth(onOld(), { outDir: freshDir(), now: new Date(now) });
    at('2026-11-25T00:00:00Z');
    settle(dir);
    // 126 and 101 days before: no warning either way.
    expect(at('2026-12-20T00:00:00Z').unchanged).toBe(true);
    // 16 days before: a warning the recording synth did not have.
    const warned = at('2027-03-15T00:00:00Z');
    expect(warned.unchanged).toBe(false);
    expect(warned.warnings.map((w) => w.type)).toEqual(full('2027-03-15T00:00:00Z').warnings.map((w) => w.type));
    expect(warned.warnings.some((w) => /expires on 2027-03-31 \(in 16 days\)/.test(w.detail))).toBe(true);
    settle(dir);
    // The next day says 15 days: not the same warning, not skipped.
    expect(at('2027-03-16T00:00:00Z').warnings.some((w) => /in 15 days/.test(w.detail))).toBe(true);
    settle(dir);
    const expired = at('2027-04-15T00:00:00Z');
    expect(expired.unchanged).toBe(false);
    expect(expired.warnings.some((w) => /expired on 2027-03-31/.test(w.detail))).toBe(true);
    // What a synth without the record makes of the same folder at that moment: the same files.
    expect(synth(onOld(), { outDir: dir, now: new Date('2027-04-15T00:00:00Z') }).write.written).toEqual([]);
  });

  test('--strict after a synth with warnings fails as it would without the record; another schema set is not skipped', () => {
    const { dir, cache } = settled();
    expect(() => incremental(dir, cache, {}, { strict: true })).toThrow(/an error with --strict/);
    expect(incremental(dir, cache, {}).unchanged).toBe(true);
    expect(incremental(dir, cache, {}, { schemas: builtinCatalogDir() }).unchanged).toBe(false);
  });

  test('a lock or a journal in the output folder: not skipped (the writer deals with them as before)', () => {
    const { dir, cache } = settled();
    fs.writeFileSync(path.join(dir, writer.LOCK_FILE), '');
    expect(() => incremental(dir, cache, {})).toThrow();
    fs.rmSync(path.join(dir, writer.LOCK_FILE));
    expect(incremental(dir, cache, {}).unchanged).toBe(false);
  });
});

describe('folders known without listing them', () => {
  /** Runs `fn` and returns the folders under `dir` it listed. */
  const foldersListed = (dir: string, fn: () => void) => pathsPassedTo('readdirSync', dir, () => true, fn);

  test('a change in one shoot: no managed folder is listed before the commit, and the output equals a full render', () => {
    const { dir, cache } = primed();
    settle(dir);
    const listed = foldersListed(dir, () => {
      const result = incremental(dir, cache, { edit: 5 });
      expect(result.write.written.length).toBeGreaterThan(0);
    });
    // Only what the commit touched is looked at afterwards (none when the short cut is not recorded).
    expect(listed.filter((p) => /^(seeds|terraform|garden)(\/|$)/.test(p))).toEqual([]);
    expectSameAsFull(dir, { edit: 5 });
  });

  test('adversarial: a file added by hand and a shoot changed in the same run — the folder is listed and the file refused', () => {
    const { dir, cache } = primed();
    settle(dir);
    const folder = path.dirname(fileOf('seed-003', '.yaml'));
    fs.writeFileSync(path.join(dir, folder, 'extra.yaml'), 'a: 1\n');
    expect(() => incremental(dir, cache, { edit: 5 })).toThrow(/seedbed did not write/);
    expect(fs.existsSync(path.join(dir, folder, 'extra.yaml'))).toBe(true);
  });

  test('adversarial: a managed folder replaced by a link — seen, refused', () => {
    const { dir, cache } = primed();
    settle(dir);
    const folder = path.join(dir, path.dirname(fileOf('seed-001', '.yaml')));
    const moved = path.join(tmp, `moved-${counter++}`);
    fs.renameSync(folder, moved);
    fs.symlinkSync(moved, folder);
    expect(() => incremental(dir, cache, { edit: 5 })).toThrow(/symbolic link/);
  });
});

describe('the record on disk', () => {
  test.each<[string, string[]]>([
    ['none', []],
    ['one', ['fleet.json']],
    ['shared prefixes', ['seeds/a/shoots/p--s1/a.yaml', 'seeds/a/shoots/p--s1/b.yaml', 'seeds/a/shoots/p--s2/a.yaml', 'terraform/a/p--s1/cdk.tf.json']],
    ['colons, digits and an empty path', ['', '1:2', '1:2:3', '12:', 'a']],
  ])('front-coded paths: %s', (_name, paths) => {
    expect(frontDecode(frontCode(paths))).toEqual(paths);
  });

  test('text it did not make is refused (the record is then ignored: a full render)', () => {
    expect(() => frontDecode('3:abc')).toThrow();
    expect(() => frontDecode('x')).toThrow();
  });

  test('a record of 12 shoots is less than half the size it was uncoded', () => {
    const { dir, cache } = primed();
    const { doc } = recordOf(cache);
    const paths = Object.values<any>(doc.seeds).map((s) => frontDecode(s.paths)).flat();
    expect(paths.length).toBe(fullRender({}).size - 1);
    const coded = Object.values<any>(doc.seeds).reduce((n, s) => n + s.paths.length, 0);
    expect(coded).toBeLessThan(paths.join('\n').length / 2);
    expect(dir).toBeDefined();
  });
});
