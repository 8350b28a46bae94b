/**
 * Field-level comparison: paths, lists, display of values, and secrets never shown.
 */
import { diffFields, displayValue, formatPath, valuesAt } from '../../lib/diff/fields';
import { diffFiles } from './support';

describe('diffFields', () => {
  test('reports changed, added and removed leaves with their JSON paths', () => {
    const a = { spec: { replicas: 2, paused: true, networkProfile: { podCidr: '100.96.0.0/11' } }, metadata: { labels: { 'seedbed.io/shoot': 'api' } } };
    const b = { spec: { replicas: 3, networkProfile: { podCidr: '100.96.0.0/12' }, extra: 'x' }, metadata: { labels: { 'seedbed.io/shoot': 'web' } } };
    expect(diffFields(a, b)).toEqual([
      { path: 'metadata.labels["seedbed.io/shoot"]', old: 'api', new: 'web' },
      { path: 'spec.extra', new: 'x' },
      { path: 'spec.networkProfile.podCidr', old: '100.96.0.0/11', new: '100.96.0.0/12' },
      { path: 'spec.paused', old: 'true' },
      { path: 'spec.replicas', old: '2', new: '3' },
    ]);
  });

  test('matches lists of named entries by name, not by position', () => {
    const a = { workers: [{ name: 'web', maximum: 3 }, { name: 'batch', maximum: 2 }] };
    const b = { workers: [{ name: 'batch', maximum: 4 }, { name: 'web', maximum: 3 }, { name: 'gpu', maximum: 1 }] };
    expect(diffFields(a, b)).toEqual([
      { path: 'workers[name=batch].maximum', old: '2', new: '4' },
      { path: 'workers[name=gpu]', new: '{"maximum":1,"name":"gpu"}' },
    ]);
  });

  test('compares lists of scalars as a whole and other lists index by index', () => {
    expect(diffFields({ sans: ['a', 'b'] }, { sans: ['a', 'c'] })).toEqual([{ path: 'sans', old: '["a","b"]', new: '["a","c"]' }]);
    expect(diffFields({ rules: [{ port: 1 }, { port: 2 }] }, { rules: [{ port: 1 }] })).toEqual([{ path: 'rules[1]', old: '{"port":2}' }]);
  });

  test('never shows sensitive fields or the data of a Secret', () => {
    expect(diffFields({ password: 'old-pw', nested: { private_key: 'k1' } }, { password: 'new-pw', nested: { private_key: 'k2' } })).toEqual([
      { path: 'nested.private_key', old: '(hidden)', new: '(hidden)' },
      { path: 'password', old: '(hidden)', new: '(hidden)' },
    ]);
    const secret = (value: string) => new Map([['seeds/s1/shoots/team--api/control-plane/control-plane.yaml',
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\n  namespace: shoot--team--api\nstringData:\n  url: ${value}\ndata:\n  key: ${Buffer.from(value).toString('base64')}\n`]]);
    const diff = diffFiles(secret('s3cr3t-one'), secret('s3cr3t-two'));
    const text = JSON.stringify(diff);
    expect(text).not.toContain('s3cr3t');
    expect(text).not.toContain(Buffer.from('s3cr3t-one').toString('base64'));
    expect(diff.scopes[0].items[0].fields).toEqual([
      { path: 'data.key', old: '(hidden)', new: '(hidden)' },
      { path: 'stringData.url', old: '(hidden)', new: '(hidden)' },
    ]);
  });

  test('summarizes long and multi-line text instead of printing it', () => {
    expect(displayValue('line 1\nline 2\n')).toMatch(/^\(text, 3 lines, sha256 [0-9a-f]{12}\)$/);
    expect(displayValue('x'.repeat(500))).toMatch(/^\(text, 500 characters, sha256 [0-9a-f]{12}\)$/);
    expect(displayValue('10.0.0.0/8')).toBe('10.0.0.0/8');
    expect(displayValue('true')).toBe('"true"');
    expect(displayValue('')).toBe('""');
  });
});

describe('formatPath and valuesAt', () => {
  test('format keys, indices and named entries', () => {
    expect(formatPath(['spec', 'workers', { name: 'web' }, 'zones', 0])).toBe('spec.workers[name=web].zones[0]');
    expect(formatPath(['metadata', 'annotations', 'a/b'])).toBe('metadata.annotations["a/b"]');
  });

  test('look through lists and blocks written either as a map or a list', () => {
    expect(valuesAt({ clone: { template_uuid: 'a' } }, 'clone.template_uuid')).toEqual(['a']);
    expect(valuesAt({ clone: [{ template_uuid: 'a' }] }, 'clone.template_uuid')).toEqual(['a']);
    expect(valuesAt({ spec: { managedSubnets: [{ cidr: '10.0.0.0/24' }, { cidr: '10.0.1.0/24' }] } }, 'spec.managedSubnets.cidr')).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
    expect(valuesAt({}, 'spec.x')).toEqual([]);
  });
});
