/**
 * Admiralty: the burst partners of the fleet as Target/Source pairs, rendered into the shoots
 * themselves (their multicluster stage). Admiralty has no hub, so there is no
 * `garden/multicluster/admiralty/`.
 *
 * Everything lives in one namespace per shoot, `multiCluster.admiralty.namespace` (default
 * `admiralty`), and the objects are the namespaced kinds, not ClusterTarget/ClusterSource: a
 * consumer can send pods to a provider only from that namespace, into the namespace of the same
 * name there, and the provider grants the consumer nothing outside it. Pods burst when they run in
 * that namespace and ask Admiralty to place them (its `multicluster.admiralty.io/elect` annotation).
 *
 * * In the consumer: the namespace, labelled `multicluster-scheduler: enabled` so Admiralty's
 *   webhook sees its pods, and a `Target` per provider, named after the provider's key, reading
 *   the provider's kubeconfig from the Secret `<provider>-kubeconfig` (key `config`) in the same
 *   namespace.
 * * In each provider: the namespace, a ServiceAccount named after the consumer's key, and a
 *   `Source` for it: Admiralty's controller binds that account to what a source cluster may do in
 *   the namespace.
 *
 * The kubeconfig Secret of a Target is never rendered: the platform team builds it from a token of
 * the provider's ServiceAccount for the consumer (`kubectl create token`, or a token Secret it
 * manages) and provides it in the consumer through ExternalSecret or SOPS. A shoot that is
 * consumer and provider at once gets the namespace once. The namespace is never pruned: it holds
 * the bursting workloads (and is often where Admiralty itself is installed); Targets, Sources and
 * ServiceAccounts go with the partnership.
 */
import { FLUX_PRUNE_DISABLED } from '../../core/labels';
import { ResolvedFleet } from '../../resolve/model';
import { KubeNamespace, KubeServiceAccount } from '../../imports/k8s';
import { Source, Target } from '../../imports/multicluster.admiralty.io';
import { ResolvedMultiCluster } from '../../resolve/multicluster-model';
import { Manifest } from '../../core/manifest';
import { burstRoles, hubLabels } from './common';
import { SystemRender } from './types';

/** Label that turns Admiralty's scheduling on for a namespace. */
export const ADMIRALTY_ENABLED_LABEL = 'multicluster-scheduler';
/** Key of the kubeconfig in a Target's Secret (Admiralty's default). */
export const ADMIRALTY_KUBECONFIG_KEY = 'config';

/** The Secret in the consumer holding the kubeconfig of a provider. */
export function admiraltyKubeconfigSecret(provider: string): { name: string; key: string } {
  return { name: `${provider}-kubeconfig`, key: ADMIRALTY_KUBECONFIG_KEY };
}

/** Admiralty's objects in one shoot. */
export function renderAdmiraltyMember(fleet: ResolvedFleet, mc: ResolvedMultiCluster, providers: string[], consumers: string[]): Manifest[] {
  const namespace = mc.admiralty.namespace;
  const labels = hubLabels(fleet);
  return [
    KubeNamespace.manifest({
      metadata: {
        name: namespace,
        labels: providers.length > 0 ? { ...labels, [ADMIRALTY_ENABLED_LABEL]: 'enabled' } : labels,
        annotations: { ...FLUX_PRUNE_DISABLED },
      },
    }),
    ...providers.map((provider) => Target.manifest({
      metadata: { name: provider, namespace, labels },
      spec: { kubeconfigSecret: admiraltyKubeconfigSecret(provider) },
    })),
    ...consumers.flatMap((consumer) => [
      KubeServiceAccount.manifest({ metadata: { name: consumer, namespace, labels } }),
      Source.manifest({ metadata: { name: consumer, namespace, labels }, spec: { serviceAccountName: consumer } }),
    ]),
  ];
}

/** Admiralty's objects in every shoot that has burst partners; nothing at the hub. */
export function renderAdmiralty(fleet: ResolvedFleet, mc: ResolvedMultiCluster): SystemRender {
  const members = new Map<string, Manifest[]>();
  for (const [key, { providers, consumers }] of burstRoles(mc)) {
    members.set(key, renderAdmiraltyMember(fleet, mc, providers, consumers));
  }
  return { hub: [], members };
}
