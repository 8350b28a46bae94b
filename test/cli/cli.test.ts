/**
 * The command line as a user runs it: a real process, exit codes and messages.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../support/fleets';

const BIN = path.join(REPO_ROOT, 'bin', 'seedbed.js');

function seedbed(args: string[], cwd = REPO_ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, SEEDBED_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const INVALID = path.join(REPO_ROOT, 'test', 'fixtures', 'cli', 'invalid-fleet.ts');

describe('seedbed validate', () => {
  test('an invalid fleet exits 1 with every problem listed and no stack trace', () => {
    const r = seedbed(['validate', INVALID, '--now', '2026-11-25']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the fleet definition has 4 problems:');
    expect(r.stderr).toContain('broken/team/api spec.kubernetes.version: NotSupported');
    expect(r.stderr).toContain('broken/team/api/workers spec.provider.workers[0].minimum: Forbidden: must not be greater than maximum (2)');
    expect(r.stderr).toContain('broken/team/api/workers spec.provider.workers[0].zones[0]: NotSupported');
    expect(r.stderr).toContain('broken/team/api spec.networking.nodes: Forbidden: must not overlap with 240.0.0.0/8');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  test('the example fleets are valid', () => {
    const r = seedbed(['validate', '--now', '2026-11-25']);
    // At most the note that files an earlier run found valid were not checked again (the cache in node_modules/).
    expect(r.stderr.split('\n').filter((l) => l !== '' && !/^ {2}\S+: \d+ of \d+ manifest files not checked again/.test(l))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^openstack: valid — 3 seeds, 9 shoots, \d+ objects checked against their schemas$/m);
    expect(r.stdout).toMatch(/^vsphere: valid — 2 seeds, 6 shoots, \d+ objects checked against their schemas$/m);
  });

  test('validate shares the schema check\'s verdicts with synth: what one found valid, the other does not check again', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cli-'));
    const cache = ['--cache-dir', path.join(tmp, 'cache')];
    const first = seedbed(['validate', 'vsphere', '--now', '2026-11-25', ...cache]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const synth = seedbed(['synth', 'vsphere', '--now', '2026-11-25', '--out', path.join(tmp, 'out'), ...cache]);
    expect(synth.stderr).toMatch(/^ {2}vsphere: (\d+) of \1 manifest files not checked again: an earlier run found them valid$/m);
    const again = seedbed(['validate', 'vsphere', '--now', '2026-11-25', ...cache]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^ {2}vsphere: (\d+) of \1 manifest files not checked again/m);
    expect(again.stdout).toBe(first.stdout);
    // Problems are found whatever the cache holds.
    const invalid = seedbed(['validate', INVALID, '--now', '2026-11-25', ...cache]);
    expect(invalid.code).toBe(1);
  });

  test('an unknown fleet name is a usage error', () => {
    const r = seedbed(['validate', 'no-such-fleet']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("error: no fleet definition found for 'no-such-fleet'");
  });
});

describe('seedbed synth', () => {
  test('renders one fleet into --out with a line per seed', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cli-'));
    const r = seedbed(['synth', 'vsphere', '--out', out, '--now', '2026-11-25']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/vsphere: seed muc-1: 3 shoots, \d+ objects/);
    expect(r.stderr).toMatch(/vsphere: \d+ files in .* \(\d+ written, 0 unchanged, 0 removed\)/);
    expect(fs.existsSync(path.join(out, 'fleet.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'seeds', 'muc-1', 'kustomization.yaml'))).toBe(true);
    const again = seedbed(['synth', 'vsphere', '--out', out, '--now', '2026-11-25']);
    expect(again.stderr).toMatch(/\(0 written, \d+ unchanged, 0 removed\)/);
  });

  test('the schema check remembers valid files in --cache-dir; --no-cache neither reads nor writes it', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cli-'));
    const cache = path.join(tmp, 'cache');
    const args = ['synth', 'vsphere', '--now', '2026-11-25', '--cache-dir', cache];
    const first = seedbed([...args, '--out', path.join(tmp, 'a')]);
    expect(first.code).toBe(0);
    expect(first.stderr).not.toContain('not checked again');
    expect(fs.readdirSync(cache).filter((f) => f.startsWith('schema-verdicts-'))).toHaveLength(1);
    const second = seedbed([...args, '--out', path.join(tmp, 'b')]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^ {2}vsphere: (\d+) of \1 manifest files not checked again: an earlier run found them valid$/m);
    const uncached = seedbed(['synth', 'vsphere', '--now', '2026-11-25', '--no-cache', '--cache-dir', path.join(tmp, 'unused'), '--out', path.join(tmp, 'c')]);
    expect(uncached.code).toBe(0);
    expect(uncached.stderr).not.toContain('not checked again');
    expect(fs.existsSync(path.join(tmp, 'unused'))).toBe(false);
    expect(fs.readFileSync(path.join(tmp, 'c', 'fleet.json'), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'a', 'fleet.json'), 'utf8'));
  });

  test('an invalid fleet writes nothing', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cli-')), 'out');
    const r = seedbed(['synth', INVALID, '--out', out]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('--help lists the commands', () => {
    const r = seedbed(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('synth');
    expect(r.stdout).toContain('validate');
  });
});
