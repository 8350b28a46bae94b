/**
 * The infrastructure side of Cluster API for a shoot: the infrastructure cluster (CAPO
 * `OpenStackCluster`, CAPV `VSphereCluster`) and the machine templates of its pools.
 *
 * Networks, routers, security groups, server groups, folders and resource pools are created by
 * the shoot's Terraform stack; Cluster API only uses them, referenced by the names in
 * lib/resolve/infrastructure.ts. Credentials are a Secret in the shoot's namespace named after the
 * shoot's credentials binding, shaped as lib/core/credentials.ts says (OpenStack: a `clouds.yaml`
 * with the cloud `openstack`; vSphere: `username` and `password`) — never rendered as a value.
 */
import { Architecture, ProviderType } from '../../core/types';
import type { MachineType, OpenStackReference, ResolvedShoot, VolumeType } from '../../resolve/model';
import {
  OpenStackCluster, OpenStackClusterSpecIdentityRefType, OpenStackMachineTemplate, VSphereCluster, VSphereClusterSpecIdentityRefKind,
  VSphereMachineTemplate, VSphereMachineTemplateSpecTemplateSpecCloneMode,
} from '../../imports/infrastructure.cluster.x-k8s.io';
import { Manifest } from '../../core/manifest';
import { clusterName, labelPart, withTemplateName } from './names';
import { ResolvedStack, atLeast } from '../../core/stack';

/**
 * Whether the seed's CAPO serves and stores `infrastructure.cluster.x-k8s.io/v1beta2` (v0.15 and
 * its pre-releases; kubernetes-sigs/cluster-api-provider-openstack v0.15.0-beta.0,
 * config/crd/bases/infrastructure.cluster.x-k8s.io_openstackclusters.yaml: v1beta2 is the storage version).
 * Before v0.15 only v1beta1 exists.
 */
export function capoServesV1beta2(stack: ResolvedStack): boolean {
  return atLeast(stack.versions.clusterApiProviderOpenStack, 'v0.15.0-0');
}

/**
 * An OpenStackMachineTemplate rendered as v1beta1, written as v1beta2: of the fields seedbed sets
 * only `flavor` changes, from a name to a flavor parameter (`{ filter: { name } }`), as CAPO's
 * conversion does (v0.15.0-beta.0, api/v1beta1/conversion.go:296-325; the type is `FlavorParam`
 * in api/v1beta2/openstackmachine_types.go:100-102). image, ports, securityGroups, rootVolume and
 * serverGroup keep their shape.
 */
export function openStackMachineTemplateV1beta2(v1beta1: Manifest): Manifest {
  const { flavor, flavorID, ...rest } = v1beta1.spec.template.spec;
  const param = flavorID !== undefined ? { id: flavorID } : flavor !== undefined ? { filter: { name: flavor } } : undefined;
  return {
    ...v1beta1,
    apiVersion: `${INFRASTRUCTURE_GROUP}/v1beta2`,
    spec: { ...v1beta1.spec, template: { ...v1beta1.spec.template, spec: { ...(param ? { flavor: param } : {}), ...rest } } },
  };
}

/**
 * An OpenStackCluster rendered as v1beta1 (the typed L1), written as CAPO v0.15's v1beta2: the
 * fields seedbed sets move the way CAPO's own conversion moves them
 * (kubernetes-sigs/cluster-api-provider-openstack v0.15.0-beta.0, api/v1beta1/conversion.go:391-430:
 * `disableExternalNetwork` → `enableExternalNetwork` negated, `disableAPIServerFloatingIP` →
 * `apiServer.enableFloatingIP` negated, `apiServerLoadBalancer` → `apiServer.managedLoadBalancer`;
 * the v1beta2 types in api/v1beta2/openstackcluster_types.go:103 and :162-194). The rest of the
 * spec (identityRef, network, subnets, router, externalNetwork, controlPlaneEndpoint) keeps its shape.
 */
