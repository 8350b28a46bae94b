/**
 * Rules of gardener-apiserver (gardener/gardener v1.149.3) that the fleet can break, for the
 * objects the gardener backend renders. Each rule names the upstream code it mirrors.
 */
import { ErrorList } from '../core/problems';
import { GARDEN_NAMESPACE, GARDENER_BACKUP_TYPES, OpenStackImageBuild, gardenerBackupType, openStackImageFor } from '../core/gardener-extensions';
import { validateLabelName, validateSubdomain } from '../core/names';
import { SecretReference } from '../core/types';

/** The parts of a seed's DNS settings the Gardener rules read. */
export interface GardenerSeedDns {
  readonly gardenerProvider?: { readonly type?: string; readonly credentials?: Partial<SecretReference> };
  readonly gardenerInternal?: { readonly type?: string; readonly domain?: string; readonly credentials?: Partial<SecretReference> };
}

function validateCredentials(errs: ErrorList, field: string, ref: Partial<SecretReference> | undefined): void {
  // gardener/gardener v1.149.3: pkg/api/core/validation/utils.go ValidateCredentialsRef (name a DNS-1123 subdomain, namespace a namespace name).
  if (!ref || typeof ref.name !== 'string' || ref.name === '') {
    errs.required(`${field}.name`, 'must name the Secret with the credentials');
  } else {
    validateSubdomain(errs, `${field}.name`, ref.name);
  }
  if (ref?.namespace !== undefined) validateLabelName(errs, `${field}.namespace`, ref.namespace);
}

function validateType(errs: ErrorList, field: string, type: string | undefined): void {
  if (typeof type !== 'string' || type === '') errs.required(field, 'DNS provider type must be set');
}

/**
 * Checks the Gardener DNS settings a seed gives, whatever its shoots' backend
 * (gardener/gardener v1.149.3: pkg/api/core/validation/seed.go, validateSeedDNSProviderConfig and the
 * `dns.provider` checks of ValidateSeedSpec).
 */
export function validateSeedGardenerDns(dns: GardenerSeedDns | undefined, errs: ErrorList): void {
  const provider = dns?.gardenerProvider;
  if (provider) {
    validateType(errs, 'spec.dns.provider.type', provider.type);
    validateCredentials(errs, 'spec.dns.provider.credentialsRef', provider.credentials);
  }
  const internal = dns?.gardenerInternal;
  if (internal) {
    validateType(errs, 'spec.dns.internal.type', internal.type);
    if (typeof internal.domain !== 'string' || internal.domain === '') errs.required('spec.dns.internal.domain', 'cannot be empty');
    else validateSubdomain(errs, 'spec.dns.internal.domain', internal.domain);
    validateCredentials(errs, 'spec.dns.internal.credentialsRef', internal.credentials);
  }
}

/** The parts of a seed the Gardener rules for seeds hosting gardener-backend shoots read. */
export interface GardenerSeedInput {
  /** Whether the Seed has `spec.ingress` (seedbed always renders one). @default true */
  readonly hasIngress?: boolean;
  readonly dns?: GardenerSeedDns;
  readonly backup?: { readonly provider?: string };
}

/**
 * Checks a seed that hosts shoots of the gardener backend, as gardener-apiserver would admit its Seed.
 * seedbed always renders `spec.ingress` (the seed's ingress domain), so:
 * - `spec.dns.provider` is required (pkg/api/core/validation/seed.go: "ingress controller requires
 *   dns.provider to be set");
 * - `spec.dns.internal` is required (same file: "internal DNS configuration is required");
 * - `spec.backup.provider` must be a type an extension registers for BackupBucket (the Seed's
 *   BackupBucket is reconciled by the extension registered for that type; see core/gardener-extensions.ts).
 */
export function validateGardenerSeed(seed: GardenerSeedInput, errs: ErrorList): void {
  if (!seed.dns?.gardenerProvider && seed.hasIngress !== false) {
    errs.required('spec.dns.provider', 'the seed hosts gardener-backend shoots and has an ingress domain, so Gardener requires a DNS provider: set dns.gardenerProvider (type and credentials)');
  }
  if (!seed.dns?.gardenerInternal) {
    errs.required('spec.dns.internal', 'the seed hosts gardener-backend shoots, so Gardener requires an internal DNS domain: set dns.gardenerInternal (type, domain and credentials)');
  }
  const backup = seed.backup?.provider;
  if (typeof backup === 'string' && backup !== '' && gardenerBackupType(backup) === undefined) {
    errs.notSupported('spec.backup.provider', backup, Object.keys(GARDENER_BACKUP_TYPES), 'no Gardener extension seedbed renders for registers this backup provider');
  }
}

