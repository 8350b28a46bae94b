/**
 * Clusternet: what the parent cluster holds for the fleet (`garden/multicluster/clusternet/`) and
 * the registration data in each member.
 *
 *   namespace.yaml            the namespace of the Subscriptions and HelmCharts (`clusternet.namespace`)
 *   service-<service>.yaml    per service its feeds, its Subscription and its Globalizations
 *
 * Registration. Clusternet's `ManagedCluster` cannot be written ahead: its required `clusterId` is
 * the UID of a Lease the agent creates in the child cluster (random, known only once the agent
 * runs), and the hub creates the ManagedCluster, with a dedicated namespace, when it approves the
 * agent's ClusterRegistrationRequest. What seedbed decides is the name the agent registers with:
 * the shoot's key, which becomes the ManagedCluster's name and its
 * `clusters.clusternet.io/cluster-name` label, the label every Subscription and Globalization here
 * selects on. Each shoot therefore gets, applied inside it by the seed's Flux, the ConfigMap
 * `clusternet-registration` in
 * `clusternet-system`, the agent's namespace, holding the values of the agent's registration flags
 * under the flags' names (`cluster-reg-name`, `cluster-sync-mode`, `cluster-labels`), for the
 * agent's Deployment to read (environment from the ConfigMap, `$(VAR)` in its arguments). The
 * parent URL and the bootstrap token are the platform team's (the token is a Secret, never
 * rendered), as is installing the agent. Shoots of the gardener backend have nothing applied inside
 * them from a seed: their agent settings are the platform team's to apply.
 *
 * Placement. A Subscription per service (Replication: every subscriber gets everything) whose one
 * subscriber selects `clusters.clusternet.io/cluster-name In [<the service's clusters>]`, exactly
 * the list the model decided. Its feeds:
 *
 * * a manifests service: its objects ({@link serviceObjects}) as Clusternet `Manifest` objects in
 *   `clusternet-reserved`, the form Clusternet's own shadow API stores them in (the object under
 *   `template`, found by the `apps.clusternet.io/config.*` labels a feed is resolved with); applying
 *   the objects themselves to the parent would create them there and give Clusternet nothing to
 *   deploy. The Manifest kind has no generated L1 (it is storage, not an API one writes by hand), so
 *   it is built as a plain object and checked against its CRD like everything else;
 * * a Helm chart service: a Clusternet `HelmChart` (named after the release, installing into the
 *   service's namespace, which Clusternet creates). A HelmChart has no values: the chart's values
 *   are a Globalization (`<service>.values`, type Helm, priority 100) on the service's clusters.
 *
 * Overrides. Globalizations, not Localizations: a Localization lives in the cluster's dedicated
 * namespace, which the hub names when the cluster registers, while a Globalization selects
 * clusters by label like the Subscription does. One Globalization per override and object it
 * changes, `<service>.<override>.<kind>.<name>`, on the override's clusters, priority 500 + the
 * override's position (Clusternet applies lower priorities first, so the service's order holds):
 * type JSONPatch with the override's patches, or type Helm with the override's values (Clusternet
 * merges them over the values before). All apply immediately (`ApplyNow`), so a merged change
 * reaches running clusters. A service no shoot matches renders nothing.
 */
import { stableJson } from '../../core/json';
import { shootLabels } from '../../core/labels';
import { ResolvedFleet, ResolvedShoot } from '../../resolve/model';
import {
  Globalization, GlobalizationSpecOverridePolicy, GlobalizationSpecOverridesType, HelmChart, Subscription, SubscriptionSpecSchedulingStrategy,
} from '../../imports/apps.clusternet.io';
import { KubeConfigMap, KubeNamespace } from '../../imports/k8s';
import { ResolvedMultiCluster, ResolvedPlatformService } from '../../resolve/multicluster-model';
import { ServiceSourceType } from '../../core/types';
import { Manifest } from '../../core/manifest';
import {
  clusterLabels, groupVersion, hasMemberStage, helmReleaseName, hubLabels, isClusterScoped, kindToken, overriddenObjects, placedServices,
  serviceLabels, serviceObjects, valueOverrides,
} from './common';
import type { HubFile, SystemRender } from './types';

