import { shootsByKey } from '../../lib/pipeline/fleet-index';
import { ResolvedFleet, ResolvedShoot } from '../../lib/resolve/model';

/** A fleet holding only what the index reads (the shoots' keys), each shoot told apart by `tag`. */
function fleet(shoots: Array<{ key: string; tag: string }>): ResolvedFleet {
  return { shoots: shoots as unknown as ResolvedShoot[] } as unknown as ResolvedFleet;
}

const tag = (s: ResolvedShoot | undefined) => (s as unknown as { tag: string } | undefined)?.tag;

describe('shootsByKey', () => {
  test.each([
    ['finds every shoot by key', [{ key: 'p--a', tag: 'A' }, { key: 'p--b', tag: 'B' }], 'p--b', 'B'],
    ['an unknown key finds nothing', [{ key: 'p--a', tag: 'A' }], 'p--x', undefined],
    ['with a duplicated key the first shoot wins, as find() does', [{ key: 'p--a', tag: 'first' }, { key: 'p--a', tag: 'second' }], 'p--a', 'first'],
  ])('%s', (_name, shoots, key, expected) => {
    const f = fleet(shoots);
    expect(tag(shootsByKey(f).get(key))).toBe(expected);
    expect(tag(shootsByKey(f).get(key))).toBe(tag(f.shoots.find((s) => s.key === key)));
  });

  test('two fleets with the same shoot keys never share an index (no stale answer)', () => {
    const one = fleet([{ key: 'p--a', tag: 'one' }]);
    const two = fleet([{ key: 'p--a', tag: 'two' }]);
    expect(tag(shootsByKey(one).get('p--a'))).toBe('one');
    expect(tag(shootsByKey(two).get('p--a'))).toBe('two');
    expect(tag(shootsByKey(one).get('p--a'))).toBe('one');
  });

  test('a fleet whose shoot list grew or was replaced is indexed again', () => {
    const shoots = [{ key: 'p--a', tag: 'A' }];
    const f = fleet(shoots);
    expect(shootsByKey(f).get('p--b')).toBeUndefined();
    (f.shoots as unknown as Array<{ key: string; tag: string }>).push({ key: 'p--b', tag: 'B' });
    expect(tag(shootsByKey(f).get('p--b'))).toBe('B');
    (f as unknown as { shoots: unknown }).shoots = [{ key: 'p--a', tag: 'A2' }];
    expect(tag(shootsByKey(f).get('p--a'))).toBe('A2');
    expect(shootsByKey(f).get('p--b')).toBeUndefined();
  });
});
