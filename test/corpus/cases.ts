/**
 * The bad-input corpus: each case is the fixture fleet with one mistake (or a deliberate few)
 * and the exact list of problems `resolveFleet` must report, as `[construct path, field, type]`.
 */
import {
  Architecture, ControlPlaneBackend, CriName, DataStoreDriver, FailureToleranceType, ProviderType, Provisioner, ShootPurpose,
  TaintEffect, WorkerUpdateStrategy,
} from '../../lib/core/types';
import { VersionClassification } from '../../lib/core/versions';
import { GitOpsEngine, SchedulingStrategy } from '../../lib/model/garden';
import { FleetInventory } from '../../lib/resolve/model';
import { BurstPartners, PatchOperation, PlatformService, ServiceSource } from '../../lib/model/platform-service';
import { MultiClusterSystem } from '../../lib/model/multicluster-settings';
import { ServiceType } from '../../lib/model/seed';
import { NetworkingType, Shoot } from '../../lib/model/shoot';
import { IntOrPercent } from '../../lib/model/worker-pool';
import {
  BuiltFleet, FleetSpec, Mutable, PoolSpec, ShootSpec, buildFleet, openstackProfile, poolSpec, seedSpec, shootSpec,
} from '../fixtures/fleet';

export type Expected = Array<[path: string, field: string, type: string]>;

export interface CorpusCase {
  /** What is wrong, in words. */
  name: string;
  /** Which fixture fleet to start from. @default 'openstack' */
  base?: 'openstack' | 'vsphere';
  /** The mistake, made on the plain spec. */
  edit?: (spec: FleetSpec) => void;
  /** A mistake that needs the built constructs. */
  after?: (built: BuiltFleet) => void;
  /** What the previous synth recorded: the unchanged base fleet's inventory, edited. */
  previous?: (inventory: Mutable<FleetInventory>) => void;
  /** Every problem expected, in any order. */
  expected: Expected;
}

// Construct paths of the OpenStack fixture.
const F = 'fleet';
const OS = 'fleet/openstack';
const S1 = 'fleet/seed-1';
const S2 = 'fleet/seed-2';
const ETCD1 = 'fleet/seed-1/etcd-1';
const PG1 = 'fleet/seed-1/pg-1';
const ETCD2 = 'fleet/seed-2/etcd-2';
const SHOP = 'fleet/shop';
const DATA = 'fleet/data';
const PROD = 'fleet/shop/prod';
const WEB = 'fleet/shop/prod/web';
const BATCH = 'fleet/shop/prod/batch';
const DEV = 'fleet/shop/dev';
/** The seed the scheduler gives dev. */
const DEV_SEED = S2;
const DEFAULT = 'fleet/shop/dev/default';
const LAKE = 'fleet/data/lake';
const STORAGE = 'fleet/data/lake/storage';
// …and of the vSphere fixture.
const VS = 'corp/vsphere';
const VS1 = 'corp/vs-1';
const MON = 'corp/it/monitoring';
const ERP = 'corp/apps/erp';
const PORTAL = 'corp/apps/portal';

const W0 = 'spec.provider.workers[0]';
const W1 = 'spec.provider.workers[1]';

const INVALID = 'Invalid';
const REQUIRED = 'Required';
const NOT_SUPPORTED = 'NotSupported';
const FORBIDDEN = 'Forbidden';
const DUPLICATE = 'Duplicate';
const TOO_LONG = 'TooLong';
const TOO_MANY = 'TooMany';

// Shorthands for the parts of the spec the cases edit.
const prod = (s: FleetSpec): ShootSpec => shootSpec(s, 'shop/prod');
const dev = (s: FleetSpec): ShootSpec => shootSpec(s, 'shop/dev');
const lake = (s: FleetSpec): ShootSpec => shootSpec(s, 'data/lake');
const web = (s: FleetSpec): PoolSpec['props'] => poolSpec(s, 'shop/prod/web').props;
const batch = (s: FleetSpec): PoolSpec['props'] => poolSpec(s, 'shop/prod/batch').props;
const storage = (s: FleetSpec): PoolSpec['props'] => poolSpec(s, 'data/lake/storage').props;
const profile = (s: FleetSpec) => s.profiles[0].props;
const seed1 = (s: FleetSpec) => seedSpec(s, 'seed-1');
const seed2 = (s: FleetSpec) => seedSpec(s, 'seed-2');

const garden: CorpusCase[] = [
  { name: 'the garden name is not a DNS label', edit: (s) => { s.id = 'Fleet_1'; }, expected: [['Fleet_1', 'metadata.name', INVALID]] },
  { name: 'the repository URL is missing', edit: (s) => { s.garden.repository.url = ''; }, expected: [[F, 'spec.repository.url', REQUIRED]] },
  { name: 'the repository URL is a local path', edit: (s) => { s.garden.repository.url = '/srv/git/fleet.git'; }, expected: [[F, 'spec.repository.url', INVALID]] },
  { name: 'the repository URL contains a space', edit: (s) => { s.garden.repository.url = 'https://git.example.com/platform fleet.git'; }, expected: [[F, 'spec.repository.url', INVALID]] },
  { name: 'the repository branch contains a space', edit: (s) => { s.garden.repository.branch = 'release 1'; }, expected: [[F, 'spec.repository.branch', INVALID]] },
  { name: 'the repository secret name is not a subdomain', edit: (s) => { s.garden.repository.secretName = 'Git Credentials'; }, expected: [[F, 'spec.repository.secretRef.name', INVALID]] },
  { name: 'the repository path is absolute', edit: (s) => { s.garden.repository.path = '/dist'; }, expected: [[F, 'spec.repository.path', INVALID]] },
  { name: 'the repository path climbs out with ..', edit: (s) => { s.garden.repository.path = '../dist'; }, expected: [[F, 'spec.repository.path', INVALID]] },
  { name: 'the GitOps engine is unknown', edit: (s) => { s.garden.gitOpsEngine = 'jenkins' as GitOpsEngine; }, expected: [[F, 'spec.gitOpsEngine', NOT_SUPPORTED]] },
  {
    name: 'the default backend is unknown (and every shoot inherits it)',
    edit: (s) => { s.garden.defaultBackend = 'vcluster' as ControlPlaneBackend; },
    expected: [
      [F, 'spec.defaultBackend', NOT_SUPPORTED],
      [PROD, 'spec.controlPlane.backend', NOT_SUPPORTED], [DEV, 'spec.controlPlane.backend', NOT_SUPPORTED], [LAKE, 'spec.controlPlane.backend', NOT_SUPPORTED],
    ],
  },
  { name: 'the garden DNS domain is not a subdomain', edit: (s) => { s.garden.dnsDomain = 'k8s..example.com'; }, expected: [[F, 'spec.dns.domain', INVALID]] },
  { name: 'the scheduling strategy is unknown', edit: (s) => { s.garden.scheduling = { strategy: 'Random' as SchedulingStrategy }; }, expected: [[F, 'spec.scheduling.strategy', NOT_SUPPORTED]] },
  {
    name: 'a region distance is not a number',
    edit: (s) => { s.garden.scheduling = { strategy: SchedulingStrategy.MINIMAL_DISTANCE, regionDistances: [{ from: 'eu-1', to: 'eu-2', distance: Number.NaN }] }; },
    // A type error (NaN is no finite number): reported by the props check, with the prop's path.
    expected: [[F, 'scheduling.regionDistances[0].distance', INVALID]],
  },
  {
    name: 'a region distance has no start region',
    edit: (s) => { s.garden.scheduling = { regionDistances: [{ from: '', to: 'eu-2', distance: 1 }] }; },
    expected: [[F, 'spec.scheduling.regionDistances[0].from', REQUIRED]],
  },
];

