/**
 * What the addons stage applies inside each shoot, through the shoot's admin kubeconfig.
 */
import { LABELS, shootLabels } from '../../core/labels';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import { KubeConfigMap, KubeNamespace } from '../../imports/k8s';
import { Manifest } from '../../core/manifest';

/** Namespace seedbed owns inside every shoot. */
export const SHOOT_SYSTEM_NAMESPACE = 'seedbed-system';

/** In-shoot objects: seedbed's namespace and the shoot's identity for in-cluster tooling. */
export function renderShootAddons(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): Manifest[] {
  const labels = shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose);
  return [
    KubeNamespace.manifest({ metadata: { name: SHOOT_SYSTEM_NAMESPACE, labels } }),
    KubeConfigMap.manifest({
      metadata: { name: 'shoot-info', namespace: SHOOT_SYSTEM_NAMESPACE, labels: { ...labels, [LABELS.seed]: seed.name } },
      data: {
        domain: shoot.dnsDomain ?? '',
        fleet: fleet.name,
        kubernetesVersion: shoot.kubernetesVersion,
        maintenanceBegin: shoot.maintenance.timeWindowBegin,
        maintenanceEnd: shoot.maintenance.timeWindowEnd,
        nodeNetwork: shoot.networking.nodes,
        podNetwork: shoot.networking.pods,
        project: shoot.project,
        provider: shoot.provider,
        purpose: shoot.purpose,
        region: shoot.region,
        seed: seed.name,
        serviceNetwork: shoot.networking.services,
        shoot: shoot.name,
        workerPools: shoot.workers.map((w) => w.name).join(','),
      },
    }),
  ];
}
