/**
 * What the placement systems share: JSON patches, Helm value merging (and its patch form), the
 * objects of a service, API endpoints; and, across Karmada, Open Cluster Management and
 * Clusternet, a shoot joining and leaving a placement, as the objects and `diff` show it.
 */
import { stableJson } from '../../../lib/core/json';
import { ControlPlaneBackend, PatchOperation, ShootPurpose } from '../../../lib';
import { ChangeKind, ScopeType } from '../../../lib/diff/model';
import { diffOutputs } from '../../../lib/diff/engine';
import { summaryLines } from '../../../lib/diff/format';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { INVENTORY_FILE, parseInventory } from '../../../lib/output/inventory';
import { serializeTree } from '../../../lib/pipeline/synth';
import { renderFleet } from '../../../lib/pipeline/render';
import { Manifest, RenderedTree } from '../../../lib/core/manifest';
import {
  apiServerUrl, applyJsonPatch, finalServiceObjects, mergeValues, overriddenObjects, scaffoldValues, serviceObjects, valuesPatches,
} from '../../../lib/render/multicluster/common';
import { NOW } from '../../support/fleets';
import { PlacementFleetOptions, hasMemberFiles, hubFile, memberObjectsOf, placementFleet, renderPlacement } from './placement-fleet';

const ADD = PatchOperation.ADD;
const REPLACE = PatchOperation.REPLACE;
const REMOVE = PatchOperation.REMOVE;

describe('JSON patches', () => {
  const doc = { a: { b: 1, 'x/y': 2, 'm~n': 3 }, list: [1, 2, 3] };

  test.each([
    ['add a new member', [{ op: ADD, path: '/a/c', value: { d: true } }], { a: { b: 1, 'x/y': 2, 'm~n': 3, c: { d: true } }, list: [1, 2, 3] }],
    ['add replaces an existing member', [{ op: ADD, path: '/a/b', value: 9 }], { a: { b: 9, 'x/y': 2, 'm~n': 3 }, list: [1, 2, 3] }],
    ['replace through escaped tokens', [{ op: REPLACE, path: '/a/x~1y', value: 5 }, { op: REPLACE, path: '/a/m~0n', value: 6 }], { a: { b: 1, 'x/y': 5, 'm~n': 6 }, list: [1, 2, 3] }],
    ['remove a member', [{ op: REMOVE, path: '/a/b' }], { a: { 'x/y': 2, 'm~n': 3 }, list: [1, 2, 3] }],
    ['insert into and append to a list', [{ op: ADD, path: '/list/1', value: 7 }, { op: ADD, path: '/list/-', value: 8 }], { a: { b: 1, 'x/y': 2, 'm~n': 3 }, list: [1, 7, 2, 3, 8] }],
    ['replace and remove list items', [{ op: REPLACE, path: '/list/0', value: 0 }, { op: REMOVE, path: '/list/2' }], { a: { b: 1, 'x/y': 2, 'm~n': 3 }, list: [0, 2] }],
  ])('%s', (_name, ops, expected) => {
    expect(applyJsonPatch(doc, ops, 'test')).toEqual(expected);
    expect(doc).toEqual({ a: { b: 1, 'x/y': 2, 'm~n': 3 }, list: [1, 2, 3] });
  });

  test.each([
    ['a missing parent', { op: ADD, path: '/nope/x', value: 1 }, /does not exist/],
    ['replacing a missing member', { op: REPLACE, path: '/a/c', value: 1 }, /member does not exist/],
    ['removing a missing member', { op: REMOVE, path: '/a/c' }, /member does not exist/],
    ['an index past the end', { op: REPLACE, path: '/list/3', value: 1 }, /not an index/],
  ])('fails loudly on %s', (_name, op, message) => {
    expect(() => applyJsonPatch(doc, [op], 'svc override o')).toThrow(message);
    expect(() => applyJsonPatch(doc, [op], 'svc override o')).toThrow(/^svc override o: /);
  });
});

