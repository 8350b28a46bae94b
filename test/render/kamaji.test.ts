import { DnsRecordProvider, FailureToleranceType, ShootPurpose } from '../../lib/core/types';
import { controlPlaneReplicas, renderTenantControlPlane, sizingFor } from '../../lib/render/kamaji';
import { allObjects, findObject, renderExample } from '../support/fleets';

const { fleet, tree } = renderExample('openstack');

/** The TenantControlPlane of a shoot as the Kamaji renderer builds it (in Git directly, or through a KamajiControlPlane). */
function tcpOf(key: string) {
  const shoot = fleet.shoots.find((s) => s.key === key)!;
  return renderTenantControlPlane(fleet, fleet.seeds.find((s) => s.name === shoot.seed)!, shoot);
}

describe('Kamaji TenantControlPlane', () => {
  const tcp = tcpOf('shop--prod');

  test('is in Git for shoots without Cluster API pools; otherwise a KamajiControlPlane of the same name creates it', () => {
    expect(findObject(tree, 'TenantControlPlane', 'edge-sued', 'shoot--shop--edge-sued').spec).toEqual(tcpOf('shop--edge-sued').spec);
    expect(allObjects(tree).some(({ object }) => object.kind === 'TenantControlPlane' && object.metadata.name === 'prod')).toBe(false);
    expect(findObject(tree, 'KamajiControlPlane', 'prod', 'shoot--shop--prod').apiVersion).toBe('controlplane.cluster.x-k8s.io/v1alpha2');
  });

  test('is named after the shoot, in its namespace, with identifying labels and prune protection', () => {
    expect(tcp.apiVersion).toBe('kamaji.clastix.io/v1alpha1');
    expect(tcp.metadata.labels).toEqual({
      'app.kubernetes.io/managed-by': 'seedbed',
      'seedbed.io/fleet': 'nordcloud',
      'seedbed.io/project': 'shop',
      'seedbed.io/purpose': 'production',
      'seedbed.io/shoot': 'prod',
    });
    expect(tcp.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
  });

  test('takes version, networks, DNS service IP and certSANs from the shoot', () => {
    expect(tcp.spec.kubernetes.version).toBe('v1.32.9');
    expect(tcp.spec.networkProfile).toEqual({
      certSANs: ['api.prod.shop.k8s.nordcloud.example', 'api.shoot--shop--prod.nord-2.seeds.nordcloud.example'],
      dnsServiceIPs: ['100.64.0.10'],
      loadBalancerClass: 'octavia-ovn',
      podCidr: '100.96.0.0/11',
      port: 6443,
      serviceCidr: '100.64.0.0/13',
    });
  });

  test('pins the DataStore schema and user to the technical id (Kamaji would take the UID)', () => {
    expect([tcp.spec.dataStore, tcp.spec.dataStoreSchema, tcp.spec.dataStoreUsername]).toEqual(['etcd-nord-2a', 'shoot__shop__prod', 'shoot__shop__prod']);
    const edge = findObject(tree, 'TenantControlPlane', 'edge-sued', 'shoot--shop--edge-sued');
    expect([edge.spec.dataStoreSchema, edge.spec.dataStoreUsername]).toEqual(['shoot__shop__edge_sued', 'shoot__shop__edge_sued']);
  });

  test('zone tolerance gives three replicas spread over zones', () => {
    expect(tcp.spec.controlPlane.deployment.replicas).toBe(3);
    expect(tcp.spec.controlPlane.deployment.topologySpreadConstraints).toEqual([{
      labelSelector: { matchLabels: { 'kamaji.clastix.io/name': 'prod' } },
      maxSkew: 1,
      topologyKey: 'topology.kubernetes.io/zone',
      whenUnsatisfiable: 'DoNotSchedule',
    }]);
  });

  test('node tolerance spreads two replicas over hosts; none runs one replica without spread', () => {
    const staging = tcpOf('shop--staging');
    expect(staging.spec.controlPlane.deployment.replicas).toBe(2);
    expect(staging.spec.controlPlane.deployment.topologySpreadConstraints[0].topologyKey).toBe('kubernetes.io/hostname');
    const ops = tcpOf('platform--ops');
    expect(ops.spec.controlPlane.deployment.replicas).toBe(1);
    expect(ops.spec.controlPlane.deployment.topologySpreadConstraints).toBeUndefined();
  });

  test('service type and annotations come from the seed', () => {
    expect(tcp.spec.controlPlane.service.serviceType).toBe('LoadBalancer');
    expect(tcp.spec.controlPlane.service.additionalMetadata.annotations).toEqual({
      'external-dns.alpha.kubernetes.io/hostname': 'api.prod.shop.k8s.nordcloud.example,api.shoot--shop--prod.nord-2.seeds.nordcloud.example',
      'loadbalancer.openstack.org/flavor-id': 'lb-ha',
    });
  });

  test('every API server name clients and nodes use gets a DNS record and is in the certificate', () => {
    for (const shoot of fleet.shoots.filter((s) => s.backend === 'kamaji')) {
      const names = tcpOf(shoot.key).spec.controlPlane.service.additionalMetadata.annotations['external-dns.alpha.kubernetes.io/hostname'].split(',');
      expect(names).toEqual(shoot.apiServer.dnsNames);
      expect(names).toContain(shoot.apiServer.seedHost);
      for (const name of names) expect(shoot.apiServer.certSANs).toContain(name);
    }
  });

  test('a seed that publishes its records itself gets no external-dns annotation', () => {
    const shoot = fleet.shoots.find((s) => s.key === 'shop--prod')!;
    const seed = fleet.seeds.find((s) => s.name === shoot.seed)!;
    const quiet = renderTenantControlPlane(fleet, { ...seed, dns: { provider: DnsRecordProvider.NONE } }, shoot);
    expect(quiet.spec.controlPlane.service.additionalMetadata.annotations).toEqual({ 'loadbalancer.openstack.org/flavor-id': 'lb-ha' });
  });

  test('zone spread is strict only on seeds whose nodes carry zone labels', () => {
    const shoot = fleet.shoots.find((s) => s.key === 'shop--prod')!;
    const seed = fleet.seeds.find((s) => s.name === shoot.seed)!;
    expect(seed.zoneLabels).toBe(true); // an OpenStack seed, by default
    const unlabelled = renderTenantControlPlane(fleet, { ...seed, zoneLabels: false }, shoot);
    expect(unlabelled.spec.controlPlane.deployment.topologySpreadConstraints).toEqual([{
      labelSelector: { matchLabels: { 'kamaji.clastix.io/name': 'prod' } },
      maxSkew: 1,
      topologyKey: 'topology.kubernetes.io/zone',
      whenUnsatisfiable: 'ScheduleAnyway',
    }]);
    // Host spread stays strict: every node has its host name label.
    const staging = fleet.shoots.find((s) => s.key === 'shop--staging')!;
    const stagingSeed = fleet.seeds.find((s) => s.name === staging.seed)!;
    expect(renderTenantControlPlane(fleet, { ...stagingSeed, zoneLabels: false }, staging).spec.controlPlane.deployment.topologySpreadConstraints[0].whenUnsatisfiable).toBe('DoNotSchedule');
  });

  test('the assigned DataStore is referenced', () => {
    const shoot = fleet.shoots.find((s) => s.key === 'shop--prod')!;
    expect(tcp.spec.dataStore).toBe(shoot.dataStore);
    expect(tcp.spec.dataStore).toBe('etcd-nord-2a');
  });

  test('resources follow the purpose', () => {
    expect(tcp.spec.controlPlane.deployment.resources.apiServer).toEqual({ requests: { cpu: '500m', memory: '1Gi' } });
    const sandbox = tcpOf('platform--sandbox');
    expect(sandbox.spec.controlPlane.deployment.resources.apiServer).toEqual({ requests: { cpu: '100m', memory: '256Mi' } });
  });

  test.each([
    [FailureToleranceType.NONE, 1],
    [FailureToleranceType.NODE, 2],
    [FailureToleranceType.ZONE, 3],
  ])('replicas for %s tolerance: %d', (t, n) => expect(controlPlaneReplicas(t)).toBe(n));

  test.each([
    [ShootPurpose.PRODUCTION, '500m'], [ShootPurpose.INFRASTRUCTURE, '500m'], [ShootPurpose.DEVELOPMENT, '250m'],
    [ShootPurpose.TESTING, '100m'], [ShootPurpose.EVALUATION, '100m'],
  ])('API server cpu for %s: %s', (p, cpu) => expect(sizingFor(p).apiServer[0]).toBe(cpu));
});

describe('tenant isolation and disruption budgets', () => {
  test('every shoot namespace gets the three isolation policies and the one admitting tofu-controller to its runners', () => {
    for (const shoot of fleet.shoots) {
      const names = allObjects(tree).filter(({ object }) => object.kind === 'NetworkPolicy' && object.metadata.namespace === shoot.technicalId)
        .map(({ object }) => object.metadata.name).sort();
      expect(names).toEqual(['allow-api-server', 'allow-from-kamaji', 'allow-tofu-controller-to-runner', 'deny-from-other-namespaces']);
    }
  });

  test('the deny policy admits only pods of the same namespace', () => {
    const np = findObject(tree, 'NetworkPolicy', 'deny-from-other-namespaces', 'shoot--shop--prod');
    expect(np.spec).toEqual({ ingress: [{ from: [{ podSelector: {} }] }], podSelector: {}, policyTypes: ['Ingress'] });
  });

  test('the API server policy opens 6443 and konnectivity 8132 on the control-plane pods', () => {
    const np = findObject(tree, 'NetworkPolicy', 'allow-api-server', 'shoot--shop--prod');
    expect(np.spec.podSelector).toEqual({ matchLabels: { 'kamaji.clastix.io/name': 'prod' } });
    expect(np.spec.ingress[0].ports).toEqual([{ port: 6443, protocol: 'TCP' }, { port: 8132, protocol: 'TCP' }]);
  });

  test('a PodDisruptionBudget exists exactly for shoots with more than one replica', () => {
    for (const shoot of fleet.shoots) {
      const pdbs = allObjects(tree).filter(({ object }) => object.kind === 'PodDisruptionBudget' && object.metadata.namespace === shoot.technicalId);
      expect(pdbs.length).toBe(shoot.failureTolerance === FailureToleranceType.NONE ? 0 : 1);
    }
    const pdb = findObject(tree, 'PodDisruptionBudget', 'prod-control-plane', 'shoot--shop--prod');
    expect(pdb.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { 'kamaji.clastix.io/name': 'prod' } } });
  });
});

