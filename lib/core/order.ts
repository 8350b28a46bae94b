/**
 * The order seedbed sorts strings in wherever output, errors or reports depend on it.
 */

/**
 * Compares two strings by their UTF-16 code units, as `<` does: the same result on every machine
 * and in every locale (unlike `localeCompare`), so sorted output is byte-identical everywhere.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