const cloudProfiles: CorpusCase[] = [
  {
    name: 'two CloudProfiles share a name',
    edit: (s) => { s.profiles.push({ ...openstackProfile(), id: 'openstack-b' }); s.profiles[1].props.name = 'openstack'; },
    expected: [['fleet/openstack-b', 'metadata.name', DUPLICATE]],
  },
  { name: 'the CloudProfile name is not a DNS label', edit: (s) => { profile(s).name = 'OpenStack'; }, expected: [[OS, 'metadata.name', INVALID]] },
  { name: 'an OpenStack CloudProfile has no OpenStack settings', edit: (s) => { delete profile(s).openstack; }, expected: [[OS, 'spec.providerConfig', REQUIRED]] },
  { name: 'a Kubernetes version of the CloudProfile is not MAJOR.MINOR.PATCH', edit: (s) => { profile(s).kubernetesVersions[2].version = '1.33'; }, expected: [[OS, 'spec.kubernetes.versions[2].version', INVALID]] },
  { name: 'a Kubernetes version is offered twice', edit: (s) => { profile(s).kubernetesVersions[2].version = '1.33.5'; }, expected: [[OS, 'spec.kubernetes.versions[2].version', DUPLICATE]] },
  { name: 'a version classification is unknown', edit: (s) => { profile(s).kubernetesVersions[3].classification = 'stable' as VersionClassification; }, expected: [[OS, 'spec.kubernetes.versions[3].classification', NOT_SUPPORTED]] },
  { name: 'an expiration date does not exist', edit: (s) => { profile(s).kubernetesVersions[4].expirationDate = '2027-02-30'; }, expected: [[OS, 'spec.kubernetes.versions[4].expirationDate', INVALID]] },
  {
    name: 'a machine image name is not a DNS label',
    edit: (s) => { profile(s).machineImages[1].name = 'Flatcar'; profile(s).openstack!.machineImages[5].name = 'Flatcar'; },
    expected: [[OS, 'spec.machineImages[1].name', INVALID]],
  },
  {
    name: 'a machine image has no versions',
    edit: (s) => { profile(s).machineImages[1].versions = []; profile(s).openstack!.machineImages.pop(); },
    expected: [[OS, 'spec.machineImages[1].versions', REQUIRED]],
  },
  {
    name: 'a machine image version is malformed',
    edit: (s) => { profile(s).machineImages[1].versions[0].version = '4230-2'; profile(s).openstack!.machineImages[5].version = '4230-2'; },
    expected: [[OS, 'spec.machineImages[1].versions[0].version', INVALID]],
  },
  {
    name: 'a machine image version names an unknown architecture (and has no Glance image in either region)',
    edit: (s) => { profile(s).machineImages[1].versions[0].architectures = ['ppc64le' as Architecture]; },
    expected: [
      [OS, 'spec.machineImages[1].versions[0].architectures[0]', NOT_SUPPORTED],
      [OS, 'spec.providerConfig.machineImages', REQUIRED], [OS, 'spec.providerConfig.machineImages', REQUIRED],
    ],
  },
  { name: 'a kubelet version constraint is not a range', edit: (s) => { profile(s).machineImages[1].versions[0].kubeletVersionConstraint = 'one-thirty-one'; }, expected: [[OS, 'spec.machineImages[1].versions[0].kubeletVersionConstraint', INVALID]] },
  { name: 'a machine type is offered twice', edit: (s) => { profile(s).machineTypes[5].name = 'a1.large'; }, expected: [[OS, 'spec.machineTypes[5].name', DUPLICATE]] },
  { name: 'a machine type has no CPUs', edit: (s) => { profile(s).machineTypes[2].cpu = 0; }, expected: [[OS, 'spec.machineTypes[2].cpu', INVALID]] },
  { name: 'a machine type has a negative GPU count', edit: (s) => { profile(s).machineTypes[2].gpu = -1; }, expected: [[OS, 'spec.machineTypes[2].gpu', INVALID]] },
  { name: 'a volume type has a zero minimum size', edit: (s) => { profile(s).volumeTypes![2].minSizeGiB = 0; }, expected: [[OS, 'spec.volumeTypes[2].minSize', INVALID]] },
  { name: 'a volume type has no class', edit: (s) => { profile(s).volumeTypes![2].class = ''; }, expected: [[OS, 'spec.volumeTypes[2].class', REQUIRED]] },
  { name: 'a zone is listed twice in a region', edit: (s) => { profile(s).regions[1].zones[1].name = 'eu-2a'; }, expected: [[OS, 'spec.regions[1].zones[1].name', DUPLICATE]] },
  { name: 'a zone marks an unknown machine type unavailable', edit: (s) => { profile(s).regions[0].zones[2].unavailableMachineTypes = ['g2.xlarge']; }, expected: [[OS, 'spec.regions[0].zones[2].unavailableMachineTypes[0]', NOT_SUPPORTED]] },
  { name: 'a zone marks an unknown volume type unavailable', edit: (s) => { profile(s).regions[0].zones[2].unavailableVolumeTypes = ['nvme']; }, expected: [[OS, 'spec.regions[0].zones[2].unavailableVolumeTypes[0]', NOT_SUPPORTED]] },
  { name: 'maxNodesTotal is not a whole number', edit: (s) => { profile(s).limits = { maxNodesTotal: 100.5 }; }, expected: [[OS, 'spec.limits.maxNodesTotal', INVALID]] },
  { name: 'a Keystone URL is not a URL', edit: (s) => { profile(s).openstack!.keystoneUrls[1].url = 'keystone.eu-2'; }, expected: [[OS, 'spec.providerConfig.keystoneURLs[1].url', INVALID]] },
  { name: 'a region has no Keystone URL', edit: (s) => { profile(s).openstack!.keystoneUrls.pop(); }, expected: [[OS, 'spec.providerConfig.keystoneURLs', REQUIRED]] },
  { name: 'a region has no floating pool', edit: (s) => { profile(s).openstack!.floatingPools.pop(); }, expected: [[OS, 'spec.providerConfig.constraints.floatingPools', REQUIRED]] },
  { name: 'a load-balancer provider names an unknown region', edit: (s) => { profile(s).openstack!.loadBalancerProviders![1].region = 'eu-3'; }, expected: [[OS, 'spec.providerConfig.constraints.loadBalancerProviders[1].region', NOT_SUPPORTED]] },
  { name: 'a DNS server is not an IP address', edit: (s) => { profile(s).openstack!.dnsServers = ['ns1.example.com']; }, expected: [[OS, 'spec.providerConfig.dnsServers[0]', INVALID]] },
  {
    name: 'an image version has no Glance image (in each region)',
    edit: (s) => { profile(s).openstack!.machineImages.pop(); },
    expected: [[OS, 'spec.providerConfig.machineImages', REQUIRED], [OS, 'spec.providerConfig.machineImages', REQUIRED]],
  },
  {
    name: 'a Glance image maps a version the CloudProfile does not offer',
    edit: (s) => { profile(s).openstack!.machineImages.push({ name: 'gardenlinux', version: '1.0.0', image: 'old' }); },
    expected: [[OS, 'spec.providerConfig.machineImages[6]', NOT_SUPPORTED]],
  },
  {
    name: 'a vSphere region placement has neither datastore nor storage policy', base: 'vsphere',
    edit: (s) => { delete profile(s).vsphere!.regions[0].datastore; },
    expected: [[VS, 'spec.providerConfig.regions[0].datastore', REQUIRED]],
  },
  {
    name: 'a vSphere zone has no compute cluster', base: 'vsphere',
    edit: (s) => { profile(s).vsphere!.regions[0].zones[2].computeCluster = ''; },
    expected: [[VS, 'spec.providerConfig.regions[0].zones[2].computeCluster', REQUIRED]],
  },
  {
    name: 'a vSphere zone datastore and resource pool are empty (they would hide the region\'s for Terraform only)', base: 'vsphere',
    edit: (s) => { Object.assign(profile(s).vsphere!.regions[0].zones[1], { datastore: '', resourcePool: '' }); },
    expected: [[VS, 'spec.providerConfig.regions[0].zones[1].datastore', INVALID], [VS, 'spec.providerConfig.regions[0].zones[1].resourcePool', INVALID]],
  },
  {
    name: 'a vSphere region datastore is empty', base: 'vsphere',
    edit: (s) => { profile(s).vsphere!.regions[0].datastore = ''; },
    expected: [[VS, 'spec.providerConfig.regions[0].datastore', INVALID]],
  },
  {
    name: 'a vSphere image version has no template', base: 'vsphere',
    edit: (s) => { profile(s).vsphere!.machineImages.pop(); },
    expected: [[VS, 'spec.providerConfig.machineImages', REQUIRED]],
  },
  {
    name: 'a vSphere CloudProfile carries OpenStack settings', base: 'vsphere',
    edit: (s) => { profile(s).openstack = openstackProfile().props.openstack; },
    expected: [[VS, 'spec.providerConfig', FORBIDDEN]],
  },
];

const projects: CorpusCase[] = [
  { name: 'a project name is longer than 10 characters', edit: (s) => { s.projects[1].props.name = 'datalake-eu'; }, expected: [[DATA, 'metadata.name', TOO_LONG]] },
  { name: 'a project name has upper case letters', edit: (s) => { s.projects[1].props.name = 'Data'; }, expected: [[DATA, 'metadata.name', INVALID]] },
  { name: "a project name contains '--'", edit: (s) => { s.projects[1].props.name = 'da--ta'; }, expected: [[DATA, 'metadata.name', INVALID]] },
  { name: 'two projects share a name', edit: (s) => { s.projects[1].props.name = 'shop'; }, expected: [[DATA, 'metadata.name', DUPLICATE]] },
  { name: 'a project label value is invalid', edit: (s) => { s.projects[0].props.labels = { 'cost-center': 'cc 4711' }; }, expected: [[SHOP, 'metadata.labels[cost-center]', INVALID]] },
];

const seeds: CorpusCase[] = [
  { name: 'a seed name is not a DNS label', edit: (s) => { seed1(s).props.name = 'Seed-1'; }, expected: [[S1, 'metadata.name', INVALID]] },
  { name: 'two seeds share a name', edit: (s) => { seed2(s).props.name = 'seed-1'; }, expected: [[S2, 'metadata.name', DUPLICATE]] },
  {
    name: 'a seed provider differs from its CloudProfile (and its shoots find no seed)',
    edit: (s) => { seed2(s).props.provider = ProviderType.VSPHERE; },
    expected: [[S2, 'spec.provider.type', INVALID], [DEV, 'spec.seedName', INVALID]],
  },
  {
    name: 'a seed region is not in its CloudProfile',
    edit: (s) => { seed2(s).props.region = 'eu-3'; },
    expected: [[S2, 'spec.provider.region', NOT_SUPPORTED], [DEV, 'spec.seedName', INVALID]],
  },
  { name: 'a seed zone is not in its region', edit: (s) => { seed1(s).props.zones = ['eu-1a', 'eu-1b', 'eu-2a']; }, expected: [[S1, 'spec.provider.zones[2]', NOT_SUPPORTED]] },
  { name: 'a seed zone is listed twice', edit: (s) => { seed1(s).props.zones = ['eu-1a', 'eu-1b', 'eu-1c', 'eu-1a']; }, expected: [[S1, 'spec.provider.zones[3]', DUPLICATE]] },
  {
    name: 'a seed has capacity 0 (and its shoots find no seed)',
    edit: (s) => { seed2(s).props.capacity = 0; },
    expected: [[S2, 'spec.settings.capacity.shoots', INVALID], [DEV, 'spec.seedName', INVALID]],
  },
  { name: 'a seed ingress domain is not a subdomain', edit: (s) => { seed1(s).props.ingressDomain = 'seed_1.example.com'; }, expected: [[S1, 'spec.ingress.domain', INVALID]] },
  { name: 'two seeds share an ingress domain', edit: (s) => { seed2(s).props.ingressDomain = 'seed-1.seeds.example.com'; }, expected: [[S2, 'spec.ingress.domain', DUPLICATE]] },
  { name: 'a seed pod range is malformed', edit: (s) => { seed1(s).props.networks.pods = '172.20.0.0/40'; }, expected: [[S1, 'spec.networks.pods', INVALID]] },
  { name: 'a seed service range is reserved', edit: (s) => { seed1(s).props.networks.services = '241.0.0.0/16'; }, expected: [[S1, 'spec.networks.services', FORBIDDEN]] },
  { name: 'seed pods and services overlap', edit: (s) => { seed1(s).props.networks.services = '172.20.0.0/20'; }, expected: [[S1, 'spec.networks.services', INVALID]] },
  { name: 'a seed label key is invalid', edit: (s) => { seed1(s).props.labels = { 'tier/level/x': 'a' }; }, expected: [[S1, 'metadata.labels[tier/level/x]', INVALID]] },
  {
    name: 'a seed taint key is invalid (and nothing tolerates it)',
    edit: (s) => { seed2(s).props.taints = [{ key: 'bad key' }]; },
    expected: [[S2, 'spec.taints[0].key', INVALID], [DEV, 'spec.seedName', INVALID]],
  },
  {
    name: 'a seed taint is listed twice',
    edit: (s) => { seed2(s).props.taints = [{ key: 'dedicated' }, { key: 'dedicated' }]; dev(s).props.tolerations = [{ key: 'dedicated' }]; },
    expected: [[S2, 'spec.taints[1].key', DUPLICATE]],
  },
  { name: 'a seed backup has no credentials', edit: (s) => { seed1(s).props.backup = { provider: 'swift', credentials: { name: '' } }; }, expected: [[S1, 'spec.backup.credentialsRef.name', REQUIRED]] },
  { name: 'a seed backup has no provider', edit: (s) => { seed1(s).props.backup = { provider: '', credentials: { name: 'backup' } }; }, expected: [[S1, 'spec.backup.provider', REQUIRED]] },
  { name: 'a seed API server service type is unknown', edit: (s) => { seed1(s).props.controlPlane = { serviceType: 'HostPort' as ServiceType }; }, expected: [[S1, 'spec.controlPlane.serviceType', NOT_SUPPORTED]] },
];

const dataStores: CorpusCase[] = [
  { name: 'an etcd DataStore has no TLS', edit: (s) => { delete seed1(s).dataStores[0].props.tls; }, expected: [[ETCD1, 'spec.dataStores[0].tlsConfig', REQUIRED]] },
  { name: 'an etcd DataStore has no client certificate', edit: (s) => { delete seed1(s).dataStores[0].props.tls!.clientCertificate; }, expected: [[ETCD1, 'spec.dataStores[0].tlsConfig.clientCertificate', REQUIRED]] },
  { name: 'an etcd DataStore uses basic auth', edit: (s) => { seed1(s).dataStores[0].props.basicAuth = { name: 'etcd-auth' }; }, expected: [[ETCD1, 'spec.dataStores[0].basicAuth', FORBIDDEN]] },
  { name: 'a PostgreSQL DataStore has neither basic auth nor TLS', edit: (s) => { delete seed1(s).dataStores[1].props.basicAuth; }, expected: [[PG1, 'spec.dataStores[1].basicAuth', REQUIRED]] },
  { name: 'a DataStore driver is unknown', edit: (s) => { seed1(s).dataStores[1].props.driver = 'CockroachDB' as DataStoreDriver; }, expected: [[PG1, 'spec.dataStores[1].driver', NOT_SUPPORTED]] },
  { name: 'a DataStore endpoint is a URL, not host:port', edit: (s) => { seed1(s).dataStores[1].props.endpoints = ['postgres://pg.seed-1.internal:5432']; }, expected: [[PG1, 'spec.dataStores[1].endpoints[0]', INVALID]] },
  { name: 'a DataStore endpoint port is out of range', edit: (s) => { seed1(s).dataStores[0].props.endpoints = ['etcd-0:2379', 'etcd-1:99999']; }, expected: [[ETCD1, 'spec.dataStores[0].endpoints[1]', INVALID]] },
  { name: 'a DataStore has no endpoints', edit: (s) => { seed1(s).dataStores[0].props.endpoints = []; }, expected: [[ETCD1, 'spec.dataStores[0].endpoints', REQUIRED]] },
  {
    name: 'a DataStore has capacity 0 (and the shoot of its seed finds it full)',
    edit: (s) => { seed2(s).dataStores[0].props.capacity = 0; },
    expected: [[ETCD2, 'spec.dataStores[0].capacity', INVALID], [DEV, 'spec.dataStore', TOO_MANY]],
  },
  { name: 'two DataStores of a seed share a name', edit: (s) => { seed1(s).dataStores[1].props.name = 'etcd-1'; }, expected: [[PG1, 'spec.dataStores[1].name', DUPLICATE]] },
  { name: 'a DataStore Secret name is invalid', edit: (s) => { seed1(s).dataStores[1].props.basicAuth = { name: 'PG_AUTH' }; }, expected: [[PG1, 'spec.dataStores[1].basicAuth.secretReference.name', INVALID]] },
];

