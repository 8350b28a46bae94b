/**
 * Every object rendered for the example fleets validates against the upstream schema of its
 * kind, with unknown fields as errors and CEL rules evaluated.
 */
import { schemaSetOfFile } from '../../lib/pipeline/steps';
import { checkRenderedTree } from '../../lib/pipeline/check';
import { SchemaRegistry } from '../../lib/schema';
import { allObjects, EXAMPLE_FLEETS, renderExample } from '../support/fleets';

describe.each(Object.keys(EXAMPLE_FLEETS))('%s', (name) => {
  const { tree, fleet } = renderExample(name);

  test('every rendered object is schema-valid against its seed\'s schemas (0 problems)', () => {
    expect(checkRenderedTree(tree, undefined, fleet)).toEqual([]);
  });

  test('every kind rendered has a known upstream schema', () => {
    // Each seed's objects against its own schema set (a seed of the OpenStack examples runs CAPO v0.15).
    const sets = new Map(fleet.seeds.map((x) => [x.name, x.stack.schemaSet]));
    const kinds = [...new Set(allObjects(tree).map(({ file, object }) => `${schemaSetOfFile(file, sets)} ${object.apiVersion} ${object.kind}`))].sort();
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    for (const k of kinds) {
      const [set, apiVersion, kind] = k.split(' ');
      expect([k, SchemaRegistry.load(undefined, set).has(apiVersion, kind)]).toEqual([k, true]);
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
