/**
 * fast-check arbitraries for whole fleets: random valid fleets built on the fixture
 * CloudProfiles, and a catalogue of single mutations that each make a valid fleet invalid.
 */
import fc from 'fast-check';
import {
  Architecture, DataStoreDriver, FailureToleranceType, ProviderType, Provisioner, ShootPurpose, TaintEffect,
} from '../../lib/core/types';
import { IntOrPercent } from '../../lib/model/worker-pool';
import { DataStoreSpec, FleetSpec, PoolSpec, ProfileSpec, SeedSpec, ShootSpec, openstackProfile, vsphereProfile } from '../fixtures/fleet';

/** What the generator may choose from, per provider; all of it valid at the fixture's NOW. */
interface Catalogue {
  provider: ProviderType;
  profile: () => ProfileSpec;
  /** Region name → zone names. */
  regions: Record<string, string[]>;
  /** Usable machine types, with their architecture, whether they bring a disk, and zones they are unavailable in. */
  machineTypes: Array<{ name: string; arch: Architecture; disk: boolean; unavailableIn: string[] }>;
  /** Volume types with their minimum size and zones they are unavailable in. */
  volumeTypes: Array<{ name: string; min: number; unavailableIn: string[] }>;
  /** Image name → versions per architecture (no expired ones). */
  images: Array<{ name: string; version: string; arch: Architecture[] }>;
  /** Unexpired Kubernetes versions a shoot may name (full versions), newest first. */
  versions: string[];
  /** Minors that default to an unexpired, non-preview version. */
  minors: string[];
}

const OPENSTACK: Catalogue = {
  provider: ProviderType.OPENSTACK,
  profile: openstackProfile,
  regions: { 'eu-1': ['eu-1a', 'eu-1b', 'eu-1c'], 'eu-2': ['eu-2a', 'eu-2b'] },
  machineTypes: [
    { name: 'm1.medium', arch: Architecture.AMD64, disk: true, unavailableIn: [] },
    { name: 'm1.large', arch: Architecture.AMD64, disk: true, unavailableIn: [] },
    { name: 'g1.xlarge', arch: Architecture.AMD64, disk: true, unavailableIn: ['eu-1c'] },
    { name: 'a1.large', arch: Architecture.ARM64, disk: true, unavailableIn: [] },
    { name: 'v1.large', arch: Architecture.AMD64, disk: false, unavailableIn: [] },
  ],
  volumeTypes: [{ name: 'standard', min: 20, unavailableIn: [] }, { name: 'ssd', min: 50, unavailableIn: ['eu-1c'] }],
  images: [
    { name: 'gardenlinux', version: '1877.3.0', arch: [Architecture.AMD64, Architecture.ARM64] },
    { name: 'gardenlinux', version: '1592.9.0', arch: [Architecture.AMD64] },
    { name: 'flatcar', version: '4230.2.0', arch: [Architecture.AMD64] },
  ],
  versions: ['1.34.1', '1.33.5', '1.33.4', '1.32.9', '1.31.13'],
  // Minors with a supported patch: 1.31 has only deprecated ones, which Gardener never defaults to.
  minors: ['1.33', '1.32'],
};

const VSPHERE: Catalogue = {
  provider: ProviderType.VSPHERE,
  profile: vsphereProfile,
  regions: { 'dc-1': ['dc-1a', 'dc-1b', 'dc-1c'] },
  machineTypes: [
    { name: 'small', arch: Architecture.AMD64, disk: false, unavailableIn: [] },
    { name: 'medium', arch: Architecture.AMD64, disk: false, unavailableIn: [] },
    { name: 'large', arch: Architecture.AMD64, disk: false, unavailableIn: [] },
  ],
  volumeTypes: [{ name: 'vsan-default', min: 30, unavailableIn: [] }],
  images: [
    { name: 'ubuntu', version: '24.4.3', arch: [Architecture.AMD64] },
    { name: 'ubuntu', version: '22.4.5', arch: [Architecture.AMD64] },
  ],
  versions: ['1.33.5', '1.32.9', '1.31.13'],
  // Minors with a supported patch: 1.31 has only deprecated ones, which Gardener never defaults to.
  minors: ['1.33', '1.32'],
};

/** A DNS-1123 label of one to three short parts joined by '-' (never '--'), at most `max` characters. */
function label(maxParts: number, partLength: number): fc.Arbitrary<string> {
  return fc.array(fc.stringMatching(new RegExp(`^[a-z0-9]{1,${partLength}}$`)), { minLength: 1, maxLength: maxParts }).map((parts) => parts.join('-'));
}

