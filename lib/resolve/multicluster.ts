/**
 * Validation of the multi-cluster layer (settings, platform services, burst partners) and the
 * evaluation of placements against the resolved shoots. Validators append errors, never throw.
 */
import { validatePropsUrls } from '../validate/urls';
import { HELM_VALUES_HINT, OBJECT_HINT, validateNoSecretValues, validatePatchSecretValues } from '../validate/secret-values';
import { Construct } from 'constructs';
import * as semver from 'semver';
import { ErrorList } from '../core/problems';
import { isIdentityPointer } from '../core/json-patch';
import { validateLabelName, validateLabels } from '../core/names';
import { compareStrings as cmp } from '../core/order';
import { ControlPlaneBackend, ProviderType, ShootPurpose, enumValues, isEnumValue } from '../core/types';
import { Seed } from '../model/seed';
import { Shoot } from '../model/shoot';
import {
  ResolvedBurstPartners, ResolvedMultiCluster, ResolvedPlacement, ResolvedPlatformService, ResolvedServiceOverride,
} from './multicluster-model';
import { BurstPartners, PatchOperation, PlatformService, ServiceSourceType, ShootPlacement } from '../model/platform-service';
import { ClusterpediaSyncResource, KarmadaSyncMode, MultiClusterSettings, MultiClusterSystem } from '../model/multicluster-settings';

/** What placement evaluation needs to know of a shoot. */
export interface PlacementCandidate {
  readonly key: string;
  readonly labels: Record<string, string>;
  readonly purpose: ShootPurpose;
  readonly region: string;
  readonly provider: ProviderType;
  readonly seed: string;
  readonly backend: ControlPlaneBackend;
}

/** Systems that place platform services on clusters. */
export const PLACEMENT_SYSTEMS: readonly MultiClusterSystem[] = [
  MultiClusterSystem.KARMADA, MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT, MultiClusterSystem.CLUSTERNET,
];

/** Systems that peer burst partners. */
export const BURST_SYSTEMS: readonly MultiClusterSystem[] = [MultiClusterSystem.LIQO, MultiClusterSystem.ADMIRALTY];

/** The default resources Clusterpedia syncs from every shoot. */
export const DEFAULT_CLUSTERPEDIA_RESOURCES: readonly ClusterpediaSyncResource[] = [
  { group: '', resources: ['configmaps', 'namespaces', 'nodes', 'pods', 'services'] },
  { group: 'apps', resources: ['daemonsets', 'deployments', 'statefulsets'] },
];

/** Kinds of the Kubernetes built-ins and common add-ons that are cluster-scoped (no namespace is defaulted for them). */
const CLUSTER_SCOPED_KINDS = new Set([
  'APIService', 'CSIDriver', 'ClusterIssuer', 'ClusterRole', 'ClusterRoleBinding', 'ClusterSecretStore', 'CustomResourceDefinition',
  'IngressClass', 'MutatingWebhookConfiguration', 'Namespace', 'Node', 'PersistentVolume', 'PriorityClass', 'RuntimeClass',
  'StorageClass', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'ValidatingWebhookConfiguration', 'VolumeSnapshotClass',
]);

const SYSTEM_ORDER = enumValues(MultiClusterSystem as any) as MultiClusterSystem[];
const JSON_POINTER = /^(\/([^~/]|~[01])*)+$/;

/** What the multi-cluster layer is made of in one garden. */
export interface MultiClusterScope {
  /** The garden's root construct: references to seeds and shoots must lead back to it. */
  readonly root: Construct;
  /** The garden's `multiCluster` settings. */
  readonly settings?: MultiClusterSettings;
  /** The garden's platform services, in construction order. */
  readonly services: readonly PlatformService[];
  /** The garden's burst partnerships, in construction order. */
  readonly burstPartners: readonly BurstPartners[];
}

/**
 * Checks the `multiCluster` settings of the garden and every PlatformService and BurstPartners
 * in it. `regions` are the regions of the fleet's CloudProfiles; `backendOf` gives a shoot's
 * resolved backend by key.
 */
