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

/** The GitOps engine that reconciles the rendered output in each seed. */
export enum GitOpsEngine {
  /** Flux: per seed a GitRepository and a root Kustomization, per shoot a chain of Kustomizations. */
  FLUX = 'flux',
  /** Argo CD: per seed an AppProject, a root Application and an ApplicationSet making one Application per shoot. */
  ARGOCD = 'argocd',
}

/** How the scheduler picks a seed for a shoot without a pinned seed (Gardener's strategies). */
export enum SchedulingStrategy {
  /** Only seeds in the shoot's region. */
  SAME_REGION = 'SameRegion',
  /** Seeds in the nearest region that has any, by the region distance table. */
  MINIMAL_DISTANCE = 'MinimalDistance',
}

/** Where the Terraform state of each shoot's infrastructure stack is kept. */
export enum TerraformStateBackend {
  /**
   * A Secret in the shoot's namespace on its seed (`tfstate-default-<technical id>`), written by
   * the tofu-controller runner: the state lives next to the control plane, like Gardener's Terraformer.
   */
  KUBERNETES = 'kubernetes',
  /** An object per shoot in an S3 or S3-compatible bucket. */
  S3 = 's3',
  /** An HTTP endpoint speaking Terraform's REST state protocol (GitLab, Terraform-state servers). */
  HTTP = 'http',
}

/** What a machine image carries to become a node: decides which bootstrap can turn it into one. */
export enum MachineImageBootstrap {
  /** kubeadm, kubelet and containerd, configured by cloud-init (image-builder images): Cluster API's kubeadm bootstrap and kubeadm join. */
  KUBEADM = 'kubeadm',
  /** Gardener's node agent only (the Gardener flavour of an image): no kubeadm; only the gardener backend can use it. */
  GARDENER = 'gardener',
}

/**
 * The format of the first-boot configuration a machine image reads: cloud-init's cloud-config, or
 * Ignition (Flatcar Container Linux, Fedora CoreOS), which ignores cloud-config.
 */
export enum MachineImageUserDataFormat {
  /** `#cloud-config` for cloud-init (Ubuntu, Debian, image-builder images, Garden Linux). */
  CLOUD_CONFIG = 'cloud-config',
  /** Ignition JSON, spec version 3 (Flatcar Container Linux, Fedora CoreOS). */
  IGNITION = 'ignition',
}

/** The CNI of a shoot. */
export enum NetworkingType {
  /** Calico. */
  CALICO = 'calico',
  /** Cilium. */
  CILIUM = 'cilium',
}

/** Where a shoot is in its life; decides whether stateful infrastructure may be destroyed. */
export enum ShootLifecycle {
  /** In service: networks, volumes and state carry destroy protection. */
  ACTIVE = 'active',
  /** Being taken down on purpose: destroy protection is lifted so Terraform may remove it. */
  DECOMMISSIONING = 'decommissioning',
}

/** Relative priority of a vSphere resource pool when its siblings compete for CPU or memory. */
export enum VSphereShareLevel {
  /** Low share (vSphere: half of normal). */
  LOW = 'low',
  /** Normal share. */
  NORMAL = 'normal',
  /** High share (vSphere: twice normal). */
  HIGH = 'high',
}

/** How the API servers hosted in a seed are exposed. */
export enum ServiceType {
  /** A cloud load balancer per API server. */
  LOAD_BALANCER = 'LoadBalancer',
  /** A port on every node of the seed. */
  NODE_PORT = 'NodePort',
  /** Reachable inside the seed only (behind an ingress or a tunnel). */
  CLUSTER_IP = 'ClusterIP',
}

/** What publishes the DNS records of the API server names a seed hosts. */
export enum DnsRecordProvider {
  /** external-dns in the seed, told by an annotation on each API server Service. */
  EXTERNAL_DNS = 'external-dns',
  /** Nothing seedbed renders: the platform creates the records itself. */
  NONE = 'none',
}

/**
 * How a Gardener seed is registered with the garden (gardener/gardener v1.149.3:
 * docs/deployment/deploy_gardenlet_via_operator.md and deploy_gardenlet_automatically.md).
 */
export enum SeedRegistration {
  /**
   * A `seedmanagement.gardener.cloud` Gardenlet in the garden: gardener-operator deploys the
   * gardenlet into an existing cluster once, and the gardenlet registers the Seed itself.
   */
  GARDENLET = 'Gardenlet',
  /**
   * A `seedmanagement.gardener.cloud` ManagedSeed: a shoot of the `garden` project becomes the
   * seed; the gardenlet of the seed hosting that shoot deploys a gardenlet into it.
   */
  MANAGED_SEED = 'ManagedSeed',
}

