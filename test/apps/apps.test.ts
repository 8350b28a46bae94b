/**
 * cdk8s.yaml and cdktf.json are wired to the fleets: `cdk8s synth` and the cdktn app render the
 * same output as `seedbed synth`. Both run their app through scripts/app.js, from build/ as the
 * command does.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../support/fleets';

const npx = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('npx', args, { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false', ...env } });

test('`cdk8s synth` renders every fleet with the seedbed pipeline', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cdk8s-')), 'dist');
  const r = npx(['cdk8s', 'synth', '--output', out]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Synthesizing application');
  for (const fleet of ['openstack', 'vsphere']) {
    expect(fs.existsSync(path.join(out, fleet, 'fleet.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, fleet, 'seeds'))).toBe(true);
  }
  expect(fs.readFileSync(path.join(out, 'vsphere', 'seeds', 'muc-1', 'kustomization.yaml'), 'utf8'))
    .toBe(fs.readFileSync(path.join(REPO_ROOT, 'snapshots', 'vsphere', 'seeds', 'muc-1', 'kustomization.yaml'), 'utf8'));
});

test('the cdktn app lays out one stack per shoot with a manifest the cdktn CLI reads', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cdktn-'));
  fs.writeFileSync(path.join(out, 'keep.txt'), 'not ours');
  // The app cdktf.json names, as the cdktn CLI runs it (through a shell, in the project folder).
  const app: string = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'cdktf.json'), 'utf8')).app;
  const r = spawnSync('sh', ['-c', app], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, CDKTF_OUTDIR: out } });
  expect(r.status).toBe(0);
  // Written through the atomic writer: nothing of its own left behind, nothing else touched.
  expect(fs.readdirSync(out).sort()).toEqual(['fleets', 'keep.txt', 'manifest.json', 'stacks']);
  expect(fs.readFileSync(path.join(out, 'keep.txt'), 'utf8')).toBe('not ours');
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  // cdktn's version, as its App.synth() writes it.
  expect(manifest.version).toBe(require('cdktn/package.json').version);
  expect(manifest.version).toBe('0.24.0');
  const names = Object.keys(manifest.stacks);
  expect(names).toContain('vsphere--muc-2--it--branch');
  expect(names).toContain('openstack--sued-1--shop--edge-sued');
  for (const name of names) {
    const stack = manifest.stacks[name];
    expect(stack.synthesizedStackPath).toBe(`stacks/${name}/cdk.tf.json`);
    const json = JSON.parse(fs.readFileSync(path.join(out, stack.synthesizedStackPath), 'utf8'));
    expect(json.terraform.required_providers).toBeDefined();
  }
});
