/**
 * The `seedbed` command in the test's own process: `run(argv, io)` from lib/cli/main with the
 * output captured, as a spawned `bin/seedbed.js` would print it (each line ending in a newline),
 * and its exit code. Spawning the command costs a Node start and loading seedbed every time; in
 * process, seedbed and the example fleets are loaded once per test file.
 *
 * The working directory is the process's for the length of the run (process.chdir), so that what
 * reads it besides `io.cwd` (the type check's file names) sees what a user in `cwd` would.
 * test/cli/cli.test.ts keeps one smoke test through the real binary.
 */
import * as path from 'path';
import { REPO_ROOT } from './fleets';

/** What a run of the command printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link seedbed}. */
export interface SeedbedOptions {
  /** @default REPO_ROOT */
  readonly cwd?: string;
  /** Variables on top of the test's environment. */
  readonly env?: Record<string, string | undefined>;
  /**
   * Load seedbed and the fleet files afresh (jest.resetModules) instead of from this test file's
   * module registry: for a test that rewrites a fleet file between runs, which a new process would
   * read again but a module registry keeps as first loaded.
   */
  readonly fresh?: boolean;
}

/** Runs `seedbed <args>` in this process; the result as a spawned command's would be. */
export async function seedbed(args: readonly string[], options: SeedbedOptions = {}): Promise<CliResult> {
  const cwd = path.resolve(options.cwd ?? REPO_ROOT);
  if (options.fresh) jest.resetModules();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { run } = require('../../lib/cli/main') as typeof import('../../lib/cli/main');
  let stdout = '';
  let stderr = '';
  const io = {
    out: (line: string) => { stdout += `${line}\n`; },
    err: (line: string) => { stderr += `${line}\n`; },
    cwd,
    env: { ...process.env, SEEDBED_DEBUG: '', NO_COLOR: '1', ...options.env },
  };
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await run(args, io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

/** Runs the command in process with the fleet's folder as its cwd; returns its exit code and what it wrote to stderr, line by line joined. */
export async function runForErrors(argv: readonly string[], cwd: string): Promise<{ code: number; err: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { run } = require('../../lib/cli/main') as typeof import('../../lib/cli/main');
  const err: string[] = [];
  const code = await run([...argv], { out: () => undefined, err: (l: string) => err.push(l), cwd, env: {} });
  return { code, err: err.join('\n') };
}
