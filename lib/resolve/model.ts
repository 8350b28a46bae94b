/**
 * The resolved fleet: plain data with every default applied, every seed scheduled, every
 * DataStore assigned. Renderers read only this. Decided once, here; never recomputed.
 */
import type { ResolvedStack } from '../core/stack';
import type { CloudProfileProps, MachineType, OpenStackFloatingPool, VolumeType, VSphereRegionConfig } from '../model/cloud-profile';

// The CloudProfile's plain-data types, for the renderers (which import resolve/'s types only).
export type { CloudProfileProps, MachineImage, MachineType, OpenStackFloatingPool, VolumeType, VSphereRegionConfig, VSphereZoneConfig } from '../model/cloud-profile';
export type { ServicePatch } from '../model/platform-service';
import {
  Architecture, ControlPlaneBackend, CriName, DataStoreDriver, FailureToleranceType, ProviderType, Provisioner,
  SecretReference, ShootPurpose, Taint, WorkerUpdateStrategy, PatchOperation,
} from '../core/types';
import type { SeedBackup, SeedControlPlaneSettings, SeedDnsProvider, SeedInternalDns, SeedNetworks, SeedTaint } from '../model/seed';
import { NetworkingType, ShootLifecycle } from '../core/types';
import type { HibernationSchedule, SeedSelector, ShootOpenStackSettings, ShootVSphereSettings, Toleration } from '../model/shoot';
import type { WorkerPoolOpenStackSettings, WorkerPoolVSphereSettings } from '../model/worker-pool';
import { ResolvedMultiCluster } from './multicluster-model';
import { CredentialsDelivery, DnsRecordProvider, GitOpsEngine, MachineImageUserDataFormat, SecretStoreKind, SeedRegistration, ServiceType } from '../core/types';
import type { PlatformRepository, TerraformSettings } from '../model/garden';

/**
 * A CloudProfile as renderers see it: plain data (its construct stays in the model). One object per
 * CloudProfile, shared by the seeds and shoots that use it.
 */
export interface ResolvedCloudProfile {
  /** Name of the CloudProfile. */
  readonly name: string;
  /** Construct path, as shown in error messages. */
  readonly path: string;
  /** Infrastructure type. */
  readonly type: ProviderType;
  /** The CloudProfile's definition, as given. */
  readonly props: CloudProfileProps;
}

/** A CAPO network/router reference: by id for a pre-existing object, else by name. */
export interface OpenStackReference {
  /** Id of a pre-existing object. */
  readonly id?: string;
  /** Name of the object the shoot's stack creates. */
  readonly name?: string;
}

/**
 * Where a shoot's machines go: the infrastructure objects its Terraform stack creates (or the
 * existing ones it uses), by deterministic name. Decided once in lib/resolve/infrastructure.ts;
 * the Terraform stack creates them and the Cluster API templates refer to them.
 */
export interface ResolvedInfrastructure {
  /** OpenStack objects (OpenStack shoots only). */
  readonly openstack?: {
    /** The network: the existing one when configured, else the one the stack creates. */
    readonly network: OpenStackReference;
    /** The router: the existing one when configured, else the one the stack creates. */
    readonly router: OpenStackReference;
    /** The subnet of the nodes (created by the stack, also inside an existing network). */
    readonly subnet: string;
    /** The security group of the nodes. */
    readonly securityGroup: string;
    /** The external network (floating pool): the one the shoot names, else the region's first. */
    readonly floatingPool?: string;
    /** The CloudProfile's entry of that floating pool, when it has one. */
    readonly floatingPoolEntry?: OpenStackFloatingPool;
    /** Server group per worker pool that asks for one (pool name → server group name). */
    readonly serverGroups: Record<string, string>;
  };
  /** vSphere objects (vSphere shoots only). */
  readonly vsphere?: {
    /** The CloudProfile's settings of the shoot's region, when it has them. */
    readonly region?: VSphereRegionConfig;
    /** The port group the VMs attach to. */
    readonly network?: string;
    /** Inventory path of the shoot's VM folder. */
    readonly folder?: string;
    /** Inventory path of the shoot's resource pool per zone (zone name → path). */
    readonly resourcePools: Record<string, string>;
  };
}

