import { Provisioner, WorkerUpdateStrategy } from '../../lib/core/types';
import { IntOrPercent, WorkerPool } from '../../lib/model/worker-pool';
import { buildFleet, poolSpec, resolve } from '../fixtures/fleet';

describe('worker pool helpers', () => {
  it('renders IntOrPercent as Kubernetes writes it', () => {
    expect(IntOrPercent.count(2).toJSON()).toBe(2);
    expect(IntOrPercent.percent(25).toJSON()).toBe('25%');
    expect(IntOrPercent.percent(25).toString()).toBe('25%');
    expect(IntOrPercent.count(0).isZero).toBe(true);
    expect(IntOrPercent.percent(0).isZero).toBe(true);
  });

  it('keeps pools in the order added and names them after their id', () => {
    const built = buildFleet((spec) => { poolSpec(spec, 'shop/prod/batch').props.name = 'jobs'; });
    expect(built.shoots['shop/prod'].workerPools.map((p) => p.name)).toEqual(['web', 'jobs']);
  });
});

describe('resolved worker pools', () => {
  it('carries the defaults of a pool', () => {
    const { fleet } = resolve(buildFleet());
    const web = fleet!.shoots.find((s) => s.key === 'shop--prod')!.workers[0];
    expect(web).toMatchObject({
      name: 'web', path: 'fleet/shop/prod/web', architecture: 'amd64', cri: 'containerd',
      updateStrategy: WorkerUpdateStrategy.AUTO_ROLLING_UPDATE, provisioner: Provisioner.CLUSTER_API, kubernetesVersion: '1.33.5',
    });
    expect(web.maxSurge).toEqual({ value: 1, isPercent: false });
    expect(web.maxUnavailable).toEqual({ value: 0, isPercent: false });
    expect(web.volume).toBeUndefined();
  });

  it('is recognised as a WorkerPool', () => {
    const built = buildFleet();
    expect(WorkerPool.isWorkerPool(built.pools['shop/prod/web'])).toBe(true);
    expect(WorkerPool.isWorkerPool(built.shoots['shop/prod'])).toBe(false);
  });
});
