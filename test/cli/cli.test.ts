/**
 * The command line: exit codes and messages. The commands run in this process (`run(argv, io)`,
 * see ../support/cli); the smoke test at the end runs the real binary.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedbed } from '../support/cli';
import { REPO_ROOT } from '../support/fleets';

const BIN = path.join(REPO_ROOT, 'bin', 'seedbed.js');

const INVALID = path.join(REPO_ROOT, 'test', 'fixtures', 'cli', 'invalid-fleet.ts');

describe('seedbed validate', () => {
  test('an invalid fleet exits 1 with every problem listed and no stack trace', async () => {
    const r = await seedbed(['validate', INVALID, '--now', '2026-11-25']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the fleet definition has 4 problems:');
    expect(r.stderr).toContain('broken/team/api spec.kubernetes.version: NotSupported');
    expect(r.stderr).toContain('broken/team/api/workers spec.provider.workers[0].minimum: Forbidden: must not be greater than maximum (2)');
    expect(r.stderr).toContain('broken/team/api/workers spec.provider.workers[0].zones[0]: NotSupported');
    expect(r.stderr).toContain('broken/team/api spec.networking.nodes: Forbidden: must not overlap with 240.0.0.0/8');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  test('the example fleets are valid', async () => {
    const r = await seedbed(['validate', '--now', '2026-11-25']);
    // At most the note that files an earlier run found valid were not checked again (the cache in node_modules/),
    // and the one deprecation the examples' stacks hit: CAPO v0.14 on the seeds not yet on v0.15 (a warning, exit 0).
    const lines = r.stderr.split('\n').filter((l) => l !== '' && !/^ {2}\S+: \d+ of \d+ manifest files not checked again/.test(l));
    expect(lines.filter((l) => !/^warning: openstack[\w-]*: nordcloud\/nord-[12] managementStack\.clusterApiProviderOpenStack: Deprecated: .*\[capo-v1beta1-contract-deprecated\]/.test(l))).toEqual([]);
    expect(lines.length).toBe(8);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^openstack: valid — 3 seeds, 9 shoots, \d+ objects checked against their schemas$/m);
    expect(r.stdout).toMatch(/^vsphere: valid — 2 seeds, 6 shoots, \d+ objects checked against their schemas$/m);
  });

  test('validate shares the schema check\'s verdicts with synth: what one found valid, the other does not check again', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cli-'));
    const cache = ['--cache-dir', path.join(tmp, 'cache')];
    const first = await seedbed(['validate', 'vsphere', '--now', '2026-11-25', ...cache]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const synth = await seedbed(['synth', 'vsphere', '--now', '2026-11-25', '--out', path.join(tmp, 'out'), ...cache]);
    expect(synth.stderr).toMatch(/^ {2}vsphere: (\d+) of \1 manifest files not checked again: an earlier run found them valid$/m);
    const again = await seedbed(['validate', 'vsphere', '--now', '2026-11-25', ...cache]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^ {2}vsphere: (\d+) of \1 manifest files not checked again/m);
    expect(again.stdout).toBe(first.stdout);
    // Problems are found whatever the cache holds.
    const invalid = await seedbed(['validate', INVALID, '--now', '2026-11-25', ...cache]);
    expect(invalid.code).toBe(1);
  });

  test('an unknown fleet name is a usage error', async () => {
    const r = await seedbed(['validate', 'no-such-fleet']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("error: no fleet definition found for 'no-such-fleet'");
  });
});

describe('seedbed synth', () => {
  test('renders one fleet into --out with a line per seed', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cli-'));
    const r = await seedbed(['synth', 'vsphere', '--out', out, '--now', '2026-11-25']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/vsphere: seed muc-1: 3 shoots, \d+ objects/);
    expect(r.stderr).toMatch(/vsphere: \d+ files in .* \(\d+ written, 0 unchanged, 0 removed\)/);
    expect(fs.existsSync(path.join(out, 'fleet.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'seeds', 'muc-1', 'kustomization.yaml'))).toBe(true);
    const again = await seedbed(['synth', 'vsphere', '--out', out, '--now', '2026-11-25']);
    expect(again.stderr).toMatch(/\(0 written, \d+ unchanged, 0 removed\)/);
  });

  test('the schema check remembers valid files in --cache-dir; --no-cache neither reads nor writes it', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cli-'));
    const cache = path.join(tmp, 'cache');
    const args = ['synth', 'vsphere', '--now', '2026-11-25', '--cache-dir', cache];
    const first = await seedbed([...args, '--out', path.join(tmp, 'a')]);
    expect(first.code).toBe(0);
    expect(first.stderr).not.toContain('not checked again');
    expect(fs.readdirSync(cache).filter((f) => f.startsWith('schema-verdicts-'))).toHaveLength(1);
    const second = await seedbed([...args, '--out', path.join(tmp, 'b')]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^ {2}vsphere: (\d+) of \1 manifest files not checked again: an earlier run found them valid$/m);
    const uncached = await seedbed(['synth', 'vsphere', '--now', '2026-11-25', '--no-cache', '--cache-dir', path.join(tmp, 'unused'), '--out', path.join(tmp, 'c')]);
    expect(uncached.code).toBe(0);
    expect(uncached.stderr).not.toContain('not checked again');
    expect(fs.existsSync(path.join(tmp, 'unused'))).toBe(false);
    expect(fs.readFileSync(path.join(tmp, 'c', 'fleet.json'), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'a', 'fleet.json'), 'utf8'));
  });

  test('an invalid fleet writes nothing', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cli-')), 'out');
    const r = await seedbed(['synth', INVALID, '--out', out]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('--help lists the commands', async () => {
    const r = await seedbed(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('synth');
    expect(r.stdout).toContain('validate');
  });
});

describe('the real binary (bin/seedbed.js, a process of its own)', () => {
  function spawned(args: string[]) {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, SEEDBED_DEBUG: '' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  test('--help and a validate: exit codes and output as in process', async () => {
    const help = spawned(['--help']);
    // At most the note that build/ was (re)built from lib/ first: a checkout runs compiled code.
    expect(help.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('seedbed: lib/ changed since build/ was built'))).toEqual([]);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await seedbed(['--help'])).stdout);
    const validate = spawned(['validate', 'vsphere', '--now', '2026-11-25']);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^vsphere: valid — 2 seeds, 6 shoots, \d+ objects checked against their schemas\n$/);
    const invalid = spawned(['validate', INVALID, '--now', '2026-11-25']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('broken/team/api spec.kubernetes.version: NotSupported');
    expect(invalid.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
