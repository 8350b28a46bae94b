/**
 * The multi-cluster layer of the model: defaults, placement evaluation, overrides' clusters, and
 * the validation rules (table-driven, each case expecting its exact problems).
 */
import { ControlPlaneBackend, ProviderType, ShootPurpose } from '../../lib/core/types';
import { ResolvedPlacement } from '../../lib/resolve/multicluster-model';
import {
  BurstPartners, PatchOperation, PlatformService, ServiceSource, ServiceSourceType,
} from '../../lib/model/platform-service';
import { PlacementCandidate, matchesPlacement } from '../../lib/resolve/multicluster';
import { KarmadaSyncMode, MultiClusterSystem } from '../../lib/model/multicluster-settings';
import { BuiltFleet, buildFleet, errorKeys, keys, resolve } from '../fixtures/fleet';

const ALL_SYSTEMS = Object.values(MultiClusterSystem);
const PLACEMENT = [MultiClusterSystem.KARMADA];

/** The OpenStack fixture (shop/prod eu-1 production, shop/dev eu-2 development, data/lake eu-1 testing) with a multi-cluster layer. */
function fleet(systems: MultiClusterSystem[] = PLACEMENT, extra: Record<string, unknown> = {}): BuiltFleet {
  return buildFleet((s) => { s.garden.multiCluster = { systems, ...extra } as any; });
}

const configMap = (name = 'contacts') => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { team: 'sre' } });
const chart = { repositoryUrl: 'https://charts.example.com', chart: 'agent', version: '1.2.3' };

describe('placement', () => {
  const shoot: PlacementCandidate = {
    key: 'shop--prod', labels: { tier: 'gold', team: 'shop' }, purpose: ShootPurpose.PRODUCTION, region: 'eu-1',
    provider: ProviderType.OPENSTACK, seed: 'seed-1', backend: ControlPlaneBackend.KAMAJI,
  };
  const rule = (p: Partial<ResolvedPlacement>): ResolvedPlacement => ({
    matchLabels: {}, purposes: [], regions: [], providers: [], seeds: [], excludeShoots: [], ...p,
  });
  test.each<[string, Partial<ResolvedPlacement>, boolean]>([
    ['an empty rule matches every shoot', {}, true],
    ['labels all present', { matchLabels: { tier: 'gold', team: 'shop' } }, true],
    ['a label with another value', { matchLabels: { tier: 'silver' } }, false],
    ['a label the shoot lacks', { matchLabels: { zone: 'a' } }, false],
    ['purpose listed', { purposes: [ShootPurpose.DEVELOPMENT, ShootPurpose.PRODUCTION] }, true],
    ['purpose not listed', { purposes: [ShootPurpose.DEVELOPMENT] }, false],
    ['region listed', { regions: ['eu-1'] }, true],
    ['region not listed', { regions: ['eu-2'] }, false],
    ['provider listed', { providers: [ProviderType.OPENSTACK] }, true],
    ['provider not listed', { providers: [ProviderType.VSPHERE] }, false],
    ['seed listed', { seeds: ['seed-1'] }, true],
    ['seed not listed', { seeds: ['seed-2'] }, false],
    ['excluded', { excludeShoots: ['shop--prod'] }, false],
    ['every criterion must hold', { regions: ['eu-1'], purposes: [ShootPurpose.TESTING] }, false],
  ])('%s', (_name, p, expected) => {
    expect(matchesPlacement(rule(p), shoot)).toBe(expected);
  });
});

