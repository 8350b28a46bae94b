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
