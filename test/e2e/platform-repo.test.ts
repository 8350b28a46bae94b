/**
 * End to end, what a new user does: pack seedbed, scaffold a platform repository with
 * `seedbed init` (run from the tarball, as `npx seedbed init` would), install the tarball, add a
 * shoot to the fleet, and run validate, diff and synth from the installed package. The work folder
 * has no `shared/` (no CRDs) in it or above it: the rendered output is checked against the schema
 * catalog the package ships, and must build with `kubectl kustomize` for every seed and pass
 * `terraform validate`. `init` runs as the README shows it: `npx --package ./seedbed-<v>.tgz`. The scaffold's `tsc`, `cdk8s synth` and cdktn app must work too.
 *
 * npm installs from its cache where it can (`--prefer-offline`): the repository's own `npm ci`
 * has just filled it with the same packages. Each step's time is printed.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../support/fleets';
import { formatDiagnostics, terraformValidate } from '../support/terraform';
import { kustomize, requireTool } from '../support/tools';

const timings: string[] = [];

/** The environment of the user's shell: none of the npm_* settings `npm test` puts into ours. */
const ENV: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'SEEDBED_SCHEMAS'));

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs a command the way a user types it; throws with its output when the exit code is not `expect`. */
function sh(cwd: string, command: string, args: string[], options: { expect?: number; env?: NodeJS.ProcessEnv } = {}): Run {
  const started = Date.now();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...ENV, ...options.env }, maxBuffer: 64 * 1024 * 1024 });
  timings.push(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${command} ${args.join(' ')}`);
  const run = { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  if (r.error) throw new Error(`${command} ${args.join(' ')}: ${r.error.message}`);
  const expected = options.expect ?? 0;
  if (run.code !== expected) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${run.code}, expected ${expected}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
  }
  return run;
}

const git = (cwd: string, ...args: string[]) => sh(cwd, 'git', ['-c', 'user.name=Platform Team', '-c', 'user.email=platform@example.com', '-c', 'init.defaultBranch=main', ...args]);

/** The shoot a platform engineer adds to the scaffolded fleet. */
const NEW_SHOOT = `
  // Added by the platform team: a staging cluster for the shop.
  const staging = new Shoot(shop, 'staging', {
    cloudProfile: profile,
    region: 'eu-1',
    kubernetesVersion: '1.33.5',
    purpose: ShootPurpose.EVALUATION,
  });
  staging.addWorkerPool('default', { machineType: 'm1.large', minimum: 2, maximum: 4 });

  return garden;`;

/** Removes what `npx --package <tarball>` installed into npm's cache for the tarballs under `work`. */
function removeNpxInstalls(work: string): void {
  const cache = sh(os.tmpdir(), 'npm', ['config', 'get', 'cache']).stdout.trim();
  const npx = path.join(cache, '_npx');
  if (!fs.existsSync(npx)) return;
  for (const entry of fs.readdirSync(npx)) {
    const manifest = path.join(npx, entry, 'package.json');
    if (fs.existsSync(manifest) && fs.readFileSync(manifest, 'utf8').includes(work)) fs.rmSync(path.join(npx, entry), { recursive: true, force: true });
  }
}

let work = '';
afterAll(() => {
  if (!work) return;
  removeNpxInstalls(work);
  fs.rmSync(work, { recursive: true, force: true });
});

test('a platform repository from `npm pack` and `seedbed init` to a reviewed fleet change', async () => {
  requireTool('kubectl');
  requireTool('terraform');
  requireTool('git');
  const started = Date.now();
  // Nothing of the checkout's surroundings is near the platform repository: no shared/ (the CRDs
  // seedbed's catalog is built from) in the work folder or any folder above it.
  const hasSharedAbove = (start: string) => {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'shared'))) return true;
      if (path.dirname(dir) === dir) return false;
    }
  };
  const base = [os.tmpdir(), '/var/tmp', os.homedir()].map((d) => fs.realpathSync(d)).find((d) => !hasSharedAbove(d));
  if (base === undefined) throw new Error(`every candidate work folder (${os.tmpdir()}, /var/tmp, ${os.homedir()}) has a shared/ folder in or above it`);
  work = fs.mkdtempSync(path.join(base, 'seedbed-e2e-'));
  expect(hasSharedAbove(work)).toBe(false);

  // 1. The package, as the registry would serve it.
  sh(REPO_ROOT, 'npm', ['pack', '--pack-destination', work]);
  const tarballs = fs.readdirSync(work).filter((f) => f.endsWith('.tgz'));
  expect(tarballs).toHaveLength(1);
  const tarball = path.join(work, tarballs[0]);
  const listing = sh(work, 'tar', ['-tzf', tarball]).stdout.split('\n');
  expect(listing).toContain('package/build/index.js');
  expect(listing).toContain('package/build/index.d.ts');
  expect(listing).toContain('package/build/imports/providers/openstack/index.js');
  expect(listing).toContain('package/build/imports/kamaji.clastix.io.d.ts');
  expect(listing).toContain('package/templates/init/README.md');
  expect(listing).toContain('package/templates/fleets/openstack.ts');
  expect(listing).toContain('package/ci/github-actions.yml');
  // The schema catalog ships: validate and synth check against it where seedbed is installed.
  expect(listing).toContain('package/schema-catalog/catalog.json');
  expect(listing.filter((f) => f.startsWith('package/schema-catalog/') && f.endsWith('.json')).length).toBeGreaterThan(5);
  expect(listing.filter((f) => f.startsWith('package/lib/') || f.startsWith('package/test/') || f.startsWith('package/snapshots/'))).toEqual([]);

  // 2. `seedbed init`, run from the tarball as the README shows it (plus --prefer-offline: npm's cache).
  const init = sh(work, 'npx', ['--yes', '--prefer-offline', '--package', `./${tarballs[0]}`, '--', 'seedbed', 'init', 'platform', '--name', 'acme',
    '--seedbed-spec', `file:../${tarballs[0]}`, '--repository', 'https://git.acme.example/platform/fleet.git']);
  expect(init.stdout).toContain('created the platform repository for the garden acme in platform:');
  const repo = path.join(work, 'platform');
  git(repo, 'init', '-q');

  // 3. Install: seedbed from the tarball, the scaffold's devDependencies from the npm cache.
  sh(repo, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
  expect(fs.existsSync(path.join(repo, 'node_modules', 'seedbed', 'build', 'cli', 'main.js'))).toBe(true);
  expect(fs.existsSync(path.join(repo, 'node_modules', 'seedbed', 'lib'))).toBe(false);

  // 4. The first render, committed as the baseline.
  const first = sh(repo, 'npx', ['seedbed', 'synth']);
  expect(first.stderr).toContain('main: seed seed-1: 2 shoots,');
  expect(first.stderr).toMatch(/main: \d+ files in dist\/main \(\d+ written, 0 unchanged, 0 removed\)/);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'The acme fleet');

  // 5. The change: a new shoot.
  const fleetFile = path.join(repo, 'fleets', 'main.ts');
  const fleet = fs.readFileSync(fleetFile, 'utf8');
  expect(fleet).toContain('\n  return garden;');
  fs.writeFileSync(fleetFile, fleet.replace('\n  return garden;', NEW_SHOOT));

  // 6. Review it: types, validity, the diff against what is committed.
  sh(repo, 'npx', ['tsc', '--noEmit']);
  const validate = sh(repo, 'npx', ['seedbed', 'validate']);
  expect(validate.stdout).toMatch(/^main: valid — 1 seed, 3 shoots, \d+ objects checked against their schemas$/m);
  const diff = sh(repo, 'npx', ['seedbed', 'diff']);
  expect(diff.stdout).toContain('shoot shop--staging on seed-1 (new)');
  expect(diff.stdout).toContain('  + KamajiControlPlane shoot--shop--staging/staging  (control-plane/control-plane.yaml)');
  expect(diff.stdout).toMatch(/^ {2}shoot shop--staging on seed-1 \(new\): objects: \d+ added; Terraform: \d+ to add; files: \d+ added — safe$/m);
  expect(diff.stdout).toContain('main: 1 shoot, 1 seed changed against dist/main at HEAD; no destructive changes');
  expect(diff.stdout).not.toContain('shop--prod');
  const markdown = sh(repo, 'npx', ['seedbed', 'diff', '--format', 'markdown']);
  expect(markdown.stdout.startsWith('<!-- seedbed-diff -->')).toBe(true);
  expect(markdown.stdout).toContain('shop--staging');

  // 7. Render it, and check what the seeds will get.
  const second = sh(repo, 'npx', ['seedbed', 'synth']);
  expect(second.stderr).toContain('main: seed seed-1: 3 shoots,');
  const out = path.join(repo, 'dist', 'main');
  const seeds = fs.readdirSync(path.join(out, 'seeds'));
  expect(seeds).toEqual(['seed-1']);
  for (const seed of seeds) {
    const built = kustomize(path.join(out, 'seeds', seed));
    expect(built).toContain('name: shoot--shop--staging');
  }
  const stacks = fs.readdirSync(path.join(out, 'terraform', 'seed-1')).sort();
  expect(stacks).toEqual(['shop--dev', 'shop--prod', 'shop--staging']);
  for (const stack of stacks) {
    const result = await terraformValidate(path.join(out, 'terraform', 'seed-1', stack));
    if (!result.valid) throw new Error(`terraform validate ${stack}:\n${formatDiagnostics(result.diagnostics)}`);
  }
  // Only the new shoot's files and the inventory changed.
  const changed = git(repo, 'status', '--porcelain', '--untracked-files=all', 'dist').stdout.replace(/\n$/, '').split('\n').map((l) => l.slice(3)).sort();
  // The new shoot's credentials Secret joins the seed's prerequisites.
  expect(changed.filter((f) => !f.includes('shop--staging'))).toEqual(['dist/main/fleet.json', 'dist/main/seeds/seed-1/kustomization.yaml', 'dist/main/seeds/seed-1/prerequisites.json']);

  // 8. One shard (CI fans out per seed); identical to the full synth.
  const shard = path.join(work, 'shard');
  sh(repo, 'npx', ['seedbed', 'synth', '--seed', 'seed-1', '--out', shard]);
  expect(fs.readFileSync(path.join(shard, 'seeds', 'seed-1', 'kustomization.yaml'), 'utf8'))
    .toBe(fs.readFileSync(path.join(out, 'seeds', 'seed-1', 'kustomization.yaml'), 'utf8'));

  // 9. The same fleet through `cdk8s synth` (the scaffold's script, without cdk8s-cli's upgrade check) and the cdktn app.
  const cdk8s = sh(repo, 'npm', ['run', 'synth:cdk8s']);
  expect(cdk8s.stdout).toContain('Synthesizing application');
  expect(cdk8s.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(fs.readFileSync(path.join(repo, 'cdk8s.out', 'main', 'fleet.json'), 'utf8')).toBe(fs.readFileSync(path.join(out, 'fleet.json'), 'utf8'));
  sh(repo, 'npx', ['ts-node', '--transpile-only', 'apps/cdktn.ts'], { env: { CDKTF_OUTDIR: path.join(repo, 'cdktf.out') } });
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'cdktf.out', 'manifest.json'), 'utf8'));
  expect(Object.keys(manifest.stacks).sort()).toEqual(['main--seed-1--shop--dev', 'main--seed-1--shop--prod', 'main--seed-1--shop--staging']);
  expect(git(repo, 'status', '--porcelain', '--ignored', 'cdk8s.out', 'cdktf.out').stdout).toMatch(/^!! cdk8s\.out\/\n!! cdktf\.out\/$/m);

  timings.push(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  in all`);
  process.stderr.write(`seedbed e2e, step times:\n${timings.join('\n')}\n`);
}, 300_000);
