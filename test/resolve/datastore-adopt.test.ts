/**
 * Adopting a Kamaji control plane: the shoot pins the DataStore schema and user Kamaji gave it
 * (its UID). Both reach the TenantControlPlane; they count in the shoot's hash (derived names do
 * not); diff calls a change destructive; an incomplete or clashing pin is a field error.
 */
import { formatFieldError } from '../../lib/core/problems';
import { ControlPlaneBackend } from '../../lib/core/types';
import { resolveFleet, resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { shootHash } from '../../lib/output/inventory';
import { Garden } from '../../lib/model/garden';
import { Shoot } from '../../lib/model/shoot';
import { classesByScope, diffPair, NOW, renderFiles, smallFleet } from '../diff/support';
import { DestructiveClass } from '../../lib/diff/model';

const UID = '3f1c9a2e-7b4d-4c11-9e0a-5d2b8f6c1a47';

function pin(garden: Garden, key: string, kamaji: Record<string, unknown>): Garden {
  const shoot = garden.node.findAll().find((c) => Shoot.isShoot(c) && c.key === key) as Shoot;
  (shoot as any).props = { ...shoot.props, kamaji };
  return garden;
}

test('the pinned names reach the KamajiControlPlane as given', () => {
  const files = renderFiles(pin(smallFleet(), 'team--api', { dataStoreSchema: UID, dataStoreUsername: UID }));
  const text = files.get('seeds/s1/shoots/team--api/control-plane/control-plane.yaml')!;
  expect(text).toContain('kind: KamajiControlPlane');
  expect(text).toContain(`dataStoreSchema: ${UID}\n`);
  expect(text).toContain(`dataStoreUsername: ${UID}\n`);
  expect(text).not.toContain('shoot__team__api');
});

test('pinned names count in the shoot hash; without them the hash is what it was', () => {
  const plain = resolveFleetOrThrow(smallFleet(), { now: NOW }).shoots.find((s) => s.key === 'team--api')!;
  const pinned = resolveFleetOrThrow(pin(smallFleet(), 'team--api', { dataStoreSchema: UID, dataStoreUsername: UID }), { now: NOW }).shoots.find((s) => s.key === 'team--api')!;
  const other = resolveFleetOrThrow(pin(smallFleet(), 'team--api', { dataStoreSchema: UID, dataStoreUsername: 'kamaji_api' }), { now: NOW }).shoots.find((s) => s.key === 'team--api')!;
  expect(plain.kamaji).toBeUndefined();
  expect(pinned.kamaji).toEqual({ dataStoreSchema: UID, dataStoreUsername: UID });
  expect(new Set([shootHash(plain), shootHash(pinned), shootHash(other)]).size).toBe(3);
  // Pinning the very names seedbed derives still changes the hash: it is a different definition.
  const same = resolveFleetOrThrow(pin(smallFleet(), 'team--api', { dataStoreSchema: 'shoot__team__api', dataStoreUsername: 'shoot__team__api' }), { now: NOW })
    .shoots.find((s) => s.key === 'team--api')!;
  expect([same.dataStoreSchema, same.dataStoreUsername]).toEqual([plain.dataStoreSchema, plain.dataStoreUsername]);
});

test('diff: adopting (or changing) the pinned names is destructive', () => {
  const { diff } = diffPair(smallFleet(), pin(smallFleet(), 'team--api', { dataStoreSchema: UID, dataStoreUsername: UID }));
  expect(classesByScope(diff)['team--api']).toEqual([DestructiveClass.DATASTORE_CHANGED]);
  const details = diff.scopes.find((s) => s.shoot === 'team--api')!.items.flatMap((i) => i.findings.map((f) => f.detail.split(' (')[0]));
  expect(details).toEqual([`spec.dataStoreSchema: shoot__team__api → ${UID}`, `spec.dataStoreUsername: shoot__team__api → ${UID}`]);
});

test('fleet errors: half a pin and a pin on another backend, reported at once', () => {
  const garden = smallFleet({ apiDataStore: 'pg' });
  pin(garden, 'team--api', { dataStoreSchema: 'shoot__team__web' });
  pin(garden, 'team--web', { dataStoreSchema: UID, dataStoreUsername: UID });
  const web = garden.node.findAll().find((c) => Shoot.isShoot(c) && c.key === 'team--web') as Shoot;
  (web as any).props = { ...web.props, backend: ControlPlaneBackend.K0SMOTRON };
  expect(resolveFleet(garden, { now: NOW }).errors.map(formatFieldError)).toEqual([
    'small/team/api spec.controlPlane.kamaji.dataStoreUsername: Required: must be set with dataStoreSchema: Kamaji makes both immutable, so an adopted control plane needs the dataStoreUsername it already has',
    `small/team/web spec.controlPlane.kamaji.dataStoreSchema: Forbidden: only the kamaji backend keeps its state in a DataStore schema (got backend k0smotron) (got "${UID}")`,
    `small/team/web spec.controlPlane.kamaji.dataStoreUsername: Forbidden: only the kamaji backend keeps its state in a DataStore schema (got backend k0smotron) (got "${UID}")`,
  ]);
});

test('a pinned name another control plane on the same DataStore has is a Duplicate', () => {
  const garden = smallFleet({ apiSeed: 's2', apiDataStore: 'etcd2' });
  const api = pin(garden, 'team--api', { dataStoreSchema: 'shoot__team__web', dataStoreUsername: 'api' }).node.findAll().find((c) => Shoot.isShoot(c) && c.key === 'team--api') as Shoot;
  const web = garden.node.findAll().find((c) => Shoot.isShoot(c) && c.key === 'team--web') as Shoot;
  (web as any).props = { ...web.props, dataStore: api.props.dataStore };
  expect(resolveFleet(garden, { now: NOW }).errors.map(formatFieldError)).toEqual([
    'small/team/api spec.controlPlane.kamaji.dataStoreSchema: Duplicate: control plane small/team/web uses it on DataStore s2/etcd2 too: Kamaji would share the state (got "shoot__team__web")',
  ]);
});