export function openStackClusterV1beta2(v1beta1: Manifest): Manifest {
  // JSON names, as the L1 writes them.
  const { apiServerLoadBalancer, disableAPIServerFloatingIP, disableExternalNetwork, ...rest } = v1beta1.spec;
  const apiServer: Record<string, unknown> = {};
  if (disableAPIServerFloatingIP !== undefined) apiServer.enableFloatingIP = !disableAPIServerFloatingIP;
  if (apiServerLoadBalancer !== undefined) apiServer.managedLoadBalancer = apiServerLoadBalancer;
  return {
    ...v1beta1,
    apiVersion: `${INFRASTRUCTURE_GROUP}/v1beta2`,
    spec: {
      ...rest,
      ...(disableExternalNetwork !== undefined ? { enableExternalNetwork: !disableExternalNetwork } : {}),
      ...(Object.keys(apiServer).length > 0 ? { apiServer } : {}),
    },
  };
}

/** API group of the infrastructure providers. */
export const INFRASTRUCTURE_GROUP = 'infrastructure.cluster.x-k8s.io';
/** Cloud name in the `clouds.yaml` of the OpenStack credentials Secret (the credentials contract, core/credentials). */
export { OPENSTACK_CLOUD_NAME } from '../../core/credentials';
import { OPENSTACK_CLOUD_NAME } from '../../core/credentials';

/** A typed reference as Cluster API v1beta2 writes it. */
export interface ObjectRef {
  readonly apiGroup: string;
  readonly kind: string;
  readonly name: string;
}

/** Reference of an object to its group/kind/name. */
export function refTo(object: Manifest): ObjectRef {
  return { apiGroup: object.apiVersion.split('/')[0], kind: object.kind, name: object.metadata.name };
}

/** How the infrastructure cluster serves the API endpoint. */
export interface InfrastructureClusterOptions {
  /**
   * Whether the provider creates a load balancer for control-plane machines (the upstream
   * Cluster API backend). Hosted control planes bring their own endpoint, which their
   * provider writes into the infrastructure cluster.
   */
  readonly apiServerLoadBalancer: boolean;
  /** A fixed endpoint, for providers that cannot create one (vSphere with machine control planes). */
  readonly controlPlaneEndpoint?: { readonly host: string; readonly port: number };
  /** The seed's management stack: decides the apiVersion (and field names) of CAPO's objects. */
  readonly stack: ResolvedStack;
}

function filterOrId(ref: OpenStackReference): { id?: string; filter?: { name: string } } {
  return ref.id ? { id: ref.id } : { filter: { name: ref.name! } };
}

/** The infrastructure cluster of a shoot, named after the shoot. */
export function renderInfrastructureCluster(
  shoot: ResolvedShoot, labels: Record<string, string>, annotations: Record<string, string>, options: InfrastructureClusterOptions,
): Manifest {
  const metadata = { name: clusterName(shoot), namespace: shoot.technicalId, labels, annotations };
  if (shoot.provider === ProviderType.OPENSTACK) {
    const os = shoot.infrastructure.openstack!;
    const floatingPool = os.floatingPool;
    const lb = options.apiServerLoadBalancer;
    const cluster: Manifest = OpenStackCluster.manifest({
      metadata,
      spec: {
        identityRef: { cloudName: OPENSTACK_CLOUD_NAME, name: shoot.credentialsBinding, region: shoot.region, type: OpenStackClusterSpecIdentityRefType.SECRET },
        network: filterOrId(os.network),
        subnets: [{ filter: { name: os.subnet } }],
        router: filterOrId(os.router),
        // The stack owns the network and the security group; nothing is created or attached here
        // except, for machine control planes, the API load balancer with its floating IP.
        apiServerLoadBalancer: { enabled: lb, provider: lb ? shoot.openstack?.loadBalancerProvider : undefined },
        disableApiServerFloatingIp: !lb,
        disableExternalNetwork: lb ? undefined : true,
        externalNetwork: lb && floatingPool ? { filter: { name: floatingPool } } : undefined,
        controlPlaneEndpoint: options.controlPlaneEndpoint,
      },
    });
    return capoServesV1beta2(options.stack) ? openStackClusterV1beta2(cluster) : cluster;
  }
  const region = shoot.infrastructure.vsphere?.region;
  return VSphereCluster.manifest({
    metadata,
    spec: {
      server: region?.vcenter ?? '',
      thumbprint: region?.thumbprint,
      identityRef: { kind: VSphereClusterSpecIdentityRefKind.SECRET, name: shoot.credentialsBinding },
      controlPlaneEndpoint: options.controlPlaneEndpoint,
    },
  });
}

