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
 *   the endpoint the shoot's workers join, `https://api.<technical id>.<seed ingress domain>:6443`,
 *   and the Secret `<project>--<shoot>-clusterpedia` holds `ca.crt` and `token` — the two keys of a
 *   service-account token, so the platform team can mirror the token of a read-only ServiceAccount
 *   in the shoot without reshaping it. Read-only is all Clusterpedia needs (list and watch).
 * * Shoots of the gardener backend: Gardener publishes the API server under `api.<shoot domain>`
 *   on port 443, so that is `spec.apiserver` when the shoot has a domain, with the same token
 *   Secret. Without a domain seedbed does not know the endpoint (Gardener picks it); such a
 *   PediaCluster has no `apiserver` and reads a whole kubeconfig from `<project>--<shoot>-kubeconfig`
 *   (key `kubeconfig`) instead.
 *
 * Nothing is applied inside the shoots: Clusterpedia pulls.
 */
import { LABELS, MANAGED_BY, shootLabels } from '../../core/labels';
import { ControlPlaneBackend } from '../../core/types';
import { ResolvedFleet, ResolvedShoot } from '../../garden/model';
import { ClusterSyncResources, PediaCluster, PediaClusterSpecAuthenticationFrom } from '../../imports/cluster.clusterpedia.io';
import { ResolvedMultiCluster } from '../../multicluster/model';
import { API_SERVER_PORT, seedApiHost } from '../infrastructure-names';
import { Manifest } from '../manifest';
import { SystemRender } from './index';

/** Port Gardener serves a shoot's API server on. */
const GARDENER_API_SERVER_PORT = 443;

/** Name of the fleet's ClusterSyncResources: the fleet's name. */
export function clusterpediaSyncResourcesName(fleet: ResolvedFleet): string {
  return fleet.name;
}

/** The API server URL Clusterpedia connects to, when seedbed knows it. */
export function clusterpediaApiServer(fleet: ResolvedFleet, shoot: ResolvedShoot): string | undefined {
  if (shoot.backend === ControlPlaneBackend.GARDENER) {
    return shoot.dnsDomain ? `https://api.${shoot.dnsDomain}:${GARDENER_API_SERVER_PORT}` : undefined;
  }
  const seed = fleet.seeds.find((s) => s.name === shoot.seed);
  if (!seed) throw new Error(`${shoot.path}: seed ${shoot.seed} is not in the fleet`);
  return `https://${seedApiHost(shoot, seed)}:${API_SERVER_PORT}`;
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
    metadata: { name: clusterpediaSyncResourcesName(fleet), labels: { [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name } },
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
  const apiServer = clusterpediaApiServer(fleet, shoot);
  return PediaCluster.manifest({
    metadata: {
      name: shoot.key,
      labels: { ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), [LABELS.seed]: shoot.seed },
    },
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
