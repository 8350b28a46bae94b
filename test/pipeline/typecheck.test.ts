/**
 * Fleet files are type-checked before they run (lib/pipeline/typecheck.ts): the compiler's
 * errors with file, line and column; nothing of the fleet runs; a clean verdict is kept in the
 * cache folder and a file is not checked again while nothing it reads changed. In seedbed's
 * checkout, a fleet's imports of lib/ are read from the declarations in a fresh build/, with the
 * same errors as from lib/'s sources, and never from a stale build's.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FleetTypeError } from '../../lib/pipeline/errors';
import { TypeCheckOptions, typeCheckFleets } from '../../lib/pipeline/typecheck';
import { CliResult, seedbed } from '../support/cli';
import { REPO_ROOT } from '../support/fleets';
import { runForErrors } from '../support/cli';

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', types: [], lib: ['ES2022'] } });

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-typecheck-'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), TSCONFIG);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The verdict files in a cache folder, parsed. */
function verdicts(cache: string): Array<{ files: Record<string, string>; declarations?: boolean }> {
  return fs.readdirSync(cache).filter((f) => f.startsWith('typecheck-')).map((f) => JSON.parse(fs.readFileSync(path.join(cache, f), 'utf8')));
}

function errorsOf(f: () => void): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof FleetTypeError) return e.diagnostics.map((d) => d.replace(/^.*[\\/]/, ''));
    throw e;
  }
  return [];
}

describe('typeCheckFleets', () => {
  test('reports every error of a fleet file with the compiler\'s message, file, line and column', () => {
    const dir = project({ 'fleet.ts': "const x: number = 'a';\nexport const y: string = x;\nexport default x;\n" });
    expect(errorsOf(() => typeCheckFleets([path.join(dir, 'fleet.ts')]))).toEqual([
      "fleet.ts:1:7 - error TS2322: Type 'string' is not assignable to type 'number'.",
      "fleet.ts:2:14 - error TS2322: Type 'number' is not assignable to type 'string'.",
    ]);
  });

  test('reports errors in the TypeScript files beside the fleet that it imports', () => {
    const dir = project({
      'fleets/main.ts': "import { size } from './lib/sizes';\nexport default size;\n",
      'fleets/lib/sizes.ts': "export const size: number = '3';\n",
    });
    expect(errorsOf(() => typeCheckFleets([path.join(dir, 'fleets/main.ts')]))).toEqual([
      "sizes.ts:1:14 - error TS2322: Type 'string' is not assignable to type 'number'.",
    ]);
  });

  test('a syntax error and a missing import are errors too', () => {
    const dir = project({ 'fleet.ts': "import { nothing } from './missing';\nexport default nothing +;\n" });
    const errors = errorsOf(() => typeCheckFleets([path.join(dir, 'fleet.ts')]));
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^fleet\.ts:2:\d+ - error TS1109: Expression expected\.$/)]));
  });

  test('a JavaScript fleet has no types to check', () => {
    const dir = project({ 'fleet.js': "const x = 'a'; x.y.z;\n" });
    expect(errorsOf(() => typeCheckFleets([path.join(dir, 'fleet.js')]))).toEqual([]);
  });

  test('a clean fleet is recorded and not checked again until it, or a file it imports, changes', () => {
    const dir = project({ 'fleet.ts': "import { n } from './n';\nexport default n;\n", 'n.ts': 'export const n: number = 1;\n' });
    const cache = path.join(dir, 'cache');
    const fleet = path.join(dir, 'fleet.ts');
    const checked = { checked: [fleet], knownClean: [] };
    const known = { checked: [], knownClean: [fleet] };
    expect(typeCheckFleets([fleet], cache)).toEqual(checked);
    expect(fs.readdirSync(cache).filter((f) => f.startsWith('typecheck-'))).toHaveLength(1);
    expect(typeCheckFleets([fleet], cache)).toEqual(known);
    expect(typeCheckFleets([fleet])).toEqual(checked); // without a cache folder, every time
    fs.writeFileSync(path.join(dir, 'n.ts'), "export const n: number = 'one';\n");
    expect(errorsOf(() => typeCheckFleets([fleet], cache))).toEqual(["n.ts:1:14 - error TS2322: Type 'string' is not assignable to type 'number'."]);
    // Errors are reported every time: only clean verdicts are kept.
    expect(errorsOf(() => typeCheckFleets([fleet], cache))).toHaveLength(1);
    // Back to the text found clean: the verdict holds again.
    fs.writeFileSync(path.join(dir, 'n.ts'), 'export const n: number = 1;\n');
    expect(typeCheckFleets([fleet], cache)).toEqual(known);
    fs.writeFileSync(path.join(dir, 'n.ts'), 'export const n: number = 2;\n');
    expect(typeCheckFleets([fleet], cache)).toEqual(checked);
    expect(typeCheckFleets([fleet], cache)).toEqual(known);
    // Other compiler options are another verdict.
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...JSON.parse(TSCONFIG).compilerOptions, noUnusedLocals: true } }));
    expect(typeCheckFleets([fleet], cache)).toEqual(checked);
  });

  test('a corrupt verdict costs a check, nothing else', () => {
    const dir = project({ 'fleet.ts': 'export default 1;\n' });
    const cache = path.join(dir, 'cache');
    typeCheckFleets([path.join(dir, 'fleet.ts')], cache);
    for (const f of fs.readdirSync(cache)) fs.writeFileSync(path.join(cache, f), '{"format":');
    expect(errorsOf(() => typeCheckFleets([path.join(dir, 'fleet.ts')], cache))).toEqual([]);
  });
});

