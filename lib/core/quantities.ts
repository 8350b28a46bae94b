/**
 * Quantities as Kubernetes writes them.
 */

/** A count or percentage as Kubernetes writes it: a number, or a string like `25%`. */
export function intOrPercentValue(v: { readonly value: number; readonly isPercent: boolean }): number | string {
  return v.isPercent ? `${v.value}%` : v.value;
}
