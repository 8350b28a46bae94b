import { ControlPlaneBackend, DataStoreDriver } from '../../../lib';
import { servicePorts } from '../../../lib/render/k0smotron';
import { objectsOf, one, renderFleetFile, renderSmall } from '../capi/support';
import { buildOpenStackFleet } from '../../../fleets/openstack';
import { renderFleet } from '../../../lib/pipeline/render';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { NOW } from '../../support/fleets';

describe('k0smotron backend (openstack-k0smotron)', () => {
  const { tree } = renderFleetFile('openstack-k0smotron');

  test('a shoot with Cluster API pools: Cluster → K0smotronControlPlane, workers bootstrap with k0s', () => {
    const ns = 'shoot--shop--staging';
    const cluster = objectsOf(tree, 'Cluster', 'seeds/nord-1/shoots/shop--staging/').find((o) => o.apiVersion === 'cluster.x-k8s.io/v1beta2')!;
    expect(cluster.spec.controlPlaneRef).toEqual({ apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'K0smotronControlPlane', name: 'staging' });
    const cp = one(tree, 'K0smotronControlPlane', 'staging', ns);
    expect(cp.apiVersion).toBe('controlplane.cluster.x-k8s.io/v1beta2');
    const kwct = objectsOf(tree, 'K0sWorkerConfigTemplate', 'seeds/nord-1/shoots/shop--staging/');
    expect(kwct).toHaveLength(1);
    expect(kwct[0].spec.template.spec).toEqual({
      version: 'v1.33.5+k0s.0',
      args: ['--enable-cloud-provider', '--labels=worker.gardener.cloud/pool=web'],
    });
    const md = one(tree, 'MachineDeployment', 'staging-web-eu-nord-1a', ns);
    expect(md.spec.template.spec.bootstrap.configRef).toEqual({ apiGroup: 'bootstrap.cluster.x-k8s.io', kind: 'K0sWorkerConfigTemplate', name: kwct[0].metadata.name });
  });

  test('the control plane: version, replicas, service with API, konnectivity and join ports, own etcd with a volume', () => {
    const cp = one(tree, 'K0smotronControlPlane', 'prod', 'shoot--shop--prod');
    expect(cp.spec).toMatchObject({
      version: 'v1.32.9-k0s.0',
      replicas: 3,
      service: { type: 'LoadBalancer', apiPort: 6443, konnectivityPort: 8132 },
      persistence: { type: 'emptyDir' },
      storage: { type: 'etcd', etcd: { autoDeletePVCs: false, persistence: { size: '8Gi' } } },
    });
    expect(cp.spec.k0sConfig.spec.api).toEqual({
      k0sApiPort: 9443,
      sans: ['api.prod.shop.k8s.nordcloud.example', 'api.shoot--shop--prod.nord-2.seeds.nordcloud.example'],
    });
    expect(cp.spec.k0sConfig.spec.network).toEqual({ provider: 'calico', podCIDR: '100.96.0.0/11', serviceCIDR: '100.64.0.0/13', clusterDomain: 'cluster.local' });
    expect(cp.spec.topologySpreadConstraints[0].labelSelector).toEqual({ matchLabels: { app: 'k0smotron', cluster: 'prod', component: 'cluster' } });
    // An OpenStack seed: its nodes carry zone labels, so the zone spread is strict.
    expect(cp.spec.topologySpreadConstraints[0]).toMatchObject({ topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule' });
    // external-dns learns every API server name through the annotations k0smotron puts on the Service.
    expect(cp.spec.kubeconfigSecretMetadata).toEqual({
      annotations: { 'external-dns.alpha.kubernetes.io/hostname': 'api.prod.shop.k8s.nordcloud.example,api.shoot--shop--prod.nord-2.seeds.nordcloud.example' },
    });
    const policy = one(tree, 'NetworkPolicy', 'allow-api-server', 'shoot--shop--prod');
    expect(policy.spec.ingress[0].ports.map((p: any) => p.port)).toEqual([6443, 8132, 9443]);
  });

  test('a shoot without Cluster API pools gets a k0smotron.io Cluster; the addons use its kubeconfig Secret', () => {
    // The example's edge shoot with its one pool taken away (static machines cannot join k0s).
    const garden = buildOpenStackFleet({ backend: ControlPlaneBackend.K0SMOTRON, variant: 'openstack-k0smotron' });
    const edge = garden.shoots.find((s) => s.key === 'shop--edge-sued')!;
    for (const pool of edge.workerPools) edge.node.tryRemoveChild(pool.node.id);
    const tree = renderFleet(resolveFleetOrThrow(garden, { now: NOW }));
    const ns = 'shoot--shop--edge-sued';
    const kmc = objectsOf(tree, 'Cluster', 'seeds/sued-1/shoots/shop--edge-sued/');
    expect(kmc.map((o) => o.apiVersion)).toEqual(['k0smotron.io/v1beta2']);
    expect(kmc[0].spec.kubeconfigSecretMetadata.annotations['external-dns.alpha.kubernetes.io/hostname'])
      .toBe('api.edge-sued.shop.k8s.nordcloud.example,api.shoot--shop--edge-sued.sued-1.seeds.nordcloud.example');
    expect(kmc[0].metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
    const addons = one(tree, 'Kustomization', 'shop--edge-sued-addons', ns);
    expect(addons.spec.kubeConfig).toEqual({ secretRef: { name: 'edge-sued-kubeconfig', key: 'value' } });
    const cp = one(tree, 'Kustomization', 'shop--edge-sued-control-plane', ns);
    expect(cp.spec.healthCheckExprs.map((h: any) => `${h.apiVersion} ${h.kind}`)).toEqual(['k0smotron.io/v1beta2 Cluster']);
  });

  test('no Kamaji objects and no DataStores', () => {
    for (const kind of ['TenantControlPlane', 'KamajiControlPlane', 'DataStore']) expect(objectsOf(tree, kind)).toEqual([]);
  });
});

describe('k0smotron datastores and ports', () => {
  test('a shoot pinned to a SQL DataStore keeps its state there through kine, credentials by Secret', () => {
    const { tree } = renderSmall({ backend: ControlPlaneBackend.K0SMOTRON, pinnedDataStore: DataStoreDriver.POSTGRESQL });
    expect(one(tree, 'K0smotronControlPlane', 'web').spec.storage).toEqual({ type: 'kine', kine: { dataSourceSecretName: 'web-kine' } });
  });

  test('NodePort services use ports inside the NodePort range', () => {
    expect(servicePorts('NodePort')).toEqual({ apiPort: 30443, konnectivityPort: 30132 });
    expect(servicePorts('LoadBalancer')).toEqual({ apiPort: 6443, konnectivityPort: 8132 });
  });
});
