/**
 * The warnings channel: concerns that do not stop synth (today: versions in use that expire soon
 * or expired and are kept because in use) are collected with path and field, returned by
 * resolve/synth/validate and printed by the command line.
 */
import { run } from '../../lib/cli/main';
import { WarningType } from '../../lib/core/problems';
import { EXPIRY_WARNING_DAYS, resolveFleet } from '../../lib/resolve/fleet';
import { EXAMPLE_FLEETS, REPO_ROOT, snapshotInventory } from '../support/fleets';

const at = (date: string) => new Date(`${date}T00:00:00Z`);
/** The deprecation warning of CAPO's v1beta1 contract (the default CAPO v0.14.7 under Cluster API v1.14). */
const isCapoDeprecation = (w: { type: WarningType; field: string }) => w.type === WarningType.DEPRECATED && w.field === 'managementStack.clusterApiProviderOpenStack';

describe('expiring versions in use', () => {
  test('none on the snapshot date', () => {
    for (const name of Object.keys(EXAMPLE_FLEETS)) {
      const warnings = resolveFleet(EXAMPLE_FLEETS[name](), { now: at('2026-11-25'), previous: snapshotInventory(name) }).warnings;
      expect([name, warnings.filter((w) => w.type === WarningType.EXPIRING)]).toEqual([name, []]);
      // The examples' seeds declare zone labels and their images' bootstrap: no other warning either,
      // but the deprecation the management stack hits where a seed still runs CAPO v0.14 with
      // Cluster API v1.14 (lib/core/compatibility.ts); sued-1 runs CAPO v0.15.
      expect([name, warnings.filter((w) => w.type !== WarningType.EXPIRING && !isCapoDeprecation(w)).map((w) => `${w.path} ${w.field}`)]).toEqual([name, []]);
      if (name === 'openstack') expect(warnings.filter(isCapoDeprecation).map((w) => w.path)).toEqual(['nordcloud/nord-1', 'nordcloud/nord-2']);
    }
  });

  test(`a machine image version used by a pool, ${EXPIRY_WARNING_DAYS} days or less before it expires`, () => {
    const r = resolveFleet(EXAMPLE_FLEETS.openstack(), { now: at('2027-01-05'), previous: snapshotInventory('openstack') });
    expect(r.errors).toEqual([]);
    expect(r.fleet).toBeDefined();
    expect(r.warnings.filter((w) => !isCapoDeprecation(w))).toEqual([{
      path: 'nordcloud/data/etl/batch',
      field: 'spec.provider.workers[0].machine.image.version',
      type: WarningType.EXPIRING,
      value: '"gardenlinux 1592.9.0"',
      detail: 'expires on 2027-01-15 (in 10 days): plan the upgrade (seedbed upgrade-plan)',
    }]);
  });

  test('31 days before: no warning yet', () => {
    expect(resolveFleet(EXAMPLE_FLEETS.openstack(), { now: at('2026-12-15'), previous: snapshotInventory('openstack') }).warnings.filter((w) => !isCapoDeprecation(w))).toEqual([]);
  });

  test('the command line prints them and still succeeds', async () => {
    const err: string[] = [];
    const out: string[] = [];
    const code = await run(['validate', 'openstack', '--now', '2027-01-05', '--no-cache'], { out: (l) => out.push(l), err: (l) => err.push(l), cwd: REPO_ROOT, env: {} });
    expect(code).toBe(0);
    expect(err).toContain('warning: openstack: nordcloud/data/etl/batch spec.provider.workers[0].machine.image.version: Expiring: '
      + 'expires on 2027-01-15 (in 10 days): plan the upgrade (seedbed upgrade-plan) (got "gardenlinux 1592.9.0")');
    expect(out.join('\n')).toMatch(/^openstack: valid — /);
  });
});
