/**
 * A jest reporter that keeps a log alive while long test files run (jest.config.js).
 *
 * Jest's default reporter shows the files running only on a terminal (its status area); in a log
 * (CI, `npm test | tee`) it prints a file's result when the file is done, so a run of long files
 * prints nothing for minutes. When stderr is not a terminal, this one prints a line as each file
 * starts and as it finishes (with its duration), and one every HEARTBEAT_S seconds a file is still
 * running, so that a log shows where the run is and a CI job's no-output timeout never fires on a
 * healthy run. On a terminal it prints nothing: the default reporter's status area does the job.
 *
 * It only reports; the run's result and exit code stay the default reporter's and jest's.
 * Plain JavaScript: jest loads reporters without transforming them.
 */
'use strict';
const path = require('path');

/** Seconds between "still running" lines for a file that has not finished. */
const HEARTBEAT_S = 30;

class ProgressReporter {
  /**
   * @param {{ rootDir: string }} globalConfig
   * @param {{ stream?: NodeJS.WritableStream, heartbeatSeconds?: number, now?: () => number }} [options]
   *   what tests replace: where lines go (stderr), the heartbeat period, the clock
   */
  constructor(globalConfig, options = {}) {
    this.rootDir = globalConfig.rootDir;
    this.stream = options.stream ?? process.stderr;
    this.heartbeatMs = (options.heartbeatSeconds ?? HEARTBEAT_S) * 1000;
    this.now = options.now ?? Date.now;
    this.enabled = !this.stream.isTTY;
    /** @type {Map<string, number>} start time of each running file, by path */
    this.running = new Map();
    this.total = 0;
    this.done = 0;
    this.startedRun = this.now();
    this.timer = undefined;
  }

  onRunStart(results) {
    this.total = results.numTotalTestSuites;
    this.startedRun = this.now();
  }

  onTestFileStart(test) {
    if (!this.enabled) return;
    this.running.set(test.path, this.now());
    this.line(`started ${this.name(test.path)}`);
    if (this.timer === undefined && this.heartbeatMs > 0) {
      this.timer = setInterval(() => this.heartbeat(), this.heartbeatMs);
      this.timer.unref(); // never keeps jest alive
    }
  }

  onTestFileResult(test, result) {
    if (!this.enabled) return;
    const started = this.running.get(test.path) ?? this.now();
    this.running.delete(test.path);
    this.done += 1;
    const failed = result.testExecError !== undefined || result.numFailingTests > 0;
    const counts = failed ? `${result.numFailingTests} of ${result.numFailingTests + result.numPassingTests} failed` : `${result.numPassingTests} passed`;
    this.line(`finished ${this.name(test.path)} in ${seconds(this.now() - started)} (${counts})`);
    if (this.running.size === 0) this.stop();
  }

  onRunComplete() {
    this.stop();
  }

  heartbeat() {
    for (const [file, started] of this.running) this.line(`still running ${this.name(file)} (${seconds(this.now() - started)} so far)`);
  }

  stop() {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  name(file) {
    return path.relative(this.rootDir, file).split(path.sep).join('/');
  }

  line(text) {
    const total = this.total > 0 ? `/${this.total}` : '';
    this.stream.write(`jest [${this.done}${total} done, ${seconds(this.now() - this.startedRun)}] ${text}\n`);
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

module.exports = ProgressReporter;
