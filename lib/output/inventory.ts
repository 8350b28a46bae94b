/**
 * `fleet.json`: the inventory of a rendered fleet — seeds, shoots, versions, placements and
 * content hashes. The next synth reads it back so placements and DataStores never move.
 */
import { FleetInventory, InventoryShoot, ResolvedFleet } from '../resolve/model';
import { sha256Hex } from '../core/hash';
import { stableJson, stableJsonWithMembers } from '../core/json';

import { INVENTORY_FILE } from '../layout';

export { INVENTORY_FILE } from '../layout';

/**
 * SHA-256 of a shoot's resolved definition (everything its rendering depends on), so a reviewer
 * sees which shoots a change touches. Computed from the model, so every shard of a sharded synth
 * writes the same inventory.
 */
export function shootHash(shoot: ResolvedFleet['shoots'][number], profileTexts: Map<object, string> = new Map()): string {
  // Resolved shoots are plain data never changed after resolving: the hash is kept per object
  // (the inventory and an incremental synth's input keys both need it).
  let hash = shootHashes.get(shoot);
  if (hash === undefined) {
    hash = computeShootHash(shoot, profileTexts);
    shootHashes.set(shoot, hash);
  }
  return hash;
}

const shootHashes = new WeakMap<object, string>();

function computeShootHash(shoot: ResolvedFleet['shoots'][number], profileTexts: Map<object, string>): string {
  // Names derived in resolve/ from what is hashed here (infrastructure, API server, control-plane
  // machines, image references, DataStore schema and user) add nothing and are left out, so the hash of a shoot stays the same.
  const { cloudProfile, workers } = shoot;
  const profile = { name: cloudProfile.name, props: cloudProfile.props };
  // The CloudProfile (often the larger part) is written once per profile, not once per shoot
  // (`profileTexts`, for the shoots of one fleet); the text hashed is the same either way.
  let profileText = profileTexts.get(cloudProfile);
  if (profileText === undefined) {
    profileText = stableJson(profile);
    profileTexts.set(cloudProfile, profileText);
  }
  const plainWorkers = workers.map(({ imageReference: _r, ...w }) => w);
  // The text of { ...rest, workers: plainWorkers, cloudProfile: profile }, written member by member.
  const text = stableJsonWithMembers(shoot, LEFT_OUT, new Map([['workers', stableJson(plainWorkers)], ['cloudProfile', profileText]]));
  if (text !== undefined) return sha256Hex(text);
  const { infrastructure: _i, apiServer: _a, controlPlaneMachine: _c, dataStoreSchema: _s, dataStoreUsername: _u, cloudProfile: _p, workers: _w, ...rest } = shoot;
  return sha256Hex(stableJson({ ...rest, workers: plainWorkers, cloudProfile: profile }));
}

/** The members of a resolved shoot its hash leaves out (see computeShootHash). */
const LEFT_OUT: ReadonlySet<string> = new Set(['cloudProfile', 'infrastructure', 'apiServer', 'controlPlaneMachine', 'dataStoreSchema', 'dataStoreUsername', 'workers']);

/**
 * The inventory document of a fleet. `files` are the output files seedbed wrote and owns besides
 * fleet.json (sorted): the only files a later synth may overwrite or remove.
 *
 * Its objects are made with their keys in sorted order and without undefined values, so that
 * writing it (output/serialize's `toJson`) finds them canonical already and copies none of them;
 * the text is the same either way.
 */
export function buildInventory(fleet: ResolvedFleet, files?: readonly string[]): unknown {
  const shoots: Record<string, InventoryShoot & Record<string, unknown>> = {};
  const profileTexts = new Map<object, string>();
  // The first seed of each name, as a search of the list finds it.
  const seedByName = new Map<string, ResolvedFleet['seeds'][number]>();
  for (const seed of fleet.seeds) if (!seedByName.has(seed.name)) seedByName.set(seed.name, seed);
  for (const s of fleet.shoots) {
    const seed = seedByName.get(s.seed);
    const entry: Record<string, unknown> = {};
    // Keys in sorted order; a key whose value is undefined is left out, as writing leaves it out.
    put(entry, 'backend', s.backend);
    // What Gardener refuses to change on an existing Shoot (validate/gardener.ts validateGardenerShootUpdate).
    put(entry, 'cloudProfile', s.cloudProfile.name);
    put(entry, 'contentHash', shootHash(s, profileTexts));
    put(entry, 'dataStore', s.dataStore);
    put(entry, 'dataStoreDriver', s.dataStore ? seed?.dataStores.find((d) => d.name === s.dataStore)?.driver : undefined);
    put(entry, 'dnsDomain', s.dnsDomain);
    put(entry, 'failureTolerance', s.failureTolerance);
    put(entry, 'kubernetesVersion', s.kubernetesVersion);
    put(entry, 'name', s.name);
    const networking: Record<string, unknown> = {};
    put(networking, 'nodes', s.networking.nodes);
    put(networking, 'pods', s.networking.pods);
    put(networking, 'services', s.networking.services);
    put(networking, 'type', s.networking.type);
    entry.networking = networking;
    put(entry, 'project', s.project);
    put(entry, 'provider', s.provider);
    put(entry, 'purpose', s.purpose);
    put(entry, 'region', s.region);
    put(entry, 'seed', s.seed);
    entry.workers = inKeyOrder(Object.fromEntries(s.workers.map((w) => {
      const pool: Record<string, unknown> = {};
      put(pool, 'image', `${w.image.name}@${w.image.version}`);
      put(pool, 'kubernetesVersion', w.kubernetesVersion);
      put(pool, 'machineType', w.machineType.name);
      put(pool, 'maximum', w.maximum);
      put(pool, 'minimum', w.minimum);
      put(pool, 'provisioner', w.provisioner);
      put(pool, 'zones', w.zones);
      return [w.name, pool];
    })));
    shoots[s.key] = entry as InventoryShoot & Record<string, unknown>;
  }
  const doc: Record<string, unknown> = { apiVersion: 'seedbed.io/v1alpha1' };
  if (files) doc.files = [...files].sort();
  doc.fleet = fleet.name;
  doc.gitOpsEngine = fleet.gitOpsEngine;
  doc.kind = 'FleetInventory';
  doc.repository = { branch: fleet.repository.branch, path: fleet.repository.path, url: fleet.repository.url };
  doc.seeds = fleet.seeds.map((s) => ({
    capacity: s.capacity,
    dataStores: s.dataStores.map((d) => ({ capacity: d.capacity, driver: d.driver, name: d.name, shoots: d.shoots.length })),
    name: s.name,
    provider: s.provider,
    region: s.region,
    shoots: s.shoots.length,
  }));
  doc.shoots = shoots;
  return doc;
}

