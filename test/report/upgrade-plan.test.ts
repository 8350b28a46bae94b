/**
 * Upgrade plans: the minor-at-a-time path, control plane before workers, one maintenance window
 * per step, images to the newest supported version; text, Markdown and JSON.
 */
import { VersionClassification } from '../../lib/core/versions';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { nextWindows, parseWindowTime } from '../../lib/report/maintenance';
import {
  formatPlanJson, formatPlanMarkdown, formatPlanText, kubernetesPath, planFleet, ShootUpgradePlan, UpgradeKind, upgradePlan, UpgradeTarget,
} from '../../lib/report/upgrade-plan';
import { smallFleet, SmallFleetOptions } from '../diff/support';
import { NOW as SNAPSHOT_NOW, resolveExample } from '../support/fleets';

const NOW = new Date('2026-11-25T00:00:00Z');

function plan(o: SmallFleetOptions, days: number, now = NOW): ShootUpgradePlan | undefined {
  const fleet = resolveFleetOrThrow(smallFleet(o), { now });
  return planFleet('small', fleet, { now, days }).shoots.find((s) => s.shoot === 'team--api');
}

describe('kubernetesPath', () => {
  const now = NOW;
  const offered = [
    { version: '1.34.1', classification: VersionClassification.PREVIEW },
    { version: '1.33.5' },
    { version: '1.33.4' },
    { version: '1.32.9', classification: VersionClassification.DEPRECATED, expirationDate: '2027-01-20' },
    { version: '1.32.8', classification: VersionClassification.DEPRECATED, expirationDate: '2026-10-01' },
    { version: '1.31.13', classification: VersionClassification.DEPRECATED, expirationDate: '2026-12-20' },
  ];

  test('one minor at a time until a version that does not expire within the horizon', () => {
    expect(kubernetesPath(offered, '1.31.13', { now, days: 90 })).toEqual({ path: ['1.32.9', '1.33.5'] });
    expect(kubernetesPath(offered, '1.31.13', { now, days: 30 })).toEqual({ path: ['1.32.9'] });
  });

  test('a newer patch of the same minor suffices when it is safe', () => {
    expect(kubernetesPath([...offered, { version: '1.31.14' }], '1.31.13', { now, days: 90 })).toEqual({ path: ['1.31.14'] });
  });

  test('preview and expired versions are never steps; a missing minor blocks the path', () => {
    const gap = [{ version: '1.33.0', classification: VersionClassification.PREVIEW }, { version: '1.32.1', expirationDate: '2026-01-01' }, { version: '1.31.13', expirationDate: '2026-12-20' }];
    expect(kubernetesPath(gap, '1.31.13', { now, days: 90 })).toEqual({ path: [], problem: 'the CloudProfile offers no usable 1.32 version to upgrade 1.31.13 to' });
  });
});

describe('nextWindows', () => {
  test('the next daily windows after now, in the window\'s own offset', () => {
    expect(nextWindows('020000+0100', '040000+0100', NOW, 2)).toEqual([
      { begin: '2026-11-25T02:00+01:00', end: '2026-11-25T04:00+01:00' },
      { begin: '2026-11-26T02:00+01:00', end: '2026-11-26T04:00+01:00' },
    ]);
  });

  test('a window under way is skipped; windows may span midnight; negative offsets', () => {
    expect(nextWindows('000000+0000', '010000+0000', new Date('2026-11-25T00:30:00Z'), 1)).toEqual([{ begin: '2026-11-26T00:00+00:00', end: '2026-11-26T01:00+00:00' }]);
    expect(nextWindows('230000+0000', '010000+0000', NOW, 1)).toEqual([{ begin: '2026-11-25T23:00+00:00', end: '2026-11-26T01:00+00:00' }]);
    expect(nextWindows('220000-0500', '230000-0500', NOW, 1)).toEqual([{ begin: '2026-11-24T22:00-05:00', end: '2026-11-24T23:00-05:00' }]);
    expect(parseWindowTime('250000+0000')).toBeUndefined();
  });
});