/** Machine settings shared by worker pools and machine control planes. */
export interface MachineSettings {
  readonly machineType: MachineType;
  readonly image: { readonly name: string; readonly version: string };
  readonly architecture: Architecture;
  /** The provider's reference for the image (Glance image or VM template), decided in resolve/. */
  readonly imageReference: string;
  readonly volume?: { readonly type?: VolumeType; readonly sizeGiB: number };
  /** OpenStack server group, by name. */
  readonly serverGroup?: string;
}

/** A rendered machine template and the zones it serves (all zones when the provider places by failure domain). */
export interface MachineTemplateRender {
  readonly template: Manifest;
  /** Zone the template places machines in; undefined when the machine's failure domain decides. */
  readonly zone?: string;
}

/**
 * The machine templates for a set of machines: on OpenStack one template (the zone comes from the
 * machine's failure domain); on vSphere one per zone, since a zone is a compute cluster with its
 * own resource pool and datastore. Each is named `<base>[-<zone>]-<hash of its spec>`.
 */
export function renderMachineTemplates(
  shoot: ResolvedShoot, base: string, zones: readonly string[], machine: MachineSettings, labels: Record<string, string>, stack: ResolvedStack,
): MachineTemplateRender[] {
  if (shoot.provider === ProviderType.OPENSTACK) {
    const os = shoot.infrastructure.openstack!;
    const template = OpenStackMachineTemplate.manifest({
      metadata: { name: base, namespace: shoot.technicalId, labels },
      spec: {
        template: {
          spec: {
            flavor: machine.machineType.name,
            image: { filter: { name: machine.imageReference } },
            ports: [{
              network: filterOrId(os.network),
              fixedIPs: [{ subnet: { filter: { name: os.subnet } } }],
            }],
            securityGroups: [{ filter: { name: os.securityGroup } }],
            rootVolume: machine.volume ? { sizeGiB: machine.volume.sizeGiB, type: machine.volume.type?.name } : undefined,
            serverGroup: machine.serverGroup ? { filter: { name: machine.serverGroup } } : undefined,
          },
        },
      },
    });
    // Named after the hash of the v1beta1 spec whichever apiVersion is rendered: the v1beta2 form
    // is the same object converted (CAPO stores one object, served in both versions), so the switch
    // keeps the name, the MachineDeployments keep their reference, and no machine rolls.
    const named = withTemplateName(base, template);
    return [{ template: capoServesV1beta2(stack) ? openStackMachineTemplateV1beta2(named) : named }];
  }
  const vs = shoot.infrastructure.vsphere;
  const region = vs?.region;
  const network = vs?.network;
  const dnsServers = shoot.cloudProfile.props.vsphere?.dnsServers;
  return zones.map((zoneName) => {
    const zone = region?.zones.find((z) => z.name === zoneName) ?? { name: zoneName, computeCluster: zoneName };
    const template = VSphereMachineTemplate.manifest({
      metadata: { name: base, namespace: shoot.technicalId, labels },
      spec: {
        template: {
          spec: {
            server: region?.vcenter,
            thumbprint: region?.thumbprint,
            datacenter: region?.datacenter,
            datastore: zone.datastore ?? region?.datastore,
            storagePolicyName: region?.storagePolicy,
            folder: vs?.folder,
            resourcePool: vs?.resourcePools[zoneName],
            template: machine.imageReference,
            cloneMode: VSphereMachineTemplateSpecTemplateSpecCloneMode.FULL_CLONE,
            numCpUs: machine.machineType.cpu,
            memoryMiB: Math.round(machine.machineType.memoryGiB * 1024),
            diskGiB: machine.volume?.sizeGiB ?? machine.machineType.storageGiB,
            network: { devices: [{ networkName: network ?? '', dhcp4: true, nameservers: dnsServers ? [...dnsServers] : undefined }] },
          },
        },
      },
    });
    return { zone: zoneName, template: withTemplateName(`${base}-${labelPart(zoneName)}`, template) };
  });
}
