import { FailureToleranceType, ProviderType } from '../../lib/core/types';
import { Garden, RegionDistance, SchedulingStrategy } from '../../lib/model/garden';
import { App } from '../../lib/model/app';
import { SchedulingRequest, schedule, seedMismatch } from '../../lib/resolve/scheduler';
import { Seed, SeedProps } from '../../lib/model/seed';

const { SAME_REGION, MINIMAL_DISTANCE } = SchedulingStrategy;

/** Seeds without a CloudProfile: zones come from props, 3 unless given. */
function seeds(...list: Array<[string, Partial<SeedProps>]>): Seed[] {
  const garden = new Garden(new App(), 'fleet', { repository: { url: 'https://git.example.com/fleet.git' } });
  return list.map(([name, props]) => new Seed(garden, name, {
    provider: ProviderType.OPENSTACK, region: 'eu-1', zones: ['a', 'b', 'c'], capacity: 10,
    ingressDomain: `${name}.example.com`, networks: { pods: '172.20.0.0/16', services: '172.24.0.0/16' },
    ...props,
  }));
}

const req = (key: string, more: Partial<SchedulingRequest> = {}): SchedulingRequest => ({
  key, provider: ProviderType.OPENSTACK, region: 'eu-1', failureTolerance: FailureToleranceType.NONE, ...more,
});

const placed = (r: ReturnType<typeof schedule>) => Object.fromEntries([...r.placements].sort());