/** A shoot's API server as clients and joining nodes reach it. */
export interface ResolvedApiServer {
  /** Host name under the seed's ingress domain: `api.<technical id>.<ingress domain>`. */
  readonly seedHost: string;
  /** Port of the hosted API server. */
  readonly port: number;
  /** Host names the API server certificate covers: `api.<shoot domain>` (when set) and `seedHost`. */
  readonly certSANs: string[];
  /**
   * Host names clients and joining nodes use, each needing a DNS record: `api.<shoot domain>`
   * (when set) and `seedHost`. Every one is in `certSANs`.
   */
  readonly dnsNames: string[];
}

/** The machines of a control plane that runs on machines (KubeadmControlPlane). */
export interface ResolvedControlPlaneMachine {
  /** The smallest usable type with ≥ 2 CPUs and ≥ 4 GiB, else the first pool's, else the profile's first. */
  readonly machineType: MachineType;
  /** The first pool's image, else the newest supported, unexpired version of the profile's first image. */
  readonly image: { readonly name: string; readonly version: string };
  /** The first pool's architecture, else amd64. */
  readonly architecture: Architecture;
  /** The provider's reference for the image (Glance image or VM template). */
  readonly imageReference: string;
}

/** A count or a percentage of machines, as plain data (`IntOrPercent` of the model). */
export interface ResolvedIntOrPercent {
  /** The number: a count, or a percentage when `isPercent`. */
  readonly value: number;
  /** Whether `value` is a percentage. */
  readonly isPercent: boolean;
}

/** The platform repository with its defaults applied. */
export interface ResolvedRepository extends PlatformRepository {
  /** Branch (`main` unless set). */
  readonly branch: string;
  /** The folder synth writes and the seeds reconcile (`dist/<garden name>` unless set; see lib/layout). */
  readonly path: string;
}

/** A seed's control-plane settings with their defaults applied. */
export interface ResolvedSeedControlPlane extends SeedControlPlaneSettings {
  /** Service type of the hosted API servers (LoadBalancer unless set). */
  readonly serviceType: ServiceType;
}

/** A DataStore of a seed, with the shoots assigned to it. */
export interface ResolvedDataStore {
  /** Name of the DataStore (cluster-scoped in the seed). */
  readonly name: string;
  /** Construct path, as shown in error messages. */
  readonly path: string;
  /** Backing store. */
  readonly driver: DataStoreDriver;
  /** Endpoints, `host:port`, in the order given. */
  readonly endpoints: string[];
  /** TLS material by Secret reference, when given. */
  readonly tls?: { certificateAuthority: SecretReference; clientCertificate?: SecretReference };
  /** Secret with `username` and `password`, when given. */
  readonly basicAuth?: SecretReference;
  /** Most shoots' control planes it takes (100 unless set). */
  readonly capacity: number;
  /** Keys (`<project>--<shoot>`) of the shoots assigned, sorted. */
  readonly shoots: string[];
}

/** How a seed of gardener-backend shoots is registered with Gardener, with the garden's defaults applied. */
export interface ResolvedGardenlet {
  /** Gardenlet or ManagedSeed. */
  readonly registration: SeedRegistration;
  /** Full OCI reference of the gardenlet chart (used by Gardenlet objects). */
  readonly chartRef: string;
  /** Name of the shoot (in namespace `garden`) that becomes the seed, for a ManagedSeed. */
  readonly shoot?: string;
  /** Secret with a kubeconfig of the seed cluster for gardener-operator's first deployment, when given. */
  readonly kubeconfigSecretName?: string;
}