export function validateMultiCluster(
  scope: MultiClusterScope, regions: ReadonlySet<string>, backendOf: (key: string) => ControlPlaneBackend | undefined, errs: ErrorList,
): void {
  const { root, settings, services } = scope;
  const systems = settings?.systems ?? [];
  if (settings) {
    const seen = new Set<string>();
    systems.forEach((s, i) => {
      if (!SYSTEM_ORDER.includes(s)) errs.notSupported(`spec.multiCluster.systems[${i}]`, s, SYSTEM_ORDER);
      else if (seen.has(s)) errs.duplicate(`spec.multiCluster.systems[${i}]`, s);
      seen.add(s);
    });
    const k = settings.karmada;
    if (k?.syncMode !== undefined && !isEnumValue(KarmadaSyncMode as any, k.syncMode)) {
      errs.notSupported('spec.multiCluster.karmada.syncMode', k.syncMode, enumValues(KarmadaSyncMode as any));
    }
    const names: Array<[string, string | undefined]> = [
      ['spec.multiCluster.karmada.clusterSecretNamespace', k?.clusterSecretNamespace],
      ['spec.multiCluster.openClusterManagement.clusterSetName', settings.openClusterManagement?.clusterSetName],
      ['spec.multiCluster.openClusterManagement.placementNamespace', settings.openClusterManagement?.placementNamespace],
      ['spec.multiCluster.clusternet.namespace', settings.clusternet?.namespace],
      ['spec.multiCluster.kubermatic.namespace', settings.kubermatic?.namespace],
      ['spec.multiCluster.liqo.offloadedNamespace', settings.liqo?.offloadedNamespace],
      ['spec.multiCluster.admiralty.namespace', settings.admiralty?.namespace],
    ];
    for (const [field, value] of names) if (value !== undefined) validateLabelName(errs, field, value);
    (settings.clusterpedia?.syncResources ?? []).forEach((r, i) => {
      const f = `spec.multiCluster.clusterpedia.syncResources[${i}]`;
      if (typeof r.group !== 'string' || (r.group !== '' && !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(r.group))) errs.invalid(`${f}.group`, r.group, "must be an API group ('' for the core group)");
      if (!r.resources || r.resources.length === 0) errs.required(`${f}.resources`, 'list at least one resource, or *');
      (r.resources ?? []).forEach((res, j) => {
        if (res !== '*' && !/^[a-z][a-z0-9]*$/.test(res)) errs.invalid(`${f}.resources[${j}]`, res, 'must be a resource name (plural, lower case) or *');
      });
      (r.versions ?? []).forEach((v, j) => {
        if (!/^v[0-9]+((alpha|beta)[0-9]+)?$/.test(v)) errs.invalid(`${f}.versions[${j}]`, v, 'must be an API version such as v1 or v1beta1');
      });
    });
  }

  const serviceNames = new Map<string, string>();
  for (const service of services) {
    const serr = errs.at(service.node.path);
    validateService(service, root, regions, serr);
    if (serviceNames.has(service.name)) serr.duplicate('metadata.name', service.name, `is also used by ${serviceNames.get(service.name)}`);
    else serviceNames.set(service.name, service.node.path);
    if (!systems.some((s) => PLACEMENT_SYSTEMS.includes(s))) {
      serr.forbidden('spec.placement', service.name, `a platform service needs a placement system in the garden's spec.multiCluster.systems (one of ${PLACEMENT_SYSTEMS.join(', ')})`);
    }
  }

  checkSharedObjects(services, errs);

  const consumers = new Map<string, string>();
  for (const burst of scope.burstPartners) {
    const berr = errs.at(burst.node.path);
    const p = burst.props;
    if (!systems.some((s) => BURST_SYSTEMS.includes(s))) {
      berr.forbidden('spec.consumer', p.consumer?.key, `burst partners need ${BURST_SYSTEMS.join(' or ')} in the garden's spec.multiCluster.systems`);
    }
    if (!p.consumer || !Shoot.isShoot(p.consumer)) {
      berr.required('spec.consumer', 'must be a Shoot');
      continue;
    }
    checkShootRef(berr, 'spec.consumer', p.consumer, root);
    checkMemberStage(berr, 'spec.consumer', p.consumer, backendOf);
    if (consumers.has(p.consumer.key)) berr.duplicate('spec.consumer', p.consumer.key, `already has burst partners (${consumers.get(p.consumer.key)}); list every provider there`);
    else consumers.set(p.consumer.key, burst.node.path);
    if (!p.providers || p.providers.length === 0) berr.required('spec.providers', 'list at least one shoot to burst to');
    const providerKeys = new Set<string>();
    (p.providers ?? []).forEach((provider, i) => {
      const f = `spec.providers[${i}]`;
      if (!Shoot.isShoot(provider)) {
        berr.invalid(f, provider, 'must be a Shoot');
        return;
      }
      checkShootRef(berr, f, provider, root);
      checkMemberStage(berr, f, provider, backendOf);
      if (provider === p.consumer) berr.forbidden(f, provider.key, 'a shoot cannot burst to itself');
      if (providerKeys.has(provider.key)) berr.duplicate(f, provider.key);
      providerKeys.add(provider.key);
    });
  }
}

