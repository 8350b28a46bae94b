/**
 * What the placement systems (Karmada, Open Cluster Management, Clusternet) share: how a shoot is
 * described to a hub (labels, API server URL, zones), what a platform service is made of once it
 * is turned into objects, and how its overrides change those objects.
 *
 * ## The objects of a service
 *
 * Every placement system distributes the same objects, so they are built once, here
 * ({@link serviceObjects}):
 *
 * * a manifests source: its objects as the model resolved them, preceded by a `Namespace` for
 *   the service's namespace when some object lives there and the manifests do not create it;
 * * a Helm chart source: the service's `Namespace`, a Flux `HelmRepository` and a Flux
 *   `HelmRelease` (installed by Flux's source and helm controllers in each member), all in the
 *   service's namespace.
 *
 * An object is cluster-scoped exactly when the model left it without a namespace (the model puts
 * every namespaced object into the service's namespace unless it named one).
 *
 * ## Overrides
 *
 * An override applies, in the order the service lists them, to the override's clusters:
 *
 * * manifests: its JSON patches (RFC 6902 add/replace/remove), each on every object of the patch's
 *   kind (and name, when given);
 * * Helm values: merged over the values in force: plain objects merge key by key, recursively;
 *   anything else (strings, numbers, booleans, null, lists) replaces what was there.
 *
 * Systems that take patches (Karmada) get the merge written as JSON patches on
 * `/spec/values/...` of the HelmRelease ({@link valuesPatches}): one `add` per leaf of the
 * override's values (a leaf is anything but a non-empty object), which creates or replaces just that
 * key. JSON patch needs the parent of every path to exist; the base values therefore carry an empty
 * object for every object path an override reaches into that the chart's values do not have
 * ({@link scaffoldValues}). Helm merges an empty map with the chart's defaults without changing
 * them, so the scaffold changes nothing on clusters no override applies to. The patches are exact
 * as long as no override changes the kind of a value (object or not) that the base or another
 * override treats differently: an override that turns a non-object into an object adds its
 * subtree whole (dropping keys an earlier override put there), and one that turns an object into
 * a non-object makes later overrides' patches below it fail on the clusters both apply to. Values
 * shaped like the chart's own never hit either case.
 *
 * Systems that take final objects (Open Cluster Management's ManifestWork) get the overrides
 * applied here ({@link finalServiceObjects}); both paths give the same result.
 */
import { cloneJson, isObject } from '../../core/json';
import { LABELS, MANAGED_BY, shootLabels } from '../../core/labels';
import { compareStrings as cmp } from '../../core/order';
import { ControlPlaneBackend } from '../../core/types';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import { HelmRelease, HelmReleaseSpecChartSpecSourceRefKind } from '../../imports/helm.toolkit.fluxcd.io';
import { KubeNamespace } from '../../imports/k8s';
import { HelmRepository, HelmRepositorySpecType } from '../../imports/source.toolkit.fluxcd.io';
import { ResolvedMultiCluster, ResolvedPlatformService, ResolvedServiceOverride } from '../../resolve/multicluster-model';
import { PatchOperation, ServiceSourceType } from '../../core/types';
import type { ServicePatch } from '../../resolve/model';
import { Manifest } from '../../core/manifest';

/** Flux's reconcile interval of the HelmRepository and HelmRelease of a Helm chart service. */
export const HELM_INTERVAL = '10m';

/** Labels of hub objects: managed by seedbed, of this fleet, plus `extra`. */
export function hubLabels(fleet: ResolvedFleet, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name };
}

/** Labels of the hub objects of a platform service. */
export function serviceLabels(fleet: ResolvedFleet, service: ResolvedPlatformService): Record<string, string> {
  return hubLabels(fleet, { [LABELS.service]: service.name });
}

/**
 * Labels a shoot carries as a registered cluster: the shoot's labels (its own and its project's),
 * then seedbed's identity labels (fleet, project, shoot, purpose, seed), provider and region.
 */
export function clusterLabels(fleet: ResolvedFleet, shoot: ResolvedShoot): Record<string, string> {
  return {
    ...shoot.labels,
    ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose),
    [LABELS.seed]: shoot.seed,
    [LABELS.provider]: shoot.provider,
    [LABELS.region]: shoot.region,
  };
}