/** A seed with its defaults applied and the shoots scheduled onto it. */
export interface ResolvedSeed {
  /** Name of the seed. */
  readonly name: string;
  /** Construct path, as shown in error messages. */
  readonly path: string;
  /** Infrastructure of the shoots it hosts. */
  readonly provider: ProviderType;
  /** Region the seed runs in. */
  readonly region: string;
  /**
   * The CloudProfile describing the seed's infrastructure: as given, else the first of the fleet's
   * CloudProfiles (by name) of the seed's provider that has its region, else none.
   */
  readonly cloudProfile?: ResolvedCloudProfile;
  /** Zones of the seed's own nodes: as given, else every zone of its region in its CloudProfile, else none. */
  readonly zones: string[];
  /** Most shoots it hosts (250 unless set). */
  readonly capacity: number;
  /** DNS domain under which it exposes the control planes it hosts. */
  readonly ingressDomain: string;
  /** IP ranges of the seed cluster. */
  readonly networks: SeedNetworks;
  /** Labels matched by shoots' seed selectors (empty when none). */
  readonly labels: Record<string, string>;
  /** Taints (empty when none). */
  readonly taints: SeedTaint[];
  /** Whether the scheduler may pick it for shoots without a pinned seed. */
  readonly visible: boolean;
  /** Backup of control-plane state, when set. */
  readonly backup?: SeedBackup;
  /** Whether the seed's nodes carry zone labels: as given, else true on OpenStack and false on vSphere. */
  readonly zoneLabels: boolean;
  /**
   * What publishes the DNS records of hosted API server names (external-dns unless set), and the
   * Gardener DNS provider and internal DNS of the seed, when given.
   */
  readonly dns: { readonly provider: DnsRecordProvider; readonly gardenerProvider?: SeedDnsProvider; readonly gardenerInternal?: SeedInternalDns };
  /** How hosted API servers are exposed, with the service type defaulted to LoadBalancer. */
  readonly controlPlane: ResolvedSeedControlPlane;
  /** DataStores it offers, sorted by name. */
  readonly dataStores: ResolvedDataStore[];
  /** Keys of the shoots hosted, sorted. */
  readonly shoots: string[];
  /** How the seed is registered with Gardener (read by the gardener backend). */
  readonly gardenlet: ResolvedGardenlet;
  /** The versions of the controllers it runs: its own over the garden's over the defaults. */
  readonly stack: ResolvedStack;
}

/** Part of a worker pool in one zone: Gardener spreads minimum and maximum over zones. */
export interface ZoneShare {
  /** Name of the zone. */
  readonly zone: string;
  /** This zone's part of the pool's minimum (the first zones take the remainder, one each). */
  readonly minimum: number;
  /** This zone's part of the pool's maximum, spread like `minimum`. */
  readonly maximum: number;
  /** This zone's part of the pool's maxSurge: a count spread like `minimum`, or a percentage as given (`'25%'`). */
  readonly maxSurge: number | string;
  /** This zone's part of the pool's maxUnavailable: a count spread like `minimum`, or a percentage as given. */
  readonly maxUnavailable: number | string;
}

/** A worker pool with every default applied: image, sizes, zones and versions decided. */
export interface ResolvedWorkerPool {
  /** Name of the pool, unique within the shoot. */
  readonly name: string;
  /** Construct path, as shown in error messages. */
  readonly path: string;
  /** The machine type, looked up in the shoot's CloudProfile. */
  readonly machineType: MachineType;
  /**
   * Machine image: as given, else the CloudProfile's first image built for the architecture. The
   * version, when not given, is the newest supported, unexpired one that fits the kubelet version.
   */
  readonly image: { readonly name: string; readonly version: string };
  /** CPU architecture: as given, else the machine type's, else amd64. */
  readonly architecture: Architecture;
  /**
   * The provider's reference for the image version: the Glance image (OpenStack, for the shoot's
   * region) or the VM template (vSphere) the CloudProfile maps it to.
   */
  readonly imageReference: string;
  /** The first-boot configuration format the image reads (from the CloudProfile's image, else by its name). */
  readonly userDataFormat: MachineImageUserDataFormat;
  /** Fewest nodes over all zones (defaults to the number of zones, at least 1). */
  readonly minimum: number;
  /** Most nodes over all zones (defaults to the larger of `minimum` and the number of zones). */
  readonly maximum: number;
  /** Extra machines allowed during a rolling update (defaults to 1). */
  readonly maxSurge: ResolvedIntOrPercent;
  /** Machines that may be unavailable during a rolling update (defaults to 0). */
  readonly maxUnavailable: ResolvedIntOrPercent;
  /** Zones the pool spans: as given, else every zone of the shoot's region. */
  readonly zones: string[];
  /** The pool's sizes split over `zones`, in the same order. */
  readonly zoneShares: ZoneShare[];
  /** Volume of each node as set (type looked up in the CloudProfile, size in GiB); absent when none was set. */
  readonly volume?: { readonly type?: VolumeType; readonly sizeGiB: number };
  /** Labels of the nodes (empty when none). */
  readonly labels: Record<string, string>;
  /** Annotations of the nodes (empty when none). */
  readonly annotations: Record<string, string>;
  /** Taints of the nodes (empty when none). */
  readonly taints: Taint[];
  /** Container runtime (containerd unless set). */
  readonly cri: CriName;
  /** How nodes are updated (AutoRollingUpdate unless set). */
  readonly updateStrategy: WorkerUpdateStrategy;
  /** What creates the machines (Cluster API unless set). */
  readonly provisioner: Provisioner;
  /** Kubelet version: the pool's own, else the shoot's. */
  readonly kubernetesVersion: string;
  /** OpenStack settings of the pool, as given. */
  readonly openstack?: WorkerPoolOpenStackSettings;
  /** vSphere settings of the pool, as given. */
  readonly vsphere?: WorkerPoolVSphereSettings;
}

