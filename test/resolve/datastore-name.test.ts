/**
 * The DataStore schema and user of a Kamaji control plane: pinned from the technical id, so a
 * control plane re-created from Git finds its state again (Kamaji would use the object's UID).
 */
import { ControlPlaneBackend } from '../../lib/core/types';
import { DATASTORE_NAME_MAX, planDataStoreName } from '../../lib/resolve/infrastructure';
import { buildFleet, resolve, shootSpec } from '../fixtures/fleet';

describe('planDataStoreName', () => {
  test.each([
    ['shoot--shop--prod', 'shoot__shop__prod'],
    ['shoot--my-team--edge-sued', 'shoot__my_team__edge_sued'],
    // The longest technical id project and shoot names allow (21 characters together): 30 characters, kept whole.
    ['shoot--abcdefghij--klmnopqrstu', 'shoot__abcdefghij__klmnopqrstu'],
  ])('%s → %s', (id, name) => {
    expect(planDataStoreName(id)).toBe(name);
  });

  test('names that only differ in where a project ends stay apart (- becomes _, the separator stays double)', () => {
    expect(planDataStoreName('shoot--a-b--c')).toBe('shoot__a_b__c');
    expect(planDataStoreName('shoot--a--b-c')).toBe('shoot__a__b_c');
  });

  test('a name longer than the limit is cut and ends in 8 hex digits of the id hash', () => {
    const id = 'shoot--a-very-long-project--a-very-long-shoot';
    const name = planDataStoreName(id);
    expect(name).toHaveLength(DATASTORE_NAME_MAX);
    expect(name).toBe('shoot__a_very_long_proj_2ef266d0');
    expect(planDataStoreName(id)).toBe(name);
    expect(planDataStoreName(`${id}x`)).not.toBe(name);
  });

  test('every name is a lower-case SQL identifier of at most 32 characters', () => {
    for (const id of ['shoot--p--s', 'shoot--abcdefghij--klmnopqrstu', 'shoot--x'.padEnd(80, 'y')]) {
      expect(planDataStoreName(id)).toMatch(/^[a-z_][a-z0-9_]{0,31}$/);
    }
  });
});

describe('resolved DataStore schema and user', () => {
  test('Kamaji shoots get both; other backends none', () => {
    const built = buildFleet((spec) => { shootSpec(spec, 'shop/dev').props.backend = ControlPlaneBackend.K0SMOTRON; });
    const { fleet, errors } = resolve(built);
    expect(errors).toEqual([]);
    const prod = fleet!.shoots.find((s) => s.key === 'shop--prod')!;
    expect(prod.backend).toBe(ControlPlaneBackend.KAMAJI);
    expect([prod.dataStoreSchema, prod.dataStoreUsername]).toEqual(['shoot__shop__prod', 'shoot__shop__prod']);
    const dev = fleet!.shoots.find((s) => s.key === 'shop--dev')!;
    expect([dev.dataStoreSchema, dev.dataStoreUsername]).toEqual([undefined, undefined]);
  });
});