/** Port Gardener serves a shoot's API server on. */
export const GARDENER_API_SERVER_PORT = 443;

/**
 * URL of a shoot's API server as the hubs reach it. A shoot with a control plane in a seed:
 * `https://api.<technical id>.<seed ingress domain>:6443`, the endpoint its workers join, which
 * every API server certificate covers. A shoot of the gardener backend: where Gardener publishes
 * it, `https://api.<shoot domain>:443`; without a domain seedbed does not know it (undefined).
 */
export function apiServerUrl(fleet: ResolvedFleet, shoot: ResolvedShoot): string | undefined {
  if (shoot.backend === ControlPlaneBackend.GARDENER) {
    return shoot.dnsDomain ? `https://api.${shoot.dnsDomain}:${GARDENER_API_SERVER_PORT}` : undefined;
  }
  return `https://${shoot.apiServer.seedHost}:${shoot.apiServer.port}`;
}

/** The seed of a shoot; throws when the resolved fleet is inconsistent (a bug, not fleet data). */
export function seedOf(fleet: ResolvedFleet, shoot: ResolvedShoot): ResolvedSeed {
  const seed = fleet.seeds.find((s) => s.name === shoot.seed);
  if (!seed) throw new Error(`${shoot.path}: seed ${shoot.seed} is not in the resolved fleet`);
  return seed;
}

/** Zones the shoot's machines run in: every zone of its worker pools, sorted. */
export function shootZones(shoot: ResolvedShoot): string[] {
  return [...new Set(shoot.workers.flatMap((w) => w.zones))].sort(cmp);
}

/**
 * Whether objects can be put inside the shoot (the seed's Flux applies them through the shoot's
 * admin kubeconfig): shoots of the gardener backend have no control plane in a seed for that.
 */
export function hasMemberStage(shoot: ResolvedShoot): boolean {
  return shoot.backend !== ControlPlaneBackend.GARDENER;
}

/** Whether an object is cluster-scoped: the model gave every namespaced object a namespace. */
export function isClusterScoped(m: Manifest): boolean {
  return !m.metadata.namespace;
}

/** Group and version of an `apiVersion` (`''` group for the core group). */
export function groupVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** The services that land on at least one cluster (the others render nothing anywhere). */
export function placedServices(services: readonly ResolvedPlatformService[]): ResolvedPlatformService[] {
  return services.filter((s) => s.clusters.length > 0);
}

/** The overrides of a service that apply to at least one cluster, in the service's order. */
export function effectiveOverrides(service: ResolvedPlatformService): ResolvedServiceOverride[] {
  return service.overrides.filter((o) => o.clusters.length > 0);
}

/** The HelmRelease of a Helm chart service is named after the release. */
export function helmReleaseName(service: ResolvedPlatformService): string {
  return service.helmChart!.releaseName;
}

/**
 * The objects of a service before any override (see the file comment). Helm values carry the
 * scaffold of {@link scaffoldValues} when `scaffold` is set.
 */
export function serviceObjects(fleet: ResolvedFleet, service: ResolvedPlatformService, scaffold = false): Manifest[] {
  const labels = serviceLabels(fleet, service);
  const namespace = KubeNamespace.manifest({ metadata: { name: service.namespace, labels } }) as Manifest;
  if (service.sourceType === ServiceSourceType.HELM_CHART) {
    const chart = service.helmChart!;
    const values = scaffold ? scaffoldValues(chart.values, service.overrides) : cloneJson(chart.values ?? {});
    const oci = chart.repositoryUrl.startsWith('oci://');
    return [
      namespace,
      HelmRepository.manifest({
        metadata: { name: service.name, namespace: service.namespace, labels },
        spec: { url: chart.repositoryUrl, interval: HELM_INTERVAL, type: oci ? HelmRepositorySpecType.OCI : undefined },
      }),
      HelmRelease.manifest({
        metadata: { name: helmReleaseName(service), namespace: service.namespace, labels },
        spec: {
          interval: HELM_INTERVAL,
          releaseName: chart.releaseName,
          chart: {
            spec: {
              chart: chart.chart,
              version: chart.version,
              sourceRef: { kind: HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name: service.name, namespace: service.namespace },
            },
          },
          // The patches of value overrides need `/spec/values` to exist, even when empty.
          values: Object.keys(values).length > 0 || (scaffold && valueOverrides(service).length > 0) ? values : undefined,
        },
      }),
    ];
  }
  // The service's objects carry seedbed's identity labels too (next to their own), so every
  // member object can be traced to its fleet and service.
  const manifests = service.manifests.map((m) => {
    const copy = cloneJson(m) as any;
    copy.metadata = { ...copy.metadata, labels: { ...(copy.metadata?.labels ?? {}), ...labels } };
    return copy as Manifest;
  });
  const needsNamespace = manifests.some((m) => m.metadata.namespace === service.namespace)
    && !manifests.some((m) => m.apiVersion === 'v1' && m.kind === 'Namespace' && m.metadata.name === service.namespace);
  return needsNamespace ? [namespace, ...manifests] : manifests;
}