describe('DataStores', () => {
  test('are rendered once per seed with prune protection', () => {
    const stores = allObjects(tree).filter(({ object }) => object.kind === 'DataStore');
    expect(stores.map(({ file, object }) => `${file}:${object.metadata.name}`).sort()).toEqual([
      'seeds/nord-1/datastores/datastores.yaml:etcd-nord-1a',
      'seeds/nord-1/datastores/datastores.yaml:postgres-nord-1',
      'seeds/nord-2/datastores/datastores.yaml:etcd-nord-2a',
      'seeds/sued-1/datastores/datastores.yaml:etcd-sued-1a',
    ]);
    for (const { object } of stores) expect(object.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
  });

  test('etcd uses the CA (with key) and a client certificate by Secret reference', () => {
    const ds = findObject(tree, 'DataStore', 'etcd-nord-1a');
    expect(ds.spec).toEqual({
      driver: 'etcd',
      endpoints: ['etcd-0.nord-1.internal:2379', 'etcd-1.nord-1.internal:2379', 'etcd-2.nord-1.internal:2379'],
      tlsConfig: {
        certificateAuthority: {
          certificate: { secretReference: { keyPath: 'tls.crt', name: 'etcd-nord-1a-ca', namespace: 'kamaji-system' } },
          privateKey: { secretReference: { keyPath: 'tls.key', name: 'etcd-nord-1a-ca', namespace: 'kamaji-system' } },
        },
        clientCertificate: {
          certificate: { secretReference: { keyPath: 'tls.crt', name: 'etcd-nord-1a-client', namespace: 'kamaji-system' } },
          privateKey: { secretReference: { keyPath: 'tls.key', name: 'etcd-nord-1a-client', namespace: 'kamaji-system' } },
        },
      },
    });
  });

  test('PostgreSQL uses basic auth by Secret reference and carries no secret value', () => {
    const ds = findObject(tree, 'DataStore', 'postgres-nord-1');
    expect(ds.spec.basicAuth).toEqual({
      password: { secretReference: { keyPath: 'password', name: 'postgres-nord-1-auth', namespace: 'kamaji-system' } },
      username: { secretReference: { keyPath: 'username', name: 'postgres-nord-1-auth', namespace: 'kamaji-system' } },
    });
    expect(JSON.stringify(ds)).not.toMatch(/"content"/);
  });
});
