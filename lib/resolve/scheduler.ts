/**
 * Seed scheduling at synth time, after Gardener's scheduler: filter the seeds that can host a
 * shoot, keep the nearest region, pick the least used; ties by name. Shoots keep the seed the
 * previous synth gave them, so adding a shoot never moves another.
 */
import { FailureToleranceType, ProviderType } from '../core/types';
import { Seed } from '../model/seed';
import { SeedSelector, Toleration } from '../model/shoot';
import { RegionDistance, SchedulingStrategy } from '../model/garden';

/** What the scheduler needs to know about a shoot. */
export interface SchedulingRequest {
  readonly key: string;
  readonly provider: ProviderType;
  readonly region: string;
  readonly failureTolerance: FailureToleranceType;
  readonly seedSelector?: SeedSelector;
  readonly tolerations?: Toleration[];
  /** Seed named by the fleet definition. */
  readonly pinned?: Seed;
  /** Seed from the previous synth. */
  readonly previous?: string;
}

export interface SchedulingResult {
  /** Seed name per shoot key, for the shoots that could be placed. */
  readonly placements: Map<string, string>;
  /** Why a shoot could not be placed, per shoot key. */
  readonly unschedulable: Map<string, string>;
  /** Shoots per seed name. */
  readonly load: Map<string, number>;
}

/** Why `seed` cannot host the shoot, or undefined when it can (capacity aside). */
export function seedMismatch(seed: Seed, req: SchedulingRequest): string | undefined {
  const providers = req.seedSelector?.providerTypes ?? [req.provider];
  if (!providers.includes(seed.props.provider)) return `provider ${seed.props.provider} is not ${providers.join(' or ')}`;
  for (const [k, v] of Object.entries(req.seedSelector?.matchLabels ?? {})) {
    if ((seed.props.labels ?? {})[k] !== v) return `label ${k}=${v} does not match`;
  }
  for (const t of seed.props.taints ?? []) {
    const tolerated = (req.tolerations ?? []).some((tol) => tol.key === t.key && (tol.value === undefined || tol.value === t.value));
    if (!tolerated) return `taint ${t.key}${t.value !== undefined ? `=${t.value}` : ''} is not tolerated`;
  }
  if (req.failureTolerance === FailureToleranceType.ZONE && seed.zones.length < 3) {
    return `zone failure tolerance needs a seed with 3 zones (it has ${seed.zones.length})`;
  }
  return undefined;
}

function distance(from: string, to: string, table: readonly RegionDistance[]): number {
  if (from === to) return 0;
  const entry = table.find((d) => (d.from === from && d.to === to) || (d.from === to && d.to === from));
  // A distance that is not a non-negative number (reported by the garden checks) makes the region unreachable.
  return entry && entry.distance >= 0 ? entry.distance : Number.POSITIVE_INFINITY;
}

/**
 * Places every shoot. Pinned shoots go to their seed; shoots placed before stay; the rest are
 * taken in key order and each goes to the least used eligible seed in the nearest region.
 */
export function schedule(
  seeds: readonly Seed[], requests: readonly SchedulingRequest[], strategy: SchedulingStrategy, distances: readonly RegionDistance[],
): SchedulingResult {
  const placements = new Map<string, string>();
  const unschedulable = new Map<string, string>();
  const load = new Map<string, number>(seeds.map((s) => [s.name, 0]));
  const byName = new Map(seeds.map((s) => [s.name, s]));
  const sorted = [...requests].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const place = (key: string, seed: string) => {
    placements.set(key, seed);
    load.set(seed, (load.get(seed) ?? 0) + 1);
  };

  for (const req of sorted) {
    if (req.pinned) place(req.key, req.pinned.name);
  }
  for (const req of sorted) {
    if (req.pinned || !req.previous) continue;
    const seed = byName.get(req.previous);
    if (seed && seed.props.provider === req.provider) place(req.key, seed.name);
  }
  for (const req of sorted) {
    if (placements.has(req.key)) continue;
    const reasons: string[] = [];
    const eligible: Array<{ seed: Seed; d: number }> = [];
    for (const seed of [...seeds].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (seed.props.visible === false) {
        reasons.push(`${seed.name}: not visible to the scheduler`);
        continue;
      }
      const why = seedMismatch(seed, req);
      if (why) {
        reasons.push(`${seed.name}: ${why}`);
        continue;
      }
      const d = strategy === SchedulingStrategy.MINIMAL_DISTANCE ? distance(req.region, seed.props.region, distances)
        : seed.props.region === req.region ? 0 : Number.POSITIVE_INFINITY;
      if (d === Number.POSITIVE_INFINITY) {
        reasons.push(`${seed.name}: region ${seed.props.region} ${strategy === SchedulingStrategy.SAME_REGION ? `is not ${req.region}` : `has no distance to ${req.region}`}`);
        continue;
      }
      if ((load.get(seed.name) ?? 0) >= seed.capacity) {
        reasons.push(`${seed.name}: full (${seed.capacity} shoots)`);
        continue;
      }
      eligible.push({ seed, d });
    }
    if (eligible.length === 0) {
      unschedulable.set(req.key, reasons.length ? reasons.join('; ') : 'the fleet has no seeds');
      continue;
    }
    const nearest = Math.min(...eligible.map((e) => e.d));
    const best = eligible.filter((e) => e.d === nearest)
      .sort((a, b) => (load.get(a.seed.name)! - load.get(b.seed.name)!) || (a.seed.name < b.seed.name ? -1 : 1))[0];
    place(req.key, best.seed.name);
  }
  return { placements, unschedulable, load };
}
