/**
 * Helpers for plain JSON data, shared by the schema check, the renderers and the output.
 */
import { sortStrings } from './order';

/** True for plain objects (not arrays, not null). */
export function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of JSON data. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

/**
 * A deep copy of data a user passes in, as JSON would copy it (undefined members dropped, undefined
 * list items as null), except that what JSON would lose or crash on is kept as it is, for the
 * props check to report with its field path: a `Map`, `Set` or class instance (JSON: `{}`), a
 * BigInt or a function, a cycle (kept as a cycle), an own `__proto__` key (kept as a key).
 */
export function copyData<T>(value: T): T {
  return copyDataIn(value, new Map()) as T;
}

function copyDataIn(value: unknown, copies: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (copies.has(value)) return copies.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const v of value) out.push(v === undefined ? null : copyDataIn(v, copies));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    // An own `__proto__` key (JSON.parse makes one) would set the copy's prototype if assigned: kept as a key, for the props check to refuse.
    if (k === '__proto__') Object.defineProperty(out, k, { value: copyDataIn(v, copies), enumerable: true, writable: true, configurable: true });
    else out[k] = copyDataIn(v, copies);
  }
  return out;
}

/** A deep copy with map keys sorted and undefined values dropped. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of sortStrings(Object.keys(value as object))) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** JSON text with object keys sorted at every level ({@link canonical}): equal data gives equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}
