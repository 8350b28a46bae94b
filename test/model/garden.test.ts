/**
 * The shape of the model's constructs: every construct takes a scope, parents have `addX`
 * factories equivalent to the constructors, and `Garden.of` finds a construct's garden.
 */
import { App as Cdk8sApp } from 'cdk8s';
import {
  App, BurstPartners, CloudProfile, DataStore, DataStoreDriver, Garden, PlatformService, Project, ProviderType, Seed, ServiceSource, Shoot, WorkerPool,
} from '../../lib';
import { resolveFleet } from '../../lib/resolve/fleet';
import { NOW } from '../support/fleets';

const REPOSITORY = { url: 'https://git.example.com/fleet.git' };
const PROFILE = {
  type: ProviderType.OPENSTACK,
  kubernetesVersions: [{ version: '1.33.5' }],
  machineImages: [{ name: 'gardenlinux', versions: [{ version: '1877.3.0' }] }],
  machineTypes: [{ name: 'm1.large', cpu: 4, memoryGiB: 8, storageGiB: 80 }],
  regions: [{ name: 'eu-1', zones: [{ name: 'eu-1a' }] }],
};
const SEED = { provider: ProviderType.OPENSTACK, region: 'eu-1', ingressDomain: 'seed.example.com', networks: { pods: '10.1.0.0/16', services: '10.2.0.0/16' } };

/** One fleet built with the factories only. */
function withFactories(scope: App) {
  const garden = new Garden(scope, 'fleet', { repository: REPOSITORY });
  const cloudProfile = garden.addCloudProfile('openstack', PROFILE);
  const seed = garden.addSeed('seed-1', { ...SEED, cloudProfile });
  const dataStore = seed.addDataStore('etcd', { driver: DataStoreDriver.ETCD, endpoints: ['https://etcd:2379'] });
  const project = garden.addProject('shop');
  const shoot = project.addShoot('prod', { cloudProfile, region: 'eu-1' });
  const pool = shoot.addWorkerPool('web', { machineType: 'm1.large' });
  const service = garden.addPlatformService('svc', { source: ServiceSource.fromManifests([]) });
  const burst = garden.addBurstPartners('burst', { consumer: shoot, providers: [] });
  return { garden, cloudProfile, seed, dataStore, project, shoot, pool, service, burst };
}

/** The same fleet built with the constructors. */
function withConstructors(scope: App): ReturnType<typeof withFactories> {
  const garden = new Garden(scope, 'fleet', { repository: REPOSITORY });
  const cloudProfile = new CloudProfile(garden, 'openstack', PROFILE);
  const seed = new Seed(garden, 'seed-1', { ...SEED, cloudProfile });
  const dataStore = new DataStore(seed, 'etcd', { driver: DataStoreDriver.ETCD, endpoints: ['https://etcd:2379'] });
  const project = new Project(garden, 'shop');
  const shoot = new Shoot(project, 'prod', { cloudProfile, region: 'eu-1' });
  const pool = new WorkerPool(shoot, 'web', { machineType: 'm1.large' });
  const service = new PlatformService(garden, 'svc', { source: ServiceSource.fromManifests([]) });
  const burst = new BurstPartners(garden, 'burst', { consumer: shoot, providers: [] });
  return { garden, cloudProfile, seed, dataStore, project, shoot, pool, service, burst };
}

describe('the model constructs', () => {
  it('the factories make the same constructs, at the same paths, as the constructors', () => {
    const f = withFactories(new App());
    const c = withConstructors(new App());
    const paths = (x: ReturnType<typeof withFactories>) => Object.values(x).map((k) => k.node.path);
    expect(paths(f)).toEqual([
      'fleet', 'fleet/openstack', 'fleet/seed-1', 'fleet/seed-1/etcd', 'fleet/shop', 'fleet/shop/prod', 'fleet/shop/prod/web', 'fleet/svc', 'fleet/burst',
    ]);
    expect(paths(c)).toEqual(paths(f));
    expect(f.garden.seeds).toEqual([f.seed]);
    expect(f.seed.dataStores).toEqual([f.dataStore]);
    expect(f.garden.projects).toEqual([f.project]);
    expect(f.project.shoots).toEqual([f.shoot]);
    expect(f.shoot.project).toBe(f.project);
    expect(f.shoot.workerPools).toEqual([f.pool]);
    expect(f.garden.platformServices).toEqual([f.service]);
    expect(f.garden.burstPartners).toEqual([f.burst]);
    // Resolution sees no difference either (this small fleet has problems: the same ones).
    expect(resolveFleet(f.garden, { now: NOW }).errors).toEqual(resolveFleet(c.garden, { now: NOW }).errors);
  });

  it('Garden.of finds the garden of any construct in it, and throws for one outside every garden', () => {
    const app = new App();
    const a = withFactories(app);
    for (const c of Object.values(a)) expect(Garden.of(c)).toBe(a.garden);
    expect(() => Garden.of(app)).toThrow('is not in the scope of a Garden');
  });

  it('a garden may live in a cdk8s App, and construct paths still start at the garden', () => {
    const { shoot } = withFactories(new Cdk8sApp());
    expect(shoot.node.path).toBe('fleet/shop/prod');
  });

  it('two gardens in one App stay apart: a reference across them is a problem of the fleet', () => {
    const app = new App();
    const garden = new Garden(app, 'a', { repository: REPOSITORY });
    const other = new Garden(app, 'b', { repository: REPOSITORY });
    const foreign = other.addCloudProfile('openstack', PROFILE);
    garden.addCloudProfile('openstack', PROFILE);
    garden.addSeed('seed-1', SEED);
    garden.addProject('shop').addShoot('prod', { cloudProfile: foreign, region: 'eu-1' });
    const errors = resolveFleet(garden, { now: NOW }).errors;
    expect(errors).toContainEqual(expect.objectContaining({ path: 'a/shop/prod', field: 'spec.cloudProfile.name', detail: 'the CloudProfile belongs to another garden' }));
  });

  it('throws for API misuse: a shoot outside a project, a DataStore outside a seed', () => {
    const garden = new Garden(new App(), 'fleet', { repository: REPOSITORY });
    const cloudProfile = garden.addCloudProfile('openstack', PROFILE);
    expect(() => new Shoot(garden, 'prod', { cloudProfile, region: 'eu-1' })).toThrow("Shoot 'prod' must be created in the scope of a Project");
    expect(() => new DataStore(garden, 'etcd', { driver: DataStoreDriver.ETCD, endpoints: [] })).toThrow("DataStore 'etcd' must be created in the scope of a Seed");
    expect(garden.node.children.map((c) => c.node.id)).toEqual(['openstack']);
  });
});
