/**
 * A deterministic fleet generator for benchmarks and scale tests: N shoots over N/100 seeds,
 * both providers, mixed purposes, tolerances, pool counts and (optionally) backends.
 * The same (n, seed) always gives the same fleet.
 */
import {
  App, Architecture, MachineImageBootstrap, CloudProfile, ControlPlaneBackend, DataStoreDriver, FailureToleranceType, Garden, IntOrPercent, Project,
  ProviderType, Provisioner, Seed, Shoot, ShootPurpose, StackWorkaround, VersionClassification,
} from '../lib';

/** Options of {@link generateFleet}. */
export interface GeneratorOptions {
  /** Number of shoots. */
  readonly shoots: number;
  /** PRNG seed. */
  readonly seed?: number;
  /** Backends to mix (round-robin weighted by the PRNG). */
  readonly backends?: ControlPlaneBackend[];
  /** Share of static (terraform) pools, 0–1. */
  readonly staticPoolShare?: number;
  /**
   * Index of one shoot whose definition is edited (its first pool's maxSurge is 2 instead of 1):
   * the fleet of a pull request that changes one shoot.
   * @default - none
   */
  readonly edit?: number;
  /** Index of one seed whose ingress domain is edited (`edited-` in front). @default - none */
  readonly editSeed?: number;
  /** Edit the vSphere CloudProfile (its vCenter's host name). @default false */
  readonly editProfile?: boolean;
  /** The garden's DNS domain (a garden-level setting every shoot's names derive from). @default 'k8s.example.com' */
  readonly dnsDomain?: string;
}