const shoots: CorpusCase[] = [
  // Names.
  { name: 'a shoot name is not a DNS label', edit: (s) => { prod(s).props.name = 'prod_eu'; }, expected: [[PROD, 'metadata.name', INVALID]] },
  { name: "a shoot name contains '--'", edit: (s) => { prod(s).props.name = 'prod--eu'; }, expected: [[PROD, 'metadata.name', INVALID]] },
  { name: 'project and shoot name are longer than 21 characters', edit: (s) => { prod(s).props.name = 'production-eu-one-x'; }, expected: [[PROD, 'metadata.name', TOO_LONG]] },
  // Region and purpose.
  {
    name: 'a shoot region is not in the CloudProfile (and no seed serves it)',
    edit: (s) => { lake(s).props.region = 'us-1'; },
    expected: [[LAKE, 'spec.region', NOT_SUPPORTED], [LAKE, 'spec.seedName', INVALID]],
  },
  {
    name: 'a shoot with default zones has a region that is not in the CloudProfile',
    edit: (s) => { dev(s).props.region = 'eu-3'; delete poolSpec(s, 'shop/dev/default').props.zones; },
    expected: [[DEV, 'spec.region', NOT_SUPPORTED], [DEFAULT, `${W0}.zones`, REQUIRED], [DEV, 'spec.seedName', INVALID]],
  },
  { name: 'a shoot purpose is unknown', edit: (s) => { prod(s).props.purpose = 'critical' as ShootPurpose; }, expected: [[PROD, 'spec.purpose', NOT_SUPPORTED]] },
  { name: 'the infrastructure purpose is used outside the garden project', edit: (s) => { lake(s).props.purpose = ShootPurpose.INFRASTRUCTURE; }, expected: [[LAKE, 'spec.purpose', FORBIDDEN]] },
  // Kubernetes version.
  { name: 'a Kubernetes version is not offered', edit: (s) => { dev(s).props.kubernetesVersion = '1.32.1'; }, expected: [[DEV, 'spec.kubernetes.version', NOT_SUPPORTED]] },
  { name: 'a Kubernetes version is malformed', edit: (s) => { dev(s).props.kubernetesVersion = 'v1.32.9'; }, expected: [[DEV, 'spec.kubernetes.version', INVALID]] },
  { name: 'a Kubernetes version has expired', edit: (s) => { dev(s).props.kubernetesVersion = '1.30.14'; }, expected: [[DEV, 'spec.kubernetes.version', FORBIDDEN]] },
  { name: 'a Kubernetes minor has only a preview version to default to', edit: (s) => { dev(s).props.kubernetesVersion = '1.34'; }, expected: [[DEV, 'spec.kubernetes.version', NOT_SUPPORTED]] },
  { name: 'a Kubernetes minor has only a deprecated patch (Gardener never defaults to one)', edit: (s) => { dev(s).props.kubernetesVersion = '1.31'; }, expected: [[DEV, 'spec.kubernetes.version', NOT_SUPPORTED]] },
  { name: 'a Kubernetes minor has only expired versions', edit: (s) => { dev(s).props.kubernetesVersion = '1.30'; }, expected: [[DEV, 'spec.kubernetes.version', NOT_SUPPORTED]] },
  {
    name: 'an existing shoot downgrades Kubernetes',
    edit: (s) => { prod(s).props.kubernetesVersion = '1.32.9'; },
    previous: () => undefined,
    expected: [[PROD, 'spec.kubernetes.version', FORBIDDEN]],
  },
  {
    name: 'an existing shoot skips a Kubernetes minor',
    edit: (s) => { dev(s).props.kubernetesVersion = '1.33.5'; },
    previous: (inv) => { inv.shoots['shop--dev'].kubernetesVersion = '1.31.13'; },
    expected: [[DEV, 'spec.kubernetes.version', FORBIDDEN]],
  },
  // Control plane and networking.
  { name: 'a failure tolerance is unknown', edit: (s) => { dev(s).props.failureTolerance = 'region' as FailureToleranceType; }, expected: [[DEV, 'spec.controlPlane.highAvailability.failureTolerance.type', NOT_SUPPORTED]] },
  { name: 'a networking type is unknown', edit: (s) => { dev(s).props.networking = { type: 'weave' as NetworkingType }; }, expected: [[DEV, 'spec.networking.type', NOT_SUPPORTED]] },
  { name: 'a node range is malformed', edit: (s) => { lake(s).props.networking = { nodes: '10.251.0.0/16/1' }; }, expected: [[LAKE, 'spec.networking.nodes', INVALID]] },
  { name: 'a node range is written in octal', edit: (s) => { lake(s).props.networking = { nodes: '010.251.0.0/16' }; }, expected: [[LAKE, 'spec.networking.nodes', INVALID]] },
  { name: 'a pod range has host bits set', edit: (s) => { dev(s).props.networking = { pods: '100.96.0.1/11' }; }, expected: [[DEV, 'spec.networking.pods', INVALID]] },
  { name: 'a service range lies in 243.0.0.0/8', edit: (s) => { dev(s).props.networking = { services: '243.10.0.0/16' }; }, expected: [[DEV, 'spec.networking.services', FORBIDDEN]] },
  { name: 'a node range lies in 240.0.0.0/8', edit: (s) => { dev(s).props.networking = { nodes: '240.0.0.0/16' }; }, expected: [[DEV, 'spec.networking.nodes', FORBIDDEN]] },
  { name: 'pod and service ranges overlap', edit: (s) => { dev(s).props.networking = { services: '100.96.0.0/13' }; }, expected: [[DEV, 'spec.networking.services', INVALID]] },
  { name: 'node and pod ranges overlap', edit: (s) => { dev(s).props.networking = { nodes: '100.127.0.0/16' }; }, expected: [[DEV, 'spec.networking.nodes', INVALID]] },
  { name: 'a pod range is smaller than /24', edit: (s) => { dev(s).props.networking = { pods: '100.96.0.0/26' }; }, expected: [[DEV, 'spec.networking.pods', INVALID]] },
  { name: 'a pod range has no room for the pools maximum', edit: (s) => { prod(s).props.networking = { pods: '100.96.0.0/21' }; }, expected: [[PROD, 'spec.networking.pods', INVALID]] },
  { name: 'a shoot node range overlaps its seed node range', edit: (s) => { lake(s).props.networking = { nodes: '172.16.0.0/24' }; }, expected: [[LAKE, 'spec.networking.nodes', INVALID]] },
  { name: 'a shoot service range overlaps its seed service range', edit: (s) => { dev(s).props.networking = { services: '172.24.0.0/16' }; }, expected: [[DEV, 'spec.networking.services', INVALID]] },
  // Maintenance.
  { name: 'a maintenance window begin is malformed', edit: (s) => { prod(s).props.maintenance = { timeWindowBegin: '10pm', timeWindowEnd: '230000+0100' }; }, expected: [[PROD, 'spec.maintenance.timeWindow.begin', INVALID]] },
  { name: 'a maintenance window end has a bad time zone', edit: (s) => { prod(s).props.maintenance = { timeWindowBegin: '220000+0100', timeWindowEnd: '230000+2500' }; }, expected: [[PROD, 'spec.maintenance.timeWindow.end', INVALID]] },
  { name: 'a maintenance window is shorter than 30 minutes', edit: (s) => { prod(s).props.maintenance = { timeWindowBegin: '220000+0100', timeWindowEnd: '221500+0100' }; }, expected: [[PROD, 'spec.maintenance.timeWindow', INVALID]] },
  { name: 'a maintenance window is longer than 6 hours', edit: (s) => { prod(s).props.maintenance = { timeWindowBegin: '200000+0100', timeWindowEnd: '030000+0100' }; }, expected: [[PROD, 'spec.maintenance.timeWindow', INVALID]] },
  { name: 'a maintenance window ends when it begins', edit: (s) => { prod(s).props.maintenance = { timeWindowBegin: '220000+0100', timeWindowEnd: '220000+0100' }; }, expected: [[PROD, 'spec.maintenance.timeWindow', INVALID]] },
  // Hibernation.
  { name: 'a hibernation schedule has neither start nor end', edit: (s) => { dev(s).props.backend = ControlPlaneBackend.GARDENER; dev(s).props.hibernation = { schedules: [{}] }; }, expected: [[DEV, 'spec.hibernation.schedules[0]', REQUIRED]] },
  { name: 'a hibernation start is not a five-field cron expression', edit: (s) => { dev(s).props.backend = ControlPlaneBackend.GARDENER; dev(s).props.hibernation = { schedules: [{ start: '@daily' }] }; }, expected: [[DEV, 'spec.hibernation.schedules[0].start', INVALID]] },
  { name: 'a hibernation end has minute 60', edit: (s) => { dev(s).props.backend = ControlPlaneBackend.GARDENER; dev(s).props.hibernation = { schedules: [{ start: '0 20 * * *', end: '60 6 * * *' }] }; }, expected: [[DEV, 'spec.hibernation.schedules[0].end', INVALID]] },
  { name: 'a hibernation location is not a time zone', edit: (s) => { dev(s).props.backend = ControlPlaneBackend.GARDENER; dev(s).props.hibernation = { schedules: [{ start: '0 20 * * *', location: 'Berlin' }] }; }, expected: [[DEV, 'spec.hibernation.schedules[0].location', INVALID]] },
  { name: 'a hibernation schedule starts and ends at once', edit: (s) => { dev(s).props.backend = ControlPlaneBackend.GARDENER; dev(s).props.hibernation = { schedules: [{ start: '0 20 * * 1-5', end: '0 20 * * 1-5' }] }; }, expected: [[DEV, 'spec.hibernation.schedules[0].end', INVALID]] },
  // Gardener seeds (gardener/gardener v1.149.3: pkg/api/core/validation/seed.go; provider-openstack v1.57.0 example/controller-registration.yaml).
  {
    name: 'a seed hosting a gardener shoot has an ingress but no DNS provider and no internal DNS',
    edit: (s) => { dev(s).props.backend = ControlPlaneBackend.GARDENER; for (const id of ['seed-1', 'seed-2']) delete (seedSpec(s, id).props as any).dns; },
    expected: [[DEV_SEED, 'spec.dns.internal', REQUIRED], [DEV_SEED, 'spec.dns.provider', REQUIRED]],
  },
  {
    name: 'a seed hosting a gardener shoot backs up to a provider no extension registers',
    edit: (s) => { dev(s).props.backend = ControlPlaneBackend.GARDENER; for (const id of ['seed-1', 'seed-2']) seedSpec(s, id).props.backup = { provider: 's3', credentials: { name: 'backup' } }; },
    expected: [[DEV_SEED, 'spec.backup.provider', NOT_SUPPORTED]],
  },
  // Images of gardener-backend OpenStack shoots as provider-openstack v1.57.0 finds them (pkg/apis/openstack/helper/helper.go).
  {
    name: 'a gardener arm64 pool whose image version has no arm64 build with an image ID',
    edit: (s) => {
      prod(s).props.backend = ControlPlaneBackend.GARDENER;
      web(s).machineType = 'a1.large'; web(s).image = { name: 'gardenlinux', version: '1877.3.0' };
      delete (profile(s).openstack!.machineImages[1] as any).imageId;
    },
    expected: [[OS, 'spec.providerConfig.machineImages', REQUIRED], [PROD, 'spec.provider.workers[0].machine.image.version', INVALID]],
  },
  {
    name: 'a gardener CloudProfile maps an image version by name only though it declares an arm64 build',
    edit: (s) => { dev(s).props.backend = ControlPlaneBackend.GARDENER; for (const m of profile(s).openstack!.machineImages) delete (m as any).imageId; },
    expected: [[OS, 'spec.providerConfig.machineImages', REQUIRED]],
  },
  { name: 'an image ID is not a Glance UUID', edit: (s) => { (profile(s).openstack!.machineImages[0] as any).imageId = 'gardenlinux amd64'; }, expected: [[OS, 'spec.providerConfig.machineImages[0].imageId', INVALID]] },
  { name: 'a hibernation schedule on a kamaji shoot (only gardener honours schedules)', edit: (s) => { dev(s).props.hibernation = { schedules: [{ start: '0 20 * * 1-5' }] }; }, expected: [[DEV, 'spec.hibernation.schedules', FORBIDDEN]] },
  // DNS, credentials, metadata.
  { name: 'a shoot DNS domain is not a subdomain', edit: (s) => { dev(s).props.dnsDomain = '*.dev.example.com'; }, expected: [[DEV, 'spec.dns.domain', INVALID]] },
  { name: 'two shoots share a DNS domain', edit: (s) => { lake(s).props.dnsDomain = 'dev.shop.k8s.example.com'; }, expected: [[DEV, 'spec.dns.domain', DUPLICATE]] },
  { name: 'two shoots of a project share a name', edit: (s) => { dev(s).props.name = 'prod'; }, expected: [[DEV, 'metadata.name', DUPLICATE], [DEV, 'spec.dns.domain', DUPLICATE]] },
  { name: 'a credentials binding name is not a subdomain', edit: (s) => { dev(s).props.credentialsBinding = 'openstack creds'; }, expected: [[DEV, 'spec.credentialsBindingName', INVALID]] },
  { name: 'a shoot label value is too long', edit: (s) => { dev(s).props.labels = { team: 'x'.repeat(64) }; }, expected: [[DEV, 'metadata.labels[team]', INVALID]] },
  { name: 'a shoot annotation key is not a qualified name', edit: (s) => { dev(s).props.annotations = { 'a/b/c': 'x' }; }, expected: [[DEV, 'metadata.annotations[a/b/c]', INVALID]] },
  // Backend and infrastructure settings.
  { name: 'a shoot backend is unknown', edit: (s) => { dev(s).props.backend = 'hypershift' as ControlPlaneBackend; }, expected: [[DEV, 'spec.controlPlane.backend', NOT_SUPPORTED]] },
  {
    name: 'a DataStore is pinned for the gardener backend',
    edit: (s) => { dev(s).props.backend = ControlPlaneBackend.GARDENER; dev(s).dataStore = 'seed-2/etcd-2'; },
    expected: [[DEV, 'spec.dataStore', FORBIDDEN]],
  },
  { name: 'vSphere settings on an OpenStack shoot', edit: (s) => { dev(s).props.vsphere = { network: 'k8s' }; }, expected: [[DEV, 'spec.provider.infrastructureConfig', FORBIDDEN]] },
  { name: 'OpenStack settings on a vSphere shoot', base: 'vsphere', edit: (s) => { shootSpec(s, 'apps/erp').props.openstack = { floatingPoolName: 'ext' }; }, expected: [[ERP, 'spec.provider.infrastructureConfig', FORBIDDEN]] },
  { name: 'a floating pool of another region', edit: (s) => { dev(s).props.openstack = { floatingPoolName: 'ext-net' }; }, expected: [[DEV, 'spec.provider.infrastructureConfig.floatingPoolName', NOT_SUPPORTED]] },
  { name: 'a load-balancer provider not offered in the region', edit: (s) => { dev(s).props.openstack = { loadBalancerProvider: 'ovn' }; }, expected: [[DEV, 'spec.provider.controlPlaneConfig.loadBalancerProvider', NOT_SUPPORTED]] },
  { name: 'an existing network id is empty', edit: (s) => { dev(s).props.openstack = { existingNetworkId: '' }; }, expected: [[DEV, 'spec.provider.infrastructureConfig.networks.id', REQUIRED]] },
  { name: 'an existing router id is empty', edit: (s) => { dev(s).props.openstack = { existingRouterId: '' }; }, expected: [[DEV, 'spec.provider.infrastructureConfig.networks.router.id', REQUIRED]] },
  {
    name: 'a shoot uses the CloudProfile of another garden',
    after: (b) => {
      const other = buildFleet((s) => { s.id = 'other'; });
      const shoot = new Shoot(b.projects.data, 'alien', { cloudProfile: other.profile, region: 'eu-2', kubernetesVersion: '1.33.5', networking: { nodes: '10.9.0.0/16' } });
      shoot.addWorkerPool('p', { machineType: 'm1.medium', zones: ['eu-2a'] });
    },
    expected: [['fleet/data/alien', 'spec.cloudProfile.name', INVALID]],
  },
];

