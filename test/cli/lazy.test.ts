/**
 * Each command's action is loaded only when the command runs: `seedbed --help` (and a command's
 * own help) loads no renderer, no schema check, no diff engine and no report. Measured in a fresh
 * Node process (jest keeps its own module registry) on build/, the compiled code bin/seedbed.js
 * runs (built first when it is missing or stale, as the binary would); modules are named by
 * their source in lib/.
 */
import { spawnSync } from 'child_process';
import { REPO_ROOT } from '../support/fleets';

/** The lib/ modules (relative paths of their sources) a fresh process has loaded after `run(argv)`, and the exit code. */
function loadedBy(argv: string[]): { code: number; modules: string[] } {
  const script = `
    const { isFresh, quickBuild } = require('./scripts/build');
    if (!isFresh()) quickBuild();
    const io = { out: () => {}, err: () => {}, cwd: process.cwd(), env: {} };
    const before = new Set(Object.keys(require.cache));
    require('./build/cli/main').run(${JSON.stringify(argv)}, io).then((code) => {
      const root = process.cwd() + '/build/';
      const modules = Object.keys(require.cache).filter((k) => !before.has(k) && k.startsWith(root)).map((k) => k.slice(root.length).replace(/\.js$/, '.ts'));
      process.stdout.write(JSON.stringify({ code, modules }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node -e failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * The modules help must not load: the renderers, the schema check (schema/paths, which only says
 * where the schema folder is, names the default in the help), the diff engine (diff/baseline,
 * which only reads a committed output folder, defines an error the program maps to exit 64), the
 * reports, and the pipeline's steps.
 */
function heavy(modules: string[]): string[] {
  return modules.filter((m) => /^(render|report|resolve)\//.test(m)
    || (m.startsWith('schema/') && m !== 'schema/paths.ts')
    || (m.startsWith('diff/') && m !== 'diff/baseline.ts')
    || /^pipeline\/(render|steps|synth|validate|check|apps)\.ts$/.test(m)
    || m.startsWith('cli/commands/'));
}

test('`seedbed --help` loads no command, renderer, schema check or diff engine', () => {
  const { code, modules } = loadedBy(['--help']);
  expect(code).toBe(0);
  expect(modules).toContain('cli/main.ts');
  expect(heavy(modules)).toEqual([]);
});

test('a command\'s help loads nothing more', () => {
  for (const command of ['synth', 'validate', 'diff']) {
    const { code, modules } = loadedBy([command, '--help']);
    expect(code).toBe(0);
    expect(heavy(modules)).toEqual([]);
  }
});

test('running a command loads its action and what it needs (the measurement sees them)', () => {
  // Fails on the fleet name, after the diff command's module was loaded.
  const { code, modules } = loadedBy(['diff', 'no-such-fleet']);
  expect(code).toBe(64);
  expect(modules).toEqual(expect.arrayContaining(['cli/commands/diff.ts', 'diff/engine.ts', 'pipeline/render.ts']));
  expect(modules.some((m) => m.startsWith('render/'))).toBe(true);
});