/** The parts of a worker pool the image rule reads. */
export interface GardenerPoolImage {
  readonly architecture: string;
  readonly image: { readonly name: string; readonly version: string };
}

/**
 * Every pool of a gardener-backend OpenStack shoot has a build of its image version for its
 * architecture in the shoot's region, as provider-openstack looks it up (v1.57.0:
 * pkg/apis/openstack/helper/helper.go FindImageInCloudProfile; see core/gardener-extensions.ts).
 * A version mapped only by name is an amd64 build to provider-openstack.
 */
export function validateGardenerOpenStackPools(
  shoot: { readonly region: string; readonly workers: readonly GardenerPoolImage[] }, mappings: readonly OpenStackImageBuild[], errs: ErrorList,
): void {
  shoot.workers.forEach((w, i) => {
    if (openStackImageFor(mappings, w.image.name, w.image.version, w.architecture, shoot.region)) return;
    errs.invalid(`spec.provider.workers[${i}].machine.image.version`, w.image.version,
      `provider-openstack has no ${w.architecture} build of ${w.image.name} ${w.image.version} in region ${shoot.region}: `
      + `map one with an imageId in the CloudProfile (builds other than amd64 are found by Glance image ID per region)`);
  });
}

/**
 * Every build a CloudProfile used by gardener-backend shoots declares (image version × architecture)
 * is mapped in every region the way provider-openstack reads the mapping. provider-openstack refuses
 * a CloudProfile whose `regions[]` lack an architecture a version declares (v1.57.0:
 * pkg/apis/openstack/validation/cloudprofile.go validateMachineImageMapping, "missing providerConfig
 * mapping for machine image version … and architecture").
 */
export function validateGardenerOpenStackProfile(
  builds: ReadonlyArray<{ readonly name: string; readonly version: string; readonly architecture: string }>,
  regions: readonly string[], mappings: readonly OpenStackImageBuild[], errs: ErrorList,
): void {
  for (const b of builds) {
    const missing = regions.filter((r) => !openStackImageFor(mappings, b.name, b.version, b.architecture, r));
    if (missing.length === 0) continue;
    errs.required('spec.providerConfig.machineImages',
      `machine image ${b.name}@${b.version} (${b.architecture}) has no build provider-openstack can use in ${missing.length === 1 ? 'region' : 'regions'} ${missing.join(', ')}: `
      + (b.architecture === 'amd64' ? 'once a version has an imageId, every architecture needs one in every region' : 'builds other than amd64 need an imageId'));
  }
}

// ---- Seed registration: Gardenlet and ManagedSeed (seedmanagement.gardener.cloud/v1alpha1) ----------------

/** The gardenlet chart a Gardenlet deploys unless the fleet names another (the repository of example/55-gardenlet.yaml, at v1.149.3). */
export const DEFAULT_GARDENLET_CHART_REF = 'europe-docker.pkg.dev/gardener-project/releases/charts/gardener/gardenlet:v1.149.3';


/** The prefix of a managed seed's ingress domain under its shoot's domain (gardener/gardener v1.149.3: pkg/utils/gardener/dns.go IngressPrefix). */
export const MANAGED_SEED_INGRESS_PREFIX = 'ingress';

/** A seed's registration settings, as the fleet gives them (with the garden's defaults applied). */
export interface GardenletRegistrationInput {
  readonly registration: string;
  readonly chartRef?: string;
  /** Whether a shoot is named for a ManagedSeed. */
  readonly hasShoot: boolean;
  readonly kubeconfigSecretName?: string;
}

