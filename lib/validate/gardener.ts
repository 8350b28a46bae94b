/**
 * Rules of gardener-apiserver (gardener/gardener v1.149.3) that the fleet can break, for the
 * objects the gardener backend renders. Each rule names the upstream code it mirrors.
 */
import { ErrorList } from '../core/problems';
import { GARDENER_BACKUP_TYPES, OpenStackImageBuild, gardenerBackupType, openStackImageFor } from '../core/gardener-extensions';
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
  if (!seed.dns?.gardenerProvider) {
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