describe('Helm values', () => {
  test('merging: objects key by key, recursively; lists and scalars replace; the inputs stay untouched', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: 'x' };
    const over = { a: { c: [3], e: { f: null } }, d: { g: 1 } };
    expect(mergeValues(base, over)).toEqual({ a: { b: 1, c: [3], e: { f: null } }, d: { g: 1 } });
    expect(base).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x' });
  });

  test('as patches: one add per leaf, sorted, parents scaffolded; applied in order they give the merge (minus the empty scaffolds)', () => {
    const base = { controller: { replicaCount: 2, config: 'none' } };
    const north = { controller: { resources: { requests: { cpu: '200m' } }, extraArgs: ['--a'] } };
    const south = { controller: { config: { 'use-gzip': 'true' }, resources: { limits: { cpu: '1' } } } };
    const overrides = [north, south].map((values, i) => ({ name: `o${i}`, placement: {} as any, clusters: ['c'], patches: [], values }));
    const scaffolded = scaffoldValues(base, overrides);
    expect(scaffolded).toEqual({ controller: { replicaCount: 2, config: 'none', resources: { requests: {}, limits: {} } } });
    const pNorth = valuesPatches(north, '', scaffolded);
    const pSouth = valuesPatches(south, '', scaffolded);
    expect(pNorth).toEqual([
      { op: ADD, path: '/controller/extraArgs', value: ['--a'] },
      { op: ADD, path: '/controller/resources/requests/cpu', value: '200m' },
    ]);
    expect(pSouth).toEqual([
      { op: ADD, path: '/controller/config', value: { 'use-gzip': 'true' } },
      { op: ADD, path: '/controller/resources/limits/cpu', value: '1' },
    ]);
    const pruned = (v: any): any => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
      const out = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pruned(x)]).filter(([, x]) => !(typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).length === 0)));
      return out;
    };
    for (const applied of [[north], [south], [north, south]]) {
      const viaPatches = applied.reduce((v, o) => applyJsonPatch(v, valuesPatches(o, '', scaffolded), 'test'), scaffolded);
      const merged = applied.reduce((v, o) => mergeValues(v, o), base as Record<string, any>);
      expect(pruned(viaPatches)).toEqual(merged);
    }
  });

  test('values embedded as text are JSON with sorted keys', () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });
});

describe('the objects of a service', () => {
  const { fleet } = renderPlacement({ deepOverride: true });
  const service = (name: string) => fleet.multiCluster!.services.find((s) => s.name === name)!;

  test('a manifests service that creates its namespace gets no second one', () => {
    expect(serviceObjects(fleet, service('shop-baseline')).map((o) => `${o.kind} ${o.metadata.name}`)).toEqual(['Namespace shop-platform', 'ConfigMap platform-contacts', 'LimitRange defaults']);
  });

  test('a Helm chart service: its namespace, repository and release; a chart without values has none', () => {
    expect(serviceObjects(fleet, service('ingress')).map((o) => `${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`)).toEqual([
      'Namespace /ingress', 'HelmRepository ingress/ingress', 'HelmRelease ingress/edge-ingress',
    ]);
    const bare = { ...service('monitoring'), helmChart: { ...service('monitoring').helmChart!, values: undefined }, overrides: [] };
    expect(serviceObjects(fleet, bare)[2].spec.values).toBeUndefined();
    expect(finalServiceObjects(fleet, bare, 'shop--prod')[2].spec.values).toBeUndefined();
  });

  test('overridden objects: only objects a patch targets, only overrides that reach a cluster', () => {
    const baseline = service('shop-baseline');
    expect(overriddenObjects(fleet, baseline).map((o) => [o.target.kind, o.rules.map((r) => r.override.name)])).toEqual([
      ['Namespace', ['gold']], ['ConfigMap', ['sued', 'gold']],
    ]);
    const noReach = { ...baseline, overrides: baseline.overrides.map((o) => ({ ...o, clusters: [] })) };
    expect(overriddenObjects(fleet, noReach)).toEqual([]);
  });

  test('API endpoints: the seed host for shoots in a seed, Gardener\'s published one for gardener shoots', () => {
    const prod = fleet.shoots.find((s) => s.key === 'shop--prod')!;
    expect(apiServerUrl(fleet, prod)).toBe('https://api.shoot--shop--prod.nord-2.seeds.nordcloud.example:6443');
    const gardener = renderPlacement({ backend: ControlPlaneBackend.GARDENER }).fleet;
    const g = gardener.shoots.find((s) => s.key === 'shop--prod')!;
    expect(apiServerUrl(gardener, g)).toBe('https://api.prod.shop.k8s.nordcloud.example:443');
    expect(apiServerUrl(gardener, { ...g, dnsDomain: undefined })).toBeUndefined();
  });
});