/** The overrides of a Helm chart service that change values on at least one cluster, in the service's order. */
export function valueOverrides(service: ResolvedPlatformService): ResolvedServiceOverride[] {
  return effectiveOverrides(service).filter((o) => o.values !== undefined && Object.keys(o.values).length > 0);
}

/** Each shoot's part in the fleet's burst partnerships: the providers it bursts to and the consumers that burst to it, sorted, shoots by key. */
export function burstRoles(mc: ResolvedMultiCluster): Map<string, { providers: string[]; consumers: string[] }> {
  const out = new Map<string, { providers: Set<string>; consumers: Set<string> }>();
  const of = (key: string) => {
    let entry = out.get(key);
    if (!entry) out.set(key, entry = { providers: new Set(), consumers: new Set() });
    return entry;
  };
  for (const burst of mc.burstPartners) {
    for (const provider of burst.providers) {
      of(burst.consumer).providers.add(provider);
      of(provider).consumers.add(burst.consumer);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => cmp(a, b)).map(([key, e]) => [key, {
    providers: [...e.providers].sort(cmp),
    consumers: [...e.consumers].sort(cmp),
  }]));
}

export type { JsonPatchOp } from '../../core/json-patch';
import type { JsonPatchOp } from '../../core/json-patch';

/** One object of a service that overrides change, with the patches of each override that applies. */
export interface OverriddenObject {
  /** The object as {@link serviceObjects} gives it (Helm values scaffolded). */
  readonly target: Manifest;
  /** In the service's order; only overrides that change this object and apply to some cluster. */
  readonly rules: Array<{ readonly override: ResolvedServiceOverride; readonly ops: JsonPatchOp[] }>;
}

/** Whether a manifests patch targets an object. */
export function patchTargets(patch: ServicePatch, m: Manifest): boolean {
  return m.kind === patch.kind && (patch.name === undefined || m.metadata.name === patch.name);
}

/**
 * The objects the service's overrides change, each with the JSON patches per override, in the
 * order of {@link serviceObjects} (Helm: the HelmRelease, values scaffolded; manifests: each
 * object some patch targets). `objects`: the service's objects when the caller has built them
 * already (scaffolded, for a Helm chart service).
 */
export function overriddenObjects(
  fleet: ResolvedFleet, service: ResolvedPlatformService, objects: readonly Manifest[] = serviceObjects(fleet, service, true),
): OverriddenObject[] {
  const overrides = effectiveOverrides(service);
  if (overrides.length === 0) return [];
  if (service.sourceType === ServiceSourceType.HELM_CHART) {
    const release = objects.find((o) => o.kind === 'HelmRelease')!;
    const rules = valueOverrides(service)
      .map((override) => ({ override, ops: valuesPatches(override.values!, '/spec/values', release.spec.values ?? {}) }));
    return rules.length > 0 ? [{ target: release, rules }] : [];
  }
  const out: OverriddenObject[] = [];
  for (const target of objects) {
    const rules = overrides.map((override) => ({
      override,
      ops: override.patches.filter((p) => patchTargets(p, target)).map((p) => toOp(p)),
    })).filter((r) => r.ops.length > 0);
    if (rules.length > 0) out.push({ target, rules });
  }
  return out;
}