const workers: CorpusCase[] = [
  // Names.
  { name: 'a pool name is longer than 15 characters', edit: (s) => { web(s).name = 'web-frontend-eu1'; }, expected: [[WEB, `${W0}.name`, TOO_LONG]] },
  { name: 'a pool name is not a DNS label', edit: (s) => { web(s).name = 'Web'; }, expected: [[WEB, `${W0}.name`, INVALID]] },
  { name: 'two pools of a shoot share a name', edit: (s) => { batch(s).name = 'web'; }, expected: [[BATCH, `${W1}.name`, DUPLICATE]] },
  // Machine types.
  { name: 'a machine type is not offered', edit: (s) => { web(s).machineType = 'm1.huge'; }, expected: [[WEB, `${W0}.machine.type`, NOT_SUPPORTED]] },
  { name: 'a machine type is not usable for new pools', edit: (s) => { web(s).machineType = 'm0.small'; }, expected: [[WEB, `${W0}.machine.type`, FORBIDDEN]] },
  { name: 'a machine type is not available in one of the zones', edit: (s) => { web(s).machineType = 'g1.xlarge'; }, expected: [[WEB, `${W0}.machine.type`, FORBIDDEN]] },
  { name: 'an architecture does not match the machine type', edit: (s) => { web(s).architecture = Architecture.ARM64; }, expected: [[WEB, `${W0}.machine.architecture`, INVALID]] },
  {
    name: 'an architecture is unknown',
    edit: (s) => { storage(s).architecture = 'sparc' as Architecture; },
    expected: [[STORAGE, `${W0}.machine.architecture`, NOT_SUPPORTED], [STORAGE, `${W0}.machine.image`, REQUIRED]],
  },
  // Zones.
  { name: 'a pool has an empty zone list', edit: (s) => { Object.assign(storage(s), { zones: [], minimum: 1, maximum: 2 }); }, expected: [[STORAGE, `${W0}.zones`, REQUIRED]] },
  { name: 'a pool zone is in another region', edit: (s) => { storage(s).zones = ['eu-1a', 'eu-2b']; }, expected: [[STORAGE, `${W0}.zones[1]`, NOT_SUPPORTED]] },
  { name: 'a pool zone is listed twice', edit: (s) => { storage(s).zones = ['eu-1a', 'eu-1a']; }, expected: [[STORAGE, `${W0}.zones[1]`, DUPLICATE]] },
  // Images.
  { name: 'a machine image is not offered', edit: (s) => { web(s).image = { name: 'ubuntu', version: '24.4.3' }; }, expected: [[WEB, `${W0}.machine.image.name`, NOT_SUPPORTED]] },
  { name: 'a machine image version is not offered', edit: (s) => { web(s).image = { name: 'gardenlinux', version: '1877.2.0' }; }, expected: [[WEB, `${W0}.machine.image.version`, NOT_SUPPORTED]] },
  { name: 'a machine image version has expired', edit: (s) => { web(s).image = { name: 'gardenlinux', version: '1443.10.0' }; }, expected: [[WEB, `${W0}.machine.image.version`, FORBIDDEN]] },
  {
    name: 'a pool keeps its unusable machine type but newly chooses an expired image',
    edit: (s) => { web(s).image = { name: 'gardenlinux', version: '1443.10.0' }; web(s).machineType = 'm0.small'; },
    previous: (inv) => { inv.shoots['shop--prod'].workers!.web = { image: 'gardenlinux@1592.9.0', machineType: 'm0.small' }; },
    expected: [[WEB, `${W0}.machine.image.version`, FORBIDDEN]],
  },
  {
    name: 'a machine image version is not built for the architecture',
    edit: (s) => { web(s).machineType = 'a1.large'; web(s).image = { name: 'gardenlinux', version: '1592.9.0' }; },
    expected: [[WEB, `${W0}.machine.image.version`, NOT_SUPPORTED]],
  },
  {
    name: 'a machine image version needs a newer kubelet',
    edit: (s) => { profile(s).machineImages[1].versions[0].kubeletVersionConstraint = '>= 1.33'; dev(s).pools[0].props.image = { name: 'flatcar', version: '4230.2.0' }; },
    expected: [[DEFAULT, `${W0}.machine.image.version`, FORBIDDEN]],
  },
  {
    name: 'no version of the chosen image fits the kubelet',
    edit: (s) => { profile(s).machineImages[1].versions[0].kubeletVersionConstraint = '>= 1.33'; dev(s).pools[0].props.image = { name: 'flatcar' }; },
    expected: [[DEFAULT, `${W0}.machine.image.version`, REQUIRED]],
  },
  {
    name: 'a container runtime is unknown (and not supported by the image)',
    edit: (s) => { web(s).cri = 'cri-o' as CriName; },
    expected: [[WEB, `${W0}.cri.name`, NOT_SUPPORTED], [WEB, `${W0}.cri.name`, NOT_SUPPORTED]],
  },
  // Volumes.
  { name: 'a volume type is not offered', edit: (s) => { batch(s).volume = { type: 'nvme', sizeGiB: 50 }; }, expected: [[BATCH, `${W1}.volume.type`, NOT_SUPPORTED]] },
  { name: 'a volume type is not usable for new pools', edit: (s) => { batch(s).volume = { type: 'legacy', sizeGiB: 50 }; }, expected: [[BATCH, `${W1}.volume.type`, FORBIDDEN]] },
  { name: 'a volume type is not available in one of the zones', edit: (s) => { storage(s).zones = ['eu-1b', 'eu-1c']; }, expected: [[STORAGE, `${W0}.volume.type`, FORBIDDEN]] },
  { name: 'a volume is smaller than its type allows', edit: (s) => { storage(s).volume = { type: 'ssd', sizeGiB: 40 }; }, expected: [[STORAGE, `${W0}.volume.size`, INVALID]] },
  { name: 'a volume size is zero', edit: (s) => { batch(s).volume = { type: 'standard', sizeGiB: 0 }; }, expected: [[BATCH, `${W1}.volume.size`, INVALID]] },
  { name: 'a machine type without a disk gets no volume', edit: (s) => { delete batch(s).volume; }, expected: [[BATCH, `${W1}.volume`, REQUIRED]] },
  // Sizes.
  { name: 'a pool minimum is greater than its maximum', edit: (s) => { storage(s).minimum = 5; }, expected: [[STORAGE, `${W0}.minimum`, FORBIDDEN]] },
  { name: 'a pool maximum is less than its number of zones', edit: (s) => { Object.assign(web(s), { minimum: 1, maximum: 2 }); }, expected: [[WEB, `${W0}.maximum`, FORBIDDEN]] },
  { name: 'a pool minimum is negative', edit: (s) => { storage(s).minimum = -2; }, expected: [[STORAGE, `${W0}.minimum`, INVALID]] },
  { name: 'a pool maximum is fractional', edit: (s) => { storage(s).maximum = 3.5; }, expected: [[STORAGE, `${W0}.maximum`, INVALID]] },
  { name: 'maxSurge and maxUnavailable are both 0', edit: (s) => { storage(s).maxSurge = IntOrPercent.count(0); }, expected: [[STORAGE, `${W0}.maxUnavailable`, INVALID]] },
  { name: 'maxUnavailable is above 100%', edit: (s) => { storage(s).maxUnavailable = IntOrPercent.percent(150); }, expected: [[STORAGE, `${W0}.maxUnavailable`, INVALID]] },
  { name: 'maxSurge is negative', edit: (s) => { storage(s).maxSurge = IntOrPercent.count(-1); }, expected: [[STORAGE, `${W0}.maxSurge`, INVALID]] },
  { name: 'maxSurge is not an IntOrPercent', edit: (s) => { storage(s).maxSurge = '25%' as unknown as IntOrPercent; }, expected: [[STORAGE, 'maxSurge', INVALID]] },
  // Node settings.
  { name: 'a node label value is invalid', edit: (s) => { web(s).labels = { role: 'web/front' }; }, expected: [[WEB, `${W0}.labels[role]`, INVALID]] },
  { name: 'a node annotation key is invalid', edit: (s) => { web(s).annotations = { 'example.com/': 'x' }; }, expected: [[WEB, `${W0}.annotations[example.com/]`, INVALID]] },
  { name: 'a taint key is invalid', edit: (s) => { web(s).taints = [{ key: 'dedicated=web', effect: TaintEffect.NO_SCHEDULE }]; }, expected: [[WEB, `${W0}.taints[0].key`, INVALID]] },
  { name: 'a taint effect is unknown', edit: (s) => { web(s).taints = [{ key: 'dedicated', effect: 'NoRun' as TaintEffect }]; }, expected: [[WEB, `${W0}.taints[0].effect`, NOT_SUPPORTED]] },
  { name: 'a taint value is invalid', edit: (s) => { web(s).taints = [{ key: 'dedicated', value: 'web front', effect: TaintEffect.NO_SCHEDULE }]; }, expected: [[WEB, `${W0}.taints[0].value`, INVALID]] },
  {
    name: 'a taint is listed twice for one effect',
    edit: (s) => { web(s).taints = [{ key: 'dedicated', effect: TaintEffect.NO_SCHEDULE }, { key: 'dedicated', value: 'web', effect: TaintEffect.NO_SCHEDULE }]; },
    expected: [[WEB, `${W0}.taints[1]`, DUPLICATE]],
  },
  { name: 'an update strategy is unknown', edit: (s) => { web(s).updateStrategy = 'BlueGreen' as WorkerUpdateStrategy; }, expected: [[WEB, `${W0}.updateStrategy`, NOT_SUPPORTED]] },
  { name: 'a provisioner is unknown', edit: (s) => { web(s).provisioner = 'pulumi' as Provisioner; }, expected: [[WEB, `${W0}.provisioner`, NOT_SUPPORTED]] },
  { name: 'a terraform pool has minimum ≠ maximum', edit: (s) => { web(s).provisioner = Provisioner.TERRAFORM; }, expected: [[WEB, `${W0}.maximum`, FORBIDDEN]] },
  {
    name: 'a terraform pool updates in place',
    edit: (s) => { Object.assign(web(s), { provisioner: Provisioner.TERRAFORM, maximum: 3, updateStrategy: WorkerUpdateStrategy.MANUAL_IN_PLACE_UPDATE }); },
    expected: [[WEB, `${W0}.updateStrategy`, FORBIDDEN]],
  },
  { name: 'vSphere pool settings on an OpenStack pool', edit: (s) => { web(s).vsphere = {}; }, expected: [[WEB, `${W0}.providerConfig`, FORBIDDEN]] },
  // Kubelet versions.
  { name: 'a pool Kubernetes version is newer than the control plane', edit: (s) => { dev(s).pools[0].props.kubernetesVersion = '1.33.5'; }, expected: [[DEFAULT, `${W0}.kubernetes.version`, FORBIDDEN]] },
  { name: 'a pool Kubernetes version is more than 3 minors behind', edit: (s) => { web(s).kubernetesVersion = '1.27.16'; }, expected: [[WEB, `${W0}.kubernetes.version`, FORBIDDEN]] },
  { name: 'a pool Kubernetes version is not offered', edit: (s) => { web(s).kubernetesVersion = '1.32.2'; }, expected: [[WEB, `${W0}.kubernetes.version`, NOT_SUPPORTED]] },
  { name: 'a pool Kubernetes version has expired', edit: (s) => { web(s).kubernetesVersion = '1.30.14'; }, expected: [[WEB, `${W0}.kubernetes.version`, FORBIDDEN]] },
  // CloudProfile limits.
  {
    name: 'the pools of a shoot start more nodes than maxNodesTotal',
    edit: (s) => { profile(s).limits = { maxNodesTotal: 5 }; web(s).maximum = 5; batch(s).minimum = 3; },
    expected: [[PROD, 'spec.provider.workers', FORBIDDEN]],
  },
  { name: 'a pool maximum exceeds maxNodesTotal', edit: (s) => { storage(s).maximum = 60; }, expected: [[STORAGE, `${W0}.maximum`, FORBIDDEN]] },
];