describe('resolution', () => {
  test('a fleet without a multi-cluster layer resolves without one', () => {
    expect(resolve(buildFleet()).fleet!.multiCluster).toBeUndefined();
  });

  test('defaults of every system', () => {
    const mc = resolve(fleet(ALL_SYSTEMS)).fleet!.multiCluster!;
    expect(mc.systems).toEqual(ALL_SYSTEMS);
    expect(mc.karmada).toEqual({ syncMode: KarmadaSyncMode.PUSH, clusterSecretNamespace: 'karmada-cluster' });
    expect(mc.openClusterManagement).toEqual({ clusterSetName: 'fleet', placementNamespace: 'seedbed-services' });
    expect(mc.clusternet).toEqual({ namespace: 'seedbed-services' });
    expect(mc.clusterpedia.syncResources).toEqual([
      { group: '', resources: ['configmaps', 'namespaces', 'nodes', 'pods', 'services'] },
      { group: 'apps', resources: ['daemonsets', 'deployments', 'statefulsets'] },
    ]);
    expect(mc.kubermatic).toEqual({ namespace: 'kubermatic' });
    expect(mc.liqo).toEqual({ offloadedNamespace: 'burst' });
    expect(mc.admiralty).toEqual({ namespace: 'admiralty' });
    expect(mc.services).toEqual([]);
    expect(mc.burstPartners).toEqual([]);
  });

  test('systems come out in declaration order whatever order they are listed in', () => {
    const mc = resolve(fleet([MultiClusterSystem.LIQO, MultiClusterSystem.KARMADA, MultiClusterSystem.CLUSTERPEDIA])).fleet!.multiCluster!;
    expect(mc.systems).toEqual([MultiClusterSystem.KARMADA, MultiClusterSystem.CLUSTERPEDIA, MultiClusterSystem.LIQO]);
  });

  test('settings given replace the defaults', () => {
    const mc = resolve(fleet(PLACEMENT, {
      karmada: { syncMode: KarmadaSyncMode.PULL, clusterSecretNamespace: 'members' },
      openClusterManagement: { clusterSetName: 'nord', placementNamespace: 'platform' },
      clusterpedia: { syncResources: [{ group: 'batch', versions: ['v1'], resources: ['jobs'] }] },
    })).fleet!.multiCluster!;
    expect(mc.karmada).toEqual({ syncMode: KarmadaSyncMode.PULL, clusterSecretNamespace: 'members' });
    expect(mc.openClusterManagement).toEqual({ clusterSetName: 'nord', placementNamespace: 'platform' });
    expect(mc.clusterpedia.syncResources).toEqual([{ group: 'batch', versions: ['v1'], resources: ['jobs'] }]);
  });

  test('a service lands on the sorted list of matching shoots; overrides on the matching part of it', () => {
    const built = fleet();
    new PlatformService(built.garden, 'agent', {
      source: ServiceSource.fromHelmChart({ ...chart, values: { replicas: 1 } }),
      placement: { regions: ['eu-1'] },
      overrides: [
        { name: 'production', placement: { purposes: [ShootPurpose.PRODUCTION] }, values: { replicas: 3 } },
        // dev matches this rule, but the service is not on dev: the override does not reach it.
        { name: 'eu-2', placement: { regions: ['eu-2'] }, values: { replicas: 2 } },
      ],
    });
    const [service] = resolve(built).fleet!.multiCluster!.services;
    expect(service).toMatchObject({
      name: 'agent', path: 'fleet/agent', namespace: 'agent', sourceType: ServiceSourceType.HELM_CHART,
      clusters: ['data--lake', 'shop--prod'],
      helmChart: { ...chart, releaseName: 'agent', values: { replicas: 1 } },
    });
    expect(service.overrides.map((o) => [o.name, o.clusters])).toEqual([['production', ['shop--prod']], ['eu-2', []]]);
  });

  test('namespaced objects without a namespace go into the service namespace; cluster-scoped ones do not', () => {
    const built = fleet();
    new PlatformService(built.garden, 'base', {
      namespace: 'platform',
      source: ServiceSource.fromManifests([
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'platform' } },
        configMap(),
        { ...configMap('elsewhere'), metadata: { name: 'elsewhere', namespace: 'kube-system' } },
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader' }, rules: [] },
      ]),
    });
    const [service] = resolve(built).fleet!.multiCluster!.services;
    expect(service.clusters).toEqual(['data--lake', 'shop--dev', 'shop--prod']);
    expect(service.manifests.map((m) => `${m.kind} ${m.metadata.namespace ?? '-'}/${m.metadata.name}`)).toEqual([
      'Namespace -/platform', 'ConfigMap platform/contacts', 'ConfigMap kube-system/elsewhere', 'ClusterRole -/reader',
    ]);
  });

  test('the service keeps its own copy of what it was given', () => {
    const built = fleet();
    const objects = [configMap()];
    new PlatformService(built.garden, 'base', { source: ServiceSource.fromManifests(objects) });
    objects[0].data.team = 'changed';
    expect(resolve(built).fleet!.multiCluster!.services[0].manifests[0].data).toEqual({ team: 'sre' });
  });

  test('placement by labels (the project\'s included), seed and exclusion', () => {
    const built = buildFleet((s) => {
      s.garden.multiCluster = { systems: PLACEMENT };
      s.projects.find((p) => p.id === 'shop')!.props.labels = { 'cost-center': 'cc-1' };
      s.shoots.find((x) => x.id === 'prod')!.props.labels = { tier: 'gold' };
    });
    new PlatformService(built.garden, 'by-label', { source: ServiceSource.fromManifests([configMap()]), placement: { matchLabels: { tier: 'gold' } } });
    new PlatformService(built.garden, 'by-project-label', { source: ServiceSource.fromManifests([configMap()]), placement: { matchLabels: { 'cost-center': 'cc-1' } } });
    new PlatformService(built.garden, 'by-seed', { source: ServiceSource.fromManifests([configMap()]), placement: { seeds: [built.seeds['seed-2']] } });
    new PlatformService(built.garden, 'but-prod', { source: ServiceSource.fromManifests([configMap()]), placement: { excludeShoots: [built.shoots['shop/prod']] } });
    const services = resolve(built).fleet!.multiCluster!.services;
    expect(services.map((s) => [s.name, s.clusters])).toEqual([
      ['but-prod', ['data--lake', 'shop--dev']],
      ['by-label', ['shop--prod']],
      ['by-project-label', ['shop--dev', 'shop--prod']],
      ['by-seed', ['shop--dev']],
    ]);
  });

  test('burst partners: consumer and sorted providers', () => {
    const built = fleet([MultiClusterSystem.LIQO]);
    new BurstPartners(built.garden, 'burst', { consumer: built.shoots['shop/prod'], providers: [built.shoots['shop/dev'], built.shoots['data/lake']] });
    expect(resolve(built).fleet!.multiCluster!.burstPartners).toEqual([
      { path: 'fleet/burst', consumer: 'shop--prod', providers: ['data--lake', 'shop--dev'] },
    ]);
  });

  test('a new shoot that matches appears in the cluster list; one that stops matching disappears', () => {
    const place = (built: BuiltFleet) => {
      new PlatformService(built.garden, 'agent', { source: ServiceSource.fromHelmChart(chart), placement: { purposes: [ShootPurpose.PRODUCTION] } });
      return resolve(built).fleet!.multiCluster!.services[0].clusters;
    };
    expect(place(fleet())).toEqual(['shop--prod']);
    const more = buildFleet((s) => {
      s.garden.multiCluster = { systems: PLACEMENT };
      s.shoots.find((x) => x.id === 'lake')!.props.purpose = ShootPurpose.PRODUCTION;
      s.shoots.find((x) => x.id === 'prod')!.props.purpose = ShootPurpose.DEVELOPMENT;
    });
    expect(place(more)).toEqual(['data--lake']);
  });
});