const projectName = label(2, 3); // ≤ 7
const shootName = label(3, 4); // ≤ 14, so project + shoot ≤ 21
const poolName = label(3, 4); // ≤ 14 ≤ 15
const seedName = label(2, 5);

// Built once: building arbitraries (stringMatching above all) costs far more than drawing from them.
const nodeLabels = fc.option(fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z0-9]{0,8}$/), { maxKeys: 2 }), { nil: undefined });
const nodeTaint = fc.option(fc.record({ key: fc.stringMatching(/^[a-z]{1,8}$/), effect: fc.constantFrom(...Object.values(TaintEffect)) }), { nil: undefined });

function pickSubset<T>(items: T[]): fc.Arbitrary<T[]> {
  return fc.subarray(items, { minLength: 1 });
}

function formatWindow(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}00+0000`;
}

/** A valid pool for a shoot in `zones` of its region running `shootVersion`. */
function poolArb(cat: Catalogue, regionZones: string[], shootVersion: string | undefined): fc.Arbitrary<Omit<PoolSpec, 'id'>> {
  return fc.record({
    mt: fc.constantFrom(...cat.machineTypes),
    zonePick: pickSubset(regionZones),
    defaultZones: fc.boolean(),
    sizeA: fc.nat({ max: 6 }),
    extra: fc.nat({ max: 4 }),
    surge: fc.option(fc.oneof(fc.integer({ min: 1, max: 3 }).map((n) => IntOrPercent.count(n)), fc.integer({ min: 1, max: 100 }).map((n) => IntOrPercent.percent(n))), { nil: undefined }),
    unavailable: fc.option(fc.oneof(fc.integer({ min: 0, max: 2 }).map((n) => IntOrPercent.count(n)), fc.integer({ min: 0, max: 100 }).map((n) => IntOrPercent.percent(n))), { nil: undefined }),
    imageMode: fc.constantFrom('default', 'name', 'explicit'),
    imagePick: fc.nat(),
    volumePick: fc.nat(),
    volumeSize: fc.integer({ min: 50, max: 500 }),
    withVolume: fc.boolean(),
    terraform: fc.boolean(),
    labels: nodeLabels,
    taint: nodeTaint,
    olderKubelet: fc.boolean(),
  }).map((r) => {
    // Zones where the machine type is available.
    const usableZones = regionZones.filter((z) => !r.mt.unavailableIn.includes(z));
    let zones = r.zonePick.filter((z) => usableZones.includes(z));
    if (zones.length === 0) zones = [usableZones[0]];
    const allZones = r.defaultZones && usableZones.length === regionZones.length;
    if (allZones) zones = regionZones;
    const minimum = r.sizeA;
    const maximum = Math.max(minimum, zones.length) + r.extra;
    const props: PoolSpec['props'] = { machineType: r.mt.name, minimum, maximum, zones: allZones ? undefined : zones };
    if (r.terraform) {
      props.provisioner = Provisioner.TERRAFORM;
      props.maximum = Math.max(minimum, zones.length);
      props.minimum = props.maximum;
    }
    // Rolling update settings, never both zero.
    if (r.surge) props.maxSurge = r.surge;
    if (r.unavailable && !(r.unavailable.isZero && (r.surge?.isZero ?? false))) props.maxUnavailable = r.unavailable;
    // Image.
    const fits = cat.images.filter((i) => i.arch.includes(r.mt.arch));
    const image = fits[r.imagePick % fits.length];
    if (r.imageMode === 'name') props.image = { name: fits.find((i) => i.name === cat.images[0].name)!.name };
    if (r.imageMode === 'explicit') props.image = { name: image.name, version: image.version };
    // Volume: required for types without a disk; the type must be available in every zone.
    const effectiveZones = props.zones ?? regionZones;
    if (!r.mt.disk || r.withVolume) {
      const volumeTypes = cat.volumeTypes.filter((v) => !v.unavailableIn.some((z) => effectiveZones.includes(z)));
      const vt = volumeTypes[r.volumePick % volumeTypes.length];
      props.volume = { type: vt.name, sizeGiB: Math.max(vt.min, r.volumeSize) };
    }
    if (r.labels) props.labels = r.labels;
    if (r.taint) props.taints = [r.taint];
    // A kubelet one minor behind the control plane, when the shoot names a full version that has one.
    if (r.olderKubelet && shootVersion && /^\d+\.\d+\.\d+$/.test(shootVersion)) {
      const minor = Number(shootVersion.split('.')[1]);
      const older = cat.versions.find((v) => Number(v.split('.')[1]) === minor - 1);
      const imageOk = !props.image || props.image.name !== 'flatcar' || (older !== undefined && Number(older.split('.')[1]) >= 31);
      if (older && imageOk) props.kubernetesVersion = older;
    }
    return { props };
  });
}

interface ShootDraftSpec {
  project: number;
  name: string;
  spec: Omit<ShootSpec, 'project' | 'id'>;
}

function shootArb(cat: Catalogue, index: number): fc.Arbitrary<Omit<ShootDraftSpec, 'project' | 'name'>> {
  const regions = Object.keys(cat.regions);
  return fc.record({
    region: fc.constantFrom(...regions),
    versionMode: fc.constantFrom('default', 'full', 'minor'),
    version: fc.constantFrom(...cat.versions),
    minor: fc.constantFrom(...cat.minors),
    purpose: fc.constantFrom(ShootPurpose.EVALUATION, ShootPurpose.TESTING, ShootPurpose.DEVELOPMENT, ShootPurpose.PRODUCTION),
    tolerance: fc.constantFrom(...Object.values(FailureToleranceType)),
    windowBegin: fc.integer({ min: 0, max: 47 }).map((h) => h * 30),
    windowLength: fc.integer({ min: 30, max: 360 }),
    hibernate: fc.boolean(),
    location: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'),
    sharedNetwork: fc.boolean(),
    selector: fc.boolean(),
    poolCount: fc.integer({ min: 1, max: 3 }),
    poolSeeds: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  }).chain((r) => {
    const zones = cat.regions[r.region];
    const kubernetesVersion = r.versionMode === 'default' ? undefined : r.versionMode === 'full' ? r.version : r.minor;
    const props: ShootSpec['props'] = {
      region: r.region,
      kubernetesVersion,
      purpose: r.purpose,
      // Zone failure tolerance needs a seed with three zones: only where the region has three.
      failureTolerance: r.tolerance === FailureToleranceType.ZONE && zones.length < 3 ? FailureToleranceType.NODE : r.tolerance,
      // Distinct node ranges, so shoots sharing an infrastructure network never overlap.
      networking: { nodes: `10.${index}.0.0/16` },
      maintenance: { timeWindowBegin: formatWindow(r.windowBegin), timeWindowEnd: formatWindow(r.windowBegin + r.windowLength) },
    };
    // Hibernation schedules: only the gardener backend honours them (refused for these kamaji shoots); a
    // hibernated shoot without schedules is valid everywhere.
    if (r.hibernate) props.hibernation = { enabled: false };
    if (r.sharedNetwork && cat.provider === ProviderType.OPENSTACK) props.openstack = { existingNetworkId: 'net-shared' };
    if (r.selector) props.seedSelector = { matchLabels: { tier: 'standard' } };
    return fc.uniqueArray(poolName, { minLength: r.poolCount, maxLength: r.poolCount }).chain((names) =>
      fc.tuple(...names.map(() => poolArb(cat, zones, kubernetesVersion))).map((pools) => ({
        spec: { props, pools: pools.map((p, i) => ({ id: names[i], ...p })) },
      })));
  });
}

/** A random valid fleet on the OpenStack or vSphere fixture CloudProfile. */
export function validFleet(): fc.Arbitrary<FleetSpec> {
  return fc.constantFrom(OPENSTACK, VSPHERE).chain((cat) => fc.record({
    projects: fc.uniqueArray(projectName, { minLength: 1, maxLength: 3 }),
    seedNames: fc.uniqueArray(seedName, { minLength: 4, maxLength: 4 }),
    extraSeeds: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
    shootCount: fc.integer({ min: 1, max: 6 }),
    drivers: fc.array(fc.constantFrom(...Object.values(DataStoreDriver)), { minLength: 8, maxLength: 8 }),
    twoDataStores: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    strategy: fc.constantFrom('SameRegion', 'MinimalDistance'),
  }).chain((r) => fc.tuple(
    fc.constant(r),
    fc.uniqueArray(fc.tuple(fc.nat({ max: r.projects.length - 1 }), shootName), {
      minLength: r.shootCount, maxLength: r.shootCount, selector: ([p, n]) => `${p}/${n}`,
    }),
    fc.tuple(...Array.from({ length: r.shootCount }, (_, i) => shootArb(cat, i))),
  )).map(([r, ids, shoots]) => {
    const regions = Object.keys(cat.regions);
    // One seed per region, sometimes two; each big enough for every shoot.
    const seeds: SeedSpec[] = [];
    let n = 0;
    regions.forEach((region, i) => {
      const count = r.extraSeeds[i] ? 2 : 1;
      for (let k = 0; k < count; k++, n++) {
        const name = `seed-${r.seedNames[n]}`;
        const dataStores: DataStoreSpec[] = [];
        const dsCount = r.twoDataStores[n] ? 2 : 1;
        for (let d = 0; d < dsCount; d++) {
          const driver = r.drivers[n * 2 + d];
          const auth = driver === DataStoreDriver.ETCD
            ? { tls: { certificateAuthority: { name: `${name}-ca` }, clientCertificate: { name: `${name}-client` } } }
            : { basicAuth: { name: `${name}-${d}-auth` } };
          dataStores.push({ id: `ds-${d}`, props: { driver, endpoints: [`db-${d}.${name}.internal:2379`], capacity: 10, ...auth } });
        }
        seeds.push({
          id: name,
          props: {
            provider: cat.provider, region, capacity: 10, ingressDomain: `${name}.seeds.example.com`,
            networks: { nodes: '172.16.0.0/16', pods: '172.20.0.0/16', services: '172.24.0.0/16' },
            labels: { tier: 'standard' },
          },
          dataStores,
        });
      }
    });
    const spec: FleetSpec = {
      id: 'fleet',
      garden: {
        repository: { url: 'https://git.example.com/platform/fleet.git' },
        dnsDomain: 'k8s.example.com',
        // The default stack pairs Cluster API v1.14 with Kamaji's provider v0.20.0 (a known-bad combination).
        managementStack: { workarounds: ['kamaji-bootstrap-rbac' as any] },
        scheduling: r.strategy === 'MinimalDistance' && regions.length > 1
          ? { strategy: 'MinimalDistance' as any, regionDistances: [{ from: regions[0], to: regions[1], distance: 10 }] }
          : undefined,
      },
      profiles: [cat.profile()],
      seeds,
      projects: r.projects.map((id) => ({ id, props: {} })),
      shoots: ids.map(([p, name], i) => ({ project: r.projects[p], id: name, ...shoots[i].spec })),
    };
    return spec;
  }));
}

/** One change that makes a valid fleet invalid. `target` picks the shoot, pool or seed it applies to. */
export interface Mutation {
  name: string;
  apply: (spec: FleetSpec, target: number) => void;
}

const shootAt = (s: FleetSpec, t: number) => s.shoots[t % s.shoots.length];
const poolAt = (s: FleetSpec, t: number) => { const shoot = shootAt(s, t); return shoot.pools[t % shoot.pools.length].props; };
const seedAt = (s: FleetSpec, t: number) => s.seeds[t % s.seeds.length];

export const MUTATIONS: Mutation[] = [
  { name: 'bad shoot name', apply: (s, t) => { shootAt(s, t).props.name = 'Bad_Name'; } },
  { name: 'pool name too long', apply: (s, t) => { poolAt(s, t).name = 'a-pool-name-too-long'; } },
  { name: 'bad project name', apply: (s, t) => { s.projects[t % s.projects.length].props.name = 'Project!'; } },
  { name: 'unknown zone', apply: (s, t) => { poolAt(s, t).zones = ['nowhere-1z']; } },
  { name: 'min > max', apply: (s, t) => { const p = poolAt(s, t); p.minimum = (p.maximum ?? 10) + 5; } },
  { name: 'unknown machine type', apply: (s, t) => { poolAt(s, t).machineType = 'x9.unknown'; } },
  { name: 'unusable machine type', apply: (s, t) => { s.profiles[0].props.machineTypes.forEach((m) => { m.usable = false; }); void t; } },
  { name: 'expired Kubernetes version', apply: (s, t) => {
    const shoot = shootAt(s, t);
    const v = s.profiles[0].props.kubernetesVersions.find((x) => x.classification !== 'preview')!;
    v.expirationDate = '2026-01-01';
    shoot.props.kubernetesVersion = v.version;
  } },
  { name: 'unknown Kubernetes version', apply: (s, t) => { shootAt(s, t).props.kubernetesVersion = '1.99.0'; } },
  { name: 'node range overlaps pod range', apply: (s, t) => { shootAt(s, t).props.networking = { nodes: '100.96.0.0/16' }; } },
  { name: 'reserved node range', apply: (s, t) => { shootAt(s, t).props.networking = { nodes: '242.0.0.0/16' }; } },
  { name: 'non-canonical pod range', apply: (s, t) => { shootAt(s, t).props.networking = { ...shootAt(s, t).props.networking, pods: '100.96.0.1/11' }; } },
  { name: 'node range overlaps the seed', apply: (s, t) => { shootAt(s, t).props.networking = { nodes: '172.16.0.0/16' }; } },
  { name: 'unknown region', apply: (s, t) => { shootAt(s, t).props.region = 'mars-1'; } },
  { name: 'duplicate pool name', apply: (s, t) => { const shoot = shootAt(s, t); shoot.pools.push({ id: 'Dup', props: { ...shoot.pools[0].props, name: shoot.pools[0].props.name ?? shoot.pools[0].id } }); } },
  { name: 'maxSurge and maxUnavailable 0', apply: (s, t) => { const p = poolAt(s, t); p.maxSurge = IntOrPercent.count(0); p.maxUnavailable = IntOrPercent.count(0); } },
  { name: 'maxUnavailable above 100%', apply: (s, t) => { poolAt(s, t).maxUnavailable = IntOrPercent.percent(101); } },
  { name: 'volume size 0', apply: (s, t) => { poolAt(s, t).volume = { sizeGiB: 0 }; } },
  { name: 'unknown image', apply: (s, t) => { poolAt(s, t).image = { name: 'windows' }; } },
  { name: 'bad node label', apply: (s, t) => { poolAt(s, t).labels = { 'bad key': 'x' }; } },
  { name: 'short maintenance window', apply: (s, t) => { shootAt(s, t).props.maintenance = { timeWindowBegin: '220000+0000', timeWindowEnd: '221000+0000' }; } },
  { name: 'bad hibernation cron', apply: (s, t) => { shootAt(s, t).props.hibernation = { schedules: [{ start: 'at eight' }] }; } },
  { name: 'bad seed ingress domain', apply: (s, t) => { seedAt(s, t).props.ingressDomain = 'Seed.Example.com'; } },
  { name: 'duplicate seed ingress domain', apply: (s) => {
    s.seeds.push({ ...s.seeds[0], id: 'Seed-Copy', props: { ...s.seeds[0].props }, dataStores: [] });
  } },
  { name: 'etcd DataStore without TLS', apply: (s, t) => { const ds = seedAt(s, t).dataStores[0].props; ds.driver = DataStoreDriver.ETCD; delete ds.tls; delete ds.basicAuth; } },
  { name: 'no seeds', apply: (s) => { s.seeds = []; } },
  { name: 'seed capacity 0', apply: (s) => { for (const seed of s.seeds) seed.props.capacity = 0; } },
  { name: 'bad repository URL', apply: (s) => { s.garden.repository.url = 'not a url'; } },
  { name: 'no Kubernetes versions', apply: (s) => { s.profiles[0].props.kubernetesVersions = []; } },
  { name: 'duplicate shoot name', apply: (s, t) => { const shoot = shootAt(s, t); s.shoots.push({ ...shoot, id: 'Copy', props: { ...shoot.props, name: shoot.props.name ?? shoot.id }, pools: [] }); } },
  { name: 'terraform pool that autoscales', apply: (s, t) => { const p = poolAt(s, t); p.provisioner = Provisioner.TERRAFORM; p.minimum = 1; p.maximum = 9; } },
  { name: 'pool newer than control plane', apply: (s, t) => { const shoot = shootAt(s, t); shoot.props.kubernetesVersion = '1.32.9'; shoot.pools[0].props.kubernetesVersion = '1.33.5'; } },
  { name: 'pool maximum above maxNodesTotal', apply: (s, t) => { poolAt(s, t).maximum = 1000; } },
];

/** A deep copy of a spec that keeps class instances (IntOrPercent) as they are. */
export function cloneSpec<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneSpec) as unknown as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneSpec(v)])) as T;
  }
  return value;
}

/**
 * A valid fleet with one mutation from the catalogue applied. The mutation is applied to a
 * copy, so shrinking (which may reuse the generated fleet) never stacks mutations.
 */
export function mutatedFleet(): fc.Arbitrary<{ spec: FleetSpec; mutation: string }> {
  return fc.tuple(validFleet(), fc.nat({ max: MUTATIONS.length - 1 }), fc.nat()).map(([valid, m, target]) => {
    const spec = cloneSpec(valid);
    MUTATIONS[m].apply(spec, target);
    return { spec, mutation: MUTATIONS[m].name };
  });
}
