/**
 * The run-time check of every construct's props at the API boundary: JavaScript callers (and
 * the jsii languages seedbed is shaped for) do not have TypeScript's checks, so a string where a
 * boolean belongs (`hibernation: { enabled: 'no' }`), a number where a name belongs
 * (`dnsDomain: 42`), `1e308` GiB or a string where a list belongs would otherwise be read as
 * whatever JavaScript makes of it, or crash a later step.
 *
 * This file is the one declarative spec of the props: one entry per data interface of
 * lib/model (and the few of core/ they use), field by field, with the type the interface
 * declares and, for numbers, the range. test/validate/props-spec.test.ts reads the interfaces
 * with the TypeScript compiler and fails when a field is added, removed or retyped in one place
 * and not in the other.
 *
 * The check runs first in `resolveFleet` (so in synth, validate, diff and the reports alike);
 * when it finds problems, they are reported (every one of them, as field errors against the
 * construct path and the prop's path as written, e.g. `hibernation.enabled`) and the fleet's
 * other checks do not run: they assume the types are right. Ranges that the fleet's own
 * validators already check with Gardener's field paths (a pool's minimum and maximum, CPU
 * counts, capacities, …) are left to them; the spec names them `checkedLater`.
 */
import { Construct } from 'constructs';
import { ErrorList, FieldError } from '../core/problems';
import {
  Architecture, ControlPlaneBackend, CredentialsDelivery, CriName, DataStoreDriver, DnsRecordProvider, FailureToleranceType, GitOpsEngine, KarmadaSyncMode,
  MachineImageBootstrap, MachineImageUserDataFormat, MultiClusterSystem, NetworkingType, PatchOperation, Provisioner, ProviderType, SchedulingStrategy,
  SecretStoreKind, SeedRegistration, ServerGroupPolicy, ServiceType, ShootLifecycle, ShootPurpose, TaintEffect, TerraformStateBackend, VSphereAntiAffinity,
  VSphereShareLevel, WorkerUpdateStrategy, enumValues,
} from '../core/types';
import { VersionClassification } from '../core/versions';
import { COMPONENTS, StackWorkaround, TerraformEngine } from '../core/stack';
import { CloudProfile } from '../model/cloud-profile';
import { Garden } from '../model/garden';
import { BurstPartners, PlatformService, ServiceSource } from '../model/platform-service';
import { Project } from '../model/project';
import { DataStore, Seed } from '../model/seed';
import { Shoot } from '../model/shoot';
import { CredentialsBinding } from '../model/credentials-binding';
import { IntOrPercent, WorkerPool } from '../model/worker-pool';

/** What a value must be. `text` is the TypeScript type it stands for (compared with the interfaces by the spec test). */
export type PropType =
  | { readonly kind: 'string'; readonly text: 'string' }
  | { readonly kind: 'number'; readonly text: 'number'; readonly integer: boolean; readonly min?: number; readonly max?: number; readonly checkedLater?: string }
  | { readonly kind: 'boolean'; readonly text: 'boolean' }
  | { readonly kind: 'enum'; readonly text: string; readonly values: readonly string[]; readonly checkedLater?: string }
  | { readonly kind: 'array'; readonly text: string; readonly of: PropType }
  | { readonly kind: 'record'; readonly text: string; readonly of: PropType }
  | { readonly kind: 'object'; readonly text: string; readonly fields: () => Readonly<Record<string, Field>> }
  | { readonly kind: 'instance'; readonly text: string; readonly is: (x: unknown) => boolean; readonly inner?: (x: any, at: string, errs: ErrorList) => void; readonly shown?: string }
  | { readonly kind: 'json'; readonly text: string };

/** One field of a data interface: its type and whether it may be left out. */
export interface Field {
  readonly type: PropType;
  readonly optional: boolean;
  /**
   * The validator that reports this required field missing (with Gardener's field path); the
   * props check then checks only the type of a value that is there.
   */
  readonly presenceCheckedLater?: string;
}

// ---- the vocabulary of the spec -------------------------------------------------------------

const STRING: PropType = { kind: 'string', text: 'string' };
const BOOLEAN: PropType = { kind: 'boolean', text: 'boolean' };
/** A whole number in [min, max]; `checkedLater` names the validator that checks the range instead. */
const int = (min: number | undefined, max: number, checkedLater?: string): PropType =>
  ({ kind: 'number', text: 'number', integer: true, ...(min !== undefined ? { min } : {}), max, ...(checkedLater ? { checkedLater } : {}) });
/** Any finite number whose range a fleet validator checks (named). */
const num = (checkedLater: string): PropType => ({ kind: 'number', text: 'number', integer: false, checkedLater });
/** A value of the enum; with `checkedLater`, only its type is checked here and its value by the validator named. */
const enumOf = (name: string, e: Record<string, string>, checkedLater?: string): PropType =>
  ({ kind: 'enum', text: name, values: enumValues(e), ...(checkedLater ? { checkedLater } : {}) });
