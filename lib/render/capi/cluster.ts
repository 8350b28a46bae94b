/**
 * The Cluster API `Cluster` of a shoot: ties the control-plane object and the infrastructure
 * cluster together. Named after the shoot, in the shoot's namespace, never pruned.
 */
import { FLUX_PRUNE_DISABLED } from '../../core/labels';
import { ResolvedShoot } from '../../resolve/model';
import { Cluster } from '../../imports/cluster.x-k8s.io';
import { Manifest } from '../../core/manifest';
import { refTo } from './infrastructure';
import { clusterName } from './names';

/** Cluster domain of every shoot. */
export const CLUSTER_DOMAIN = 'cluster.local';
/** Label Cluster API puts on (and selects) every object of a cluster. */
export const CLUSTER_NAME_LABEL = 'cluster.x-k8s.io/cluster-name';

/** The `Cluster` of a shoot pointing at its control plane and infrastructure cluster. */
export function renderCluster(
  shoot: ResolvedShoot, labels: Record<string, string>, controlPlane: Manifest, infrastructure: Manifest, apiServerPort: number,
): Manifest {
  return Cluster.manifest({
    metadata: { name: clusterName(shoot), namespace: shoot.technicalId, labels, annotations: { ...FLUX_PRUNE_DISABLED } },
    spec: {
      clusterNetwork: {
        apiServerPort,
        pods: { cidrBlocks: [shoot.networking.pods] },
        services: { cidrBlocks: [shoot.networking.services] },
        serviceDomain: CLUSTER_DOMAIN,
      },
      controlPlaneRef: refTo(controlPlane),
      infrastructureRef: refTo(infrastructure),
    },
  });
}

/** Health of a `Cluster` in the control-plane stage: its control plane is up (workers come later). */
export const CLUSTER_HEALTH = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  current: 'has(status.initialization) && has(status.initialization.controlPlaneInitialized) && status.initialization.controlPlaneInitialized',
};
