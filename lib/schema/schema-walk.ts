/**
 * Helpers that know which keys of an OpenAPI / JSON Schema node hold sub-schemas, so that a
 * property *named* `description` or `default` is never mistaken for a schema keyword.
 */
import { cloneJson, isObject } from '../core/json';

export { cloneJson, isObject };

/** A JSON schema node as read from a CRD or an OpenAPI document. */
export type SchemaNode = { [key: string]: any };

/** Keys whose value is a map from names to sub-schemas. */
const SCHEMA_MAP_KEYS = ['properties', 'patternProperties', 'definitions', '$defs'];
/** Keys whose value is a single sub-schema (or, for `items`, possibly an array of them). */
const SCHEMA_KEYS = ['items', 'additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
/** Keys whose value is an array of sub-schemas. */
const SCHEMA_ARRAY_KEYS = ['allOf', 'anyOf', 'oneOf'];

/**
 * Calls `fn` for every direct sub-schema of `node`, with the keyword that holds it and, for
 * maps, the entry name. Values that are not objects (e.g. `additionalProperties: false`) are
 * skipped.
 */
export function forEachSubschema(node: SchemaNode, fn: (child: SchemaNode, keyword: string, name?: string) => void): void {
  for (const key of SCHEMA_MAP_KEYS) {
    const map = node[key];
    if (isObject(map)) {
      for (const name of Object.keys(map)) {
        if (isObject(map[name])) fn(map[name], key, name);
      }
    }
  }
  for (const key of SCHEMA_KEYS) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((v) => isObject(v) && fn(v, key));
    else if (isObject(value)) fn(value, key);
  }
  for (const key of SCHEMA_ARRAY_KEYS) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((v) => isObject(v) && fn(v, key));
  }
  const deps = node.dependencies;
  if (isObject(deps)) {
    for (const name of Object.keys(deps)) {
      if (isObject(deps[name])) fn(deps[name], 'dependencies', name);
    }
  }
}

/**
 * Removes every `description` keyword from a schema tree, in place, and returns the tree.
 * Property names (keys of `properties`) are left alone, so a field called `description`
 * survives.
 */
export function stripDescriptions<T extends SchemaNode>(schema: T): T {
  const seen = new Set<SchemaNode>();
  const visit = (node: SchemaNode) => {
    if (seen.has(node)) return;
    seen.add(node);
    delete node.description;
    forEachSubschema(node, visit);
  };
  visit(schema);
  return schema;
}


/**
 * `value` as JSON sees it — what `cloneJson(value)` returns — without copying what JSON would
 * keep as it is: plain objects and arrays are shared unless something inside them changes
 * (undefined, function and symbol values dropped from objects and turned into null in arrays,
 * holes into null, -0 into 0, non-finite numbers into null). Anything else JSON treats
 * specially (class instances and null-prototype objects, `toJSON`, bigint, a `__proto__` key,
 * inherited properties) is left to `cloneJson`. Objects are taken to be plain data (no non-enumerable properties).
 */
export function jsonView<T>(value: T): T {
  try {
    return viewOf(value) as T;
  } catch (err) {
    if (err === NOT_PLAIN) return cloneJson(value);
    throw err;
  }
}

const NOT_PLAIN = new Error('not plain JSON data');

/** JSON's value for an array element or object property; undefined when an object leaves it out. */
function viewOf(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) throw NOT_PLAIN;
        let out: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          const v = i in value ? value[i] : undefined;
          let w = viewOf(v);
          if (w === undefined) w = null;
          if (!Object.is(w, v) && !out) out = value.slice(0, i);
          if (out) out.push(w);
        }
        return out ?? value;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) throw NOT_PLAIN;
      const obj = value as { [k: string]: unknown };
      let out: { [k: string]: unknown } | undefined;
      let seen = 0;
      for (const k in obj) {
        if (!Object.prototype.hasOwnProperty.call(obj, k) || k === '__proto__' || k === 'toJSON') throw NOT_PLAIN;
        const v = obj[k];
        const w = viewOf(v);
        if (!out && (w === undefined || !Object.is(w, v))) {
          out = {};
          let i = 0;
          for (const before in obj) {
            if (i++ === seen) break;
            out[before] = obj[before];
          }
        }
        if (out && w !== undefined) out[k] = w;
        seen++;
      }
      return out ?? obj;
    }
    default:
      throw NOT_PLAIN;
  }
}
