/**
 * Lookups into a resolved fleet that the pipeline makes per shoot or per seed: built once per
 * fleet, so that a lookup per shoot is not a scan of every shoot (quadratic at fleet scale: at
 * 10,000 shoots a scan per shoot is 50 million comparisons, each time a check asks).
 *
 * A resolved fleet is plain data that nothing changes once it is resolved; the index is keyed by
 * the fleet object itself, so two fleets (even with the same shoot keys) never share one.
 */
import { ResolvedFleet, ResolvedShoot } from '../resolve/model';

interface Index {
  /** The array and length the index was built from: a fleet whose list was replaced or grew is indexed again. */
  readonly shoots: readonly ResolvedShoot[];
  readonly length: number;
  readonly byKey: ReadonlyMap<string, ResolvedShoot>;
}

const indexes = new WeakMap<ResolvedFleet, Index>();

/**
 * The fleet's shoots by key. With two shoots of the same key (which validation refuses) the first
 * one wins, as `fleet.shoots.find((s) => s.key === key)` would have it.
 */
export function shootsByKey(fleet: ResolvedFleet): ReadonlyMap<string, ResolvedShoot> {
  const index = indexes.get(fleet);
  if (index && index.shoots === fleet.shoots && index.length === fleet.shoots.length) return index.byKey;
  const byKey = new Map<string, ResolvedShoot>();
  for (const s of fleet.shoots) if (!byKey.has(s.key)) byKey.set(s.key, s);
  indexes.set(fleet, { shoots: fleet.shoots, length: fleet.shoots.length, byKey });
  return byKey;
}
