/**
 * What a new user meets first: a folder without fleets is an error (not a silent success),
 * counts read "1 seed", every command's help lists its exit codes and marks what is required,
 * the schema check's verdicts belong to one fleet file (never to another fleet of the same garden
 * name), and synth draws a progress line on a terminal.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { COMMAND_EXIT_CODES, PROGRAM_EXIT_CODES } from '../../lib/cli/exit-codes';
import { CliIo } from '../../lib/cli/context';
import { EXIT, run } from '../../lib/cli/main';
import { defaultSharedDir } from '../../lib/schema/paths';
import { REPO_ROOT } from '../support/fleets';

async function seedbed(cwd: string, argv: string[], extra: Partial<CliIo> = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd, env: {}, ...extra });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let work: string;
beforeAll(() => { work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-frictions-'))); });
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** The scaffold's OpenStack fleet for the garden `acme`, importing this repository's lib, writing `dist/<out>`. */
function templateFleet(out: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'templates', 'fleets', 'openstack.ts'), 'utf8')
    .replace(/\{\{name\}\}/g, 'acme')
    .replace(/\{\{repository\}\}/g, 'https://git.acme.example/platform/fleet.git')
    .replace("path: 'dist/main'", `path: 'dist/${out}'`)
    .replace(/from 'seedbed'/, `from ${JSON.stringify(path.join(REPO_ROOT, 'lib'))}`);
}

