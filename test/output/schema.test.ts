/**
 * Every object rendered for the example fleets validates against the upstream schema of its
 * kind, with unknown fields as errors and CEL rules evaluated.
 */
import { checkRenderedTree } from '../../lib/pipeline/check';
import { SchemaRegistry } from '../../lib/schema';
import { allObjects, EXAMPLE_FLEETS, renderExample } from '../support/fleets';

describe.each(Object.keys(EXAMPLE_FLEETS))('%s', (name) => {
  const { tree } = renderExample(name);

  test('every rendered object is schema-valid (0 problems)', () => {
    expect(checkRenderedTree(tree)).toEqual([]);
  });

  test('every kind rendered has a known upstream schema', () => {
    const registry = SchemaRegistry.load();
    const kinds = [...new Set(allObjects(tree).map(({ object }) => `${object.apiVersion} ${object.kind}`))].sort();
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    for (const k of kinds) {
      const [apiVersion, kind] = k.split(' ');
      expect(registry.has(apiVersion, kind)).toBe(true);
    }
  });
});

test('a broken object is reported with its file, identity and field', () => {
  const { tree } = renderExample('vsphere');
  const [path, file] = [...tree.entries()].find(([, f]) => f.kind === 'manifests' && f.objects.some((o) => o.kind === 'TenantControlPlane'))!;
  if (file.kind !== 'manifests') throw new Error('expected manifests');
  const index = file.objects.findIndex((o) => o.kind === 'TenantControlPlane');
  const tcp = file.objects[index];
  const objects = [...file.objects];
  objects[index] = { ...tcp, spec: { ...tcp.spec, controlPlane: { ...tcp.spec.controlPlane, service: { serviceType: 'Bogus' } } } };
  const broken = new Map(tree);
  broken.set(path, { kind: 'manifests', objects });
  const problems = checkRenderedTree(broken);
  expect(problems).toEqual([expect.stringMatching(new RegExp(`^${path}: TenantControlPlane ${tcp.metadata.namespace}/${tcp.metadata.name} spec.controlPlane.service.serviceType: Unsupported value: "Bogus"`))]);
});
