/**
 * Clusterpedia: one PediaCluster per shoot, credentials by reference, the fleet's resource list
 * in one ClusterSyncResources; the hub folder builds with kubectl kustomize.
 */
import { buildOpenStackFleet } from '../../../fleets/openstack';
import { ControlPlaneBackend, MultiClusterSettings, MultiClusterSystem, Shoot, ShootPurpose } from '../../../lib';
import { Garden } from '../../../lib/model/garden';
import { ResolvedFleet } from '../../../lib/resolve/model';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { renderFleet } from '../../../lib/pipeline/render';
import { Manifest, RenderedTree } from '../../../lib/core/manifest';
import { clusterpediaCredentials } from '../../../lib/render/multicluster/clusterpedia';
import { SchemaRegistry } from '../../../lib/schema';
import { NOW } from '../../support/fleets';
import { kustomizeFolder } from './placement-fleet';

const SYSTEMS = [MultiClusterSystem.CLUSTERPEDIA, MultiClusterSystem.KUBERMATIC, MultiClusterSystem.LIQO, MultiClusterSystem.ADMIRALTY];
const DIR = 'garden/multicluster/clusterpedia';

function render(garden: Garden): { fleet: ResolvedFleet; tree: RenderedTree } {
  const fleet = resolveFleetOrThrow(garden, { now: NOW });
  return { fleet, tree: renderFleet(fleet) };
}

function openstack(multiCluster: Partial<MultiClusterSettings> = {}, backend?: ControlPlaneBackend): Garden {
  return buildOpenStackFleet({ variant: 'clusterpedia-test', backend, multiCluster: { systems: SYSTEMS, ...multiCluster } });
}

function hubObjects(tree: RenderedTree, file: string): Manifest[] {
  const f = tree.get(`${DIR}/${file}`);
  if (!f || f.kind !== 'manifests') throw new Error(`no ${DIR}/${file}`);
  return f.objects;
}

const pediaNames = (tree: RenderedTree) => hubObjects(tree, 'pediaclusters.yaml').map((o) => o.metadata.name);

