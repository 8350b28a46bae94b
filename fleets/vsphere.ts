/**
 * Example fleet: an enterprise vSphere estate with one datacenter region, two seeds and six
 * shoots. All shoots share the region's port group, so each has its own node range.
 */
import {
  ControlPlaneBackend,
  App, CloudProfile, CredentialsDelivery, DataStoreDriver, FailureToleranceType, Garden, Project, ProviderType, Provisioner, Seed, Shoot,
  ShootPurpose, StackWorkaround, VersionClassification, VSphereAntiAffinity, VSphereShareLevel, MachineImageBootstrap,
} from '../lib';
import { ExampleFleetOptions } from './openstack';

/** The example vSphere fleet, optionally switched to another backend or GitOps engine. */
export function buildVSphereFleet(options: ExampleFleetOptions = {}): Garden {
  const garden = new Garden(new App(), 'corp', {
    repository: {
      url: 'ssh://git@git.corp.example/platform/clusters.git', secretName: 'flux-git-ssh', path: `snapshots/${options.variant ?? 'vsphere'}`,
    },
    dnsDomain: 'k8s.corp.example',
    // vCenter credentials come from the corporate Vault through External Secrets: each shoot
    // namespace gets an ExternalSecret that builds the Secret its consumers read from the store's
    // entry `<project>/<binding>` (fields username, password), before the shoot's first stage.
    credentials: { delivery: CredentialsDelivery.EXTERNAL_SECRET, externalSecret: { store: 'corp-vault' } },
    defaultBackend: options.backend,
    gitOpsEngine: options.gitOpsEngine,
    // The controllers the seeds run. Cluster API v1.14 with Kamaji's provider v0.20.0 is a known-bad
    // combination (lib/core/compatibility.ts): the seeds opt into its work-around, a ClusterRole
    // that lets the kubeadm bootstrap controller read KamajiControlPlanes.
    managementStack: { clusterApi: 'v1.14.0', kamajiClusterApiProvider: 'v0.20.0', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
  });

  const profile = new CloudProfile(garden, 'vsphere', {
    type: ProviderType.VSPHERE,
    kubernetesVersions: [
      { version: '1.33.5' },
      { version: '1.32.9' },
      { version: '1.31.13', classification: VersionClassification.DEPRECATED, expirationDate: '2027-02-15' },
    ],
    machineImages: [
      {
        // An image-builder template: kubeadm, kubelet and containerd.
        name: 'ubuntu',
        bootstrap: MachineImageBootstrap.KUBEADM,
        versions: [
          { version: '24.4.3' },
          { version: '22.4.5', classification: VersionClassification.DEPRECATED, expirationDate: '2027-04-30' },
        ],
      },
    ],
    machineTypes: [
      { name: 'small', cpu: 2, memoryGiB: 8 },
      { name: 'medium', cpu: 4, memoryGiB: 16 },
      { name: 'large', cpu: 8, memoryGiB: 32 },
    ],
    volumeTypes: [{ name: 'vsan-default', class: 'standard', minSizeGiB: 30 }, { name: 'vsan-gold', class: 'premium', minSizeGiB: 30 }],
    regions: [{ name: 'dc-muc', zones: [{ name: 'muc-a' }, { name: 'muc-b' }, { name: 'muc-c' }] }],
    limits: { maxNodesTotal: 100 },
    vsphere: {
      regions: [{
        name: 'dc-muc',
        vcenter: 'vcenter-muc.corp.example',
        // SHA-1 fingerprint of vCenter's certificate (openssl x509 -noout -fingerprint -sha1).
        thumbprint: '3C:41:2A:9E:7B:55:0D:18:C2:6F:8A:E4:91:37:B0:5D:2E:6C:F1:A8',
        datacenter: 'DC-MUC',
        datastore: 'vsanDatastore',
        network: 'k8s-workers',
        folder: 'kubernetes',
        resourcePool: 'kubernetes',
        zones: [
          { name: 'muc-a', computeCluster: 'cluster-a' },
          { name: 'muc-b', computeCluster: 'cluster-b' },
          { name: 'muc-c', computeCluster: 'cluster-c', datastore: 'vsanDatastore-c' },
        ],
      }],
      machineImages: [
        { name: 'ubuntu', version: '24.4.3', template: 'templates/ubuntu-2404-kube', guestId: 'ubuntu64Guest' },
        { name: 'ubuntu', version: '22.4.5', template: 'templates/ubuntu-2204-kube', guestId: 'ubuntu64Guest' },
      ],
      dnsServers: ['10.10.0.10', '10.10.0.11'],
    },
  });

  const seedNetworks = { nodes: '172.30.0.0/16', pods: '172.31.0.0/16', services: '172.29.0.0/16' };
  for (const name of ['muc-1', 'muc-2']) {
    const seed = new Seed(garden, name, {
      provider: ProviderType.VSPHERE, region: 'dc-muc', cloudProfile: profile, capacity: 50,
      ingressDomain: `${name}.seeds.corp.example`, networks: seedNetworks,
      controlPlane: { serviceAnnotations: { 'metallb.universe.tf/address-pool': 'kube-apis' } },
      // The seed's compute clusters carry k8s-zone tags and its vSphere CPI reads them, so its
      // nodes have topology.kubernetes.io/zone: zone-tolerant control planes spread strictly.
      zoneLabels: true,
      // Gardener seeds need a DNS provider for their ingress domain and internal records. provider-vsphere
      // registers no DNSRecord type, so a vSphere garden names another extension's: here Route 53, the
      // DNSRecord type gardener-extension-provider-aws registers (pkg/controller/dnsrecord).
      ...(options.backend === ControlPlaneBackend.GARDENER ? { dns: {
        gardenerProvider: { type: 'aws-route53', credentials: { name: 'route53-seeds', namespace: 'garden' } },
        gardenerInternal: { type: 'aws-route53', domain: `${name}.internal.corp.example`, credentials: { name: 'route53-seeds', namespace: 'garden' } },
      } } : {}),
    });
    seed.addDataStore(`postgres-${name}`, {
      driver: DataStoreDriver.POSTGRESQL, endpoints: [`postgres.${name}.corp.example:5432`],
      basicAuth: { name: `postgres-${name}-auth`, namespace: 'kamaji-system' },
      tls: { certificateAuthority: { name: `postgres-${name}-ca`, namespace: 'kamaji-system' } },
      capacity: 50,
    });
  }

  const it = new Project(garden, 'it', { description: 'Central IT', owner: 'k8s-admins@corp.example' });
  const apps = new Project(garden, 'apps', { description: 'Business applications', owner: 'app-ops@corp.example' });
  // The business applications' own vCenter service account, read from their own Vault entry.
  const appsCredentials = apps.addCredentialsBinding('vsphere-apps', {
    provider: ProviderType.VSPHERE, externalSecret: { store: 'corp-vault', remoteKey: 'vsphere/apps-service-account' },
  });

  const shoots: Array<[Project, string, ShootPurpose, string, string]> = [
    [it, 'monitoring', ShootPurpose.PRODUCTION, '1.33.5', '10.60.0.0/22'],
    [it, 'tools', ShootPurpose.DEVELOPMENT, '1.33.5', '10.60.4.0/22'],
    [apps, 'erp', ShootPurpose.PRODUCTION, '1.32.9', '10.60.8.0/22'],
    [apps, 'erp-test', ShootPurpose.TESTING, '1.33.5', '10.60.12.0/22'],
    [apps, 'portal', ShootPurpose.PRODUCTION, '1.33.5', '10.60.16.0/22'],
  ];
  for (const [project, name, purpose, version, nodes] of shoots) {
    const production = purpose === ShootPurpose.PRODUCTION;
    const shoot = new Shoot(project, name, {
      cloudProfile: profile, region: 'dc-muc', kubernetesVersion: version, purpose,
      failureTolerance: production ? FailureToleranceType.ZONE : FailureToleranceType.NONE,
      networking: { nodes, pods: '100.96.0.0/16', services: '100.64.0.0/16' },
      ...(project === apps ? { credentials: appsCredentials } : {}),
    });
    shoot.addWorkerPool('worker', {
      machineType: production ? 'large' : 'medium', minimum: production ? 3 : 1, maximum: production ? 9 : 3,
      volume: { type: 'vsan-default', sizeGiB: 60 },
    });
  }

  // A branch-office style shoot with static VMs created by Terraform, all in one compute cluster
  // (kept on separate hosts by an anti-affinity rule) and capped by its resource pool.
  const branch = new Shoot(it, 'branch', {
    cloudProfile: profile, region: 'dc-muc', kubernetesVersion: '1.33.5', purpose: ShootPurpose.PRODUCTION,
    networking: { nodes: '10.60.20.0/24', pods: '100.96.0.0/16', services: '100.64.0.0/16' },
    vsphere: {
      resourcePool: { cpuShareLevel: VSphereShareLevel.HIGH, cpuLimitMHz: 24000, memoryLimitMiB: 32768 },
      sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3Xw8Zl0f5n2mQ7r9tYc4kD1sHq6eVb0uNj2pLaR8oW k8s-admins@corp.example',
    },
  });
  branch.addWorkerPool('static', {
    machineType: 'small', provisioner: Provisioner.TERRAFORM, minimum: 3, maximum: 3, zones: ['muc-a'], volume: { sizeGiB: 40 },
    image: { name: 'ubuntu', version: '24.4.3' },
    vsphere: { antiAffinity: VSphereAntiAffinity.REQUIRED },
  });

  return garden;
}

export default function vsphereFleet(): Garden {
  return buildVSphereFleet();
}
