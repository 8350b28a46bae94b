/**
 * Kubermatic: a KKP Project per project and a KKP Seed per seed (datacenters from the CloudProfile,
 * kubeconfig by reference); no KKP Cluster for shoots whose control planes others run.
 */
import { buildOpenStackFleet } from '../../../fleets/openstack';
import { buildVSphereFleet } from '../../../fleets/vsphere';
import {
  DataStoreDriver, MultiClusterSettings, MultiClusterSystem, Project, ProviderType, ResolvedMultiCluster, Seed, Shoot, ShootPurpose,
} from '../../../lib';
import { Garden } from '../../../lib/model/garden';
import { ResolvedFleet } from '../../../lib/resolve/model';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { renderFleet } from '../../../lib/pipeline/render';
import { Manifest, RenderedTree } from '../../../lib/core/manifest';
import { renderKubermaticSeed } from '../../../lib/render/multicluster/kubermatic';
import { SchemaRegistry } from '../../../lib/schema';
import { allObjects, NOW } from '../../support/fleets';
import { kustomizeFolder } from './placement-fleet';

const SYSTEMS = [MultiClusterSystem.CLUSTERPEDIA, MultiClusterSystem.KUBERMATIC, MultiClusterSystem.LIQO, MultiClusterSystem.ADMIRALTY];
const DIR = 'garden/multicluster/kubermatic';
const LABELS = { 'app.kubernetes.io/managed-by': 'seedbed', 'seedbed.io/fleet': 'nordcloud' };

function render(garden: Garden): { fleet: ResolvedFleet; tree: RenderedTree } {
  const fleet = resolveFleetOrThrow(garden, { now: NOW });
  return { fleet, tree: renderFleet(fleet) };
}

function openstack(multiCluster: Partial<MultiClusterSettings> = {}): Garden {
  return buildOpenStackFleet({ variant: 'kubermatic-test', multiCluster: { systems: SYSTEMS, ...multiCluster } });
}

function hubObjects(tree: RenderedTree, file: string): Manifest[] {
  const f = tree.get(`${DIR}/${file}`);
  if (!f || f.kind !== 'manifests') throw new Error(`no ${DIR}/${file}`);
  return f.objects;
}