/**
 * Every placement system distributes each service's objects as templates of their own: an object
 * two services bring (the same kind, namespace and name) would be rendered twice. A service owns
 * its namespace (the renderers add the Namespace object when the manifests do not), so two
 * services may not share one either.
 */
function checkSharedObjects(services: readonly PlatformService[], errs: ErrorList): void {
  const owners = new Map<string, string>();
  const claim = (serr: ErrorList, field: string, id: string, shown: string, service: PlatformService) => {
    const owner = owners.get(id);
    if (owner !== undefined && owner !== service.node.path) serr.duplicate(field, shown, `${owner} brings the same object`);
    else owners.set(id, service.node.path);
  };
  for (const service of services) {
    const serr = errs.at(service.node.path);
    const namespace = service.props.namespace ?? service.name;
    claim(serr, 'spec.namespace', `v1 Namespace /${namespace}`, namespace, service);
    if (service.props.source?.type !== ServiceSourceType.MANIFESTS) continue;
    (service.props.source.manifests ?? []).forEach((m, i) => {
      if (typeof m?.kind !== 'string' || typeof m?.metadata?.name !== 'string') return;
      const placed = placeInNamespace(m, namespace);
      const ns = placed.metadata?.namespace ?? '';
      // A Namespace object for the service's own namespace is the one the service owns anyway.
      if (m.kind === 'Namespace' && m.metadata.name === namespace) return;
      claim(serr, `spec.source.manifests[${i}].metadata.name`, `${m.apiVersion} ${m.kind} ${ns}/${m.metadata.name}`, m.metadata.name, service);
    });
  }
}

/**
 * Burst partners get their peering objects in the shoots' multicluster stage, which only shoots
 * with a control plane in a seed have: shoots of the gardener backend cannot be burst partners.
 */
function checkMemberStage(errs: ErrorList, field: string, shoot: Shoot, backendOf: (key: string) => ControlPlaneBackend | undefined): void {
  if (backendOf(shoot.key) === ControlPlaneBackend.GARDENER) {
    errs.forbidden(field, shoot.key, 'a shoot of the gardener backend has no stage in a seed that applies the peering objects inside it');
  }
}

function checkShootRef(errs: ErrorList, field: string, shoot: Shoot, root: Construct): void {
  if (!shoot.node.scopes.includes(root)) errs.invalid(field, shoot.key, 'the shoot belongs to another garden');
}

