/**
 * `fleet.json`: the inventory of a rendered fleet — seeds, shoots, versions, placements and
 * content hashes. The next synth reads it back so placements and DataStores never move.
 */
import { FleetInventory, InventoryShoot, ResolvedFleet } from '../resolve/model';
import { sha256Hex } from '../core/hash';
import { stableJson } from '../core/json';

import { INVENTORY_FILE } from '../layout';

export { INVENTORY_FILE } from '../layout';

/** Stands for a shoot's CloudProfile in the hashed text until the profile's own text is put in. */
const PROFILE_MARK = '\u0000seedbed-cloud-profile\u0000';

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
  const { cloudProfile, infrastructure: _i, apiServer: _a, controlPlaneMachine: _c, dataStoreSchema: _s, dataStoreUsername: _u, workers, ...others } = shoot;
  const rest = { ...others, workers: workers.map(({ imageReference: _r, ...w }) => w) };
  const profile = { name: cloudProfile.name, props: cloudProfile.props };
  // The CloudProfile (often the larger part) is written once per profile, not once per shoot
  // (`profileTexts`, for the shoots of one fleet); the text hashed is the same either way.
  let profileText = profileTexts.get(cloudProfile);
  if (profileText === undefined) {
    profileText = stableJson(profile);
    profileTexts.set(cloudProfile, profileText);
  }
  const parts = stableJson({ ...rest, cloudProfile: PROFILE_MARK }).split(`"cloudProfile":${JSON.stringify(PROFILE_MARK)}`);
  return sha256Hex(parts.length === 2 ? `${parts[0]}"cloudProfile":${profileText}${parts[1]}` : stableJson({ ...rest, cloudProfile: profile }));
}

/**
 * The inventory document of a fleet. `files` are the output files seedbed wrote and owns besides
 * fleet.json (sorted): the only files a later synth may overwrite or remove.
 */
export function buildInventory(fleet: ResolvedFleet, files?: readonly string[]): unknown {
  const shoots: Record<string, InventoryShoot & Record<string, unknown>> = {};
  const profileTexts = new Map<object, string>();
  for (const s of fleet.shoots) {
    const seed = fleet.seeds.find((x) => x.name === s.seed);
    shoots[s.key] = {
      project: s.project,
      name: s.name,
      seed: s.seed,
      backend: s.backend,
      dataStore: s.dataStore,
      dataStoreDriver: s.dataStore ? seed?.dataStores.find((d) => d.name === s.dataStore)?.driver : undefined,
      kubernetesVersion: s.kubernetesVersion,
      provider: s.provider,
      region: s.region,
      // What Gardener refuses to change on an existing Shoot (validate/gardener.ts validateGardenerShootUpdate).
      cloudProfile: s.cloudProfile.name,
      networking: { type: s.networking.type, pods: s.networking.pods, services: s.networking.services, nodes: s.networking.nodes },
      dnsDomain: s.dnsDomain,
      purpose: s.purpose,
      failureTolerance: s.failureTolerance,
      contentHash: shootHash(s, profileTexts),
      workers: Object.fromEntries(s.workers.map((w) => [w.name, {
        kubernetesVersion: w.kubernetesVersion,
        image: `${w.image.name}@${w.image.version}`,
        machineType: w.machineType.name,
        minimum: w.minimum,
        maximum: w.maximum,
        provisioner: w.provisioner,
        zones: w.zones,
      }])),
    };
  }
  return {
    apiVersion: 'seedbed.io/v1alpha1',
    kind: 'FleetInventory',
    fleet: fleet.name,
    repository: { url: fleet.repository.url, branch: fleet.repository.branch, path: fleet.repository.path },
    gitOpsEngine: fleet.gitOpsEngine,
    seeds: fleet.seeds.map((s) => ({
      name: s.name,
      provider: s.provider,
      region: s.region,
      capacity: s.capacity,
      shoots: s.shoots.length,
      dataStores: s.dataStores.map((d) => ({ name: d.name, driver: d.driver, capacity: d.capacity, shoots: d.shoots.length })),
    })),
    shoots,
    ...(files ? { files: [...files].sort() } : {}),
  };
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