/** Label the Clusternet hub puts on a ManagedCluster: the name its agent registered it with. */
export const CLUSTERNET_CLUSTER_NAME_LABEL = 'clusters.clusternet.io/cluster-name';
/** Namespace of Clusternet's feed objects (`Manifest`) in the parent cluster. */
export const CLUSTERNET_RESERVED_NAMESPACE = 'clusternet-reserved';
/** Namespace of the Clusternet agent in a member. */
export const CLUSTERNET_AGENT_NAMESPACE = 'clusternet-system';
/** Name of the registration ConfigMap in a member. */
export const CLUSTERNET_REGISTRATION_CONFIGMAP = 'clusternet-registration';
/** API version of Clusternet's apps objects. */
const APPS_API_VERSION = 'apps.clusternet.io/v1alpha1';
/** Sync mode the agents register with: the agent pulls from the parent. */
const SYNC_MODE = 'Pull';
/** Priority of the Globalization with a chart's values; overrides come after it. */
const VALUES_PRIORITY = 100;
/** Priority of a service's first override; the n-th gets this + n. */
const OVERRIDE_PRIORITY = 500;

/** Renders Clusternet's parent-cluster objects and the registration data of each member. */
export function renderClusternet(fleet: ResolvedFleet, mc: ResolvedMultiCluster): SystemRender {
  const hub: HubFile[] = [
    { name: 'namespace.yaml', objects: [KubeNamespace.manifest({ metadata: { name: mc.clusternet.namespace, labels: hubLabels(fleet) } })] },
  ];
  for (const service of placedServices(mc.services)) hub.push({ name: `service-${service.name}.yaml`, objects: clusternetServiceObjects(fleet, mc, service) });
  const members = new Map<string, Manifest[]>();
  for (const shoot of fleet.shoots) if (hasMemberStage(shoot)) members.set(shoot.key, clusternetRegistration(fleet, shoot));
  return { hub, members };
}

/** The agent's namespace and registration settings in one member. */
export function clusternetRegistration(fleet: ResolvedFleet, shoot: ResolvedShoot): Manifest[] {
  const labels = shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose);
  const cluster = clusterLabels(fleet, shoot);
  return [
    KubeNamespace.manifest({ metadata: { name: CLUSTERNET_AGENT_NAMESPACE, labels } }),
    KubeConfigMap.manifest({
      metadata: { name: CLUSTERNET_REGISTRATION_CONFIGMAP, namespace: CLUSTERNET_AGENT_NAMESPACE, labels },
      data: {
        'cluster-reg-name': shoot.key,
        'cluster-sync-mode': SYNC_MODE,
        'cluster-labels': Object.keys(cluster).sort().map((k) => `${k}=${cluster[k]}`).join(','),
      },
    }),
  ];
}

/** A selector of exactly these clusters, by the name they registered with. */
function clusterAffinity(clusters: readonly string[]) {
  return { matchExpressions: [{ key: CLUSTERNET_CLUSTER_NAME_LABEL, operator: 'In', values: [...clusters] }] };
}

/** A feed reference to an object. */
function feedOf(m: Manifest): { apiVersion: string; kind: string; name: string; namespace?: string } {
  return { apiVersion: m.apiVersion, kind: m.kind, name: m.metadata.name, ...(m.metadata.namespace ? { namespace: m.metadata.namespace } : {}) };
}

