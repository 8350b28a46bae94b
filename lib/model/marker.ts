/**
 * Type markers for the `isX` checks of the model's constructs. A marker is a property keyed by a
 * global symbol (`Symbol.for('seedbed.<Kind>')`), so a check answers the same for objects made by
 * another copy of seedbed in `node_modules` — where `instanceof` says no. Internal: not exported
 * from the package.
 */

/** The global symbol that marks constructs of one kind: `Symbol.for('seedbed.<kind>')`. */
export function markerOf(kind: string): symbol {
  return Symbol.for(`seedbed.${kind}`);
}

/** Marks `obj` with `marker` (a non-enumerable, read-only property). */
export function mark(obj: object, marker: symbol): void {
  Object.defineProperty(obj, marker, { value: true });
}

/** Whether `x` is an object carrying `marker`. */
export function hasMarker(x: unknown, marker: symbol): boolean {
  return x !== null && typeof x === 'object' && marker in x;
}