function validateService(service: PlatformService, root: Construct, regions: ReadonlySet<string>, errs: ErrorList): void {
  const p = service.props;
  validatePropsUrls(errs, p);
  validateLabelName(errs, 'metadata.name', service.name);
  if (p.namespace !== undefined) validateLabelName(errs, 'spec.namespace', p.namespace);
  const kinds = new Set<string>();
  if (!p.source) {
    errs.required('spec.source', 'use ServiceSource.fromManifests() or ServiceSource.fromHelmChart()');
  } else if (p.source.type === ServiceSourceType.MANIFESTS) {
    const manifests = p.source.manifests ?? [];
    if (manifests.length === 0) errs.required('spec.source.manifests', 'list at least one object');
    const ids = new Map<string, number>();
    manifests.forEach((m, i) => {
      const f = `spec.source.manifests[${i}]`;
      if (typeof m?.apiVersion !== 'string' || m.apiVersion === '') errs.required(`${f}.apiVersion`);
      if (typeof m?.kind !== 'string' || m.kind === '') errs.required(`${f}.kind`);
      else kinds.add(m.kind);
      const name = m?.metadata?.name;
      if (typeof name !== 'string' || name === '') errs.required(`${f}.metadata.name`);
      // The least every kind's name must be, a path segment (kubernetes/apimachinery release-1.33 pkg/api/validation/path/name.go
      // IsValidPathSegmentName, which the API server applies to every object): not "." or "..", no "/" or "%".
      else if (name === '.' || name === '..' || /[/%]/.test(name)) errs.invalid(`${f}.metadata.name`, name, 'must be a valid object name: not "." or "..", and no "/" or "%" (the API server refuses it)');
      const namespace = m?.metadata?.namespace;
      if (namespace !== undefined) {
        if (typeof namespace !== 'string') errs.invalid(`${f}.metadata.namespace`, namespace, 'must be a string');
        else validateLabelName(errs, `${f}.metadata.namespace`, namespace);
      }
      // Secrets with data and literal secret values, at any depth (a Secret inside a ManifestWork too).
      validateNoSecretValues(errs, f, m, OBJECT_HINT);
      const id = `${m?.apiVersion} ${m?.kind} ${m?.metadata?.namespace ?? ''}/${name}`;
      if (ids.has(id)) errs.duplicate(`${f}.metadata.name`, name, `the same object as spec.source.manifests[${ids.get(id)}]`);
      else ids.set(id, i);
    });
  } else if (p.source.type === ServiceSourceType.HELM_CHART) {
    const c = p.source.helmChart!;
    if (!c.repositoryUrl) errs.required('spec.source.helmChart.repositoryUrl');
    else if (!/^(https?|oci):\/\/[^\s]+$/.test(c.repositoryUrl)) errs.invalid('spec.source.helmChart.repositoryUrl', c.repositoryUrl, 'must be an http(s):// or oci:// URL');
    if (!c.chart) errs.required('spec.source.helmChart.chart');
    else if (!/^[a-z0-9]([-a-z0-9._]*[a-z0-9])?$/.test(c.chart)) errs.invalid('spec.source.helmChart.chart', c.chart, 'must be a chart name (lower case, digits, -, _ and .)');
    if (!c.version) errs.required('spec.source.helmChart.version');
    else if (!semver.valid(c.version)) errs.invalid('spec.source.helmChart.version', c.version, 'must be an exact semantic version (no ranges): the rendered output must not change by itself');
    if (c.releaseName !== undefined) validateLabelName(errs, 'spec.source.helmChart.releaseName', c.releaseName, 53);
    validateNoSecretValues(errs, 'spec.source.helmChart.values', c.values, HELM_VALUES_HINT);
  } else {
    errs.notSupported('spec.source.type', (p.source as any).type, enumValues(ServiceSourceType as any));
  }
  validatePlacement(errs, 'spec.placement', p.placement, root, regions);
  const overrideNames = new Set<string>();
  (p.overrides ?? []).forEach((o, i) => {
    const f = `spec.overrides[${i}]`;
    validateLabelName(errs, `${f}.name`, o.name);
    if (o.name !== undefined && overrideNames.has(o.name)) errs.duplicate(`${f}.name`, o.name);
    overrideNames.add(o.name);
    if (!o.placement) errs.required(`${f}.placement`, 'say which of the service\'s shoots the override applies to');
    validatePlacement(errs, `${f}.placement`, o.placement, root, regions);
    const helm = p.source?.type === ServiceSourceType.HELM_CHART;
    if ((o.patches ?? []).length === 0 && o.values === undefined) errs.required(`${f}`, helm ? 'set values' : 'set patches');
    if (helm && o.patches !== undefined) errs.forbidden(`${f}.patches`, o.patches.length, 'a Helm chart service is overridden with values');
    if (!helm && o.values !== undefined) errs.forbidden(`${f}.values`, '(values)', 'values apply to Helm chart services; patch the objects instead');
    if (o.values !== undefined && (typeof o.values !== 'object' || Array.isArray(o.values) || o.values === null)) errs.invalid(`${f}.values`, o.values, 'must be an object');
    else if (o.values !== undefined) validateNoSecretValues(errs, `${f}.values`, o.values, HELM_VALUES_HINT);
    (o.patches ?? []).forEach((patch, j) => {
      const pf = `${f}.patches[${j}]`;
      if (!isEnumValue(PatchOperation as any, patch.op)) errs.notSupported(`${pf}.op`, patch.op, enumValues(PatchOperation as any));
      // Kinds compared without case where a guard decides by kind: `secret` never lets data through.
      const secretData = typeof patch.kind === 'string' && patch.kind.toLowerCase() === 'secret' && typeof patch.path === 'string' && /^\/(data|stringData)(\/|$)/.test(patch.path);
      if (typeof patch.path !== 'string' || !JSON_POINTER.test(patch.path)) errs.invalid(`${pf}.path`, patch.path, 'must be a JSON Pointer such as /spec/replicas');
      else if (isIdentityPointer(patch.path)) errs.forbidden(`${pf}.path`, patch.path, "must not change the object's identity (apiVersion, kind, name, namespace)");
      else if (secretData) errs.forbidden(`${pf}.path`, patch.path, 'no secret value is ever rendered: keep Secret data out of Git (SOPS, ExternalSecrets)');
      if (patch.op !== PatchOperation.REMOVE && patch.value === undefined) errs.required(`${pf}.value`, `${patch.op} needs a value`);
      if (patch.op === PatchOperation.REMOVE && patch.value !== undefined) errs.forbidden(`${pf}.value`, patch.value, 'remove takes no value');
      else if (!secretData) validatePatchSecretValues(errs, pf, patch.path, patch.value);
      if (!helm && p.source && !kinds.has(patch.kind)) {
        errs.notSupported(`${pf}.kind`, patch.kind, [...kinds].sort(cmp), "the service's objects have no such kind");
      }
      if (!helm && patch.name !== undefined && !(p.source?.manifests ?? []).some((m) => m?.kind === patch.kind && m?.metadata?.name === patch.name)) {
        errs.invalid(`${pf}.name`, patch.name, `the service has no ${patch.kind} of this name`);
      }
    });
  });
}