const scheduling: CorpusCase[] = [
  { name: 'no seed serves the shoot region', edit: (s) => { s.seeds.pop(); }, expected: [[DEV, 'spec.seedName', INVALID]] },
  {
    name: 'no seed serves the region and MinimalDistance has no distance to another',
    edit: (s) => { s.seeds.pop(); s.garden.scheduling = { strategy: SchedulingStrategy.MINIMAL_DISTANCE, regionDistances: [{ from: 'eu-2', to: 'eu-9', distance: 1 }] }; },
    expected: [[DEV, 'spec.seedName', INVALID]],
  },
  { name: 'the only seed of the region is invisible to the scheduler', edit: (s) => { seed2(s).props.visible = false; }, expected: [[DEV, 'spec.seedName', INVALID]] },
  { name: 'the seed selector matches no seed', edit: (s) => { dev(s).props.seedSelector = { matchLabels: { tier: 'premium' } }; }, expected: [[DEV, 'spec.seedName', INVALID]] },
  {
    name: 'the seed selector names an unknown provider type',
    edit: (s) => { dev(s).props.seedSelector = { providerTypes: ['azure' as ProviderType] }; },
    expected: [[DEV, 'spec.seedSelector.providerTypes[0]', NOT_SUPPORTED], [DEV, 'spec.seedName', INVALID]],
  },
  { name: 'the seed selector asks for another provider', edit: (s) => { dev(s).props.seedSelector = { providerTypes: [ProviderType.VSPHERE] }; }, expected: [[DEV, 'spec.seedName', INVALID]] },
  { name: 'the seed is tainted and the shoot does not tolerate it', edit: (s) => { seed2(s).props.taints = [{ key: 'dedicated', value: 'ml' }]; }, expected: [[DEV, 'spec.seedName', INVALID]] },
  {
    name: 'the shoot tolerates the taint key with the wrong value',
    edit: (s) => { seed2(s).props.taints = [{ key: 'dedicated', value: 'ml' }]; dev(s).props.tolerations = [{ key: 'dedicated', value: 'web' }]; },
    expected: [[DEV, 'spec.seedName', INVALID]],
  },
  { name: 'a zone-tolerant shoot finds no seed with 3 zones', edit: (s) => { seed1(s).props.zones = ['eu-1a', 'eu-1b']; }, expected: [[PROD, 'spec.seedName', INVALID]] },
  { name: 'the seeds of the region are full', edit: (s) => { seed1(s).props.capacity = 1; }, expected: [[PROD, 'spec.seedName', INVALID]] },
  {
    name: 'a shoot is pinned to a seed whose taint it does not tolerate',
    edit: (s) => { seed2(s).props.taints = [{ key: 'dedicated' }]; dev(s).seed = 'seed-2'; },
    expected: [[DEV, 'spec.seedName', FORBIDDEN]],
  },
  {
    name: 'a zone-tolerant shoot is pinned to a seed with 2 zones',
    edit: (s) => { dev(s).props.failureTolerance = FailureToleranceType.ZONE; dev(s).seed = 'seed-2'; },
    expected: [[DEV, 'spec.seedName', FORBIDDEN]],
  },
  {
    name: 'a shoot is pinned to a seed of another provider',
    edit: (s) => {
      s.seeds.push({ id: 'vs', cloudProfile: null, props: { ...seed2(s).props, provider: ProviderType.VSPHERE, ingressDomain: 'vs.example.com' }, dataStores: [{ id: 'pg', props: { ...seed1(s).dataStores[1].props } }] });
      dev(s).seed = 'vs';
    },
    expected: [[DEV, 'spec.seedName', FORBIDDEN]],
  },
  {
    name: 'shoots pinned to a seed exceed its capacity',
    edit: (s) => { seed2(s).props.capacity = 1; prod(s).seed = 'seed-2'; prod(s).props.failureTolerance = FailureToleranceType.NODE; dev(s).seed = 'seed-2'; },
    expected: [[S2, 'spec.settings.capacity.shoots', TOO_MANY]],
  },
];

const assignment: CorpusCase[] = [
  { name: 'a pinned DataStore belongs to another seed', edit: (s) => { dev(s).dataStore = 'seed-1/pg-1'; }, expected: [[DEV, 'spec.dataStore', FORBIDDEN]] },
  { name: 'the seed offers no DataStore for a kamaji shoot', edit: (s) => { seed2(s).dataStores = []; }, expected: [[DEV, 'spec.dataStore', REQUIRED]] },
  {
    name: 'every DataStore of the seed is full',
    edit: (s) => { seed1(s).dataStores[0].props.capacity = 1; seed1(s).dataStores.pop(); },
    expected: [[PROD, 'spec.dataStore', TOO_MANY]],
  },
  {
    name: 'shoots pinned to a DataStore exceed its capacity',
    edit: (s) => { seed1(s).dataStores[1].props.capacity = 1; prod(s).dataStore = 'seed-1/pg-1'; lake(s).dataStore = 'seed-1/pg-1'; },
    expected: [[PG1, 'capacity', TOO_MANY]],
  },
  {
    name: 'an existing shoot is pinned to a DataStore of another driver',
    edit: (s) => { prod(s).dataStore = 'seed-1/etcd-1'; },
    previous: () => undefined,
    expected: [[PROD, 'spec.dataStore', FORBIDDEN]],
  },
  {
    name: 'the DataStore driver of an existing shoot is no longer offered by its seed',
    edit: (s) => { seed1(s).dataStores.pop(); },
    previous: () => undefined,
    expected: [[PROD, 'spec.dataStore', FORBIDDEN]],
  },
];

