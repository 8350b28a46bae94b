import { Construct } from 'constructs';
import { checkConstructId } from './ids';
import { ExpirableVersion } from '../core/versions';
import { Architecture, CriName, MachineImageBootstrap, MachineImageUserDataFormat, ProviderType } from '../core/types';
import { hasMarker, mark, markerOf } from './marker';

const CLOUD_PROFILE_MARKER = markerOf('CloudProfile');

/** A Kubernetes version offered by a CloudProfile. */
export interface KubernetesVersion extends ExpirableVersion {}

/** One version of a machine image. */
export interface MachineImageVersion extends ExpirableVersion {
  /**
   * Container runtimes the image supports.
   * @default [CriName.CONTAINERD]
   */
  readonly cri?: CriName[];
  /**
   * CPU architectures the image is built for.
   * @default [Architecture.AMD64]
   */
  readonly architectures?: Architecture[];
  /**
   * A semver range the shoot's Kubernetes version must satisfy to use this image version (`>= 1.30`).
   * @default - any Kubernetes version
   */
  readonly kubeletVersionConstraint?: string;
}

/** A machine image with its versions. */
export interface MachineImage {
  /** Image name, such as `gardenlinux` or `ubuntu`. */
  readonly name: string;
  /** The versions offered. */
  readonly versions: MachineImageVersion[];
  /**
   * What the image carries to become a node. A pool bootstrapped with kubeadm (Cluster API pools
   * and static machines of the kamaji and cluster-api backends) needs `KUBEADM`; `GARDENER` images
   * are refused there.
   * @default - not declared (such pools get a warning)
   */
  readonly bootstrap?: MachineImageBootstrap;
  /**
   * The first-boot configuration the image reads: static machines get their join configuration
   * in this format, and Cluster API pools a KubeadmConfigTemplate of the same format.
   * @default - MachineImageUserDataFormat.IGNITION for an image named `flatcar`, else MachineImageUserDataFormat.CLOUD_CONFIG
   */
  readonly userDataFormat?: MachineImageUserDataFormat;
}

/** A machine type (flavor, VM size) offered by a CloudProfile. */
export interface MachineType {
  /** Name of the type, as the infrastructure knows it (`m1.large`). */
  readonly name: string;
  /** Virtual CPUs. */
  readonly cpu: number;
  /** Memory in GiB. */
  readonly memoryGiB: number;
  /**
   * GPUs.
   * @default 0
   */
  readonly gpu?: number;
  /**
   * CPU architecture.
   * @default Architecture.AMD64
   */
  readonly architecture?: Architecture;
  /**
   * Whether new worker pools may use it.
   * @default true
   */
  readonly usable?: boolean;
  /**
   * Size of the root disk that comes with the type, in GiB (no separate volume needed).
   * @default - none; worker pools need a volume
   */
  readonly storageGiB?: number;
}

/** A volume type offered by a CloudProfile. */
export interface VolumeType {
  /** Name of the type (`standard`, `ssd`). */
  readonly name: string;
  /** Storage class (`standard`, `premium`). */
  readonly class: string;
  /**
   * Whether new worker pools may use it.
   * @default true
   */
  readonly usable?: boolean;
  /**
   * Smallest volume of this type, in GiB.
   * @default - no minimum
   */
  readonly minSizeGiB?: number;
}

/** An availability zone of a region. */
export interface Zone {
  /** Zone name as the infrastructure knows it. */
  readonly name: string;
  /**
   * Machine types that cannot be placed in this zone.
   * @default - all machine types are available
   */
  readonly unavailableMachineTypes?: string[];
  /**
   * Volume types that cannot be placed in this zone.
   * @default - all volume types are available
   */
  readonly unavailableVolumeTypes?: string[];
}

/** A region with its zones. */
export interface Region {
  /** Region name. */
  readonly name: string;
  /** Zones of the region. */
  readonly zones: Zone[];
  /**
   * Labels of the region, usable in seed selection.
   * @default - none
   */
  readonly labels?: Record<string, string>;
}

/** Limits a CloudProfile places on shoots. */
export interface CloudProfileLimits {
  /**
   * Largest number of worker nodes one shoot may have (sum over pools).
   * @default - unlimited
   */
  readonly maxNodesTotal?: number;
}