const arrayOf = (of: PropType): PropType => ({ kind: 'array', text: `${of.text}[]`, of });
const recordOf = (of: PropType): PropType => ({ kind: 'record', text: `Record<string, ${of.kind === 'json' ? 'any' : of.text}>`, of });
const JSON_VALUE: PropType = { kind: 'json', text: 'any' };
/** Plain JSON data whose shape (an object, say) the validator named checks. */
const jsonLater = (text: string): PropType => ({ kind: 'json', text });
const instance = (name: string, is: (x: unknown) => boolean, inner?: (x: any, at: string, errs: ErrorList) => void): PropType =>
  ({ kind: 'instance', text: name, is, ...(inner ? { inner } : {}) });
const req = (type: PropType): Field => ({ type, optional: false });
/** A required field whose absence the validator named reports. */
const reqLater = (type: PropType, by: string): Field => ({ type, optional: false, presenceCheckedLater: by });
const opt = (type: PropType): Field => ({ type, optional: true });

/** The named data interfaces, filled below; `object(name)` refers to one lazily (they refer to each other). */
export const INTERFACES: Record<string, Readonly<Record<string, Field>>> = {};
const object = (name: string): PropType => ({ kind: 'object', text: name, fields: () => INTERFACES[name] });
const define = (name: string, fields: Record<string, Field>): PropType => {
  INTERFACES[name] = fields;
  return object(name);
};

// Sizes: a GiB count a disk or a machine can have (up to 1 PiB); MHz and MiB up to what a vSphere cluster reports.
const GIB = int(1, 1024 * 1024);
/** A pool's volume size: at most 1 PiB here; a size below 1 is reported by resolve/shoot.ts with Gardener's field path. */
const VOLUME_GIB = int(undefined, 1024 * 1024);

// ---- core/ ------------------------------------------------------------------------------------

const TAINT = define('Taint', { key: req(STRING), value: opt(STRING), effect: req(enumOf('TaintEffect', TaintEffect, 'resolve/shoot.ts')) });
const SECRET_REFERENCE = define('SecretReference', { name: req(STRING), namespace: opt(STRING) });
const EXPIRABLE_VERSION: Record<string, Field> = {
  version: req(STRING),
  classification: opt(enumOf('VersionClassification', VersionClassification, 'validate/cloud-profile.ts')),
  expirationDate: opt(STRING),
};
define('ExpirableVersion', EXPIRABLE_VERSION);

// ---- cloud-profile.ts -----------------------------------------------------------------------

const KUBERNETES_VERSION = define('KubernetesVersion', { ...EXPIRABLE_VERSION });
const MACHINE_IMAGE_VERSION = define('MachineImageVersion', {
  ...EXPIRABLE_VERSION,
  cri: opt(arrayOf(enumOf('CriName', CriName, 'validate/cloud-profile.ts'))),
  architectures: opt(arrayOf(enumOf('Architecture', Architecture, 'validate/cloud-profile.ts'))),
  kubeletVersionConstraint: opt(STRING),
});
const MACHINE_IMAGE = define('MachineImage', {
  name: req(STRING),
  versions: req(arrayOf(MACHINE_IMAGE_VERSION)),
  bootstrap: opt(enumOf('MachineImageBootstrap', MachineImageBootstrap)),
  userDataFormat: opt(enumOf('MachineImageUserDataFormat', MachineImageUserDataFormat)),
});
const MACHINE_TYPE = define('MachineType', {
  name: req(STRING),
  cpu: req(int(0, 4096, 'validate/cloud-profile.ts (spec.machineTypes[].cpu)')),
  memoryGiB: req(int(1, 64 * 1024)),
  gpu: opt(int(-1, 1024, 'validate/cloud-profile.ts (spec.machineTypes[].gpu)')),
  architecture: opt(enumOf('Architecture', Architecture, 'validate/cloud-profile.ts')),
  usable: opt(BOOLEAN),
  storageGiB: opt(GIB),
});
const VOLUME_TYPE = define('VolumeType', {
  name: req(STRING),
  class: req(STRING),
  usable: opt(BOOLEAN),
  minSizeGiB: opt(int(0, 1024 * 1024, 'validate/cloud-profile.ts (spec.volumeTypes[].minSize)')),
});
const ZONE = define('Zone', { name: req(STRING), unavailableMachineTypes: opt(arrayOf(STRING)), unavailableVolumeTypes: opt(arrayOf(STRING)) });
const REGION = define('Region', { name: req(STRING), zones: req(arrayOf(ZONE)), labels: opt(recordOf(STRING)) });
const CLOUD_PROFILE_LIMITS = define('CloudProfileLimits', { maxNodesTotal: opt(num('validate/cloud-profile.ts (spec.limits.maxNodesTotal)')) });
const KEYSTONE_URL = define('OpenStackKeystoneUrl', { region: req(STRING), url: req(STRING) });
const FLOATING_POOL = define('OpenStackFloatingPool', { name: req(STRING), region: opt(STRING), networkId: opt(STRING) });
const LB_PROVIDER = define('OpenStackLoadBalancerProvider', { name: req(STRING), region: opt(STRING) });
const OS_IMAGE = define('OpenStackImageMapping', {
  name: req(STRING), version: req(STRING), image: req(STRING), imageId: opt(STRING), region: opt(STRING), architecture: opt(enumOf('Architecture', Architecture)),
});
const OS_PROFILE = define('OpenStackCloudProfileConfig', {
  keystoneUrls: req(arrayOf(KEYSTONE_URL)),
  floatingPools: req(arrayOf(FLOATING_POOL)),
  machineImages: req(arrayOf(OS_IMAGE)),
  loadBalancerProviders: opt(arrayOf(LB_PROVIDER)),
  dnsServers: opt(arrayOf(STRING)),
});
const VS_ZONE = define('VSphereZoneConfig', { name: req(STRING), computeCluster: req(STRING), datastore: opt(STRING), resourcePool: opt(STRING) });
const VS_REGION = define('VSphereRegionConfig', {
  name: req(STRING), vcenter: req(STRING), thumbprint: opt(STRING), caBundle: opt(STRING), datacenter: req(STRING), datastore: opt(STRING),
  storagePolicy: opt(STRING), network: req(STRING), folder: req(STRING), resourcePool: opt(STRING), zones: req(arrayOf(VS_ZONE)),
});
const VS_IMAGE = define('VSphereImageMapping', {
  name: req(STRING), version: req(STRING), template: req(STRING), guestId: opt(STRING), architecture: opt(enumOf('Architecture', Architecture)),
});
const VS_PROFILE = define('VSphereCloudProfileConfig', { regions: req(arrayOf(VS_REGION)), machineImages: req(arrayOf(VS_IMAGE)), dnsServers: opt(arrayOf(STRING)) });
const CLOUD_PROFILE_PROPS = define('CloudProfileProps', {
  name: opt(STRING),
  type: req(enumOf('ProviderType', ProviderType, 'validate/cloud-profile.ts')),
  kubernetesVersions: req(arrayOf(KUBERNETES_VERSION)),
  machineImages: req(arrayOf(MACHINE_IMAGE)),
  machineTypes: req(arrayOf(MACHINE_TYPE)),
  volumeTypes: opt(arrayOf(VOLUME_TYPE)),
  regions: req(arrayOf(REGION)),
  limits: opt(CLOUD_PROFILE_LIMITS),
  openstack: opt(OS_PROFILE),
  vsphere: opt(VS_PROFILE),
});

