/**
 * Stat tuples checked in groups, on two threads when there are many (lib/pipeline/stat-check):
 * the worker's verdicts are the same as this thread's, for every kind of change.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkGroup, folderTuple, PARALLEL_FROM, statTuple, TupleChecker, TupleGroup } from '../../lib/output/stat-check';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-stat-check-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** `groups` folders of `per` files each, recorded with a clock far in the future (every tuple settled). */
function tree(root: string, groups: number, per: number): TupleGroup[] {
  const out: TupleGroup[] = [];
  for (let g = 0; g < groups; g++) {
    const dir = path.join(root, `g${g}`);
    fs.mkdirSync(dir, { recursive: true });
    const paths: string[] = [];
    for (let i = 0; i < per; i++) {
      fs.writeFileSync(path.join(dir, `f${i}`), `${g}/${i}`);
      paths.push(`g${g}/f${i}`);
    }
    out.push({ kind: 'f', paths, tuples: paths.map((p) => statTuple(path.join(root, p))!), settled: '9'.repeat(19) });
  }
  const dirs = out.map((_, g) => `g${g}`);
  out.push({ kind: 'd', paths: dirs, tuples: dirs.map((d) => folderTuple(path.join(root, d))!), settled: '9'.repeat(19) });
  return out;
}

describe('stat tuples', () => {
  test('a file, a folder, a link and nothing', () => {
    const f = path.join(tmp, 'a');
    fs.writeFileSync(f, 'x');
    fs.symlinkSync(f, path.join(tmp, 'link'));
    expect(statTuple(f)).toMatch(/^1,[0-9]+,[0-9]+,[0-9]+,[0-9]+$/);
    expect(statTuple(tmp)).toBeUndefined();
    expect(folderTuple(tmp)).toMatch(/^[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+$/);
    expect(folderTuple(f)).toBeUndefined();
    expect(statTuple(path.join(tmp, 'link'))).toBeUndefined();
    expect(statTuple(path.join(tmp, 'missing'))).toBeUndefined();
  });

  test('a group is trusted only when every tuple is the same and settled', () => {
    const root = path.join(tmp, 'small');
    const [files, , dirs] = tree(root, 2, 3);
    expect(checkGroup(root, files)).toBe(true);
    expect(checkGroup(root, dirs)).toBe(true);
    // Recorded with a clock at or before the files' times: racy, not trusted.
    expect(checkGroup(root, { ...files, settled: files.tuples[0].split(',')[1] })).toBe(false);
    expect(checkGroup(root, { ...files, settled: 'not a clock' })).toBe(false);
    expect(checkGroup(root, { ...files, tuples: files.tuples.slice(1) })).toBe(false);
    fs.appendFileSync(path.join(root, files.paths[2]), 'y');
    expect(checkGroup(root, files)).toBe(false);
  });

  test('settled means both times strictly before the clock, compared as numbers', () => {
    const root = path.join(tmp, 'clock');
    const [files] = tree(root, 1, 2);
    const times = files.tuples.flatMap((t) => t.split(',').slice(1, 3)).map(BigInt);
    const newest = times.reduce((a, b) => (a > b ? a : b));
    expect(checkGroup(root, { ...files, settled: String(newest) })).toBe(false);
    expect(checkGroup(root, { ...files, settled: String(newest + 1n) })).toBe(true);
    expect(checkGroup(root, { ...files, settled: String(newest).slice(1) })).toBe(false);
    expect(checkGroup(root, { ...files, settled: `1${String(newest)}` })).toBe(true);
    expect(checkGroup(root, { ...files, settled: `0${String(newest + 1n)}` })).toBe(false);
  });

  test(`with more than ${PARALLEL_FROM} tuples the worker checks half the groups: the verdicts are this thread's`, () => {
    const root = path.join(tmp, 'many');
    const groups = tree(root, 40, Math.ceil(PARALLEL_FROM / 39));
    // Changes in groups on both sides of the split: a same-size rewrite, a removal, a folder gaining an entry.
    fs.writeFileSync(path.join(root, groups[3].paths[7]), '3/X');
    fs.rmSync(path.join(root, groups[20].paths[0]));
    fs.writeFileSync(path.join(root, 'g38', 'new'), '');
    const expected = groups.map((g) => checkGroup(root, g));
    // g3, g20 and the folders' group.
    expect(expected.map((ok, i) => (ok ? -1 : i)).filter((i) => i >= 0)).toEqual([3, 20, 40]);
    const checker = new TupleChecker(true);
    expect(checker.check(root, groups)).toEqual(expected);
    expect(checker.answeredByWorker).toBeGreaterThanOrEqual(15);
    // Used once; a second check runs on this thread.
    expect(checker.check(root, groups)).toEqual(expected);
    // Below the threshold nothing goes to a worker.
    const few = new TupleChecker(true);
    expect(few.check(root, groups.slice(0, 2))).toEqual(expected.slice(0, 2));
    expect(few.answeredByWorker).toBe(0);
  }, 60_000);
});
