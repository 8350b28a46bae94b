/**
 * JSON output (Terraform stacks, fleet.json): sorted keys, no undefined values, two-space
 * indentation and a final newline — whether the value had to be copied to get there or was in
 * order already (then it is written as it is).
 */
import fc from 'fast-check';
import { canonical, toJson } from '../../lib/output/serialize';

/** What toJson must write: the canonical copy, pretty-printed. */
function expected(value: unknown): string {
  return `${JSON.stringify(canonical(value), null, 2)}\n`;
}

class Point {
  constructor(public readonly y: number, public readonly x: number) {}
}

describe('toJson', () => {
  test.each<[string, unknown, string]>([
    ['sorted keys', { b: 1, a: { d: 2, c: 3 } }, '{\n  "a": {\n    "c": 3,\n    "d": 2\n  },\n  "b": 1\n}\n'],
    ['undefined dropped from objects, null in lists', { a: undefined, b: [1, undefined] }, '{\n  "b": [\n    1,\n    null\n  ]\n}\n'],
    ['a value in order already', { a: [{ b: 1 }], c: 'x' }, '{\n  "a": [\n    {\n      "b": 1\n    }\n  ],\n  "c": "x"\n}\n'],
    ['integer-like keys come first, as in every JS object', { b: 1, 10: 2, 9: 3 }, '{\n  "9": 3,\n  "10": 2,\n  "b": 1\n}\n'],
    ['a class instance: its own fields, sorted', { p: new Point(2, 1) }, '{\n  "p": {\n    "x": 1,\n    "y": 2\n  }\n}\n'],
    ['an unsorted object deep inside a sorted one', { a: { b: { d: 1, c: 2 } } }, '{\n  "a": {\n    "b": {\n      "c": 2,\n      "d": 1\n    }\n  }\n}\n'],
  ])('%s', (_name, value, text) => {
    expect(toJson(value)).toBe(text);
    expect(toJson(value)).toBe(expected(value));
  });

  test('a sparse list and a Date are written as the canonical copy writes them', () => {
    // eslint-disable-next-line no-sparse-arrays
    const value = { list: [1, , 3], when: new Date('2026-11-25T00:00:00Z') };
    expect(toJson(value)).toBe(expected(value));
  });

  test('an own __proto__ key is written as the canonical copy writes it, whatever the key order', () => {
    const sorted = JSON.parse('{"__proto__": {"x": 1}, "a": 1}');
    const unsorted = JSON.parse('{"b": 1, "__proto__": {"x": 1}}');
    expect(toJson(sorted)).toBe(expected(sorted));
    expect(toJson(unsorted)).toBe(expected(unsorted));
  });

  test('does not change its input', () => {
    const value = { b: { d: 1, c: undefined }, a: [{ z: 1, y: 2 }] };
    const before = JSON.stringify(value);
    toJson(value);
    expect(JSON.stringify(value)).toBe(before);
    expect(Object.keys(value)).toEqual(['b', 'a']);
  });

  test('the same text as the canonical copy for any JSON-like value, in order or not', () => {
    const sortedDeep = (v: unknown): unknown => canonical(v);
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, sortFirst) => {
      const input = sortFirst ? sortedDeep(value) : value;
      expect(toJson(input)).toBe(expected(input));
    }), { numRuns: 500 });
  });
});