// ---- multicluster-settings.ts ---------------------------------------------------------------

const MULTI_CLUSTER = define('MultiClusterSettings', {
  systems: req(arrayOf(enumOf('MultiClusterSystem', MultiClusterSystem, 'resolve/multicluster.ts'))),
  karmada: opt(define('KarmadaSettings', { syncMode: opt(enumOf('KarmadaSyncMode', KarmadaSyncMode, 'resolve/multicluster.ts')), clusterSecretNamespace: opt(STRING) })),
  openClusterManagement: opt(define('OpenClusterManagementSettings', { clusterSetName: opt(STRING), placementNamespace: opt(STRING) })),
  clusternet: opt(define('ClusternetSettings', { namespace: opt(STRING) })),
  clusterpedia: opt(define('ClusterpediaSettings', {
    syncResources: opt(arrayOf(define('ClusterpediaSyncResource', { group: req(STRING), versions: opt(arrayOf(STRING)), resources: req(arrayOf(STRING)) }))),
  })),
  kubermatic: opt(define('KubermaticSettings', { namespace: opt(STRING) })),
  liqo: opt(define('LiqoSettings', { offloadedNamespace: opt(STRING) })),
  admiralty: opt(define('AdmiraltySettings', { namespace: opt(STRING) })),
});

// ---- credentials-binding.ts -----------------------------------------------------------------

const EXTERNAL_SECRET_SOURCE = define('ExternalSecretSource', {
  store: req(STRING),
  storeKind: opt(enumOf('SecretStoreKind', SecretStoreKind, 'validate/credentials.ts')),
  remoteKey: opt(STRING),
  refreshInterval: opt(STRING),
});
const CREDENTIALS_BINDING_PROPS = define('CredentialsBindingProps', {
  provider: req(enumOf('ProviderType', ProviderType, 'validate/credentials.ts')),
  name: opt(STRING),
  delivery: opt(enumOf('CredentialsDelivery', CredentialsDelivery, 'validate/credentials.ts')),
  externalSecret: opt(EXTERNAL_SECRET_SOURCE),
});

// ---- core/stack.ts -------------------------------------------------------------------------

/** Versions are strings here; validate/stack.ts checks their form and that seedbed has their schemas. */
const MANAGEMENT_STACK = define('ManagementStack', {
  ...Object.fromEntries(COMPONENTS.map((c) => [c.field, opt(STRING)])),
  terraformEngine: opt(enumOf('TerraformEngine', TerraformEngine)),
  terraformEngineVersion: opt(STRING),
  terraformRunnerImage: opt(STRING),
  workarounds: opt(arrayOf(enumOf('StackWorkaround', StackWorkaround))),
});

