/**
 * k0smotron backend: the shoot's control plane is a k0s controller StatefulSet in its namespace
 * on the seed, described by a `k0smotron.io` `Cluster` — or, when the shoot has Cluster API
 * worker pools, by a `K0smotronControlPlane` (k0smotron's Cluster API provider, which creates
 * that `Cluster`). Both carry the same spec.
 *
 * State lives in an etcd StatefulSet k0smotron runs next to the controllers, or — when the shoot
 * is pinned to a SQL or NATS DataStore of its seed — in that store through kine. The kine
 * connection string carries credentials, so it is read from the Secret `<shoot>-kine` in the
 * shoot's namespace (provided out of band), never rendered.
 */
import { FLUX_PRUNE_DISABLED, shootLabels } from '../../core/labels';
import { DataStoreDriver, FailureToleranceType, ShootPurpose } from '../../core/types';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import { Cluster as K0smotronCluster } from '../../imports/k0smotron.io';
import { K0smotronControlPlane } from '../../imports/controlplane.cluster.x-k8s.io';
import { Manifest } from '../../core/manifest';
import { API_SERVER_PORT, dnsRecordAnnotations, spreadWhenUnsatisfiable } from '../../core/endpoints';
import { ControlPlanePods } from '../../core/isolation';

/** Namespace the k0smotron operator runs in. */
export const K0SMOTRON_NAMESPACE = 'k0smotron';
/** Port of k0s's own API, which nodes use to join. */
export const K0S_API_PORT = 9443;
/** Konnectivity port for Services that are not NodePorts (the API server uses API_SERVER_PORT). */
export const KONNECTIVITY_PORT = 8132;
/** NodePorts (k0smotron's defaults, inside the NodePort range). */
export const NODE_PORT_API_SERVER = 30443;
export const NODE_PORT_KONNECTIVITY = 30132;
/** Cluster domain of every shoot. */
export const CLUSTER_DOMAIN = 'cluster.local';

/** Labels k0smotron puts on the controller pods of a cluster. */
export function k0smotronPodLabels(shoot: ResolvedShoot): Record<string, string> {
  return { app: 'k0smotron', cluster: shoot.name, component: 'cluster' };
}

/** The Secret k0smotron writes the admin kubeconfig of a shoot to (the name Cluster API expects too). */
export function k0smotronKubeconfigSecret(shoot: ResolvedShoot): { name: string; key: string } {
  return { name: `${shoot.name}-kubeconfig`, key: 'value' };
}

/** The Secret holding the kine connection string of a shoot on a SQL or NATS DataStore. */
export function kineSecretName(shoot: ResolvedShoot): string {
  return `${shoot.name}-kine`;
}

/** The k0s image tag of a Kubernetes version. */
export function k0smotronVersion(kubernetesVersion: string): string {
  return `v${kubernetesVersion}-k0s.0`;
}

/** Controller replicas for a failure tolerance. */
export function k0smotronReplicas(tolerance: FailureToleranceType): number {
  switch (tolerance) {
    case FailureToleranceType.ZONE: return 3;
    case FailureToleranceType.NODE: return 2;
    default: return 1;
  }
}

/** Ports the shoot's API server and konnectivity are served on, for a service type. */
export function servicePorts(serviceType: string): { apiPort: number; konnectivityPort: number } {
  return serviceType === 'NodePort'
    ? { apiPort: NODE_PORT_API_SERVER, konnectivityPort: NODE_PORT_KONNECTIVITY }
    : { apiPort: API_SERVER_PORT, konnectivityPort: KONNECTIVITY_PORT };
}

/** Size of the etcd volume by purpose. */
export function etcdVolumeSize(purpose: ShootPurpose): string {
  return purpose === ShootPurpose.PRODUCTION || purpose === ShootPurpose.INFRASTRUCTURE ? '8Gi' : '2Gi';
}

/** Requests of the k0s controller container (API server, controller manager, scheduler and konnectivity in one) by purpose. */
export function controllerRequests(purpose: ShootPurpose): { cpu: string; memory: string } {
  switch (purpose) {
    case ShootPurpose.PRODUCTION:
    case ShootPurpose.INFRASTRUCTURE:
      return { cpu: '800m', memory: '1792Mi' };
    case ShootPurpose.DEVELOPMENT:
      return { cpu: '400m', memory: '896Mi' };
    default:
      return { cpu: '175m', memory: '448Mi' };
  }
}

/** The storage of a shoot's control plane: kine on a pinned SQL/NATS DataStore, else k0smotron's etcd. */
function storageOf(seed: ResolvedSeed, shoot: ResolvedShoot): Record<string, unknown> {
  const store = shoot.dataStore ? seed.dataStores.find((d) => d.name === shoot.dataStore) : undefined;
  if (store && store.driver !== DataStoreDriver.ETCD) {
    return { type: 'kine', kine: { dataSourceSecretName: kineSecretName(shoot) } };
  }
  return { type: 'etcd', etcd: { autoDeletePVCs: false, persistence: { size: etcdVolumeSize(shoot.purpose) } } };
}