/** Sets `obj[key]` unless `value` is undefined. */
function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) obj[key] = value;
}

/** `obj` itself when its keys are in sorted order, else a copy with its keys added in sorted order. */
function inKeyOrder<T>(obj: Record<string, T>): Record<string, T> {
  const keys = Object.keys(obj);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] < keys[i];
  if (sorted) return obj;
  const out: Record<string, T> = {};
  for (const k of keys.sort()) out[k] = obj[k];
  return out;
}

/** What an output folder's fleet.json says about ownership (see {@link readOwnership}). */
export interface Ownership {
  /** The files seedbed owns there: fleet.json itself when it is an inventory, and the files it lists. */
  readonly owned: string[];
  /** The shoots (keys) the inventory lists; empty without one. */
  readonly shoots: string[];
  /** True when fleet.json is an inventory of a seedbed that did not record its files yet. */
  readonly legacy: boolean;
}

/**
 * Reads who owns what from the text of an output folder's fleet.json (undefined: there is
 * none). A file that is not seedbed's inventory owns nothing, not even itself.
 */
export function readOwnership(text: string | undefined): Ownership {
  let doc: unknown;
  try {
    doc = text === undefined ? undefined : JSON.parse(text);
  } catch {
    doc = undefined;
  }
  return ownershipOf(doc);
}

function ownershipOf(parsed: unknown): Ownership {
  const doc = parsed as { kind?: unknown; shoots?: unknown; files?: unknown } | undefined | null;
  if (doc?.kind !== 'FleetInventory' || typeof doc.shoots !== 'object' || doc.shoots === null) return { owned: [], shoots: [], legacy: false };
  const files = Array.isArray(doc.files) ? doc.files.filter((f): f is string => typeof f === 'string') : undefined;
  return { owned: [INVENTORY_FILE, ...(files ?? [])], shoots: Object.keys(doc.shoots), legacy: files === undefined };
}

/**
 * Why `text` is not a readable seedbed inventory (a fleet.json synth wrote), or undefined when it
 * is: JSON holding `kind: FleetInventory`, the fleet's name, its `seeds` (a list) and `shoots`
 * (a map) — the fields a diff or a later synth reads.
 */
export function inventoryProblem(text: string): string | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // (the parser's own message differs between Node versions)
    return 'not JSON';
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'not a JSON object';
  const d = doc as Record<string, unknown>;
  const missing: string[] = [];
  if (d.kind !== 'FleetInventory') missing.push('kind: FleetInventory');
  if (typeof d.fleet !== 'string' || d.fleet === '') missing.push('fleet (a name)');
  if (!Array.isArray(d.seeds)) missing.push('seeds (a list)');
  if (typeof d.shoots !== 'object' || d.shoots === null || Array.isArray(d.shoots)) missing.push('shoots (a map)');
  return missing.length > 0 ? `not a seedbed inventory (missing or wrong: ${missing.join(', ')})` : undefined;
}

/** Reads the parts of a previous inventory the resolver needs; undefined when absent or unreadable. */
export function parseInventory(text: string | undefined): FleetInventory | undefined {
  if (!text) return undefined;
  try {
    return inventoryOf(JSON.parse(text));
  } catch {
    return undefined;
  }
}

function inventoryOf(doc: any): FleetInventory | undefined {
  if (doc?.kind !== 'FleetInventory' || typeof doc.shoots !== 'object') return undefined;
  return { shoots: doc.shoots };
}

/**
 * {@link readOwnership} and {@link parseInventory} of the same text, parsed once (a fleet.json
 * of 10,000 shoots is ~20 MB).
 */
export function readPreviousOutput(text: string | undefined): { readonly ownership: Ownership; readonly inventory: FleetInventory | undefined } {
  let doc: unknown;
  try {
    doc = text === undefined ? undefined : JSON.parse(text);
  } catch {
    return { ownership: ownershipOf(undefined), inventory: undefined };
  }
  return { ownership: ownershipOf(doc), inventory: text ? inventoryOf(doc) : undefined };
}