// ---- garden.ts ------------------------------------------------------------------------------

const GARDEN_PROPS = define('GardenProps', {
  repository: req(define('PlatformRepository', { url: req(STRING), branch: opt(STRING), secretName: opt(STRING), path: opt(STRING) })),
  sopsSecrets: opt(define('SopsSecrets', { path: opt(STRING), decryptionSecretName: opt(STRING) })),
  credentials: opt(define('CredentialsSettings', {
    delivery: opt(enumOf('CredentialsDelivery', CredentialsDelivery, 'validate/credentials.ts')),
    externalSecret: opt(EXTERNAL_SECRET_SOURCE),
  })),
  gitOpsEngine: opt(enumOf('GitOpsEngine', GitOpsEngine, 'resolve/fleet.ts')),
  defaultBackend: opt(enumOf('ControlPlaneBackend', ControlPlaneBackend, 'resolve/fleet.ts')),
  dnsDomain: opt(STRING),
  scheduling: opt(define('SchedulingSettings', {
    strategy: opt(enumOf('SchedulingStrategy', SchedulingStrategy, 'resolve/fleet.ts')),
    regionDistances: opt(arrayOf(define('RegionDistance', {
      from: req(STRING), to: req(STRING), distance: req(num('resolve/fleet.ts (spec.scheduling.regionDistances[].distance)')),
    }))),
  })),
  terraform: opt(define('TerraformSettings', {
    stateBackend: opt(enumOf('TerraformStateBackend', TerraformStateBackend, 'validate/infrastructure.ts')),
    s3: opt(define('TerraformS3StateSettings', { bucket: req(STRING), keyPrefix: opt(STRING), region: opt(STRING), endpoint: opt(STRING) })),
    http: opt(define('TerraformHttpStateSettings', { address: req(STRING), locking: opt(BOOLEAN), lockMethod: opt(STRING), unlockMethod: opt(STRING) })),
    stateCredentialsSecretName: opt(STRING),
    interval: opt(STRING),
    runnerServiceAccountName: opt(STRING),
    runnerClusterRoleName: opt(STRING),
  })),
  multiCluster: opt(MULTI_CLUSTER),
  gardenlet: opt(define('GardenletDefaults', {
    registration: opt(enumOf('SeedRegistration', SeedRegistration, 'validate/gardener.ts')), chartRef: opt(STRING),
  })),
  managementStack: opt(MANAGEMENT_STACK),
});

// ---- project-types.ts -----------------------------------------------------------------------

const PROJECT_PROPS = define('ProjectProps', { name: opt(STRING), description: opt(STRING), owner: opt(STRING), labels: opt(recordOf(STRING)) });

// ---- seed.ts --------------------------------------------------------------------------------

const CLOUD_PROFILE = instance('CloudProfile', CloudProfile.isCloudProfile);
const SEED = instance('Seed', Seed.isSeed);
const SHOOT = instance('Shoot', Shoot.isShoot);
/** A Shoot where the model names it through an interface (model/seed.ts cannot import the Shoot class). */
const SHOOT_REF: PropType = { ...instance('IShootRef', Shoot.isShoot), shown: 'Shoot' } as PropType;
const DATA_STORE_PROPS = define('DataStoreProps', {
  name: opt(STRING),
  driver: req(enumOf('DataStoreDriver', DataStoreDriver, 'validate/seed.ts')),
  endpoints: req(arrayOf(STRING)),
  tls: opt(define('DataStoreTls', { certificateAuthority: req(SECRET_REFERENCE), clientCertificate: opt(SECRET_REFERENCE) })),
  basicAuth: opt(SECRET_REFERENCE),
  capacity: opt(int(0, 1_000_000, 'validate/seed.ts (spec.dataStores[].capacity)')),
});
const SEED_PROPS = define('SeedProps', {
  name: opt(STRING),
  provider: req(enumOf('ProviderType', ProviderType, 'validate/seed.ts')),
  region: req(STRING),
  cloudProfile: opt(CLOUD_PROFILE),
  zones: opt(arrayOf(STRING)),
  zoneLabels: opt(BOOLEAN),
  capacity: opt(int(0, 1_000_000, 'validate/seed.ts (spec.settings.scheduling capacity)')),
  ingressDomain: req(STRING),
  networks: req(define('SeedNetworks', { nodes: opt(STRING), pods: req(STRING), services: req(STRING) })),
  labels: opt(recordOf(STRING)),
  taints: opt(arrayOf(define('SeedTaint', { key: req(STRING), value: opt(STRING) }))),
  visible: opt(BOOLEAN),
  backup: opt(define('SeedBackup', { provider: req(STRING), bucket: opt(STRING), region: opt(STRING), credentials: req(SECRET_REFERENCE) })),
  controlPlane: opt(define('SeedControlPlaneSettings', {
    serviceType: opt(enumOf('ServiceType', ServiceType, 'validate/seed.ts')), loadBalancerClass: opt(STRING), serviceAnnotations: opt(recordOf(STRING)),
  })),
  dns: opt(define('SeedDnsSettings', {
    provider: opt(enumOf('DnsRecordProvider', DnsRecordProvider, 'validate/seed.ts')),
    gardenerProvider: opt(define('SeedDnsProvider', { type: req(STRING), credentials: req(SECRET_REFERENCE) })),
    gardenerInternal: opt(define('SeedInternalDns', { type: req(STRING), domain: req(STRING), credentials: req(SECRET_REFERENCE) })),
  })),
  gardenlet: opt(define('SeedGardenletSettings', {
    registration: opt(enumOf('SeedRegistration', SeedRegistration, 'validate/gardener.ts')),
    shoot: opt(SHOOT_REF),
    chartRef: opt(STRING),
    kubeconfigSecretName: opt(STRING),
  })),
  managementStack: opt(MANAGEMENT_STACK),
});