/** How Nova places the machines of a worker pool relative to each other (a server group policy). */
export enum ServerGroupPolicy {
  /** Never two machines of the pool on one hypervisor; creation fails when that is impossible. */
  ANTI_AFFINITY = 'anti-affinity',
  /** Spread over hypervisors where possible. */
  SOFT_ANTI_AFFINITY = 'soft-anti-affinity',
  /** All machines of the pool on one hypervisor. */
  AFFINITY = 'affinity',
  /** On one hypervisor where possible. */
  SOFT_AFFINITY = 'soft-affinity',
}

/** Whether vSphere DRS keeps the static VMs of a pool apart (a VM anti-affinity rule per compute cluster). */
export enum VSphereAntiAffinity {
  /** No rule. */
  NONE = 'none',
  /** DRS separates the VMs where it can. */
  PREFERRED = 'preferred',
  /** VMs that cannot be separated are not powered on. */
  REQUIRED = 'required',
}

/** What a platform service is made of. */
export enum ServiceSourceType {
  /** Kubernetes objects given inline. */
  MANIFESTS = 'manifests',
  /** A Helm chart from a chart repository (HTTP or OCI). */
  HELM_CHART = 'helm-chart',
}

/** A JSON Patch operation (RFC 6902) an override may apply. */
export enum PatchOperation {
  /** Sets the value at the path (a new member of an object, or inserted into an array). */
  ADD = 'add',
  /** Replaces the value at the path, which must exist. */
  REPLACE = 'replace',
  /** Removes the value at the path; takes no value. */
  REMOVE = 'remove',
}

/** A multi-cluster system seedbed renders registration, placement or peering objects for. */
export enum MultiClusterSystem {
  /** Karmada: Cluster registration, PropagationPolicy / ClusterPropagationPolicy, OverridePolicy. */
  KARMADA = 'karmada',
  /** Open Cluster Management: ManagedCluster, ManagedClusterSet (+ binding), Placement, ManifestWork. */
  OPEN_CLUSTER_MANAGEMENT = 'open-cluster-management',
  /** Clusternet: ManagedCluster registration data, Subscription, Localization / Globalization. */
  CLUSTERNET = 'clusternet',
  /** Clusterpedia: one PediaCluster per shoot, for fleet-wide search. */
  CLUSTERPEDIA = 'clusterpedia',
  /** Kubermatic Kubernetes Platform: the `kubermatic.k8c.io` objects that fit seedbed's model. */
  KUBERMATIC = 'kubermatic',
  /** Liqo: ForeignCluster peerings between burst partners. */
  LIQO = 'liqo',
  /** Admiralty: Target / Source pairs between burst partners. */
  ADMIRALTY = 'admiralty',
}

/** How Karmada reaches a member cluster. */
export enum KarmadaSyncMode {
  /** Karmada's control plane pushes to the member with the kubeconfig in `secretRef`. */
  PUSH = 'Push',
  /** An agent in the member pulls from Karmada; no credentials of the member at the hub. */
  PULL = 'Pull',
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

/** How the Secret of a credentials binding reaches the shoot namespaces in the seed. */
export enum CredentialsDelivery {
  /** The platform team creates the Secret in each shoot namespace itself (listed in the seed's prerequisites.json). */
  MANUAL = 'manual',
  /** The platform repository keeps it SOPS-encrypted under `<sopsSecrets.path>/<seed>/`; Flux decrypts and applies it. */
  SOPS = 'sops',
  /** An External Secrets `ExternalSecret` in each shoot namespace builds it from a secret store. */
  EXTERNAL_SECRET = 'externalSecret',
}

/** Kind of the External Secrets store an `ExternalSecret` reads from. */
export enum SecretStoreKind {
  /** A store of the whole seed (`ClusterSecretStore`). */
  CLUSTER_SECRET_STORE = 'ClusterSecretStore',
  /** A store in the shoot's namespace (`SecretStore`). */
  SECRET_STORE = 'SecretStore',
}

/** Whether `value` is one of the enum's values: `enumValues(e).includes(value)` without making the list (asked for every shoot and pool). */
export function isEnumValue(e: Record<string, string>, value: unknown): boolean {
  for (const k in e) if (Object.prototype.hasOwnProperty.call(e, k) && e[k] === value) return true;
  return false;
}