/** Where shoot `key` appears in the objects of each placement system. */
function appearances(tree: RenderedTree, key: string): Record<string, string[]> {
  const has = (values: unknown) => Array.isArray(values) && values.includes(key);
  const out: Record<string, string[]> = {};
  const note = (system: string, what: string) => (out[system] ??= []).push(what);
  const objects = (system: string) => [...tree.entries()].filter(([p]) => p.startsWith(`garden/multicluster/${system}/`) && !p.endsWith('kustomization.yaml'))
    .flatMap(([p]) => hubFile(tree, p));
  const id = (o: Manifest) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
  for (const o of objects('karmada')) {
    if (o.kind === 'Cluster' && o.metadata.name === key) note('karmada', id(o));
    if (has(o.spec?.placement?.clusterAffinity?.clusterNames)) note('karmada', id(o));
    for (const [i, r] of (o.spec?.overrideRules ?? []).entries()) if (has(r.targetCluster?.clusterNames)) note('karmada', `${id(o)} rule ${i}`);
  }
  for (const o of objects('open-cluster-management')) {
    if (o.metadata.name === key && (o.kind === 'ManagedCluster' || o.kind === 'Namespace')) note('ocm', id(o));
    if (o.kind === 'Placement' && has(o.spec.predicates[0].requiredClusterSelector.labelSelector.matchExpressions[0].values)) note('ocm', id(o));
    if (o.kind === 'ManifestWork' && o.metadata.namespace === key) note('ocm', id(o));
  }
  for (const o of objects('clusternet')) {
    if (o.kind === 'Subscription' && has(o.spec.subscribers[0].clusterAffinity.matchExpressions[0].values)) note('clusternet', id(o));
    if (o.kind === 'Globalization' && has(o.spec.clusterAffinity.matchExpressions[0].values)) note('clusternet', id(o));
  }
  for (const o of hasMemberFiles(tree, key) ? memberObjectsOf(tree, key) : []) {
    if (o.kind === 'Klusterlet' || o.metadata.name === 'clusternet-registration') note('members', id(o));
  }
  return out;
}