// ---- shoot.ts -------------------------------------------------------------------------------

const MOVE = define('TerraformMove', { from: req(STRING), to: req(STRING) });
const IMPORT = define('TerraformImport', { to: req(STRING), id: req(STRING) });
const SHOOT_PROPS = define('ShootProps', {
  name: opt(STRING),
  cloudProfile: req(CLOUD_PROFILE),
  region: req(STRING),
  seed: opt(SEED),
  seedSelector: opt(define('SeedSelector', { matchLabels: opt(recordOf(STRING)), providerTypes: opt(arrayOf(enumOf('ProviderType', ProviderType, 'resolve/fleet.ts'))) })),
  tolerations: opt(arrayOf(define('Toleration', { key: req(STRING), value: opt(STRING) }))),
  kubernetesVersion: opt(STRING),
  purpose: opt(enumOf('ShootPurpose', ShootPurpose, 'resolve/shoot.ts')),
  networking: opt(define('ShootNetworking', { type: opt(enumOf('NetworkingType', NetworkingType, 'resolve/shoot.ts')), pods: opt(STRING), services: opt(STRING), nodes: opt(STRING) })),
  failureTolerance: opt(enumOf('FailureToleranceType', FailureToleranceType, 'resolve/shoot.ts')),
  maintenance: opt(define('ShootMaintenance', {
    timeWindowBegin: opt(STRING), timeWindowEnd: opt(STRING), autoUpdateKubernetesVersion: opt(BOOLEAN), autoUpdateMachineImageVersion: opt(BOOLEAN),
  })),
  hibernation: opt(define('ShootHibernation', {
    enabled: opt(BOOLEAN),
    schedules: opt(arrayOf(define('HibernationSchedule', { start: opt(STRING), end: opt(STRING), location: opt(STRING) }))),
  })),
  dnsDomain: opt(STRING),
  credentials: opt(instance('CredentialsBinding', CredentialsBinding.isCredentialsBinding)),
  credentialsBinding: opt(STRING),
  labels: opt(recordOf(STRING)),
  annotations: opt(recordOf(STRING)),
  backend: opt(enumOf('ControlPlaneBackend', ControlPlaneBackend, 'resolve/shoot.ts')),
  dataStore: opt(instance('DataStore', DataStore.isDataStore)),
  lifecycle: opt(enumOf('ShootLifecycle', ShootLifecycle)),
  kamaji: opt(define('ShootKamajiSettings', { dataStoreSchema: opt(STRING), dataStoreUsername: opt(STRING) })),
  openstack: opt(define('ShootOpenStackSettings', {
    floatingPoolName: opt(STRING),
    loadBalancerProvider: opt(STRING),
    existingNetworkId: opt(STRING),
    existingRouterId: opt(STRING),
    sshPublicKey: opt(STRING),
    nodePorts: opt(define('OpenStackNodePortSettings', { minimum: opt(int(1, 65535, 'validate/infrastructure.ts')), maximum: opt(int(1, 65535, 'validate/infrastructure.ts')), sourceRanges: opt(arrayOf(STRING)) })),
    moves: opt(arrayOf(MOVE)),
    imports: opt(arrayOf(IMPORT)),
  })),
  vsphere: opt(define('ShootVSphereSettings', {
    network: opt(STRING),
    distributedPortGroup: opt(define('VSphereDistributedPortGroupSettings', { switchName: req(STRING), vlanId: opt(int(1, 4094, 'validate/infrastructure.ts')), name: opt(STRING) })),
    resourcePool: opt(define('VSphereResourcePoolSettings', {
      cpuShareLevel: opt(enumOf('VSphereShareLevel', VSphereShareLevel, 'validate/infrastructure.ts')),
      cpuReservationMHz: opt(int(0, 100_000_000, 'validate/infrastructure.ts')),
      cpuLimitMHz: opt(int(1, 100_000_000, 'validate/infrastructure.ts')),
      memoryShareLevel: opt(enumOf('VSphereShareLevel', VSphereShareLevel, 'validate/infrastructure.ts')),
      memoryReservationMiB: opt(int(0, 1024 * 1024 * 1024, 'validate/infrastructure.ts')),
      memoryLimitMiB: opt(int(1, 1024 * 1024 * 1024, 'validate/infrastructure.ts')),
    })),
    sshPublicKey: opt(STRING),
    moves: opt(arrayOf(MOVE)),
    imports: opt(arrayOf(IMPORT)),
  })),
});
const OBJECT_OVERRIDE = define('ObjectOverride', {
  name: req(STRING),
  kind: req(STRING),
  apiVersion: opt(STRING),
  objectName: opt(STRING),
  patches: req(arrayOf(define('ObjectPatch', { op: req(enumOf('PatchOperation', PatchOperation, 'resolve/shoot.ts')), path: req(STRING), value: opt(JSON_VALUE) }))),
});

