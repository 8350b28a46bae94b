/**
 * Clusterpedia: every shoot of the fleet as a `PediaCluster`, so the fleet can be searched from
 * one place.
 *
 *   garden/multicluster/clusterpedia/clustersyncresources.yaml   one ClusterSyncResources, named after the fleet
 *   garden/multicluster/clusterpedia/pediaclusters.yaml          one PediaCluster per shoot, named `<project>--<shoot>`
 *
 * Which resources are synced is decided once, for the fleet (`multiCluster.clusterpedia.syncResources`),
 * and written into a single `ClusterSyncResources`; every PediaCluster points at it through
 * `syncResourcesRefName` and lists nothing of its own (the CRD wants the list, so it is empty).
 * Changing the settings therefore changes one object, not one per shoot.
 *
 * Credentials are references only, through `spec.authenticationFrom`: Clusterpedia reads them
 * from Secrets in its own namespace (the namespace its synchro manager runs in; the references
 * carry no namespace) when its `ClusterAuthenticationFromSecret` feature gate is on.
 *
 * * Shoots with a control plane in a seed (Kamaji, k0smotron, Cluster API): `spec.apiserver` is
 *   the endpoint the shoot's workers join, `https://api.<technical id>.<seed ingress domain>:6443`
 *   (the URL every hub uses, from ./common), and the Secret `<project>--<shoot>-clusterpedia` holds `ca.crt` and `token` — the two keys of a
 *   service-account token, so the platform team can mirror the token of a read-only ServiceAccount
 *   in the shoot without reshaping it. Read-only is all Clusterpedia needs (list and watch).
 * * Shoots of the gardener backend: Gardener publishes the API server under `api.<shoot domain>`
 *   on port 443, so that is `spec.apiserver` when the shoot has a domain, with the same token
 *   Secret. Without a domain seedbed does not know the endpoint (Gardener picks it); such a
 *   PediaCluster has no `apiserver` and reads a whole kubeconfig from `<project>--<shoot>-kubeconfig`
 *   (key `kubeconfig`) instead.
 *
 * A PediaCluster carries the labels every system gives a registered shoot (its own and its
 * project's labels, seedbed's identity labels, provider and region). Nothing is applied inside the
 * shoots: Clusterpedia pulls.
 */
import { ResolvedFleet, ResolvedShoot } from '../../resolve/model';
import { ClusterSyncResources, PediaCluster, PediaClusterSpecAuthenticationFrom } from '../../imports/cluster.clusterpedia.io';
import { ResolvedMultiCluster } from '../../resolve/multicluster-model';
import { Manifest } from '../../core/manifest';
import { apiServerUrl, clusterLabels, hubLabels } from './common';
import { SystemRender } from './types';

/** Name of the fleet's ClusterSyncResources: the fleet's name. */
export function clusterpediaSyncResourcesName(fleet: ResolvedFleet): string {
  return fleet.name;
}

/**
 * Where Clusterpedia finds the credentials of a shoot (Secrets in Clusterpedia's namespace,
 * provided by the platform team): a token and CA when the endpoint is known, else a kubeconfig.
 */
export function clusterpediaCredentials(shoot: ResolvedShoot, apiServer: string | undefined): PediaClusterSpecAuthenticationFrom {
  if (apiServer === undefined) return { kubeconfig: { name: `${shoot.key}-kubeconfig`, key: 'kubeconfig' } };
  const name = `${shoot.key}-clusterpedia`;
  return { ca: { name, key: 'ca.crt' }, token: { name, key: 'token' } };
}

/** The fleet's ClusterSyncResources. */
export function renderClusterSyncResources(fleet: ResolvedFleet, mc: ResolvedMultiCluster): Manifest {
  return ClusterSyncResources.manifest({
    metadata: { name: clusterpediaSyncResourcesName(fleet), labels: hubLabels(fleet) },
    spec: {
      syncResources: mc.clusterpedia.syncResources.map((r) => ({
        group: r.group,
        resources: [...r.resources],
        versions: r.versions ? [...r.versions] : undefined,
      })),
    },
  });
}

/** The PediaCluster of one shoot. */
export function renderPediaCluster(fleet: ResolvedFleet, shoot: ResolvedShoot): Manifest {
  const apiServer = apiServerUrl(fleet, shoot);
  return PediaCluster.manifest({
    metadata: { name: shoot.key, labels: clusterLabels(fleet, shoot) },
    spec: {
      apiserver: apiServer,
      authenticationFrom: clusterpediaCredentials(shoot, apiServer),
      syncResources: [],
      syncResourcesRefName: clusterpediaSyncResourcesName(fleet),
    },
  });
}

/** Clusterpedia's hub objects: the shared resource list and one PediaCluster per shoot (by key). */
export function renderClusterpedia(fleet: ResolvedFleet, mc: ResolvedMultiCluster): SystemRender {
  return {
    hub: [
      { name: 'clustersyncresources.yaml', objects: [renderClusterSyncResources(fleet, mc)] },
      { name: 'pediaclusters.yaml', objects: fleet.shoots.map((s) => renderPediaCluster(fleet, s)) },
    ],
    members: new Map(),
  };
}
