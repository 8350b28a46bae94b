/**
 * Karmada: what the Karmada control plane holds for the fleet (`garden/multicluster/karmada/`).
 *
 *   clusters.yaml             one `cluster.karmada.io/v1alpha1` Cluster per shoot
 *   service-<service>.yaml    the service's resource templates and its policies
 *
 * Registration. Each shoot is a Cluster named after its key, with the sync mode of the settings,
 * the shoot's API server URL, provider, region, zones and labels (the shoot's own and its
 * project's, plus seedbed's fleet/project/shoot/purpose/seed/provider/region labels). In Push mode
 * Karmada reaches the member with the credentials of the Secret `<cluster>-kubeconfig` in
 * `clusterSecretNamespace`, which the platform team provides (Karmada reads its `token` and
 * `caBundle` keys); nothing of it is rendered. In Pull mode the member's karmada-agent talks to
 * Karmada and the Cluster carries no credentials; the agent itself is installed by the platform
 * team. A shoot of the gardener backend without a domain has no endpoint seedbed knows: its Cluster
 * has no `apiEndpoint` (fine in Pull mode; in Push mode the platform team has to add it).
 *
 * Placement. The resource templates are the service's objects ({@link serviceObjects}), applied to
 * the Karmada API as they are (Namespaces labelled to skip Karmada's automatic copy of every
 * Namespace to every member): Karmada keeps them and propagates copies. A Helm chart service's
 * templates are Flux objects: its members run Flux's source and helm controllers, and the Karmada
 * API knows Flux's CRDs. Cluster-scoped templates (Namespace…) are selected by a
 * ClusterPropagationPolicy, namespaced ones by a PropagationPolicy in each namespace they live in
 * (a PropagationPolicy only selects its own namespace); all are named after the service and place
 * on exactly the clusters the model decided (`clusterAffinity.clusterNames`, sorted). A service no
 * shoot matches renders nothing: its templates leave Karmada, and Karmada removes the copies from
 * the members. Two services must not bring the same object (for instance two Helm chart services
 * in one namespace, which both bring the Namespace): Karmada holds one template per object.
 *
 * Overrides. One OverridePolicy (ClusterOverridePolicy for a cluster-scoped object) per object an
 * override changes, named `<service>.<kind>.<name>`, with one override rule per override of the
 * service, in the service's order (Karmada applies the rules of one policy in order; splitting
 * overrides of one object over several policies would leave their order to Karmada). Each rule
 * targets the override's clusters (`targetCluster.clusterNames`) with plaintext JSON patches:
 * the override's patches, or for a Helm chart its values as `add` patches under
 * `/spec/values` of the HelmRelease (merge semantics: see ./common.ts).
 */
import { ResolvedFleet, ResolvedShoot } from '../../resolve/model';
import {
  ClusterOverridePolicy, ClusterOverridePolicySpecOverrideRulesOverridersPlaintextOperator, ClusterPropagationPolicy,
  OverridePolicy, OverridePolicySpecOverrideRulesOverridersPlaintextOperator, PropagationPolicy,
} from '../../imports/policy.karmada.io';
import { ResolvedMultiCluster, ResolvedPlatformService } from '../../resolve/multicluster-model';
import { KarmadaSyncMode } from '../../core/types';
import { Manifest } from '../../core/manifest';
import {
  JsonPatchOp, apiServerUrl, clusterLabels, isClusterScoped, kindToken, overriddenObjects, placedServices,
  serviceLabels, serviceObjects, shootZones,
} from './common';
import type { HubFile, SystemRender } from './types';

/** API version of Karmada's cluster registration (served by karmada-aggregated-apiserver, no CRD). */
export const KARMADA_CLUSTER_API_VERSION = 'cluster.karmada.io/v1alpha1';

/** Label that keeps Karmada from copying a Namespace to every member cluster. */
export const KARMADA_SKIP_AUTO_PROPAGATION = 'namespace.karmada.io/skip-auto-propagation';

/** Name of the Secret with a member's credentials (Push mode), provided by the platform team. */
export function karmadaClusterSecretName(cluster: string): string {
  return `${cluster}-kubeconfig`;
}

/** Renders Karmada's hub objects. */
export function renderKarmada(fleet: ResolvedFleet, mc: ResolvedMultiCluster): SystemRender {
  const clusters = fleet.shoots.map((s) => karmadaCluster(fleet, mc, s));
  const hub: HubFile[] = [{ name: 'clusters.yaml', objects: clusters }];
  for (const service of placedServices(mc.services)) hub.push({ name: `service-${service.name}.yaml`, objects: karmadaServiceObjects(fleet, service) });
  return { hub, members: new Map() };
}