/** Keystone endpoint of one OpenStack region. */
export interface OpenStackKeystoneUrl {
  /** Name of the region. */
  readonly region: string;
  /** Keystone URL (`https://keystone.example.com:5000/v3`). */
  readonly url: string;
}

/** An external network providing floating IPs and router gateways. */
export interface OpenStackFloatingPool {
  /** Name of the external network. */
  readonly name: string;
  /**
   * Region the pool belongs to.
   * @default - every region
   */
  readonly region?: string;
  /**
   * ID of the external network, when known (router gateways need it).
   * @default - looked up by name at apply time
   */
  readonly networkId?: string;
}

/** An Octavia load-balancer provider available in a region. */
export interface OpenStackLoadBalancerProvider {
  /** Provider name (`amphora`, `ovn`). */
  readonly name: string;
  /**
   * Region the provider is available in.
   * @default - every region
   */
  readonly region?: string;
}

/** Where one machine image version lives in OpenStack (Glance). */
export interface OpenStackImageMapping {
  /** Machine image name from the CloudProfile. */
  readonly name: string;
  /** Machine image version from the CloudProfile. */
  readonly version: string;
  /** Glance image name. */
  readonly image: string;
  /**
   * Glance image ID of this build (a UUID). The gardener backend's CloudProfile maps builds other
   * than amd64 by ID per region (as provider-openstack reads them), so they need one; once a version
   * has an ID, every architecture of it needs one in every region.
   * @default - none: the build is known by name only
   */
  readonly imageId?: string;
  /**
   * Region the mapping applies to.
   * @default - every region
   */
  readonly region?: string;
  /**
   * Architecture of this build of the image.
   * @default Architecture.AMD64
   */
  readonly architecture?: Architecture;
}

/** OpenStack settings of a CloudProfile, what renderers need to build infrastructure. */
export interface OpenStackCloudProfileConfig {
  /** Keystone URL of each region. */
  readonly keystoneUrls: OpenStackKeystoneUrl[];
  /** External networks for router gateways and floating IPs. */
  readonly floatingPools: OpenStackFloatingPool[];
  /** Glance image per machine image version (and region). */
  readonly machineImages: OpenStackImageMapping[];
  /**
   * Load-balancer providers.
   * @default - one provider named `amphora`
   */
  readonly loadBalancerProviders?: OpenStackLoadBalancerProvider[];
  /**
   * DNS servers for shoot subnets.
   * @default - none; the subnet uses the infrastructure's defaults
   */
  readonly dnsServers?: string[];
}

/** vSphere placement of one zone. */
export interface VSphereZoneConfig {
  /** Zone name from the region. */
  readonly name: string;
  /** Compute cluster VMs of this zone run on. */
  readonly computeCluster: string;
  /**
   * Datastore of this zone.
   * @default - the region's datastore
   */
  readonly datastore?: string;
  /**
   * Resource pool shoots are nested under in this zone.
   * @default - the region's resource pool
   */
  readonly resourcePool?: string;
}

/** vSphere settings of one region (one vCenter datacenter). */
export interface VSphereRegionConfig {
  /** Region name from the CloudProfile. */
  readonly name: string;
  /** vCenter host name. */
  readonly vcenter: string;
  /**
   * Fingerprint of vCenter's TLS certificate (SHA-1, or SHA-256, as colon-separated hex): CAPV
   * (`VSphereCluster`/`VSphereMachineTemplate` `thumbprint`), the vSphere CPI and the CSI driver
   * pin it. Without it they connect to vCenter without verifying its certificate (the
   * CAPV session does so only when no thumbprint is set; CPI/CSI with `insecureFlag`).
   * @default - none: certificates not verified (a warning)
   */
  readonly thumbprint?: string;
  /**
   * PEM certificates of the CA(s) that issued vCenter's certificate, for a vCenter whose certificate
   * an internal CA signed. Public data, kept in the fleet like the thumbprint (a CA certificate is
   * sent in every TLS handshake and holds no secret): rendered into the vSphere CPI and CSI driver
   * (`caFile`/`ca-file`, the certificates delivered with the release). CAPV (v1.16) verifies only a
   * thumbprint, so set both where CAPV runs. Certificates only: a private key is refused.
   * @default - none: the consumers use the thumbprint, or the system's CAs
   */
  readonly caBundle?: string;
  /** Datacenter in vCenter. */
  readonly datacenter: string;
  /**
   * Datastore for VM disks. One of `datastore` and `storagePolicy` is required.
   * @default - none
   */
  readonly datastore?: string;
  /**
   * Storage policy for VM disks.
   * @default - none
   */
  readonly storagePolicy?: string;
  /** Network (port group) worker VMs attach to. */
  readonly network: string;
  /** VM folder shoot folders are created in. */
  readonly folder: string;
  /**
   * Resource pool shoot resource pools are nested under.
   * @default - the compute cluster's root resource pool
   */
  readonly resourcePool?: string;
  /** Placement of each zone. */
  readonly zones: VSphereZoneConfig[];
}