/** A shoot with every default applied, scheduled onto a seed and, where it uses one, given a DataStore. */
export interface ResolvedShoot {
  /** Name of the shoot, unique within its project. */
  readonly name: string;
  /** Name of its project. */
  readonly project: string;
  /** Construct path, as shown in error messages. */
  readonly path: string;
  /** `<project>--<shoot>`. */
  readonly key: string;
  /** `shoot--<project>--<shoot>`: namespace in the seed. */
  readonly technicalId: string;
  /** The CloudProfile the shoot's versions, images and machine types come from. */
  readonly cloudProfile: ResolvedCloudProfile;
  /** Infrastructure provider, from the CloudProfile. */
  readonly provider: ProviderType;
  /** Region of the shoot's infrastructure. */
  readonly region: string;
  /** Name of the seed hosting the control plane: the pinned one, else the one it had, else the scheduler's pick. */
  readonly seed: string;
  /**
   * Kubernetes version of the control plane, `MAJOR.MINOR.PATCH`: as given, else the CloudProfile's
   * default (newest supported, unexpired), also within a `MAJOR.MINOR` given.
   */
  readonly kubernetesVersion: string;
  /** Purpose (evaluation unless set). */
  readonly purpose: ShootPurpose;
  /** CNI and IP ranges, with Gardener's default ranges where none were given. */
  readonly networking: {
    readonly type: NetworkingType;
    readonly pods: string;
    readonly services: string;
    readonly nodes: string;
  };
  /** Failure tolerance of the control plane (none unless set). */
  readonly failureTolerance: FailureToleranceType;
  /**
   * Maintenance window (`HHMMSS+ZZZZ`; by default one hour starting between 22:00 and 03:30 UTC,
   * derived from the technical id) and auto-updates (on unless set).
   */
  readonly maintenance: {
    readonly timeWindowBegin: string;
    readonly timeWindowEnd: string;
    readonly autoUpdateKubernetesVersion: boolean;
    readonly autoUpdateMachineImageVersion: boolean;
  };
  /** Whether the shoot is hibernated, and its schedules with the location defaulted to UTC. */
  readonly hibernation: { readonly enabled: boolean; readonly schedules: HibernationSchedule[] };
  /** DNS domain: as given, else `<shoot>.<project>.<garden domain>` when the garden has one, else none. */
  readonly dnsDomain?: string;
  /** Seed taints the shoot tolerates, as given (absent when none). */
  readonly tolerations?: Toleration[];
  /** Which seeds may host the shoot, as given (absent when none). */
  readonly seedSelector?: SeedSelector;
  /** Name of the CredentialsBinding for the infrastructure (`<provider>-credentials` unless set): the name of the Secret its consumers read. */
  readonly credentialsBinding: string;
  /** The binding itself: provider, delivery and (for ExternalSecret delivery) the store. */
  readonly credentials: ResolvedCredentialsBinding;
  /** Labels: the project's, overlaid by the shoot's own. */
  readonly labels: Record<string, string>;
  /** Annotations (empty when none). */
  readonly annotations: Record<string, string>;
  /** What runs the control plane: as given, else the garden's default backend. */
  readonly backend: ControlPlaneBackend;
  /** Name of the assigned DataStore in the seed (Kamaji), if any. */
  readonly dataStore?: string;
  /**
   * Schema (database or etcd key prefix) of the control plane in its DataStore, and the DataStore
   * user it connects as — Kamaji shoots only: the ones the fleet pins (`kamaji`), else the technical
   * id with `-` as `_` (see `planDataStoreName` in lib/resolve/infrastructure.ts). Never changes for a shoot.
   */
  readonly dataStoreSchema?: string;
  /** DataStore user of the control plane (Kamaji shoots only): the same name as `dataStoreSchema`. */
  readonly dataStoreUsername?: string;
  /**
   * The schema and user the fleet pins for an adopted Kamaji control plane, as given (absent when
   * none is): part of the shoot's hash, unlike `dataStoreSchema`/`dataStoreUsername`, which are
   * these or else derived from the technical id.
   */
  readonly kamaji?: { readonly dataStoreSchema: string; readonly dataStoreUsername: string };
  /** Whether the shoot is in service or being decommissioned (active unless set). */
  readonly lifecycle: ShootLifecycle;
  /** OpenStack settings, as given. */
  readonly openstack?: ShootOpenStackSettings;
  /** vSphere settings, as given. */
  readonly vsphere?: ShootVSphereSettings;
  /** Worker pools, in the order added. */
  readonly workers: ResolvedWorkerPool[];
  /** The infrastructure objects the shoot's machines use, by name. */
  readonly infrastructure: ResolvedInfrastructure;
  /** How clients and joining nodes reach the API server. */
  readonly apiServer: ResolvedApiServer;
  /** The control-plane machines, for control planes that run on machines (KubeadmControlPlane). */
  readonly controlPlaneMachine?: ResolvedControlPlaneMachine;
  /** Escape-hatch overrides of rendered objects (`Shoot.addOverride`); absent when there are none. */
  readonly overrides?: ResolvedOverride[];
}

