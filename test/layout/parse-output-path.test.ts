/**
 * parseOutputPath finds the first separators by position (lib/layout/paths.ts); it must answer
 * exactly as splitting the path into segments does, for every shape of path, seedbed's or not.
 */
import { parseOutputPath } from '../../lib/layout/paths';

/** The reference: the path split into segments (what parseOutputPath did before). */
function bySplit(p: string) {
  const s = p.split('/');
  if (p === 'fleet.json') return { scope: 'inventory', rest: p };
  if (s[0] === 'garden') return { scope: 'garden', rest: s.slice(1).join('/') };
  if (s[0] === 'seeds' && s.length > 2) {
    if (s[2] === 'shoots' && s.length > 4) return { scope: 'shoot', seed: s[1], shoot: s[3], rest: s.slice(4).join('/') };
    return { scope: 'seed', seed: s[1], rest: s.slice(2).join('/') };
  }
  if (s[0] === 'terraform' && s.length > 3) return { scope: 'terraform', seed: s[1], shoot: s[2], rest: s.slice(3).join('/') };
  return { scope: 'other', rest: p };
}

describe('parseOutputPath', () => {
  test.each([
    ['fleet.json', { scope: 'inventory', rest: 'fleet.json' }],
    ['seeds/s1/shoots/p--a/control-plane/control-plane.yaml', { scope: 'shoot', seed: 's1', shoot: 'p--a', rest: 'control-plane/control-plane.yaml' }],
    ['seeds/s1/shoots/p--a/kustomization.yaml', { scope: 'shoot', seed: 's1', shoot: 'p--a', rest: 'kustomization.yaml' }],
    ['seeds/s1/shoots/p--a', { scope: 'seed', seed: 's1', rest: 'shoots/p--a' }],
    ['seeds/s1/kustomization.yaml', { scope: 'seed', seed: 's1', rest: 'kustomization.yaml' }],
    ['seeds/s1', { scope: 'other', rest: 'seeds/s1' }],
    ['terraform/s1/p--a/cdk.tf.json', { scope: 'terraform', seed: 's1', shoot: 'p--a', rest: 'cdk.tf.json' }],
    ['terraform/s1/p--a', { scope: 'other', rest: 'terraform/s1/p--a' }],
    ['garden', { scope: 'garden', rest: '' }],
    ['garden/flux-system/gotk-sync.yaml', { scope: 'garden', rest: 'flux-system/gotk-sync.yaml' }],
  ])('%s', (p, expected) => {
    expect(parseOutputPath(p)).toEqual(expected);
  });

  test('answers as splitting does for every path of up to 6 segments from tricky parts', () => {
    const parts = ['seeds', 'shoots', 'terraform', 'garden', 'fleet.json', '', 'x', 'a.yaml'];
    let paths: string[] = parts;
    const all = [...parts];
    for (let depth = 2; depth <= 6; depth++) {
      paths = paths.flatMap((p) => parts.map((q) => `${p}/${q}`));
      for (const p of paths) all.push(p);
    }
    expect(all.length).toBeGreaterThan(200_000);
    for (const p of all) {
      const got = parseOutputPath(p);
      const want = bySplit(p);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ p, got }).toEqual({ p, got: want });
    }
  });
});