describe('seedbed with a fleet that does not type-check', () => {
  test('exits 1 with the compiler\'s errors, and the fleet does not run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-typecheck-cli-'));
    const fleet = path.join(dir, 'fleet.ts');
    fs.writeFileSync(fleet, [
      `import { App, Garden } from ${JSON.stringify(path.join(REPO_ROOT, 'lib'))};`,
      `(globalThis as any).process.stdout.write('the fleet ran');`,
      `const replicas: number = 'three';`,
      `export default () => new Garden(new App(), 'g', { repository: { url: 'https://git.example/f.git' }, dnsDomain: replicas });`,
      '',
    ].join('\n'));
    // synth (validate and diff run the same check first, see lib/cli/commands): nothing is written.
    for (const command of ['synth']) {
      // In this process (run(argv, io)); the fleet would write to this process's stdout if it ran.
      const written: string[] = [];
      const write = process.stdout.write;
      process.stdout.write = ((chunk: string | Uint8Array) => { written.push(String(chunk)); return true; }) as typeof process.stdout.write;
      let r: CliResult;
      try {
        r = await seedbed([command, fleet, '--cache-dir', path.join(dir, 'cache'), ...(command === 'synth' ? ['--out', path.join(dir, 'out')] : [])], { cwd: dir });
      } finally {
        process.stdout.write = write;
      }
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('error: the fleet definition does not type-check (2 errors):');
      expect(r.stderr).toContain("  - fleet.ts:3:7 - error TS2322: Type 'string' is not assignable to type 'number'.");
      expect(r.stderr).toContain("  - fleet.ts:4:101 - error TS2322: Type 'number' is not assignable to type 'string'.");
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(r.stdout).not.toContain('the fleet ran');
      expect(written.join('')).not.toContain('the fleet ran');
      expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
    }
  }, 120_000);
});