/**
 * Checks how a seed is registered:
 * - a Gardenlet's chart reference is a full OCI reference: gardener/gardener v1.149.3
 *   pkg/api/seedmanagement/validation/gardenlet.go ValidateGardenletSpec → pkg/api/core/validation/controllerdeployment.go
 *   ValidateOCIRepository (`ref` set; a repository needs a tag or a `sha256:` digest);
 * - `kubeconfigSecretRef` exists only on Gardenlet (pkg/apis/seedmanagement/v1alpha1/types_gardenlet.go) and names a Secret;
 * - a ManagedSeed names its shoot (pkg/api/seedmanagement/validation/managedseed.go validateShoot: "shoot name is required");
 * - a Gardenlet has no shoot (a Gardenlet registers an existing cluster; types_gardenlet.go has no shoot field).
 */
export function validateGardenletRegistration(input: GardenletRegistrationInput, errs: ErrorList): void {
  if (input.registration === 'ManagedSeed') {
    if (!input.hasShoot) errs.required('spec.shoot.name', 'a ManagedSeed registers a shoot as the seed: set gardenlet.shoot to a gardener-backend shoot of the garden project');
    if (input.kubeconfigSecretName !== undefined) errs.forbidden('spec.kubeconfigSecretRef', input.kubeconfigSecretName, 'only a Gardenlet has a kubeconfig Secret; a ManagedSeed reaches its shoot through the shoot itself');
    return;
  }
  if (input.hasShoot) errs.forbidden('spec.shoot.name', 'gardenlet.shoot', 'only a ManagedSeed registers a shoot; set gardenlet.registration to SeedRegistration.MANAGED_SEED');
  const ref = input.chartRef ?? '';
  const field = 'spec.deployment.helm.ociRepository.ref';
  if (ref === '') {
    errs.required(field, 'must name the gardenlet chart (<repository>:<tag> or <repository>@sha256:<digest>)');
  } else {
    const at = ref.indexOf('@');
    const lastSlash = ref.lastIndexOf('/');
    const tagged = ref.slice(lastSlash + 1).includes(':');
    if (at >= 0 && !/^sha256:[0-9a-f]{64}$/.test(ref.slice(at + 1))) errs.invalid(field, ref, "a digest must be 'sha256:' and 64 hex digits");
    else if (at < 0 && !tagged) errs.invalid(field, ref, 'must pin a tag or a digest (<repository>:<tag> or <repository>@sha256:<digest>)');
    if (/\s/.test(ref) || lastSlash < 0) errs.invalid(field, ref, 'must be a full OCI reference: <registry>/<path>:<tag>');
  }
  if (input.kubeconfigSecretName !== undefined) validateSubdomain(errs, 'spec.kubeconfigSecretRef.name', input.kubeconfigSecretName);
}

/** The parts of a seed a ManagedSeed rule reads. */
export interface ManagedSeedInput {
  readonly name: string;
  readonly provider: string;
  readonly region: string;
  readonly zones: readonly string[];
  readonly ingressDomain: string;
  readonly networks: { readonly nodes?: string; readonly pods: string; readonly services: string };
}

/** The parts of the shoot a ManagedSeed registers that its rules read. */
export interface ManagedSeedShootInput {
  readonly name: string;
  readonly namespace: string;
  readonly backend: string;
  /** The seed the shoot is scheduled on. */
  readonly seed?: string;
  readonly provider: string;
  readonly region: string;
  readonly dnsDomain?: string;
  readonly networking: { readonly nodes?: string; readonly pods?: string; readonly services?: string };
  readonly workers: ReadonlyArray<{ readonly zones: readonly string[] }>;
}

const SEED_SPEC = 'spec.gardenlet.config.seedConfig.spec';

/**
 * Checks a ManagedSeed against the shoot it registers, as gardener-apiserver's ManagedSeed admission
 * does (gardener/gardener v1.149.3: plugin/pkg/managedseed/validator/admission.go — Validate, validateManagedSeedCreate
 * and validateSeedSpec):
 * - the shoot is looked up in the ManagedSeed's namespace, `garden` ("shoot garden/<name> not found");
 * - it specifies a DNS domain, and the seed's ingress domain is `ingress.<shoot domain>`;
 * - it has workers ("workerless shoot cannot be used to create managed seed");
 * - the seed's nodes (when the shoot has them), pods and services ranges equal the shoot's;
 * - the seed's provider type and region equal the shoot's;
 * - the seed's zones are zones of the shoot's workers.
 * seedbed adds: the shoot is a gardener-backend shoot (only those are Shoots in the garden), and it is
 * not hosted by the seed it becomes (a seed cannot run the control plane of its own cluster).
 */