/** An escape-hatch override, checked: JSON patches on rendered objects of one shoot. */
export interface ResolvedOverride {
  /** Name of the override, unique within the shoot. */
  readonly name: string;
  /** `<shoot construct path>/overrides/<name>`: shown in errors and in the objects' annotation. */
  readonly path: string;
  /** Kind of the objects patched. */
  readonly kind: string;
  /** `apiVersion` of the objects patched (any when absent). */
  readonly apiVersion?: string;
  /** Name of the object patched (every object of the kind when absent). */
  readonly objectName?: string;
  /** The patches, in order. */
  readonly patches: ResolvedObjectPatch[];
}

/** One JSON Patch operation of an override. */
export interface ResolvedObjectPatch {
  /** Operation. */
  readonly op: PatchOperation;
  /** JSON Pointer into the object. */
  readonly path: string;
  /** Value, for `add` and `replace`. */
  readonly value?: any;
}

/** A credentials binding with defaults applied: a named credential of one provider and how its Secret reaches the seeds. */
export interface ResolvedCredentialsBinding {
  /** Name of the binding and of the Secret its consumers read in each shoot namespace. */
  readonly name: string;
  /** Construct path of the binding (of the shoot, for a binding named only by a shoot's string). */
  readonly path: string;
  /** Project the binding belongs to. */
  readonly project: string;
  /** Infrastructure the credential is for. */
  readonly provider: ProviderType;
  /** How the Secret reaches the seeds. */
  readonly delivery: CredentialsDelivery;
  /** The store and entry an ExternalSecret reads (ExternalSecret delivery only). */
  readonly externalSecret?: {
    readonly store: string;
    readonly storeKind: SecretStoreKind;
    readonly remoteKey: string;
    readonly refreshInterval: string;
  };
  /** True when declared with `Project.addCredentialsBinding`; false when implied by a shoot's `credentialsBinding` string. */
  readonly declared: boolean;
}

