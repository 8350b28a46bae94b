/**
 * The progress reporter (jest.config.js) prints a line as each test file starts and finishes, and
 * while one runs long, but only in a log; on a terminal it stays quiet.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ProgressReporter = require('./progress-reporter');

function reporter(isTTY: boolean) {
  let clock = 1000;
  const lines: string[] = [];
  const stream = { isTTY, write: (s: string) => { lines.push(s); return true; } };
  const r = new ProgressReporter({ rootDir: '/repo' }, { stream, heartbeatSeconds: 0, now: () => clock });
  return { r, lines, tick: (ms: number) => { clock += ms; } };
}

const result = (passing: number, failing: number, error?: unknown) => ({ numPassingTests: passing, numFailingTests: failing, testExecError: error });

test('in a log: a line when each file starts and finishes, with its duration and counts; one per running file on a heartbeat', () => {
  const { r, lines, tick } = reporter(false);
  r.onRunStart({ numTotalTestSuites: 2 });
  r.onTestFileStart({ path: '/repo/test/cli/diff.test.ts' });
  tick(30_000);
  r.heartbeat();
  tick(2_500);
  r.onTestFileResult({ path: '/repo/test/cli/diff.test.ts' }, result(12, 0));
  r.onTestFileStart({ path: '/repo/test/core/a.test.ts' });
  tick(100);
  r.onTestFileResult({ path: '/repo/test/core/a.test.ts' }, result(3, 1));
  r.onRunComplete();
  expect(lines).toEqual([
    'jest [0/2 done, 0.0 s] started test/cli/diff.test.ts\n',
    'jest [0/2 done, 30.0 s] still running test/cli/diff.test.ts (30.0 s so far)\n',
    'jest [1/2 done, 32.5 s] finished test/cli/diff.test.ts in 32.5 s (12 passed)\n',
    'jest [1/2 done, 32.5 s] started test/core/a.test.ts\n',
    'jest [2/2 done, 32.6 s] finished test/core/a.test.ts in 0.1 s (1 of 4 failed)\n',
  ]);
});

test('a file that fails to run is reported as failed', () => {
  const { r, lines } = reporter(false);
  r.onTestFileStart({ path: '/repo/test/x.test.ts' });
  r.onTestFileResult({ path: '/repo/test/x.test.ts' }, result(0, 0, { message: 'SyntaxError' }));
  expect(lines[1]).toBe('jest [1 done, 0.0 s] finished test/x.test.ts in 0.0 s (0 of 0 failed)\n');
});

test('on a terminal it prints nothing (the default reporter shows running files there)', () => {
  const { r, lines } = reporter(true);
  r.onRunStart({ numTotalTestSuites: 1 });
  r.onTestFileStart({ path: '/repo/test/x.test.ts' });
  r.heartbeat();
  r.onTestFileResult({ path: '/repo/test/x.test.ts' }, result(1, 0));
  r.onRunComplete();
  expect(lines).toEqual([]);
});
