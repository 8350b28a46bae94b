/**
 * The upstream Cluster API backend: the control plane runs on machines of the shoot's own
 * infrastructure, managed by a `KubeadmControlPlane` with stacked etcd — no hosted control plane
 * and no datastore in the seed.
 *
 * Kept minimal: one or three control-plane machines (stacked etcd needs an odd count), a machine
 * type picked from the CloudProfile (the smallest usable one with at least 2 CPUs and 4 GiB), the
 * image of the shoot's first worker pool, and external cloud providers. On OpenStack the
 * provider creates the API load balancer; on vSphere the endpoint is a DNS name the platform
 * must point at the control-plane machines (a virtual IP is not part of the model).
 */
import { FailureToleranceType, ProviderType } from '../../core/types';
import type { ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import { Manifest } from '../../core/manifest';
import { ObjectRef, MachineSettings, refTo, renderMachineTemplates } from './infrastructure';
import { clusterName } from './names';
import { API_SERVER_PORT } from '../../core/endpoints';

/** The control-plane provider's group, version and kind (not among the imported L1s). */
export const KUBEADM_CONTROL_PLANE = { apiVersion: 'controlplane.cluster.x-k8s.io/v1beta2', kind: 'KubeadmControlPlane' } as const;
/** Port of the API servers on the control-plane machines. */
export const KUBEADM_API_SERVER_PORT = API_SERVER_PORT;
/** Root disk of control-plane machines whose machine type has no disk of its own, in GiB. */
export const CONTROL_PLANE_DISK_GIB = 50;

/** Health of the KubeadmControlPlane: available (enough healthy members). */
export const KUBEADM_CONTROL_PLANE_HEALTH = {
  ...KUBEADM_CONTROL_PLANE,
  current: "has(status.conditions) && status.conditions.exists(c, c.type == 'Available' && c.status == 'True')",
};

/** Control-plane machines for a failure tolerance: stacked etcd wants an odd number. */
export function kubeadmControlPlaneReplicas(tolerance: FailureToleranceType): number {
  return tolerance === FailureToleranceType.NONE ? 1 : 3;
}

/** The API endpoint name of a shoot whose control plane runs on machines. */
export function kubeadmEndpointHost(seed: ResolvedSeed, shoot: ResolvedShoot): string {
  return shoot.dnsDomain ? `api.${shoot.dnsDomain}` : shoot.apiServer.seedHost;
}

/** The KubeadmControlPlane and its machine template(s). */
export function renderKubeadmControlPlane(seed: ResolvedSeed, shoot: ResolvedShoot, labels: Record<string, string>, annotations: Record<string, string>): Manifest[] {
  // Decided in resolve/ (with the expiry check): the first pool's image, the smallest fitting type.
  const cp = shoot.controlPlaneMachine!;
  const machine: MachineSettings = {
    machineType: cp.machineType,
    image: cp.image,
    architecture: cp.architecture,
    imageReference: cp.imageReference,
    volume: cp.machineType.storageGiB === undefined ? { sizeGiB: CONTROL_PLANE_DISK_GIB } : undefined,
  };
  const zones = shoot.cloudProfile.props.regions.find((r) => r.name === shoot.region)?.zones.map((z) => z.name) ?? [];
  // On vSphere every zone gets a template; control-plane machines use the first zone's.
  const templates = renderMachineTemplates(shoot, `${shoot.name}-control-plane`, zones.slice(0, 1), machine, labels, seed.stack);
  const infrastructure: ObjectRef = refTo(templates[0].template);
  const cloudProvider = [{ name: 'cloud-provider', value: 'external' }];
  const host = kubeadmEndpointHost(seed, shoot);
  const controlPlane: Manifest = {
    ...KUBEADM_CONTROL_PLANE,
    metadata: { name: clusterName(shoot), namespace: shoot.technicalId, labels, annotations },
    spec: {
      replicas: kubeadmControlPlaneReplicas(shoot.failureTolerance),
      version: `v${shoot.kubernetesVersion}`,
      machineTemplate: { spec: { infrastructureRef: infrastructure } },
      kubeadmConfigSpec: {
        format: 'cloud-config',
        clusterConfiguration: {
          // The endpoint, and every name clients and static workers use (static workers join
          // `api.<technical id>.<ingress domain>`: lib/render/terraform/cloud-init.ts).
          apiServer: { certSANs: [...new Set([host, ...shoot.apiServer.certSANs])] },
          controllerManager: { extraArgs: cloudProvider },
        },
        initConfiguration: { nodeRegistration: { kubeletExtraArgs: cloudProvider } },
        joinConfiguration: { nodeRegistration: { kubeletExtraArgs: cloudProvider } },
      },
    },
  };
  return [...templates.map((t) => t.template), controlPlane];
}

/** The fixed endpoint of the infrastructure cluster, where the provider cannot create one. */
export function kubeadmControlPlaneEndpoint(seed: ResolvedSeed, shoot: ResolvedShoot): { host: string; port: number } | undefined {
  return shoot.provider === ProviderType.VSPHERE ? { host: kubeadmEndpointHost(seed, shoot), port: KUBEADM_API_SERVER_PORT } : undefined;
}