/** A project and the keys of its shoots. */
export interface ResolvedProject {
  /** Name of the project. */
  readonly name: string;
  /** Construct path, as shown in error messages. */
  readonly path: string;
  /** Its namespace in the garden (`garden-<name>`). */
  readonly namespace: string;
  /** Description, as given. */
  readonly description?: string;
  /** Owner, as given. */
  readonly owner?: string;
  /** Keys of the project's shoots, sorted. */
  readonly shoots: string[];
  /** The credentials bindings declared in the project, sorted by name. */
  readonly credentialsBindings: ResolvedCredentialsBinding[];
}

/** The whole fleet as renderers see it: the output of `resolveFleet` (lib/resolve/fleet.ts). */
export interface ResolvedFleet {
  /** Name of the garden. */
  readonly name: string;
  /** The platform repository, with `branch` (`main`) and `path` (`dist`) defaulted. */
  readonly repository: ResolvedRepository;
  /** GitOps engine of the seeds (Flux unless set). */
  readonly gitOpsEngine: GitOpsEngine;
  /** Terraform settings as given (empty when none); the Terraform renderers apply their defaults. */
  readonly terraform: TerraformSettings;
  /** Where the seeds' SOPS-encrypted Secrets are (Flux seeds), with defaults applied; absent when not used. */
  readonly sopsSecrets?: { readonly path: string; readonly decryptionSecretName: string };
  /** The CloudProfiles of the garden, sorted by name. */
  readonly cloudProfiles: ResolvedCloudProfile[];
  /** Sorted by name. */
  readonly projects: ResolvedProject[];
  /** Sorted by name. */
  readonly seeds: ResolvedSeed[];
  /** Sorted by key. */
  readonly shoots: ResolvedShoot[];
  /** The multi-cluster layer, when the garden has `multiCluster` settings, platform services or burst partners. */
  readonly multiCluster?: ResolvedMultiCluster;
}

/**
 * What the previous synth decided, read back from `fleet.json`: placements that must not move
 * and versions that were already in use (so expiry does not break existing shoots).
 */
export interface FleetInventory {
  /** What was recorded for each shoot, by key (`<project>--<shoot>`). */
  readonly shoots: Record<string, InventoryShoot>;
}

/** One shoot's entry in a previous `fleet.json`, as far as resolution reads it. */
export interface InventoryShoot {
  /** Seed the shoot was placed on; unless pinned elsewhere it stays there while that seed exists with the shoot's provider. */
  readonly seed: string;
  /** DataStore it was assigned; kept while the shoot stays on that seed. */
  readonly dataStore?: string;
  /** Driver of that DataStore; it cannot change while the shoot stays on that seed. */
  readonly dataStoreDriver?: string;
  /** Control-plane version it ran: it may keep it once expired, and cannot downgrade or skip a minor version from it. */
  readonly kubernetesVersion: string;
  /** Control-plane backend it was rendered with (read by the Gardener update rules: they apply while the shoot stays a gardener one). */
  readonly backend?: string;
  /** Infrastructure type it had (`openstack`, `vsphere`). */
  readonly provider?: string;
  /** Region it was in. */
  readonly region?: string;
  /** CloudProfile it used, by name. */
  readonly cloudProfile?: string;
  /** Networking it had: CNI type and ranges. */
  readonly networking?: { readonly type?: string; readonly pods?: string; readonly services?: string; readonly nodes?: string };
  /** DNS domain it had, when it had one. */
  readonly dnsDomain?: string;
  /** Control-plane failure tolerance it had (`none`, `node`, `zone`). */
  readonly failureTolerance?: string;
  /**
   * Per worker pool, by name: the kubelet version, image (`<name>@<version>`) and machine type it
   * had, which the pool may keep once expired or marked unusable.
   */
  readonly workers?: Record<string, { readonly kubernetesVersion?: string; readonly image?: string; readonly machineType?: string }>;
}