function toOp(p: ServicePatch): JsonPatchOp {
  return p.op === PatchOperation.REMOVE ? { op: p.op, path: p.path } : { op: p.op, path: p.path, value: cloneJson(p.value) };
}

/**
 * The objects of a service as they land on one cluster: {@link serviceObjects} with every override
 * that applies to the cluster applied, in order (Helm values merged, JSON patches applied).
 * `base`: the service's objects when the caller builds them once for all its clusters.
 */
export function finalServiceObjects(
  fleet: ResolvedFleet, service: ResolvedPlatformService, cluster: string, base: readonly Manifest[] = serviceObjects(fleet, service),
): Manifest[] {
  const objects = [...base];
  const overrides = service.overrides.filter((o) => o.clusters.includes(cluster));
  if (service.sourceType === ServiceSourceType.HELM_CHART) {
    const index = objects.findIndex((o) => o.kind === 'HelmRelease');
    const release = objects[index];
    let values: Record<string, any> = cloneJson(release.spec.values ?? {});
    for (const o of overrides) if (o.values) values = mergeValues(values, o.values);
    objects[index] = { ...release, spec: { ...release.spec, values: Object.keys(values).length > 0 ? values : undefined } };
    if (objects[index].spec.values === undefined) delete objects[index].spec.values;
    return objects;
  }
  return objects.map((m) => {
    let out: any = m;
    for (const o of overrides) {
      const ops = o.patches.filter((p) => patchTargets(p, m)).map(toOp);
      if (ops.length > 0) out = applyJsonPatch(out, ops, `${service.path} override ${o.name}`);
    }
    return out as Manifest;
  });
}

/** Helm's merge of values: `over` merged into a copy of `base` (see the file comment). */
export function mergeValues(base: Record<string, any>, over: Record<string, any>): Record<string, any> {
  const out: Record<string, any> = cloneJson(base);
  for (const [k, v] of Object.entries(over)) {
    out[k] = isObject(v) && isObject(out[k]) ? mergeValues(out[k], v) : cloneJson(v);
  }
  return out;
}

/**
 * The base values with an empty object at every object path the overrides reach into that the
 * values do not have (so that the patches of {@link valuesPatches} always find their parent).
 */
export function scaffoldValues(values: Record<string, any> | undefined, overrides: readonly ResolvedServiceOverride[]): Record<string, any> {
  const out: Record<string, any> = cloneJson(values ?? {});
  const walk = (target: Record<string, any>, over: Record<string, any>) => {
    for (const [k, v] of Object.entries(over)) {
      if (!isObject(v) || Object.keys(v).length === 0) continue;
      if (target[k] === undefined) target[k] = {};
      if (isObject(target[k])) walk(target[k], v);
    }
  };
  for (const o of overrides) if (o.clusters.length > 0 && o.values) walk(out, o.values);
  return out;
}

/**
 * JSON patches that merge `values` into the values at `prefix`: one `add` per leaf (anything but a
 * non-empty object), keys sorted. `base` are the values the patches apply to (scaffolded); where
 * they hold no object at a path the override treats as one, the override's whole subtree is added
 * there instead (it replaces what was there).
 */
export function valuesPatches(values: Record<string, any>, prefix: string, base: Record<string, any> = {}): JsonPatchOp[] {
  const ops: JsonPatchOp[] = [];
  const walk = (v: Record<string, any>, b: unknown, path: string) => {
    for (const k of Object.keys(v).sort(cmp)) {
      const child = v[k];
      const p = `${path}/${escapePointer(k)}`;
      const inBase = isObject(b) ? b[k] : undefined;
      if (isObject(child) && Object.keys(child).length > 0 && isObject(inBase)) walk(child, inBase, p);
      else ops.push({ op: PatchOperation.ADD, path: p, value: cloneJson(child) });
    }
  };
  walk(values, base, prefix);
  return ops;
}

/** A JSON Pointer reference token for a key. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export { applyJsonPatch } from '../../core/json-patch';
import { applyJsonPatch } from '../../core/json-patch';

/** Lower-case DNS-safe form of a kind for object names (`ConfigMap` → `configmap`). */
export function kindToken(kind: string): string {
  return kind.toLowerCase();
}
