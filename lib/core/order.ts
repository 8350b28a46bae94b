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

/** Above this length {@link sortStrings} hands over to `Array.prototype.sort`. */
const INSERTION_SORT_MAX = 24;

/**
 * Sorts strings in place by their UTF-16 code units (the order of `sort()` without a comparator
 * and of {@link compareStrings}) and returns the array. Short lists — the keys of one object,
 * sorted by the hundred thousand in a large synth — are sorted by insertion, which needs no
 * scratch memory; `sort()` allocates a work array on every call.
 */
export function sortStrings(strings: string[]): string[] {
  if (strings.length > INSERTION_SORT_MAX) return strings.sort();
  for (let i = 1; i < strings.length; i++) {
    const s = strings[i];
    let j = i - 1;
    if (!(strings[j] > s)) continue;
    do {
      strings[j + 1] = strings[j];
      j--;
    } while (j >= 0 && strings[j] > s);
    strings[j + 1] = s;
  }
  return strings;
}