describe('validation', () => {
  const M = 'fleet/svc';
  const B = 'fleet/burst';
  type Case = [name: string, systems: MultiClusterSystem[], setup: (b: BuiltFleet) => void, expected: Array<[string, string, string]>];
  const svc = (b: BuiltFleet, props: any) => new PlatformService(b.garden, 'svc', props);
  const manifests = (...objects: any[]) => ServiceSource.fromManifests(objects);
  const cases: Case[] = [
    ['an unknown system', ['mesh' as any], () => {}, [['fleet', 'spec.multiCluster.systems[0]', 'NotSupported']]],
    ['a system listed twice', [MultiClusterSystem.KARMADA, MultiClusterSystem.KARMADA], () => {}, [['fleet', 'spec.multiCluster.systems[1]', 'Duplicate']]],
    ['an unknown Karmada sync mode', PLACEMENT, (b) => { (b.garden.props.multiCluster as any).karmada = { syncMode: 'Poll' }; }, [['fleet', 'spec.multiCluster.karmada.syncMode', 'NotSupported']]],
    ['a namespace setting that is no DNS label', PLACEMENT, (b) => { (b.garden.props.multiCluster as any).liqo = { offloadedNamespace: 'Burst_Pods' }; }, [['fleet', 'spec.multiCluster.liqo.offloadedNamespace', 'Invalid']]],
    ['Clusterpedia resources: bad group, none listed, bad version', [MultiClusterSystem.CLUSTERPEDIA], (b) => {
      (b.garden.props.multiCluster as any).clusterpedia = { syncResources: [{ group: 'Apps', resources: [] }, { group: '', resources: ['Pods'], versions: ['1'] }] };
    }, [
      ['fleet', 'spec.multiCluster.clusterpedia.syncResources[0].group', 'Invalid'],
      ['fleet', 'spec.multiCluster.clusterpedia.syncResources[0].resources', 'Required'],
      ['fleet', 'spec.multiCluster.clusterpedia.syncResources[1].resources[0]', 'Invalid'],
      ['fleet', 'spec.multiCluster.clusterpedia.syncResources[1].versions[0]', 'Invalid'],
    ]],
    ['a service without a placement system', [MultiClusterSystem.CLUSTERPEDIA], (b) => svc(b, { source: manifests(configMap()) }), [[M, 'spec.placement', 'Forbidden']]],
    ['a service name that is no DNS label', PLACEMENT, (b) => svc(b, { name: 'Agent', source: manifests(configMap()) }), [[M, 'metadata.name', 'Invalid']]],
    ['two services of one name', PLACEMENT, (b) => {
      svc(b, { source: manifests(configMap()) });
      new PlatformService(b.garden, 'svc2', { name: 'svc', namespace: 'svc2', source: ServiceSource.fromManifests([configMap()]) });
    }, [['fleet/svc2', 'metadata.name', 'Duplicate']]],
    ['a bad namespace', PLACEMENT, (b) => svc(b, { namespace: 'a--b.c', source: manifests(configMap()) }), [[M, 'spec.namespace', 'Invalid']]],
    ['no source', PLACEMENT, (b) => svc(b, {}), [[M, 'spec.source', 'Required']]],
    ['an empty manifests source', PLACEMENT, (b) => svc(b, { source: manifests() }), [[M, 'spec.source.manifests', 'Required']]],
    ['an object without apiVersion, kind and name', PLACEMENT, (b) => svc(b, { source: manifests({ metadata: {} }) }), [
      [M, 'spec.source.manifests[0].apiVersion', 'Required'], [M, 'spec.source.manifests[0].kind', 'Required'], [M, 'spec.source.manifests[0].metadata.name', 'Required'],
    ]],
    ['a Secret with values', PLACEMENT, (b) => svc(b, { source: manifests({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { password: 'x' } }) }), [
      [M, 'spec.source.manifests[0].stringData', 'Forbidden'], // the field that holds the values (issue 17)
    ]],
    ['the same object twice', PLACEMENT, (b) => svc(b, { source: manifests(configMap(), configMap()) }), [[M, 'spec.source.manifests[1].metadata.name', 'Duplicate']]],
    ['a chart with a bad URL, name and a version range', PLACEMENT, (b) => svc(b, { source: ServiceSource.fromHelmChart({ repositoryUrl: 'ftp://x', chart: 'Agent', version: '^1.2' }) }), [
      [M, 'spec.source.helmChart.chart', 'Invalid'], [M, 'spec.source.helmChart.repositoryUrl', 'Invalid'], [M, 'spec.source.helmChart.version', 'Invalid'],
    ]],
    ['a chart without URL, name and version', PLACEMENT, (b) => svc(b, { source: ServiceSource.fromHelmChart({} as any) }), [
      [M, 'spec.source.helmChart.chart', 'Required'], [M, 'spec.source.helmChart.repositoryUrl', 'Required'], [M, 'spec.source.helmChart.version', 'Required'],
    ]],
    ['a release name over 53 characters', PLACEMENT, (b) => svc(b, { source: ServiceSource.fromHelmChart({ ...chart, releaseName: 'r'.repeat(54) }) }), [
      [M, 'spec.source.helmChart.releaseName', 'TooLong'],
    ]],
    ['placement: bad label, unknown purpose, provider and region', PLACEMENT, (b) => svc(b, {
      source: manifests(configMap()),
      placement: { matchLabels: { 'tier': 'gold class' }, purposes: ['fun'], providers: ['aws'], regions: ['us-east-1'] },
    }), [
      [M, 'spec.placement.matchLabels[tier]', 'Invalid'], [M, 'spec.placement.providers[0]', 'NotSupported'],
      [M, 'spec.placement.purposes[0]', 'NotSupported'], [M, 'spec.placement.regions[0]', 'NotSupported'],
    ]],
    ['placement: a seed and a shoot of another garden', PLACEMENT, (b) => {
      const other = buildFleet();
      svc(b, { source: manifests(configMap()), placement: { seeds: [other.seeds['seed-1']], excludeShoots: [other.shoots['shop/prod']] } });
    }, [[M, 'spec.placement.excludeShoots[0]', 'Invalid'], [M, 'spec.placement.seeds[0]', 'Invalid']]],
    ['override: bad and duplicate names, no placement, nothing to change', PLACEMENT, (b) => svc(b, {
      source: manifests(configMap()),
      overrides: [{ name: 'A', placement: {}, patches: [{ kind: 'ConfigMap', op: PatchOperation.REMOVE, path: '/data/team' }] }, { name: 'A' }],
    }), [
      [M, 'spec.overrides[0].name', 'Invalid'], [M, 'spec.overrides[1]', 'Required'], [M, 'spec.overrides[1].name', 'Duplicate'],
      [M, 'spec.overrides[1].name', 'Invalid'], [M, 'spec.overrides[1].placement', 'Required'],
    ]],
    ['override: values on a manifests service', PLACEMENT, (b) => svc(b, {
      source: manifests(configMap()), overrides: [{ name: 'a', placement: {}, values: { a: 1 } }],
    }), [[M, 'spec.overrides[0].values', 'Forbidden']]],
    ['override: patches on a Helm service', PLACEMENT, (b) => svc(b, {
      source: ServiceSource.fromHelmChart(chart), overrides: [{ name: 'a', placement: {}, patches: [{ kind: 'HelmRelease', op: PatchOperation.REMOVE, path: '/spec' }] }],
    }), [[M, 'spec.overrides[0].patches', 'Forbidden']]],
    ['override: values that are no object', PLACEMENT, (b) => svc(b, {
      source: ServiceSource.fromHelmChart(chart), overrides: [{ name: 'a', placement: {}, values: [1] }],
    }), [[M, 'spec.overrides[0].values', 'Invalid']]],
    ['patch: unknown op, bad path, missing value, unknown kind and name', PLACEMENT, (b) => svc(b, {
      source: manifests(configMap()),
      overrides: [{
        name: 'a', placement: { regions: ['eu-2'] },
        patches: [
          { kind: 'ConfigMap', op: 'move', path: '/data/a', value: 1 },
          { kind: 'ConfigMap', op: PatchOperation.ADD, path: 'data.a' },
          { kind: 'Deployment', op: PatchOperation.REMOVE, path: '/spec', value: 1 },
          { kind: 'ConfigMap', name: 'other', op: PatchOperation.REPLACE, path: '/data/team', value: 'x' },
        ],
      }],
    }), [
      [M, 'spec.overrides[0].patches[0].op', 'NotSupported'],
      [M, 'spec.overrides[0].patches[1].path', 'Invalid'], [M, 'spec.overrides[0].patches[1].value', 'Required'],
      [M, 'spec.overrides[0].patches[2].kind', 'NotSupported'], [M, 'spec.overrides[0].patches[2].value', 'Forbidden'],
      [M, 'spec.overrides[0].patches[3].name', 'Invalid'],
    ]],
    ['two services in one namespace', PLACEMENT, (b) => {
      svc(b, { namespace: 'agents', source: manifests(configMap('a')) });
      new PlatformService(b.garden, 'other', { namespace: 'agents', source: ServiceSource.fromHelmChart(chart) });
    }, [['fleet/other', 'spec.namespace', 'Duplicate']]],
    ['two services bringing the same object (one names the other\'s namespace)', PLACEMENT, (b) => {
      svc(b, { source: manifests({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader' }, rules: [] }) });
      new PlatformService(b.garden, 'other', {
        source: ServiceSource.fromManifests([
          { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader' }, rules: [] },
          { ...configMap(), metadata: { name: 'contacts', namespace: 'svc' } },
          { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'svc' } },
          { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other' } },
        ]),
      });
    }, [
      ['fleet/other', 'spec.source.manifests[0].metadata.name', 'Duplicate'],
      ['fleet/other', 'spec.source.manifests[2].metadata.name', 'Duplicate'],
    ]],
    ['burst partners without Liqo or Admiralty', PLACEMENT, (b) => {
      new BurstPartners(b.garden, 'burst', { consumer: b.shoots['shop/prod'], providers: [b.shoots['shop/dev']] });
    }, [[B, 'spec.consumer', 'Forbidden']]],
    ['a shoot bursting to itself, twice to one provider', [MultiClusterSystem.ADMIRALTY], (b) => {
      new BurstPartners(b.garden, 'burst', { consumer: b.shoots['shop/prod'], providers: [b.shoots['shop/prod'], b.shoots['shop/dev'], b.shoots['shop/dev']] });
    }, [[B, 'spec.providers[0]', 'Forbidden'], [B, 'spec.providers[2]', 'Duplicate']]],
    ['no providers; a consumer listed twice', [MultiClusterSystem.LIQO], (b) => {
      new BurstPartners(b.garden, 'burst', { consumer: b.shoots['shop/prod'], providers: [] });
      new BurstPartners(b.garden, 'burst2', { consumer: b.shoots['shop/prod'], providers: [b.shoots['shop/dev']] });
    }, [[B, 'spec.providers', 'Required'], ['fleet/burst2', 'spec.consumer', 'Duplicate']]],
    ['a consumer that is no shoot, a provider of another garden', [MultiClusterSystem.LIQO], (b) => {
      new BurstPartners(b.garden, 'burst', { consumer: undefined as any, providers: [] });
      new BurstPartners(b.garden, 'burst2', { consumer: b.shoots['shop/prod'], providers: [buildFleet().shoots['shop/dev']] });
    }, [[B, 'spec.consumer', 'Required'], ['fleet/burst2', 'spec.providers[0]', 'Invalid']]],
  ];
  test.each(cases)('%s', (_name, systems, setup, expected) => {
    const built = fleet(systems);
    setup(built);
    const result = resolve(built);
    expect(errorKeys(result.errors)).toEqual(keys(...expected));
    expect(result.fleet).toBeUndefined();
  });

  test('burst partners on the gardener backend are refused', () => {
    const built = buildFleet((s) => {
      s.garden.multiCluster = { systems: [MultiClusterSystem.LIQO] };
      s.shoots.find((x) => x.id === 'dev')!.props.backend = ControlPlaneBackend.GARDENER;
    });
    new BurstPartners(built.garden, 'burst', { consumer: built.shoots['shop/prod'], providers: [built.shoots['shop/dev']] });
    expect(errorKeys(resolve(built).errors)).toEqual(keys([B, 'spec.providers[0]', 'Forbidden']));
  });
});