/** mulberry32: a small, fast, well-known PRNG (seeded; also drives the test suite's random trials). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KUBERNETES = [
  { version: '1.33.5' }, { version: '1.32.9' },
  { version: '1.31.13', classification: VersionClassification.DEPRECATED, expirationDate: '2027-03-31' },
];

function openstackProfile(garden: Garden): CloudProfile {
  return new CloudProfile(garden, 'openstack', {
    type: ProviderType.OPENSTACK,
    kubernetesVersions: KUBERNETES,
    machineImages: [{ name: 'gardenlinux', bootstrap: MachineImageBootstrap.KUBEADM, versions: [{ version: '1877.3.0', architectures: [Architecture.AMD64, Architecture.ARM64] }] }],
    machineTypes: [
      { name: 'm1.large', cpu: 4, memoryGiB: 8, storageGiB: 80 },
      { name: 'm1.xlarge', cpu: 8, memoryGiB: 16, storageGiB: 160 },
    ],
    volumeTypes: [{ name: 'ssd', class: 'premium', minSizeGiB: 20 }],
    regions: ['gen-1', 'gen-2'].map((r) => ({ name: r, zones: ['a', 'b', 'c'].map((z) => ({ name: `${r}${z}` })) })),
    openstack: {
      keystoneUrls: ['gen-1', 'gen-2'].map((r) => ({ region: r, url: `https://keystone.${r}.example.com/v3` })),
      floatingPools: [{ name: 'ext-net' }],
      dnsServers: ['10.255.0.53'],
      machineImages: [
        { name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0' },
        { name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0-arm64', architecture: Architecture.ARM64 },
      ],
    },
  });
}

function vsphereProfile(garden: Garden, edited = false): CloudProfile {
  return new CloudProfile(garden, 'vsphere', {
    type: ProviderType.VSPHERE,
    kubernetesVersions: KUBERNETES,
    machineImages: [{ name: 'ubuntu', bootstrap: MachineImageBootstrap.KUBEADM, versions: [{ version: '24.4.3' }] }],
    machineTypes: [{ name: 'medium', cpu: 4, memoryGiB: 16 }, { name: 'large', cpu: 8, memoryGiB: 32 }],
    volumeTypes: [{ name: 'vsan', class: 'standard', minSizeGiB: 20 }],
    regions: [{ name: 'dc-1', zones: [{ name: 'dc-1a' }, { name: 'dc-1b' }, { name: 'dc-1c' }] }],
    vsphere: {
      regions: [{
        name: 'dc-1', vcenter: edited ? 'vcenter-2.example.com' : 'vcenter.example.com', datacenter: 'DC1', datastore: 'vsan', network: 'k8s', folder: 'kubernetes',
        zones: [{ name: 'dc-1a', computeCluster: 'c-a' }, { name: 'dc-1b', computeCluster: 'c-b' }, { name: 'dc-1c', computeCluster: 'c-c' }],
      }],
      machineImages: [{ name: 'ubuntu', version: '24.4.3', template: 'templates/ubuntu-2404' }],
    },
  });
}

/** Generates a fleet of `options.shoots` shoots. */
export function generateFleet(options: GeneratorOptions): Garden {
  const rnd = prng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const n = options.shoots;
  const garden = new Garden(new App(), 'scale', { repository: { url: 'https://git.example.com/platform/fleet.git', path: 'dist' }, dnsDomain: options.dnsDomain ?? 'k8s.example.com',
    // The default stack pairs Cluster API v1.14 with Kamaji's provider v0.20.0, a known-bad combination (lib/core/compatibility.ts).
    managementStack: { workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] } });
  const profiles = { [ProviderType.OPENSTACK]: openstackProfile(garden), [ProviderType.VSPHERE]: vsphereProfile(garden, options.editProfile) };

  // Seeds: one per 100 shoots, alternating providers; room for 20 % more than their share.
  // Placement cycle of four: OpenStack gen-1, vSphere dc-1, OpenStack gen-2, vSphere dc-1.
  const cycle: Array<[ProviderType, string]> = [
    [ProviderType.OPENSTACK, 'gen-1'], [ProviderType.VSPHERE, 'dc-1'], [ProviderType.OPENSTACK, 'gen-2'], [ProviderType.VSPHERE, 'dc-1'],
  ];
  const seedCount = Math.max(4, Math.ceil(n / 100 / 4) * 4);
  const perSeed = Math.ceil((n / seedCount) * 1.2) + 10;
  for (let i = 0; i < seedCount; i++) {
    const [provider, region] = cycle[i % 4];
    const seed = new Seed(garden, `seed-${String(i).padStart(3, '0')}`, {
      provider, region, cloudProfile: profiles[provider], capacity: perSeed,
      ingressDomain: `${options.editSeed === i ? 'edited-' : ''}seed-${i}.seeds.example.com`, networks: { nodes: '172.16.0.0/16', pods: '172.20.0.0/14', services: '172.24.0.0/16' },
    });
    seed.addDataStore('etcd', {
      driver: DataStoreDriver.ETCD, endpoints: ['etcd-0.internal:2379', 'etcd-1.internal:2379', 'etcd-2.internal:2379'],
      tls: { certificateAuthority: { name: 'etcd-ca' }, clientCertificate: { name: 'etcd-client' } }, capacity: perSeed,
    });
    seed.addDataStore('postgres', {
      driver: DataStoreDriver.POSTGRESQL, endpoints: ['postgres.internal:5432'], basicAuth: { name: 'postgres-auth' }, capacity: perSeed,
    });
  }

  // Shoots: 20 per project; shoots of one provider region share nothing but the vSphere port group,
  // so every shoot gets its own /24 node range out of 10.0.0.0/8.
  const projects: Project[] = [];
  for (let p = 0; p < Math.ceil(n / 20); p++) projects.push(new Project(garden, `p${p.toString(36).padStart(3, '0')}`));
  const backends = options.backends ?? [ControlPlaneBackend.KAMAJI];
  const staticShare = options.staticPoolShare ?? 0.1;
  for (let i = 0; i < n; i++) {
    const [provider, region] = cycle[i % 4];
    const profile = profiles[provider];
    const zones = ['a', 'b', 'c'].map((z) => (provider === ProviderType.OPENSTACK ? `${region}${z}` : `dc-1${z}`));
    const purpose = pick([ShootPurpose.PRODUCTION, ShootPurpose.DEVELOPMENT, ShootPurpose.TESTING, ShootPurpose.EVALUATION]);
    const tolerance = purpose === ShootPurpose.PRODUCTION ? pick([FailureToleranceType.NODE, FailureToleranceType.ZONE]) : FailureToleranceType.NONE;
    const shoot = new Shoot(projects[Math.floor(i / 20)], `s${i.toString(36).padStart(4, '0')}`, {
      cloudProfile: profile, region, kubernetesVersion: pick(['1.33.5', '1.32.9']), purpose, failureTolerance: tolerance,
      backend: pick(backends),
      networking: { nodes: `10.${Math.floor(i / 256)}.${i % 256}.0/24` },
    });
    const pools = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < pools; k++) {
      // Static machines join with kubeadm: none for k0smotron control planes.
      const isStatic = rnd() < staticShare && shoot.props.backend !== ControlPlaneBackend.K0SMOTRON;
      const poolZones = isStatic ? zones.slice(0, 1 + Math.floor(rnd() * 3)) : zones;
      const size = poolZones.length * (1 + Math.floor(rnd() * 2));
      shoot.addWorkerPool(`pool-${k}`, {
        machineType: provider === ProviderType.OPENSTACK ? pick(['m1.large', 'm1.xlarge']) : pick(['medium', 'large']),
        zones: poolZones,
        minimum: size,
        maximum: isStatic ? size : size * 2,
        maxSurge: IntOrPercent.count(options.edit === i && k === 0 ? 2 : 1),
        provisioner: isStatic ? Provisioner.TERRAFORM : Provisioner.CLUSTER_API,
        volume: provider === ProviderType.VSPHERE ? { type: 'vsan', sizeGiB: 50 } : undefined,
      });
    }
  }
  return garden;
}
