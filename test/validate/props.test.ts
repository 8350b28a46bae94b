/**
 * The props check, table-driven over one field type at a time (lib/validate/props.ts): every
 * wrong value is reported at the exact field, with the error type, the value shown and words
 * that say what the field must be; right values pass.
 */
import { ErrorList, formatFieldError } from '../../lib/core/problems';
import { checkValue, INTERFACES, PropType } from '../../lib/validate/props';

/** The spec type of `Interface.field`. */
const typeOf = (ref: string): PropType => {
  const [iface, field] = ref.split('.');
  return INTERFACES[iface][field].type;
};

const run = (value: unknown, t: PropType, at = 'f') => {
  const errs = new ErrorList('fleet/x');
  checkValue(value, t, at, errs);
  return errs.errors.map(formatFieldError);
};

describe('checkValue', () => {
  test.each<[string, string, unknown, string[]]>([
    // booleans are booleans
    ['a boolean', 'ShootHibernation.enabled', true, []],
    ['the string "no" as a boolean', 'ShootHibernation.enabled', 'no', ['fleet/x f: Invalid: must be a boolean (true or false), not a string (got "no")']],
    ['the string "false" as a boolean', 'ShootHibernation.enabled', 'false', ['fleet/x f: Invalid: must be a boolean (true or false), not a string (got "false")']],
    ['0 as a boolean', 'ShootHibernation.enabled', 0, ['fleet/x f: Invalid: must be a boolean (true or false), not a number (got 0)']],
    ['null as a boolean', 'ShootHibernation.enabled', null, ['fleet/x f: Invalid: must be a boolean (true or false), not null (got null)']],
    // strings are strings
    ['a string', 'ShootProps.dnsDomain', 'prod.example', []],
    ['42 as a string', 'ShootProps.dnsDomain', 42, ['fleet/x f: Invalid: must be a string, not a number (got 42)']],
    ['an object as a string', 'ShootProps.dnsDomain', { a: 1 }, ['fleet/x f: Invalid: must be a string, not an object (got {"a":1})']],
    ['a BigInt as a string', 'ShootProps.dnsDomain', BigInt(7), ['fleet/x f: Invalid: must be a string, not a BigInt (got (a bigint))']],
    ['a symbol as a string', 'ShootProps.dnsDomain', Symbol('s'), ['fleet/x f: Invalid: must be a string, not a symbol (got (a symbol))']],
    // numbers are finite, whole where they count, and in range
    ['a size', 'WorkerVolume.sizeGiB', 100, []],
    ['1e308 GiB', 'WorkerVolume.sizeGiB', 1e308, ['fleet/x f: Invalid: must be at most 1048576 (got 1e+308)']],
    ['Infinity GiB', 'WorkerVolume.sizeGiB', Infinity, ['fleet/x f: Invalid: must be a whole number, not an infinite number (got Infinity)']],
    ['NaN GiB', 'WorkerVolume.sizeGiB', NaN, ['fleet/x f: Invalid: must be a whole number, not NaN (got NaN)']],
    ['20.5 GiB', 'WorkerVolume.sizeGiB', 20.5, ['fleet/x f: Invalid: must be a whole number (got 20.5)']],
    ['"100" GiB', 'WorkerVolume.sizeGiB', '100', ['fleet/x f: Invalid: must be a whole number, not a string (got "100")']],
    ['a machine type with 0 GiB of memory', 'MachineType.memoryGiB', 0, ['fleet/x f: Invalid: must be at least 1 (got 0)']],
    ['a machine type with 1e9 GiB of disk', 'MachineType.storageGiB', 1e9, ['fleet/x f: Invalid: must be at most 1048576 (got 1000000000)']],
    // a range another validator checks (with Gardener's path) is left to it; the type is not
    ['port 70000 (range checked later)', 'OpenStackNodePortSettings.maximum', 70000, []],
    ['port "80"', 'OpenStackNodePortSettings.maximum', '80', ['fleet/x f: Invalid: must be a whole number, not a string (got "80")']],
    ['a negative minimum (range checked later)', 'WorkerPoolProps.minimum', -2, []],
    ['a NaN minimum', 'WorkerPoolProps.minimum', NaN, ['fleet/x f: Invalid: must be a whole number, not NaN (got NaN)']],
    // enums
    ['a lifecycle', 'ShootProps.lifecycle', 'active', []],
    ['an unknown lifecycle', 'ShootProps.lifecycle', 'Paused', ['fleet/x f: NotSupported: must be one of ShootLifecycle\'s values (got "Paused"; allowed: active, decommissioning)']],
    ['a number as an enum', 'ShootProps.purpose', 1, ["fleet/x f: Invalid: must be one of ShootPurpose's values (a string), not a number (got 1)"]],
    // lists
    ['a list of zones', 'WorkerPoolProps.zones', ['a', 'b'], []],
    ['a string as a list', 'WorkerPoolProps.zones', 'eu-1a', ['fleet/x f: Invalid: must be a list, not a string (got "eu-1a")']],
    ['a list with a number', 'WorkerPoolProps.zones', ['a', 2], ['fleet/x f[1]: Invalid: must be a string, not a number (got 2)']],
    // maps
    ['labels', 'ShootProps.labels', { a: 'b' }, []],
    ['labels as a list', 'ShootProps.labels', ['a=b'], ['fleet/x f: Invalid: must be a plain object (a map of names to values, not a Map or a class instance), not a list (got ["a=b"])']],
    ['a label value that is a number', 'ShootProps.labels', { a: 1 }, ['fleet/x f[a]: Invalid: must be a string, not a number (got 1)']],
    // objects: required fields, misspelt fields
    ['a volume without a size', 'WorkerPoolProps.volume', { type: 'ssd' }, ['fleet/x f.sizeGiB: Required: must be set (a whole number)']],
    ['a misspelt field', 'ShootProps.hibernation', { enable: true }, ['fleet/x f.enable: NotSupported: is not a field of ShootHibernation (got true; allowed: enabled, schedules)']],
    ['a field set to undefined', 'ShootProps.hibernation', { enabled: undefined }, []],
    ['a chart without a version (its validator reports it)', 'PlatformServiceProps.source', { helmChart: { repositoryUrl: 'https://c.example', chart: 'a' } }, []],
    ['a chart version that is a number', 'HelmChartSource.version', 1, ['fleet/x f: Invalid: must be a string, not a number (got 1)']],
    // construct references
    ['a name for a CloudProfile', 'ShootProps.cloudProfile', 'openstack', ['fleet/x f: Invalid: must be a CloudProfile, not a string (got "openstack")']],
    ['a plain object for an IntOrPercent', 'WorkerPoolProps.maxSurge', { value: 1, isPercent: false }, ['fleet/x f: Invalid: must be an IntOrPercent, not an object (got {"value":1,"isPercent":false})']],
    // plain JSON
    ['Helm values', 'HelmChartSource.values', { a: [1, 'x', null, { b: true }] }, []],
    ['Helm values with NaN', 'HelmChartSource.values', { a: [NaN] }, ['fleet/x f[a][0]: Invalid: must be a finite number (JSON has no NaN or Infinity) (got NaN)']],
    ['Helm values with a function', 'HelmChartSource.values', { f: () => 1 }, ['fleet/x f[f]: Invalid: must be plain JSON data, not a function (got (a function))']],
  ])('%s', (_name, ref, value, expected) => {
    expect(run(value, typeOf(ref))).toEqual(expected);
  });

  test.each<[string, string, unknown, string[]]>([
    ['labels as a Map', 'ShootProps.labels', new Map([['team', 'a']]),
      ['fleet/x f: Invalid: must be a plain object (a map of names to values, not a Map or a class instance), not a Map (got {})']],
    ['annotations as a Set', 'ShootProps.annotations', new Set(['a']),
      ['fleet/x f: Invalid: must be a plain object (a map of names to values, not a Map or a class instance), not a Set (got {})']],
    ['labels as a class instance', 'ShootProps.labels', new (class Labels { public team = 'a'; })(),
      ['fleet/x f: Invalid: must be a plain object (a map of names to values, not a Map or a class instance), not an instance of Labels (got {"team":"a"})']],
    ['labels made with Object.create(null)', 'ShootProps.labels', Object.assign(Object.create(null), { team: 'a' }), []],
    ['a Map inside Helm values', 'HelmChartSource.values', { env: new Map([['A', '1']]) },
      ['fleet/x f[env]: Invalid: must be plain JSON data, not a Map: JSON would render it as {} or lose what it holds (got "(a Map)")']],
    ['a Date inside Helm values', 'HelmChartSource.values', { at: new Date(0) },
      ['fleet/x f[at]: Invalid: must be plain JSON data, not an instance of Date: JSON would render it as {} or lose what it holds (got "(an instance of Date)")']],
  ])('a map must be a plain object: %s', (_name, ref, value, expected) => {
    expect(run(value, typeOf(ref))).toEqual(expected);
  });

  test('a value that refers to itself is reported once, not followed forever', () => {
    const v: any = { a: { b: 1 } };
    v.a.loop = v;
    expect(run(v, typeOf('HelmChartSource.values'))).toEqual(['fleet/x f[a][loop]: Invalid: must be plain JSON data: it refers to itself (got "(a cycle)")']);
  });

  test('the same object twice (no cycle) is fine', () => {
    const shared = { x: 1 };
    expect(run({ a: shared, b: shared }, typeOf('HelmChartSource.values'))).toEqual([]);
  });

  test('hostile strings are shown quoted and escaped, never interpreted', () => {
    expect(run('${file("/etc/passwd")}\n', typeOf('ShootHibernation.enabled'))).toEqual([
      'fleet/x f: Invalid: must be a boolean (true or false), not a string (got "${file(\\"/etc/passwd\\")}\\n")',
    ]);
  });

  test('a __proto__ key (JSON.parse makes one) is refused, at the top and at any depth: object copies would drop it', () => {
    const parsed = JSON.parse('{"__proto__": {"adminPassword": "x"}, "inner": {"__proto__": "kept?"}}');
    expect(run(parsed, typeOf('HelmChartSource.values'))).toEqual([
      'fleet/x f[__proto__]: Invalid: a key named __proto__ cannot be rendered: JavaScript object copies drop it (they make it the prototype); rename it (got "__proto__")',
      'fleet/x f[inner][__proto__]: Invalid: a key named __proto__ cannot be rendered: JavaScript object copies drop it (they make it the prototype); rename it (got "__proto__")',
    ]);
  });

  test('every problem of a value is reported, not only the first', () => {
    const pool = { machineType: 3, zones: 'a', volume: { sizeGiB: 1e308 }, labels: { a: 1 }, minimum: '1' };
    expect(run(pool, { kind: 'object', text: 'WorkerPoolProps', fields: () => INTERFACES.WorkerPoolProps }, '')).toEqual([
      'fleet/x machineType: Invalid: must be a string, not a number (got 3)',
      "fleet/x minimum: Invalid: must be a whole number, not a string (got \"1\")",
      'fleet/x zones: Invalid: must be a list, not a string (got "a")',
      'fleet/x volume.sizeGiB: Invalid: must be at most 1048576 (got 1e+308)',
      'fleet/x labels[a]: Invalid: must be a string, not a number (got 1)',
    ]);
  });
});
