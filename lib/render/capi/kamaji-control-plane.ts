/**
 * Kamaji through Cluster API: a `KamajiControlPlane` that Kamaji's Cluster API provider turns
 * into the shoot's TenantControlPlane.
 *
 * A Kamaji shoot with Cluster API worker pools cannot keep a TenantControlPlane of its own in
 * Git: Cluster API needs a control-plane object it understands, and the provider owns (creates
 * and rewrites) the TenantControlPlane behind it. So such a shoot renders a KamajiControlPlane
 * (and the `Cluster` referencing it) instead; a shoot without Cluster API pools keeps today's
 * TenantControlPlane.
 *
 * Both paths must give the same control plane. The KamajiControlPlane is therefore derived from
 * the very TenantControlPlane the Kamaji renderer produces: every setting is copied from it, and
 * the few the provider takes from the `Cluster` (API port, pod and service ranges, cluster
 * domain) are returned for the Cluster. The KamajiControlPlane is named after the shoot, so the
 * TenantControlPlane the provider creates keeps the shoot's name, and with it the name of the
 * admin kubeconfig Secret and of the Service.
 */
import { Manifest } from '../../core/manifest';
import { KamajiControlPlane } from '../../imports/controlplane.cluster.x-k8s.io';

/** The network settings the provider copies from the `Cluster` into the TenantControlPlane. */
export interface ClusterNetworkSettings {
  readonly apiServerPort: number;
  readonly pods: string;
  readonly services: string;
}

/** Health of a KamajiControlPlane: the provider reports it ready once the TenantControlPlane is. */
export const KAMAJI_CONTROL_PLANE_HEALTH = {
  apiVersion: KamajiControlPlane.GVK.apiVersion,
  kind: KamajiControlPlane.GVK.kind,
  current: 'has(status.ready) && status.ready',
};

/** The KamajiControlPlane that produces `tcp`, and what the `Cluster` must say for it. */
export function kamajiControlPlaneFromTenant(tcp: Manifest): { controlPlane: Manifest; network: ClusterNetworkSettings } {
  const spec = tcp.spec;
  const deployment = spec.controlPlane.deployment;
  const service = spec.controlPlane.service;
  const profile = spec.networkProfile;
  const controlPlane: Manifest = {
    ...KamajiControlPlane.GVK,
    metadata: {
      name: tcp.metadata.name,
      namespace: tcp.metadata.namespace,
      // The provider copies these onto the TenantControlPlane.
      labels: tcp.metadata.labels,
      annotations: tcp.metadata.annotations,
    },
    spec: {
      version: spec.kubernetes.version,
      replicas: deployment.replicas,
      dataStoreName: spec.dataStore,
      // Passed through to the TenantControlPlane by the provider (controller-contracts.md §3).
      dataStoreSchema: spec.dataStoreSchema,
      dataStoreUsername: spec.dataStoreUsername,
      admissionControllers: spec.kubernetes.admissionControllers,
      kubelet: spec.kubernetes.kubelet,
      apiServer: { resources: deployment.resources?.apiServer },
      controllerManager: { resources: deployment.resources?.controllerManager },
      scheduler: { resources: deployment.resources?.scheduler },
      deployment: {
        topologySpreadConstraints: deployment.topologySpreadConstraints,
        additionalMetadata: deployment.additionalMetadata,
        podAdditionalMetadata: deployment.podAdditionalMetadata,
      },
      network: {
        serviceType: service.serviceType,
        serviceLabels: service.additionalMetadata?.labels,
        serviceAnnotations: service.additionalMetadata?.annotations,
        certSANs: profile.certSANs,
        dnsServiceIPs: profile.dnsServiceIPs,
        loadBalancerConfig: profile.loadBalancerClass ? { loadBalancerClass: profile.loadBalancerClass } : undefined,
      },
      addons: {
        // With a coreDNS addon the provider takes the DNS service IPs from here, not from `network`.
        coreDNS: spec.addons.coreDNS ? { ...spec.addons.coreDNS, dnsServiceIPs: profile.dnsServiceIPs } : undefined,
        kubeProxy: spec.addons.kubeProxy,
        konnectivity: spec.addons.konnectivity,
      },
    },
  };
  return { controlPlane, network: { apiServerPort: profile.port, pods: profile.podCidr, services: profile.serviceCidr } };
}
