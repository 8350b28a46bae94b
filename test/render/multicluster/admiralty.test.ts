/**
 * Admiralty: a Target per provider in the consumer, a ServiceAccount and Source per consumer in
 * each provider, all in the settings' namespace of the shoots' multicluster stage; nothing at the hub.
 */
import { buildOpenStackFleet } from '../../../fleets/openstack';
import { BurstPartners, MultiClusterSettings, MultiClusterSystem } from '../../../lib';
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
function render(partners: Record<string, string[]>, settings: Partial<MultiClusterSettings> = {}): { fleet: ResolvedFleet; tree: RenderedTree } {
  const garden = buildOpenStackFleet({ variant: 'admiralty-test', multiCluster: { systems: SYSTEMS, ...settings } });
  const shoot = (key: string) => garden.shoots.find((s) => s.key === key)!;
  for (const [consumer, providers] of Object.entries(partners)) {
    new BurstPartners(garden, `${consumer}-burst`, { consumer: shoot(consumer), providers: providers.map(shoot) });
  }
  const fleet = resolveFleetOrThrow(garden, { now: NOW });
  return { fleet, tree: renderFleet(fleet) };
}

function peeringPath(fleet: ResolvedFleet, key: string): string {
  return `seeds/${fleet.shoots.find((s) => s.key === key)!.seed}/shoots/${key}/multicluster`;
}

/** Admiralty's objects in a shoot's multicluster stage: everything in its namespace, and the namespace. */
function admiraltyObjects(fleet: ResolvedFleet, tree: RenderedTree, key: string, namespace = 'admiralty'): Manifest[] {
  const f = tree.get(`${peeringPath(fleet, key)}/multicluster.yaml`);
  if (!f) return []; // no peerings: no multicluster stage
  if (f.kind !== 'manifests') throw new Error(`not a manifests file: ${key}`);
  return f.objects.filter((o) => o.metadata.namespace === namespace || (o.kind === 'Namespace' && o.metadata.name === namespace));
}

const ids = (objects: Manifest[]) => objects.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);

describe('Admiralty', () => {
  const { fleet, tree } = render({ 'data--analytics': ['data--lake', 'data--etl'] });

  test('the consumer has a Target per provider, reading the provider kubeconfig from a Secret reference', () => {
    const objects = admiraltyObjects(fleet, tree, 'data--analytics');
    expect(ids(objects)).toEqual(['Namespace//admiralty', 'Target/admiralty/data--etl', 'Target/admiralty/data--lake']);
    expect(objects[0]).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: 'admiralty',
        labels: { ...LABELS, 'multicluster-scheduler': 'enabled' },
        annotations: { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' },
      },
    });
    expect(objects[2]).toEqual({
      apiVersion: 'multicluster.admiralty.io/v1alpha1',
      kind: 'Target',
      metadata: { name: 'data--lake', namespace: 'admiralty', labels: LABELS },
      spec: { kubeconfigSecret: { name: 'data--lake-kubeconfig', key: 'config' } },
    });
  });

  test('each provider has a ServiceAccount and a Source for the consumer', () => {
    for (const provider of ['data--lake', 'data--etl']) {
      const objects = admiraltyObjects(fleet, tree, provider);
      expect(ids(objects)).toEqual(['Namespace//admiralty', 'ServiceAccount/admiralty/data--analytics', 'Source/admiralty/data--analytics']);
      expect(objects[0].metadata.labels).toEqual(LABELS);
      expect(objects[0].metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
      expect(objects[2]).toEqual({
        apiVersion: 'multicluster.admiralty.io/v1alpha1',
        kind: 'Source',
        metadata: { name: 'data--analytics', namespace: 'admiralty', labels: LABELS },
        spec: { serviceAccountName: 'data--analytics' },
      });
    }
  });

  test('the namespace comes from the settings', () => {
    const other = render({ 'data--analytics': ['data--lake'] }, { admiralty: { namespace: 'burst-admiralty' } });
    expect(ids(admiraltyObjects(other.fleet, other.tree, 'data--analytics', 'burst-admiralty'))).toEqual([
      'Namespace//burst-admiralty', 'Target/burst-admiralty/data--lake',
    ]);
    expect(ids(admiraltyObjects(other.fleet, other.tree, 'data--lake', 'burst-admiralty'))).toEqual([
      'Namespace//burst-admiralty', 'ServiceAccount/burst-admiralty/data--analytics', 'Source/burst-admiralty/data--analytics',
    ]);
  });

  test('shoots without burst partners get nothing; no Secret is rendered; nothing at the hub', () => {
    for (const s of fleet.shoots.filter((x) => !x.key.startsWith('data--'))) expect(admiraltyObjects(fleet, tree, s.key)).toEqual([]);
    for (const s of fleet.shoots) {
      const f = tree.get(`${peeringPath(fleet, s.key)}/multicluster.yaml`);
      if (f?.kind === 'manifests') expect(f.objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    }
    expect([...tree.keys()].filter((p) => p.startsWith('garden/multicluster/admiralty/'))).toEqual([]);
  });

  test('the partners\' addons folders build with kubectl kustomize', () => {
    for (const key of ['data--analytics', 'data--lake', 'data--etl']) {
      const built = kustomizeFolder(fleet, tree, peeringPath(fleet, key));
      expect(built.filter((o) => o.kind === 'Target' || o.kind === 'Source').length).toBe(key === 'data--analytics' ? 2 : 1);
    }
  });

  test('every object validates against its schema', () => {
    const registry = SchemaRegistry.load();
    const objects = fleet.shoots.flatMap((s) => admiraltyObjects(fleet, tree, s.key));
    expect(objects.length).toBe(9);
    expect(objects.flatMap((o) => registry.validate(o).map((p) => `${o.kind}/${o.metadata.name}: ${JSON.stringify(p)}`))).toEqual([]);
  });

  test('adding a provider adds Target and Source; removing one removes both', () => {
    const one = render({ 'data--analytics': ['data--lake'] });
    expect(ids(admiraltyObjects(one.fleet, one.tree, 'data--analytics'))).toEqual(['Namespace//admiralty', 'Target/admiralty/data--lake']);
    expect(admiraltyObjects(one.fleet, one.tree, 'data--etl')).toEqual([]);
    const three = render({ 'data--analytics': ['data--lake', 'data--etl', 'shop--edge-sued'] });
    expect(ids(admiraltyObjects(three.fleet, three.tree, 'data--analytics'))).toEqual([
      'Namespace//admiralty', 'Target/admiralty/data--etl', 'Target/admiralty/data--lake', 'Target/admiralty/shop--edge-sued',
    ]);
    expect(ids(admiraltyObjects(three.fleet, three.tree, 'shop--edge-sued'))).toEqual([
      'Namespace//admiralty', 'ServiceAccount/admiralty/data--analytics', 'Source/admiralty/data--analytics',
    ]);
    const none = render({});
    for (const s of none.fleet.shoots) expect(admiraltyObjects(none.fleet, none.tree, s.key)).toEqual([]);
  });

  test('a shoot that consumes and provides gets one namespace with Targets, ServiceAccounts and Sources', () => {
    const both = render({ 'data--analytics': ['data--lake'], 'data--lake': ['data--etl'] });
    const lake = admiraltyObjects(both.fleet, both.tree, 'data--lake');
    expect(ids(lake)).toEqual([
      'Namespace//admiralty', 'Target/admiralty/data--etl', 'ServiceAccount/admiralty/data--analytics', 'Source/admiralty/data--analytics',
    ]);
    expect(lake[0].metadata.labels!['multicluster-scheduler']).toBe('enabled');
  });
});
