/**
 * Kamaji backend: a TenantControlPlane per shoot in its namespace on the seed, the seed's pooled
 * DataStores, tenant isolation and disruption budgets.
 */
import { nthAddress, parseCidr } from '../../core/cidr';
import { FLUX_PRUNE_DISABLED, LABELS, MANAGED_BY, shootLabels } from '../../core/labels';
import { FailureToleranceType, ShootPurpose } from '../../core/types';
import { ResolvedDataStore, ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import {
  DataStore, DataStoreSpecDriver, TenantControlPlane, TenantControlPlaneSpecControlPlaneDeploymentResourcesApiServerRequests as Quantity,
  TenantControlPlaneSpecAddonsKonnectivityAgentMode, TenantControlPlaneSpecControlPlaneServiceServiceType,
  TenantControlPlaneSpecKubernetesAdmissionControllers, TenantControlPlaneSpecKubernetesKubeletCgroupfs,
} from '../../imports/kamaji.clastix.io';
import { API_SERVER_PORT, dnsRecordAnnotations, spreadWhenUnsatisfiable } from '../../core/endpoints';
import { ControlPlanePods } from '../../core/isolation';
import { Manifest } from '../../core/manifest';

/** Port of the konnectivity server. */
export const KONNECTIVITY_PORT = 8132;
/** Namespace the Kamaji controller runs in. */
export const KAMAJI_NAMESPACE = 'kamaji-system';
/** Label Kamaji puts on the control-plane pods of a TenantControlPlane. */
export const KAMAJI_NAME_LABEL = 'kamaji.clastix.io/name';

const AC = TenantControlPlaneSpecKubernetesAdmissionControllers;
/** Admission plugins enabled on every hosted API server: Kamaji's defaults plus NodeRestriction. */
export const ADMISSION_CONTROLLERS: TenantControlPlaneSpecKubernetesAdmissionControllers[] = [
  AC.CERTIFICATE_APPROVAL, AC.CERTIFICATE_SIGNING, AC.CERTIFICATE_SUBJECT_RESTRICTION, AC.DEFAULT_INGRESS_CLASS, AC.DEFAULT_STORAGE_CLASS,
  AC.DEFAULT_TOLERATION_SECONDS, AC.LIMIT_RANGER, AC.MUTATING_ADMISSION_WEBHOOK, AC.NAMESPACE_LIFECYCLE, AC.NODE_RESTRICTION,
  AC.PERSISTENT_VOLUME_CLAIM_RESIZE, AC.PRIORITY, AC.RESOURCE_QUOTA, AC.RUNTIME_CLASS, AC.SERVICE_ACCOUNT, AC.STORAGE_OBJECT_IN_USE_PROTECTION,
  AC.TAINT_NODES_BY_CONDITION, AC.VALIDATING_ADMISSION_WEBHOOK,
];

/** Name of the Secret Kamaji writes the admin kubeconfig of a TenantControlPlane to. */
export function adminKubeconfigSecret(shoot: ResolvedShoot): { name: string; key: string } {
  return { name: `${shoot.name}-admin-kubeconfig`, key: 'admin.svc' };
}

/** Replicas of the control plane for a failure tolerance. */
export function controlPlaneReplicas(tolerance: FailureToleranceType): number {
  switch (tolerance) {
    case FailureToleranceType.ZONE: return 3;
    case FailureToleranceType.NODE: return 2;
    default: return 1;
  }
}

interface Sizing { apiServer: [string, string]; controllerManager: [string, string]; scheduler: [string, string] }

/** Resource requests (cpu, memory) of the control-plane components by purpose. */
export function sizingFor(purpose: ShootPurpose): Sizing {
  switch (purpose) {
    case ShootPurpose.PRODUCTION:
    case ShootPurpose.INFRASTRUCTURE:
      return { apiServer: ['500m', '1Gi'], controllerManager: ['200m', '512Mi'], scheduler: ['100m', '256Mi'] };
    case ShootPurpose.DEVELOPMENT:
      return { apiServer: ['250m', '512Mi'], controllerManager: ['100m', '256Mi'], scheduler: ['50m', '128Mi'] };
    default:
      return { apiServer: ['100m', '256Mi'], controllerManager: ['50m', '128Mi'], scheduler: ['25m', '64Mi'] };
  }
}

const requests = ([cpu, memory]: [string, string]) => ({ requests: { cpu: Quantity.fromString(cpu), memory: Quantity.fromString(memory) } });

/** The TenantControlPlane of a shoot. */
export function renderTenantControlPlane(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): Manifest {
  const replicas = controlPlaneReplicas(shoot.failureTolerance);
  const sizing = sizingFor(shoot.purpose);
  const services = parseCidr(shoot.networking.services);
  const serviceType = seed.controlPlane.serviceType as string as TenantControlPlaneSpecControlPlaneServiceServiceType;
  const isLoadBalancer = serviceType === TenantControlPlaneSpecControlPlaneServiceServiceType.LOAD_BALANCER;
  const certSANs = shoot.apiServer.certSANs;
  const labels = shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose);
  const overZones = shoot.failureTolerance === FailureToleranceType.ZONE;
  const spread = replicas > 1 ? [{
    maxSkew: 1,
    topologyKey: overZones ? 'topology.kubernetes.io/zone' : 'kubernetes.io/hostname',
    whenUnsatisfiable: spreadWhenUnsatisfiable(overZones, seed.zoneLabels),
    labelSelector: { matchLabels: { [KAMAJI_NAME_LABEL]: shoot.name } },
  }] : undefined;
  return TenantControlPlane.manifest({
    metadata: {
      name: shoot.name,
      namespace: shoot.technicalId,
      labels,
      annotations: { ...FLUX_PRUNE_DISABLED },
    },
    spec: {
      dataStore: shoot.dataStore,
      // Pinned in resolve/ (Kamaji would otherwise take the object's UID): the state survives a re-creation.
      dataStoreSchema: shoot.dataStoreSchema,
      dataStoreUsername: shoot.dataStoreUsername,
      controlPlane: {
        deployment: {
          replicas,
          topologySpreadConstraints: spread,
          resources: {
            apiServer: requests(sizing.apiServer),
            controllerManager: requests(sizing.controllerManager),
            scheduler: requests(sizing.scheduler),
          },
          additionalMetadata: { labels },
          podAdditionalMetadata: { labels },
        },
        service: {
          serviceType,
          // Merged onto the API server Service by Kamaji, so external-dns publishes every name
          // clients and nodes use (controller-contracts.md §2 "Service": k8s_service_resource.go).
          additionalMetadata: { labels, annotations: serviceAnnotations(seed, shoot) },
        },
      },
      kubernetes: {
        version: `v${shoot.kubernetesVersion}`,
        kubelet: { cgroupfs: TenantControlPlaneSpecKubernetesKubeletCgroupfs.SYSTEMD },
        admissionControllers: ADMISSION_CONTROLLERS,
      },
      networkProfile: {
        port: API_SERVER_PORT,
        certSaNs: certSANs,
        podCidr: shoot.networking.pods,
        serviceCidr: shoot.networking.services,
        dnsServiceIPs: services ? [nthAddress(services, 10)] : undefined,
        loadBalancerClass: isLoadBalancer ? seed.controlPlane.loadBalancerClass : undefined,
      },
      addons: {
        coreDns: {},
        kubeProxy: shoot.networking.type === 'cilium' ? undefined : {},
        konnectivity: {
          server: { port: KONNECTIVITY_PORT },
          agent: { mode: TenantControlPlaneSpecAddonsKonnectivityAgentMode.DAEMON_SET },
        },
      },
    },
  });
}