function validatePlacement(errs: ErrorList, field: string, placement: ShootPlacement | undefined, root: Construct, regions: ReadonlySet<string>): void {
  if (!placement) return;
  validateLabels(errs, `${field}.matchLabels`, placement.matchLabels);
  (placement.purposes ?? []).forEach((p, i) => {
    if (!isEnumValue(ShootPurpose as any, p)) errs.notSupported(`${field}.purposes[${i}]`, p, enumValues(ShootPurpose as any));
  });
  (placement.providers ?? []).forEach((p, i) => {
    if (!isEnumValue(ProviderType as any, p)) errs.notSupported(`${field}.providers[${i}]`, p, enumValues(ProviderType as any));
  });
  (placement.regions ?? []).forEach((r, i) => {
    if (!regions.has(r)) errs.notSupported(`${field}.regions[${i}]`, r, [...regions].sort(cmp), 'no CloudProfile of the fleet has this region');
  });
  (placement.seeds ?? []).forEach((s, i) => {
    if (!Seed.isSeed(s)) errs.invalid(`${field}.seeds[${i}]`, s, 'must be a Seed');
    else if (!s.node.scopes.includes(root)) errs.invalid(`${field}.seeds[${i}]`, s.name, 'the seed belongs to another garden');
  });
  (placement.excludeShoots ?? []).forEach((s, i) => {
    if (!Shoot.isShoot(s)) errs.invalid(`${field}.excludeShoots[${i}]`, s, 'must be a Shoot');
    else checkShootRef(errs, `${field}.excludeShoots[${i}]`, s, root);
  });
}

function resolvePlacement(p: ShootPlacement | undefined): ResolvedPlacement {
  return {
    matchLabels: { ...(p?.matchLabels ?? {}) },
    purposes: [...(p?.purposes ?? [])],
    regions: [...(p?.regions ?? [])],
    providers: [...(p?.providers ?? [])],
    seeds: (p?.seeds ?? []).map((s) => s.name),
    excludeShoots: (p?.excludeShoots ?? []).map((s) => s.key),
  };
}