const sharedNetworks: CorpusCase[] = [
  {
    name: 'two OpenStack shoots on one existing network have overlapping node ranges',
    edit: (s) => {
      prod(s).props.openstack = { existingNetworkId: 'net-shared' };
      lake(s).props.openstack = { existingNetworkId: 'net-shared' };
      lake(s).props.networking = { nodes: '10.250.0.0/20' };
    },
    expected: [[PROD, 'spec.networking.nodes', INVALID]],
  },
  {
    name: 'three OpenStack shoots on one existing network all default their node range',
    edit: (s) => {
      for (const shoot of s.shoots) { shoot.props.region = 'eu-1'; shoot.props.openstack = { existingNetworkId: 'net-shared' }; delete shoot.props.networking; }
      dev(s).pools[0].props.zones = ['eu-1a'];
    },
    // Checked in key order: dev clashes with lake, prod with lake and dev.
    expected: [[DEV, 'spec.networking.nodes', INVALID], [PROD, 'spec.networking.nodes', INVALID], [PROD, 'spec.networking.nodes', INVALID]],
  },
  {
    name: 'two vSphere shoots on the region port group have overlapping node ranges', base: 'vsphere',
    edit: (s) => { shootSpec(s, 'apps/portal').props.networking!.nodes = '10.60.4.0/24'; },
    expected: [[PORTAL, 'spec.networking.nodes', INVALID]],
  },
  {
    name: 'a vSphere shoot names the region port group explicitly and overlaps another', base: 'vsphere',
    edit: (s) => {
      shootSpec(s, 'it/monitoring').props.vsphere = { network: 'k8s-workers' };
      shootSpec(s, 'it/monitoring').props.networking!.nodes = '10.60.8.0/22';
    },
    expected: [[MON, 'spec.networking.nodes', INVALID]],
  },
  {
    name: 'a vSphere seed is tainted and no shoot tolerates it', base: 'vsphere',
    edit: (s) => { for (const seed of s.seeds) seed.props.taints = [{ key: 'maintenance' }]; },
    expected: [[ERP, 'spec.seedName', INVALID], [MON, 'spec.seedName', INVALID], [PORTAL, 'spec.seedName', INVALID]],
  },
  {
    name: 'a vSphere seed region is not in the CloudProfile', base: 'vsphere',
    edit: (s) => { s.seeds[0].props.region = 'dc-2'; },
    expected: [[VS1, 'spec.provider.region', NOT_SUPPORTED]],
  },
];

// The multi-cluster layer (the full rule table is in test/resolve/multicluster.test.ts).
const helmChart = { repositoryUrl: 'https://charts.example.com', chart: 'agent', version: '1.2.3' };
const multiCluster: CorpusCase[] = [
  {
    name: 'multi-cluster: an unknown system',
    edit: (s) => { s.garden.multiCluster = { systems: ['mesh' as any] }; },
    expected: [[F, 'spec.multiCluster.systems[0]', NOT_SUPPORTED]],
  },
  {
    name: 'multi-cluster: a platform service and no system that places it',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.CLUSTERPEDIA] }; },
    after: (b) => { new PlatformService(b.garden, 'agent', { source: ServiceSource.fromHelmChart(helmChart) }); },
    expected: [['fleet/agent', 'spec.placement', FORBIDDEN]],
  },
  {
    name: 'multi-cluster: a Helm chart pinned by a version range',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => { new PlatformService(b.garden, 'agent', { source: ServiceSource.fromHelmChart({ ...helmChart, version: '~1.2' }) }); },
    expected: [['fleet/agent', 'spec.source.helmChart.version', INVALID]],
  },
  {
    name: 'multi-cluster: a platform service carrying a Secret value',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT] }; },
    after: (b) => {
      new PlatformService(b.garden, 'creds', { source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'token' }, data: { token: 'c2VjcmV0' } }]) });
    },
    expected: [['fleet/creds', 'spec.source.manifests[0].data', FORBIDDEN]],
  },
  {
    name: 'multi-cluster: a placement region no CloudProfile has, an override patching a kind the service lacks',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.CLUSTERNET] }; },
    after: (b) => {
      new PlatformService(b.garden, 'base', {
        source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: {} }]),
        placement: { regions: ['eu-9'] },
        overrides: [{ name: 'eu-1', placement: { regions: ['eu-1'] }, patches: [{ kind: 'Deployment', op: PatchOperation.REMOVE, path: '/spec/replicas' }] }],
      });
    },
    expected: [['fleet/base', 'spec.placement.regions[0]', NOT_SUPPORTED], ['fleet/base', 'spec.overrides[0].patches[0].kind', NOT_SUPPORTED]],
  },
  {
    name: 'multi-cluster: burst partners on a gardener-backend shoot, and bursting to itself',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.LIQO] }; dev(s).props.backend = ControlPlaneBackend.GARDENER; },
    after: (b) => { new BurstPartners(b.garden, 'burst', { consumer: b.shoots['shop/dev'], providers: [b.shoots['shop/dev']] }); },
    expected: [['fleet/burst', 'spec.consumer', FORBIDDEN], ['fleet/burst', 'spec.providers[0]', FORBIDDEN], ['fleet/burst', 'spec.providers[0]', FORBIDDEN]],
  },
];

const several: CorpusCase[] = [
  {
    name: 'several independent mistakes are all reported at once',
    edit: (s) => {
      s.garden.repository.url = 'not a url';
      profile(s).kubernetesVersions[4].expirationDate = 'soon';
      s.projects[1].props.name = 'Data';
      seed1(s).props.ingressDomain = 'Seed-1';
      delete seed2(s).dataStores[0].props.tls;
      dev(s).props.kubernetesVersion = '1.99.0';
      web(s).zones = ['eu-1a', 'eu-9z', 'eu-1b'];
      storage(s).volume = { type: 'ssd', sizeGiB: 10 };
      prod(s).props.maintenance = { timeWindowBegin: '220000+0100', timeWindowEnd: '221000+0100' };
    },
    expected: [
      [F, 'spec.repository.url', INVALID],
      [OS, 'spec.kubernetes.versions[4].expirationDate', INVALID],
      [DATA, 'metadata.name', INVALID],
      [S1, 'spec.ingress.domain', INVALID],
      [ETCD2, 'spec.dataStores[0].tlsConfig', REQUIRED],
      [DEV, 'spec.kubernetes.version', NOT_SUPPORTED],
      [WEB, `${W0}.zones[1]`, NOT_SUPPORTED],
      [STORAGE, `${W0}.volume.size`, INVALID],
      [PROD, 'spec.maintenance.timeWindow', INVALID],
    ],
  },
  {
    name: 'a pool with three mistakes reports each',
    edit: (s) => { Object.assign(web(s), { name: 'web-servers-frontend', machineType: 'x1.large', minimum: 8, maxSurge: IntOrPercent.count(0) }); },
    expected: [
      [WEB, `${W0}.name`, TOO_LONG], [WEB, `${W0}.machine.type`, NOT_SUPPORTED], [WEB, `${W0}.minimum`, FORBIDDEN], [WEB, `${W0}.maxUnavailable`, INVALID],
    ],
  },
  {
    name: 'several mistakes in a vSphere fleet are all reported', base: 'vsphere',
    edit: (s) => {
      s.garden.repository.url = '';
      s.projects[0].props.name = 'information-technology';
      shootSpec(s, 'apps/erp').pools[0].props.volume = { type: 'vsan-default', sizeGiB: 10 };
      shootSpec(s, 'apps/portal').props.kubernetesVersion = '1.29.0';
    },
    expected: [
      ['corp', 'spec.repository.url', REQUIRED],
      ['corp/it', 'metadata.name', TOO_LONG],
      // 'information-technology' + 'monitoring' is longer than 21 characters too.
      [MON, 'metadata.name', TOO_LONG],
      ['corp/apps/erp/worker', `${W0}.volume.size`, INVALID],
      [PORTAL, 'spec.kubernetes.version', NOT_SUPPORTED],
    ],
  },
];


