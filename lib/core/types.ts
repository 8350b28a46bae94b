/**
 * Enums shared by every layer. Values are the strings Gardener and the upstream APIs use.
 */

/** The infrastructure a CloudProfile, seed or shoot runs on. */
export enum ProviderType {
  OPENSTACK = 'openstack',
  VSPHERE = 'vsphere',
}

/** CPU architecture of machines and images. */
export enum Architecture {
  AMD64 = 'amd64',
  ARM64 = 'arm64',
}

/** Container runtime of worker nodes. */
export enum CriName {
  CONTAINERD = 'containerd',
}

/** What a shoot is for; drives defaults such as control-plane resources (Gardener's purposes). */
export enum ShootPurpose {
  EVALUATION = 'evaluation',
  TESTING = 'testing',
  DEVELOPMENT = 'development',
  PRODUCTION = 'production',
  INFRASTRUCTURE = 'infrastructure',
}

/** Which failures the control plane of a shoot survives. */
export enum FailureToleranceType {
  /** A single replica; no high availability. */
  NONE = 'none',
  /** Replicas spread over nodes of one zone. */
  NODE = 'node',
  /** Replicas spread over three zones of the seed. */
  ZONE = 'zone',
}

/** Which system runs the hosted control plane of a shoot. */
export enum ControlPlaneBackend {
  KAMAJI = 'kamaji',
  K0SMOTRON = 'k0smotron',
  CLUSTER_API = 'cluster-api',
  GARDENER = 'gardener',
}

/** How the machines of a worker pool are created. */
export enum Provisioner {
  /** Cluster API MachineDeployments with CAPO/CAPV templates. */
  CLUSTER_API = 'cluster-api',
  /** Static VMs in the shoot's Terraform stack (edge). */
  TERRAFORM = 'terraform',
}

/** Effect of a node taint. */
export enum TaintEffect {
  NO_SCHEDULE = 'NoSchedule',
  PREFER_NO_SCHEDULE = 'PreferNoSchedule',
  NO_EXECUTE = 'NoExecute',
}

/** How a worker pool applies updates (Gardener's worker update strategies). */
export enum WorkerUpdateStrategy {
  AUTO_ROLLING_UPDATE = 'AutoRollingUpdate',
  AUTO_IN_PLACE_UPDATE = 'AutoInPlaceUpdate',
  MANUAL_IN_PLACE_UPDATE = 'ManualInPlaceUpdate',
}

/** Backing store of a Kamaji DataStore. */
export enum DataStoreDriver {
  ETCD = 'etcd',
  POSTGRESQL = 'PostgreSQL',
  MYSQL = 'MySQL',
  NATS = 'NATS',
}

/** A node taint. */
export interface Taint {
  readonly key: string;
  /** @default - no value */
  readonly value?: string;
  readonly effect: TaintEffect;
}

/** A reference to a Secret by name (and optionally namespace). Never carries the value. */
export interface SecretReference {
  /** Name of the Secret. */
  readonly name: string;
  /**
   * Namespace of the Secret.
   * @default - the namespace of the object that refers to it
   */
  readonly namespace?: string;
}

/** All enum values as strings, for NotSupported errors. */
export function enumValues(e: Record<string, string>): string[] {
  return Object.values(e);
}
