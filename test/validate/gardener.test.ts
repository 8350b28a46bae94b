/**
 * gardener-apiserver's rules for Seeds that the fleet can break (gardener/gardener v1.149.3:
 * pkg/api/core/validation/seed.go and utils.go ValidateCredentialsRef), and the backup types the
 * extensions register (gardener-extension-provider-openstack v1.57.0: example/controller-registration.yaml).
 */
import { ErrorList, formatFieldError } from '../../lib/core/problems';
import { GardenerSeedInput, validateGardenerSeed, validateSeedGardenerDns } from '../../lib/validate/gardener';
import { gardenerBackupType } from '../../lib/core/gardener-extensions';

const S = 'fleet/nord-1';
const dns = {
  gardenerProvider: { type: 'openstack-designate', credentials: { name: 'designate', namespace: 'garden' } },
  gardenerInternal: { type: 'openstack-designate', domain: 'internal.nord-1.example.com', credentials: { name: 'designate' } },
};

function run(f: (errs: ErrorList) => void): string[] {
  const errs = new ErrorList(S);
  f(errs);
  return errs.errors.map(formatFieldError).sort();
}

describe('validateGardenerSeed (a seed hosting gardener-backend shoots)', () => {
  it('accepts DNS provider, internal DNS and an openstack or swift backup', () => {
    expect(run((e) => validateGardenerSeed({ dns, backup: { provider: 'swift' } }, e))).toEqual([]);
    expect(run((e) => validateGardenerSeed({ dns, backup: { provider: 'openstack' } }, e))).toEqual([]);
    expect(run((e) => validateGardenerSeed({ dns }, e))).toEqual([]);
  });

  test.each<[string, GardenerSeedInput, string[]]>([
    ['an ingress without a DNS provider', { dns: { gardenerInternal: dns.gardenerInternal } }, [
      `${S} spec.dns.provider: Required: the seed hosts gardener-backend shoots and has an ingress domain, so Gardener requires a DNS provider: set dns.gardenerProvider (type and credentials)`,
    ]],
    ['no internal DNS', { dns: { gardenerProvider: dns.gardenerProvider } }, [
      `${S} spec.dns.internal: Required: the seed hosts gardener-backend shoots, so Gardener requires an internal DNS domain: set dns.gardenerInternal (type, domain and credentials)`,
    ]],
    ['no DNS settings at all', {}, [
      `${S} spec.dns.internal: Required: the seed hosts gardener-backend shoots, so Gardener requires an internal DNS domain: set dns.gardenerInternal (type, domain and credentials)`,
      `${S} spec.dns.provider: Required: the seed hosts gardener-backend shoots and has an ingress domain, so Gardener requires a DNS provider: set dns.gardenerProvider (type and credentials)`,
    ]],
    ['a backup provider no extension registers (s3)', { dns, backup: { provider: 's3' } }, [
      `${S} spec.backup.provider: NotSupported: no Gardener extension seedbed renders for registers this backup provider (got "s3"; allowed: openstack, swift)`,
    ]],
    ['a hostile backup provider', { dns, backup: { provider: 'openstack\n  injected: true' } }, [
      `${S} spec.backup.provider: NotSupported: no Gardener extension seedbed renders for registers this backup provider (got "openstack\\n  injected: true"; allowed: openstack, swift)`,
    ]],
    ['an inherited property name as backup provider', { dns, backup: { provider: 'constructor' } }, [
      `${S} spec.backup.provider: NotSupported: no Gardener extension seedbed renders for registers this backup provider (got "constructor"; allowed: openstack, swift)`,
    ]],
  ])('fails for %s', (_why, seed, expected) => {
    expect(run((e) => validateGardenerSeed(seed, e))).toEqual(expected);
  });
});

describe('validateSeedGardenerDns (the DNS settings a seed gives)', () => {
  it('accepts complete settings, and none', () => {
    expect(run((e) => validateSeedGardenerDns(dns, e))).toEqual([]);
    expect(run((e) => validateSeedGardenerDns(undefined, e))).toEqual([]);
  });

  test.each<[string, any, string[]]>([
    ['a provider without type and credentials', { gardenerProvider: { type: '', credentials: { name: '' } } }, [
      `${S} spec.dns.provider.credentialsRef.name: Required: must name the Secret with the credentials`,
      `${S} spec.dns.provider.type: Required: DNS provider type must be set`,
    ]],
    ['a provider with a hostile Secret name and namespace', { gardenerProvider: { type: 'openstack-designate', credentials: { name: 'a/../b', namespace: 'Garden NS' } } }, [
      `${S} spec.dns.provider.credentialsRef.name: Invalid: must be a DNS-1123 subdomain: lower case alphanumerics, '-' or '.', starting and ending with an alphanumeric (got "a/../b")`,
      `${S} spec.dns.provider.credentialsRef.namespace: Invalid: must be a DNS-1123 label: lower case alphanumerics or '-', starting and ending with an alphanumeric (got "Garden NS")`,
    ]],
    ['internal DNS without domain', { gardenerInternal: { type: 'openstack-designate', domain: '', credentials: { name: 'designate' } } }, [
      `${S} spec.dns.internal.domain: Required: cannot be empty`,
    ]],
    ['internal DNS with a domain that is no subdomain', { gardenerInternal: { type: 'x', domain: 'Internal_Example', credentials: { name: 'designate' } } }, [
      `${S} spec.dns.internal.domain: Invalid: must be a DNS-1123 subdomain: lower case alphanumerics, '-' or '.', starting and ending with an alphanumeric (got "Internal_Example")`,
    ]],
    ['internal DNS without credentials', { gardenerInternal: { type: 'x', domain: 'internal.example.com' } }, [
      `${S} spec.dns.internal.credentialsRef.name: Required: must name the Secret with the credentials`,
    ]],
  ])('fails for %s', (_why, given, expected) => {
    expect(run((e) => validateSeedGardenerDns(given, e))).toEqual(expected);
  });
});

describe('gardenerBackupType', () => {
  it('maps swift and openstack to the openstack extension type, nothing else', () => {
    expect(gardenerBackupType('swift')).toBe('openstack');
    expect(gardenerBackupType('openstack')).toBe('openstack');
    expect(gardenerBackupType('s3')).toBeUndefined();
    expect(gardenerBackupType('__proto__')).toBeUndefined();
    expect(gardenerBackupType('toString')).toBeUndefined();
  });
});
