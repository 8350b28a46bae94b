/**
 * The scaffolded repository runs cdk8s-cli without its upgrade check: `npm run synth:cdk8s` is
 * `cdk8s synth` with `--check-upgrade=false`, so it never asks the npm registry for cdk8s-cli's
 * latest version — a look-up that prints a stack trace where the registry cannot be reached.
 *
 * The scaffold's own cdk8s app needs seedbed installed (test/e2e runs it); here the script's
 * arguments run the repository's cdk8s-cli against a trivial app, with every registry look-up
 * recorded by a preloaded hook (so the test holds with or without a network).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../lib/cli/main';
import { REPO_ROOT } from '../support/fleets';

let work: string;
beforeAll(() => { work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-cdk8s-'))); });
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Records every child process cdk8s starts to fetch a URL (its `_loadurl` helper), without stopping it. */
const HOOK = `
const cp = require('child_process');
const original = cp.execFileSync;
cp.execFileSync = function (file, args, ...rest) {
  if (Array.isArray(args) && args.some((a) => String(a).includes('_loadurl'))) require('fs').appendFileSync(process.env.LOOKUPS, args.join(' ') + '\\n');
  return original.call(this, file, args, ...rest);
};
`;

/** Runs the repository's cdk8s-cli with `args` in a folder holding a trivial cdk8s app; a fresh HOME, so no cached version. */
function cdk8s(args: string[]): { code: number | null; stdout: string; stderr: string; lookups: string } {
  const dir = fs.mkdtempSync(path.join(work, 'app-'));
  fs.writeFileSync(path.join(dir, 'cdk8s.yaml'), `language: typescript\napp: ${JSON.stringify('node -e "require(\'fs\').mkdirSync(\'out\', { recursive: true })"')}\noutput: out\n`);
  fs.writeFileSync(path.join(dir, 'hook.js'), HOOK);
  const lookups = path.join(dir, 'lookups.txt');
  fs.writeFileSync(lookups, '');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CDK8S_')));
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s'), ...args], {
    cwd: dir, encoding: 'utf8', timeout: 120_000,
    env: { ...env, HOME: dir, LOOKUPS: lookups, NODE_OPTIONS: `--require ${path.join(dir, 'hook.js')}` },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lookups: fs.readFileSync(lookups, 'utf8') };
}

test("the scaffold's synth:cdk8s script turns cdk8s-cli's upgrade check off, and cdk8s-cli honours it", async () => {
  const repo = path.join(work, 'platform');
  const err: string[] = [];
  expect(await run(['init', repo, '--name', 'acme'], { out: () => undefined, err: (l) => err.push(l), cwd: work, env: {} })).toBe(0);
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  expect(pkg.scripts['synth:cdk8s']).toBe('cdk8s synth --check-upgrade=false');
  // The scaffold's README and cdk8s.yaml point at the script, not at a bare `npx cdk8s synth`.
  expect(fs.readFileSync(path.join(repo, 'README.md'), 'utf8')).toContain('`npm run synth:cdk8s`');
  expect(fs.readFileSync(path.join(repo, 'cdk8s.yaml'), 'utf8')).toContain('npm run synth:cdk8s');

  // Without the setting, cdk8s-cli asks the registry (the hook sees it): the check is real.
  const unchecked = cdk8s(['synth']);
  expect(unchecked.lookups).toContain('/cdk8s-cli/latest');

  // The script's arguments: no look-up, no stack trace, the app synthesized.
  const [bin, ...args] = pkg.scripts['synth:cdk8s'].split(' ');
  expect(bin).toBe('cdk8s');
  const r = cdk8s(args);
  expect(r.lookups).toBe('');
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toContain('A new version');
  expect(r.stdout).toContain('Synthesizing application');
  expect(r.code).toBe(0);
}, 180_000);
