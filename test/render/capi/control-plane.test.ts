import { ControlPlaneBackend, Provisioner } from '../../../lib';
import { renderTenantControlPlane } from '../../../lib/render/kamaji';
import { Manifest } from '../../../lib/core/manifest';
import { objectsOf, one, renderFleetFile, renderSmall } from './support';

/**
 * What Kamaji's Cluster API provider writes into the TenantControlPlane it creates for a
 * KamajiControlPlane (the fields seedbed sets), from the KamajiControlPlane and its Cluster.
 */
function tenantSpecFromProvider(kcp: Manifest, cluster: Manifest): Record<string, unknown> {
  const s = kcp.spec;
  const net = cluster.spec.clusterNetwork;
  const { dnsServiceIPs, ...coreDNS } = s.addons.coreDNS ?? {};
  return {
    dataStore: s.dataStoreName,
    dataStoreSchema: s.dataStoreSchema,
    dataStoreUsername: s.dataStoreUsername,
    controlPlane: {
      deployment: {
        replicas: s.replicas,
        resources: { apiServer: s.apiServer.resources, controllerManager: s.controllerManager.resources, scheduler: s.scheduler.resources },
        topologySpreadConstraints: s.deployment.topologySpreadConstraints,
        additionalMetadata: s.deployment.additionalMetadata,
        podAdditionalMetadata: s.deployment.podAdditionalMetadata,
      },
      service: { serviceType: s.network.serviceType, additionalMetadata: { labels: s.network.serviceLabels, annotations: s.network.serviceAnnotations } },
    },
    kubernetes: { version: s.version, kubelet: s.kubelet, admissionControllers: s.admissionControllers },
    networkProfile: {
      port: net.apiServerPort,
      certSANs: s.network.certSANs,
      podCidr: net.pods.cidrBlocks[0],
      serviceCidr: net.services.cidrBlocks[0],
      dnsServiceIPs: dnsServiceIPs ?? s.network.dnsServiceIPs,
      loadBalancerClass: s.network.loadBalancerConfig?.loadBalancerClass,
    },
    addons: { coreDNS, kubeProxy: s.addons.kubeProxy, konnectivity: s.addons.konnectivity },
  };
}