/** Issue 17: user data that would leak a secret into the output (or Git). */
const leaks: CorpusCase[] = [
  { name: 'the repository URL carries user and password', edit: (s) => { s.garden.repository.url = 'https://bot:hunter2@git.example.com/platform/fleet.git'; }, expected: [[F, 'spec.repository.url', FORBIDDEN]] },
  { name: 'the repository URL carries a token as user', edit: (s) => { s.garden.repository.url = 'https://ghp_0123456789abcdef@github.com/acme/fleet.git'; }, expected: [[F, 'spec.repository.url', FORBIDDEN]] },
  { name: 'the repository URL carries a private_token query parameter', edit: (s) => { s.garden.repository.url = 'https://git.example.com/platform/fleet.git?private_token=glpat-xyz'; }, expected: [[F, 'spec.repository.url', FORBIDDEN]] },
  { name: 'a Keystone URL carries credentials', edit: (s) => { profile(s).openstack!.keystoneUrls[1].url = 'https://admin:secret@keystone.eu-2.example.com:5000/v3'; }, expected: [[OS, 'spec.providerConfig.keystoneURLs[1].url', FORBIDDEN]] },
  { name: 'a Keystone URL carries a token parameter', edit: (s) => { profile(s).openstack!.keystoneUrls[1].url = 'https://keystone.eu-2.example.com:5000/v3?token=abc'; }, expected: [[OS, 'spec.providerConfig.keystoneURLs[1].url', FORBIDDEN]] },
  {
    name: 'a Helm repository URL carries credentials and an S3 signature',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => { new PlatformService(b.garden, 'agent', { source: ServiceSource.fromHelmChart({ ...helmChart, repositoryUrl: 'https://u:p@charts.example.com/?X-Amz-Signature=abc' }) }); },
    expected: [['fleet/agent', 'spec.source.helmChart.repositoryUrl', FORBIDDEN]],
  },
  {
    name: 'Helm values carry an adminPassword, an apiKey and a token',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => {
      new PlatformService(b.garden, 'agent', {
        source: ServiceSource.fromHelmChart({ ...helmChart, values: { adminPassword: 'hunter2', existingSecret: 'ok', auth: { apiKey: 'k-123', token: 42 } } }),
        overrides: [{ name: 'eu-1', placement: { regions: ['eu-1'] }, values: { db: { password: 'p' } } }],
      });
    },
    expected: [
      ['fleet/agent', 'spec.source.helmChart.values.adminPassword', FORBIDDEN],
      ['fleet/agent', 'spec.source.helmChart.values.auth.apiKey', FORBIDDEN],
      ['fleet/agent', 'spec.source.helmChart.values.auth.token', FORBIDDEN],
      ['fleet/agent', 'spec.overrides[0].values.db.password', FORBIDDEN],
    ],
  },
  {
    name: 'a Secret with data wrapped in a ManifestWork',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT] }; },
    after: (b) => {
      new PlatformService(b.garden, 'wrapped', {
        source: ServiceSource.fromManifests([{
          apiVersion: 'work.open-cluster-management.io/v1', kind: 'ManifestWork', metadata: { name: 'w' },
          spec: { workload: { manifests: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { token: 'x' } }] } },
        }]),
      });
    },
    expected: [['fleet/wrapped', 'spec.source.manifests[0].spec.workload.manifests[0].stringData', FORBIDDEN]],
  },
  {
    name: 'a service patch sets a password and adds a Secret with data',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT] }; },
    after: (b) => {
      new PlatformService(b.garden, 'base', {
        source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } }]),
        overrides: [{
          name: 'eu-1', placement: { regions: ['eu-1'] }, patches: [
            { kind: 'ConfigMap', op: PatchOperation.ADD, path: '/data/password', value: 'hunter2' },
            { kind: 'ConfigMap', op: PatchOperation.ADD, path: '/metadata/annotations', value: { embedded: { kind: 'Secret', apiVersion: 'v1', data: { k: 'dg==' } } } },
          ],
        }],
      });
    },
    expected: [
      ['fleet/base', 'spec.overrides[0].patches[0].value', FORBIDDEN],
      ['fleet/base', 'spec.overrides[0].patches[1].value.embedded.data', FORBIDDEN],
    ],
  },
  {
    name: 'a shoot override sets a token literally and embeds a Secret with data',
    after: (b) => {
      b.shoots['shop/prod'].addOverride({
        name: 'leak', kind: 'KamajiControlPlane', patches: [
          { op: PatchOperation.ADD, path: '/spec/bootstrapToken', value: 'abcdef.0123456789abcdef' },
          { op: PatchOperation.ADD, path: '/spec/extra', value: [{ apiVersion: 'v1', kind: 'Secret', stringData: { a: 'b' } }] },
        ],
      });
    },
    expected: [
      [PROD, 'overrides[0].patches[0].value', FORBIDDEN],
      [PROD, 'overrides[0].patches[1].value[0].stringData', FORBIDDEN],
    ],
  },
  // The third round (issue 17 figures, test/support/trust-figures.ts): names and shapes the second missed.
  {
    name: 'Helm values carry DB_PASS and PGPASSWORD literally, a bearer token and a Docker config auth',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => {
      new PlatformService(b.garden, 'agent', {
        source: ServiceSource.fromHelmChart({ ...helmChart, values: {
          env: [{ name: 'DB_PASS', value: 'hunter2' }, { name: 'PGPASSWORD', value: 'hunter2' }],
          headers: { Authorization: 'Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0' },
          auths: { 'registry.example.com': { auth: 'dXNlcjpodW50ZXIy' } },
        } }),
      });
    },
    expected: [
      ['fleet/agent', 'spec.source.helmChart.values.env[0].value', FORBIDDEN],
      ['fleet/agent', 'spec.source.helmChart.values.env[1].value', FORBIDDEN],
      ['fleet/agent', 'spec.source.helmChart.values.headers.Authorization', FORBIDDEN],
      ['fleet/agent', 'spec.source.helmChart.values.auths["registry.example.com"].auth', FORBIDDEN],
    ],
  },
  {
    name: 'an inline ConfigMap and Helm values with a __proto__ key (JSON.parse makes one; object copies drop it)',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => {
      new PlatformService(b.garden, 'inline', { source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: JSON.parse('{"__proto__": "x", "b": "c"}') }]) });
      new PlatformService(b.garden, 'agent', { source: ServiceSource.fromHelmChart({ ...helmChart, values: JSON.parse('{"__proto__": {"adminPassword": "hunter2"}}') }) });
    },
    expected: [['fleet/inline', 'source.manifests[0][data][__proto__]', INVALID], ['fleet/agent', 'source.helmChart.values[__proto__]', INVALID]],
  },
  {
    name: 'inline manifests named ../../terraform/x and ., in the namespace ../kube-system',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => {
      new PlatformService(b.garden, 'inline', { source: ServiceSource.fromManifests([
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: '../../terraform/x' }, data: { a: 'b' } },
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: '.' }, rules: [] },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: '../kube-system' }, data: { a: 'b' } },
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'system:agent:reader' }, rules: [] },
      ]) });
    },
    expected: [
      ['fleet/inline', 'spec.source.manifests[0].metadata.name', INVALID],
      ['fleet/inline', 'spec.source.manifests[1].metadata.name', INVALID],
      ['fleet/inline', 'spec.source.manifests[2].metadata.namespace', INVALID],
    ],
  },
  // The third round's inputs that were already refused, kept so that they stay refused.
  { name: 'the repository URL carries a percent-encoded access_token parameter', edit: (s) => { s.garden.repository.url = 'https://git.example.com/fleet.git?access%5Ftoken=abc'; }, expected: [[F, 'spec.repository.url', FORBIDDEN]] },
  { name: 'the repository URL carries user info with an encoded @', edit: (s) => { s.garden.repository.url = 'https://bot%40corp:hunter2@git.example.com/fleet.git'; }, expected: [[F, 'spec.repository.url', FORBIDDEN]] },
  {
    name: 'a Secret with data inside a List, and one with the apiVersion spelt V1',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => {
      new PlatformService(b.garden, 'inline', { source: ServiceSource.fromManifests([
        { apiVersion: 'v1', kind: 'List', metadata: { name: 'l' }, items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { t: 'eA==' } }] },
        { apiVersion: 'V1', kind: 'Secret', metadata: { name: 't' }, data: { t: 'eA==' } },
      ]) });
    },
    expected: [['fleet/inline', 'spec.source.manifests[0].items[0].data', FORBIDDEN], ['fleet/inline', 'spec.source.manifests[1].data', FORBIDDEN]],
  },
  // The hostile tester's second round (issue 17, F3/F4): shapes the first rules missed.
  {
    name: 'Helm values carry an EnvVar with a secret-looking name and a literal value',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => {
      new PlatformService(b.garden, 'agent', {
        source: ServiceSource.fromHelmChart({ ...helmChart, values: { env: [
          { name: 'ADMIN_PASSWORD', value: 'hunter2' },
          { name: 'ADMIN_PASSWORD', valueFrom: { secretKeyRef: { name: 'agent', key: 'password' } } },
          { name: 'LOG_LEVEL', value: 'debug' },
        ] } }),
      });
    },
    expected: [['fleet/agent', 'spec.source.helmChart.values.env[0].value', FORBIDDEN]],
  },
  {
    name: 'Helm values carry a PEM private key under a harmless key',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => {
      new PlatformService(b.garden, 'agent', {
        source: ServiceSource.fromHelmChart({ ...helmChart, values: { cfg: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n' } }),
      });
    },
    expected: [['fleet/agent', 'spec.source.helmChart.values.cfg', FORBIDDEN]],
  },
  {
    name: 'a Deployment given inline sets DB_PASSWORD literally in a container env',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT] }; },
    after: (b) => {
      new PlatformService(b.garden, 'api', {
        source: ServiceSource.fromManifests([{
          apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' },
          spec: { template: { spec: { containers: [{ name: 'api', image: 'api:1', env: [{ name: 'DB_PASSWORD', value: 'hunter2' }] }] } } },
        }]),
      });
    },
    expected: [['fleet/api', 'spec.source.manifests[0].spec.template.spec.containers[0].env[0].value', FORBIDDEN]],
  },
  {
    name: "a Secret with data spelt kind: 'secret'",
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT] }; },
    after: (b) => {
      new PlatformService(b.garden, 'creds', { source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'secret', metadata: { name: 'token' }, data: { token: 'c2VjcmV0' } }]) });
    },
    expected: [['fleet/creds', 'spec.source.manifests[0].data', FORBIDDEN]],
  },
  {
    name: "a service patch writes data into a Secret spelt 'secret'",
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT] }; },
    after: (b) => {
      new PlatformService(b.garden, 'creds', {
        source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'secret', metadata: { name: 'token' } }]),
        overrides: [{ name: 'eu-1', placement: { regions: ['eu-1'] }, patches: [{ kind: 'secret', op: PatchOperation.ADD, path: '/data', value: { token: 'c2VjcmV0' } }] }],
      });
    },
    expected: [['fleet/creds', 'spec.overrides[0].patches[0].path', FORBIDDEN]],
  },
  { name: 'the repository URL carries a token in its fragment', edit: (s) => { s.garden.repository.url = 'https://git.example.com/x.git#token=abc'; }, expected: [[F, 'spec.repository.url', FORBIDDEN]] },
  { name: 'the repository URL logs in over SSH with a GitHub token as user', edit: (s) => { s.garden.repository.url = 'ssh://ghp_xxx@github.com/x.git'; }, expected: [[F, 'spec.repository.url', FORBIDDEN]] },
  { name: 'the repository URL logs in over SSH with a GitLab token as user', edit: (s) => { s.garden.repository.url = 'ssh://glpat-Ab12Cd34Ef56Gh78@gitlab.example.com/x.git'; }, expected: [[F, 'spec.repository.url', FORBIDDEN]] },
  { name: 'the repository URL logs in over SSH with a long random user', edit: (s) => { s.garden.repository.url = 'ssh://Zk3q9XvT2mLp8RwY4bNc@git.example.com/x.git'; }, expected: [[F, 'spec.repository.url', FORBIDDEN]] },
  {
    name: 'a vCenter address carries user and password', base: 'vsphere',
    edit: (s) => { profile(s).vsphere!.regions[0].vcenter = 'admin:hunter2@vcenter.corp.example'; },
    expected: [[VS, 'spec.providerConfig.regions[0].vcenter', FORBIDDEN]],
  },
  {
    name: 'a vCenter address is a URL, not a host', base: 'vsphere',
    edit: (s) => { profile(s).vsphere!.regions[0].vcenter = 'https://vcenter.corp.example/sdk'; },
    expected: [[VS, 'spec.providerConfig.regions[0].vcenter', INVALID]],
  },
  {
    name: 'a vCenter port is out of range', base: 'vsphere',
    edit: (s) => { profile(s).vsphere!.regions[0].vcenter = 'vcenter.corp.example:70000'; },
    expected: [[VS, 'spec.providerConfig.regions[0].vcenter', INVALID]],
  },
  { name: 'a DataStore endpoint carries user and password', edit: (s) => { seed1(s).dataStores[1].props.endpoints = ['kamaji:hunter2@pg.seed-1.internal:5432']; }, expected: [[PG1, 'spec.dataStores[1].endpoints[0]', FORBIDDEN]] },
  {
    name: 'the S3 state endpoint carries access keys',
    edit: (s) => { s.garden.terraform = { stateBackend: 's3' as any, s3: { bucket: 'tf-state', endpoint: 'https://AKIA:sk@minio.example' } }; },
    expected: [[F, 'spec.terraform.s3.endpoint', FORBIDDEN]],
  },
  {
    name: 'the HTTP state address carries user and password',
    edit: (s) => { s.garden.terraform = { stateBackend: 'http' as any, http: { address: 'https://tf:hunter2@state.example/x' } }; },
    expected: [[F, 'spec.terraform.http.address', FORBIDDEN]],
  },
];

/**
 * Input that does not mean what it says (issue 17): values of the wrong type or out of range, as a
 * JavaScript caller (or a jsii language) can pass them. The props check reports each with the
 * prop's path as written, before the fleet's other checks run; nothing crashes, nothing renders.
 */
