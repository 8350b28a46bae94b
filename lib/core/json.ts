/**
 * Helpers for plain JSON data, shared by the schema check and the renderers.
 */
import { compareStrings } from './order';

/** True for plain objects (not arrays, not null). */
export function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of JSON data. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

/** JSON text with object keys sorted at every level: equal data gives equal text. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (isObject(v)) return Object.fromEntries(Object.keys(v).sort(compareStrings).map((k) => [k, sort(v[k])]));
    return v;
  };
  return JSON.stringify(sort(value));
}
