/**
 * What the addons stage applies inside each shoot, through the shoot's admin kubeconfig.
 */
import { LABELS, shootLabels } from '../../core/labels';
import type { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import { KubeConfigMap, KubeNamespace, KubeStorageClass } from '../../imports/k8s';
import { ProviderType } from '../../core/types';
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
    ...renderStorageClasses(fleet, shoot),
  ];
}

/** Provisioner of the shoot's CSI driver (cloud-provider-openstack v1.36.0 docs/cinder-csi-plugin; vsphere-csi-driver v3.7.3 examples). */
export const CSI_PROVISIONERS: Record<ProviderType, string> = {
  [ProviderType.OPENSTACK]: 'cinder.csi.openstack.org',
  [ProviderType.VSPHERE]: 'csi.vsphere.vmware.com',
};

/**
 * One StorageClass per usable volume type of the shoot's CloudProfile (the first is the default
 * class), provisioned by the CSI driver of the system components: a Cinder volume `type`, or a
 * vSphere storage policy of that name. Volumes bind where their pod is scheduled.
 */
export function renderStorageClasses(fleet: ResolvedFleet, shoot: ResolvedShoot): Manifest[] {
  const labels = shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose);
  const types = (shoot.cloudProfile.props.volumeTypes ?? []).filter((t) => t.usable !== false);
  const provisioner = CSI_PROVISIONERS[shoot.provider];
  const parameter = shoot.provider === ProviderType.OPENSTACK ? 'type' : 'storagepolicyname';
  const classes = types.length > 0 ? types.map((t) => ({ name: t.name, parameters: { [parameter]: t.name } })) : [{ name: 'default', parameters: {} }];
  return classes.map((c, i) => KubeStorageClass.manifest({
    metadata: {
      name: c.name,
      labels,
      annotations: i === 0 ? { 'storageclass.kubernetes.io/is-default-class': 'true' } : undefined,
    },
    provisioner,
    parameters: Object.keys(c.parameters).length > 0 ? c.parameters : undefined,
    reclaimPolicy: 'Delete',
    allowVolumeExpansion: true,
    volumeBindingMode: 'WaitForFirstConsumer',
  }) as Manifest);
}