const misread: CorpusCase[] = [
  { name: "hibernation.enabled is the string 'no'", edit: (s) => { prod(s).props.hibernation = { enabled: 'no' as any }; }, expected: [[PROD, 'hibernation.enabled', INVALID]] },
  { name: "hibernation.enabled is the string 'false'", edit: (s) => { prod(s).props.hibernation = { enabled: 'false' as any }; }, expected: [[PROD, 'hibernation.enabled', INVALID]] },
  { name: 'hibernation.enabled is the number 0', edit: (s) => { prod(s).props.hibernation = { enabled: 0 as any }; }, expected: [[PROD, 'hibernation.enabled', INVALID]] },
  { name: 'a shoot DNS domain is a number', edit: (s) => { prod(s).props.dnsDomain = 42 as any; }, expected: [[PROD, 'dnsDomain', INVALID]] },
  { name: 'the garden DNS domain is a number', edit: (s) => { s.garden.dnsDomain = 42 as any; }, expected: [[F, 'dnsDomain', INVALID]] },
  { name: 'hibernation.enabled is new Boolean(false) (an object, so truthy)', edit: (s) => { prod(s).props.hibernation = { enabled: new Boolean(false) as any }; }, expected: [[PROD, 'hibernation.enabled', INVALID]] },
  { name: 'a volume is 2^31 GiB (past the int32 OpenStack takes)', edit: (s) => { storage(s).volume = { sizeGiB: 2 ** 31 }; }, expected: [[STORAGE, 'volume.sizeGiB', INVALID]] },
  { name: 'a Kubernetes version with a trailing newline', edit: (s) => { dev(s).props.kubernetesVersion = '1.33.5\n'; }, expected: [[DEV, 'spec.kubernetes.version', INVALID]] },
  { name: 'a Kubernetes version in full-width digits', edit: (s) => { dev(s).props.kubernetesVersion = '\uFF11.33.5'; }, expected: [[DEV, 'spec.kubernetes.version', INVALID]] },
  { name: 'a shoot name with a zero-width space', edit: (s) => { prod(s).props.name = 'prod\u200b'; }, expected: [[PROD, 'metadata.name', INVALID]] },
  { name: 'a volume is 1e308 GiB', edit: (s) => { storage(s).volume = { sizeGiB: 1e308 }; }, expected: [[STORAGE, 'volume.sizeGiB', INVALID]] },
  { name: 'a volume size is Infinity', edit: (s) => { storage(s).volume = { sizeGiB: Infinity }; }, expected: [[STORAGE, 'volume.sizeGiB', INVALID]] },
  { name: 'a volume size is fractional', edit: (s) => { storage(s).volume = { sizeGiB: 20.5 }; }, expected: [[STORAGE, 'volume.sizeGiB', INVALID]] },
  { name: 'a volume size is a string', edit: (s) => { storage(s).volume = { sizeGiB: '100' as any }; }, expected: [[STORAGE, 'volume.sizeGiB', INVALID]] },
  { name: 'a pool maximum is Infinity', edit: (s) => { storage(s).maximum = Infinity; }, expected: [[STORAGE, 'maximum', INVALID]] },
  { name: 'a pool minimum is a string', edit: (s) => { storage(s).minimum = '1' as any; }, expected: [[STORAGE, 'minimum', INVALID]] },
  { name: 'a pool zone list is a string', edit: (s) => { storage(s).zones = 'eu-1a' as any; }, expected: [[STORAGE, 'zones', INVALID]] },
  { name: 'a pool zone is a number', edit: (s) => { storage(s).zones = [1 as any]; }, expected: [[STORAGE, 'zones[0]', INVALID]] },
  { name: 'pool taints are an object, not a list', edit: (s) => { storage(s).taints = { key: 'a', effect: 'NoSchedule' } as any; }, expected: [[STORAGE, 'taints', INVALID]] },
  { name: 'a pool volume is a number', edit: (s) => { storage(s).volume = 100 as any; }, expected: [[STORAGE, 'volume', INVALID]] },
  { name: 'a pool machine type is missing', edit: (s) => { delete (storage(s) as any).machineType; }, expected: [[STORAGE, 'machineType', REQUIRED]] },
  { name: 'a circular annotation', edit: (s) => { const a: any = {}; a.self = a; prod(s).props.annotations = { note: a }; }, expected: [[PROD, 'annotations[note]', INVALID]] },
  { name: 'a BigInt label', edit: (s) => { prod(s).props.labels = { size: BigInt(1) as any }; }, expected: [[PROD, 'labels[size]', INVALID]] },
  { name: 'shoot labels are a list', edit: (s) => { prod(s).props.labels = ['a=b'] as any; }, expected: [[PROD, 'labels', INVALID]] },
  { name: 'a shoot purpose is a number', edit: (s) => { prod(s).props.purpose = 1 as any; }, expected: [[PROD, 'purpose', INVALID]] },
  { name: 'a misspelt field (enable for enabled)', edit: (s) => { prod(s).props.hibernation = { enable: true } as any; }, expected: [[PROD, 'hibernation.enable', NOT_SUPPORTED]] },
  { name: 'a NodePort is a string', edit: (s) => { prod(s).props.openstack = { nodePorts: { minimum: '30000' as any } }; }, expected: [[PROD, 'openstack.nodePorts.minimum', INVALID]] },
  { name: 'a machine type has 1e308 GiB of memory', edit: (s) => { profile(s).machineTypes[0].memoryGiB = 1e308; }, expected: [[OS, 'machineTypes[0].memoryGiB', INVALID]] },
  { name: 'a maintenance flag is a string', edit: (s) => { prod(s).props.maintenance = { autoUpdateKubernetesVersion: 'true' as any }; }, expected: [[PROD, 'maintenance.autoUpdateKubernetesVersion', INVALID]] },
  { name: 'a shoot lifecycle is unknown', edit: (s) => { prod(s).props.lifecycle = 'Paused' as any; }, expected: [[PROD, 'lifecycle', NOT_SUPPORTED]] },
  { name: 'a seed visible flag is the string "no"', edit: (s) => { seed1(s).props.visible = 'no' as any; }, expected: [[S1, 'visible', INVALID]] },
  { name: 'seed networks are a string', edit: (s) => { seed1(s).props.networks = '10.0.0.0/8' as any; }, expected: [[S1, 'networks', INVALID]] },
  { name: 'a DataStore endpoint list is a string', edit: (s) => { seed1(s).dataStores[0].props.endpoints = 'etcd:2379' as any; }, expected: [[ETCD1, 'endpoints', INVALID]] },
  { name: 'CloudProfile machine types are a string', edit: (s) => { profile(s).machineTypes = 'm1.large' as any; }, expected: [[OS, 'machineTypes', INVALID]] },
  { name: 'CloudProfile regions are null', edit: (s) => { profile(s).regions = null as any; }, expected: [[OS, 'regions', INVALID]] },
  { name: 'a machine type memory is NaN', edit: (s) => { profile(s).machineTypes[0].memoryGiB = Number.NaN; }, expected: [[OS, 'machineTypes[0].memoryGiB', INVALID]] },
  { name: 'a machine type name is missing', edit: (s) => { delete (profile(s).machineTypes[0] as any).name; }, expected: [[OS, 'machineTypes[0].name', REQUIRED]] },
  { name: 'the repository is a URL string, not an object', edit: (s) => { s.garden.repository = 'https://git.example/fleet.git' as any; }, expected: [[F, 'repository', INVALID]] },
  { name: 'a Terraform HTTP locking flag is a string', edit: (s) => { s.garden.terraform = { http: { address: 'https://tf.example/state', locking: 'yes' as any } }; }, expected: [[F, 'terraform.http.locking', INVALID]] },
  {
    name: 'a shoot refers to its CloudProfile by name',
    after: (b) => { new Shoot(b.projects.shop, 'named', { cloudProfile: 'openstack' as any, region: 'eu-1' }); },
    expected: [['fleet/shop/named', 'cloudProfile', INVALID]],
  },
  {
    name: 'a shoot is created without props',
    after: (b) => { new Shoot(b.projects.shop, 'bare', undefined as any); },
    expected: [['fleet/shop/bare', 'props', REQUIRED]],
  },
  {
    name: 'a seed is created with a string as props',
    after: (b) => { b.garden.addSeed('odd', 'eu-1' as any); },
    expected: [['fleet/odd', 'props', INVALID]],
  },
  {
    name: 'an override patch value holds a BigInt and a function',
    after: (b) => { b.shoots['shop/prod'].addOverride({ name: 'x', kind: 'TenantControlPlane', patches: [{ op: PatchOperation.ADD, path: '/a', value: { n: BigInt(2), f: () => 1 } }] }); },
    expected: [[PROD, 'overrides[0].patches[0].value[f]', INVALID], [PROD, 'overrides[0].patches[0].value[n]', INVALID]],
  },
  {
    name: 'Helm values refer to themselves',
    after: (b) => { const v: any = { a: 1 }; v.loop = v; new PlatformService(b.garden, 'agent', { source: ServiceSource.fromHelmChart({ ...helmChart, values: { x: 1 } }) }); (b.garden.node.findChild('agent') as any).props.source.helmChart.values = v; },
    expected: [['fleet/agent', 'source.helmChart.values[loop]', INVALID]],
  },
  {
    name: 'burst partners name a shoot by its name',
    after: (b) => { new BurstPartners(b.garden, 'burst', { consumer: 'shop/prod' as any, providers: [b.shoots['data/lake']] }); },
    expected: [['fleet/burst', 'consumer', INVALID]],
  },
  // F5: maps that are not plain objects are refused, not silently dropped.
  { name: 'shoot labels are a Map', edit: (s) => { prod(s).props.labels = new Map([['team', 'a']]) as any; }, expected: [[PROD, 'labels', INVALID]] },
  { name: 'seed labels are a Map', edit: (s) => { seed1(s).props.labels = new Map([['tier', 'a']]) as any; }, expected: [[S1, 'labels', INVALID]] },
  { name: 'project labels are a class instance', edit: (s) => { s.projects[0].props.labels = new (class Labels { public team = 'a'; })() as any; }, expected: [[SHOP, 'labels', INVALID]] },
  { name: 'shoot annotations are a Set', edit: (s) => { prod(s).props.annotations = new Set(['a']) as any; }, expected: [[PROD, 'annotations', INVALID]] },
  {
    name: 'Helm values hold a Map',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; },
    after: (b) => { new PlatformService(b.garden, 'agent', { source: ServiceSource.fromHelmChart({ ...helmChart, values: { env: new Map([['A', '1']]) } }) }); },
    expected: [['fleet/agent', 'source.helmChart.values[env]', INVALID]],
  },
  {
    name: 'shoot overrides remove or replace the identity of an object',
    after: (b) => {
      b.shoots['shop/prod'].addOverride({
        name: 'identity', kind: 'KamajiControlPlane', patches: [
          { op: PatchOperation.REMOVE, path: '/metadata' },
          { op: PatchOperation.REMOVE, path: '/metadata/name' },
          { op: PatchOperation.REPLACE, path: '/kind', value: 'X' },
          { op: PatchOperation.REMOVE, path: '/apiVersion' },
          { op: PatchOperation.REMOVE, path: '/metadata/namespace' },
          { op: PatchOperation.REPLACE, path: '/metadata', value: { name: 'other' } },
          { op: PatchOperation.ADD, path: '/metadata/labels/team', value: 'a' },
        ],
      });
    },
    expected: [
      [PROD, 'overrides[0].patches[0].path', FORBIDDEN], [PROD, 'overrides[0].patches[1].path', FORBIDDEN], [PROD, 'overrides[0].patches[2].path', FORBIDDEN],
      [PROD, 'overrides[0].patches[3].path', FORBIDDEN], [PROD, 'overrides[0].patches[4].path', FORBIDDEN], [PROD, 'overrides[0].patches[5].path', FORBIDDEN],
    ],
  },
  {
    name: 'a service patch removes /metadata',
    edit: (s) => { s.garden.multiCluster = { systems: [MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT] }; },
    after: (b) => {
      new PlatformService(b.garden, 'base', {
        source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } }]),
        overrides: [{ name: 'eu-1', placement: { regions: ['eu-1'] }, patches: [
          { kind: 'ConfigMap', op: PatchOperation.REMOVE, path: '/metadata' },
          { kind: 'ConfigMap', op: PatchOperation.REPLACE, path: '/metadata/name', value: 'd' },
        ] }],
      });
    },
    expected: [['fleet/base', 'spec.overrides[0].patches[0].path', FORBIDDEN], ['fleet/base', 'spec.overrides[0].patches[1].path', FORBIDDEN]],
  },
  {
    name: 'several type errors across constructs are all reported at once',
    edit: (s) => { prod(s).props.hibernation = { enabled: 'no' as any }; storage(s).volume = { sizeGiB: 1e308 }; seed1(s).props.capacity = '10' as any; },
    expected: [[PROD, 'hibernation.enabled', INVALID], [STORAGE, 'volume.sizeGiB', INVALID], [S1, 'capacity', INVALID]],
  },
];

/** Every case of the corpus. */
export const CASES: CorpusCase[] = [
  ...garden, ...cloudProfiles, ...projects, ...seeds, ...dataStores, ...shoots, ...workers, ...scheduling, ...assignment,
  ...sharedNetworks, ...multiCluster, ...several, ...leaks, ...misread,
];
