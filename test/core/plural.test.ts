import * as fs from 'fs';
import * as path from 'path';
import { count } from '../../lib/core/plural';

describe('count', () => {
  test.each([
    [0, 'seed', undefined, '0 seeds'],
    [1, 'seed', undefined, '1 seed'],
    [2, 'seed', undefined, '2 seeds'],
    [1, 'Terraform stack', undefined, '1 Terraform stack'],
    [3, 'Terraform stack', undefined, '3 Terraform stacks'],
    [1, 'prerequisite', undefined, '1 prerequisite'],
    [1, 'manifest file', undefined, '1 manifest file'],
    [1, 'day', undefined, '1 day'],
    [-1, 'day', undefined, '-1 days'],
    [1.5, 'day', undefined, '1.5 days'],
    [1, 'child', 'children', '1 child'],
    [2, 'child', 'children', '2 children'],
  ])('%d %s', (n, singular, plural, expected) => {
    expect(count(n, singular, plural)).toBe(expected);
  });
});

describe('one helper for counts', () => {
  // Files of another change in flight (lib/output) are left to it; everything else counts through `count`.
  const LEFT = new Set(['lib/output/commit.ts']);
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? (e.name === 'imports' ? [] : files(p)) : e.name.endsWith('.ts') ? [p] : [];
  });

  test('no message under lib/ picks a plural by hand (`n === 1 ? \'\' : \'s\'`)', () => {
    const root = path.resolve(__dirname, '..', '..');
    const handRolled = files(path.join(root, 'lib'))
      .map((f) => path.relative(root, f))
      .filter((f) => !LEFT.has(f) && /=== 1 \? '' : 's'/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(handRolled).toEqual([]);
  });
});