/** A Git work tree holding `fleets` (name → source) and the seed's secrets folder the template fleet expects. */
function platformRepo(name: string, fleets: Record<string, string>): string {
  const repo = path.join(work, name);
  fs.mkdirSync(path.join(repo, 'fleets'), { recursive: true });
  for (const [file, text] of Object.entries(fleets)) fs.writeFileSync(path.join(repo, 'fleets', file), text);
  fs.mkdirSync(path.join(repo, 'secrets', 'seed-1'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'secrets', 'seed-1', 'kustomization.yaml'), 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n');
  const r = spawnSync('git', ['init', '-q'], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git init: ${r.stderr}`);
  return repo;
}

describe('no fleet to work on is a usage error', () => {
  const commands: string[][] = [['synth'], ['validate'], ['diff'], ['report', '--out', 'r.html'], ['upgrade-plan']];

  test.each(commands)('%s in a folder whose fleets/ is empty exits 64 and says so', async (...argv) => {
    const dir = path.join(work, `empty-${argv[0]}`);
    fs.mkdirSync(path.join(dir, 'fleets'), { recursive: true });
    const r = await seedbed(dir, argv);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({
      code: EXIT.USAGE,
      out: '',
      err: `error: no fleet definition in ${path.join(dir, 'fleets')} (looked for *.ts and *.js files); add one (seedbed init scaffolds fleets/main.ts) or name a fleet file`,
    });
    expect(fs.readdirSync(dir)).toEqual(['fleets']);
  });

  test('declaration files, other files and folders named like fleets do not count as fleets', async () => {
    const dir = path.join(work, 'no-fleets');
    fs.mkdirSync(path.join(dir, 'fleets', 'folder.ts'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'fleets', 'types.d.ts'), 'export {};\n');
    fs.writeFileSync(path.join(dir, 'fleets', 'README.md'), '# fleets\n');
    fs.writeFileSync(path.join(dir, 'fleets', 'main.ts.orig'), '');
    const r = await seedbed(dir, ['validate']);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toBe(`error: no fleet definition in ${path.join(dir, 'fleets')} (looked for *.ts and *.js files); add one (seedbed init scaffolds fleets/main.ts) or name a fleet file`);
  });

  test('no fleets/ folder at all is the same usage error as before', async () => {
    const dir = path.join(work, 'bare');
    fs.mkdirSync(dir);
    const r = await seedbed(dir, ['synth']);
    expect(r).toEqual({ code: EXIT.USAGE, out: '', err: `error: no fleets/ folder in ${dir}; name a fleet file` });
  });

  test('a hostile fleet name is reported as given, and nothing runs', async () => {
    const dir = path.join(work, 'hostile');
    fs.mkdirSync(path.join(dir, 'fleets'), { recursive: true });
    const name = '../../etc/passwd;$(rm -rf ~)\u202e';
    const r = await seedbed(dir, ['synth', name]);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toBe(`error: no fleet definition found for '${name}' (looked for ${name}, fleets/${name}.ts)`);
  });
});

describe('help', () => {
  test("every command's --help ends with its exit codes, and every code listed is one of EXIT", async () => {
    const codes = new Set<number>(Object.values(EXIT));
    for (const [command, listed] of Object.entries(COMMAND_EXIT_CODES)) {
      const r = await seedbed(work, [command, '--help']);
      expect(r.code).toBe(EXIT.OK);
      expect(r.out).toContain(`\nExit codes: ${listed.join('; ')}.`);
      for (const line of listed) expect(codes).toContain(Number(line.split(' ')[0]));
      // Each command lists success and wrong usage.
      expect(listed[0]).toMatch(/^0 /);
      expect(listed[listed.length - 1]).toMatch(/^64 /);
    }
    const top = await seedbed(work, ['--help']);
    expect(top.out).toContain(`Exit codes: ${PROGRAM_EXIT_CODES.join('; ')}.`);
    expect(PROGRAM_EXIT_CODES.map((l) => Number(l.split(' ')[0]))).toEqual([...codes].sort((a, b) => a - b));
  });

  test('every command of the program has its own list', async () => {
    const r = await seedbed(work, ['--help']);
    const listing = r.out.slice(r.out.indexOf('Commands:'));
    const commands = [...listing.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help');
    expect(commands.sort()).toEqual(Object.keys(COMMAND_EXIT_CODES).sort());
  });

  test('report marks --out as required, in its usage line and its help, and refuses to run without it', async () => {
    const help = await seedbed(work, ['report', '--help']);
    expect(help.out).toContain('Usage: seedbed report --out <file> [options] [fleets...]');
    expect(help.out).toMatch(/--out <file> +the HTML file to write \(required\)/);
    const r = await seedbed(work, ['report']);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toContain("error: required option '--out <file>' not specified");
  });
});

describe('one fleet file, one set of verdicts', () => {
  // Two fleet files defining gardens of the same name (a variant of a fleet, a copy being
  // reworked): each file's schema-check verdicts are its own.
  let repo: string;
  beforeAll(() => {
    repo = platformRepo('same-garden', { 'a.ts': templateFleet('a'), 'b.ts': templateFleet('b') });
  });
  const args = () => ['--now', '2026-11-25', '--schemas', defaultSharedDir(), '--cache-dir', path.join(repo, '.cache')];

  test('a first synth says nothing about earlier runs; the second one does, fleet by fleet, with counts in the singular where they are one', async () => {
    const first = await seedbed(repo, ['synth', ...args()]);
    expect(first.err).not.toContain('earlier run');
    expect(first.code).toBe(EXIT.OK);
    expect(first.err).toContain('  a: seed seed-1: 2 shoots, ');
    expect(first.err).toMatch(/ {2}a: seed seed-1: 2 shoots, \d+ objects, 2 Terraform stacks\n/);
    expect(first.err).not.toMatch(/\b1 (seeds|shoots|objects|Terraform stacks|prerequisites|files)\b/);

    // The second synth of an unchanged fleet is skipped as a whole (incremental synth), fleet by
    // fleet, and reports the figures the first one recorded.
    const second = await seedbed(repo, ['synth', ...args()]);
    expect(second.code).toBe(EXIT.OK);
    expect(second.err).toMatch(/ {2}a: the fleet, seedbed, the schemas and the output are as the last synth on this machine left them: nothing resolved, rendered, checked or written/);
    expect(second.err).toMatch(/ {2}b: the fleet, seedbed, the schemas and the output are as the last synth on this machine left them/);
    expect(second.err).toMatch(/ {2}a: seed seed-1: 2 shoots, \d+ objects, 2 Terraform stacks\n/);
    expect(second.err).toMatch(/^a: (\d+) files in dist\/a \(0 written, \1 unchanged, 0 removed\)$/m);
    // The seeds' figures and the warnings are the first synth's, line for line.
    const same = (err: string) => err.split('\n').filter((l) => / seed seed-1: |^warning: /.test(l));
    expect(same(second.err)).toEqual(same(first.err));

    // A fleet file edited by hand since: its seed is kept as written, the other fleet skipped as a whole.
    fs.appendFileSync(path.join(repo, 'fleets', 'a.ts'), '\n// edited\n');
    const third = await seedbed(repo, ['synth', ...args()]);
    expect(third.code).toBe(EXIT.OK);
    expect(third.err).toMatch(/ {2}b: the fleet, seedbed, the schemas and the output are as the last synth/);

    // --no-incremental (what the CI templates run): every seed rendered, the verdicts still used.
    const full = await seedbed(repo, ['synth', '--no-incremental', ...args()]);
    expect(full.code).toBe(EXIT.OK);
    expect(full.err).not.toContain('unchanged since the last synth');
    expect(full.err).toMatch(/ {2}a: (\d+) of \1 manifest files not checked again: an earlier run found them valid/);

    // validate renders and checks again: each fleet's verdicts of the first synth are at hand.
    const validated = await seedbed(repo, ['validate', ...args()]);
    expect(validated.code).toBe(EXIT.OK);
    expect(validated.err).toMatch(/ {2}a: (\d+) of \1 manifest files not checked again: an earlier run found them valid/);
    expect(validated.err).toMatch(/ {2}b: (\d+) of \1 manifest files not checked again: an earlier run found them valid/);
    expect(validated.out).toMatch(/^a: valid — 1 seed, 2 shoots, \d+ objects checked against their schemas$/m);
  });

  test('a new fleet file of the same garden name starts with no verdicts, though its output is the same text', async () => {
    fs.writeFileSync(path.join(repo, 'fleets', 'c.ts'), templateFleet('c'));
    const r = await seedbed(repo, ['validate', 'c', ...args()]);
    expect(r.code).toBe(EXIT.OK);
    expect(r.err).not.toContain('earlier run');
    const again = await seedbed(repo, ['validate', 'c', ...args()]);
    expect(again.err).toContain('c: ');
    expect(again.err).toContain('an earlier run found them valid');
  });
});

describe('progress', () => {
  let repo: string;
  beforeAll(() => { repo = platformRepo('progress', { 'main.ts': templateFleet('main') }); });

  /** A terminal that records what is drawn on it. */
  function terminal() {
    const drawn: string[] = [];
    return { drawn, stream: { isTTY: true, write: (s: string) => drawn.push(s) } };
  }

  function withoutCi<T>(f: () => Promise<T>): Promise<T> {
    const saved = { CI: process.env.CI, TERM: process.env.TERM };
    delete process.env.CI;
    process.env.TERM = 'xterm';
    return f().finally(() => {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    });
  }

  test('synth draws its steps on a terminal — type check, each seed rendered, the schema check, writing — and clears the line before its summary', async () => {
    const tty = terminal();
    const r = await withoutCi(() => seedbed(repo, ['synth', '--now', '2026-11-25', '--schemas', defaultSharedDir(), '--no-cache'], { progress: tty.stream }));
    expect(r.code).toBe(EXIT.OK);
    const steps = tty.drawn.filter((s) => s !== '\r\x1b[K').map((s) => s.replace(/^\r\x1b\[K/, '').replace(/ … \d+\.\ds$/, ''));
    expect(steps).toEqual([
      'type-checking 1 fleet file',
      'main: loading the fleet',
      'main: resolving the fleet',
      'main: rendering 1 seed',
      'main: rendered 1 of 1 seed',
      'main: staging the files',
      'main: waiting for the schema check',
      'main: writing',
    ]);
    // Every step rewrites the line in place; the last thing drawn clears it.
    expect(tty.drawn.every((s) => s.startsWith('\r\x1b[K'))).toBe(true);
    expect(tty.drawn[tty.drawn.length - 1]).toBe('\r\x1b[K');
  });

  test('validate draws its steps too', async () => {
    const tty = terminal();
    const r = await withoutCi(() => seedbed(repo, ['validate', '--now', '2026-11-25', '--schemas', defaultSharedDir(), '--no-cache'], { progress: tty.stream }));
    expect(r.code).toBe(EXIT.OK);
    expect(tty.drawn.some((s) => s.includes('main: waiting for the schema check'))).toBe(true);
    expect(tty.drawn[tty.drawn.length - 1]).toBe('\r\x1b[K');
  });

  test('nothing is drawn when the stream is not a terminal, or under CI', async () => {
    const pipe = { drawn: [] as string[], stream: { isTTY: false, write: (s: string) => pipe.drawn.push(s) } };
    await withoutCi(() => seedbed(repo, ['validate', '--now', '2026-11-25', '--no-check', '--schemas', defaultSharedDir(), '--no-cache'], { progress: pipe.stream }).catch(() => undefined));
    expect(pipe.drawn).toEqual([]);
    const tty = terminal();
    const saved = process.env.CI;
    process.env.CI = 'true';
    try {
      await seedbed(repo, ['validate', '--now', '2026-11-25', '--schemas', defaultSharedDir(), '--no-cache'], { progress: tty.stream });
    } finally {
      if (saved === undefined) delete process.env.CI; else process.env.CI = saved;
    }
    expect(tty.drawn).toEqual([]);
  });

  test('an error clears the line before it is reported', async () => {
    const tty = terminal();
    const r = await withoutCi(() => seedbed(repo, ['synth', '--seed', 'no-such-seed', '--now', '2026-11-25', '--no-check'], { progress: tty.stream }));
    expect(r.code).not.toBe(EXIT.OK);
    expect(r.err).toContain('unknown seed: no-such-seed');
    expect(tty.drawn.length).toBeGreaterThan(0);
    expect(tty.drawn[tty.drawn.length - 1]).toBe('\r\x1b[K');
  });
});
