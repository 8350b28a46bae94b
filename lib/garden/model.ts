/**
 * The resolved fleet: plain data with every default applied, every seed scheduled, every
 * DataStore assigned. Renderers read only this. Decided once, here; never recomputed.
 */
import { CloudProfile, MachineType, VolumeType } from '../cloudprofile/cloud-profile';
import {
  Architecture, ControlPlaneBackend, CriName, DataStoreDriver, FailureToleranceType, ProviderType, Provisioner,
  SecretReference, ShootPurpose, Taint, WorkerUpdateStrategy,
} from '../core/types';
import { SeedBackup, SeedControlPlaneSettings, SeedNetworks, SeedTaint } from '../seed/seed';
import { HibernationSchedule, NetworkingType, ShootLifecycle, ShootOpenStackSettings, ShootVSphereSettings } from '../shoot/shoot';
import { IntOrPercent, WorkerPoolOpenStackSettings, WorkerPoolVSphereSettings } from '../worker-pool/worker-pool';
import { ResolvedMultiCluster } from '../multicluster/model';
import { GitOpsEngine, PlatformRepository, TerraformSettings } from './garden';

export interface ResolvedDataStore {
  readonly name: string;
  readonly path: string;
  readonly driver: DataStoreDriver;
  readonly endpoints: string[];
  readonly tls?: { certificateAuthority: SecretReference; clientCertificate?: SecretReference };
  readonly basicAuth?: SecretReference;
  readonly capacity: number;
  /** Keys (`<project>--<shoot>`) of the shoots assigned, sorted. */
  readonly shoots: string[];
}

export interface ResolvedSeed {
  readonly name: string;
  readonly path: string;
  readonly provider: ProviderType;
  readonly region: string;
  readonly zones: string[];
  readonly capacity: number;
  readonly ingressDomain: string;
  readonly networks: SeedNetworks;
  readonly labels: Record<string, string>;
  readonly taints: SeedTaint[];
  readonly visible: boolean;
  readonly backup?: SeedBackup;
  readonly controlPlane: Required<Pick<SeedControlPlaneSettings, 'serviceType'>> & SeedControlPlaneSettings;
  readonly dataStores: ResolvedDataStore[];
  /** Keys of the shoots hosted, sorted. */
  readonly shoots: string[];
}

/** Part of a worker pool in one zone: Gardener spreads minimum and maximum over zones. */
export interface ZoneShare {
  readonly zone: string;
  readonly minimum: number;
  readonly maximum: number;
  readonly maxSurge: number | string;
  readonly maxUnavailable: number | string;
}

export interface ResolvedWorkerPool {
  readonly name: string;
  readonly path: string;
  readonly machineType: MachineType;
  readonly image: { readonly name: string; readonly version: string };
  readonly architecture: Architecture;
  readonly minimum: number;
  readonly maximum: number;
  readonly maxSurge: IntOrPercent;
  readonly maxUnavailable: IntOrPercent;
  readonly zones: string[];
  readonly zoneShares: ZoneShare[];
  readonly volume?: { readonly type?: VolumeType; readonly sizeGiB: number };
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  readonly taints: Taint[];
  readonly cri: CriName;
  readonly updateStrategy: WorkerUpdateStrategy;
  readonly provisioner: Provisioner;
  readonly kubernetesVersion: string;
  readonly openstack?: WorkerPoolOpenStackSettings;
  readonly vsphere?: WorkerPoolVSphereSettings;
}

export interface ResolvedShoot {
  readonly name: string;
  readonly project: string;
  readonly path: string;
  /** `<project>--<shoot>`. */
  readonly key: string;
  /** `shoot--<project>--<shoot>`: namespace in the seed. */
  readonly technicalId: string;
  readonly cloudProfile: CloudProfile;
  readonly provider: ProviderType;
  readonly region: string;
  readonly seed: string;
  readonly kubernetesVersion: string;
  readonly purpose: ShootPurpose;
  readonly networking: {
    readonly type: NetworkingType;
    readonly pods: string;
    readonly services: string;
    readonly nodes: string;
  };
  readonly failureTolerance: FailureToleranceType;
  readonly maintenance: {
    readonly timeWindowBegin: string;
    readonly timeWindowEnd: string;
    readonly autoUpdateKubernetesVersion: boolean;
    readonly autoUpdateMachineImageVersion: boolean;
  };
  readonly hibernation: { readonly enabled: boolean; readonly schedules: HibernationSchedule[] };
  readonly dnsDomain?: string;
  readonly credentialsBinding: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  readonly backend: ControlPlaneBackend;
  /** Name of the assigned DataStore in the seed (Kamaji), if any. */
  readonly dataStore?: string;
  readonly lifecycle: ShootLifecycle;
  readonly openstack?: ShootOpenStackSettings;
  readonly vsphere?: ShootVSphereSettings;
  readonly workers: ResolvedWorkerPool[];
}

export interface ResolvedProject {
  readonly name: string;
  readonly path: string;
  readonly namespace: string;
  readonly description?: string;
  readonly owner?: string;
  /** Keys of the project's shoots, sorted. */
  readonly shoots: string[];
}

export interface ResolvedFleet {
  readonly name: string;
  readonly repository: Required<Pick<PlatformRepository, 'url' | 'branch' | 'path'>> & PlatformRepository;
  readonly gitOpsEngine: GitOpsEngine;
  readonly terraform: TerraformSettings;
  readonly cloudProfiles: CloudProfile[];
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
  readonly shoots: Record<string, InventoryShoot>;
}

export interface InventoryShoot {
  readonly seed: string;
  readonly dataStore?: string;
  readonly dataStoreDriver?: string;
  readonly kubernetesVersion: string;
  readonly backend?: string;
  readonly workers?: Record<string, { readonly kubernetesVersion?: string; readonly image?: string; readonly machineType?: string }>;
}
