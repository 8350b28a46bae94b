/**
 * stableJson writes JSON.stringify(canonical(value)) in one pass without the copy: the same text,
 * and the same error, for every value — plain data, and what only the copy writes faithfully.
 */
import fc from 'fast-check';
import { canonical, stableJson } from '../../lib/core/json';

/** What stableJson must return (or throw). */
function expected(value: unknown): string {
  return JSON.stringify(canonical(value));
}

class Point {
  constructor(public readonly y: number, public readonly x: number) {}
  public toJSON(): string {
    return 'not used: the copy has no prototype';
  }
}

describe('stableJson', () => {
  // eslint-disable-next-line no-sparse-arrays
  const sparse = [1, , 3];
  const withToJson = { b: 1, toJSON: () => ({ replaced: true }) };
  const protoKey = JSON.parse('{"b": 1, "__proto__": {"toJSON": 1, "x": 2}, "a": [1]}');
  const listWithToJson = Object.assign([1, 2], { toJSON: () => 'list' });
  const deep: Record<string, unknown> = {};
  let at = deep;
  for (let i = 0; i < 20_000; i++) at = (at.n = {}) as Record<string, unknown>;
  test.each<[string, unknown]>([
    ['sorted keys at every level', { b: 1, a: { d: [{ z: 1, y: 2 }], c: 3 } }],
    ['undefined, functions and symbols left out of objects, null in lists', { a: undefined, f: () => 1, s: Symbol('x'), l: [undefined, () => 1, Symbol('y')] }],
    ['integer-like keys', { b: 1, 10: 2, 9: 3, '01': 4 }],
    ['strings that need escaping', { 'k"\\': 'a"b\\c\n\u0001\u2028', lone: '\ud800x', pair: '\ud83d\ude00', empty: '' }],
    ['numbers', { n: [0, -0, 1.5, 1e21, -1e-7, NaN, Infinity, -Infinity] }],
    ['a sparse list', { sparse }],
    ['a class instance with toJSON: its own fields (the copy drops the prototype)', { p: new Point(2, 1) }],
    ['a Date, a Map and a boxed string: their own enumerable keys', { d: new Date(0), m: new Map([['a', 1]]), s: new String('ab') }],
    ['an own toJSON function: the copy keeps it and JSON.stringify calls it', { o: withToJson }],
    ['an own toJSON that is no function', { o: { toJSON: 1, a: 2 } }],
    ['an own __proto__ key', { o: protoKey }],
    ['a list with its own toJSON (the copy is a plain list)', { l: listWithToJson }],
    ['null and lists at the top', [null, { b: 1, a: 2 }]],
  ])('%s', (_name, value) => {
    expect(stableJson(value)).toBe(expected(value));
  });

  test.each<[string, unknown]>([
    ['undefined', undefined], ['a function', () => 1], ['a string', 'x'], ['a number', 1], ['null', null],
  ])('at the top: %s', (_name, value) => {
    expect(stableJson(value)).toBe(expected(value));
  });

  test('a BigInt, a cycle and a structure deeper than the stack throw what the copy throws', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    for (const value of [{ a: { b: 1n } }, cycle]) {
      let want: unknown;
      try {
        expected(value);
      } catch (e) {
        want = e;
      }
      expect(want).toBeDefined();
      expect(() => stableJson(value)).toThrow((want as Error).constructor as new () => Error);
    }
    let deepText: string | undefined;
    try {
      deepText = expected(deep);
    } catch {
      deepText = undefined;
    }
    if (deepText === undefined) expect(() => stableJson(deep)).toThrow(RangeError);
    else expect(stableJson(deep)).toBe(deepText);
  });

  test('a getter that asks for stableJson while it is written gets the same text', () => {
    const inner = { y: 1, x: 2 };
    const value = { get g() { return stableJson(inner); }, a: [inner] };
    expect(stableJson(value)).toBe(expected(value));
    expect(stableJson(value)).toBe('{"a":[{"x":2,"y":1}],"g":"{\\"x\\":2,\\"y\\":1}"}');
  });

  test('the same text as the copy for any JSON value, and for any value fast-check makes', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(stableJson(value)).toBe(expected(value));
    }), { numRuns: 1000 });
    fc.assert(fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true }), (value) => {
      let want: string | undefined;
      let threw = false;
      try {
        want = expected(value);
      } catch {
        threw = true;
      }
      if (threw) expect(() => stableJson(value)).toThrow();
      else expect(stableJson(value)).toBe(want);
    }), { numRuns: 1000 });
  });
});