export function validateManagedSeed(seed: ManagedSeedInput, shoot: ManagedSeedShootInput, errs: ErrorList): void {
  const ref = 'spec.shoot.name';
  if (shoot.namespace !== GARDEN_NAMESPACE) {
    errs.invalid(ref, shoot.name, `shoot ${GARDEN_NAMESPACE}/${shoot.name} not found: a ManagedSeed's shoot must be in namespace ${GARDEN_NAMESPACE} (the project named ${GARDEN_NAMESPACE}), not ${shoot.namespace}`);
  }
  if (shoot.backend !== 'gardener') errs.invalid(ref, shoot.name, `the shoot uses the ${shoot.backend} backend; only gardener-backend shoots are Shoots of the garden`);
  if (shoot.seed === seed.name) errs.invalid(ref, shoot.name, `the shoot is hosted on seed ${seed.name} itself; host it on another seed`);
  if (shoot.workers.length === 0) errs.invalid(ref, shoot.name, 'workerless shoot cannot be used to create managed seed');
  if (!shoot.dnsDomain) {
    errs.invalid(ref, shoot.name, `shoot ${shoot.namespace}/${shoot.name} does not specify a domain`);
  } else {
    const ingress = `${MANAGED_SEED_INGRESS_PREFIX}.${shoot.dnsDomain}`;
    if (seed.ingressDomain !== ingress) errs.invalid(`${SEED_SPEC}.ingress.domain`, seed.ingressDomain, `seed ingress domain must be equal to shoot DNS domain ${ingress}`);
  }
  if (shoot.networking.nodes !== undefined && seed.networks.nodes !== shoot.networking.nodes) {
    errs.invalid(`${SEED_SPEC}.networks.nodes`, seed.networks.nodes ?? '(none)', `seed nodes CIDR must be equal to shoot nodes CIDR ${shoot.networking.nodes}`);
  }
  if (shoot.networking.pods !== undefined && seed.networks.pods !== shoot.networking.pods) {
    errs.invalid(`${SEED_SPEC}.networks.pods`, seed.networks.pods, `seed pods CIDR must be equal to shoot pods CIDR ${shoot.networking.pods}`);
  }
  if (shoot.networking.services !== undefined && seed.networks.services !== shoot.networking.services) {
    errs.invalid(`${SEED_SPEC}.networks.services`, seed.networks.services, `seed services CIDR must be equal to shoot services CIDR ${shoot.networking.services}`);
  }
  if (seed.provider !== shoot.provider) errs.invalid(`${SEED_SPEC}.provider.type`, seed.provider, `seed provider type must be equal to shoot provider type ${shoot.provider}`);
  if (seed.region !== shoot.region) errs.invalid(`${SEED_SPEC}.provider.region`, seed.region, `seed provider region must be equal to shoot region ${shoot.region}`);
  const shootZones = new Set(shoot.workers.flatMap((w) => w.zones));
  const foreign = seed.zones.filter((z) => !shootZones.has(z));
  if (foreign.length > 0) {
    errs.invalid(`${SEED_SPEC}.provider.zones`, [...seed.zones], `cannot use zone in seed provider that is not available in referenced shoot (${foreign.join(', ')} not in the shoot's worker zones: ${[...shootZones].sort().join(', ') || 'none'})`);
  }
}

// ---- Shoot fields gardener-apiserver refuses to change (against the previous fleet.json) -------------------

/** The parts of a shoot, now and as the previous synth recorded it, the update rules read. */
export interface GardenerShootState {
  readonly cloudProfile?: string;
  readonly region?: string;
  readonly provider?: string;
  readonly networking?: { readonly type?: string; readonly pods?: string; readonly services?: string; readonly nodes?: string };
  readonly dnsDomain?: string;
  readonly failureTolerance?: string;
  /** Number of worker pools (0: a workerless shoot); undefined when not recorded. */
  readonly workerCount?: number;
}

/** One immutable field of a Shoot: where it is, how to read it, and the upstream code that refuses its change. */
interface ImmutableShootField {
  readonly field: string;
  readonly read: (s: GardenerShootState) => string | undefined;
  readonly source: string;
  /** What the fleet can do instead. */
  readonly instead: string;
}