/** The feeds, Subscription and Globalizations of one service. */
export function clusternetServiceObjects(fleet: ResolvedFleet, mc: ResolvedMultiCluster, service: ResolvedPlatformService): Manifest[] {
  const labels = serviceLabels(fleet, service);
  const namespace = mc.clusternet.namespace;
  const out: Manifest[] = [];
  let feeds: Manifest[];
  if (service.sourceType === ServiceSourceType.HELM_CHART) {
    const chart = service.helmChart!;
    const helmChart = HelmChart.manifest({
      metadata: { name: helmReleaseName(service), namespace, labels },
      spec: { repo: chart.repositoryUrl, chart: chart.chart, version: chart.version, targetNamespace: service.namespace },
    }) as Manifest;
    feeds = [helmChart];
    out.push(helmChart);
  } else {
    feeds = serviceObjects(fleet, service);
    out.push(...feeds.map((m) => clusternetManifest(fleet, service, m)));
  }
  out.push(Subscription.manifest({
    metadata: { name: service.name, namespace, labels },
    spec: {
      schedulingStrategy: SubscriptionSpecSchedulingStrategy.REPLICATION,
      subscribers: [{ clusterAffinity: clusterAffinity(service.clusters) }],
      feeds: feeds.map(feedOf),
    },
  }));

  const values = service.helmChart?.values;
  if (values && Object.keys(values).length > 0) {
    out.push(Globalization.manifest({
      metadata: { name: `${service.name}.values`, labels },
      spec: {
        clusterAffinity: clusterAffinity(service.clusters),
        feed: feedOf(feeds[0]),
        overridePolicy: GlobalizationSpecOverridePolicy.APPLY_NOW,
        priority: VALUES_PRIORITY,
        overrides: [{ name: 'values', type: GlobalizationSpecOverridesType.HELM, value: stableJson(values) }],
      },
    }));
  }

  const position = new Map(service.overrides.map((o, i) => [o.name, i]));
  const helm = service.sourceType === ServiceSourceType.HELM_CHART;
  const changes = helm
    ? valueOverrides(service)
      .map((o) => ({ override: o, target: feeds[0], type: GlobalizationSpecOverridesType.HELM, value: stableJson(o.values) }))
    : overriddenObjects(fleet, service, feeds).flatMap(({ target, rules }) => rules.map((r) => ({
      override: r.override, target, type: GlobalizationSpecOverridesType.JSON_PATCH, value: stableJson(r.ops),
    })));
  // In the service's order of overrides, then of objects.
  changes.sort((a, b) => position.get(a.override.name)! - position.get(b.override.name)!);
  for (const c of changes) {
    out.push(Globalization.manifest({
      metadata: { name: `${service.name}.${c.override.name}.${kindToken(c.target.kind)}.${c.target.metadata.name}`, labels },
      spec: {
        clusterAffinity: clusterAffinity(c.override.clusters),
        feed: feedOf(c.target),
        overridePolicy: GlobalizationSpecOverridePolicy.APPLY_NOW,
        priority: OVERRIDE_PRIORITY + position.get(c.override.name)!,
        overrides: [{ name: c.override.name, type: c.type, value: c.value }],
      },
    }));
  }
  return out;
}

/** Plural resource name of a kind, as Clusternet names its Manifests (`ConfigMap` → `configmaps`). */
export function pluralOf(kind: string): string {
  const k = kind.toLowerCase();
  if (/(s|x|z|ch|sh)$/.test(k)) return `${k}es`;
  if (/[^aeiou]y$/.test(k)) return `${k.slice(0, -1)}ies`;
  return `${k}s`;
}

/** One object of a manifests service as a Clusternet feed (`Manifest` in `clusternet-reserved`). */
export function clusternetManifest(fleet: ResolvedFleet, service: ResolvedPlatformService, m: Manifest): Manifest {
  const { group, version } = groupVersion(m.apiVersion);
  const ns = m.metadata.namespace;
  return {
    apiVersion: APPS_API_VERSION,
    kind: 'Manifest',
    metadata: {
      name: [pluralOf(m.kind), ...(isClusterScoped(m) ? [] : [ns!]), m.metadata.name].join('.'),
      namespace: CLUSTERNET_RESERVED_NAMESPACE,
      labels: {
        ...serviceLabels(fleet, service),
        'apps.clusternet.io/config.group': group,
        'apps.clusternet.io/config.version': version,
        'apps.clusternet.io/config.kind': m.kind,
        'apps.clusternet.io/config.name': m.metadata.name,
        // Empty for a cluster-scoped object: some Clusternet releases always select on it.
        'apps.clusternet.io/config.namespace': ns ?? '',
      },
    },
    template: m,
  };
}
