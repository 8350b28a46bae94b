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