describe('Clusterpedia', () => {
  const { fleet, tree } = render(openstack());

  test('one PediaCluster per shoot, named by key, in key order', () => {
    expect(pediaNames(tree)).toEqual([
      'data--analytics', 'data--etl', 'data--lake', 'platform--ci', 'platform--ops', 'platform--sandbox',
      'shop--edge-sued', 'shop--prod', 'shop--staging',
    ]);
    expect(pediaNames(tree)).toEqual(fleet.shoots.map((s) => s.key));
  });

  test('a PediaCluster points at the shoot API server and reads a token and CA from a Secret, never a value', () => {
    const prod = hubObjects(tree, 'pediaclusters.yaml').find((o) => o.metadata.name === 'shop--prod')!;
    expect(prod).toEqual({
      apiVersion: 'cluster.clusterpedia.io/v1alpha2',
      kind: 'PediaCluster',
      metadata: {
        name: 'shop--prod',
        labels: {
          'app.kubernetes.io/managed-by': 'seedbed',
          'cost-center': 'cc-4711',
          'seedbed.io/fleet': 'nordcloud',
          'seedbed.io/project': 'shop',
          'seedbed.io/provider': 'openstack',
          'seedbed.io/purpose': 'production',
          'seedbed.io/region': 'eu-nord-1',
          'seedbed.io/seed': 'nord-2',
          'seedbed.io/shoot': 'prod',
          'tier': 'gold',
        },
      },
      spec: {
        apiserver: 'https://api.shoot--shop--prod.nord-2.seeds.nordcloud.example:6443',
        authenticationFrom: {
          ca: { name: 'shop--prod-clusterpedia', key: 'ca.crt' },
          token: { name: 'shop--prod-clusterpedia', key: 'token' },
        },
        syncResources: [],
        syncResourcesRefName: 'nordcloud',
      },
    });
    for (const o of hubObjects(tree, 'pediaclusters.yaml')) {
      for (const field of ['kubeconfig', 'caData', 'certData', 'keyData', 'tokenData']) expect(o.spec[field]).toBeUndefined();
    }
  });

  test('the resources to sync are the fleet setting, once, in a ClusterSyncResources every PediaCluster refers to', () => {
    expect(hubObjects(tree, 'clustersyncresources.yaml')).toEqual([{
      apiVersion: 'cluster.clusterpedia.io/v1alpha2',
      kind: 'ClusterSyncResources',
      metadata: { name: 'nordcloud', labels: { 'app.kubernetes.io/managed-by': 'seedbed', 'seedbed.io/fleet': 'nordcloud' } },
      spec: {
        syncResources: [
          { group: '', resources: ['configmaps', 'namespaces', 'nodes', 'pods', 'services'] },
          { group: 'apps', resources: ['daemonsets', 'deployments', 'statefulsets'] },
        ],
      },
    }]);
    const custom = render(openstack({
      clusterpedia: { syncResources: [{ group: 'cert-manager.io', versions: ['v1'], resources: ['certificates'] }, { group: 'batch', resources: ['*'] }] },
    }));
    expect(hubObjects(custom.tree, 'clustersyncresources.yaml')[0].spec.syncResources).toEqual([
      { group: 'cert-manager.io', versions: ['v1'], resources: ['certificates'] },
      { group: 'batch', resources: ['*'] },
    ]);
    expect(new Set(hubObjects(custom.tree, 'pediaclusters.yaml').map((o) => o.spec.syncResourcesRefName))).toEqual(new Set(['nordcloud']));
  });

  test('shoots of the gardener backend use the API server Gardener publishes under their domain', () => {
    const gardener = render(openstack({}, ControlPlaneBackend.GARDENER));
    const ops = hubObjects(gardener.tree, 'pediaclusters.yaml').find((o) => o.metadata.name === 'platform--ops')!;
    expect(ops.spec.apiserver).toBe('https://api.ops.platform.k8s.nordcloud.example:443');
    expect(ops.spec.authenticationFrom.token).toEqual({ name: 'platform--ops-clusterpedia', key: 'token' });
  });

  test('without a known endpoint the credentials are a kubeconfig reference', () => {
    const shoot = fleet.shoots.find((s) => s.key === 'platform--ops')!;
    expect(clusterpediaCredentials(shoot, undefined)).toEqual({ kubeconfig: { name: 'platform--ops-kubeconfig', key: 'kubeconfig' } });
  });

  test('nothing goes into the shoots', () => {
    const addons = [...tree.entries()].filter(([p]) => p.endsWith('/addons/addons.yaml'));
    for (const [, f] of addons) if (f.kind === 'manifests') expect(f.objects.some((o) => o.apiVersion.startsWith('cluster.clusterpedia.io'))).toBe(false);
  });

  test('every object validates against its schema', () => {
    const registry = SchemaRegistry.load();
    const objects = [...hubObjects(tree, 'clustersyncresources.yaml'), ...hubObjects(tree, 'pediaclusters.yaml')];
    expect(objects.flatMap((o) => registry.validate(o).map((p) => `${o.kind}/${o.metadata.name}: ${JSON.stringify(p)}`))).toEqual([]);
    const gardener = render(openstack({}, ControlPlaneBackend.GARDENER));
    expect(hubObjects(gardener.tree, 'pediaclusters.yaml').flatMap((o) => registry.validate(o))).toEqual([]);
  });

  test('the hub folder builds with kubectl kustomize', () => {
    const built = kustomizeFolder(fleet, tree, DIR);
    expect(built.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'ClusterSyncResources/nordcloud', ...fleet.shoots.map((s) => `PediaCluster/${s.key}`),
    ]);
  });

  test('a new shoot appears and a removed one disappears', () => {
    const garden = openstack();
    const project = garden.projects.find((p) => p.name === 'shop')!;
    const profile = garden.cloudProfiles[0];
    const canary = new Shoot(project, 'canary', { cloudProfile: profile, region: 'eu-sued-1', kubernetesVersion: '1.33.5', purpose: ShootPurpose.TESTING });
    canary.addWorkerPool('default', { machineType: 'm1.large', minimum: 1, maximum: 2 });
    const etl = garden.shoots.find((s) => s.key === 'data--etl')!;
    expect(etl.node.scope!.node.tryRemoveChild(etl.node.id)).toBe(true);
    const changed = render(garden);
    const names = pediaNames(changed.tree);
    expect(names).toContain('shop--canary');
    expect(names).not.toContain('data--etl');
    expect(names).toHaveLength(9);
    const added = hubObjects(changed.tree, 'pediaclusters.yaml').find((o) => o.metadata.name === 'shop--canary')!;
    expect(added.spec.apiserver).toBe(`https://api.shoot--shop--canary.${changed.fleet.seeds.find((s) => s.name === changed.fleet.shoots.find((x) => x.key === 'shop--canary')!.seed)!.ingressDomain}:6443`);
  });
});
