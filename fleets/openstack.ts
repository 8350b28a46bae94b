/**
 * Example fleet: a regional OpenStack cloud with two regions, three seeds and nine shoots in
 * three projects. Written the way a platform team would write its own fleet.
 */
import {
  App, Architecture, CloudProfile, ControlPlaneBackend, DataStoreDriver, FailureToleranceType, Garden, GitOpsEngine, IntOrPercent, MultiClusterSettings, Project,
  ProviderType, Provisioner, Seed, SeedRegistration, ServerGroupPolicy, Shoot, ShootPurpose, StackWorkaround, TaintEffect, VersionClassification, MachineImageBootstrap,
} from '../lib';

/** Settings that switch an example fleet to another backend or GitOps engine (its variants in fleets/). */
export interface ExampleFleetOptions {
  /**
   * Name of the variant: its output goes to `snapshots/<variant>` in the platform repository.
   * @default - the fleet's own name
   */
  readonly variant?: string;
  /**
   * Backend of every shoot.
   * @default ControlPlaneBackend.KAMAJI
   */
  readonly backend?: ControlPlaneBackend;
  /**
   * GitOps engine of the seeds.
   * @default GitOpsEngine.FLUX
   */
  readonly gitOpsEngine?: GitOpsEngine;
  /**
   * The multi-cluster layer.
   * @default - none
   */
  readonly multiCluster?: MultiClusterSettings;
}

