/**
 * Open Cluster Management: the cluster set and its binding, a ManagedCluster per shoot, a
 * Placement per service selecting exactly the model's clusters, a ManifestWork per service and
 * cluster with that cluster's overrides applied, the Klusterlet in each member; schema-valid,
 * kustomize-buildable.
 */
import { ControlPlaneBackend } from '../../../lib';
import { hasMemberFiles, hubFile, memberObjectsOf, ids, kustomizeFolder, renderPlacement, schemaProblems } from './placement-fleet';

const DIR = 'garden/multicluster/open-cluster-management';
const LABELS = { 'app.kubernetes.io/managed-by': 'seedbed', 'seedbed.io/fleet': 'nordcloud' };

describe('Open Cluster Management', () => {
  const { fleet, tree } = renderPlacement({ deepOverride: true, emptyService: true });
  const file = (name: string) => hubFile(tree, `${DIR}/${name}`);
  const work = (service: string, cluster: string) => file(`service-${service}.yaml`).find((o) => o.kind === 'ManifestWork' && o.metadata.namespace === cluster)!;

  test('the hub folder: cluster set, clusters, one file per service that lands somewhere', () => {
    expect(tree.get(`${DIR}/kustomization.yaml`)).toEqual({
      kind: 'kustomization',
      resources: ['clusterset.yaml', 'clusters.yaml', 'service-ingress.yaml', 'service-monitoring.yaml', 'service-shop-baseline.yaml'],
    });
  });

  test('one ManagedClusterSet named after the garden, bound into the placement namespace', () => {
    expect(file('clusterset.yaml')).toEqual([
      {
        apiVersion: 'cluster.open-cluster-management.io/v1beta2', kind: 'ManagedClusterSet',
        metadata: { name: 'nordcloud', labels: LABELS }, spec: { clusterSelector: { selectorType: 'ExclusiveClusterSetLabel' } },
      },
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'seedbed-services', labels: LABELS } },
      {
        apiVersion: 'cluster.open-cluster-management.io/v1beta2', kind: 'ManagedClusterSetBinding',
        metadata: { name: 'nordcloud', namespace: 'seedbed-services', labels: LABELS }, spec: { clusterSet: 'nordcloud' },
      },
    ]);
  });

  test('per shoot its cluster namespace and an accepted ManagedCluster in the set, labelled for placement', () => {
    const clusters = file('clusters.yaml');
    expect(ids(clusters)).toEqual(fleet.shoots.flatMap((s) => [`Namespace ${s.key}`, `ManagedCluster ${s.key}`]));
    expect(clusters.find((o) => o.kind === 'ManagedCluster' && o.metadata.name === 'shop--edge-sued')).toEqual({
      apiVersion: 'cluster.open-cluster-management.io/v1',
      kind: 'ManagedCluster',
      metadata: {
        name: 'shop--edge-sued',
        labels: {
          'cost-center': 'cc-4711',
          ...LABELS,
          'seedbed.io/project': 'shop',
          'seedbed.io/shoot': 'edge-sued',
          'seedbed.io/purpose': 'production',
          'seedbed.io/seed': 'sued-1',
          'seedbed.io/provider': 'openstack',
          'seedbed.io/region': 'eu-sued-1',
          'name': 'shop--edge-sued',
          'cluster.open-cluster-management.io/clusterset': 'nordcloud',
        },
      },
      spec: { hubAcceptsClient: true, managedClusterClientConfigs: [{ url: 'https://api.shoot--shop--edge-sued.sued-1.seeds.nordcloud.example:6443' }] },
    });
  });

  test('a Placement per service selects exactly the model\'s clusters by name', () => {
    for (const service of fleet.multiCluster!.services.filter((s) => s.clusters.length > 0)) {
      const placement = file(`service-${service.name}.yaml`)[0];
      expect(placement).toMatchObject({ kind: 'Placement', metadata: { name: service.name, namespace: 'seedbed-services' } });
      expect(placement.spec).toEqual({
        clusterSets: ['nordcloud'],
        predicates: [{ requiredClusterSelector: { labelSelector: { matchExpressions: [{ key: 'name', operator: 'In', values: service.clusters }] } } }],
      });
      const works = file(`service-${service.name}.yaml`).filter((o) => o.kind === 'ManifestWork');
      expect(works.map((w) => w.metadata.namespace)).toEqual(service.clusters);
      for (const w of works) expect(w.metadata.name).toBe(service.name);
    }
    expect(tree.has(`${DIR}/service-nowhere.yaml`)).toBe(false);
  });

  test('ManifestWorks carry the Helm objects with the cluster\'s values merged', () => {
    const values = (cluster: string) => work('monitoring', cluster).spec.workload.manifests.find((m: any) => m.kind === 'HelmRelease').spec.values;
    expect(ids(work('monitoring', 'shop--prod').spec.workload.manifests)).toEqual(['Namespace monitoring', 'HelmRepository monitoring/monitoring', 'HelmRelease monitoring/monitoring']);
    expect(values('shop--prod')).toEqual({ grafana: { enabled: false }, prometheus: { prometheusSpec: { retention: '30d' } } });
    expect(values('shop--staging')).toEqual({ grafana: { enabled: false }, prometheus: { prometheusSpec: { retention: '7d' } } });
    // Nested merge: objects merge key by key, anything else replaces; no scaffolding in final objects.
    const ingress = (cluster: string) => work('ingress', cluster).spec.workload.manifests.find((m: any) => m.kind === 'HelmRelease').spec.values;
    expect(ingress('shop--prod')).toEqual({ controller: { replicaCount: 2, config: 'none', extraArgs: ['--a'], resources: { requests: { cpu: '200m' } } } });
    expect(ingress('shop--edge-sued')).toEqual({ controller: { replicaCount: 2, config: { 'use-gzip': 'true' }, resources: { limits: { cpu: '1' } } } });
  });

  test('ManifestWorks carry the manifests with the cluster\'s patches applied, in the service\'s order', () => {
    const contacts = (cluster: string) => work('shop-baseline', cluster).spec.workload.manifests.find((m: any) => m.kind === 'ConfigMap').data;
    expect(contacts('shop--edge-sued')).toEqual({ 'on-call': 'shop-sre-sued@nordcloud.example', 'escalation': 'platform-team@nordcloud.example' });
    expect(contacts('shop--prod')).toEqual({ 'on-call': 'shop-sre@nordcloud.example', 'escalation': 'platform-team@nordcloud.example', 'tier': 'gold' });
    expect(contacts('shop--staging')).toEqual({ 'on-call': 'shop-sre@nordcloud.example', 'escalation': 'platform-team@nordcloud.example' });
    expect(work('shop-baseline', 'shop--prod').spec.workload.manifests[0]).toEqual({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop-platform', labels: { tier: 'gold' } } });
    expect(work('shop-baseline', 'shop--staging').spec.workload.manifests[0]).toEqual({
      apiVersion: 'v1', kind: 'Namespace',
      metadata: { name: 'shop-platform', labels: { 'app.kubernetes.io/managed-by': 'seedbed', 'seedbed.io/fleet': 'nordcloud', 'seedbed.io/service': 'shop-baseline' } },
    });
  });

  test('each shoot with a control plane in a seed gets a Klusterlet registering it under its key; no secret anywhere', () => {
    const klusterlets = memberObjectsOf(tree, 'shop--prod').filter((o) => o.kind === 'Klusterlet');
    expect(klusterlets).toEqual([{
      apiVersion: 'operator.open-cluster-management.io/v1',
      kind: 'Klusterlet',
      metadata: {
        name: 'klusterlet',
        labels: { ...LABELS, 'seedbed.io/project': 'shop', 'seedbed.io/shoot': 'prod', 'seedbed.io/purpose': 'production' },
      },
      spec: {
        clusterName: 'shop--prod',
        namespace: 'open-cluster-management-agent',
        externalServerURLs: [{ url: 'https://api.shoot--shop--prod.nord-2.seeds.nordcloud.example:6443' }],
      },
    }]);
    for (const s of fleet.shoots) expect(memberObjectsOf(tree, s.key).filter((o) => o.kind === 'Klusterlet').map((k) => k.spec.clusterName)).toEqual([s.key]);
    const everything = [...tree.entries()].filter(([p]) => p.startsWith(`${DIR}/`) && !p.endsWith('kustomization.yaml')).flatMap(([p]) => hubFile(tree, p));
    expect(everything.filter((o) => o.kind === 'Secret')).toEqual([]);
  });

  test('shoots of the gardener backend are registered at the hub, with no Klusterlet rendered (no addons stage)', () => {
    const gardener = renderPlacement({ backend: ControlPlaneBackend.GARDENER });
    const ops = hubFile(gardener.tree, `${DIR}/clusters.yaml`).find((o) => o.kind === 'ManagedCluster' && o.metadata.name === 'platform--ops')!;
    expect(ops.spec.managedClusterClientConfigs).toEqual([{ url: 'https://api.ops.platform.k8s.nordcloud.example:443' }]);
    for (const s of gardener.fleet.shoots) expect(hasMemberFiles(gardener.tree, s.key)).toBe(false);
    expect(schemaProblems(hubFile(gardener.tree, `${DIR}/clusters.yaml`))).toEqual([]);
  });

  test('every object validates against its schema (and the check does catch a wrong one)', () => {
    const objects = [...tree.entries()].filter(([p]) => p.startsWith(`${DIR}/`) && !p.endsWith('kustomization.yaml')).flatMap(([p]) => hubFile(tree, p));
    const members = fleet.shoots.flatMap((s) => memberObjectsOf(tree, s.key).filter((o) => o.apiVersion.startsWith('operator.open-cluster-management.io')));
    expect(members).toHaveLength(fleet.shoots.length);
    expect(schemaProblems([...objects, ...members])).toEqual([]);
    const placement = file('service-monitoring.yaml')[0];
    expect(schemaProblems([{ ...placement, spec: { ...placement.spec, sortBy: 'Random' } }]).length).toBeGreaterThan(0);
    expect(schemaProblems([{ ...members[0], spec: { ...members[0].spec, clusterName: 'Not_A_Name' } }]).length).toBeGreaterThan(0);
  });

  test('the hub folder builds with kubectl kustomize', () => {
    const built = kustomizeFolder(fleet, tree, DIR);
    expect(built.filter((o) => o.kind === 'ManagedCluster')).toHaveLength(fleet.shoots.length);
    expect(built.filter((o) => o.kind === 'ManifestWork')).toHaveLength(3 + 6 + 3);
  });
});
