/**
 * Clusternet: Subscriptions selecting exactly the model's clusters by their registered name,
 * feeds as Manifest objects or a HelmChart, chart values and overrides as ordered Globalizations,
 * the agents' registration settings in the members; schema-valid, kustomize-buildable.
 */
import { ControlPlaneBackend } from '../../../lib';
import { applyJsonPatch } from '../../../lib/render/multicluster/common';
import { pluralOf } from '../../../lib/render/multicluster/clusternet';
import { hasMemberFiles, hubFile, ids, kustomizeFolder, memberObjectsOf, renderPlacement, schemaProblems } from './placement-fleet';

const DIR = 'garden/multicluster/clusternet';
const NAME = 'clusters.clusternet.io/cluster-name';
const affinity = (clusters: string[]) => ({ matchExpressions: [{ key: NAME, operator: 'In', values: clusters }] });

describe('Clusternet', () => {
  const { fleet, tree } = renderPlacement({ deepOverride: true, emptyService: true });
  const file = (name: string) => hubFile(tree, `${DIR}/${name}`);
  const clustersOf = (name: string) => fleet.multiCluster!.services.find((s) => s.name === name)!.clusters;

  test('the hub folder: the Subscriptions\' namespace, one file per service that lands somewhere; no ManagedCluster', () => {
    expect(tree.get(`${DIR}/kustomization.yaml`)).toEqual({
      kind: 'kustomization', resources: ['namespace.yaml', 'service-ingress.yaml', 'service-monitoring.yaml', 'service-shop-baseline.yaml'],
    });
    expect(ids(file('namespace.yaml'))).toEqual(['Namespace seedbed-services']);
  });

  test('each member gets the agent\'s registration settings: its key as the name, Pull, its labels', () => {
    const objects = memberObjectsOf(tree, 'shop--prod').filter((o) => o.metadata.namespace === 'clusternet-system' || o.metadata.name === 'clusternet-system');
    expect(ids(objects)).toEqual(['Namespace clusternet-system', 'ConfigMap clusternet-system/clusternet-registration']);
    expect(objects[1].data).toEqual({
      'cluster-reg-name': 'shop--prod',
      'cluster-sync-mode': 'Pull',
      'cluster-labels': 'app.kubernetes.io/managed-by=seedbed,cost-center=cc-4711,seedbed.io/fleet=nordcloud,seedbed.io/project=shop,'
        + 'seedbed.io/provider=openstack,seedbed.io/purpose=production,seedbed.io/region=eu-nord-1,seedbed.io/seed=nord-2,seedbed.io/shoot=prod,tier=gold',
    });
    for (const s of fleet.shoots) {
      const cm = memberObjectsOf(tree, s.key).find((o) => o.metadata.name === 'clusternet-registration')!;
      expect(cm.data!['cluster-reg-name']).toBe(s.key);
      // Clusternet limits registration names to 30 characters; keys are at most 23.
      expect(s.key.length).toBeLessThanOrEqual(30);
    }
  });

  test('a manifests service: its objects as Manifest feeds in clusternet-reserved, found by Clusternet\'s config labels', () => {
    const objects = file('service-shop-baseline.yaml');
    expect(ids(objects)).toEqual([
      'Manifest clusternet-reserved/namespaces.shop-platform',
      'Manifest clusternet-reserved/configmaps.shop-platform.platform-contacts',
      'Manifest clusternet-reserved/limitranges.shop-platform.defaults',
      'Subscription seedbed-services/shop-baseline',
      'Globalization shop-baseline.sued.configmap.platform-contacts',
      'Globalization shop-baseline.gold.namespace.shop-platform',
      'Globalization shop-baseline.gold.configmap.platform-contacts',
    ]);
    expect(objects[1].metadata.labels).toMatchObject({
      'apps.clusternet.io/config.group': '', 'apps.clusternet.io/config.version': 'v1', 'apps.clusternet.io/config.kind': 'ConfigMap',
      'apps.clusternet.io/config.name': 'platform-contacts', 'apps.clusternet.io/config.namespace': 'shop-platform',
    });
    expect(objects[0].metadata.labels!['apps.clusternet.io/config.namespace']).toBe('');
    expect(objects[1].template).toEqual({
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: {
        name: 'platform-contacts', namespace: 'shop-platform',
        labels: { 'app.kubernetes.io/managed-by': 'seedbed', 'seedbed.io/fleet': 'nordcloud', 'seedbed.io/service': 'shop-baseline' },
      },
      data: { 'on-call': 'shop-sre@nordcloud.example', 'escalation': 'platform-team@nordcloud.example' },
    });
    expect(objects[3].spec).toEqual({
      schedulingStrategy: 'Replication',
      subscribers: [{ clusterAffinity: affinity(['shop--edge-sued', 'shop--prod', 'shop--staging']) }],
      feeds: [
        { apiVersion: 'v1', kind: 'Namespace', name: 'shop-platform' },
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'platform-contacts', namespace: 'shop-platform' },
        { apiVersion: 'v1', kind: 'LimitRange', name: 'defaults', namespace: 'shop-platform' },
      ],
    });
    expect(objects[3].spec.subscribers[0].clusterAffinity.matchExpressions[0].values).toEqual(clustersOf('shop-baseline'));
  });

  test('patches: a JSONPatch Globalization per override and object, on the override\'s clusters, later overrides at higher priority', () => {
    const objects = file('service-shop-baseline.yaml').filter((o) => o.kind === 'Globalization');
    expect(objects.map((g) => [g.metadata.name, g.spec.priority, g.spec.clusterAffinity.matchExpressions[0].values])).toEqual([
      ['shop-baseline.sued.configmap.platform-contacts', 500, ['shop--edge-sued']],
      ['shop-baseline.gold.namespace.shop-platform', 501, ['shop--prod']],
      ['shop-baseline.gold.configmap.platform-contacts', 501, ['shop--prod']],
    ]);
    const sued = objects[0];
    expect(sued.spec).toMatchObject({
      feed: { apiVersion: 'v1', kind: 'ConfigMap', name: 'platform-contacts', namespace: 'shop-platform' },
      overridePolicy: 'ApplyNow',
    });
    expect(sued.spec.overrides).toHaveLength(1);
    expect(sued.spec.overrides[0]).toMatchObject({ name: 'sued', type: 'JSONPatch' });
    const ops = JSON.parse(sued.spec.overrides[0].value);
    expect(ops).toEqual([{ op: 'replace', path: '/data/on-call', value: 'shop-sre-sued@nordcloud.example' }]);
    expect(applyJsonPatch(file('service-shop-baseline.yaml')[1].template, ops, 'test').data['on-call']).toBe('shop-sre-sued@nordcloud.example');
  });

  test('a Helm chart service: a HelmChart feed, its values as a Globalization on all its clusters, overrides as later Helm Globalizations', () => {
    const objects = file('service-monitoring.yaml');
    expect(ids(objects)).toEqual([
      'HelmChart seedbed-services/monitoring', 'Subscription seedbed-services/monitoring',
      'Globalization monitoring.values', 'Globalization monitoring.production.helmchart.monitoring',
    ]);
    const [chart, sub, values, production] = objects;
    expect(chart.spec).toEqual({ repo: 'https://prometheus-community.github.io/helm-charts', chart: 'kube-prometheus-stack', version: '77.5.0', targetNamespace: 'monitoring' });
    const feed = { apiVersion: 'apps.clusternet.io/v1alpha1', kind: 'HelmChart', name: 'monitoring', namespace: 'seedbed-services' };
    expect(sub.spec.feeds).toEqual([feed]);
    expect(sub.spec.subscribers).toEqual([{ clusterAffinity: affinity(clustersOf('monitoring')) }]);
    expect(values.spec).toEqual({
      clusterAffinity: affinity(clustersOf('monitoring')), feed, overridePolicy: 'ApplyNow', priority: 100,
      overrides: [{ name: 'values', type: 'Helm', value: '{"grafana":{"enabled":false},"prometheus":{"prometheusSpec":{"retention":"7d"}}}' }],
    });
    expect(production.spec).toEqual({
      clusterAffinity: affinity(['data--analytics', 'shop--edge-sued', 'shop--prod']), feed, overridePolicy: 'ApplyNow', priority: 500,
      overrides: [{ name: 'production', type: 'Helm', value: '{"prometheus":{"prometheusSpec":{"retention":"30d"}}}' }],
    });
    const ingress = file('service-ingress.yaml');
    expect(ingress[0].metadata.name).toBe('edge-ingress');
    expect(ingress.filter((o) => o.kind === 'Globalization').map((g) => [g.metadata.name, g.spec.priority])).toEqual([
      ['ingress.values', 100], ['ingress.north.helmchart.edge-ingress', 500], ['ingress.south.helmchart.edge-ingress', 501],
    ]);
  });

  test('plural names of Manifest objects', () => {
    expect(['ConfigMap', 'Ingress', 'NetworkPolicy', 'Gateway', 'Namespace'].map(pluralOf)).toEqual(['configmaps', 'ingresses', 'networkpolicies', 'gateways', 'namespaces']);
  });

  test('shoots of the gardener backend get no registration settings (no addons stage)', () => {
    const gardener = renderPlacement({ backend: ControlPlaneBackend.GARDENER });
    for (const s of gardener.fleet.shoots) expect(hasMemberFiles(gardener.tree, s.key)).toBe(false);
    expect(hubFile(gardener.tree, `${DIR}/service-monitoring.yaml`).find((o) => o.kind === 'Subscription')!.spec.subscribers[0].clusterAffinity)
      .toEqual(affinity(gardener.fleet.multiCluster!.services.find((s) => s.name === 'monitoring')!.clusters));
  });

  test('every object validates against its schema (and the check does catch a wrong one)', () => {
    const objects = [...tree.entries()].filter(([p]) => p.startsWith(`${DIR}/`) && !p.endsWith('kustomization.yaml')).flatMap(([p]) => hubFile(tree, p));
    const members = fleet.shoots.flatMap((s) => memberObjectsOf(tree, s.key).filter((o) => o.metadata.name === 'clusternet-registration'));
    expect(members).toHaveLength(fleet.shoots.length);
    expect(schemaProblems([...objects, ...members])).toEqual([]);
    const g = objects.find((o) => o.kind === 'Globalization')!;
    expect(schemaProblems([{ ...g, spec: { ...g.spec, priority: 1001 } }]).length).toBeGreaterThan(0);
    const m = objects.find((o) => o.kind === 'Manifest')!;
    expect(schemaProblems([{ ...m, template: undefined }]).length).toBeGreaterThan(0);
  });

  test('the hub folder builds with kubectl kustomize', () => {
    const built = kustomizeFolder(fleet, tree, DIR);
    expect(built.filter((o) => o.kind === 'Subscription').map((o) => o.metadata.name).sort()).toEqual(['ingress', 'monitoring', 'shop-baseline']);
    expect(built).toHaveLength(1 + 5 + 4 + 7);
  });
});
