/**
 * Fleet files are type-checked before they run (lib/pipeline/typecheck.ts): the compiler's
 * errors with file, line and column; nothing of the fleet runs; a clean verdict is kept in the
 * cache folder and a file is not checked again while nothing it reads changed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FleetTypeError } from '../../lib/pipeline/errors';
import { typeCheckFleets } from '../../lib/pipeline/typecheck';
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
