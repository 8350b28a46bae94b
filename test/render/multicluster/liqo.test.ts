/**
 * Liqo: a tenant namespace and a ForeignCluster per peer in both partners, and the consumer's
 * offloaded namespace; in the shoots' multicluster stage, nothing at the hub.
 */
import { buildOpenStackFleet } from '../../../fleets/openstack';
import { BurstPartners, MultiClusterSystem } from '../../../lib';
import { Garden } from '../../../lib/model/garden';
import { ResolvedFleet } from '../../../lib/resolve/model';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { renderFleet } from '../../../lib/pipeline/render';
import { Manifest, RenderedTree } from '../../../lib/core/manifest';
import { SchemaRegistry } from '../../../lib/schema';
import { NOW } from '../../support/fleets';
import { kustomizeFolder } from './placement-fleet';

const SYSTEMS = [MultiClusterSystem.CLUSTERPEDIA, MultiClusterSystem.KUBERMATIC, MultiClusterSystem.LIQO, MultiClusterSystem.ADMIRALTY];
const LABELS = { 'app.kubernetes.io/managed-by': 'seedbed', 'seedbed.io/fleet': 'nordcloud' };

/** The example OpenStack fleet with the four systems and the given partnerships (consumer → providers). */
function build(partners: Record<string, string[]>): Garden {
  const garden = buildOpenStackFleet({ variant: 'liqo-test', multiCluster: { systems: SYSTEMS } });
  const shoot = (key: string) => garden.shoots.find((s) => s.key === key)!;
  for (const [consumer, providers] of Object.entries(partners)) {
    new BurstPartners(garden, `${consumer}-burst`, { consumer: shoot(consumer), providers: providers.map(shoot) });
  }
  return garden;
}

function render(partners: Record<string, string[]>): { fleet: ResolvedFleet; tree: RenderedTree } {
  const fleet = resolveFleetOrThrow(build(partners), { now: NOW });
  return { fleet, tree: renderFleet(fleet) };
}

function peeringPath(fleet: ResolvedFleet, key: string): string {
  return `seeds/${fleet.shoots.find((s) => s.key === key)!.seed}/shoots/${key}/multicluster`;
}

/** The Liqo objects (and their namespaces) in a shoot's multicluster stage. */
function liqoObjects(fleet: ResolvedFleet, tree: RenderedTree, key: string): Manifest[] {
  const f = tree.get(`${peeringPath(fleet, key)}/multicluster.yaml`);
  if (!f) return []; // no peerings: no multicluster stage
  if (f.kind !== 'manifests') throw new Error(`not a manifests file: ${key}`);
  return f.objects.filter((o) => o.apiVersion.includes('liqo.io') || (o.kind === 'Namespace' && (o.metadata.name === 'burst' || o.metadata.name.startsWith('liqo-'))));
}

const ids = (objects: Manifest[]) => objects.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);