const NEW_SHOOT = 'create a new shoot (another name) and move the workloads';

/**
 * The fields of an existing Shoot gardener-apiserver (gardener/gardener v1.149.3) and provider-openstack
 * (v1.57.0) refuse to change, as seedbed can tell them from the fleet:
 * - `spec.region`: pkg/api/core/validation/shoot.go ValidateShootSpecUpdate (ValidateImmutableField);
 * - `spec.cloudProfile.name`: pkg/utils/gardener/cloudprofile.go ValidateCloudProfileChanges, called by
 *   plugin/pkg/shoot/validator/admission.go — only a change within one profile hierarchy (a CloudProfile
 *   and its NamespacedCloudProfiles) is allowed; seedbed renders CloudProfiles only, so any other name is
 *   another hierarchy;
 * - `spec.provider.type`: shoot.go ValidateProviderUpdate;
 * - `spec.networking.type`, and `pods`/`services` once set: shoot.go validateNetworkingUpdate;
 * - `spec.dns.domain` once set: shoot.go validateDNSUpdate;
 * - `spec.controlPlane.highAvailability.failureTolerance.type` once set: shoot.go ValidateShootHAConfigUpdate
 *   (from none to node or zone is allowed; after that neither a change nor a removal);
 * - `spec.provider.workers` from some to none or back: shoot.go validateWorkerUpdate;
 * - `spec.networking.nodes` on OpenStack: provider-openstack pkg/apis/openstack/validation/infrastructure.go
 *   ValidateInfrastructureConfigUpdate (`networks.workers`, which seedbed renders from the node range, is immutable).
 */
const IMMUTABLE_SHOOT_FIELDS: readonly ImmutableShootField[] = [
  { field: 'spec.region', read: (s) => s.region, source: 'pkg/api/core/validation/shoot.go ValidateShootSpecUpdate', instead: NEW_SHOOT },
  {
    field: 'spec.cloudProfile.name', read: (s) => s.cloudProfile, source: 'pkg/utils/gardener/cloudprofile.go ValidateCloudProfileChanges',
    instead: `the reference must stay within one CloudProfile hierarchy: keep the CloudProfile (edit it instead), or ${NEW_SHOOT}`,
  },
  { field: 'spec.provider.type', read: (s) => s.provider, source: 'pkg/api/core/validation/shoot.go ValidateProviderUpdate', instead: NEW_SHOOT },
  { field: 'spec.networking.type', read: (s) => s.networking?.type, source: 'pkg/api/core/validation/shoot.go validateNetworkingUpdate', instead: NEW_SHOOT },
  { field: 'spec.networking.pods', read: (s) => s.networking?.pods, source: 'pkg/api/core/validation/shoot.go validateNetworkingUpdate', instead: NEW_SHOOT },
  { field: 'spec.networking.services', read: (s) => s.networking?.services, source: 'pkg/api/core/validation/shoot.go validateNetworkingUpdate', instead: NEW_SHOOT },
  { field: 'spec.dns.domain', read: (s) => s.dnsDomain, source: 'pkg/api/core/validation/shoot.go validateDNSUpdate', instead: NEW_SHOOT },
  {
    field: 'spec.controlPlane.highAvailability.failureTolerance.type', read: (s) => (s.failureTolerance === 'none' ? undefined : s.failureTolerance),
    source: 'pkg/api/core/validation/shoot.go ValidateShootHAConfigUpdate', instead: `keep the failure tolerance, or ${NEW_SHOOT}`,
  },
];

/**
 * Refuses, for a shoot that was a gardener-backend shoot in the previous `fleet.json` and still is, the
 * changes gardener-apiserver would refuse on its Shoot (see {@link IMMUTABLE_SHOOT_FIELDS}); each error
 * names the field, both values and the upstream check.
 */
