/**
 * Checks of the DataStore schema and user a shoot pins for its Kamaji control plane (the
 * `kamaji` shoot settings), for adopting a TenantControlPlane Kamaji already runs.
 *
 * What Kamaji does with these names (clastix/kamaji@26.8.2-edge, ddbabd87):
 * * both are immutable once set and cannot be unset: CEL rules `self == oldSelf` on each field
 *   and `!has(oldSelf.x) || has(self.x)` on the spec (`api/v1alpha1/tenantcontrolplane_types.go`;
 *   the same rules are in ../shared/crds/kamaji/kamaji.clastix.io_tenantcontrolplanes.yaml). So an
 *   adopted object must be given exactly the names it has, both of them: a rendered value that
 *   differs from the live one is refused by the API server, and one left out is defaulted by us.
 * * its defaulting webhook fills both from the object's UID when unset
 *   (`internal/webhook/handlers/tcp_defaults.go` `defaultUnsetFields`,
 *   `api/v1alpha1/tenantcontrolplane_funcs.go` `GetDefaultDatastoreSchema`); older releases used
 *   `<namespace>_<name>` (`internal/resources/datastore/datastore_storage_config.go`, the comment
 *   on kamaji#203) — the names an adopted control plane has.
 * * it checks nothing else: the names are quoted into SQL (`internal/datastore/mysql.go`
 *   `quoteMySQLIdentifier`, `postgresql.go` `quotePostgreSQLIdentifier`, NUL bytes dropped) and
 *   used as the etcd role and key prefix `/<schema>/` (`internal/datastore/etcd.go` `buildKey`),
 *   and "does not ensure that the values are unique".
 *
 * So seedbed refuses what Kamaji would silently mangle or share: characters outside those of the
 * names Kamaji generates (letters, digits, `_`, `-`, `.` — a `/` would nest one tenant's etcd
 * prefix in another's, quotes and NUL bytes are altered by the quoting), names the database would
 * cut (PostgreSQL keeps 63 bytes of an identifier, MySQL 32 of a user and 64 of a database name),
 * and a name another control plane on the same DataStore uses.
 */
import { ControlPlaneBackend, DataStoreDriver } from '../core/types';
import { ErrorList } from '../core/problems';

/** Field of the shoot's Kamaji settings, as errors name it. */
export const KAMAJI_FIELD = 'spec.controlPlane.kamaji';

/** Characters of a pinned DataStore schema or user. */
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Longest schema and user name per driver (etcd and NATS have no such limit; seedbed keeps PostgreSQL's). */
export function dataStoreNameLimits(driver: DataStoreDriver | string | undefined): { schema: number; username: number } {
  if (driver === DataStoreDriver.MYSQL) return { schema: 64, username: 32 };
  return { schema: 63, username: 63 };
}

/** The pinned names of one shoot, as given in the fleet. */
export interface KamajiNames {
  readonly dataStoreSchema?: unknown;
  readonly dataStoreUsername?: unknown;
}

/** Checks on one shoot: the names' form, both or neither, and the kamaji backend. */
export function validateKamajiSettings(errs: ErrorList, settings: KamajiNames | undefined, backend: ControlPlaneBackend): void {
  if (settings === undefined) return;
  const given = (['dataStoreSchema', 'dataStoreUsername'] as const).filter((k) => settings[k] !== undefined);
  if (given.length === 0) return;
  if (backend !== ControlPlaneBackend.KAMAJI) {
    for (const k of given) {
      errs.forbidden(`${KAMAJI_FIELD}.${k}`, settings[k], `only the kamaji backend keeps its state in a DataStore schema (got backend ${backend})`);
    }
    return;
  }
  for (const k of ['dataStoreSchema', 'dataStoreUsername'] as const) {
    const field = `${KAMAJI_FIELD}.${k}`;
    const value = settings[k];
    if (value === undefined) {
      const other = k === 'dataStoreSchema' ? 'dataStoreUsername' : 'dataStoreSchema';
      errs.required(field, `must be set with ${other}: Kamaji makes both immutable, so an adopted control plane needs the ${k} it already has`);
    } else if (typeof value !== 'string' || value.length === 0) {
      errs.invalid(field, value, 'must be a non-empty string');
    } else if (!NAME.test(value)) {
      errs.invalid(field, value, 'must consist of letters, digits, "_", "-" and "." and start with a letter, digit or "_" (the characters of the names Kamaji generates)');
    }
  }
}

/** One Kamaji control plane on a DataStore: its names and whether the fleet pinned them. */
export interface DataStoreTenant {
  readonly path: string;
  readonly dataStore: string;
  readonly driver?: DataStoreDriver | string;
  readonly dataStoreSchema: string;
  readonly dataStoreUsername: string;
  readonly pinned: boolean;
}

/** Checks across the fleet: pinned names fit the DataStore's driver, and no two control planes on a DataStore share a name. */
export function validateDataStoreTenants(errs: ErrorList, tenants: readonly DataStoreTenant[]): void {
  for (const t of tenants) {
    if (!t.pinned) continue;
    const limits = dataStoreNameLimits(t.driver);
    const at = errs.at(t.path);
    if (t.dataStoreSchema.length > limits.schema) at.tooLong(`${KAMAJI_FIELD}.dataStoreSchema`, t.dataStoreSchema, limits.schema);
    if (t.dataStoreUsername.length > limits.username) at.tooLong(`${KAMAJI_FIELD}.dataStoreUsername`, t.dataStoreUsername, limits.username);
  }
  for (const k of ['dataStoreSchema', 'dataStoreUsername'] as const) {
    const first = new Map<string, DataStoreTenant>();
    for (const t of tenants) {
      const id = `${t.dataStore}\u0000${t[k]}`;
      const before = first.get(id);
      if (!before) {
        first.set(id, t);
        continue;
      }
      // Reported on the shoot that pinned the name. Derived names collide only when two shoots
      // share a name, which is reported on its own (spec.name).
      if (!t.pinned && !before.pinned) continue;
      const [culprit, other] = t.pinned ? [t, before] : [before, t];
      errs.at(culprit.path).duplicate(`${KAMAJI_FIELD}.${k}`, t[k], `control plane ${other.path} uses it on DataStore ${t.dataStore} too: Kamaji would share the state`);
    }
  }
}