/** Whether a shoot satisfies every criterion of a placement. */
export function matchesPlacement(p: ResolvedPlacement, shoot: PlacementCandidate): boolean {
  for (const [k, v] of Object.entries(p.matchLabels)) if (shoot.labels[k] !== v) return false;
  if (p.purposes.length > 0 && !p.purposes.includes(shoot.purpose)) return false;
  if (p.regions.length > 0 && !p.regions.includes(shoot.region)) return false;
  if (p.providers.length > 0 && !p.providers.includes(shoot.provider)) return false;
  if (p.seeds.length > 0 && !p.seeds.includes(shoot.seed)) return false;
  return !p.excludeShoots.includes(shoot.key);
}

/** Puts namespaced objects without a namespace into `namespace`. */
function placeInNamespace(m: Record<string, any>, namespace: string): Record<string, any> {
  if (CLUSTER_SCOPED_KINDS.has(m.kind) || m.metadata?.namespace) return m;
  return { ...m, metadata: { ...m.metadata, namespace } };
}

/**
 * Resolves the multi-cluster layer of a valid garden: defaults applied, placements evaluated
 * against `shoots` (sorted cluster lists). Call only after {@link validateMultiCluster} found no
 * problem.
 */
export function resolveMultiCluster(scope: MultiClusterScope, gardenName: string, shoots: readonly PlacementCandidate[]): ResolvedMultiCluster {
  const settings = scope.settings;
  const systems = SYSTEM_ORDER.filter((s) => (settings?.systems ?? []).includes(s));
  const services: ResolvedPlatformService[] = scope.services.map((service) => {
    const p = service.props;
    const namespace = p.namespace ?? service.name;
    const placement = resolvePlacement(p.placement);
    const inService = shoots.filter((s) => matchesPlacement(placement, s));
    const clusters = inService.map((s) => s.key).sort(cmp);
    const overrides: ResolvedServiceOverride[] = (p.overrides ?? []).map((o) => {
      const op = resolvePlacement(o.placement);
      return {
        name: o.name,
        placement: op,
        clusters: inService.filter((s) => matchesPlacement(op, s)).map((s) => s.key).sort(cmp),
        patches: (o.patches ?? []).map((x) => ({ ...x })),
        values: o.values === undefined ? undefined : JSON.parse(JSON.stringify(o.values)),
      };
    });
    const chart = p.source.helmChart;
    return {
      name: service.name,
      path: service.node.path,
      namespace,
      sourceType: p.source.type,
      manifests: (p.source.manifests ?? []).map((m) => placeInNamespace(m, namespace)),
      helmChart: chart ? { ...chart, releaseName: chart.releaseName ?? service.name } : undefined,
      placement,
      clusters,
      overrides,
    };
  }).sort((a, b) => cmp(a.name, b.name));
  const burstPartners: ResolvedBurstPartners[] = scope.burstPartners.map((b) => ({
    path: b.node.path,
    consumer: b.props.consumer.key,
    providers: b.props.providers.map((s) => s.key).sort(cmp),
  })).sort((a, b) => cmp(a.consumer, b.consumer));
  return {
    systems,
    karmada: {
      syncMode: settings?.karmada?.syncMode ?? KarmadaSyncMode.PUSH,
      clusterSecretNamespace: settings?.karmada?.clusterSecretNamespace ?? 'karmada-cluster',
    },
    openClusterManagement: {
      clusterSetName: settings?.openClusterManagement?.clusterSetName ?? gardenName,
      placementNamespace: settings?.openClusterManagement?.placementNamespace ?? 'seedbed-services',
    },
    clusternet: { namespace: settings?.clusternet?.namespace ?? 'seedbed-services' },
    clusterpedia: {
      syncResources: (settings?.clusterpedia?.syncResources ?? DEFAULT_CLUSTERPEDIA_RESOURCES).map((r) => ({
        group: r.group, resources: [...r.resources], ...(r.versions ? { versions: [...r.versions] } : {}),
      })),
    },
    kubermatic: { namespace: settings?.kubermatic?.namespace ?? 'kubermatic' },
    liqo: { offloadedNamespace: settings?.liqo?.offloadedNamespace ?? 'burst' },
    admiralty: { namespace: settings?.admiralty?.namespace ?? 'admiralty' },
    services,
    burstPartners,
  };
}
