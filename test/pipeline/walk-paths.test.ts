/**
 * The walks of the output checks make the text of a field path only where they find something
 * (lib/core/secrets.ts findSecretValues, lib/pipeline/secret-references.ts referencesOf). These
 * tests pin that text: keys that need brackets, lists in lists, findings at every depth, and the
 * same shape under different keys (a path must never come from another place of the walk).
 */
import { findSecretValues } from '../../lib/core/secrets';
import { Manifest } from '../../lib/core/manifest';
import { referencesOf } from '../../lib/pipeline/secret-references';

const paths = (doc: unknown, prefix?: string) => findSecretValues(doc, prefix).map((f) => f.path);

describe('findSecretValues: the path of each finding', () => {
  test.each([
    ['a literal under a secret-looking key at the top', { password: 'x' }, undefined, ['password']],
    ['the prefix given', { password: 'x' }, 'spec.values', ['spec.values.password']],
    ['a key that needs brackets, then dots again', { 'a.b': { 'c d': [{ token: 'x' }] } }, undefined, ['["a.b"]["c d"][0].token']],
    ['lists in lists', { a: [[{ apiKey: 1 }], [], [{}, { apiKey: 2 }]] }, 'spec', ['spec.a[0][0].apiKey', 'spec.a[2][1].apiKey']],
    ['a string item of a list holding a PEM key', { certs: ['ok', '-----BEGIN RSA PRIVATE KEY-----'] }, '', ['certs[1]']],
    ['a string at the top', '-----BEGIN PRIVATE KEY-----', 'top', ['top']],
    ['a URL with credentials as a value', { spec: { url: 'https://user:pw@git.example.com/x.git' } }, '', ['spec.url']],
    ['a Secret with data at depth, and an env var shape beside it', {
      items: [{ apiVersion: 'v1', kind: 'Secret', data: { a: 'eA==' } }, { name: 'DB_PASSWORD', value: 'x' }],
    }, '', ['items[0].data', 'items[1].value']],
    ['a Docker config', { cfg: { auths: { 'reg.example.com:5000': { auth: 'dTpw' } } } }, '', ['cfg.auths["reg.example.com:5000"].auth']],
    ['the same shape under two keys: each finding has its own path', { one: { x: { token: 'a' } }, two: { x: { token: 'b' } } }, '', ['one.x.token', 'two.x.token']],
    ['nothing found', { spec: { name: 'p', list: [1, 'two', null, { token: '' }] } }, '', []],
  ])('%s', (_name, doc, prefix, expected) => {
    expect(paths(doc, prefix)).toEqual(expected);
  });

  test('an object met twice is walked once (a shared object is reported at its first place)', () => {
    const shared = { token: 'x' };
    expect(paths({ a: shared, b: [shared] })).toEqual(['a.token']);
  });
});

describe('referencesOf: the field each reference is read from', () => {
  const object = (spec: unknown, kind = 'Thing'): Manifest => ({ apiVersion: 'example.com/v1', kind, metadata: { name: 'n', namespace: 'ns' }, spec } as Manifest);
  test.each([
    ['a secretRef', { a: { secretRef: { name: 's' } } }, ['f: Thing ns/n spec.a.secretRef']],
    ['inside lists of lists', { a: [[{ configMapRef: { name: 'c' } }], [{ b: { secretReference: { name: 's' } } }]] }, ['f: Thing ns/n spec.a[0][0].configMapRef', 'f: Thing ns/n spec.a[1][0].b.secretReference']],
    ['a pod Secret volume (only under volumes[i])', {
      template: { spec: { volumes: [{ name: 'v', secret: { secretName: 's' } }] } }, other: { secret: { secretName: 'not-a-volume' } },
    }, ['f: Thing ns/n spec.template.spec.volumes[0].secret']],
    ['valuesFrom entries', { valuesFrom: [{ kind: 'ConfigMap', name: 'c' }, { kind: 'Other', name: 'o' }, { kind: 'Secret', name: 's' }] }, ['f: Thing ns/n spec.valuesFrom[0]', 'f: Thing ns/n spec.valuesFrom[2]']],
    ['a secret store reference', { secretStoreRef: { name: 'store', kind: 'ClusterSecretStore' } }, ['f: Thing ns/n spec.secretStoreRef']],
    ['the same shape under two keys', { one: { secretRef: { name: 'a' } }, two: { secretRef: { name: 'b' } } }, ['f: Thing ns/n spec.one.secretRef', 'f: Thing ns/n spec.two.secretRef']],
    ['scalars and refs without a name are no references', { secretRef: 'x', configMapRef: { key: 'k' }, n: 1 }, []],
  ])('%s', (_name, spec, expected) => {
    expect(referencesOf(object(spec), 'f').map((r) => r.from)).toEqual(expected);
  });

  test('the same object read from two files gives each file its own references', () => {
    const o = object({ secretRef: { name: 's' } });
    expect(referencesOf(o, 'a.yaml')[0].from).toBe('a.yaml: Thing ns/n spec.secretRef');
    expect(referencesOf(o, 'b.yaml')[0].from).toBe('b.yaml: Thing ns/n spec.secretRef');
  });
});
