/**
 * `npm run bench` measures each step in a process of its own (bench/modes.ts). Here every mode
 * runs once at a small size, in this process, so that the measurements keep measuring what they
 * say: the same files in every way of writing them, a no-op re-synth that rewrites nothing, a
 * warm synth whose verdicts were all known, and the plain cdk8s and cdktn Apps writing a file per
 * shoot. (No timing: the figures are the bench's.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChild } from '../../bench/modes';
import { listManagedFiles } from '../../lib/output/writer';

const N = 30;

interface Figure { seconds: number; rssMiB: number; files: number }

describe(`every bench measurement, at ${N} shoots`, () => {
  let tmp: string;
  const figures: Record<string, Figure> = {};

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-bench-test-'));
    for (const mode of ['seedbed', 'prime', 'warm', 'noop', 'change1', 'validate', 'floor', 'flooryaml', 'cdk8s', 'cdktn']) {
      const lines: string[] = [];
      const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => {
        lines.push(String(chunk));
        return true;
      });
      try {
        runChild(mode, N, tmp);
      } finally {
        write.mockRestore();
      }
      if (mode !== 'prime') figures[mode] = JSON.parse(lines.join('').trim());
    }
  }, 120_000);

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('every measurement prints its time, peak RSS and file count', () => {
    for (const f of Object.values(figures)) {
      expect(f.seconds).toBeGreaterThan(0);
      expect(f.rssMiB).toBeGreaterThan(0);
    }
  });

  test('the synths and both floors write the same files', () => {
    // The first synth, the no-op and the one-shoot change share one folder (ending with the change).
    const dir = (mode: string) => path.join(tmp, mode === 'seedbed' ? `synth-${N}` : `${mode}-${N}`);
    const files = listManagedFiles(dir('seedbed'));
    expect(files.length).toBe(figures.seedbed.files);
    expect(files).toContain('fleet.json');
    for (const mode of ['warm', 'floor', 'flooryaml']) {
      expect(figures[mode].files).toBe(figures.seedbed.files);
      expect(listManagedFiles(dir(mode))).toEqual(files);
    }
    // Both floors write the synth's YAML, byte for byte or (the yaml package) as the same data.
    const sample = files.find((f) => f.startsWith('seeds/seed-000/') && f.endsWith('control-plane.yaml'))!;
    expect(fs.readFileSync(path.join(dir('floor'), sample), 'utf8')).toBe(fs.readFileSync(path.join(dir('seedbed'), sample), 'utf8'));
  });

  test('a no-op re-synth rewrites no file; one shoot changed rewrites only its files', () => {
    expect(figures.noop.files).toBe(0);
    expect(figures.change1.files).toBeGreaterThan(0);
    expect(figures.change1.files).toBeLessThan(10);
  });

  test('validate renders every file and finds no problem', () => {
    expect(figures.validate.files).toBe(figures.seedbed.files - 1);
  });

  test('the plain Apps write one chart and one stack per shoot', () => {
    expect(figures.cdk8s.files).toBe(N);
    expect(figures.cdktn.files).toBe(N);
    expect(fs.readdirSync(path.join(tmp, `cdktn-${N}`, 'stacks'))).toHaveLength(N);
  });
});
