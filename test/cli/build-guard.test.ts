/**
 * bin/seedbed.js in a checkout runs build/, never lib/'s TypeScript: it transpiles lib/ into
 * build/ first when build/ is missing or stale (scripts/build.js), and answers fleets' imports of
 * lib/ from build/. Checked on a throwaway checkout: this repository's bin/seedbed.js and
 * scripts/build.js beside a tiny lib/ whose `run` reports which files it ran.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../support/fleets';

const TSCONFIG = JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, types: [] } });
const TSCONFIG_BUILD = JSON.stringify({ extends: './tsconfig.json', compilerOptions: { rootDir: 'lib', outDir: 'build' }, include: ['lib/**/*.ts'] });

/** lib/cli/main.ts of the throwaway checkout: prints its own file, lib/version's VERSION and, given a module, that module's `where`. */
function mainTs(version: string): string {
  return [
    'import { VERSION } from "../version";',
    'export async function run(argv: string[]): Promise<number> {',
    '  const loaded: { where?: string } = argv[0] ? require(argv[0]) : {};',
    '  process.stdout.write(JSON.stringify({ main: __filename, version: VERSION, fleetSaw: loaded.where }) + "\\n");',
    '  return 0;',
    '}',
    `export const TAG: string = ${JSON.stringify(version)};`,
    '',
  ].join('\n');
}

function checkout(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-build-guard-'));
  for (const f of ['bin/seedbed.js', 'scripts/build.js']) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, f), path.join(root, f));
  }
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"guard","version":"0.0.0"}\n');
  fs.writeFileSync(path.join(root, 'tsconfig.json'), TSCONFIG);
  fs.writeFileSync(path.join(root, 'tsconfig.build.json'), TSCONFIG_BUILD);
  fs.mkdirSync(path.join(root, 'lib', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(root, 'lib', 'cli', 'main.ts'), mainTs('v1'));
  fs.writeFileSync(path.join(root, 'lib', 'version.ts'), 'export const VERSION: string = "one";\n');
  fs.writeFileSync(path.join(root, 'lib', 'index.ts'), 'export const where: string = __filename;\n');
  return root;
}

function seedbed(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'seedbed.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out: r.stdout ? JSON.parse(r.stdout) : undefined };
}

const REBUILT = 'seedbed: lib/ changed since build/ was built; transpiling it into build/ first\n';

/** Moves a file's modification time forward, as an edit a second later would. */
function touchLater(file: string): void {
  const later = new Date(fs.statSync(file).mtimeMs + 2000);
  fs.utimesSync(file, later, later);
}

test('a missing build/ is built first; an unchanged lib/ is not built again; the command runs build/', () => {
  const root = checkout();
  const first = seedbed(root);
  expect(first.stderr).toBe(REBUILT);
  expect(first.code).toBe(0);
  expect(first.out).toEqual({ main: path.join(root, 'build', 'cli', 'main.js'), version: 'one' });
  expect(JSON.parse(fs.readFileSync(path.join(root, 'build', '.seedbed-build.json'), 'utf8'))).toMatchObject({ kind: 'quick' });
  const again = seedbed(root);
  expect(again.stderr).toBe('');
  expect(again.out).toEqual(first.out);
});

test('an edited, an added and a removed source each make build/ stale; a removed one leaves no stale .js behind', () => {
  const root = checkout();
  seedbed(root);
  fs.writeFileSync(path.join(root, 'lib', 'version.ts'), 'export const VERSION: string = "two";\n');
  touchLater(path.join(root, 'lib', 'version.ts'));
  const edited = seedbed(root);
  expect(edited.stderr).toBe(REBUILT);
  expect(edited.out.version).toBe('two');

  fs.writeFileSync(path.join(root, 'lib', 'extra.ts'), 'export const EXTRA = 1;\n');
  expect(seedbed(root).stderr).toBe(REBUILT);
  expect(fs.existsSync(path.join(root, 'build', 'extra.js'))).toBe(true);

  fs.rmSync(path.join(root, 'lib', 'extra.ts'));
  expect(seedbed(root).stderr).toBe(REBUILT);
  expect(fs.existsSync(path.join(root, 'build', 'extra.js'))).toBe(false);

  // The compiler settings are sources too.
  fs.writeFileSync(path.join(root, 'tsconfig.build.json'), TSCONFIG_BUILD.replace('"rootDir"', '"removeComments":true,"rootDir"'));
  expect(seedbed(root).stderr).toBe(REBUILT);
  expect(seedbed(root).stderr).toBe('');
});

