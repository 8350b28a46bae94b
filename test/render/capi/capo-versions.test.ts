/**
 * The same fleet rendered for two CAPO versions: v0.14.7 (the default, `../shared/crds`) serves
 * only infrastructure.cluster.x-k8s.io/v1beta1; v0.15.0-beta.0 (`../shared/crds-versions`) stores
 * v1beta2 with renamed fields. Each rendering is valid against its own CRDs — checked against the
 * upstream folder and the shipped catalog, one version's files at a time — and the v1beta2 objects
 * are not valid against the default files (so the check really loads the other set).
 */
import { ControlPlaneBackend } from '../../../lib/core/types';
import { checkRenderedTree } from '../../../lib/pipeline/check';
import { SchemaRegistry } from '../../../lib/schema';
import { builtinCatalogDir, defaultSharedDir } from '../../../lib/schema/paths';
import { objectsOf, renderSmall } from './support';

const BETA = 'v0.15.0-beta.0';

describe.each([ControlPlaneBackend.KAMAJI, ControlPlaneBackend.CLUSTER_API])('%s shoot on OpenStack', (backend) => {
  const old = renderSmall({ backend });
  const beta = renderSmall({ backend, capo: BETA });
  const cluster = (tree: typeof old.tree) => objectsOf(tree, 'OpenStackCluster')[0];

  test('v0.14.7 renders v1beta1, v0.15.0-beta.0 renders v1beta2 with the fields CAPO\'s conversion moves', () => {
    expect(old.fleet.seeds[0].stack.schemaSet).toBe('');
    expect(beta.fleet.seeds[0].stack.schemaSet).toBe(`cluster-api-provider-openstack@${BETA}`);
    expect(objectsOf(old.tree, 'OpenStackMachineTemplate').map((o) => o.apiVersion)).toEqual(
      objectsOf(old.tree, 'OpenStackMachineTemplate').map(() => 'infrastructure.cluster.x-k8s.io/v1beta1'));
    expect(objectsOf(beta.tree, 'OpenStackMachineTemplate').map((o) => o.apiVersion)).toEqual(
      objectsOf(beta.tree, 'OpenStackMachineTemplate').map(() => 'infrastructure.cluster.x-k8s.io/v1beta2'));
    const o = cluster(old.tree).spec;
    const b = cluster(beta.tree).spec;
    expect(cluster(beta.tree).apiVersion).toBe('infrastructure.cluster.x-k8s.io/v1beta2');
    expect(b).not.toHaveProperty('apiServerLoadBalancer');
    expect(b).not.toHaveProperty("disableAPIServerFloatingIP");
    expect(b).not.toHaveProperty('disableExternalNetwork');
    expect(b.apiServer).toEqual({ enableFloatingIP: !o.disableAPIServerFloatingIP, managedLoadBalancer: o.apiServerLoadBalancer });
    expect(objectsOf(beta.tree, "OpenStackMachineTemplate")[0].spec.template.spec.flavor).toEqual({ filter: { name: objectsOf(old.tree, "OpenStackMachineTemplate")[0].spec.template.spec.flavor } });
    if (o.disableExternalNetwork !== undefined) expect(b.enableExternalNetwork).toBe(!o.disableExternalNetwork);
    expect(b.identityRef).toEqual(o.identityRef);
    expect(b.network).toEqual(o.network);
  });

  test('the machine templates keep their names: the apiVersion switch rolls no machine', () => {
    const names = (tree: typeof old.tree) => objectsOf(tree, 'OpenStackMachineTemplate').map((t) => t.metadata.name);
    expect(names(beta.tree)).toEqual(names(old.tree));
  });

  test.each([['the upstream folder', defaultSharedDir()], ['the shipped catalog', builtinCatalogDir()]])('each is valid against its own CRDs (%s)', (_, dir) => {
    const registry = SchemaRegistry.load(dir);
    expect(checkRenderedTree(old.tree, registry, old.fleet)).toEqual([]);
    expect(checkRenderedTree(beta.tree, registry, beta.fleet)).toEqual([]);
  });

  test('the v1beta2 rendering is not valid against the default CRDs (the check loads one version\'s files)', () => {
    const problems = checkRenderedTree(beta.tree, SchemaRegistry.load(defaultSharedDir()));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /OpenStack(Cluster|MachineTemplate)/.test(p))).toBe(true);
  });
});

test('a schema set whose folder is missing is refused, naming it', () => {
  expect(() => SchemaRegistry.load(defaultSharedDir(), 'cluster-api-provider-openstack@v0.16.0').has('v1', 'Pod')).toThrow(
    /no schemas of cluster-api-provider-openstack v0\.16\.0: .*crds-versions\/cluster-api-provider-openstack\/v0\.16\.0 does not exist/);
  expect(() => SchemaRegistry.load(builtinCatalogDir(), 'cluster-api-provider-openstack@v0.16.0').has('v1', 'Pod')).toThrow(
    /holds no schema set "cluster-api-provider-openstack@v0.16.0" \(it holds the default set and "cluster-api-provider-openstack@v0.15.0-beta.0"\)/);
});