/** The Cluster registering one shoot. */
export function karmadaCluster(fleet: ResolvedFleet, mc: ResolvedMultiCluster, shoot: ResolvedShoot): Manifest {
  const zones = shootZones(shoot);
  const push = mc.karmada.syncMode === KarmadaSyncMode.PUSH;
  const apiEndpoint = apiServerUrl(fleet, shoot);
  return {
    apiVersion: KARMADA_CLUSTER_API_VERSION,
    kind: 'Cluster',
    metadata: { name: shoot.key, labels: clusterLabels(fleet, shoot) },
    spec: {
      syncMode: mc.karmada.syncMode,
      ...(apiEndpoint ? { apiEndpoint } : {}),
      provider: shoot.provider,
      region: shoot.region,
      ...(zones.length > 0 ? { zones } : {}),
      ...(push ? { secretRef: { namespace: mc.karmada.clusterSecretNamespace, name: karmadaClusterSecretName(shoot.key) } } : {}),
    },
  };
}

/** The resource templates, propagation policies and override policies of one service. */
export function karmadaServiceObjects(fleet: ResolvedFleet, service: ResolvedPlatformService): Manifest[] {
  const labels = serviceLabels(fleet, service);
  const objects = serviceObjects(fleet, service, true);
  const templates = objects.map(skipAutoPropagation);
  const placement = { clusterAffinity: { clusterNames: [...service.clusters] } };
  const selector = (m: Manifest) => ({ apiVersion: m.apiVersion, kind: m.kind, name: m.metadata.name });
  const out: Manifest[] = [...templates];

  const clusterScoped = templates.filter(isClusterScoped);
  if (clusterScoped.length > 0) {
    out.push(ClusterPropagationPolicy.manifest({
      metadata: { name: service.name, labels },
      spec: { resourceSelectors: clusterScoped.map(selector), placement },
    }));
  }
  const namespaces = [...new Set(templates.filter((m) => !isClusterScoped(m)).map((m) => m.metadata.namespace!))].sort();
  for (const namespace of namespaces) {
    out.push(PropagationPolicy.manifest({
      metadata: { name: service.name, namespace, labels },
      spec: { resourceSelectors: templates.filter((m) => m.metadata.namespace === namespace).map(selector), placement },
    }));
  }

  for (const { target, rules } of overriddenObjects(fleet, service, objects)) {
    const name = `${service.name}.${kindToken(target.kind)}.${target.metadata.name}`;
    const resourceSelectors = [selector(target)];
    if (isClusterScoped(target)) {
      out.push(ClusterOverridePolicy.manifest({
        metadata: { name, labels },
        spec: {
          resourceSelectors,
          overrideRules: rules.map((r) => ({
            targetCluster: { clusterNames: [...r.override.clusters] },
            overriders: { plaintext: r.ops.map((op) => ({ ...plaintext(op), operator: op.op as string as ClusterOverridePolicySpecOverrideRulesOverridersPlaintextOperator })) },
          })),
        },
      }));
    } else {
      out.push(OverridePolicy.manifest({
        metadata: { name, namespace: target.metadata.namespace, labels },
        spec: {
          resourceSelectors,
          overrideRules: rules.map((r) => ({
            targetCluster: { clusterNames: [...r.override.clusters] },
            overriders: { plaintext: r.ops.map((op) => ({ ...plaintext(op), operator: op.op as string as OverridePolicySpecOverrideRulesOverridersPlaintextOperator })) },
          })),
        },
      }));
    }
  }
  return out;
}

/**
 * Karmada copies every Namespace of its API to every member unless the Namespace opts out; a
 * service's Namespace goes only where the service's ClusterPropagationPolicy puts it.
 */
function skipAutoPropagation(m: Manifest): Manifest {
  if (m.apiVersion !== 'v1' || m.kind !== 'Namespace') return m;
  return { ...m, metadata: { ...m.metadata, labels: { ...(m.metadata.labels ?? {}), [KARMADA_SKIP_AUTO_PROPAGATION]: 'true' } } };
}

/** A plaintext overrider without its operator (the two policy kinds type it with their own enum of add, remove, replace). */
function plaintext(op: JsonPatchOp): { path: string; value?: any } {
  return op.value === undefined ? { path: op.path } : { path: op.path, value: op.value };
}