describe('seedbed with a JavaScript fleet whose props have the wrong types', () => {
  test('exits 1 with every field error, before it reads the repository path; no TypeError, nothing written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-props-cli-'));
    const fleet = path.join(dir, 'fleet.js');
    fs.writeFileSync(fleet, [
      `const { App, Garden, Project, Shoot } = require(${JSON.stringify(path.join(REPO_ROOT, 'lib'))});`,
      'module.exports = () => {',
      "  const garden = new Garden(new App(), 'g', { repository: { url: 'https://git.example/f.git', path: 42 }, dnsDomain: 42 });",
      "  new Shoot(new Project(garden, 'shop'), 'prod', { cloudProfile: 'openstack', region: 'eu-1', hibernation: { enabled: 'no' } });",
      '  return garden;',
      '};',
      '',
    ].join('\n'));
    const r = await runForErrors(['synth', fleet, '--out', path.join(dir, 'out'), '--no-check'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe([
      'error: the fleet definition has 4 problems:',
      '  - g dnsDomain: Invalid: must be a string, not a number (got 42)',
      '  - g repository.path: Invalid: must be a string, not a number (got 42)',
      '  - g/shop/prod cloudProfile: Invalid: must be a CloudProfile, not a string (got "openstack")',
      '  - g/shop/prod hibernation.enabled: Invalid: must be a boolean (true or false), not a string (got "no")',
    ].join('\n'));
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = (root: string): { quickBuild(root: string): boolean; isFresh(root: string): boolean; hasFreshDeclarations(root: string): boolean } => require(path.join(root, 'scripts', 'build.js'));

/** A throwaway seedbed checkout: this repository's scripts/build.js beside a tiny lib/ (as test/cli/build-guard.test.ts). */
function tinyCheckout(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-typecheck-checkout-'));
  fs.mkdirSync(path.join(root, 'scripts'));
  fs.copyFileSync(path.join(REPO_ROOT, 'scripts', 'build.js'), path.join(root, 'scripts', 'build.js'));
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'));
  fs.writeFileSync(path.join(root, 'tsconfig.json'), TSCONFIG);
  fs.writeFileSync(path.join(root, 'tsconfig.build.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { rootDir: 'lib', outDir: 'build' }, include: ['lib/**/*.ts'] }));
  fs.mkdirSync(path.join(root, 'lib', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(root, 'lib', 'cli', 'main.ts'), 'export async function run(): Promise<number> { return 0; }\n');
  fs.writeFileSync(path.join(root, 'lib', 'sizes.ts'), 'export interface Sizes { replicas: number }\n');
  // An inferred return type: what the declarations hold comes from the compiler, not the text.
  fs.writeFileSync(path.join(root, 'lib', 'index.ts'), "import { Sizes } from './sizes';\nexport { Sizes };\nexport function sizes(replicas: number) { const s: Sizes = { replicas }; return s; }\n");
  fs.mkdirSync(path.join(root, 'fleets'));
  return root;
}

/** Moves a file's modification time forward, as an edit a second later would. */
function touchLater(file: string): void {
  const later = new Date(fs.statSync(file).mtimeMs + 2000);
  fs.utimesSync(file, later, later);
}

describe('in a checkout, lib/ is read from the declarations of a fresh build/', () => {
  test('an unseen fleet is checked against them (added to a quick build when first needed), with the errors the sources give', () => {
    const root = tinyCheckout();
    const fleet = path.join(root, 'fleets', 'f.ts');
    fs.writeFileSync(fleet, "import { sizes } from '../lib';\nexport const n: string = sizes(3).replicas;\nexport default sizes('3');\n");
    const cache = path.join(root, 'cache');
    const options: TypeCheckOptions = { seedbedRoot: root };
    const expected = [
      "f.ts:2:14 - error TS2322: Type 'number' is not assignable to type 'string'.",
      "f.ts:3:22 - error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.",
    ];
    // No build/ yet: lib/'s sources, and nothing is built.
    expect(errorsOf(() => typeCheckFleets([fleet], cache, options))).toEqual(expected);
    expect(fs.existsSync(path.join(root, 'build'))).toBe(false);
    builder(root).quickBuild(root);
    expect(builder(root).hasFreshDeclarations(root)).toBe(false);
    expect(errorsOf(() => typeCheckFleets([fleet], cache, options))).toEqual(expected);
    expect(builder(root).hasFreshDeclarations(root)).toBe(true);
    expect(fs.readFileSync(path.join(root, 'build', 'index.d.ts'), 'utf8')).toContain('export declare function sizes(replicas: number): Sizes;');
    expect(errorsOf(() => typeCheckFleets([fleet], cache, { ...options, declarations: false }))).toEqual(expected);

    fs.writeFileSync(fleet, "import { sizes } from '../lib';\nexport const n: number = sizes(3).replicas;\nexport default n;\n");
    expect(typeCheckFleets([fleet], cache, options)).toEqual({ checked: [fleet], knownClean: [] });
    const [verdict] = verdicts(cache);
    expect(verdict.declarations).toBe(true);
    expect(Object.keys(verdict.files).sort()).toEqual([fleet, path.join(root, 'build', 'index.d.ts'), path.join(root, 'build', 'sizes.d.ts')].sort());
    expect(typeCheckFleets([fleet], cache, options)).toEqual({ checked: [], knownClean: [fleet] });
  });

  test('a stale build/ vouches for nothing: an edited lib/ is read from its sources, and the verdict drawn from the old declarations no longer holds', () => {
    const root = tinyCheckout();
    const fleet = path.join(root, 'fleets', 'f.ts');
    fs.writeFileSync(fleet, "import { sizes } from '../lib';\nexport const n: number = sizes(3).replicas;\nexport default n;\n");
    const cache = path.join(root, 'cache');
    builder(root).quickBuild(root);
    expect(typeCheckFleets([fleet], cache, { seedbedRoot: root })).toEqual({ checked: [fleet], knownClean: [] });
    // replicas becomes a string in lib/; build/ still declares a number.
    const sizes = path.join(root, 'lib', 'sizes.ts');
    fs.writeFileSync(sizes, 'export interface Sizes { replicas: string }\n');
    touchLater(sizes);
    expect(builder(root).isFresh(root)).toBe(false);
    expect(errorsOf(() => typeCheckFleets([fleet], cache, { seedbedRoot: root }))).toEqual(["f.ts:2:14 - error TS2322: Type 'string' is not assignable to type 'number'."]);
    // The check builds nothing: a stale build/ stays as it was, without new declarations.
    expect(fs.readFileSync(path.join(root, 'build', 'sizes.d.ts'), 'utf8')).toContain('replicas: number');
    // Back to the old text (but a newer file): build/ is still stale, so its declarations' verdict does not hold.
    fs.writeFileSync(sizes, 'export interface Sizes { replicas: number }\n');
    touchLater(sizes);
    expect(typeCheckFleets([fleet], cache, { seedbedRoot: root })).toEqual({ checked: [fleet], knownClean: [] });
    // That check read lib/'s sources, and its verdict holds while they stay as they are, built or not.
    expect(verdicts(cache).map((v) => v.declarations)).toEqual([undefined]);
    builder(root).quickBuild(root);
    expect(typeCheckFleets([fleet], cache, { seedbedRoot: root })).toEqual({ checked: [], knownClean: [fleet] });
  });

  test('seedbed itself: a wrong fleet gets the compiler\'s errors, file, line and column, as from lib/\'s sources', () => {
    const b = builder(REPO_ROOT);
    if (!b.isFresh(REPO_ROOT)) b.quickBuild(REPO_ROOT); // what bin/seedbed.js does before every command
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-typecheck-lib-'));
    const lib = JSON.stringify(path.join(REPO_ROOT, 'lib'));
    const props = path.join(dir, 'props.ts');
    fs.writeFileSync(props, [
      `import { App, Garden, Project, Shoot, ProviderType } from ${lib};`,
      "const garden = new Garden(new App(), 'g', { repository: { url: 'https://git.example/f.git' }, dnsDomain: 42 });",
      "new Shoot(new Project(garden, 'p'), 's', { cloudProfile: 'openstack', region: 1 });",
      'export const t: ProviderType = "openstack";',
      'garden.addNothing();',
      'export default garden;',
      '',
    ].join('\n'));
    const missing = path.join(dir, 'missing.ts');
    fs.writeFileSync(missing, `import { NoSuchThing } from ${lib};\nexport default new NoSuchThing();\n`);
    let errors: string[] = [];
    try {
      typeCheckFleets([props, missing], path.join(dir, 'cache'));
    } catch (e) {
      errors = (e as FleetTypeError).diagnostics.map((d) => d.split(dir + path.sep).join('').split(REPO_ROOT).join('<repo>'));
    }
    // What the same fleets gave when the check read lib/'s sources (before build/ had declarations).
    expect(errors).toEqual([
      "props.ts:2:95 - error TS2322: Type 'number' is not assignable to type 'string'.",
      "props.ts:3:44 - error TS2322: Type 'string' is not assignable to type 'CloudProfile'.",
      "props.ts:3:71 - error TS2322: Type 'number' is not assignable to type 'string'.",
      "props.ts:4:14 - error TS2322: Type '\"openstack\"' is not assignable to type 'ProviderType'.",
      "props.ts:5:8 - error TS2339: Property 'addNothing' does not exist on type 'Garden'.",
      "missing.ts:1:10 - error TS2305: Module '\"<repo>/lib\"' has no exported member 'NoSuchThing'.",
    ]);
    expect(b.hasFreshDeclarations(REPO_ROOT)).toBe(true);
    // A clean fleet is recorded as checked against build/'s declarations, none of lib/'s sources.
    const clean = path.join(dir, 'clean.ts');
    fs.writeFileSync(clean, `import { App, Garden } from ${lib};\nexport default new Garden(new App(), 'g', { repository: { url: 'https://git.example/f.git' }, dnsDomain: 'example.com' });\n`);
    const cache = path.join(dir, 'clean-cache');
    typeCheckFleets([clean], cache);
    const [verdict] = verdicts(cache);
    expect(verdict.declarations).toBe(true);
    expect(Object.keys(verdict.files).filter((f) => f.startsWith(path.join(REPO_ROOT, 'lib')))).toEqual([]);
    expect(Object.keys(verdict.files)).toContain(path.join(REPO_ROOT, 'build', 'index.d.ts'));
  }, 300_000);
});
