/**
 * The string order seedbed sorts by: code units, as `sort()` without a comparator, in the
 * allocation-free insertion sort for short lists and beyond it.
 */
import fc from 'fast-check';
import { compareStrings, sortStrings } from '../../lib/core/order';

describe('sortStrings', () => {
  test.each([
    [[], []],
    [['b', 'a'], ['a', 'b']],
    [['metadata', 'apiVersion', 'kind', 'spec'], ['apiVersion', 'kind', 'metadata', 'spec']],
    [['b', 'B', 'a', 'A', '_', '1'], ['1', 'A', 'B', '_', 'a', 'b']],
    [['10', '9', '1'], ['1', '10', '9']],
    [['\u{1F600}', '\uFFFF', 'z'], ['z', '\u{1F600}', '\uFFFF']],
    [['a', 'a', 'b', 'a'], ['a', 'a', 'a', 'b']],
  ])('%j → %j', (input, expected) => {
    expect(sortStrings([...input])).toEqual(expected);
  });

  test('sorts in place and returns the same array', () => {
    const keys = ['c', 'b', 'a'];
    expect(sortStrings(keys)).toBe(keys);
    expect(keys).toEqual(['a', 'b', 'c']);
  });

  test('the order of sort() without a comparator and of compareStrings, for short and long lists', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('a', 'A', '-', '')), { maxLength: 60 }), (strings) => {
      const expected = [...strings].sort();
      expect(sortStrings([...strings])).toEqual(expected);
      expect([...strings].sort(compareStrings)).toEqual(expected);
    }), { numRuns: 500 });
  });
});
