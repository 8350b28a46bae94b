/**
 * The DataStore schema and user a shoot pins for an adopted Kamaji control plane: form, both or
 * neither, the kamaji backend only; across the fleet, the driver's length limits and one name per
 * DataStore.
 */
import { ErrorList, formatFieldError } from '../../lib/core/problems';
import { ControlPlaneBackend, DataStoreDriver } from '../../lib/core/types';
import { DataStoreTenant, validateDataStoreTenants, validateKamajiSettings } from '../../lib/validate/kamaji';

const UID = '3f1c9a2e-7b4d-4c11-9e0a-5d2b8f6c1a47';
const F = 'spec.controlPlane.kamaji';

function check(settings: Record<string, unknown> | undefined, backend = ControlPlaneBackend.KAMAJI): string[] {
  const errs = new ErrorList('acme/shop/prod');
  validateKamajiSettings(errs, settings, backend);
  return errs.errors.map(formatFieldError);
}

describe('validateKamajiSettings', () => {
  test.each<[string, Record<string, unknown> | undefined, string[]]>([
    ['none', undefined, []],
    ['empty settings', {}, []],
    ['a UID-named control plane (what Kamaji defaults to)', { dataStoreSchema: UID, dataStoreUsername: UID }, []],
    ['an older Kamaji default (<namespace>_<name>)', { dataStoreSchema: 'tenants_prod.eu', dataStoreUsername: 'tenants_prod.eu' }, []],
    ['the schema alone', { dataStoreSchema: UID }, [
      `acme/shop/prod ${F}.dataStoreUsername: Required: must be set with dataStoreSchema: Kamaji makes both immutable, so an adopted control plane needs the dataStoreUsername it already has`]],
    ['the user alone', { dataStoreUsername: UID }, [
      `acme/shop/prod ${F}.dataStoreSchema: Required: must be set with dataStoreUsername: Kamaji makes both immutable, so an adopted control plane needs the dataStoreSchema it already has`]],
    ['an empty schema', { dataStoreSchema: '', dataStoreUsername: UID }, [`acme/shop/prod ${F}.dataStoreSchema: Invalid: must be a non-empty string (got "")`]],
    ['a number', { dataStoreSchema: 42, dataStoreUsername: UID }, [`acme/shop/prod ${F}.dataStoreSchema: Invalid: must be a non-empty string (got 42)`]],
  ])('%s', (_why, settings, expected) => {
    expect(check(settings)).toEqual(expected);
  });

  test.each([
    ['an etcd prefix reaching into another tenant', 'tenants/prod'],
    ['a SQL quote', 'prod`; DROP DATABASE kamaji; --'],
    ['a double quote', 'a"b'],
    ['a NUL byte (Kamaji drops it silently)', 'prod\u0000x'],
    ['white space', 'prod schema'],
    ['a newline', 'prod\nschema'],
    ['a leading dash', '-prod'],
    ['non-ASCII', 'prüd'],
  ])('refuses %s', (_why, name) => {
    const problems = check({ dataStoreSchema: name, dataStoreUsername: name });
    expect(problems.map((p) => p.split(': Invalid: ')[0])).toEqual([`acme/shop/prod ${F}.dataStoreSchema`, `acme/shop/prod ${F}.dataStoreUsername`]);
    expect(problems[0]).toContain('must consist of letters, digits, "_", "-" and "."');
  });

  test('other backends keep no DataStore schema: both fields forbidden', () => {
    expect(check({ dataStoreSchema: UID, dataStoreUsername: UID }, ControlPlaneBackend.K0SMOTRON)).toEqual([
      `acme/shop/prod ${F}.dataStoreSchema: Forbidden: only the kamaji backend keeps its state in a DataStore schema (got backend k0smotron) (got "${UID}")`,
      `acme/shop/prod ${F}.dataStoreUsername: Forbidden: only the kamaji backend keeps its state in a DataStore schema (got backend k0smotron) (got "${UID}")`,
    ]);
  });
});

describe('validateDataStoreTenants', () => {
  const tenant = (path: string, schema: string, user = schema, o: Partial<DataStoreTenant> = {}): DataStoreTenant =>
    ({ path, dataStore: 's1/etcd', driver: DataStoreDriver.ETCD, dataStoreSchema: schema, dataStoreUsername: user, pinned: true, ...o });
  const run = (tenants: DataStoreTenant[]) => {
    const errs = new ErrorList();
    validateDataStoreTenants(errs, tenants);
    return errs.errors.map(formatFieldError);
  };

  test('a UID fits PostgreSQL and etcd, but is longer than a MySQL user may be', () => {
    expect(run([tenant('a/p/s', UID, UID, { driver: DataStoreDriver.POSTGRESQL })])).toEqual([]);
    expect(run([tenant('a/p/s', UID, UID, { driver: DataStoreDriver.MYSQL })])).toEqual([
      `a/p/s ${F}.dataStoreUsername: TooLong: must be no more than 32 characters (got "${UID}")`,
    ]);
  });

  test('PostgreSQL would cut a name of 64 characters; MySQL takes it as a database', () => {
    const long = 'x'.repeat(64);
    expect(run([tenant('a/p/s', long, 'u', { driver: DataStoreDriver.POSTGRESQL })])).toEqual([`a/p/s ${F}.dataStoreSchema: TooLong: must be no more than 63 characters (got "${long}")`]);
    expect(run([tenant('a/p/s', long, 'u', { driver: DataStoreDriver.MYSQL })])).toEqual([]);
  });

  test('a pinned name another control plane on the DataStore uses: reported on the shoot that pinned it', () => {
    expect(run([tenant('a/p/derived', 'shoot__p__derived', 'shoot__p__derived', { pinned: false }), tenant('a/p/adopted', 'shoot__p__derived', UID)])).toEqual([
      `a/p/adopted ${F}.dataStoreSchema: Duplicate: control plane a/p/derived uses it on DataStore s1/etcd too: Kamaji would share the state (got "shoot__p__derived")`,
    ]);
  });

  test('the same name on two DataStores is no clash; derived names are not length-checked', () => {
    expect(run([tenant('a/p/one', UID), tenant('a/p/two', UID, UID, { dataStore: 's1/etcd2' }), tenant('a/p/three', 'y'.repeat(70), 'y', { pinned: false })])).toEqual([]);
  });
});