describe('schedule', () => {
  it('places a shoot on a seed of its region (SameRegion)', () => {
    const r = schedule(seeds(['north', { region: 'eu-1' }], ['south', { region: 'eu-2' }]), [req('shop--a', { region: 'eu-2' })], SAME_REGION, []);
    expect(placed(r)).toEqual({ 'shop--a': 'south' });
    expect(r.unschedulable.size).toBe(0);
  });

  it('leaves a shoot unplaced when its region has no seed (SameRegion)', () => {
    const r = schedule(seeds(['north', { region: 'eu-1' }]), [req('shop--a', { region: 'eu-3' })], SAME_REGION, []);
    expect(placed(r)).toEqual({});
    expect(r.unschedulable.get('shop--a')).toBe('north: region eu-1 is not eu-3');
  });

  it('ignores distances under SameRegion', () => {
    const distances = [{ from: 'eu-1', to: 'eu-3', distance: 1 }];
    expect(placed(schedule(seeds(['north', {}]), [req('x--a', { region: 'eu-3' })], SAME_REGION, distances))).toEqual({});
  });

  describe('MinimalDistance', () => {
    const table: RegionDistance[] = [
      { from: 'eu-1', to: 'eu-2', distance: 10 },
      { from: 'eu-3', to: 'eu-1', distance: 30 },
      { from: 'eu-2', to: 'eu-3', distance: 20 },
    ];
    const fleet = () => seeds(['s1', { region: 'eu-1' }], ['s2', { region: 'eu-2' }], ['s3', { region: 'eu-3' }]);

    it('prefers the shoot region', () => {
      expect(placed(schedule(fleet(), [req('x--a', { region: 'eu-2' })], MINIMAL_DISTANCE, table))).toEqual({ 'x--a': 's2' });
    });

    it('takes the nearest region when its own has no eligible seed, reading the table both ways', () => {
      const list = fleet();
      const r = schedule(list, [req('x--a', { region: 'eu-1', seedSelector: { matchLabels: { ok: 'yes' } } })], MINIMAL_DISTANCE, table);
      expect(placed(r)).toEqual({});
      const labelled = seeds(['s1', { region: 'eu-1' }], ['s2', { region: 'eu-2', labels: { ok: 'yes' } }], ['s3', { region: 'eu-3', labels: { ok: 'yes' } }]);
      expect(placed(schedule(labelled, [req('x--a', { region: 'eu-1', seedSelector: { matchLabels: { ok: 'yes' } } })], MINIMAL_DISTANCE, table)))
        .toEqual({ 'x--a': 's2' });
      expect(placed(schedule(labelled.slice(0, 1).concat(labelled[2]), [req('x--a', { region: 'eu-1', seedSelector: { matchLabels: { ok: 'yes' } } })], MINIMAL_DISTANCE, table)))
        .toEqual({ 'x--a': 's3' });
    });

    it('prefers a near seed over a less used far one', () => {
      const list = fleet();
      const r = schedule(list, [req('x--a', { region: 'eu-4' }), req('x--b', { region: 'eu-4' })], MINIMAL_DISTANCE,
        [{ from: 'eu-4', to: 'eu-1', distance: 5 }, { from: 'eu-4', to: 'eu-2', distance: 6 }]);
      expect(placed(r)).toEqual({ 'x--a': 's1', 'x--b': 's1' });
    });

    it('treats a region missing from the table as unreachable', () => {
      const r = schedule(seeds(['s1', { region: 'eu-1' }]), [req('x--a', { region: 'eu-9' })], MINIMAL_DISTANCE, table);
      expect(r.unschedulable.get('x--a')).toBe('s1: region eu-1 has no distance to eu-9');
    });

    it('treats a distance that is not a non-negative number as unreachable, without throwing', () => {
      const list = seeds(['s1', { region: 'eu-1' }], ['s2', { region: 'eu-2' }]);
      for (const distance of [Number.NaN, -1]) {
        const r = schedule(list, [req('x--a', { region: 'eu-2' }), req('x--b', { region: 'eu-3' })], MINIMAL_DISTANCE,
          [{ from: 'eu-1', to: 'eu-2', distance }, { from: 'eu-3', to: 'eu-1', distance }]);
        expect(placed(r)).toEqual({ 'x--a': 's2' });
        expect(r.unschedulable.get('x--b')).toBe('s1: region eu-1 has no distance to eu-3; s2: region eu-2 has no distance to eu-3');
      }
    });

    it('moves on to the next region when the nearest is full', () => {
      const list = seeds(['s1', { region: 'eu-1', capacity: 1 }], ['s2', { region: 'eu-2' }]);
      const r = schedule(list, [req('x--a'), req('x--b')], MINIMAL_DISTANCE, table);
      expect(placed(r)).toEqual({ 'x--a': 's1', 'x--b': 's2' });
    });
  });

  test.each<[string, Array<[string, Partial<SeedProps>]>, Partial<SchedulingRequest>, string | undefined, string | undefined]>([
    ['matches selector labels', [['plain', {}], ['gold', { labels: { tier: 'gold' } }]], { seedSelector: { matchLabels: { tier: 'gold' } } }, 'gold', undefined],
    ['needs every selector label', [['gold', { labels: { tier: 'gold' } }]], { seedSelector: { matchLabels: { tier: 'gold', zone: 'x' } } }, undefined,
      'gold: label zone=x does not match'],
    ['filters by provider type', [['os', {}], ['vs', { provider: ProviderType.VSPHERE }]], { provider: ProviderType.VSPHERE }, 'vs', undefined],
    ['follows selector provider types over the shoot provider', [['os', {}], ['vs', { provider: ProviderType.VSPHERE }]],
      { provider: ProviderType.VSPHERE, seedSelector: { providerTypes: [ProviderType.OPENSTACK] } }, 'os', undefined],
    ['skips a tainted seed without a toleration', [['tainted', { taints: [{ key: 'premium' }] }]], {}, undefined, 'tainted: taint premium is not tolerated'],
    ['uses a tainted seed with a toleration of the key', [['tainted', { taints: [{ key: 'premium', value: 'x' }] }]], { tolerations: [{ key: 'premium' }] }, 'tainted', undefined],
    ['needs the toleration value to match', [['tainted', { taints: [{ key: 'premium', value: 'x' }] }]], { tolerations: [{ key: 'premium', value: 'y' }] }, undefined,
      'tainted: taint premium=x is not tolerated'],
    ['needs every taint tolerated', [['tainted', { taints: [{ key: 'a' }, { key: 'b' }] }]], { tolerations: [{ key: 'a' }] }, undefined, 'tainted: taint b is not tolerated'],
    ['skips an invisible seed', [['hidden', { visible: false }]], {}, undefined, 'hidden: not visible to the scheduler'],
    ['needs 3 seed zones for zone failure tolerance', [['two', { zones: ['a', 'b'] }], ['three', {}]], { failureTolerance: FailureToleranceType.ZONE }, 'three', undefined],
    ['explains a zone-tolerant shoot without a 3-zone seed', [['two', { zones: ['a', 'b'] }]], { failureTolerance: FailureToleranceType.ZONE }, undefined,
      'two: zone failure tolerance needs a seed with 3 zones (it has 2)'],
    ['places a node-tolerant shoot on a 1-zone seed', [['one', { zones: ['a'] }]], { failureTolerance: FailureToleranceType.NODE }, 'one', undefined],
    ['skips a full seed', [['full', { capacity: 0 }]], {}, undefined, 'full: full (0 shoots)'],
  ])('%s', (_why, list, more, seed, reason) => {
    const r = schedule(seeds(...list), [req('shop--a', more)], SAME_REGION, []);
    expect(r.placements.get('shop--a')).toBe(seed);
    expect(r.unschedulable.get('shop--a')).toBe(reason);
  });

  it('lists the reason of every seed, in name order', () => {
    const r = schedule(seeds(['b', { region: 'eu-2' }], ['a', { visible: false }], ['c', { provider: ProviderType.VSPHERE }]), [req('x--y')], SAME_REGION, []);
    expect(r.unschedulable.get('x--y')).toBe('a: not visible to the scheduler; b: region eu-2 is not eu-1; c: provider vsphere is not openstack');
  });

  it('says so when the fleet has no seeds', () => {
    expect(schedule([], [req('x--y')], SAME_REGION, []).unschedulable.get('x--y')).toBe('the fleet has no seeds');
  });

  it('chooses the least used seed, ties by name, shoots in key order', () => {
    const list = seeds(['s-b', {}], ['s-a', {}], ['s-c', {}]);
    const r = schedule(list, ['x--e', 'x--b', 'x--d', 'x--a', 'x--c'].map((k) => req(k)), SAME_REGION, []);
    expect(placed(r)).toEqual({ 'x--a': 's-a', 'x--b': 's-b', 'x--c': 's-c', 'x--d': 's-a', 'x--e': 's-b' });
    expect(Object.fromEntries(r.load)).toEqual({ 's-a': 2, 's-b': 2, 's-c': 1 });
  });

  it('counts pinned shoots before choosing', () => {
    const list = seeds(['s-a', {}], ['s-b', {}]);
    const r = schedule(list, [req('x--p1', { pinned: list[0] }), req('x--p2', { pinned: list[0] }), req('x--a'), req('x--b')], SAME_REGION, []);
    expect(placed(r)).toEqual({ 'x--p1': 's-a', 'x--p2': 's-a', 'x--a': 's-b', 'x--b': 's-b' });
  });

  it('places pinned shoots even on an invisible, tainted or full seed and reports the load', () => {
    const list = seeds(['hidden', { visible: false, taints: [{ key: 't' }], capacity: 1 }]);
    const r = schedule(list, [req('x--a', { pinned: list[0] }), req('x--b', { pinned: list[0] })], SAME_REGION, []);
    expect(placed(r)).toEqual({ 'x--a': 'hidden', 'x--b': 'hidden' });
    expect(r.load.get('hidden')).toBe(2);
  });

  it('keeps previous placements, so adding a shoot never moves another', () => {
    const list = seeds(['s-a', {}], ['s-b', {}]);
    const first = schedule(list, [req('x--m'), req('x--n')], SAME_REGION, []);
    expect(placed(first)).toEqual({ 'x--m': 's-a', 'x--n': 's-b' });
    // A new shoot that sorts first would take s-a and push the others around without the inventory.
    const again = schedule(list, [req('x--a'), req('x--m', { previous: 's-a' }), req('x--n', { previous: 's-b' })], SAME_REGION, []);
    expect(placed(again)).toEqual({ 'x--a': 's-a', 'x--m': 's-a', 'x--n': 's-b' });
    const fresh = schedule(list, [req('x--a'), req('x--m'), req('x--n')], SAME_REGION, []);
    expect(placed(fresh)).toEqual({ 'x--a': 's-a', 'x--m': 's-b', 'x--n': 's-a' });
  });

  it('keeps a previous placement even when the seed is now full or hidden', () => {
    const list = seeds(['s-a', { capacity: 1, visible: false }], ['s-b', {}]);
    const r = schedule(list, [req('x--m', { previous: 's-a' }), req('x--n', { previous: 's-a' })], SAME_REGION, []);
    expect(placed(r)).toEqual({ 'x--m': 's-a', 'x--n': 's-a' });
  });

  it('reschedules when the previous seed is gone or of another provider', () => {
    const list = seeds(['s-a', { provider: ProviderType.VSPHERE }], ['s-b', {}]);
    const r = schedule(list, [req('x--m', { previous: 'gone' }), req('x--n', { previous: 's-a' })], SAME_REGION, []);
    expect(placed(r)).toEqual({ 'x--m': 's-b', 'x--n': 's-b' });
  });

  it('prefers the pin over the previous seed', () => {
    const list = seeds(['s-a', {}], ['s-b', {}]);
    expect(placed(schedule(list, [req('x--m', { previous: 's-a', pinned: list[1] })], SAME_REGION, []))).toEqual({ 'x--m': 's-b' });
  });

  it('is deterministic whatever the order of seeds and requests', () => {
    const a = seeds(['s-1', {}], ['s-2', {}], ['s-3', { capacity: 1 }]);
    const requests = Array.from({ length: 8 }, (_, i) => req(`p--s${i}`));
    const one = placed(schedule(a, requests, SAME_REGION, []));
    const two = placed(schedule([...a].reverse(), [...requests].reverse(), SAME_REGION, []));
    expect(two).toEqual(one);
  });
});

describe('seedMismatch', () => {
  it('says nothing for a seed that fits', () => {
    expect(seedMismatch(seeds(['s', {}])[0], req('x--a'))).toBeUndefined();
  });

  it('checks the provider before labels, taints and zones', () => {
    const [seed] = seeds(['s', { provider: ProviderType.VSPHERE, taints: [{ key: 't' }], zones: [] }]);
    expect(seedMismatch(seed, req('x--a', { failureTolerance: FailureToleranceType.ZONE }))).toBe('provider vsphere is not openstack');
  });

  it('ignores region, visibility and capacity (those are the scheduler’s)', () => {
    const [seed] = seeds(['s', { region: 'far', visible: false, capacity: 0 }]);
    expect(seedMismatch(seed, req('x--a'))).toBeUndefined();
  });
});
