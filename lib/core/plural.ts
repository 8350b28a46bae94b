/**
 * Counts in messages: "1 seed", "2 seeds", "0 Terraform stacks". One helper, so that no message
 * says "1 seeds".
 */

/**
 * `n` followed by the noun, singular for exactly one and plural otherwise (`plural` when the noun
 * does not take an `s`).
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