describe('Kubermatic', () => {
  const { fleet, tree } = render(openstack());
  const seeds = hubObjects(tree, 'seeds.yaml');
  const seed = (name: string) => seeds.find((s) => s.metadata.name === name)!;

  test('a cluster-scoped KKP Project per seedbed project, with its owner noted, never pruned', () => {
    expect(hubObjects(tree, 'projects.yaml')).toEqual(['data', 'platform', 'shop'].map((name) => ({
      apiVersion: 'kubermatic.k8c.io/v1',
      kind: 'Project',
      metadata: {
        name,
        labels: { ...LABELS, 'seedbed.io/project': name },
        annotations: { 'kustomize.toolkit.fluxcd.io/prune': 'disabled', 'seedbed.io/owner': fleet.projects.find((p) => p.name === name)!.owner },
      },
      spec: { name },
    })));
  });

  test('a KKP Seed per seed in the Kubermatic namespace, its kubeconfig a Secret reference', () => {
    expect(seeds.map((s) => `${s.metadata.namespace}/${s.metadata.name}`)).toEqual(['kubermatic/nord-1', 'kubermatic/nord-2', 'kubermatic/sued-1']);
    expect(seed('sued-1').metadata.labels).toEqual({ ...LABELS, 'seedbed.io/seed': 'sued-1' });
    expect(seed('sued-1').metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
    expect(seed('sued-1').spec.kubeconfig).toEqual({ name: 'sued-1-kubeconfig', namespace: 'kubermatic', fieldPath: 'kubeconfig' });
    const other = render(openstack({ kubermatic: { namespace: 'kkp' } }));
    expect(hubObjects(other.tree, 'seeds.yaml').map((s) => [s.metadata.namespace, s.spec.kubeconfig.namespace])).toEqual([['kkp', 'kkp'], ['kkp', 'kkp'], ['kkp', 'kkp']]);
  });

  test('OpenStack datacenters: one per zone of the seed region, named uniquely across seeds, from the CloudProfile', () => {
    expect(seed('sued-1').spec.datacenters).toEqual({
      'sued-1-eu-sued-1a': {
        spec: {
          openstack: {
            authURL: 'https://keystone.eu-sued-1.nordcloud.example:5000/v3',
            availabilityZone: 'eu-sued-1a',
            dnsServers: ['10.0.0.53', '10.0.1.53'],
            images: { flatcar: 'flatcar-stable-4230.2.0' },
            region: 'eu-sued-1',
          },
        },
      },
      'sued-1-eu-sued-1b': {
        spec: {
          openstack: {
            authURL: 'https://keystone.eu-sued-1.nordcloud.example:5000/v3',
            availabilityZone: 'eu-sued-1b',
            dnsServers: ['10.0.0.53', '10.0.1.53'],
            images: { flatcar: 'flatcar-stable-4230.2.0' },
            region: 'eu-sued-1',
          },
        },
      },
    });
    // nord-1 and nord-2 share eu-nord-1: KKP needs every datacenter name once.
    const names = seeds.flatMap((s) => Object.keys(s.spec.datacenters));
    expect(names).toEqual([
      'nord-1-eu-nord-1a', 'nord-1-eu-nord-1b', 'nord-1-eu-nord-1c', 'nord-2-eu-nord-1a', 'nord-2-eu-nord-1b', 'nord-2-eu-nord-1c',
      'sued-1-eu-sued-1a', 'sued-1-eu-sued-1b',
    ]);
  });

  test('vSphere datacenters: compute cluster and datastore of each zone, templates of the operating systems KKP knows', () => {
    // The vSphere example takes no multi-cluster settings: render its seeds directly.
    const vsphere = resolveFleetOrThrow(buildVSphereFleet({ variant: 'kubermatic-test' }), { now: NOW });
    const mc = { kubermatic: { namespace: 'kubermatic' } } as ResolvedMultiCluster;
    const vsphereSeeds = vsphere.seeds.map((s) => renderKubermaticSeed(vsphere, mc, s));
    const muc1 = vsphereSeeds.find((s) => s.metadata.name === 'muc-1')!;
    const dc = (cluster: string, datastore: string) => ({
      spec: {
        vsphere: {
          endpoint: 'https://vcenter-muc.corp.example',
          datacenter: 'DC-MUC',
          cluster,
          datastore,
          rootPath: '/DC-MUC/vm/kubernetes',
          templates: { ubuntu: 'templates/ubuntu-2404-kube' },
        },
      },
    });
    expect(muc1.spec.datacenters).toEqual({
      'muc-1-muc-a': dc('cluster-a', 'vsanDatastore'),
      'muc-1-muc-b': dc('cluster-b', 'vsanDatastore'),
      'muc-1-muc-c': dc('cluster-c', 'vsanDatastore-c'),
    });
    expect(vsphereSeeds.flatMap((s) => SchemaRegistry.load().validate(s))).toEqual([]);
  });

  test('no KKP Cluster, Preset or KubermaticConfiguration is rendered, and nothing goes into the shoots', () => {
    const kinds = allObjects(tree).filter(({ object }) => object.apiVersion.startsWith('kubermatic.k8c.io/')).map(({ object }) => object.kind);
    expect(new Set(kinds)).toEqual(new Set(['Project', 'Seed']));
    expect(allObjects(tree).filter(({ file, object }) => object.apiVersion.startsWith('kubermatic.k8c.io/') && !file.startsWith(`${DIR}/`))).toEqual([]);
  });

  test('every object validates against its schema', () => {
    const registry = SchemaRegistry.load();
    const objects = [...hubObjects(tree, 'projects.yaml'), ...seeds];
    expect(objects.flatMap((o) => registry.validate(o).map((p) => `${o.kind}/${o.metadata.name}: ${JSON.stringify(p)}`))).toEqual([]);
  });

  test('the hub folder builds with kubectl kustomize', () => {
    const built = kustomizeFolder(fleet, tree, DIR);
    expect(built.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`)).toEqual([
      'Project//data', 'Project//platform', 'Project//shop', 'Seed/kubermatic/nord-1', 'Seed/kubermatic/nord-2', 'Seed/kubermatic/sued-1',
    ]);
  });

  test('a new project and seed appear; a new shoot changes nothing, a removed project disappears', () => {
    const garden = openstack();
    const profile = garden.cloudProfiles[0];
    // A shoot alone is not a KKP object: the hub output stays the same.
    const shop = garden.projects.find((p) => p.name === 'shop')!;
    new Shoot(shop, 'canary', { cloudProfile: profile, region: 'eu-sued-1', kubernetesVersion: '1.33.5', purpose: ShootPurpose.TESTING })
      .addWorkerPool('default', { machineType: 'm1.large', minimum: 1, maximum: 2 });
    expect(hubObjects(render(garden).tree, 'projects.yaml')).toEqual(hubObjects(tree, 'projects.yaml'));
    expect(hubObjects(render(garden).tree, 'seeds.yaml')).toEqual(seeds);

    new Seed(garden, 'sued-2', {
      provider: ProviderType.OPENSTACK, region: 'eu-sued-1', cloudProfile: profile, ingressDomain: 'sued-2.seeds.nordcloud.example',
      networks: { nodes: '172.16.0.0/16', pods: '172.20.0.0/14', services: '172.24.0.0/16' }, capacity: 10,
    }).addDataStore('etcd-sued-2a', {
      driver: DataStoreDriver.ETCD, endpoints: ['etcd-0.sued-2.internal:2379'], capacity: 10,
      tls: { certificateAuthority: { name: 'etcd-sued-2a-ca', namespace: 'kamaji-system' }, clientCertificate: { name: 'etcd-sued-2a-client', namespace: 'kamaji-system' } },
    });
    const ml = new Project(garden, 'ml', { description: 'Machine learning' });
    new Shoot(ml, 'train', { cloudProfile: profile, region: 'eu-sued-1', kubernetesVersion: '1.33.5', purpose: ShootPurpose.DEVELOPMENT })
      .addWorkerPool('default', { machineType: 'm1.large', minimum: 1, maximum: 2 });
    const data = garden.projects.find((p) => p.name === 'data')!;
    expect(garden.node.tryRemoveChild(data.node.id)).toBe(true);
    const changed = render(garden);
    expect(hubObjects(changed.tree, 'projects.yaml').map((p) => p.metadata.name)).toEqual(['ml', 'platform', 'shop']);
    expect(hubObjects(changed.tree, 'projects.yaml')[0].metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
    const sued2 = hubObjects(changed.tree, 'seeds.yaml').find((s) => s.metadata.name === 'sued-2')!;
    expect(Object.keys(sued2.spec.datacenters)).toEqual(['sued-2-eu-sued-1a', 'sued-2-eu-sued-1b']);
    expect(hubObjects(changed.tree, 'seeds.yaml').map((s) => s.metadata.name)).toEqual(['nord-1', 'nord-2', 'sued-1', 'sued-2']);
  });
});