describe('planShoot', () => {
  test('two minors behind with an expiring image: control plane, then workers, one window each', () => {
    const p = plan({ apiVersion: '1.31.13', apiImage: '1592.9.0' }, 90)!;
    expect(p.reasons).toEqual([
      { kind: UpgradeKind.KUBERNETES, pool: undefined, image: undefined, version: '1.31.13', expirationDate: '2026-12-20', daysLeft: 25 },
      { kind: UpgradeKind.MACHINE_IMAGE, pool: 'web', image: 'gardenlinux', version: '1592.9.0', expirationDate: '2027-01-10', daysLeft: 46 },
    ]);
    expect(p.steps.map((s) => [s.step, s.window.begin, s.target, s.changes.map((c) => `${c.pool ?? 'control plane'} ${c.kind} ${c.from}→${c.to}`)])).toEqual([
      [1, '2026-11-25T02:00+01:00', UpgradeTarget.CONTROL_PLANE, ['control plane kubernetes 1.31.13→1.32.9']],
      [2, '2026-11-26T02:00+01:00', UpgradeTarget.WORKERS, ['web kubernetes 1.31.13→1.32.9', 'batch kubernetes 1.31.13→1.32.9', 'web machine-image 1592.9.0→1877.3.0']],
      [3, '2026-11-27T02:00+01:00', UpgradeTarget.CONTROL_PLANE, ['control plane kubernetes 1.32.9→1.33.5']],
      [4, '2026-11-28T02:00+01:00', UpgradeTarget.WORKERS, ['web kubernetes 1.32.9→1.33.5', 'batch kubernetes 1.32.9→1.33.5']],
    ]);
    expect(p).toMatchObject({ deadline: '2026-12-20', late: false, problems: [], seed: 's1', maintenance: { begin: '020000+0100', end: '040000+0100' } });
  });

  test('a shorter horizon stops at the first version that lasts beyond it', () => {
    const p = plan({ apiVersion: '1.31.13', apiImage: '1592.9.0' }, 30)!;
    expect(p.reasons.map((r) => r.kind)).toEqual([UpgradeKind.KUBERNETES]);
    expect(p.steps.map((s) => [s.target, s.changes.map((c) => c.to)])).toEqual([
      [UpgradeTarget.CONTROL_PLANE, ['1.32.9']],
      [UpgradeTarget.WORKERS, ['1.32.9', '1.32.9']],
    ]);
  });

  test('only an image expiring: one workers step to the newest supported image', () => {
    const p = plan({ apiImage: '1700.1.0' }, 150)!;
    expect(p.steps).toEqual([{
      step: 1, window: { begin: '2026-11-25T02:00+01:00', end: '2026-11-25T04:00+01:00' }, target: UpgradeTarget.WORKERS,
      changes: [{ kind: UpgradeKind.MACHINE_IMAGE, pool: 'web', image: 'gardenlinux', from: '1700.1.0', to: '1877.3.0' }],
    }]);
    expect(plan({ apiImage: '1700.1.0' }, 90)).toBeUndefined();
  });

  test('steps that end after the expiry date are flagged late', () => {
    const p = plan({ apiVersion: '1.31.13' }, 90, new Date('2026-12-19T12:00:00Z'))!;
    expect(p.steps).toHaveLength(4);
    expect(p.late).toBe(true);
  });

  test('the example OpenStack fleet: only data--etl, whose batch pool runs an expiring image', () => {
    const fleetPlan = planFleet('openstack', resolveExample('openstack'), { now: SNAPSHOT_NOW, days: 90 });
    expect(fleetPlan.shoots.map((s) => s.shoot)).toEqual(['data--etl']);
    expect(fleetPlan.shoots[0].steps.map((s) => s.changes)).toEqual([[{ kind: UpgradeKind.MACHINE_IMAGE, pool: 'batch', image: 'gardenlinux', from: '1592.9.0', to: '1877.3.0' }]]);
  });
});