// ---- worker-pool.ts -------------------------------------------------------------------------

/** An IntOrPercent made by its factories: a finite value (the pool validators check its range). */
const INT_OR_PERCENT = instance('IntOrPercent', IntOrPercent.isIntOrPercent, (x: IntOrPercent, at, errs) => {
  if (typeof x.value !== 'number' || !Number.isFinite(x.value)) errs.invalid(`${at}.value`, x.value, 'must be a finite number');
});
const WORKER_POOL_PROPS = define('WorkerPoolProps', {
  name: opt(STRING),
  machineType: req(STRING),
  image: opt(define('WorkerImage', { name: req(STRING), version: opt(STRING) })),
  architecture: opt(enumOf('Architecture', Architecture, 'resolve/shoot.ts')),
  minimum: opt(int(0, 1_000_000, 'resolve/shoot.ts (spec.provider.workers[].minimum)')),
  maximum: opt(int(0, 1_000_000, 'resolve/shoot.ts (spec.provider.workers[].maximum)')),
  maxSurge: opt(INT_OR_PERCENT),
  maxUnavailable: opt(INT_OR_PERCENT),
  zones: opt(arrayOf(STRING)),
  volume: opt(define('WorkerVolume', { type: opt(STRING), sizeGiB: req(VOLUME_GIB) })),
  labels: opt(recordOf(STRING)),
  annotations: opt(recordOf(STRING)),
  taints: opt(arrayOf(TAINT)),
  cri: opt(enumOf('CriName', CriName, 'resolve/shoot.ts')),
  updateStrategy: opt(enumOf('WorkerUpdateStrategy', WorkerUpdateStrategy, 'resolve/shoot.ts')),
  provisioner: opt(enumOf('Provisioner', Provisioner, 'resolve/shoot.ts')),
  kubernetesVersion: opt(STRING),
  openstack: opt(define('WorkerPoolOpenStackSettings', { serverGroupPolicy: opt(enumOf('ServerGroupPolicy', ServerGroupPolicy, 'validate/infrastructure.ts')) })),
  vsphere: opt(define('WorkerPoolVSphereSettings', { antiAffinity: opt(enumOf('VSphereAntiAffinity', VSphereAntiAffinity, 'validate/infrastructure.ts')) })),
});

// ---- platform-service.ts --------------------------------------------------------------------

const PLACEMENT = define('ShootPlacement', {
  matchLabels: opt(recordOf(STRING)),
  purposes: opt(arrayOf(enumOf('ShootPurpose', ShootPurpose, 'resolve/multicluster.ts'))),
  regions: opt(arrayOf(STRING)),
  providers: opt(arrayOf(enumOf('ProviderType', ProviderType, 'resolve/multicluster.ts'))),
  seeds: opt(arrayOf(SEED)),
  excludeShoots: opt(arrayOf(SHOOT)),
});
const HELM_CHART = define('HelmChartSource', {
  repositoryUrl: reqLater(STRING, 'resolve/multicluster.ts'), chart: reqLater(STRING, 'resolve/multicluster.ts'), version: reqLater(STRING, 'resolve/multicluster.ts'), values: opt(recordOf(JSON_VALUE)), releaseName: opt(STRING),
});
/** A ServiceSource made by its factories; the chart it carries is checked like the props. */
const SERVICE_SOURCE = instance('ServiceSource', (x) => x instanceof ServiceSource || isObject(x) && ('helmChart' in x || 'manifests' in x), (x: ServiceSource, at, errs) => {
  if (x.helmChart !== undefined) checkValue(x.helmChart, HELM_CHART, `${at}.helmChart`, errs);
  if (x.manifests !== undefined) checkValue(x.manifests, arrayOf(recordOf(JSON_VALUE)), `${at}.manifests`, errs);
});
const PLATFORM_SERVICE_PROPS = define('PlatformServiceProps', {
  name: opt(STRING),
  namespace: opt(STRING),
  source: reqLater(SERVICE_SOURCE, 'resolve/multicluster.ts'),
  placement: opt(PLACEMENT),
  overrides: opt(arrayOf(define('ServiceOverride', {
    name: reqLater(STRING, 'resolve/multicluster.ts'),
    placement: reqLater(PLACEMENT, 'resolve/multicluster.ts'),
    patches: opt(arrayOf(define('ServicePatch', {
      kind: reqLater(STRING, 'resolve/multicluster.ts'), name: opt(STRING), op: reqLater(enumOf('PatchOperation', PatchOperation, 'resolve/multicluster.ts'), 'resolve/multicluster.ts'), path: reqLater(STRING, 'resolve/multicluster.ts'), value: opt(JSON_VALUE),
    }))),
    values: opt(jsonLater('Record<string, any>')), // an object: checked by resolve/multicluster.ts
  }))),
});
const BURST_PARTNERS_PROPS = define('BurstPartnersProps', { consumer: reqLater(SHOOT, 'resolve/multicluster.ts'), providers: reqLater(arrayOf(SHOOT), 'resolve/multicluster.ts') });

