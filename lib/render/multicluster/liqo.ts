/**
 * Liqo: peerings between the burst partners of the fleet, rendered into the shoots themselves
 * (their multicluster stage). Liqo has no hub, so there is no `garden/multicluster/liqo/`.
 *
 * Identity. A Liqo cluster is known to its peers by its cluster ID, fixed when Liqo is installed.
 * seedbed's objects assume each shoot's cluster ID is its key, `<project>--<shoot>`: install Liqo
 * with that ID (it is a DNS label, as Liqo requires).
 *
 * In every shoot that takes part in a burst partnership, for each partner (a provider it bursts
 * to, or a consumer that bursts to it; a pair bursting both ways is one peer):
 *
 * * a tenant Namespace `liqo-tenant-<peer>`, labelled as Liqo's tenant namespace for that peer —
 *   the namespace Liqo keeps everything of the peering in, named the way Liqo's own tooling names
 *   it;
 * * a `ForeignCluster` named after the peer's cluster ID (core.liqo.io/v1beta1 has nothing
 *   else to declare: status and peering state are Liqo's).
 *
 * In a consumer, additionally the Namespace `burst` (`multiCluster.liqo.offloadedNamespace`) with a `NamespaceOffloading` (Liqo accepts only
 * the name `offloading`): pods created in `burst` may run locally or on the virtual nodes of the
 * consumer's providers (the selector lists exactly them), in a namespace there that Liqo names
 * after `burst` and the consumer's cluster ID (its default mapping, so two consumers never share
 * one). One dedicated namespace is the default because offloading is opt-in per namespace in
 * Liqo, and a namespace that does not exist in Git cannot be offloaded from Git; teams that want
 * to burst deploy into `burst`. Because it holds their workloads, `burst` is never pruned: when
 * the consumer loses its last provider the offloading goes, the namespace stays. Tenant namespaces
 * and ForeignClusters do go with the partnership; that is how it ends.
 *
 * Nothing rendered lives in Liqo's own namespace: that is the installation's, and the cluster ID
 * it holds is set when installing.
 *
 * Not rendered (it needs secret values, values only known after installation, or kinds seedbed has
 * no typed classes for yet):
 *
 * * authentication — the consumer's identity at the provider (a kubeconfig Secret in the consumer's
 *   tenant namespace labelled `liqo.io/identity-type: ControlPlane` and
 *   `liqo.io/remote-cluster-id: <provider>`, annotated with the provider's tenant namespace
 *   `liqo-tenant-<consumer>`), the provider's `Tenant` and its RoleBinding, and the consumer's
 *   `ResourceSlice` (how much capacity to ask for, which the fleet model does not say). The
 *   platform team provides the Secret (ExternalSecret, SOPS) or runs `liqoctl peer`, which does
 *   all of this; the `authentication.liqo.io` kinds have no typed classes in seedbed yet.
 * * the network fabric — WireGuard key pairs (secret), gateway server/client endpoints and the
 *   peers' pod and external CIDRs, which Liqo's IPAM assigns at installation. Offloading works
 *   without it; pod-to-pod traffic across the peering needs it (`liqoctl peer` sets it up).
 */
import { FLUX_PRUNE_DISABLED } from '../../core/labels';
import { compareStrings as cmp } from '../../core/order';
import { ResolvedFleet, ResolvedShoot } from '../../resolve/model';
import { ForeignCluster } from '../../imports/core.liqo.io';
import { KubeNamespace } from '../../imports/k8s';
import {
  NamespaceOffloading, NamespaceOffloadingSpecNamespaceMappingStrategy, NamespaceOffloadingSpecPodOffloadingStrategy,
} from '../../imports/offloading.liqo.io';
import { ResolvedMultiCluster } from '../../resolve/multicluster-model';
import { Manifest } from '../../core/manifest';
import { burstRoles, hubLabels } from './common';
import { SystemRender } from './types';

/** Label Liqo puts on everything that belongs to the peering with one remote cluster. */
export const LIQO_REMOTE_CLUSTER_ID_LABEL = 'liqo.io/remote-cluster-id';
/** Label marking a tenant namespace. */
export const LIQO_TENANT_NAMESPACE_LABEL = 'liqo.io/tenant-namespace';
/** The only name Liqo accepts for a NamespaceOffloading. */
export const LIQO_NAMESPACE_OFFLOADING_NAME = 'offloading';

/** Liqo's cluster ID of a shoot: its key. */
export function liqoClusterId(shoot: Pick<ResolvedShoot, 'key'>): string {
  return shoot.key;
}

/** The tenant namespace of the peering with `peer`. */
export function liqoTenantNamespace(peer: string): string {
  return `liqo-tenant-${peer}`;
}

/** What each shoot takes part in: the providers it bursts to and all its peers (providers and consumers), sorted. */
export function liqoPeerings(mc: ResolvedMultiCluster): Map<string, { providers: string[]; peers: string[] }> {
  return new Map([...burstRoles(mc)].map(([key, r]) => [key, { providers: r.providers, peers: [...new Set([...r.providers, ...r.consumers])].sort(cmp) }]));
}

/** The tenant namespace and ForeignCluster of one peer. */
export function renderLiqoPeer(fleet: ResolvedFleet, peer: string): Manifest[] {
  const labels = { ...hubLabels(fleet), [LIQO_REMOTE_CLUSTER_ID_LABEL]: peer };
  return [
    KubeNamespace.manifest({
      metadata: { name: liqoTenantNamespace(peer), labels: { ...labels, [LIQO_TENANT_NAMESPACE_LABEL]: 'true' } },
    }),
    ForeignCluster.manifest({ metadata: { name: peer, labels }, spec: { clusterId: peer } }),
  ];
}

/** The consumer's burst namespace and its offloading to the given providers. */
export function renderLiqoOffloading(fleet: ResolvedFleet, mc: ResolvedMultiCluster, providers: string[]): Manifest[] {
  const namespace = mc.liqo.offloadedNamespace;
  return [
    KubeNamespace.manifest({ metadata: { name: namespace, labels: hubLabels(fleet), annotations: { ...FLUX_PRUNE_DISABLED } } }),
    NamespaceOffloading.manifest({
      metadata: { name: LIQO_NAMESPACE_OFFLOADING_NAME, namespace, labels: hubLabels(fleet) },
      spec: {
        namespaceMappingStrategy: NamespaceOffloadingSpecNamespaceMappingStrategy.DEFAULT_NAME,
        podOffloadingStrategy: NamespaceOffloadingSpecPodOffloadingStrategy.LOCAL_AND_REMOTE,
        clusterSelector: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: LIQO_REMOTE_CLUSTER_ID_LABEL, operator: 'In', values: [...providers] }] }],
        },
      },
    }),
  ];
}

/** Liqo's objects in every shoot that has burst partners; nothing at the hub. */
export function renderLiqo(fleet: ResolvedFleet, mc: ResolvedMultiCluster): SystemRender {
  const members = new Map<string, Manifest[]>();
  for (const [key, { providers, peers }] of liqoPeerings(mc)) {
    members.set(key, [
      ...peers.flatMap((peer) => renderLiqoPeer(fleet, peer)),
      ...(providers.length > 0 ? renderLiqoOffloading(fleet, mc, providers) : []),
    ]);
  }
  return { hub: [], members };
}