describe('formats', () => {
  const options = { now: NOW, days: 90 };
  const doc = upgradePlan([planFleet('small', resolveFleetOrThrow(smallFleet({ apiVersion: '1.31.13', apiImage: '1592.9.0' }), { now: NOW }), options)], options);

  test('JSON: a versioned document with fleets, shoots, reasons and steps', () => {
    const json = JSON.parse(formatPlanJson(doc));
    expect(Object.keys(json)).toEqual(['apiVersion', 'kind', 'now', 'days', 'until', 'fleets']);
    expect(json).toMatchObject({ apiVersion: 'seedbed.io/v1alpha1', kind: 'UpgradePlan', now: '2026-11-25T00:00:00.000Z', days: 90, until: '2027-02-23' });
    const shoot = json.fleets[0].shoots[0];
    expect(Object.keys(shoot)).toEqual(['shoot', 'project', 'name', 'seed', 'maintenance', 'reasons', 'steps', 'deadline', 'late', 'problems']);
    expect(shoot.steps[0]).toEqual({
      step: 1, window: { begin: '2026-11-25T02:00+01:00', end: '2026-11-25T04:00+01:00' }, target: 'control-plane',
      changes: [{ kind: 'kubernetes', from: '1.31.13', to: '1.32.9' }],
    });
  });

  test('text: one line per step', () => {
    expect(formatPlanText(doc).split('\n')).toEqual([
      'Upgrade plan for small as of 2026-11-25: versions expiring by 2027-02-23 (90 days)',
      '',
      'team--api (seed s1, maintenance 020000+0100–040000+0100)',
      '  expiring: control plane: Kubernetes 1.31.13 expires on 2026-12-20 (25 days)',
      '  expiring: pool web: gardenlinux 1592.9.0 expires on 2027-01-10 (46 days)',
      '   1. 2026-11-25 02:00–04:00 +01:00  control-plane Kubernetes 1.31.13 → 1.32.9',
      '   2. 2026-11-26 02:00–04:00 +01:00  workers       pool web: Kubernetes 1.31.13 → 1.32.9; pool batch: Kubernetes 1.31.13 → 1.32.9; pool web: gardenlinux 1592.9.0 → 1877.3.0',
      '   3. 2026-11-27 02:00–04:00 +01:00  control-plane Kubernetes 1.32.9 → 1.33.5',
      '   4. 2026-11-28 02:00–04:00 +01:00  workers       pool web: Kubernetes 1.32.9 → 1.33.5; pool batch: Kubernetes 1.32.9 → 1.33.5',
    ]);
  });

  test('Markdown: a table with the shoot on its first row', () => {
    const lines = formatPlanMarkdown(doc).split('\n');
    expect(lines).toContain('| shoot | expiring | step | window | target | change |');
    expect(lines).toContain('| team--api (s1) | control plane: Kubernetes 1.31.13 expires on 2026-12-20 (25 days)<br>pool web: gardenlinux 1592.9.0 expires on 2027-01-10 (46 days) | 1 | 2026-11-25 02:00–04:00 +01:00 | control-plane | Kubernetes 1.31.13 → 1.32.9 |');
    expect(lines).toContain('|  |  | 3 | 2026-11-27 02:00–04:00 +01:00 | control-plane | Kubernetes 1.32.9 → 1.33.5 |');
  });

  test('nothing to do is said plainly', () => {
    const empty = upgradePlan([planFleet('small', resolveFleetOrThrow(smallFleet(), { now: NOW }), { now: NOW, days: 30 })], { now: NOW, days: 30 });
    expect(formatPlanText(empty)).toContain('nothing to do: no shoot uses a version that expires within the horizon');
    expect(formatPlanMarkdown(empty)).toContain('Nothing to do');
  });
});