const clean = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('Kamaji with Cluster API worker pools', () => {
  const { fleet, tree } = renderFleetFile('openstack');
  const ns = 'shoot--shop--prod';
  const cluster = one(tree, 'Cluster', 'prod', ns);
  const kcp = one(tree, 'KamajiControlPlane', 'prod', ns);
  const osc = one(tree, 'OpenStackCluster', 'prod', ns);

  test('the control-plane stage holds Cluster, KamajiControlPlane and OpenStackCluster instead of a TenantControlPlane', () => {
    const stage = objectsOf(tree, undefined, 'seeds/nord-2/shoots/shop--prod/control-plane/');
    expect(stage.map((o) => o.kind)).toEqual([
      'Cluster', 'KamajiControlPlane', 'OpenStackCluster', 'NetworkPolicy', 'NetworkPolicy', 'NetworkPolicy', 'PodDisruptionBudget',
    ]);
    expect(objectsOf(tree, 'TenantControlPlane', 'seeds/nord-2/shoots/shop--prod/')).toEqual([]);
  });

  test('the Cluster references both by kind and name, and carries the shoot\'s networks', () => {
    expect(cluster.apiVersion).toBe('cluster.x-k8s.io/v1beta2');
    expect(cluster.spec).toEqual({
      clusterNetwork: { apiServerPort: 6443, pods: { cidrBlocks: ['100.96.0.0/11'] }, services: { cidrBlocks: ['100.64.0.0/13'] }, serviceDomain: 'cluster.local' },
      controlPlaneRef: { apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KamajiControlPlane', name: 'prod' },
      infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'OpenStackCluster', name: 'prod' },
    });
    expect(cluster.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
  });

  test('the KamajiControlPlane asks external-dns for every API server name, all of them in the certificate', () => {
    expect(kcp.spec.network.serviceAnnotations['external-dns.alpha.kubernetes.io/hostname']).toBe('api.prod.shop.k8s.nordcloud.example,api.shoot--shop--prod.nord-2.seeds.nordcloud.example');
    expect(kcp.spec.network.certSANs).toEqual(['api.prod.shop.k8s.nordcloud.example', 'api.shoot--shop--prod.nord-2.seeds.nordcloud.example']);
  });

  test('the KamajiControlPlane passes the pinned DataStore schema and user on', () => {
    expect([kcp.spec.dataStoreSchema, kcp.spec.dataStoreUsername]).toEqual(['shoot__shop__prod', 'shoot__shop__prod']);
  });

  test('the TenantControlPlane the provider creates equals the one rendered without Cluster API', () => {
    const shoot = fleet.shoots.find((s) => s.key === 'shop--prod')!;
    const seed = fleet.seeds.find((s) => s.name === shoot.seed)!;
    const direct = renderTenantControlPlane(fleet, seed, shoot);
    expect(kcp.metadata.name).toBe(direct.metadata.name);
    expect(kcp.metadata.labels).toEqual(direct.metadata.labels);
    expect(clean(tenantSpecFromProvider(kcp, cluster))).toEqual(clean(direct.spec));
  });

  test('key settings: version, replicas, datastore, certSANs, service type', () => {
    expect(kcp.spec).toMatchObject({
      version: 'v1.32.9',
      replicas: 3,
      dataStoreName: 'etcd-nord-2a',
      network: {
        serviceType: 'LoadBalancer',
        certSANs: ['api.prod.shop.k8s.nordcloud.example', 'api.shoot--shop--prod.nord-2.seeds.nordcloud.example'],
        loadBalancerConfig: { loadBalancerClass: 'octavia-ovn' },
      },
    });
  });

  test('the OpenStackCluster uses the shoot stack\'s network, subnet and router by name and creates nothing itself', () => {
    expect(osc.spec).toEqual({
      identityRef: { cloudName: 'openstack', name: 'openstack-shop', region: 'eu-nord-1', type: 'Secret' },
      network: { filter: { name: ns } },
      subnets: [{ filter: { name: ns } }],
      router: { filter: { name: ns } },
      apiServerLoadBalancer: { enabled: false },
      disableAPIServerFloatingIP: true,
      disableExternalNetwork: true,
    });
  });

  test('a shoot in an existing network references the network and router by id', () => {
    const lake = one(tree, 'OpenStackCluster', 'lake', 'shoot--data--lake');
    expect(lake.spec.network).toEqual({ id: '5f0b1a36-6b6e-4c1f-9a2b-2f4d3c1e0a11' });
    expect(lake.spec.router).toEqual({ id: '8c2d4e6f-0a1b-4c3d-8e5f-6a7b8c9d0e1f' });
    expect(lake.spec.subnets).toEqual([{ filter: { name: 'shoot--data--lake' } }]);
  });

  test('the Flux chain waits for the KamajiControlPlane and the Cluster, installs the system components, then waits for the MachineDeployments', () => {
    const chain = objectsOf(tree, 'Kustomization', 'seeds/nord-2/shoots/shop--prod/flux.yaml');
    expect(chain.map((k) => k.metadata.name)).toEqual([
      'shop--prod-infrastructure', 'shop--prod-control-plane', 'shop--prod-system-components', 'shop--prod-workers', 'shop--prod-addons',
    ]);
    expect(chain[1].spec.healthCheckExprs.map((h: any) => h.kind)).toEqual(['KamajiControlPlane', 'Cluster']);
    // The CNI and the CCM are installed (HelmReleases in the seed, into the shoot) before anything waits for Ready nodes.
    expect(chain[2].spec.dependsOn).toEqual([{ name: 'shop--prod-control-plane' }]);
    expect(chain[2].spec.kubeConfig).toBeUndefined();
    expect(chain[2].spec.healthCheckExprs).toBeUndefined();
    expect(chain[3].spec.dependsOn).toEqual([{ name: 'shop--prod-system-components' }]);
    expect(chain[3].spec.healthCheckExprs).toEqual([expect.objectContaining({ apiVersion: 'cluster.x-k8s.io/v1beta2', kind: 'MachineDeployment' })]);
    expect(chain[3].spec.healthCheckExprs[0].current).toContain("c.type == 'Available' && c.status == 'True'");
    expect(chain[4].spec.kubeConfig).toEqual({ secretRef: { name: 'prod-admin-kubeconfig', key: 'admin.svc' } });
  });
});

describe('Kamaji without Cluster API worker pools', () => {
  const { tree } = renderFleetFile('openstack');

  test('shop/edge-sued (only a Terraform pool) keeps its TenantControlPlane and has no Cluster API objects or workers stage', () => {
    const prefix = 'seeds/sued-1/shoots/shop--edge-sued/';
    expect(objectsOf(tree, 'TenantControlPlane', prefix).map((o) => o.metadata.name)).toEqual(['edge-sued']);
    expect(objectsOf(tree, 'Cluster', prefix)).toEqual([]);
    expect(objectsOf(tree, 'KamajiControlPlane', prefix)).toEqual([]);
    expect(tree.has(`${prefix}workers/workers.yaml`)).toBe(false);
  });
});

describe('vSphere infrastructure cluster', () => {
  test('a VSphereCluster on the region\'s vCenter, its certificate pinned, with credentials by Secret reference', () => {
    const { tree } = renderFleetFile('vsphere');
    expect(one(tree, 'VSphereCluster', 'erp', 'shoot--apps--erp').spec).toEqual({
      server: 'vcenter-muc.corp.example',
      thumbprint: '3C:41:2A:9E:7B:55:0D:18:C2:6F:8A:E4:91:37:B0:5D:2E:6C:F1:A8',
      identityRef: { kind: 'Secret', name: 'vsphere-apps' },
    });
    expect(one(tree, 'Cluster', 'erp', 'shoot--apps--erp').spec.infrastructureRef).toEqual({ apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'VSphereCluster', name: 'erp' });
  });
});

describe('the upstream Cluster API backend', () => {
  const { tree } = renderFleetFile('openstack-cluster-api');
  const ns = 'shoot--shop--prod';

  test('a KubeadmControlPlane with three machines for a zone-tolerant shoot, one otherwise', () => {
    const kcp = one(tree, 'KubeadmControlPlane', 'prod', ns);
    expect(kcp.apiVersion).toBe('controlplane.cluster.x-k8s.io/v1beta2');
    expect(kcp.spec.replicas).toBe(3);
    expect(kcp.spec.version).toBe('v1.32.9');
    expect(one(tree, 'KubeadmControlPlane', 'ops', 'shoot--platform--ops').spec.replicas).toBe(1);
    expect(one(tree, 'KubeadmControlPlane', 'staging', 'shoot--shop--staging').spec.replicas).toBe(3);
  });

  test('control-plane machines: the smallest fitting flavor and the image of the first pool', () => {
    const kcp = one(tree, 'KubeadmControlPlane', 'prod', ns);
    const template = one(tree, 'OpenStackMachineTemplate', kcp.spec.machineTemplate.spec.infrastructureRef.name, ns);
    expect(template.spec.template.spec.flavor).toBe('m1.medium');
    expect(template.spec.template.spec.image).toEqual({ filter: { name: 'gardenlinux-1877.3.0-amd64' } });
    // The endpoint and the seed host static workers join (issue 16 item 4).
    expect(kcp.spec.kubeadmConfigSpec.clusterConfiguration.apiServer.certSANs).toEqual(['api.prod.shop.k8s.nordcloud.example', 'api.shoot--shop--prod.nord-2.seeds.nordcloud.example']);
  });

  test('the OpenStackCluster creates the API load balancer with a floating IP from the region\'s pool', () => {
    const osc = one(tree, 'OpenStackCluster', 'prod', ns);
    expect(osc.spec.apiServerLoadBalancer).toEqual({ enabled: true });
    expect(osc.spec.disableAPIServerFloatingIP).toBe(false);
    expect(osc.spec.externalNetwork).toEqual({ filter: { name: 'ext-net' } });
    const cluster = one(tree, 'Cluster', 'prod', ns);
    expect(cluster.spec.controlPlaneRef).toEqual({ apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KubeadmControlPlane', name: 'prod' });
  });

  test('no hosted control plane, no DataStore: the addons use Cluster API\'s kubeconfig Secret', () => {
    expect(objectsOf(tree, 'TenantControlPlane')).toEqual([]);
    expect(objectsOf(tree, 'DataStore')).toEqual([]);
    const addons = one(tree, 'Kustomization', 'shop--prod-addons', ns);
    expect(addons.spec.kubeConfig).toEqual({ secretRef: { name: 'prod-kubeconfig', key: 'value' } });
  });
});

describe('a small fleet, backend by backend', () => {
  test.each([
    [ControlPlaneBackend.KAMAJI, 'KamajiControlPlane', 'KubeadmConfigTemplate'],
    [ControlPlaneBackend.K0SMOTRON, 'K0smotronControlPlane', 'K0sWorkerConfigTemplate'],
    [ControlPlaneBackend.CLUSTER_API, 'KubeadmControlPlane', 'KubeadmConfigTemplate'],
  ])('%s: the Cluster points at a %s; pools bootstrap with %s', (backend, controlPlane, bootstrap) => {
    const { tree } = renderSmall({ backend });
    expect(one(tree, 'Cluster', 'web').spec.controlPlaneRef.kind).toBe(controlPlane);
    expect(objectsOf(tree, bootstrap)).toHaveLength(1);
    expect(objectsOf(tree, 'MachineDeployment')).toHaveLength(3);
  });

  test('Terraform pools are not Cluster API pools', () => {
    const { fleet } = renderFleetFile('vsphere');
    const branch = fleet.shoots.find((s) => s.key === 'it--branch')!;
    expect(branch.workers.map((w) => w.provisioner)).toEqual([Provisioner.TERRAFORM]);
    expect(objectsOf(renderFleetFile('vsphere').tree, 'MachineDeployment', 'seeds/').filter((m) => m.metadata.namespace === branch.technicalId)).toEqual([]);
  });
});
