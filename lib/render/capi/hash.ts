/**
 * Content hashes for immutable Cluster API templates.
 *
 * Machine and bootstrap templates must not be edited once machines use them: Cluster API
 * rolls machines only when a MachineDeployment points at a different template. So a template
 * is named after a short hash of its spec; any change gives a new name, and the
 * MachineDeployment that references it is repointed, which starts a rolling update.
 */
import { sha256Hex } from '../../core/hash';
import { stableJson } from '../../core/json';

/** Length of the hash suffix in template names. */
export const TEMPLATE_HASH_LENGTH = 8;

/** A short, stable hash of a JSON value (map key order and undefined values do not matter). */
export function contentHash(value: unknown): string {
  return sha256Hex(stableJson(value)).slice(0, TEMPLATE_HASH_LENGTH);
}