test('a hand-edited or foreign stamp, or a build/ without its entry point, is not trusted', () => {
  const root = checkout();
  seedbed(root);
  const stamp = path.join(root, 'build', '.seedbed-build.json');
  fs.writeFileSync(stamp, '{"format":');
  expect(seedbed(root).stderr).toBe(REBUILT);
  fs.writeFileSync(stamp, JSON.stringify({ format: 'seedbed-build-0', kind: 'quick', sources: JSON.parse(fs.readFileSync(stamp, 'utf8')).sources }));
  expect(seedbed(root).stderr).toBe(REBUILT);
  fs.rmSync(path.join(root, 'build', 'cli', 'main.js'));
  const r = seedbed(root);
  expect(r.stderr).toBe(REBUILT);
  expect(r.code).toBe(0);
});

test('a fleet importing lib/ (TypeScript) gets build/: one copy of seedbed, none of lib/ transpiled', () => {
  const root = checkout();
  fs.mkdirSync(path.join(root, 'fleets'));
  const fleet = path.join(root, 'fleets', 'f.js');
  fs.writeFileSync(fleet, `module.exports = require(${JSON.stringify(path.join(root, 'lib', 'index.ts'))});\n`);
  const r = seedbed(root, fleet);
  expect(r.code).toBe(0);
  expect(r.out.fleetSaw).toBe(path.join(root, 'build', 'index.js'));
});

test('a lock left by a process that is gone does not stop the build; no temporary folder is left behind', () => {
  const root = checkout();
  // A pid far above any Linux pid_max: no such process.
  fs.writeFileSync(path.join(root, 'build.lock'), '2147483646');
  const r = seedbed(root);
  expect(r.stderr).toBe(REBUILT);
  expect(r.code).toBe(0);
  expect(fs.readdirSync(root).filter((e) => e.startsWith('build')).sort()).toEqual(['build']);
});

test('commands started together on a stale build all run the new one, and leave one build/ behind', async () => {
  const root = checkout();
  const { spawn } = await import('child_process');
  const runs = await Promise.all([0, 1, 2, 3, 4].map(() => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const p = spawn(process.execPath, [path.join(root, 'bin', 'seedbed.js')], { cwd: root });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  })));
  for (const r of runs) {
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).main).toBe(path.join(root, 'build', 'cli', 'main.js'));
  }
  // The lock lets one transpile; the others wait and find it fresh. No temporary folder is left.
  expect(fs.readdirSync(root).filter((e) => e.startsWith('build')).sort()).toEqual(['build']);
});

test('declarations are added to a fresh build when first asked for, stamped with its sources; an edit makes them stale and the next build has none', () => {
  const root = checkout();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require(path.join(root, 'scripts', 'build.js'));
  const stampOf = () => JSON.parse(fs.readFileSync(path.join(root, 'build', '.seedbed-build.json'), 'utf8'));
  const dts = path.join(root, 'build', 'index.d.ts');
  expect(build.ensureDeclarations(root)).toBe(false); // no build/: nothing to add them to
  seedbed(root);
  expect(stampOf()).toMatchObject({ kind: 'quick', declarations: false });
  expect(fs.existsSync(dts)).toBe(false);
  const { sources } = stampOf();

  expect(build.ensureDeclarations(root)).toBe(true);
  expect(stampOf()).toEqual({ format: 'seedbed-build-1', kind: 'quick', sources, declarations: true });
  expect(fs.readFileSync(dts, 'utf8')).toBe('export declare const where: string;\n');
  expect(fs.readFileSync(path.join(root, 'build', 'cli', 'main.d.ts'), 'utf8')).toContain('export declare function run(argv: string[]): Promise<number>;');
  const again = seedbed(root); // the JavaScript came along: nothing to build, the same command runs
  expect(again.stderr).toBe('');
  expect(again.out).toEqual({ main: path.join(root, 'build', 'cli', 'main.js'), version: 'one' });
  expect(build.hasFreshDeclarations(root)).toBe(true);

  // Declarations of files the stamp vouches for but that are gone are made again.
  fs.rmSync(dts);
  expect(build.hasFreshDeclarations(root)).toBe(false);
  expect(build.ensureDeclarations(root)).toBe(true);
  expect(fs.existsSync(dts)).toBe(true);

  // An edit: the declarations are stale with the build; asking for them builds nothing.
  fs.writeFileSync(path.join(root, 'lib', 'index.ts'), 'export const where: number = 1;\n');
  touchLater(path.join(root, 'lib', 'index.ts'));
  expect(build.hasFreshDeclarations(root)).toBe(false);
  expect(build.ensureDeclarations(root)).toBe(false);
  expect(fs.readFileSync(dts, 'utf8')).toBe('export declare const where: string;\n');
  expect(seedbed(root).stderr).toBe(REBUILT);
  expect(stampOf()).toMatchObject({ kind: 'quick', declarations: false });
  expect(fs.existsSync(dts)).toBe(false); // no stale declarations left behind
  expect(build.ensureDeclarations(root)).toBe(true);
  expect(fs.readFileSync(dts, 'utf8')).toBe('export declare const where: number;\n');
  expect(fs.readdirSync(root).filter((e) => e.startsWith('build')).sort()).toEqual(['build']);
});
