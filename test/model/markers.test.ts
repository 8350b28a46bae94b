/**
 * `isX` checks answer by a `Symbol.for('seedbed.<Kind>')` marker, not `instanceof`, so they hold
 * for constructs made by a second copy of seedbed (two versions in node_modules, or a fleet file
 * loaded by another module registry). The second copy here is a fresh module registry.
 */
import * as model from '../../lib';

type Model = typeof model;

function secondCopy(): Model {
  let copy: Model | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    copy = require('../../lib');
  });
  return copy!;
}

/** One construct of every kind, made with the given copy of the model. */
function fleetOf(m: Model) {
  const garden = new m.Garden(new m.App(), 'fleet', { repository: { url: 'https://git.example.com/fleet.git' } });
  const cloudProfile = new m.CloudProfile(garden, 'os', {
    type: m.ProviderType.OPENSTACK, kubernetesVersions: [{ version: '1.33.5' }], machineImages: [], machineTypes: [], regions: [],
  });
  const seed = new m.Seed(garden, 'seed-1', { provider: m.ProviderType.OPENSTACK, region: 'eu-1', ingressDomain: 'seed.example.com', networks: { pods: '10.1.0.0/16', services: '10.2.0.0/16' } });
  const dataStore = seed.addDataStore('etcd', { driver: m.DataStoreDriver.ETCD, endpoints: ['etcd:2379'] });
  const project = new m.Project(garden, 'shop');
  const shoot = new m.Shoot(project, 'prod', { cloudProfile, region: 'eu-1' });
  const workerPool = shoot.addWorkerPool('web', { machineType: 'm1.large' });
  const platformService = new m.PlatformService(garden, 'svc', { source: m.ServiceSource.fromManifests([]) });
  const burstPartners = new m.BurstPartners(garden, 'burst', { consumer: shoot, providers: [] });
  return { garden, cloudProfile, seed, dataStore, project, shoot, workerPool, platformService, burstPartners, intOrPercent: m.IntOrPercent.count(1) };
}

const CHECKS: Record<keyof ReturnType<typeof fleetOf>, (m: Model) => (x: unknown) => boolean> = {
  garden: (m) => m.Garden.isGarden,
  cloudProfile: (m) => m.CloudProfile.isCloudProfile,
  seed: (m) => m.Seed.isSeed,
  dataStore: (m) => m.DataStore.isDataStore,
  project: (m) => m.Project.isProject,
  shoot: (m) => m.Shoot.isShoot,
  workerPool: (m) => m.WorkerPool.isWorkerPool,
  platformService: (m) => m.PlatformService.isPlatformService,
  burstPartners: (m) => m.BurstPartners.isBurstPartners,
  intOrPercent: (m) => m.IntOrPercent.isIntOrPercent,
};

describe('isX markers', () => {
  const other = secondCopy();
  const mine = fleetOf(model);
  const theirs = fleetOf(other);

  it('the second copy really is another copy (instanceof says no)', () => {
    expect(other.Shoot).not.toBe(model.Shoot);
    expect(theirs.shoot instanceof model.Shoot).toBe(false);
  });

  it.each(Object.keys(CHECKS) as (keyof typeof CHECKS)[])('%s: recognised by both copies, nothing else is', (kind) => {
    expect(CHECKS[kind](model)(mine[kind])).toBe(true);
    expect(CHECKS[kind](model)(theirs[kind])).toBe(true);
    expect(CHECKS[kind](other)(mine[kind])).toBe(true);
    for (const [otherKind, value] of Object.entries(mine)) {
      if (otherKind !== kind) expect(CHECKS[kind](model)(value)).toBe(false);
    }
    for (const x of [undefined, null, 0, 'shoot', {}]) expect(CHECKS[kind](model)(x)).toBe(false);
  });

  it('the markers are global symbols named after the kind', () => {
    expect(Object.getOwnPropertySymbols(mine.shoot)).toContain(Symbol.for('seedbed.Shoot'));
    expect(Object.keys(mine.shoot)).not.toContain(Symbol.for('seedbed.Shoot').toString());
  });
});
