/**
 * scripts/object-counts.ts counts what the committed snapshots hold; its figures go into closing
 * notes, so they must be the objects and Terraform blocks a fresh render of each example has.
 */
import { kubernetesCounts, terraformCounts } from '../../scripts/object-counts';
import { allObjects, EXAMPLE_FLEETS, renderExample } from '../support/fleets';

test.each(Object.keys(EXAMPLE_FLEETS))('%s: per kind and per Terraform type, the counts are the rendered ones', (name) => {
  const { tree } = renderExample(name);
  const kinds = new Map<string, number>();
  for (const { object } of allObjects(tree)) {
    const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : 'core';
    kinds.set(`${object.kind}|${group}`, (kinds.get(`${object.kind}|${group}`) ?? 0) + 1);
  }
  expect(new Map([...kubernetesCounts(name)].sort())).toEqual(new Map([...kinds].sort()));
  const types = new Map<string, number>();
  for (const [p, f] of tree) {
    if (!p.endsWith('cdk.tf.json') || f.kind !== 'json') continue;
    types.set('stacks', (types.get('stacks') ?? 0) + 1);
    const stack = f.value as { resource?: Record<string, object>; data?: Record<string, object> };
    for (const [prefix, blocks] of [['', stack.resource], ['data.', stack.data]] as const) {
      for (const [type, named] of Object.entries(blocks ?? {})) types.set(`${prefix}${type}`, (types.get(`${prefix}${type}`) ?? 0) + Object.keys(named).length);
    }
  }
  expect(new Map([...terraformCounts(name)].sort())).toEqual(new Map([...types].sort()));
});
