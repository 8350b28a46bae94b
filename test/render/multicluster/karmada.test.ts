/**
 * Karmada: a Cluster per shoot, the services' resource templates with propagation policies on the
 * model's cluster lists, override policies with ordered rules; schema-valid, kustomize-buildable.
 */
import { ControlPlaneBackend, KarmadaSyncMode } from '../../../lib';
import { applyJsonPatch } from '../../../lib/render/multicluster/common';
import { hubFile, ids, kustomizeFolder, memberObjectsOf, renderPlacement, schemaProblems } from './placement-fleet';

const DIR = 'garden/multicluster/karmada';

describe('Karmada', () => {
  const { fleet, tree } = renderPlacement({ deepOverride: true, emptyService: true });
  const service = (name: string) => fleet.multiCluster!.services.find((s) => s.name === name)!;
  const file = (name: string) => hubFile(tree, `${DIR}/${name}`);

  test('the hub folder: clusters, then one file per service that lands somewhere', () => {
    expect(tree.get(`${DIR}/kustomization.yaml`)).toEqual({
      kind: 'kustomization',
      resources: ['clusters.yaml', 'service-ingress.yaml', 'service-monitoring.yaml', 'service-shop-baseline.yaml'],
    });
    expect(tree.has(`${DIR}/service-nowhere.yaml`)).toBe(false);
  });

  test('one Cluster per shoot, in key order, registered in Push mode with a kubeconfig Secret reference', () => {
    expect(file('clusters.yaml').map((c) => c.metadata.name)).toEqual(fleet.shoots.map((s) => s.key));
    expect(file('clusters.yaml').find((c) => c.metadata.name === 'shop--prod')).toEqual({
      apiVersion: 'cluster.karmada.io/v1alpha1',
      kind: 'Cluster',
      metadata: {
        name: 'shop--prod',
        labels: {
          'cost-center': 'cc-4711',
          'tier': 'gold',
          'app.kubernetes.io/managed-by': 'seedbed',
          'seedbed.io/fleet': 'nordcloud',
          'seedbed.io/project': 'shop',
          'seedbed.io/shoot': 'prod',
          'seedbed.io/purpose': 'production',
          'seedbed.io/seed': 'nord-2',
          'seedbed.io/provider': 'openstack',
          'seedbed.io/region': 'eu-nord-1',
        },
      },
      spec: {
        syncMode: 'Push',
        apiEndpoint: 'https://api.shoot--shop--prod.nord-2.seeds.nordcloud.example:6443',
        provider: 'openstack',
        region: 'eu-nord-1',
        zones: ['eu-nord-1a', 'eu-nord-1b', 'eu-nord-1c'],
        secretRef: { namespace: 'karmada-cluster', name: 'shop--prod-kubeconfig' },
      },
    });
  });

  test('Pull mode: no credentials at the hub; gardener shoots are reached where Gardener publishes them', () => {
    const pull = renderPlacement({ karmadaSyncMode: KarmadaSyncMode.PULL, backend: ControlPlaneBackend.GARDENER });
    const ops = hubFile(pull.tree, `${DIR}/clusters.yaml`).find((c) => c.metadata.name === 'platform--ops')!;
    expect(ops.spec).toEqual({
      syncMode: 'Pull', apiEndpoint: 'https://api.ops.platform.k8s.nordcloud.example:443', provider: 'openstack', region: 'eu-nord-1', zones: ['eu-nord-1a', 'eu-nord-1b', 'eu-nord-1c'],
    });
    for (const c of hubFile(pull.tree, `${DIR}/clusters.yaml`)) expect(c.spec.secretRef).toBeUndefined();
    expect(schemaProblems(hubFile(pull.tree, `${DIR}/clusters.yaml`))).toEqual([]);
  });

  test('a Helm chart service: Namespace, HelmRepository and HelmRelease as templates, placed on exactly the model\'s clusters', () => {
    const objects = file('service-monitoring.yaml');
    expect(ids(objects)).toEqual([
      'Namespace monitoring', 'HelmRepository monitoring/monitoring', 'HelmRelease monitoring/monitoring',
      'ClusterPropagationPolicy monitoring', 'PropagationPolicy monitoring/monitoring', 'OverridePolicy monitoring/monitoring.helmrelease.monitoring',
    ]);
    const clusters = ['data--analytics', 'data--lake', 'platform--ops', 'shop--edge-sued', 'shop--prod', 'shop--staging'];
    expect(service('monitoring').clusters).toEqual(clusters);
    const [ns, repo, release, cpp, pp] = objects;
    expect(ns.metadata.labels!['namespace.karmada.io/skip-auto-propagation']).toBe('true');
    expect(repo.spec).toEqual({ url: 'https://prometheus-community.github.io/helm-charts', interval: '10m' });
    expect(release.spec).toEqual({
      interval: '10m',
      releaseName: 'monitoring',
      chart: { spec: { chart: 'kube-prometheus-stack', version: '77.5.0', sourceRef: { kind: 'HelmRepository', name: 'monitoring', namespace: 'monitoring' } } },
      values: { grafana: { enabled: false }, prometheus: { prometheusSpec: { retention: '7d' } } },
    });
    expect(cpp.spec).toEqual({ resourceSelectors: [{ apiVersion: 'v1', kind: 'Namespace', name: 'monitoring' }], placement: { clusterAffinity: { clusterNames: clusters } } });
    expect(pp.spec).toEqual({
      resourceSelectors: [
        { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'HelmRepository', name: 'monitoring' },
        { apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', name: 'monitoring' },
      ],
      placement: { clusterAffinity: { clusterNames: clusters } },
    });
  });

  test('Helm values overrides are add patches under /spec/values on the override\'s clusters', () => {
    const policy = file('service-monitoring.yaml').find((o) => o.kind === 'OverridePolicy')!;
    expect(policy.spec).toEqual({
      resourceSelectors: [{ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', name: 'monitoring' }],
      overrideRules: [{
        targetCluster: { clusterNames: ['data--analytics', 'shop--edge-sued', 'shop--prod'] },
        overriders: { plaintext: [{ operator: 'add', path: '/spec/values/prometheus/prometheusSpec/retention', value: '30d' }] },
      }],
    });
  });

  test('nested override values: the template carries the parents the patches need, and a scalar turned into an object is replaced whole', () => {
    const objects = file('service-ingress.yaml');
    const release = objects.find((o) => o.kind === 'HelmRelease')!;
    expect(release.metadata).toMatchObject({ name: 'edge-ingress', namespace: 'ingress' });
    expect(release.spec.values).toEqual({ controller: { replicaCount: 2, config: 'none', resources: { requests: {}, limits: {} } } });
    expect(objects.find((o) => o.kind === 'HelmRepository')!.spec).toEqual({ url: 'oci://registry.nordcloud.example/charts', interval: '10m', type: 'oci' });
    const policy = objects.find((o) => o.kind === 'OverridePolicy')!;
    expect(policy.spec.overrideRules).toEqual([
      {
        targetCluster: { clusterNames: ['data--analytics', 'shop--prod'] },
        overriders: {
          plaintext: [
            { operator: 'add', path: '/spec/values/controller/extraArgs', value: ['--a'] },
            { operator: 'add', path: '/spec/values/controller/resources/requests/cpu', value: '200m' },
          ],
        },
      },
      {
        targetCluster: { clusterNames: ['shop--edge-sued'] },
        overriders: {
          plaintext: [
            { operator: 'add', path: '/spec/values/controller/config', value: { 'use-gzip': 'true' } },
            { operator: 'add', path: '/spec/values/controller/resources/limits/cpu', value: '1' },
          ],
        },
      },
    ]);
    // Applied the way Karmada does, the rules give the merged values.
    const south = policy.spec.overrideRules[1].overriders.plaintext.map((p: any) => ({ op: p.operator, path: p.path, value: p.value }));
    expect(applyJsonPatch(release, south, 'test').spec.values).toEqual({
      controller: { replicaCount: 2, config: { 'use-gzip': 'true' }, resources: { requests: {}, limits: { cpu: '1' } } },
    });
  });

  test('a manifests service: the objects as given, cluster-scoped ones in a ClusterPropagationPolicy', () => {
    const objects = file('service-shop-baseline.yaml');
    expect(ids(objects)).toEqual([
      'Namespace shop-platform', 'ConfigMap shop-platform/platform-contacts', 'LimitRange shop-platform/defaults',
      'ClusterPropagationPolicy shop-baseline', 'PropagationPolicy shop-platform/shop-baseline',
      'ClusterOverridePolicy shop-baseline.namespace.shop-platform', 'OverridePolicy shop-platform/shop-baseline.configmap.platform-contacts',
    ]);
    expect(objects[1]).toEqual({
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: {
        name: 'platform-contacts', namespace: 'shop-platform',
        labels: { 'app.kubernetes.io/managed-by': 'seedbed', 'seedbed.io/fleet': 'nordcloud', 'seedbed.io/service': 'shop-baseline' },
      },
      data: { 'on-call': 'shop-sre@nordcloud.example', 'escalation': 'platform-team@nordcloud.example' },
    });
    const placement = { clusterAffinity: { clusterNames: ['shop--edge-sued', 'shop--prod', 'shop--staging'] } };
    expect(objects[3].spec.placement).toEqual(placement);
    expect(objects[4].spec).toEqual({
      resourceSelectors: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'platform-contacts' }, { apiVersion: 'v1', kind: 'LimitRange', name: 'defaults' }],
      placement,
    });
  });

  test('patches: one policy per changed object, one rule per override in the service\'s order, targeting the override\'s clusters', () => {
    const objects = file('service-shop-baseline.yaml');
    expect(objects.find((o) => o.kind === 'OverridePolicy')!.spec).toEqual({
      resourceSelectors: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'platform-contacts' }],
      overrideRules: [
        {
          targetCluster: { clusterNames: ['shop--edge-sued'] },
          overriders: { plaintext: [{ operator: 'replace', path: '/data/on-call', value: 'shop-sre-sued@nordcloud.example' }] },
        },
        {
          targetCluster: { clusterNames: ['shop--prod'] },
          overriders: { plaintext: [{ operator: 'add', path: '/data/tier', value: 'gold' }] },
        },
      ],
    });
    expect(objects.find((o) => o.kind === 'ClusterOverridePolicy')!.spec).toEqual({
      resourceSelectors: [{ apiVersion: 'v1', kind: 'Namespace', name: 'shop-platform' }],
      overrideRules: [{ targetCluster: { clusterNames: ['shop--prod'] }, overriders: { plaintext: [{ operator: 'add', path: '/metadata/labels', value: { tier: 'gold' } }] } }],
    });
  });

  test('nothing is put into the shoots', () => {
    for (const s of fleet.shoots) expect(memberObjectsOf(tree, s.key).filter((o) => /karmada/.test(o.apiVersion))).toEqual([]);
  });

  test('every object validates against its schema (and the check does catch a wrong one)', () => {
    const objects = [...tree.entries()].filter(([p]) => p.startsWith(`${DIR}/`) && p.endsWith('.yaml') && !p.endsWith('kustomization.yaml'))
      .flatMap(([p]) => hubFile(tree, p));
    expect(objects.length).toBeGreaterThan(20);
    expect(schemaProblems(objects)).toEqual([]);
    const cluster = file('clusters.yaml')[0];
    expect(schemaProblems([{ ...cluster, spec: { ...cluster.spec, syncMode: undefined, zone: 7 } }]).length).toBeGreaterThan(0);
    const policy = file('service-shop-baseline.yaml').find((o) => o.kind === 'OverridePolicy')!;
    expect(schemaProblems([{ ...policy, spec: { ...policy.spec, overrideRules: [{ overriders: { plaintext: [{ operator: 'merge', path: '/x' }] } }] } }]).length).toBeGreaterThan(0);
  });

  test('the hub folder builds with kubectl kustomize', () => {
    const built = kustomizeFolder(fleet, tree, DIR);
    expect(built.filter((o) => o.kind === 'Cluster')).toHaveLength(fleet.shoots.length);
    expect(built).toHaveLength(9 + 6 + 6 + 7);
  });
});