/** The example OpenStack fleet, optionally switched to another backend or GitOps engine. */
export function buildOpenStackFleet(options: ExampleFleetOptions = {}): Garden {
  const schedulesHonoured = options.backend === ControlPlaneBackend.GARDENER;
  const garden = new Garden(new App(), 'nordcloud', {
    repository: {
      url: 'https://git.nordcloud.example/platform/fleet.git', branch: 'main', secretName: 'fleet-repo-auth',
      path: `snapshots/${options.variant ?? 'openstack'}`,
    },
    dnsDomain: 'k8s.nordcloud.example',
    // Credentials are committed SOPS-encrypted under secrets/<seed>/<shoot namespace>/<binding>.enc.yaml;
    // each seed's Flux decrypts them with the age key in flux-system/sops-age before any shoot's
    // first stage. With sopsSecrets set, SOPS is the default delivery of every credentials binding.
    sopsSecrets: {},
    defaultBackend: options.backend,
    gitOpsEngine: options.gitOpsEngine,
    multiCluster: options.multiCluster,
    // The controllers the seeds run. Cluster API v1.14 with Kamaji's provider v0.20.0 is a known-bad
    // combination (lib/core/compatibility.ts): the seeds opt into its work-around, a ClusterRole
    // that lets the kubeadm bootstrap controller read KamajiControlPlanes.
    managementStack: { clusterApi: 'v1.14.0', kamajiClusterApiProvider: 'v0.20.0', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
  });

  // ── The catalogue of the OpenStack cloud ────────────────────────────────────────────────
  const profile = new CloudProfile(garden, 'openstack', {
    type: ProviderType.OPENSTACK,
    kubernetesVersions: [
      { version: '1.34.1', classification: VersionClassification.PREVIEW },
      { version: '1.33.5' },
      { version: '1.32.9' },
      { version: '1.31.13', classification: VersionClassification.DEPRECATED, expirationDate: '2027-01-31' },
      { version: '1.30.14', classification: VersionClassification.DEPRECATED, expirationDate: '2026-06-30' },
    ],
    machineImages: [
      {
        // The Cluster API build of Garden Linux: kubeadm, kubelet and containerd, configured by
        // cloud-init (not the Gardener flavour, which has only Gardener's node agent).
        name: 'gardenlinux',
        bootstrap: MachineImageBootstrap.KUBEADM,
        versions: [
          { version: '1877.3.0', architectures: [Architecture.AMD64, Architecture.ARM64] },
          { version: '1592.9.0', classification: VersionClassification.DEPRECATED, expirationDate: '2027-01-15' },
        ],
      },
      {
        // Cluster API image-builder's Flatcar: kubeadm and kubelet baked in, configured by Ignition
        // (userDataFormat defaults to Ignition for Flatcar).
        name: 'flatcar',
        bootstrap: MachineImageBootstrap.KUBEADM,
        versions: [{ version: '4230.2.0', kubeletVersionConstraint: '>= 1.31' }],
      },
    ],
    machineTypes: [
      { name: 'm1.medium', cpu: 2, memoryGiB: 4, storageGiB: 40 },
      { name: 'm1.large', cpu: 4, memoryGiB: 8, storageGiB: 80 },
      { name: 'm1.xlarge', cpu: 8, memoryGiB: 16, storageGiB: 160 },
      { name: 'g1.xlarge', cpu: 8, memoryGiB: 32, gpu: 1, storageGiB: 160 },
      { name: 'a1.large', cpu: 4, memoryGiB: 8, architecture: Architecture.ARM64, storageGiB: 50 },
      { name: 'm0.small', cpu: 1, memoryGiB: 2, storageGiB: 20, usable: false },
    ],
    volumeTypes: [
      { name: 'standard', class: 'standard', minSizeGiB: 20 },
      { name: 'ssd', class: 'premium', minSizeGiB: 20 },
    ],
    regions: [
      {
        name: 'eu-nord-1',
        zones: [
          { name: 'eu-nord-1a' },
          { name: 'eu-nord-1b' },
          { name: 'eu-nord-1c', unavailableMachineTypes: ['g1.xlarge'] },
        ],
      },
      { name: 'eu-sued-1', zones: [{ name: 'eu-sued-1a' }, { name: 'eu-sued-1b', unavailableMachineTypes: ['a1.large'] }] },
    ],
    limits: { maxNodesTotal: 200 },
    openstack: {
      keystoneUrls: [
        { region: 'eu-nord-1', url: 'https://keystone.eu-nord-1.nordcloud.example:5000/v3' },
        { region: 'eu-sued-1', url: 'https://keystone.eu-sued-1.nordcloud.example:5000/v3' },
      ],
      floatingPools: [
        { name: 'ext-net', region: 'eu-nord-1' },
        { name: 'public', region: 'eu-sued-1' },
      ],
      loadBalancerProviders: [{ name: 'amphora' }, { name: 'ovn', region: 'eu-nord-1' }],
      dnsServers: ['10.0.0.53', '10.0.1.53'],
      machineImages: [
        { name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0-amd64' },
        { name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0-arm64', architecture: Architecture.ARM64 },
        // For Gardener: provider-openstack maps builds other than amd64 by Glance image ID per region,
        // and then every architecture of the version by ID.
        ...(options.backend === ControlPlaneBackend.GARDENER ? [
          { name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0-amd64', region: 'eu-nord-1', imageId: '3d1c8a52-7f0e-4b7a-9a61-1f2e3d4c5b01' },
          { name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0-arm64', region: 'eu-nord-1', imageId: '3d1c8a52-7f0e-4b7a-9a61-1f2e3d4c5b02', architecture: Architecture.ARM64 },
          { name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0-amd64', region: 'eu-sued-1', imageId: '9e4b7c10-2a3d-4e5f-8a9b-0c1d2e3f4a01' },
          { name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0-arm64', region: 'eu-sued-1', imageId: '9e4b7c10-2a3d-4e5f-8a9b-0c1d2e3f4a02', architecture: Architecture.ARM64 },
        ] : []),
        { name: 'gardenlinux', version: '1592.9.0', image: 'gardenlinux-1592.9.0-amd64' },
        { name: 'flatcar', version: '4230.2.0', image: 'flatcar-stable-4230.2.0' },
      ],
    },
  });

  // ── Seeds: two in the north (one reserved for premium tenants), one in the south ────────
  const seedNetworks = { nodes: '172.16.0.0/16', pods: '172.20.0.0/14', services: '172.24.0.0/16' };
  const tlsFor = (name: string) => ({
    certificateAuthority: { name: `${name}-ca`, namespace: 'kamaji-system' },
    clientCertificate: { name: `${name}-client`, namespace: 'kamaji-system' },
  });

  // Gardener seeds manage their ingress domain and internal records through a DNS provider; Designate
  // is the one provider-openstack registers (DNSRecord type openstack-designate).
  const seedDns = (seed: string) => ({
    gardenerProvider: { type: 'openstack-designate', credentials: { name: 'designate-seeds', namespace: 'garden' } },
    gardenerInternal: { type: 'openstack-designate', domain: `${seed}.internal.nordcloud.example`, credentials: { name: 'designate-seeds', namespace: 'garden' } },
  });

  const nord1 = new Seed(garden, 'nord-1', {
    provider: ProviderType.OPENSTACK, region: 'eu-nord-1', cloudProfile: profile,
    ingressDomain: 'nord-1.seeds.nordcloud.example', dns: seedDns('nord-1'), networks: seedNetworks, capacity: 120,
    labels: { 'seed.nordcloud.example/tier': 'standard' },
    backup: { provider: 'swift', credentials: { name: 'backup-swift', namespace: 'garden' } },
  });
  nord1.addDataStore('etcd-nord-1a', {
    driver: DataStoreDriver.ETCD, endpoints: ['etcd-0.nord-1.internal:2379', 'etcd-1.nord-1.internal:2379', 'etcd-2.nord-1.internal:2379'],
    tls: tlsFor('etcd-nord-1a'), capacity: 40,
  });
  nord1.addDataStore('postgres-nord-1', {
    driver: DataStoreDriver.POSTGRESQL, endpoints: ['postgres.nord-1.internal:5432'],
    basicAuth: { name: 'postgres-nord-1-auth', namespace: 'kamaji-system' }, capacity: 80,
  });

  // For Gardener, nord-2 is itself a shoot of the `garden` project, hosted on nord-1 and registered as a
  // seed by a ManagedSeed: the seed takes the shoot's region, networks and zones, and its ingress
  // domain is `ingress.<shoot domain>`. (nord-1 and sued-1 are existing clusters, registered by Gardenlets.)
  const nord2Cluster = options.backend === ControlPlaneBackend.GARDENER ? new Shoot(new Project(garden, 'garden', { description: 'Gardener\'s own clusters' }), 'nord-2', {
    cloudProfile: profile, region: 'eu-nord-1', seed: nord1, kubernetesVersion: '1.33.5', purpose: ShootPurpose.INFRASTRUCTURE,
    failureTolerance: FailureToleranceType.ZONE, dnsDomain: 'nord-2.seeds.nordcloud.example',
    networking: { nodes: '172.30.0.0/16', pods: '172.28.0.0/15', services: '172.31.0.0/16' },
  }) : undefined;
  nord2Cluster?.addWorkerPool('seed', { machineType: 'm1.xlarge', minimum: 3, maximum: 9, zones: ['eu-nord-1a', 'eu-nord-1b', 'eu-nord-1c'] });
  const nord2 = new Seed(garden, 'nord-2', {
    provider: ProviderType.OPENSTACK, region: 'eu-nord-1', cloudProfile: profile,
    ...(nord2Cluster ? {
      ingressDomain: 'ingress.nord-2.seeds.nordcloud.example',
      networks: { nodes: '172.30.0.0/16', pods: '172.28.0.0/15', services: '172.31.0.0/16' },
      gardenlet: { registration: SeedRegistration.MANAGED_SEED, shoot: nord2Cluster },
    } : { ingressDomain: 'nord-2.seeds.nordcloud.example', networks: seedNetworks }),
    dns: seedDns('nord-2'), capacity: 60,
    labels: { 'seed.nordcloud.example/tier': 'premium' },
    taints: [{ key: 'seed.nordcloud.example/premium' }],
    controlPlane: { loadBalancerClass: 'octavia-ovn', serviceAnnotations: { 'loadbalancer.openstack.org/flavor-id': 'lb-ha' } },
  });
  nord2.addDataStore('etcd-nord-2a', {
    driver: DataStoreDriver.ETCD, endpoints: ['etcd-0.nord-2.internal:2379', 'etcd-1.nord-2.internal:2379', 'etcd-2.nord-2.internal:2379'],
    tls: tlsFor('etcd-nord-2a'), capacity: 30,
  });

  const sued1 = new Seed(garden, 'sued-1', {
    provider: ProviderType.OPENSTACK, region: 'eu-sued-1', cloudProfile: profile,
    ingressDomain: 'sued-1.seeds.nordcloud.example', dns: seedDns('sued-1'), networks: seedNetworks, capacity: 80,
    // This seed already runs CAPO v0.15 (v1beta2); the others still run the garden's default.
    managementStack: { clusterApiProviderOpenStack: 'v0.15.0-beta.0' },
  });
  sued1.addDataStore('etcd-sued-1a', {
    driver: DataStoreDriver.ETCD, endpoints: ['etcd-0.sued-1.internal:2379', 'etcd-1.sued-1.internal:2379', 'etcd-2.sued-1.internal:2379'],
    tls: tlsFor('etcd-sued-1a'), capacity: 40,
  });

  // ── Projects and their shoots ───────────────────────────────────────────────────────────
  const platform = new Project(garden, 'platform', { description: 'Shared platform services', owner: 'platform-team@nordcloud.example' });
  const shop = new Project(garden, 'shop', { description: 'Online shop', owner: 'shop-sre@nordcloud.example', labels: { 'cost-center': 'cc-4711' } });
  const data = new Project(garden, 'data', { description: 'Data platform', owner: 'data-eng@nordcloud.example' });
  // The shop's own OpenStack application credential (the other projects' shoots use the implied
  // binding `openstack-credentials`). Delivered as the garden's default says: SOPS.
  const shopCredentials = shop.addCredentialsBinding('openstack-shop', { provider: ProviderType.OPENSTACK });

  const ops = new Shoot(platform, 'ops', {
    cloudProfile: profile, region: 'eu-nord-1', seed: nord1, kubernetesVersion: '1.33.5', purpose: ShootPurpose.DEVELOPMENT,
    networking: { nodes: '10.250.0.0/16' },
    maintenance: { timeWindowBegin: '020000+0100', timeWindowEnd: '040000+0100' },
  });
  ops.addWorkerPool('system', { machineType: 'm1.large', image: { name: 'gardenlinux', version: '1877.3.0' }, minimum: 3, maximum: 6 });

  const ci = new Shoot(platform, 'ci', {
    cloudProfile: profile, region: 'eu-nord-1', kubernetesVersion: '1.33.5', purpose: ShootPurpose.TESTING,
    // Schedules only where the backend honours them (Gardener); the other backends refuse them.
    ...(schedulesHonoured ? { hibernation: { schedules: [{ start: '0 20 * * 1-5', end: '0 6 * * 1-5', location: 'Europe/Berlin' }] } } : {}),
  });
  ci.addWorkerPool('runners', {
    machineType: 'm1.xlarge', minimum: 1, maximum: 9, zones: ['eu-nord-1a', 'eu-nord-1b', 'eu-nord-1c'],
    maxSurge: IntOrPercent.percent(25), maxUnavailable: IntOrPercent.count(1),
    volume: { type: 'ssd', sizeGiB: 100 },
    taints: [{ key: 'ci.nordcloud.example/runner', value: 'true', effect: TaintEffect.NO_SCHEDULE }],
  });
  ci.addWorkerPool('arm', { machineType: 'a1.large', minimum: 0, maximum: 3, zones: ['eu-nord-1a'] });

  const sandbox = new Shoot(platform, 'sandbox', {
    cloudProfile: profile, region: 'eu-sued-1', kubernetesVersion: '1.34.1', purpose: ShootPurpose.EVALUATION, // a preview version, chosen explicitly
    hibernation: { enabled: true },
  });
  sandbox.addWorkerPool('default', { machineType: 'm1.medium', zones: ['eu-sued-1a'], minimum: 1, maximum: 2 });

  const prod = new Shoot(shop, 'prod', {
    cloudProfile: profile, region: 'eu-nord-1', kubernetesVersion: '1.32.9', purpose: ShootPurpose.PRODUCTION,
    failureTolerance: FailureToleranceType.ZONE,
    seedSelector: { matchLabels: { 'seed.nordcloud.example/tier': 'premium' } },
    tolerations: [{ key: 'seed.nordcloud.example/premium' }],
    networking: { type: undefined, nodes: '10.250.0.0/16' },
    maintenance: { timeWindowBegin: '030000+0100', timeWindowEnd: '050000+0100', autoUpdateKubernetesVersion: false },
    labels: { tier: 'gold' },
    credentials: shopCredentials,
  });
  prod.addWorkerPool('system', { machineType: 'm1.large', minimum: 3, maximum: 6, labels: { 'node.nordcloud.example/role': 'system' } });
  prod.addWorkerPool('web', {
    machineType: 'm1.xlarge', minimum: 6, maximum: 30, maxSurge: IntOrPercent.count(3), maxUnavailable: IntOrPercent.count(0),
    volume: { type: 'ssd', sizeGiB: 200 }, labels: { 'node.nordcloud.example/role': 'web' },
  });

  const staging = new Shoot(shop, 'staging', {
    cloudProfile: profile, region: 'eu-nord-1', kubernetesVersion: '1.33.5', purpose: ShootPurpose.DEVELOPMENT,
    failureTolerance: FailureToleranceType.NODE,
    credentials: shopCredentials,
    // Schedules only where the backend honours them (Gardener); the other backends refuse them.
    ...(schedulesHonoured ? { hibernation: { schedules: [{ start: '0 22 * * *', end: '0 7 * * 1-5', location: 'Europe/Berlin' }] } } : {}),
  });
  staging.addWorkerPool('web', { machineType: 'm1.large', minimum: 2, maximum: 4, zones: ['eu-nord-1a', 'eu-nord-1b'] });

  const edge = new Shoot(shop, 'edge-sued', {
    cloudProfile: profile, region: 'eu-sued-1', kubernetesVersion: '1.33.5', purpose: ShootPurpose.PRODUCTION,
    failureTolerance: FailureToleranceType.NODE,
    networking: { nodes: '10.251.0.0/16' },
    openstack: {
      floatingPoolName: 'public',
      sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFm7c0xWn1cQ8k3d4u2yQ3p0Zr7o9Jt6vGQhYb1sLr0e edge-ops@nordcloud.example',
    },
  });
  edge.addWorkerPool('static', {
    // Static machines on Flatcar (Ignition user data): they join with kubeadm and a bootstrap token
    // the seed's worker-join CronJob keeps fresh, or, under a k0smotron control plane, as k0s
    // workers with the token of a JoinTokenRequest.
    machineType: 'm1.large', provisioner: Provisioner.TERRAFORM,
    minimum: 2, maximum: 2, zones: ['eu-sued-1a', 'eu-sued-1b'],
    image: { name: 'flatcar', version: '4230.2.0' },
    openstack: { serverGroupPolicy: ServerGroupPolicy.SOFT_ANTI_AFFINITY },
  });

  const analytics = new Shoot(data, 'analytics', {
    cloudProfile: profile, region: 'eu-nord-1', kubernetesVersion: '1.33.5', purpose: ShootPurpose.PRODUCTION,
    failureTolerance: FailureToleranceType.NODE,
  });
  analytics.addWorkerPool('cpu', { machineType: 'm1.xlarge', minimum: 3, maximum: 12 });
  analytics.addWorkerPool('gpu', {
    machineType: 'g1.xlarge', minimum: 0, maximum: 4, zones: ['eu-nord-1a', 'eu-nord-1b'],
    taints: [{ key: 'nvidia.com/gpu', effect: TaintEffect.NO_SCHEDULE }], labels: { 'nvidia.com/gpu.present': 'true' },
  });

  // Two shoots in the south share one pre-existing tenant network, so their node ranges differ.
  const lake = new Shoot(data, 'lake', {
    cloudProfile: profile, region: 'eu-sued-1', kubernetesVersion: '1.32.9', purpose: ShootPurpose.DEVELOPMENT,
    networking: { nodes: '10.40.0.0/20' },
    openstack: { existingNetworkId: '5f0b1a36-6b6e-4c1f-9a2b-2f4d3c1e0a11', existingRouterId: '8c2d4e6f-0a1b-4c3d-8e5f-6a7b8c9d0e1f' },
  });
  lake.addWorkerPool('storage', { machineType: 'm1.xlarge', minimum: 2, maximum: 4, volume: { type: 'standard', sizeGiB: 500 } });

  const etl = new Shoot(data, 'etl', {
    cloudProfile: profile, region: 'eu-sued-1', kubernetesVersion: '1.32.9', purpose: ShootPurpose.TESTING,
    networking: { nodes: '10.40.16.0/20' },
    openstack: { existingNetworkId: '5f0b1a36-6b6e-4c1f-9a2b-2f4d3c1e0a11', existingRouterId: '8c2d4e6f-0a1b-4c3d-8e5f-6a7b8c9d0e1f' },
  });
  etl.addWorkerPool('batch', { machineType: 'm1.large', minimum: 2, maximum: 8, image: { name: 'gardenlinux', version: '1592.9.0' } });

  return garden;
}

export default function openstackFleet(): Garden {
  return buildOpenStackFleet();
}