/** The spec shared by the k0smotron `Cluster` and the `K0smotronControlPlane` of a shoot. */
export function k0smotronSpec(_fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): Record<string, unknown> {
  const replicas = k0smotronReplicas(shoot.failureTolerance);
  const serviceType = seed.controlPlane.serviceType as string;
  const certSANs = shoot.apiServer.certSANs;
  const cilium = shoot.networking.type === 'cilium';
  const overZones = shoot.failureTolerance === FailureToleranceType.ZONE;
  const dns = dnsRecordAnnotations(seed.dns.provider, shoot.apiServer.dnsNames);
  return {
    version: k0smotronVersion(shoot.kubernetesVersion),
    replicas,
    service: { type: serviceType, ...servicePorts(serviceType) },
    persistence: { type: 'emptyDir' },
    storage: storageOf(seed, shoot),
    resources: { requests: controllerRequests(shoot.purpose) },
    topologySpreadConstraints: replicas > 1 ? [{
      maxSkew: 1,
      topologyKey: overZones ? 'topology.kubernetes.io/zone' : 'kubernetes.io/hostname',
      whenUnsatisfiable: spreadWhenUnsatisfiable(overZones, seed.zoneLabels),
      labelSelector: { matchLabels: k0smotronPodLabels(shoot) },
    }] : undefined,
    // v1beta2 has no service annotations; k0smotron puts these (with the Cluster's own annotations)
    // on the API server Service (controller-contracts.md §7: k0smotroncluster_service.go,
    // util.AnnotationsForK0smotronCluster). In the spec, so the K0smotronControlPlane path carries
    // them too; they also land on the kubeconfig Secret, which external-dns does not read.
    kubeconfigSecretMetadata: Object.keys(dns).length > 0 ? { annotations: dns } : undefined,
    k0sConfig: {
      apiVersion: 'k0s.k0sproject.io/v1beta1',
      kind: 'ClusterConfig',
      metadata: { name: 'k0s' },
      spec: {
        api: { k0sApiPort: K0S_API_PORT, sans: certSANs },
        network: {
          // Cilium comes as an addon; k0s then installs no CNI and no kube-proxy.
          provider: cilium ? 'custom' : 'calico',
          podCIDR: shoot.networking.pods,
          serviceCIDR: shoot.networking.services,
          clusterDomain: CLUSTER_DOMAIN,
          kubeProxy: cilium ? { disabled: true } : undefined,
        },
        telemetry: { enabled: false },
      },
    },
  };
}

/** Health of the k0smotron `Cluster`: all controller replicas ready. */
export const K0SMOTRON_CLUSTER_HEALTH = {
  apiVersion: K0smotronCluster.GVK.apiVersion,
  kind: K0smotronCluster.GVK.kind,
  current: 'has(status.readyReplicas) && status.readyReplicas == spec.replicas',
};

/** Health of the `K0smotronControlPlane`: the provider reports the control plane initialized. */
export const K0SMOTRON_CONTROL_PLANE_HEALTH = {
  apiVersion: K0smotronControlPlane.GVK.apiVersion,
  kind: K0smotronControlPlane.GVK.kind,
  current: 'has(status.initialization) && has(status.initialization.controlPlaneInitialized) && status.initialization.controlPlaneInitialized',
};

/** The k0smotron `Cluster` of a shoot (without Cluster API), or its `K0smotronControlPlane` (with). */
export function renderK0smotronControlPlaneObject(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot, viaClusterApi: boolean): Manifest {
  const gvk = viaClusterApi ? K0smotronControlPlane.GVK : K0smotronCluster.GVK;
  return {
    ...gvk,
    metadata: {
      name: shoot.name,
      namespace: shoot.technicalId,
      labels: shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose),
      annotations: { ...FLUX_PRUNE_DISABLED },
    },
    spec: k0smotronSpec(fleet, seed, shoot),
  };
}

/**
 * How k0smotron's control-plane pods are found and reached (for the tenant isolation): API
 * server, konnectivity and k0s's join API open to nodes and clients; the operator may reach in.
 */
export function k0smotronPods(seed: ResolvedSeed, shoot: ResolvedShoot): ControlPlanePods {
  const ports = servicePorts(seed.controlPlane.serviceType as string);
  return {
    podLabels: k0smotronPodLabels(shoot),
    ports: [ports.apiPort, ports.konnectivityPort, K0S_API_PORT],
    controllerNamespace: K0SMOTRON_NAMESPACE,
    controllerPolicyName: 'allow-from-k0smotron',
    replicas: k0smotronReplicas(shoot.failureTolerance),
  };
}
