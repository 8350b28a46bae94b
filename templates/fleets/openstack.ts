/**
 * The fleet: one OpenStack cloud, one seed hosting the control planes, two shoots.
 *
 * `npx seedbed synth` renders it into dist/main/ (commit that folder: the seeds' Flux reads it);
 * `npx seedbed validate` checks it without writing anything. Every value below is an example
 * for a cloud called "eu-1": replace them with your cloud's catalogue and your own clusters.
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

  // The catalogue of the cloud: which Kubernetes versions, machine images, machine types and
  // zones shoots may use. Shoots are checked against it the way Gardener checks a Shoot.
  const profile = new CloudProfile(garden, 'openstack', {
    type: ProviderType.OPENSTACK,
    kubernetesVersions: [{ version: '1.33.5' }, { version: '1.32.9' }],
    machineImages: [{ name: 'gardenlinux', versions: [{ version: '1877.3.0' }] }],
    machineTypes: [
      { name: 'm1.medium', cpu: 2, memoryGiB: 4, storageGiB: 40 },
      { name: 'm1.large', cpu: 4, memoryGiB: 8, storageGiB: 80 },
    ],
    regions: [{ name: 'eu-1', zones: [{ name: 'eu-1a' }, { name: 'eu-1b' }, { name: 'eu-1c' }] }],
    openstack: {
      keystoneUrls: [{ region: 'eu-1', url: 'https://keystone.{{name}}.example:5000/v3' }],
      floatingPools: [{ name: 'ext-net' }],
      // The Glance image behind each machine image version.
      machineImages: [{ name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0' }],
    },
  });

  // A seed is a cluster that runs the control planes of many shoots, one namespace per shoot.
  // Its Flux reconciles dist/main/seeds/seed-1/ (see the README for the bootstrap).
  const seed = new Seed(garden, 'seed-1', {
    provider: ProviderType.OPENSTACK,
    region: 'eu-1',
    cloudProfile: profile,
    ingressDomain: 'seed-1.{{name}}.example',
    networks: { pods: '172.20.0.0/16', services: '172.21.0.0/16' },
  });
  // Where the hosted control planes keep their state. Credentials are Secret references only.
  seed.addDataStore('etcd', {
    driver: DataStoreDriver.ETCD,
    endpoints: ['etcd.seed-1.internal:2379'],
    tls: { certificateAuthority: { name: 'etcd-ca' }, clientCertificate: { name: 'etcd-client' } },
  });

  // A project is a tenant; its shoots live in the garden namespace garden-<project>.
  const shop = new Project(garden, 'shop');
  // The project's binding to its OpenStack application credential: a name, never a value. Every
  // consumer in a shoot's namespace (Cluster API, the Terraform runner, the cloud controller and CSI
  // driver) reads the Secret of this name; it is committed SOPS-encrypted, one file per shoot:
  // secrets/seed-1/shoot--shop--<shoot>/openstack-shop.enc.yaml (`npx seedbed synth` lists each in
  // dist/main/seeds/seed-1/prerequisites.json with the keys it must hold).
  const credentials = shop.addCredentialsBinding('openstack-shop', { provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.SOPS });

  // A production cluster spread over the zones, and a small development cluster. Neither names a
  // seed: synth places each on the least-used seed of its region and keeps it there.
  const prod = new Shoot(shop, 'prod', {
    cloudProfile: profile,
    region: 'eu-1',
    kubernetesVersion: '1.33.5',
    purpose: ShootPurpose.PRODUCTION,
    failureTolerance: FailureToleranceType.ZONE,
    credentials,
  });
  prod.addWorkerPool('web', { machineType: 'm1.large', minimum: 3, maximum: 9 });

  const dev = new Shoot(shop, 'dev', {
    cloudProfile: profile,
    region: 'eu-1',
    kubernetesVersion: '1.33.5',
    purpose: ShootPurpose.DEVELOPMENT,
    credentials,
  });
  dev.addWorkerPool('default', { machineType: 'm1.medium', minimum: 1, maximum: 3 });

  return garden;
}
