/**
 * The bad-input corpus: every case resolves without throwing and reports exactly the problems
 * expected — no more, no fewer — as construct path, field and error type.
 */
import { buildFleet, errorKeys, keys, resolve } from '../fixtures/fleet';
import { CASES } from './cases';
import { BASES, runCase } from './run';

describe('bad-input corpus', () => {
  it('has at least 110 cases with unique names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(110);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it('starts from fixture fleets that are valid', () => {
    for (const base of Object.values(BASES)) expect(resolve(buildFleet(undefined, base)).errors).toEqual([]);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    let result: ReturnType<typeof runCase> | undefined;
    expect(() => { result = runCase(c); }).not.toThrow();
    expect(errorKeys(result!.errors)).toEqual(keys(...c.expected));
    expect(result!.fleet).toBeUndefined();
    // Every problem explains itself.
    for (const e of result!.errors) expect(e.detail.length).toBeGreaterThan(0);
  });
});
