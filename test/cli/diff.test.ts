/**
 * `seedbed diff`, `report` and `upgrade-plan` as a user runs them: their output and exit code
 * (in this process, `run(argv, io)`; test/cli/cli.test.ts runs the real binary).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MARKDOWN_MARKER } from '../../lib/diff/format';
import { serializeTree } from '../../lib/pipeline/synth';
import { writeTree } from '../../lib/output/writer';
import { seedbed } from '../support/cli';
import { REPO_ROOT, renderExample } from '../support/fleets';

const MODIFIED = path.join(REPO_ROOT, 'test', 'diff', 'fixtures', 'openstack-modified.ts');

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=seedbed test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

let work: string;
let base: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-diff-cli-'));
  base = path.join(work, 'base');
  const { fleet, tree } = renderExample('openstack');
  writeTree(base, serializeTree(fleet, tree));
});

describe('seedbed diff', () => {
  test('destructive changes exit 3 with the per-shoot summary', async () => {
    const r = await seedbed(['diff', MODIFIED, '--against-dir', base, '--now', '2026-11-25']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^Summary of openstack-modified \(\S*base → rendered\):$/m);
    expect(r.stdout.split('\n')).toEqual(expect.arrayContaining([
      '  shoot data--analytics on nord-1: objects: 1 changed, 5 removed — DESTRUCTIVE (worker-pool-removed)',
      '  shoot platform--ci on nord-1: objects: 1 changed — safe',
      '  shoot shop--prod on nord-2: objects: 3 changed — DESTRUCTIVE (cidr-changed)',
    ]));
    expect(r.stdout).toMatch(/^ {2}shoot data--etl on sued-1 \(removed\): .* — DESTRUCTIVE \(shoot-removed, terraform-orphaned\)$/m);
    expect(r.stdout).toMatch(/^openstack-modified: 5 shoots, 2 seeds changed against .*base; 3 with destructive changes$/m);
    expect(r.stderr).toContain('error: destructive changes (see above); review them and pass --allow-destructive to accept');
  });

  test('--allow-destructive accepts them: exit 0', async () => {
    const r = await seedbed(['diff', MODIFIED, '--against-dir', base, '--now', '2026-11-25', '--allow-destructive', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(MARKDOWN_MARKER);
    expect(r.stdout).toContain('| nord-2 | shop--prod | ~3 | – | – | :warning: **destructive**: `cidr-changed` |');
    expect(r.stderr).toBe('');
  });

  test('no change: exit 0', async () => {
    const r = await seedbed(['diff', 'openstack', '--against-dir', base, '--now', '2026-11-25']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^openstack: no changes against .*base$/);
  });

  test('wrong usage exits 64', async () => {
    expect((await seedbed(['diff', 'openstack', '--format', 'yaml'])).code).toBe(64);
    const both = await seedbed(['diff', 'openstack', '--against', 'HEAD', '--against-dir', base]);
    expect(both.code).toBe(64);
    expect(both.stderr).toContain('--against and --against-dir exclude each other');
  });

  test('against a Git ref: the committed output folder, read without a checkout', async () => {
    const repo = path.join(work, 'repo');
    fs.mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    const fleetFile = path.join(repo, 'fleets', 'acme.ts');
    fs.mkdirSync(path.dirname(fleetFile));
    const exportFrom = (p: string) => fs.writeFileSync(fleetFile, `export { default } from ${JSON.stringify(p.replace(/\.ts$/, ''))};\n`);
    exportFrom(path.join(REPO_ROOT, 'fleets', 'openstack.ts'));
    // The baseline is the fleet's repository.path (snapshots/openstack for this example), the folder synth writes:
    // the output rendered once for this file (beforeAll).
    fs.cpSync(base, path.join(repo, 'snapshots', 'openstack'), { recursive: true });
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'fleet');

    const clean = await seedbed(['diff', '--now', '2026-11-25'], { cwd: repo });
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.stdout.trim()).toBe('acme: no changes against snapshots/openstack at HEAD');

    exportFrom(MODIFIED);
    // fleets/acme.ts changed: read afresh, as a new process would.
    const changed = await seedbed(['diff', '--now', '2026-11-25'], { cwd: repo, fresh: true });
    expect(changed.code).toBe(3);
    expect(changed.stdout).toContain('  shoot shop--prod on nord-2: objects: 3 changed — DESTRUCTIVE (cidr-changed)');

    // The working copy of the output does not matter: the baseline is what the ref holds.
    fs.rmSync(path.join(repo, 'snapshots'), { recursive: true });
    expect((await seedbed(['diff', '--now', '2026-11-25', '--against', 'main'], { cwd: repo })).code).toBe(3);

    const unknown = await seedbed(['diff', '--against', 'no-such-branch'], { cwd: repo });
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toContain("error: unknown Git ref 'no-such-branch'");
  });

  test('a missing or empty --against-dir is an error (exit 64), never "everything is new"', async () => {
    const missing = await seedbed(['diff', 'openstack', '--against-dir', path.join(work, 'no-such-folder'), '--now', '2026-11-25']);
    expect(missing.code).toBe(64);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^error: baseline \S*no-such-folder: no such folder; give the folder that holds the committed output/m);
    const empty = path.join(work, 'empty');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'README.md'), 'not output\n');
    const r = await seedbed(['diff', 'openstack', '--against-dir', empty, '--now', '2026-11-25']);
    expect(r.code).toBe(64);
    expect(r.stdout).not.toContain('everything is new');
    expect(r.stderr).toMatch(/^error: baseline \S*empty: holds no seedbed output \(no fleet\.json, seeds\/, garden\/ or terraform\/\); give the folder synth wrote$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test.each([
    ['only a stray terraform/main.tf', { 'terraform/main.tf': 'resource "null_resource" "x" {}\n' }, 'fleet.json is missing'],
    ['a fleet.json of {}', { 'fleet.json': '{}\n' }, 'fleet.json is not a seedbed inventory (missing or wrong: kind: FleetInventory, fleet (a name), seeds (a list), shoots (a map))'],
    ['a fleet.json that is not JSON, beside real output', { 'fleet.json': '{"kind":"FleetInventory",', 'seeds/nord-1/kustomization.yaml': 'resources: []\n' },
      'fleet.json is not JSON'],
    ['an inventory without its shoots', { 'fleet.json': '{"kind":"FleetInventory","fleet":"acme","seeds":[]}\n' }, 'fleet.json is not a seedbed inventory (missing or wrong: shoots (a map))'],
  ])('an --against-dir holding %s is not a baseline: exit 64, never "everything is new"', async (what, files, problem) => {
    const dir = fs.mkdtempSync(path.join(work, 'stray-'));
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    const r = await seedbed(['diff', 'openstack', '--against-dir', dir, '--now', '2026-11-25']);
    expect({ what, code: r.code, stdout: r.stdout, stderr: r.stderr.trim() }).toEqual({
      what,
      code: 64,
      stdout: '',
      stderr: `error: baseline ${path.relative(REPO_ROOT, dir)}: ${problem}: this is not output seedbed wrote; give the folder synth wrote (its fleet.json at the top, with seeds/, garden/, terraform/)`,
    });
  });

  test('against a Git ref: a committed output folder without a readable fleet.json is not a baseline (exit 64)', async () => {
    const repo = path.join(work, 'repo-stray');
    fs.mkdirSync(path.join(repo, 'fleets'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(repo, 'fleets', 'acme.ts'), `export { default } from ${JSON.stringify(path.join(REPO_ROOT, 'fleets', 'openstack'))};\n`);
    fs.mkdirSync(path.join(repo, 'snapshots', 'openstack', 'terraform'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'snapshots', 'openstack', 'terraform', 'main.tf'), 'resource "null_resource" "x" {}\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'fleet with a stray file');
    const r = await seedbed(['diff', '--now', '2026-11-25'], { cwd: repo });
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr.trim() }).toEqual({
      code: 64,
      stdout: '',
      stderr: 'error: baseline snapshots/openstack at HEAD: fleet.json is missing: this is not output seedbed wrote; give the folder synth wrote (its fleet.json at the top, with seeds/, garden/, terraform/)',
    });
  });

  test('against a Git ref: no committed output of a fleet that is there is an error; a new fleet starts from nothing', async () => {
    const repo = path.join(work, 'repo-empty');
    fs.mkdirSync(path.join(repo, 'fleets'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    const fleetFile = path.join(repo, 'fleets', 'acme.ts');
    fs.writeFileSync(fleetFile, `export { default } from ${JSON.stringify(path.join(REPO_ROOT, 'fleets', 'openstack'))};\n`);
    fs.writeFileSync(path.join(repo, 'README.md'), 'fleet\n');
    git(repo, 'add', 'README.md');
    git(repo, 'commit', '-q', '-m', 'start');
    // fleets/acme.ts is not at HEAD: a new fleet, all of it new (and safe).
    const fresh = await seedbed(['diff', '--now', '2026-11-25'], { cwd: repo });
    expect(fresh.stderr).toBe('');
    expect(fresh.code).toBe(0);
    expect(fresh.stdout.split('\n')[0]).toBe('acme: no output in snapshots/openstack at HEAD (fleets/acme.ts is new: not at HEAD); everything is new');
    // Committed without its output: the baseline is empty by mistake, and diff refuses.
    git(repo, 'add', 'fleets/acme.ts');
    git(repo, 'commit', '-q', '-m', 'fleet without output');
    const r = await seedbed(['diff', '--now', '2026-11-25'], { cwd: repo });
    expect(r.code).toBe(64);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: baseline snapshots/openstack at HEAD: holds no output of fleet acme, though fleets/acme.ts is there; commit the output synth writes, or give the folder with --out');
  });

  test('--help documents the options and exit codes', async () => {
    const r = await seedbed(['diff', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--against <ref>', '--against-dir <dir>', '--format <format>', '--allow-destructive']) expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('Exit codes: 0 no destructive change');
  });
});

describe('seedbed report and upgrade-plan', () => {
  test('report writes one HTML file and says what is in it', async () => {
    const out = path.join(work, 'report', 'fleet.html');
    const r = await seedbed(['report', 'openstack', 'vsphere', '--out', out, '--now', '2026-11-25', '--days', '90']);
    expect(r.stderr).toContain('openstack: 3 seeds, 9 shoots, ');
    expect(r.code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('id="fleet-openstack"');
    expect(html).toContain('id="fleet-vsphere"');
  });

  test('--days must be a whole number', async () => {
    const r = await seedbed(['report', 'openstack', '--out', path.join(work, 'x.html'), '--days', 'soon']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('error: --days: not a whole number of days: soon');
  });

  test('upgrade-plan --stack: CAPO v0.14.7 → v0.15.0-beta.0 on nord-1 prints the order and the rendered diff, only safe changes', async () => {
    const r = await seedbed(['upgrade-plan', 'openstack', '--stack', 'clusterApiProviderOpenStack=v0.15.0-beta.0', '--seed', 'nord-1', '--now', '2026-11-25']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'openstack: seed nord-1: management stack upgrade, in this order:',
      '  1. Cluster API provider OpenStack v0.14.7 → v0.15.0-beta.0',
    ]);
    expect(lines).toEqual(expect.arrayContaining([
      'openstack: what the target stack renders (1 seed: nord-1):',
      '  ~ OpenStackCluster shoot--platform--ci/ci  (control-plane/control-plane.yaml)',
      '      apiVersion: infrastructure.cluster.x-k8s.io/v1beta1 → infrastructure.cluster.x-k8s.io/v1beta2',
      '      spec.template.spec.flavor: m1.large → {"filter":{"name":"m1.large"}}',
      '  shoot data--analytics on nord-1: objects: 3 changed — safe',
      '  shoot platform--ci on nord-1: objects: 3 changed — safe',
      '  shoot platform--ops on nord-1: objects: 2 changed — safe',
      '  shoot shop--staging on nord-1: objects: 2 changed — safe',
    ]));
    expect(lines[lines.length - 1]).toBe('openstack: 4 shoots, 1 seed changed against the current stack; no destructive changes');
    expect(r.stdout).not.toMatch(/DESTRUCTIVE|\+ |- /);
  });

  test('upgrade-plan --stack refuses a known-bad target (and one without schemas) with the exact error, exit 64', async () => {
    const r = await seedbed(['upgrade-plan', 'openstack', '--stack', 'clusterApi=v1.16.0', '--seed', 'nord-1', '--now', '2026-11-25']);
    expect(r.code).toBe(64);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe([
      'error: --stack: the target cannot be planned:',
      'openstack: seed nord-1: no plan:',
      '  - Cluster API v1.16.0: seedbed has no schemas of it (has: v1.14.0)',
      '  - the target is a known-bad combination [capo-v1beta1-contract-removed] (lib/core/compatibility.ts)',
    ].join('\n'));
  });

  test('upgrade-plan prints JSON on request', async () => {
    const r = await seedbed(['upgrade-plan', 'openstack', '--now', '2026-11-25T00:00:00Z', '--days', '90', '--format', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({ apiVersion: 'seedbed.io/v1alpha1', kind: 'UpgradePlan', now: '2026-11-25T00:00:00.000Z', days: 90, until: '2027-02-23' });
    expect(plan.fleets.map((f: any) => f.fleet)).toEqual(['openstack']);
  });
});