/** Annotations of the API server Service: the seed's, then the DNS records of the shoot's API server names. */
function serviceAnnotations(seed: ResolvedSeed, shoot: ResolvedShoot): Record<string, string> | undefined {
  const annotations = { ...(seed.controlPlane.serviceAnnotations ?? {}), ...dnsRecordAnnotations(seed.dns.provider, shoot.apiServer.dnsNames) };
  return Object.keys(annotations).length > 0 ? annotations : undefined;
}

/** How Kamaji's control-plane pods are found and reached (for the tenant isolation). */
export function kamajiPods(shoot: ResolvedShoot): ControlPlanePods {
  return {
    podLabels: { [KAMAJI_NAME_LABEL]: shoot.name },
    ports: [API_SERVER_PORT, KONNECTIVITY_PORT],
    controllerNamespace: KAMAJI_NAMESPACE,
    controllerPolicyName: 'allow-from-kamaji',
    replicas: controlPlaneReplicas(shoot.failureTolerance),
  };
}

/** A seed's pooled DataStore; never pruned. */
export function renderDataStore(fleet: ResolvedFleet, seed: ResolvedSeed, ds: ResolvedDataStore): Manifest {
  const ref = (r: { name: string; namespace?: string }, keyPath: string) => ({
    secretReference: { name: r.name, namespace: r.namespace ?? KAMAJI_NAMESPACE, keyPath },
  });
  return DataStore.manifest({
    metadata: {
      name: ds.name,
      labels: { [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name, [LABELS.seed]: seed.name },
      annotations: { ...FLUX_PRUNE_DISABLED },
    },
    spec: {
      driver: ds.driver as string as DataStoreSpecDriver,
      endpoints: ds.endpoints,
      tlsConfig: ds.tls ? {
        certificateAuthority: {
          certificate: ref(ds.tls.certificateAuthority, 'tls.crt'),
          privateKey: ds.driver === 'etcd' ? ref(ds.tls.certificateAuthority, 'tls.key') : undefined,
        },
        clientCertificate: ds.tls.clientCertificate ? {
          certificate: ref(ds.tls.clientCertificate, 'tls.crt'),
          privateKey: ref(ds.tls.clientCertificate, 'tls.key'),
        } : undefined,
      } : undefined,
      basicAuth: ds.basicAuth ? {
        username: ref(ds.basicAuth, 'username'),
        password: ref(ds.basicAuth, 'password'),
      } : undefined,
    },
  });
}