describe('a shoot joining and leaving a placement, in every placement system and in diff', () => {
  const base = renderPlacement();
  const baseFiles = serializeTree(base.fleet, base.tree);
  /** Renders the variant the way synth does after `before`: placements read back from its inventory. */
  const next = (o: PlacementFleetOptions, before: Map<string, string>) => {
    const fleet = resolveFleetOrThrow(placementFleet(o), { now: NOW, previous: parseInventory(before.get(INVENTORY_FILE)) });
    const tree = renderFleet(fleet);
    return { fleet, tree, files: serializeTree(fleet, tree) };
  };
  const joined = next({ canary: true }, baseFiles);
  const left = next({ canary: true, canaryPurpose: ShootPurpose.EVALUATION }, joined.files);

  test('the model: the new production shoot is in both services and the production override; as an evaluation shoot only in shop-baseline', () => {
    const services = (f: typeof joined.fleet) => Object.fromEntries(f.multiCluster!.services.map((s) => [s.name, [s.clusters.includes('shop--canary'), s.overrides.map((o) => o.clusters.includes('shop--canary'))]]));
    expect(services(joined.fleet)).toEqual({ 'monitoring': [true, [true]], 'shop-baseline': [true, [false, false]] });
    expect(services(left.fleet)).toEqual({ 'monitoring': [false, [false]], 'shop-baseline': [true, [false, false]] });
  });

  test('a new shoot matching the placements appears in every system\'s objects', () => {
    expect(appearances(base.tree, 'shop--canary')).toEqual({});
    expect(appearances(joined.tree, 'shop--canary')).toEqual({
      karmada: [
        'Cluster shop--canary',
        'ClusterPropagationPolicy monitoring', 'PropagationPolicy monitoring/monitoring', 'OverridePolicy monitoring/monitoring.helmrelease.monitoring rule 0',
        'ClusterPropagationPolicy shop-baseline', 'PropagationPolicy shop-platform/shop-baseline',
      ],
      ocm: [
        'Namespace shop--canary', 'ManagedCluster shop--canary',
        'Placement seedbed-services/monitoring', 'ManifestWork shop--canary/monitoring',
        'Placement seedbed-services/shop-baseline', 'ManifestWork shop--canary/shop-baseline',
      ],
      clusternet: [
        'Subscription seedbed-services/monitoring', 'Globalization monitoring.values', 'Globalization monitoring.production.helmchart.monitoring',
        'Subscription seedbed-services/shop-baseline',
      ],
      members: ['Klusterlet klusterlet', 'ConfigMap clusternet-system/clusternet-registration'],
    });
    const work = hubFile(joined.tree, 'garden/multicluster/open-cluster-management/service-monitoring.yaml').find((o) => o.metadata.namespace === 'shop--canary')!;
    expect(work.spec.workload.manifests[2].spec.values.prometheus.prometheusSpec.retention).toBe('30d');
  });

  test('a shoot that stops matching disappears from the service in every system, and stays registered', () => {
    expect(appearances(left.tree, 'shop--canary')).toEqual({
      karmada: ['Cluster shop--canary', 'ClusterPropagationPolicy shop-baseline', 'PropagationPolicy shop-platform/shop-baseline'],
      ocm: ['Namespace shop--canary', 'ManagedCluster shop--canary', 'Placement seedbed-services/shop-baseline', 'ManifestWork shop--canary/shop-baseline'],
      clusternet: ['Subscription seedbed-services/shop-baseline'],
      members: ['Klusterlet klusterlet', 'ConfigMap clusternet-system/clusternet-registration'],
    });
  });

  test('diff reports the joining shoot: its registrations with the new shoot, the placements\' new cluster in the garden', () => {
    const diff = diffOutputs({ fleet: 'placement-test', baseline: 'before', before: baseFiles, after: joined.files });
    expect(summaryLines(diff)).toEqual([
      'garden: objects: 2 added, 11 changed; files: 1 changed — safe', // and garden/prerequisites.json (which objects read each Secret)
      'seed nord-1: files: 2 changed — safe', // its kustomization and prerequisites.json
      expect.stringMatching(/^shoot shop--canary on nord-1 \(new\): objects: \d+ added; Terraform: \d+ to add; files: \d+ added — safe$/),
    ]);
    const shoot = diff.scopes.find((s) => s.type === ScopeType.SHOOT && s.shoot === 'shop--canary')!;
    const added = shoot.items.filter((i) => i.file.startsWith('garden/multicluster/')).map((i) => `${i.change} ${i.id}`);
    expect(added).toEqual(['added Cluster shop--canary', 'added ManagedCluster shop--canary', 'added Namespace shop--canary']);
    const garden = diff.scopes.find((s) => s.type === ScopeType.GARDEN)!;
    expect(garden.items.filter((i) => i.change === ChangeKind.ADDED).map((i) => i.id)).toEqual([
      'ManifestWork shop--canary/monitoring', 'ManifestWork shop--canary/shop-baseline',
    ]);
    // garden/prerequisites.json changes too: it lists which objects read each Secret (lib/pipeline/garden.ts).
    expect(garden.items.filter((i) => i.change === ChangeKind.CHANGED && i.id === 'garden/prerequisites.json')).toHaveLength(1);
    const changed = garden.items.filter((i) => i.change === ChangeKind.CHANGED && i.id !== 'garden/prerequisites.json');
    expect(changed.map((i) => i.id).sort()).toEqual([
      'ClusterPropagationPolicy monitoring', 'ClusterPropagationPolicy shop-baseline',
      'Globalization monitoring.production.helmchart.monitoring', 'Globalization monitoring.values',
      'OverridePolicy monitoring/monitoring.helmrelease.monitoring',
      'Placement seedbed-services/monitoring', 'Placement seedbed-services/shop-baseline',
      'PropagationPolicy monitoring/monitoring', 'PropagationPolicy shop-platform/shop-baseline',
      'Subscription seedbed-services/monitoring', 'Subscription seedbed-services/shop-baseline',
    ]);
    for (const i of changed) expect(i.fields.map((f) => [f.old, f.new])).toEqual([[undefined, 'shop--canary']]);
  });

  test('diff reports the leaving shoot: removed from monitoring everywhere, its ManifestWork removed', () => {
    const diff = diffOutputs({ fleet: 'placement-test', baseline: 'before', before: joined.files, after: left.files });
    const garden = diff.scopes.find((s) => s.type === ScopeType.GARDEN)!;
    expect(garden.items.map((i) => `${i.change} ${i.id}`).sort()).toEqual([
      'changed ClusterPropagationPolicy monitoring',
      'changed Globalization monitoring.production.helmchart.monitoring',
      'changed Globalization monitoring.values',
      'changed OverridePolicy monitoring/monitoring.helmrelease.monitoring',
      'changed Placement seedbed-services/monitoring',
      'changed PropagationPolicy monitoring/monitoring',
      'changed Subscription seedbed-services/monitoring',
      'removed ManifestWork shop--canary/monitoring',
    ]);
    for (const i of garden.items.filter((x) => x.change === ChangeKind.CHANGED)) expect(i.fields.map((f) => [f.old, f.new])).toEqual([['shop--canary', undefined]]);
  });
});
