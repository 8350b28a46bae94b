/**
 * Helpers that know which keys of an OpenAPI / JSON Schema node hold sub-schemas, so that a
 * property *named* `description` or `default` is never mistaken for a schema keyword.
 */

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

/** True for plain objects (not arrays, not null). */
export function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of JSON data. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
