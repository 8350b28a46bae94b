/**
 * The fleet: one vSphere datacenter, one seed hosting the control planes, two shoots.
 *
 * `npx seedbed synth` renders it into dist/main/ (commit that folder: the seeds' Flux reads it);
 * `npx seedbed validate` checks it without writing anything. Every value below is an example
 * for a datacenter called "dc-1": replace them with your vCenter's inventory and your own clusters.
 */
import {
  App, CloudProfile, CredentialsDelivery, DataStoreDriver, FailureToleranceType, Garden, Project, ProviderType, Seed, Shoot, ShootPurpose, StackWorkaround,
} from 'seedbed';

export default function (): Garden {
  // The garden is the whole fleet. `repository` is where this repository's rendered output is
  // read from by each seed's Flux: `path` is both the folder `seedbed synth` writes and the one
  // every seed reconciles (default dist/<garden name>).
  const garden = new Garden(new App(), '{{name}}', {
    repository: { url: '{{repository}}', branch: 'main', path: 'dist/main' },
    dnsDomain: 'k8s.{{name}}.example',
    // Secrets this repository keeps SOPS-encrypted under secrets/<seed>/ (see secrets/seed-1/README.md):
    // each seed's Flux decrypts them with its age key before any shoot's first stage.
    sopsSecrets: {},
    // The versions of the controllers the seeds run (defaults: see seedbed's lib/core/stack.ts). Cluster
    // API v1.14 with Kamaji's Cluster API provider v0.20.0 is a known-bad combination: the seeds opt into
    // its work-around, a ClusterRole letting the kubeadm bootstrap controller read KamajiControlPlanes.
    managementStack: { workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
  });

  // The catalogue of the datacenter: which Kubernetes versions, VM templates, machine sizes and
  // zones (compute clusters) shoots may use. Shoots are checked against it the way Gardener
  // checks a Shoot.
  const profile = new CloudProfile(garden, 'vsphere', {
    type: ProviderType.VSPHERE,
    kubernetesVersions: [{ version: '1.33.5' }, { version: '1.32.9' }],
    machineImages: [{ name: 'ubuntu', versions: [{ version: '24.4.3' }] }],
    machineTypes: [
      { name: 'medium', cpu: 4, memoryGiB: 16 },
      { name: 'large', cpu: 8, memoryGiB: 32 },
    ],
    regions: [{ name: 'dc-1', zones: [{ name: 'dc-1a' }, { name: 'dc-1b' }, { name: 'dc-1c' }] }],
    vsphere: {
      regions: [{
        name: 'dc-1',
        vcenter: 'vcenter.{{name}}.example',
        datacenter: 'DC-1',
        datastore: 'vsanDatastore',
        network: 'k8s-workers',
        folder: 'kubernetes',
        resourcePool: 'kubernetes',
        zones: [
          { name: 'dc-1a', computeCluster: 'cluster-a' },
          { name: 'dc-1b', computeCluster: 'cluster-b' },
          { name: 'dc-1c', computeCluster: 'cluster-c' },
        ],
      }],
      // The VM template behind each machine image version.
      machineImages: [{ name: 'ubuntu', version: '24.4.3', template: 'templates/ubuntu-2404-kube', guestId: 'ubuntu64Guest' }],
      dnsServers: ['10.10.0.10', '10.10.0.11'],
    },
  });

  // A seed is a cluster that runs the control planes of many shoots, one namespace per shoot.
  // Its Flux reconciles dist/main/seeds/seed-1/ (see the README for the bootstrap).
  const seed = new Seed(garden, 'seed-1', {
    provider: ProviderType.VSPHERE,
    region: 'dc-1',
    cloudProfile: profile,
    ingressDomain: 'seed-1.{{name}}.example',
    networks: { nodes: '172.30.0.0/16', pods: '172.31.0.0/16', services: '172.29.0.0/16' },
  });
  // Where the hosted control planes keep their state. Credentials are Secret references only.
  seed.addDataStore('etcd', {
    driver: DataStoreDriver.ETCD,
    endpoints: ['etcd.seed-1.internal:2379'],
    tls: { certificateAuthority: { name: 'etcd-ca' }, clientCertificate: { name: 'etcd-client' } },
  });

  // A project is a tenant; its shoots live in the garden namespace garden-<project>.
  const shop = new Project(garden, 'shop');
  // The project's binding to its vCenter service account: a name, never a value. Every
  // consumer in a shoot's namespace (Cluster API, the Terraform runner, the cloud controller and CSI
  // driver) reads the Secret of this name; it is committed SOPS-encrypted, one file per shoot:
  // secrets/seed-1/shoot--shop--<shoot>/vsphere-shop.enc.yaml (`npx seedbed synth` lists each in
  // dist/main/seeds/seed-1/prerequisites.json with the keys it must hold).
  const credentials = shop.addCredentialsBinding('vsphere-shop', { provider: ProviderType.VSPHERE, delivery: CredentialsDelivery.SOPS });

  // A production cluster spread over the zones, and a small development cluster. All shoots share
  // the datacenter's port group, so each has a node range of its own. Neither names a seed: synth
  // places each on the least-used seed of its region and keeps it there.
  const prod = new Shoot(shop, 'prod', {
    cloudProfile: profile,
    region: 'dc-1',
    kubernetesVersion: '1.33.5',
    purpose: ShootPurpose.PRODUCTION,
    failureTolerance: FailureToleranceType.ZONE,
    credentials,
    networking: { nodes: '10.60.0.0/22', pods: '100.96.0.0/16', services: '100.64.0.0/16' },
  });
  prod.addWorkerPool('web', { machineType: 'large', minimum: 3, maximum: 9, volume: { sizeGiB: 60 } });

  const dev = new Shoot(shop, 'dev', {
    cloudProfile: profile,
    region: 'dc-1',
    kubernetesVersion: '1.33.5',
    purpose: ShootPurpose.DEVELOPMENT,
    credentials,
    networking: { nodes: '10.60.4.0/22', pods: '100.96.0.0/16', services: '100.64.0.0/16' },
  });
  dev.addWorkerPool('default', { machineType: 'medium', minimum: 1, maximum: 3, volume: { sizeGiB: 60 } });

  return garden;
}