/** The props each construct is built with: the roots of the spec, by construct class. */
export const CONSTRUCT_PROPS: ReadonlyArray<{ readonly construct: string; readonly is: (x: unknown) => boolean; readonly props: PropType; readonly optional?: boolean }> = [
  { construct: 'Garden', is: Garden.isGarden, props: GARDEN_PROPS },
  { construct: 'CloudProfile', is: CloudProfile.isCloudProfile, props: CLOUD_PROFILE_PROPS },
  { construct: 'Project', is: Project.isProject, props: PROJECT_PROPS, optional: true },
  { construct: 'CredentialsBinding', is: CredentialsBinding.isCredentialsBinding, props: CREDENTIALS_BINDING_PROPS },
  { construct: 'Seed', is: Seed.isSeed, props: SEED_PROPS },
  { construct: 'DataStore', is: DataStore.isDataStore, props: DATA_STORE_PROPS },
  { construct: 'Shoot', is: Shoot.isShoot, props: SHOOT_PROPS },
  { construct: 'WorkerPool', is: WorkerPool.isWorkerPool, props: WORKER_POOL_PROPS },
  { construct: 'PlatformService', is: PlatformService.isPlatformService, props: PLATFORM_SERVICE_PROPS },
  { construct: 'BurstPartners', is: BurstPartners.isBurstPartners, props: BURST_PARTNERS_PROPS },
];

// ---- the check ------------------------------------------------------------------------------

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * A plain object (`{…}`, or one made with `Object.create(null)`): what a map of names to values
 * must be. A `Map`, a `Set` or a class instance is not — their entries are not own properties, so
 * a `new Map([['team', 'a']])` given as labels would otherwise be read as no labels at all.
 */
function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (!isObject(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** What a value is, in words, for "must be a string (got a number)". */
function kindOf(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (x instanceof Map) return 'a Map';
  if (x instanceof Set) return 'a Set';
  if (typeof x === 'object' && !isPlainObject(x)) return `an instance of ${(x as object).constructor?.name || 'a class'}`;
  if (typeof x === 'object') return 'an object';
  if (typeof x === 'number') return Number.isNaN(x) ? 'NaN' : Number.isFinite(x) ? 'a number' : 'an infinite number';
  if (typeof x === 'bigint') return 'a BigInt';
  if (typeof x === 'function') return 'a function';
  return `a ${typeof x}`;
}

const article = (t: PropType): string => {
  switch (t.kind) {
    case 'string': return 'a string';
    case 'number': return t.integer ? 'a whole number' : 'a finite number';
    case 'boolean': return 'a boolean (true or false)';
    case 'enum': return `one of ${t.text}'s values (a string)`;
    case 'array': return 'a list';
    case 'record': return 'a plain object (a map of names to values, not a Map or a class instance)';
    case 'object': return `an object (${t.text})`;
    case 'instance': return `${/^[AEIOU]/.test(t.shown ?? t.text) ? 'an' : 'a'} ${t.shown ?? t.text}`;
    case 'json': return 'plain JSON data';
  }
};

/** Why a `__proto__` key is refused: every object copy that assigns keys (the renderers', cdk8s's) makes it the prototype, so the key would vanish from the output. */
const PROTO_KEY = 'a key named __proto__ cannot be rendered: JavaScript object copies drop it (they make it the prototype); rename it';

/** Checks plain JSON data: objects, lists, strings, booleans, null and finite numbers, without cycles. */
function checkJson(x: unknown, at: string, errs: ErrorList, seen: Set<unknown>): void {
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return;
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) errs.invalid(at, x, 'must be a finite number (JSON has no NaN or Infinity)');
    return;
  }
  if (typeof x !== 'object') {
    errs.invalid(at, x, `must be plain JSON data, not ${kindOf(x)}`);
    return;
  }
  if (seen.has(x)) {
    errs.invalid(at, '(a cycle)', 'must be plain JSON data: it refers to itself');
    return;
  }
  if (!Array.isArray(x) && !isPlainObject(x)) {
    errs.invalid(at, `(${kindOf(x)})`, `must be plain JSON data, not ${kindOf(x)}: JSON would render it as {} or lose what it holds`);
    return;
  }
  seen.add(x);
  if (Array.isArray(x)) x.forEach((v, i) => checkJson(v, `${at}[${i}]`, errs, seen));
  else {
    for (const [k, v] of Object.entries(x)) {
      if (v === undefined) continue;
      // Every object copy that assigns keys (the renderers', cdk8s's) turns `__proto__` into the prototype: the key would vanish from the output.
      if (k === '__proto__') errs.invalid(`${at}[${k}]`, k, PROTO_KEY);
      else checkJson(v, `${at}[${k}]`, errs, seen);
    }
  }
  seen.delete(x);
}

