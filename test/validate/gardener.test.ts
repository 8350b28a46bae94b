/**
 * gardener-apiserver's rules for Seeds that the fleet can break (gardener/gardener v1.149.3:
 * pkg/api/core/validation/seed.go and utils.go ValidateCredentialsRef), and the backup types the
 * extensions register (gardener-extension-provider-openstack v1.57.0: example/controller-registration.yaml).
 */
import { ErrorList, formatFieldError } from '../../lib/core/problems';
import {
  GardenerSeedInput, validateGardenerOpenStackPools, validateGardenerOpenStackProfile, validateGardenerSeed, validateSeedGardenerDns,
} from '../../lib/validate/gardener';
import { gardenerBackupType, openStackImageFor, openStackProviderImages } from '../../lib/core/gardener-extensions';

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

describe('provider-openstack image lookup (gardener backend)', () => {
  const byName = [
    { name: 'gardenlinux', version: '1592.9.0', image: 'gardenlinux-1592.9.0' },
    { name: 'gardenlinux', version: '1592.9.0', image: 'gardenlinux-1592.9.0-arm64', architecture: 'arm64' },
  ];
  const byId = [
    { name: 'gardenlinux', version: '1877.3.0', image: 'gl-amd64', imageId: '00000000-0000-4000-8000-0000000000a1' },
    { name: 'gardenlinux', version: '1877.3.0', image: 'gl-arm64', imageId: '00000000-0000-4000-8000-0000000000b1', architecture: 'arm64', region: 'eu-1' },
  ];
  const pool = (architecture: string, version: string) => ({ architecture, image: { name: 'gardenlinux', version } });

  it('renders a version by name while no build has an ID, else by ID per region and architecture (no global image)', () => {
    expect(openStackProviderImages([...byName, ...byId], ['eu-1', 'eu-2'])).toEqual([{
      name: 'gardenlinux',
      versions: [
        { version: '1592.9.0', image: 'gardenlinux-1592.9.0' },
        { version: '1877.3.0', regions: [
          { name: 'eu-1', id: '00000000-0000-4000-8000-0000000000a1', architecture: 'amd64' },
          { name: 'eu-1', id: '00000000-0000-4000-8000-0000000000b1', architecture: 'arm64' },
          { name: 'eu-2', id: '00000000-0000-4000-8000-0000000000a1', architecture: 'amd64' },
        ] },
      ],
    }]);
  });

  it('accepts amd64 pools on a name mapping and arm64 pools with an ID in the region', () => {
    expect(run((e) => validateGardenerOpenStackPools({ region: 'eu-1', workers: [pool('amd64', '1592.9.0'), pool('arm64', '1877.3.0')] }, [...byName, ...byId], e))).toEqual([]);
  });

  it('refuses an arm64 pool on a version mapped by name only, and one in a region without an arm64 ID', () => {
    expect(run((e) => validateGardenerOpenStackPools({ region: 'eu-2', workers: [pool('arm64', '1592.9.0'), pool('arm64', '1877.3.0')] }, [...byName, ...byId], e))).toEqual([
      `${S} spec.provider.workers[0].machine.image.version: Invalid: provider-openstack has no arm64 build of gardenlinux 1592.9.0 in region eu-2: map one with an imageId in the CloudProfile (builds other than amd64 are found by Glance image ID per region) (got "1592.9.0")`,
      `${S} spec.provider.workers[1].machine.image.version: Invalid: provider-openstack has no arm64 build of gardenlinux 1877.3.0 in region eu-2: map one with an imageId in the CloudProfile (builds other than amd64 are found by Glance image ID per region) (got "1877.3.0")`,
    ]);
  });

  it('refuses a CloudProfile whose declared builds provider-openstack cannot find in every region', () => {
    const builds = [
      { name: 'gardenlinux', version: '1877.3.0', architecture: 'amd64' }, { name: 'gardenlinux', version: '1877.3.0', architecture: 'arm64' },
      { name: 'gardenlinux', version: '1592.9.0', architecture: 'arm64' },
    ];
    expect(run((e) => validateGardenerOpenStackProfile(builds, ['eu-1', 'eu-2'], [...byName, ...byId], e))).toEqual([
      `${S} spec.providerConfig.machineImages: Required: machine image gardenlinux@1592.9.0 (arm64) has no build provider-openstack can use in regions eu-1, eu-2: builds other than amd64 need an imageId`,
      `${S} spec.providerConfig.machineImages: Required: machine image gardenlinux@1877.3.0 (arm64) has no build provider-openstack can use in region eu-2: builds other than amd64 need an imageId`,
    ]);
  });

  it('treats a hostile image ID as data, never as structure', () => {
    const hostile = [{ name: 'x', version: '1', image: 'x', imageId: '"; rm -rf /\n' }];
    expect(openStackImageFor(hostile, 'x', '1', 'amd64', 'r')).toEqual({ id: '"; rm -rf /\n' });
    expect(openStackImageFor(hostile, 'x', '1', 'arm64', 'r')).toBeUndefined();
  });
});
