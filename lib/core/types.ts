/**
 * Enums shared by every layer. Values are the strings Gardener and the upstream APIs use.
 */

/** The infrastructure a CloudProfile, seed or shoot runs on. */
export enum ProviderType {
  /** OpenStack (Nova, Neutron, Cinder; CAPO for machines). */
  OPENSTACK = 'openstack',
  /** VMware vSphere (CAPV for machines). */
  VSPHERE = 'vsphere',
}

/** CPU architecture of machines and images. */
export enum Architecture {
  /** 64-bit x86. */
  AMD64 = 'amd64',
  /** 64-bit ARM. */
  ARM64 = 'arm64',
}

/** Container runtime of worker nodes. */
export enum CriName {
  /** containerd. */
  CONTAINERD = 'containerd',
}

/** What a shoot is for; drives defaults such as control-plane resources (Gardener's purposes). */
export enum ShootPurpose {
  /** Trying something out; smallest control plane, no guarantees. */
  EVALUATION = 'evaluation',
  /** Automated tests; short-lived. */
  TESTING = 'testing',
  /** Day-to-day development work. */
  DEVELOPMENT = 'development',
  /** Production workloads; the most resilient defaults. */
  PRODUCTION = 'production',
  /** Clusters that run platform infrastructure themselves. */
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
  /** Kamaji TenantControlPlane on a pooled DataStore (the default). */
  KAMAJI = 'kamaji',
  /** k0smotron K0smotronControlPlane. */
  K0SMOTRON = 'k0smotron',
  /** Cluster API KubeadmControlPlane. */
  CLUSTER_API = 'cluster-api',
  /** A real Gardener: Shoot, Seed, CloudProfile and Project objects in `garden/`. */
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
  /** New pods without a toleration are not scheduled on the node. */
  NO_SCHEDULE = 'NoSchedule',
  /** The scheduler avoids the node for pods without a toleration. */
  PREFER_NO_SCHEDULE = 'PreferNoSchedule',
  /** Pods without a toleration are evicted from the node. */
  NO_EXECUTE = 'NoExecute',
}

/** How a worker pool applies updates (Gardener's worker update strategies). */
export enum WorkerUpdateStrategy {
  /** Replace machines one by one, within maxSurge and maxUnavailable. */
  AUTO_ROLLING_UPDATE = 'AutoRollingUpdate',
  /** Update machines in place, automatically. */
  AUTO_IN_PLACE_UPDATE = 'AutoInPlaceUpdate',
  /** Update machines in place when an operator marks them. */
  MANUAL_IN_PLACE_UPDATE = 'ManualInPlaceUpdate',
}

/** Backing store of a Kamaji DataStore. */
export enum DataStoreDriver {
  /** An etcd cluster. */
  ETCD = 'etcd',
  /** PostgreSQL, through kine. */
  POSTGRESQL = 'PostgreSQL',
  /** MySQL, through kine. */
  MYSQL = 'MySQL',
  /** NATS JetStream, through kine. */
  NATS = 'NATS',
}

/** A node taint. */
export interface Taint {
  /** Key of the taint. */
  readonly key: string;
  /**
   * Value of the taint.
   * @default - no value
   */
  readonly value?: string;
  /** What the taint does to pods without a matching toleration. */
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