describe('Liqo', () => {
  const { fleet, tree } = render({ 'data--analytics': ['data--lake', 'data--etl'] });

  test('the consumer peers with each provider and offloads its burst namespace to exactly them', () => {
    const objects = liqoObjects(fleet, tree, 'data--analytics');
    expect(ids(objects)).toEqual([
      'Namespace//liqo-tenant-data--etl', 'ForeignCluster//data--etl',
      'Namespace//liqo-tenant-data--lake', 'ForeignCluster//data--lake',
      'Namespace//burst', 'NamespaceOffloading/burst/offloading',
    ]);
    expect(objects[2]).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'liqo-tenant-data--lake', labels: { ...LABELS, 'liqo.io/remote-cluster-id': 'data--lake', 'liqo.io/tenant-namespace': 'true' } },
    });
    expect(objects[3]).toEqual({
      apiVersion: 'core.liqo.io/v1beta1',
      kind: 'ForeignCluster',
      metadata: { name: 'data--lake', labels: { ...LABELS, 'liqo.io/remote-cluster-id': 'data--lake' } },
      spec: { clusterID: 'data--lake' },
    });
    expect(objects[4]).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'burst', labels: LABELS, annotations: { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' } },
    });
    expect(objects[5]).toEqual({
      apiVersion: 'offloading.liqo.io/v1beta1',
      kind: 'NamespaceOffloading',
      metadata: { name: 'offloading', namespace: 'burst', labels: LABELS },
      spec: {
        namespaceMappingStrategy: 'DefaultName',
        podOffloadingStrategy: 'LocalAndRemote',
        clusterSelector: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'liqo.io/remote-cluster-id', operator: 'In', values: ['data--etl', 'data--lake'] }] }] },
      },
    });
  });

  test('each provider knows the consumer: tenant namespace and ForeignCluster, no offloading of its own', () => {
    for (const provider of ['data--lake', 'data--etl']) {
      expect(ids(liqoObjects(fleet, tree, provider))).toEqual(['Namespace//liqo-tenant-data--analytics', 'ForeignCluster//data--analytics']);
    }
  });

  test('shoots without burst partners get nothing, and nothing is at the hub', () => {
    for (const s of fleet.shoots.filter((x) => !x.key.startsWith('data--'))) expect(liqoObjects(fleet, tree, s.key)).toEqual([]);
    expect([...tree.keys()].filter((p) => p.startsWith('garden/multicluster/liqo/'))).toEqual([]);
  });

  test('the partners\' addons folders build with kubectl kustomize', () => {
    for (const key of ['data--analytics', 'data--lake', 'data--etl']) {
      const built = kustomizeFolder(fleet, tree, peeringPath(fleet, key));
      expect(built.filter((o) => o.kind === 'ForeignCluster').length).toBe(key === 'data--analytics' ? 2 : 1);
    }
  });

  test('multiCluster.liqo.offloadedNamespace names the offloaded namespace', () => {
    const garden = buildOpenStackFleet({ variant: 'liqo-test', multiCluster: { systems: SYSTEMS, liqo: { offloadedNamespace: 'gpu-jobs' } } });
    const shoot = (key: string) => garden.shoots.find((s) => s.key === key)!;
    new BurstPartners(garden, 'burst', { consumer: shoot('data--analytics'), providers: [shoot('data--lake')] });
    const custom = resolveFleetOrThrow(garden, { now: NOW });
    const f = renderFleet(custom).get(`${peeringPath(custom, 'data--analytics')}/multicluster.yaml`);
    const objects = f && f.kind === 'manifests' ? f.objects : [];
    expect(ids(objects.filter((o) => o.kind === 'NamespaceOffloading' || o.metadata.name === 'gpu-jobs'))).toEqual([
      'Namespace//gpu-jobs', 'NamespaceOffloading/gpu-jobs/offloading',
    ]);
  });

  test('every object validates against its schema', () => {
    const registry = SchemaRegistry.load();
    const objects = fleet.shoots.flatMap((s) => liqoObjects(fleet, tree, s.key));
    expect(objects.length).toBe(10);
    expect(objects.flatMap((o) => registry.validate(o).map((p) => `${o.kind}/${o.metadata.name}: ${JSON.stringify(p)}`))).toEqual([]);
  });

  test('adding a provider adds the peering on both sides; removing one removes it on both sides', () => {
    const one = render({ 'data--analytics': ['data--lake'] });
    expect(ids(liqoObjects(one.fleet, one.tree, 'data--analytics'))).toEqual([
      'Namespace//liqo-tenant-data--lake', 'ForeignCluster//data--lake', 'Namespace//burst', 'NamespaceOffloading/burst/offloading',
    ]);
    expect(liqoObjects(one.fleet, one.tree, 'data--etl')).toEqual([]);
    const three = render({ 'data--analytics': ['data--lake', 'data--etl', 'shop--edge-sued'] });
    expect(ids(liqoObjects(three.fleet, three.tree, 'data--analytics'))).toContain('ForeignCluster//shop--edge-sued');
    expect(ids(liqoObjects(three.fleet, three.tree, 'shop--edge-sued'))).toEqual(['Namespace//liqo-tenant-data--analytics', 'ForeignCluster//data--analytics']);
    const offloading = liqoObjects(three.fleet, three.tree, 'data--analytics').find((o) => o.kind === 'NamespaceOffloading')!;
    expect(offloading.spec.clusterSelector.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(['data--etl', 'data--lake', 'shop--edge-sued']);
    const none = render({});
    for (const s of none.fleet.shoots) expect(liqoObjects(none.fleet, none.tree, s.key)).toEqual([]);
  });

  test('partners bursting both ways share one peer each; a shoot can consume and provide at once', () => {
    const both = render({ 'data--analytics': ['data--lake', 'data--etl'], 'data--lake': ['data--analytics'] });
    expect(ids(liqoObjects(both.fleet, both.tree, 'data--lake'))).toEqual([
      'Namespace//liqo-tenant-data--analytics', 'ForeignCluster//data--analytics', 'Namespace//burst', 'NamespaceOffloading/burst/offloading',
    ]);
    expect(ids(liqoObjects(both.fleet, both.tree, 'data--analytics')).filter((i) => i.startsWith('ForeignCluster'))).toEqual([
      'ForeignCluster//data--etl', 'ForeignCluster//data--lake',
    ]);
  });

  test('no Secret is rendered: the peering credentials stay with the platform team', () => {
    for (const s of fleet.shoots) {
      const f = tree.get(`${peeringPath(fleet, s.key)}/multicluster.yaml`);
      if (f?.kind === 'manifests') expect(f.objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    }
  });
});
