/**
 * The figures the report shows, for the example OpenStack fleet at the snapshot date.
 */
import { ExpiringKind, fleetFacts, VersionStatus, versionStatus } from '../../lib/report/facts';
import { VersionClassification } from '../../lib/core/versions';
import { NOW, resolveExample } from '../support/fleets';

describe('fleetFacts of the example OpenStack fleet', () => {
  const facts = fleetFacts('openstack', resolveExample('openstack'), NOW, 90);

  test('seeds: shoots hosted against capacity, DataStores with theirs', () => {
    expect(facts.seeds.map((s) => [s.name, s.shoots, s.capacity])).toEqual([['nord-1', 4, 120], ['nord-2', 1, 60], ['sued-1', 4, 80]]);
    expect(facts.seeds[0].dataStores).toEqual([
      { name: 'etcd-nord-1a', driver: 'etcd', capacity: 40, shoots: 2 },
      { name: 'postgres-nord-1', driver: 'PostgreSQL', capacity: 80, shoots: 2 },
    ]);
  });

  test('shoots by Kubernetes version, highest first, with the version status', () => {
    expect(facts.byVersion).toEqual([
      { version: '1.34.1', shoots: ['platform--sandbox'], status: VersionStatus.PREVIEW },
      { version: '1.33.5', shoots: ['data--analytics', 'platform--ci', 'platform--ops', 'shop--edge-sued', 'shop--staging'], status: VersionStatus.SUPPORTED },
      { version: '1.32.9', shoots: ['data--etl', 'data--lake', 'shop--prod'], status: VersionStatus.SUPPORTED },
    ]);
  });

  test('shoots by purpose', () => {
    expect(facts.byPurpose).toEqual([
      { purpose: 'evaluation', shoots: 1 }, { purpose: 'testing', shoots: 2 }, { purpose: 'development', shoots: 3 }, { purpose: 'production', shoots: 3 },
    ]);
  });

  test('versions expiring within 90 days, soonest first, with who uses them; expired and unused ones left out', () => {
    expect(facts.expiring).toEqual([
      { kind: ExpiringKind.MACHINE_IMAGE, cloudProfile: 'openstack', image: 'gardenlinux', version: '1592.9.0', expirationDate: '2027-01-15', daysLeft: 51, classification: VersionClassification.DEPRECATED, usedBy: ['data--etl/batch'] },
      { kind: ExpiringKind.KUBERNETES, cloudProfile: 'openstack', image: undefined, version: '1.31.13', expirationDate: '2027-01-31', daysLeft: 67, classification: VersionClassification.DEPRECATED, usedBy: [] },
    ]);
    expect(fleetFacts('openstack', resolveExample('openstack'), NOW, 30).expiring).toEqual([]);
  });

  test('workers per zone: the pools\' minimum and maximum spread over their zones', () => {
    // eu-nord-1a: ops/system 1–2, ci/runners 1–3, ci/arm 0–3, prod/system 1–2, prod/web 2–10,
    // staging/web 1–2, analytics/cpu 1–4, analytics/gpu 0–2.
    expect(facts.zones[0]).toEqual({ region: 'eu-nord-1', zone: 'eu-nord-1a', pools: 8, minimum: 7, maximum: 28 });
    expect(facts.zones.map((z) => z.zone)).toEqual(['eu-nord-1a', 'eu-nord-1b', 'eu-nord-1c', 'eu-sued-1a', 'eu-sued-1b']);
    expect(facts.zones.reduce((n, z) => n + z.minimum, 0)).toBe(facts.nodesMinimum);
    expect(facts.zones.reduce((n, z) => n + z.maximum, 0)).toBe(facts.nodesMaximum);
    expect([facts.shoots, facts.workerPools]).toEqual([9, 12]);
  });
});

describe('versionStatus', () => {
  const offered = [
    { version: '1.33.5' },
    { version: '1.32.9', classification: VersionClassification.DEPRECATED, expirationDate: '2027-01-20' },
    { version: '1.31.13', classification: VersionClassification.DEPRECATED, expirationDate: '2026-06-30' },
    { version: '1.34.1', classification: VersionClassification.PREVIEW },
  ];
  test.each([
    ['1.33.5', 90, VersionStatus.SUPPORTED],
    ['1.32.9', 90, VersionStatus.EXPIRING],
    ['1.32.9', 30, VersionStatus.DEPRECATED],
    ['1.31.13', 90, VersionStatus.EXPIRED],
    ['1.34.1', 90, VersionStatus.PREVIEW],
    ['1.29.0', 90, VersionStatus.UNLISTED],
  ])('%s with %d days ahead is %s', (version, days, status) => {
    expect(versionStatus(offered, version, NOW, days)).toBe(status);
  });
});

describe('the management stack of each seed', () => {
  const facts = fleetFacts('openstack-cluster-api', resolveExample('openstack-cluster-api'), NOW, 90);
  const seed = (name: string) => facts.seeds.find((s) => s.name === name)!;

  test('every component with its version, declared or default; the engine; the work-arounds', () => {
    expect(seed('nord-1').stack.slice(0, 4)).toEqual([
      { component: 'Kubernetes (seed)', version: 'v1.33.7', declared: false },
      { component: 'Cluster API', version: 'v1.14.0', declared: true },
      { component: 'Cluster API provider OpenStack', version: 'v0.14.7', declared: false },
      { component: 'Cluster API provider vSphere', version: 'v1.16.1', declared: false },
    ]);
    expect(seed('sued-1').stack[2]).toEqual({ component: 'Cluster API provider OpenStack', version: 'v0.15.0-beta.0', declared: true });
    expect(seed('nord-1').terraformEngine).toBe('opentofu 1.12.1');
    expect(seed('nord-1').workarounds).toEqual(['kamaji-bootstrap-rbac']);
  });

  test('the deprecations each seed hits: CAPO v0.14 seeds, not the seed on CAPO v0.15', () => {
    expect(seed('nord-1').compatibility.map((c) => `${c.id} ${c.kind} ${c.removal}`)).toEqual(['capo-v1beta1-contract-deprecated deprecation Cluster API v1.16.0']);
    expect(seed('sued-1').compatibility).toEqual([]);
  });
});