/** Appends the error of a value that is not of its type. */
function wrongType(x: unknown, t: PropType, at: string, errs: ErrorList): void {
  errs.invalid(at, x, `must be ${article(t)}, not ${kindOf(x)}`);
}

/** Checks one value against its type, appending a field error (at `at`) for every problem found. */
export function checkValue(x: unknown, t: PropType, at: string, errs: ErrorList): void {
  switch (t.kind) {
    case 'string':
      if (typeof x !== 'string') wrongType(x, t, at, errs);
      return;
    case 'boolean':
      if (typeof x !== 'boolean') wrongType(x, t, at, errs);
      return;
    case 'number':
      if (typeof x !== 'number' || !Number.isFinite(x)) return wrongType(x, t, at, errs);
      if (t.checkedLater !== undefined) return; // its range is checked by the validator named, with Gardener's field path
      if (t.integer && !Number.isInteger(x)) return errs.invalid(at, x, 'must be a whole number');
      if (t.min !== undefined && x < t.min) return errs.invalid(at, x, `must be at least ${t.min}`);
      if (t.max !== undefined && x > t.max) errs.invalid(at, x, `must be at most ${t.max}`);
      return;
    case 'enum':
      if (typeof x !== 'string') return wrongType(x, t, at, errs);
      if (t.checkedLater !== undefined) return; // the validator named reports it with Gardener's field path
      if (!t.values.includes(x)) errs.notSupported(at, x, t.values, `must be one of ${t.text}'s values`);
      return;
    case 'array':
      if (!Array.isArray(x)) return wrongType(x, t, at, errs);
      for (let i = 0; i < x.length; i++) checkValue(x[i], t.of, `${at}[${i}]`, errs);
      return;
    case 'record':
      if (!isPlainObject(x)) return wrongType(x, t, at, errs);
      for (const [k, v] of Object.entries(x)) {
        if (k === '__proto__' && v !== undefined) errs.invalid(`${at}[${k}]`, k, PROTO_KEY);
        else if (t.of.kind === 'json') {
          if (v !== undefined) checkJson(v, `${at}[${k}]`, errs, new Set([x]));
        } else checkValue(v, t.of, `${at}[${k}]`, errs);
      }
      return;
    case 'object': {
      if (!isObject(x)) return wrongType(x, t, at, errs);
      const fields = t.fields();
      // (Own fields of the spec, in their order, as Object.entries lists them; the path is made only when needed.)
      for (const name in fields) {
        if (!Object.prototype.hasOwnProperty.call(fields, name)) continue;
        const f = fields[name];
        const v = x[name];
        if (v === undefined) {
          if (!f.optional && f.presenceCheckedLater === undefined) errs.required(at ? `${at}.${name}` : name, `must be set (${article(f.type)})`);
        } else checkValue(v, f.type, at ? `${at}.${name}` : name, errs);
      }
      for (const name of Object.keys(x)) {
        if (!(name in fields) && x[name] !== undefined) {
          errs.notSupported(at ? `${at}.${name}` : name, x[name], Object.keys(fields), `is not a field of ${t.text}`);
        }
      }
      return;
    }
    case 'instance':
      if (!t.is(x)) return wrongType(x, t, at, errs);
      t.inner?.(x, at, errs);
      return;
    case 'json':
      checkJson(x, at, errs, new Set());
      return;
  }
}

/**
 * Checks the props of every construct in the garden's tree (and the overrides added to each
 * shoot) against the spec; appends a field error per problem, against the construct's path.
 */
export function checkProps(garden: Garden, errs: ErrorList, all: readonly Construct[] = garden.node.findAll()): void {
  for (const c of [garden as Construct, ...all.filter((x) => x !== garden)]) {
    const spec = CONSTRUCT_PROPS.find((s) => s.is(c));
    if (!spec) continue;
    const cerr = errs.at(c.node.path || (c as Garden).name);
    const props = (c as unknown as { props: unknown }).props;
    if (props === undefined || props === null) {
      if (!spec.optional) cerr.required('props', `${spec.construct} needs its props (${spec.props.text})`);
    } else if (!isObject(props)) {
      cerr.invalid('props', props, `must be an object (${spec.props.text}), not ${kindOf(props)}`);
    } else {
      checkValue(props, spec.props, '', cerr);
    }
    if (Shoot.isShoot(c)) c.overrides.forEach((o, i) => checkValue(o, OBJECT_OVERRIDE, `overrides[${i}]`, cerr));
  }
}

/** The props problems of the garden's tree, as field errors (none when every prop has its type and range). */
export function propProblems(garden: Garden): FieldError[] {
  const errs = new ErrorList(garden.node.path || garden.name);
  checkProps(garden, errs);
  return [...errs.errors];
}
