/**
 * Rules of gardener-apiserver (gardener/gardener v1.149.3) that the fleet can break, for the
 * objects the gardener backend renders. Each rule names the upstream code it mirrors.
 */
import { ErrorList } from '../core/problems';
import { GARDENER_BACKUP_TYPES, gardenerBackupType } from '../core/gardener-extensions';
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
