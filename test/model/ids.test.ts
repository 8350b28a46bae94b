/**
 * Construct ids of the wrong type (issue 17, item 6; F6): a JavaScript caller (or a jsii language)
 * can pass a number, `undefined` or `null` as an id. Each constructor and `addX` factory checks the
 * id first and throws a FleetValidationError naming the parent's construct path, the field `id`
 * and the value — never `constructs`' "id.replace is not a function" or "Only root constructs may
 * have an empty ID" — and the CLI prints it like any fleet error, without a stack trace.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  App, BurstPartners, CloudProfile, CredentialsBinding, DataStore, DataStoreDriver, FleetValidationError, Garden, PlatformService, Project, ProviderType, Seed,
  ServiceSource, Shoot, WorkerPool,
} from '../../lib';
import { REPO_ROOT } from '../support/fleets';
import { runForErrors } from '../support/cli';

const PROFILE = {
  type: ProviderType.OPENSTACK,
  kubernetesVersions: [{ version: '1.33.5' }],
  machineImages: [{ name: 'gardenlinux', versions: [{ version: '1877.3.0' }] }],
  machineTypes: [{ name: 'm1.large', cpu: 4, memoryGiB: 8, storageGiB: 80 }],
  regions: [{ name: 'eu-1', zones: [{ name: 'eu-1a' }] }],
};
const SEED = { provider: ProviderType.OPENSTACK, region: 'eu-1', ingressDomain: 'seed.example.com', networks: { pods: '10.1.0.0/16', services: '10.2.0.0/16' } };

function fleet() {
  const garden = new Garden(new App(), 'fleet', { repository: { url: 'https://git.example.com/fleet.git' } });
  const cloudProfile = garden.addCloudProfile('openstack', PROFILE);
  const seed = garden.addSeed('seed-1', { ...SEED, cloudProfile });
  const project = garden.addProject('shop');
  const shoot = project.addShoot('prod', { cloudProfile, region: 'eu-1' });
  return { garden, cloudProfile, seed, project, shoot };
}

/** The one problem thrown, formatted, or what else was thrown. */
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof FleetValidationError) return e.problems.map((p) => `${p.path} ${p.field} ${p.type} ${p.value}`).join('; ');
    return `not a FleetValidationError: ${String(e)}`;
  }
  return 'nothing thrown';
}

type F = ReturnType<typeof fleet>;
const BAD_IDS: Array<[string, unknown, string]> = [['42', 42, '42'], ['undefined', undefined, 'undefined'], ['null', null, 'null'], ['an empty string', '', '""'], ['an object', { id: 'x' }, '{"id":"x"}']];
const CALLS: Array<[string, string, (f: F, id: any) => unknown]> = [
  ['new Garden', '(root)', (_f, id) => new Garden(new App(), id, { repository: { url: 'https://git.example.com/fleet.git' } })],
  ['garden.addCloudProfile', 'fleet', (f, id) => f.garden.addCloudProfile(id, PROFILE)],
  ['new CloudProfile', 'fleet', (f, id) => new CloudProfile(f.garden, id, PROFILE)],
  ['garden.addSeed', 'fleet', (f, id) => f.garden.addSeed(id, { ...SEED, cloudProfile: f.cloudProfile })],
  ['new Seed', 'fleet', (f, id) => new Seed(f.garden, id, { ...SEED, cloudProfile: f.cloudProfile })],
  ['seed.addDataStore', 'fleet/seed-1', (f, id) => f.seed.addDataStore(id, { driver: DataStoreDriver.ETCD, endpoints: ['etcd:2379'] })],
  ['new DataStore', 'fleet/seed-1', (f, id) => new DataStore(f.seed, id, { driver: DataStoreDriver.ETCD, endpoints: ['etcd:2379'] })],
  ['garden.addProject', 'fleet', (f, id) => f.garden.addProject(id)],
  ['new Project', 'fleet', (f, id) => new Project(f.garden, id)],
  ['project.addShoot', 'fleet/shop', (f, id) => f.project.addShoot(id, { cloudProfile: f.cloudProfile, region: 'eu-1' })],
  ['new Shoot', 'fleet/shop', (f, id) => new Shoot(f.project, id, { cloudProfile: f.cloudProfile, region: 'eu-1' })],
  ['project.addCredentialsBinding', 'fleet/shop', (f, id) => f.project.addCredentialsBinding(id, {} as any)],
  ['new CredentialsBinding', 'fleet/shop', (f, id) => new CredentialsBinding(f.project, id, {} as any)],
  ['shoot.addWorkerPool', 'fleet/shop/prod', (f, id) => f.shoot.addWorkerPool(id, { machineType: 'm1.large' })],
  ['new WorkerPool', 'fleet/shop/prod', (f, id) => new WorkerPool(f.shoot, id, { machineType: 'm1.large' })],
  ['garden.addPlatformService', 'fleet', (f, id) => f.garden.addPlatformService(id, { source: ServiceSource.fromManifests([]) })],
  ['new PlatformService', 'fleet', (f, id) => new PlatformService(f.garden, id, { source: ServiceSource.fromManifests([]) })],
  ['garden.addBurstPartners', 'fleet', (f, id) => f.garden.addBurstPartners(id, { consumer: f.shoot, providers: [] })],
  ['new BurstPartners', 'fleet', (f, id) => new BurstPartners(f.garden, id, { consumer: f.shoot, providers: [] })],
];

describe.each(CALLS)('%s with an id of the wrong type', (_call, parent, make) => {
  test.each(BAD_IDS)('%s: a field error against the parent %#', (_name, id, shown) => {
    expect(thrown(() => make(fleet(), id))).toBe(`${parent} id Invalid ${shown}`);
  });

  test('a good id still works', () => {
    expect(() => make(fleet(), 'ok')).not.toThrow();
  });
});

test('the message names the parent, the field and what an id must be', () => {
  const f = fleet();
  expect(() => new Shoot(f.project, 42 as any, { cloudProfile: f.cloudProfile, region: 'eu-1' })).toThrow(
    'the fleet definition has 1 problem:\n  - fleet/shop id: Invalid: the id of a new Shoot must be a non-empty string (it names the Shoot and its construct path) (got 42)',
  );
});

test('the CLI prints it without a stack trace and exits 1, writing nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-ids-cli-'));
  const file = path.join(dir, 'fleet.js');
  fs.writeFileSync(file, [
    `const { App, Garden, Project, Shoot } = require(${JSON.stringify(path.join(REPO_ROOT, 'lib'))});`,
    'module.exports = () => {',
    "  const garden = new Garden(new App(), 'g', { repository: { url: 'https://git.example/f.git' } });",
    "  const profile = garden.addCloudProfile('os', { type: 'openstack', kubernetesVersions: [], machineImages: [], machineTypes: [], regions: [] });",
    "  const shoot = new Shoot(new Project(garden, 'shop'), 'prod', { cloudProfile: profile, region: 'eu-1' });",
    '  shoot.addWorkerPool(null, { machineType: \'m\' });',
    '  return garden;',
    '};',
    '',
  ].join('\n'));
  const r = await runForErrors(['synth', file, '--out', path.join(dir, 'out'), '--no-check'], dir);
  expect(r.code).toBe(1);
  expect(r.err).toBe([
    'error: the fleet definition has 1 problem:',
    '  - g/shop/prod id: Invalid: the id of a new WorkerPool must be a non-empty string (it names the WorkerPool and its construct path) (got null)',
  ].join('\n'));
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
});