export function validateGardenerShootUpdate(now: GardenerShootState, before: GardenerShootState, errs: ErrorList, recordedIn = 'fleet.json'): void {
  for (const f of IMMUTABLE_SHOOT_FIELDS) {
    const was = f.read(before);
    const is = f.read(now);
    // Compared only when fleet.json recorded a value: an older fleet.json lacks some fields, and for the
    // ranges, the domain and the failure tolerance Gardener itself compares only once they are set.
    if (was === undefined || was === is) continue;
    errs.invalid(f.field, is ?? '(none)', `field is immutable: the Shoot has ${was} (${recordedIn}), and gardener-apiserver refuses the change (gardener ${f.source}); ${f.instead}`);
  }
  if (before.workerCount !== undefined && now.workerCount !== undefined && (before.workerCount > 0) !== (now.workerCount > 0)) {
    errs.forbidden('spec.provider.workers', now.workerCount, before.workerCount > 0
      ? 'cannot switch from a Shoot with workers to a workerless Shoot (gardener pkg/api/core/validation/shoot.go validateWorkerUpdate)'
      : 'cannot switch from a workerless Shoot to a Shoot with workers (gardener pkg/api/core/validation/shoot.go validateWorkerUpdate)');
  }
  if (now.provider === 'openstack' && before.provider === 'openstack' && before.networking?.nodes !== undefined && before.networking.nodes !== now.networking?.nodes) {
    errs.invalid('spec.networking.nodes', now.networking?.nodes ?? '(none)', `field is immutable: the Shoot has ${before.networking.nodes} (${recordedIn}), rendered as the InfrastructureConfig's networks.workers, `
      + `which provider-openstack refuses to change (pkg/apis/openstack/validation/infrastructure.go ValidateInfrastructureConfigUpdate); ${NEW_SHOOT}`);
  }
}

// ---- provider-vsphere images ---------------------------------------------------------------------------------

/** One vSphere template mapping as the fleet gives it. */
export interface VSphereTemplateMapping {
  readonly name: string;
  readonly version: string;
  readonly architecture?: string;
}

/**
 * Every pool of a gardener-backend vSphere shoot has a template provider-vsphere can find for it.
 * provider-vsphere v0.33.2 maps one template per image name and version, with no architecture
 * (pkg/apis/vsphere/v1alpha1 MachineImageVersion has version, path and guestId only;
 * pkg/apis/vsphere/helper/helper.go FindImage matches name and version), so the rendered
 * CloudProfileConfig carries amd64 templates only: a pool of another architecture would boot an amd64
 * template, and a version without an amd64 template fails in the Worker controller
 * (pkg/controller/worker/machine_images.go: "could not find an image").
 */
export function validateGardenerVSpherePools(
  workers: ReadonlyArray<{ readonly architecture: string; readonly image: { readonly name: string; readonly version: string } }>,
  templates: readonly VSphereTemplateMapping[], errs: ErrorList,
): void {
  workers.forEach((w, i) => {
    if (w.architecture !== 'amd64') {
      errs.notSupported(`spec.provider.workers[${i}].machine.architecture`, w.architecture, ['amd64'],
        'provider-vsphere maps one template per image version, without an architecture: gardener-backend vSphere pools run amd64 only');
      return;
    }
    const found = templates.some((t) => t.name === w.image.name && t.version === w.image.version && (t.architecture ?? 'amd64') === 'amd64');
    if (!found) {
      errs.invalid(`spec.provider.workers[${i}].machine.image.version`, w.image.version,
        `the CloudProfile's vSphere settings map no amd64 template for ${w.image.name} ${w.image.version}, so provider-vsphere finds no image for the pool`);
    }
  });
}

/**
 * gardener/gardener v1.149.3 pkg/api/core/validation/controllerdeployment.go ValidateOCIRepository, for an
 * OCI repository as an object gives it: `ref` alone, or `repository` with a `tag` or a `sha256:` digest.
 */
export function validateOciRepository(oci: { ref?: unknown; repository?: unknown; tag?: unknown; digest?: unknown } | undefined, field: string, errs: ErrorList): void {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (str(oci?.ref) === '' && str(oci?.repository) === '') {
    errs.required(field, 'must provide either ref or repository');
    return;
  }
  if (oci?.ref !== undefined) {
    for (const name of ['repository', 'tag', 'digest'] as const) {
      if (str(oci[name]) !== '') errs.forbidden(`${field}.${name}`, oci[name], `cannot provide ${name} when ref is set`);
    }
    return;
  }
  if (str(oci?.tag) === '' && str(oci?.digest) === '') errs.required(field, 'must provide either tag or digest');
  if (oci?.digest !== undefined && !str(oci.digest).startsWith('sha256:')) errs.invalid(`${field}.digest`, oci.digest, "must start with 'sha256:'");
}
