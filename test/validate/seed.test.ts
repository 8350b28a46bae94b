import { ErrorList } from '../../lib/core/problems';
import { DataStoreDriver, DnsRecordProvider, ProviderType } from '../../lib/core/types';
import { ServiceType } from '../../lib/model/seed';
import { validateDataStore, validateSeed } from '../../lib/validate/seed';
import { SeedSpec, buildFleet, seedSpec } from '../fixtures/fleet';

/** Builds the fixture with seed-1 edited, validates only that seed; returns `path field type` lines. */
function check(edit: (s: SeedSpec) => void): string[] {
  const built = buildFleet((spec) => edit(seedSpec(spec, 'seed-1')));
  const seed = built.seeds['seed-1'];
  const errs = new ErrorList(seed.node.path);
  validateSeed(seed, errs);
  return errs.errors.map((e) => `${e.path} ${e.field} ${e.type}`).sort();
}

const S = 'fleet/seed-1';
const E = 'fleet/seed-1/etcd-1';
const P = 'fleet/seed-1/pg-1';

describe('validateSeed', () => {
  it('accepts the fixture seed', () => {
    expect(check(() => undefined)).toEqual([]);
  });

  describe('fails when', () => {
    test.each<[string, (s: SeedSpec) => void, string[]]>([
      ['the name is not a DNS label', (s) => { s.props.name = 'Seed_1'; }, [`${S} metadata.name Invalid`]],
      ['the provider is unknown', (s) => { s.props.provider = 'gcp' as ProviderType; }, [`${S} spec.provider.type Invalid`, `${S} spec.provider.type NotSupported`]],
      ['the provider differs from the CloudProfile', (s) => { s.props.provider = ProviderType.VSPHERE; }, [`${S} spec.provider.type Invalid`]],
      ['the region is not in the CloudProfile', (s) => { s.props.region = 'us-1'; }, [`${S} spec.provider.region NotSupported`]],
      ['the region is missing and there is no CloudProfile', (s) => { s.cloudProfile = null; s.props.region = ''; }, [`${S} spec.provider.region Required`]],
      ['a zone is not in the region', (s) => { s.props.zones = ['eu-1a', 'eu-2a']; }, [`${S} spec.provider.zones[1] NotSupported`]],
      ['a zone is listed twice', (s) => { s.props.zones = ['eu-1a', 'eu-1b', 'eu-1a']; }, [`${S} spec.provider.zones[2] Duplicate`]],
      ['the capacity is zero', (s) => { s.props.capacity = 0; }, [`${S} spec.settings.capacity.shoots Invalid`]],
      ['the capacity is fractional', (s) => { s.props.capacity = 2.5; }, [`${S} spec.settings.capacity.shoots Invalid`]],
      ['zoneLabels is not a boolean', (s) => { (s.props as any).zoneLabels = 'yes'; }, [`${S} spec.settings.zoneLabels Invalid`]],
      ['the DNS record provider is unknown', (s) => { s.props.dns = { provider: 'route53' as DnsRecordProvider }; }, [`${S} spec.dns.provider NotSupported`]],
      ['the ingress domain is missing', (s) => { s.props.ingressDomain = ''; }, [`${S} spec.ingress.domain Required`]],
      ['the ingress domain is not a subdomain', (s) => { s.props.ingressDomain = 'Seed-1.example.com'; }, [`${S} spec.ingress.domain Invalid`]],
      ['the networks are missing', (s) => { delete (s.props as any).networks; }, [`${S} spec.networks Required`]],
      ['the pod range is missing', (s) => { s.props.networks.pods = ''; }, [`${S} spec.networks.pods Invalid`, `${S} spec.networks.pods Required`]],
      ['the service range is missing', (s) => { delete (s.props.networks as any).services; }, [`${S} spec.networks.services Required`]],
      ['the node range is malformed', (s) => { s.props.networks.nodes = '172.16.0.0'; }, [`${S} spec.networks.nodes Invalid`]],
      ['the pod range has host bits', (s) => { s.props.networks.pods = '172.20.1.0/16'; }, [`${S} spec.networks.pods Invalid`]],
      ['the service range is reserved', (s) => { s.props.networks.services = '243.0.0.0/16'; }, [`${S} spec.networks.services Forbidden`]],
      ['pods and services overlap', (s) => { s.props.networks.services = '172.20.128.0/17'; }, [`${S} spec.networks.services Invalid`]],
      ['nodes and pods overlap', (s) => { s.props.networks.nodes = '172.20.0.0/24'; }, [`${S} spec.networks.pods Invalid`]],
      ['all three overlap', (s) => { s.props.networks = { nodes: '10.0.0.0/8', pods: '10.1.0.0/16', services: '10.2.0.0/16' }; }, [
        `${S} spec.networks.pods Invalid`, `${S} spec.networks.services Invalid`,
      ]],
      ['a label key is invalid', (s) => { s.props.labels = { 'tier!': 'x' }; }, [`${S} metadata.labels[tier!] Invalid`]],
      ['a label value is invalid', (s) => { s.props.labels = { tier: 'gold silver' }; }, [`${S} metadata.labels[tier] Invalid`]],
      ['a taint key is invalid', (s) => { s.props.taints = [{ key: 'bad key' }]; }, [`${S} spec.taints[0].key Invalid`]],
      ['a taint key is listed twice', (s) => { s.props.taints = [{ key: 'premium' }, { key: 'premium', value: 'x' }]; }, [`${S} spec.taints[1].key Duplicate`]],
      ['the backup has no provider', (s) => { s.props.backup = { provider: '', credentials: { name: 'backup' } }; }, [`${S} spec.backup.provider Required`]],
      ['the backup has no credentials', (s) => { s.props.backup = { provider: 'swift', credentials: { name: '' } }; }, [`${S} spec.backup.credentialsRef.name Required`]],
      ['the backup credentials name is invalid', (s) => { s.props.backup = { provider: 'swift', credentials: { name: 'Backup_Creds' } }; }, [`${S} spec.backup.credentialsRef.name Invalid`]],
      ['the API server service type is unknown', (s) => { s.props.controlPlane = { serviceType: 'Ingress' as ServiceType }; }, [`${S} spec.controlPlane.serviceType NotSupported`]],
      ['two DataStores share a name', (s) => { s.dataStores[1].props.name = 'etcd-1'; }, [`${P} spec.dataStores[1].name Duplicate`]],
    ])('%s', (_why, edit, expected) => {
      expect(check(edit)).toEqual([...expected].sort());
    });
  });

  it('checks the zones only against the region of the CloudProfile when there is one', () => {
    expect(check((s) => { s.cloudProfile = null; s.props.zones = ['anything']; })).toEqual([]);
  });

  it('defaults the zones to those of the region', () => {
    const built = buildFleet();
    expect(built.seeds['seed-1'].zones).toEqual(['eu-1a', 'eu-1b', 'eu-1c']);
    expect(buildFleet((s) => { seedSpec(s, 'seed-1').cloudProfile = null; }).seeds['seed-1'].zones).toEqual([]);
  });

  describe('DataStores (Kamaji rules)', () => {
    test.each<[string, (s: SeedSpec) => void, string[]]>([
      ['etcd has no TLS', (s) => { delete s.dataStores[0].props.tls; }, [`${E} spec.dataStores[0].tlsConfig Required`]],
      ['etcd has no client certificate', (s) => { delete s.dataStores[0].props.tls!.clientCertificate; }, [`${E} spec.dataStores[0].tlsConfig.clientCertificate Required`]],
      ['etcd uses basic auth', (s) => { s.dataStores[0].props.basicAuth = { name: 'auth' }; }, [`${E} spec.dataStores[0].basicAuth Forbidden`]],
      ['PostgreSQL has neither basic auth nor TLS', (s) => { delete s.dataStores[1].props.basicAuth; }, [`${P} spec.dataStores[1].basicAuth Required`]],
      ['MySQL has neither basic auth nor TLS', (s) => { s.dataStores[1].props = { driver: DataStoreDriver.MYSQL, endpoints: ['db:3306'] }; }, [`${P} spec.dataStores[1].basicAuth Required`]],
      ['NATS has neither basic auth nor TLS', (s) => { s.dataStores[1].props = { driver: DataStoreDriver.NATS, endpoints: ['nats:4222'] }; }, [`${P} spec.dataStores[1].basicAuth Required`]],
      ['the driver is unknown', (s) => { s.dataStores[1].props.driver = 'Redis' as DataStoreDriver; }, [`${P} spec.dataStores[1].driver NotSupported`]],
      ['there are no endpoints', (s) => { s.dataStores[0].props.endpoints = []; }, [`${E} spec.dataStores[0].endpoints Required`]],
      ['an endpoint has no port', (s) => { s.dataStores[0].props.endpoints = ['etcd-0.internal']; }, [`${E} spec.dataStores[0].endpoints[0] Invalid`]],
      ['an endpoint is a URL', (s) => { s.dataStores[0].props.endpoints = ['https://etcd-0.internal:2379']; }, [`${E} spec.dataStores[0].endpoints[0] Invalid`]],
      ['an endpoint port is 0', (s) => { s.dataStores[0].props.endpoints = ['etcd:0']; }, [`${E} spec.dataStores[0].endpoints[0] Invalid`]],
      ['an endpoint port is above 65535', (s) => { s.dataStores[0].props.endpoints = ['etcd:65536']; }, [`${E} spec.dataStores[0].endpoints[0] Invalid`]],
      ['the second endpoint is bad', (s) => { s.dataStores[0].props.endpoints = ['etcd-0:2379', 'etcd-1:']; }, [`${E} spec.dataStores[0].endpoints[1] Invalid`]],
      ['the name is not a subdomain', (s) => { s.dataStores[0].props.name = 'Etcd_1'; }, [`${E} spec.dataStores[0].name Invalid`]],
      ['a CA Secret name is empty', (s) => { s.dataStores[0].props.tls!.certificateAuthority = { name: '' }; }, [`${E} spec.dataStores[0].tlsConfig.certificateAuthority.secretReference.name Required`]],
      ['a client certificate Secret name is invalid', (s) => { s.dataStores[0].props.tls!.clientCertificate = { name: 'Client Cert' }; }, [`${E} spec.dataStores[0].tlsConfig.clientCertificate.secretReference.name Invalid`]],
      ['a basic auth Secret name is invalid', (s) => { s.dataStores[1].props.basicAuth = { name: 'PG' }; }, [`${P} spec.dataStores[1].basicAuth.secretReference.name Invalid`]],
      ['the capacity is zero', (s) => { s.dataStores[1].props.capacity = 0; }, [`${P} spec.dataStores[1].capacity Invalid`]],
      ['the capacity is fractional', (s) => { s.dataStores[1].props.capacity = 1.5; }, [`${P} spec.dataStores[1].capacity Invalid`]],
    ])('fails when %s', (_why, edit, expected) => {
      expect(check(edit)).toEqual([...expected].sort());
    });

    test.each<[string, (s: SeedSpec) => void]>([
      ['PostgreSQL with TLS only', (s) => { s.dataStores[1].props = { driver: DataStoreDriver.POSTGRESQL, endpoints: ['pg:5432'], tls: { certificateAuthority: { name: 'pg-ca' } } }; }],
      ['MySQL with basic auth', (s) => { s.dataStores[1].props = { driver: DataStoreDriver.MYSQL, endpoints: ['mysql.internal:3306'], basicAuth: { name: 'mysql' } }; }],
      ['an IPv6 endpoint', (s) => { s.dataStores[0].props.endpoints = ['[fd00::10]:2379']; }],
      ['an IPv4 endpoint', (s) => { s.dataStores[0].props.endpoints = ['10.0.0.10:2379']; }],
      ['the default capacity', (s) => { delete s.dataStores[0].props.capacity; }],
    ])('accepts %s', (_why, edit) => {
      expect(check(edit)).toEqual([]);
    });

    it('validates a DataStore on its own path and index', () => {
      const ds = buildFleet().dataStores['seed-1/pg-1'];
      const errs = new ErrorList(ds.node.path);
      validateDataStore(ds, 7, errs);
      expect(errs.errors).toEqual([]);
      expect(ds.capacity).toBe(5);
    });
  });
});