/** Where one machine image version lives in vSphere (a VM template). */
export interface VSphereImageMapping {
  /** Machine image name from the CloudProfile. */
  readonly name: string;
  /** Machine image version from the CloudProfile. */
  readonly version: string;
  /** Path of the VM template (`templates/gardenlinux-1592.1`). */
  readonly template: string;
  /**
   * vSphere guest id of the template.
   * @default 'otherLinux64Guest'
   */
  readonly guestId?: string;
  /**
   * Architecture of this template.
   * @default Architecture.AMD64
   */
  readonly architecture?: Architecture;
}

/** vSphere settings of a CloudProfile. */
export interface VSphereCloudProfileConfig {
  /** Per region placement. */
  readonly regions: VSphereRegionConfig[];
  /** VM template per machine image version. */
  readonly machineImages: VSphereImageMapping[];
  /**
   * DNS servers for worker VMs.
   * @default - none
   */
  readonly dnsServers?: string[];
}

/** Properties of a {@link CloudProfile}. */
export interface CloudProfileProps {
  /**
   * Name of the CloudProfile.
   * @default - the construct id
   */
  readonly name?: string;
  /** Infrastructure type. */
  readonly type: ProviderType;
  /** Kubernetes versions offered. */
  readonly kubernetesVersions: KubernetesVersion[];
  /** Machine images offered. */
  readonly machineImages: MachineImage[];
  /** Machine types offered. */
  readonly machineTypes: MachineType[];
  /**
   * Volume types offered.
   * @default - none
   */
  readonly volumeTypes?: VolumeType[];
  /** Regions with their zones. */
  readonly regions: Region[];
  /**
   * Limits for shoots.
   * @default - none
   */
  readonly limits?: CloudProfileLimits;
  /**
   * OpenStack settings; required when `type` is OpenStack.
   * @default - none
   */
  readonly openstack?: OpenStackCloudProfileConfig;
  /**
   * vSphere settings; required when `type` is vSphere.
   * @default - none
   */
  readonly vsphere?: VSphereCloudProfileConfig;
}

/**
 * The catalogue of one infrastructure: Kubernetes versions, machine images, machine and volume
 * types, regions and zones, and the provider settings the renderers need.
 */
export class CloudProfile extends Construct {
  /** Returns true when `x` is a CloudProfile (also one made by another copy of seedbed). */
  public static isCloudProfile(x: unknown): x is CloudProfile {
    return hasMarker(x, CLOUD_PROFILE_MARKER);
  }

  /** Name of the CloudProfile. */
  public readonly name: string;
  /** Infrastructure type. */
  public readonly type: ProviderType;
  /** The properties as given. */
  public readonly props: CloudProfileProps;

  /** Adds a CloudProfile to the garden (or another scope); `id` is its name. */
  constructor(scope: Construct, id: string, props: CloudProfileProps) {
    checkConstructId(scope, id, 'CloudProfile');
    super(scope, id);
    mark(this, CLOUD_PROFILE_MARKER);
    this.props = props;
    this.name = props?.name ?? id;
    this.type = props?.type;
  }

  /** The region of that name, if offered. */
  public region(name: string): Region | undefined {
    return this.props.regions.find((r) => r.name === name);
  }

  /** The machine type of that name, if offered. */
  public machineType(name: string): MachineType | undefined {
    return this.props.machineTypes.find((m) => m.name === name);
  }

  /** The volume type of that name, if offered. */
  public volumeType(name: string): VolumeType | undefined {
    return (this.props.volumeTypes ?? []).find((v) => v.name === name);
  }

  /** The machine image of that name, if offered. */
  public machineImage(name: string): MachineImage | undefined {
    return this.props.machineImages.find((m) => m.name === name);
  }
}
