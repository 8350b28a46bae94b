import { ErrorList } from '../../lib/core/problems';
import {
  isDns1123Label, isDns1123Subdomain, projectNamespace, shootKey, shootTechnicalId, validateLabelName, validateLabels,
  validateQualifiedName, validateSubdomain,
} from '../../lib/core/names';

const collect = (fn: (errs: ErrorList) => void) => {
  const errs = new ErrorList('fleet/x');
  fn(errs);
  return errs.errors.map((e) => [e.field, e.type]);
};

describe('DNS-1123 labels', () => {
  test.each([
    ['a', true], ['web', true], ['web-1', true], ['1web', true], ['a'.repeat(63), true],
    ['', false], ['Web', false], ['web_1', false], ['-web', false], ['web-', false], ['web.1', false], ['a'.repeat(64), false], ['wéb', false],
  ])('%j is a label: %s', (value, ok) => {
    expect(isDns1123Label(value)).toBe(ok);
  });

  test.each([
    ['example.com', true], ['a.b.c', true], ['seed-1.seeds.example.com', true], ['a', true],
    ['Example.com', false], ['a..b', false], ['.a', false], ['a.', false], ['a_b.c', false], [`${'a'.repeat(63)}.`.repeat(4) + 'a', false],
  ])('%j is a subdomain: %s', (value, ok) => {
    expect(isDns1123Subdomain(value)).toBe(ok);
  });
});

describe('validateLabelName', () => {
  test.each([
    ['is empty', '', undefined, [['metadata.name', 'Required']]],
    ['is unset', undefined, undefined, [['metadata.name', 'Required']]],
    ['has upper case letters', 'Prod', undefined, [['metadata.name', 'Invalid']]],
    ['has an underscore', 'my_pool', undefined, [['metadata.name', 'Invalid']]],
    ['ends with a dash', 'prod-', undefined, [['metadata.name', 'Invalid']]],
    ['has a dot', 'prod.eu', undefined, [['metadata.name', 'Invalid']]],
    ['is longer than the limit', 'abcdefghijklmnop', 15, [['metadata.name', 'TooLong']]],
    ['is too long and malformed', 'ABCDEFGHIJKLMNOP', 15, [['metadata.name', 'TooLong'], ['metadata.name', 'Invalid']]],
    ['is longer than 63 characters', 'a'.repeat(64), undefined, [['metadata.name', 'TooLong']]],
  ])('fails when the name %s', (_why, value, max, expected) => {
    expect(collect((e) => validateLabelName(e, 'metadata.name', value as string, max))).toEqual(expected);
  });

  test.each([['a'], ['web-1'], ['abcdefghijklmno']])('accepts %j within 15 characters', (value) => {
    expect(collect((e) => validateLabelName(e, 'metadata.name', value, 15))).toEqual([]);
  });
});

describe('validateSubdomain', () => {
  test.each([
    ['has upper case letters', 'API.example.com', [['spec.dns.domain', 'Invalid']]],
    ['has an empty label', 'api..example.com', [['spec.dns.domain', 'Invalid']]],
    ['is longer than 253 characters', `${'a'.repeat(60)}.`.repeat(5) + 'com', [['spec.dns.domain', 'TooLong']]],
  ])('fails when the domain %s', (_why, value, expected) => {
    expect(collect((e) => validateSubdomain(e, 'spec.dns.domain', value))).toEqual(expected);
  });

  it('accepts a domain', () => {
    expect(collect((e) => validateSubdomain(e, 'spec.dns.domain', 'prod.shop.k8s.example.com'))).toEqual([]);
  });
});

describe('validateQualifiedName', () => {
  test.each([
    ['app'], ['app.kubernetes.io/name'], ['example.com/A_b.c-d'], ['Upper'], ['a'.repeat(63)], ['x/y'],
  ])('accepts %j', (key) => {
    expect(collect((e) => validateQualifiedName(e, 'k', key))).toEqual([]);
  });

  test.each([
    ['an empty key', ''],
    ['an empty name after the prefix', 'example.com/'],
    ['an empty prefix', '/name'],
    ['two slashes', 'a/b/c'],
    ['an upper case prefix', 'Example.com/name'],
    ['a name starting with a dash', '-name'],
    ['a name with a space', 'my name'],
    ['a name of 64 characters', 'a'.repeat(64)],
    ['a prefix of 254 characters', `${'a'.repeat(254)}/name`],
  ])('fails for %s', (_why, key) => {
    expect(collect((e) => validateQualifiedName(e, 'k', key))).toEqual([['k', 'Invalid']]);
  });
});

describe('validateLabels', () => {
  it('accepts valid keys and values, including an empty value', () => {
    expect(collect((e) => validateLabels(e, 'metadata.labels', { 'app.kubernetes.io/name': 'web', tier: '', 'a.b/c': 'A-1_b.2' }))).toEqual([]);
  });

  it('accepts no labels', () => {
    expect(collect((e) => validateLabels(e, 'metadata.labels', undefined))).toEqual([]);
  });

  test.each([
    ['the key is not a qualified name', { 'bad key': 'x' }, [['metadata.labels[bad key]', 'Invalid']]],
    ['the value has a slash', { tier: 'a/b' }, [['metadata.labels[tier]', 'Invalid']]],
    ['the value ends with a dash', { tier: 'gold-' }, [['metadata.labels[tier]', 'Invalid']]],
    ['the value is longer than 63 characters', { tier: 'a'.repeat(64) }, [['metadata.labels[tier]', 'Invalid']]],
    ['the value is not a string', { tier: 3 as unknown as string }, [['metadata.labels[tier]', 'Invalid']]],
    ['key and value are both bad', { '-x': '-y' }, [['metadata.labels[-x]', 'Invalid'], ['metadata.labels[-x]', 'Invalid']]],
  ])('fails when %s', (_why, labels, expected) => {
    expect(collect((e) => validateLabels(e, 'metadata.labels', labels))).toEqual(expected);
  });
});

describe('derived names', () => {
  it('names the project namespace, the technical id and the shoot key', () => {
    expect(projectNamespace('shop')).toBe('garden-shop');
    // Gardener's own project keeps its namespace unprefixed (pkg/api/core/validation/project.go).
    expect(projectNamespace('garden')).toBe('garden');
    expect(shootTechnicalId('shop', 'prod')).toBe('shoot--shop--prod');
    expect(shootKey('shop', 'prod')).toBe('shop--prod');
  });
});
