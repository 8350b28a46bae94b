/**
 * Lazy compilation of large schemas.
 *
 * A CRD such as Kamaji's TenantControlPlane embeds whole pod templates: Ajv turns it into
 * megabytes of code although the objects seedbed renders touch a small part of it. The
 * translated schema is therefore split: every large subtree below `properties`,
 * `additionalProperties` or `items` becomes a stub (`{ "x-seedbed-lazy": <part> }`) and a
 * part of its own, compiled the first time an object has a value there.
 *
 * What an object is checked against does not change. Ajv only enters a property's schema
 * when the property is present, so a stub runs exactly when the subtree would have; the part
 * reports the errors the subtree would have reported, with the same instance paths (the
 * part's validator is called with the stub's data context) and the same schema paths (the
 * part's own paths, prefixed with where the part sits). Subtrees are only split off where
 * nothing depends on their outcome: never inside `allOf`/`anyOf`/`oneOf`/`not`, and never
 * when they hold a `$ref` (whose error paths and resolution belong to the root).
 */
import { SchemaNode, isObject } from './schema-walk';

/** The keyword of a stub; its value is the index of the part it stands for. */
export const LAZY_KEYWORD = 'x-seedbed-lazy';

/** A subtree split off a schema. */
export interface LazyPart {
  /** The subtree as a schema of its own (large subtrees inside it are stubs too). */
  readonly schema: SchemaNode;
  /** Where the subtree sits in the whole schema, written as Ajv writes error schema paths. */
  readonly schemaPath: string;
}

/**
 * Splits the subtrees of at least `minNodes` schema nodes off `root`; `addPart` stores a
 * part and returns its index. Returns the root with stubs (definitions untouched).
 */
export function splitSchema(root: SchemaNode, minNodes: number, addPart: (part: LazyPart) => number): SchemaNode {
  const sizes = new Map<SchemaNode, { nodes: number; refs: boolean }>();
  const measure = (node: SchemaNode): { nodes: number; refs: boolean } => {
    let m = sizes.get(node);
    if (!m) {
      m = { nodes: 1, refs: node.$ref !== undefined };
      for (const child of subschemas(node)) {
        const c = measure(child);
        m.nodes += c.nodes;
        m.refs ||= c.refs;
      }
      sizes.set(node, m);
    }
    return m;
  };

  /** A copy of `node` whose large property/item subtrees are stubs or split further. */
  const split = (node: SchemaNode, path: string): SchemaNode => {
    const copy: SchemaNode = { ...node };
    if (isObject(node.properties)) {
      const props = node.properties;
      copy.properties = Object.fromEntries(Object.keys(props).map((name) => [name, child(props[name], `${path}/properties/${escapeFragment(name)}`)]));
    }
    if (isObject(node.additionalProperties)) copy.additionalProperties = child(node.additionalProperties, `${path}/additionalProperties`);
    if (isObject(node.items)) copy.items = child(node.items, `${path}/items`);
    return copy;
  };

  const child = (node: unknown, path: string): unknown => {
    if (!isObject(node)) return node;
    const m = measure(node);
    if (m.nodes < minNodes) return node;
    // A large subtree holding a $ref stays in place; its $ref-free subtrees may still split.
    if (m.refs) return split(node, path);
    return { [LAZY_KEYWORD]: addPart({ schema: split(node, path), schemaPath: path }) };
  };

  return split(root, '#');
}

/** Direct sub-schemas, as the translator writes them (definitions excluded). */
function subschemas(node: SchemaNode): SchemaNode[] {
  const out: SchemaNode[] = [];
  if (isObject(node.properties)) for (const name of Object.keys(node.properties)) if (isObject(node.properties[name])) out.push(node.properties[name]);
  if (isObject(node.additionalProperties)) out.push(node.additionalProperties);
  if (isObject(node.items)) out.push(node.items);
  else if (Array.isArray(node.items)) out.push(...node.items.filter(isObject));
  for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(node[key])) out.push(...node[key].filter(isObject));
  if (isObject(node.not)) out.push(node.not);
  return out;
}

/** A property name as a URI fragment segment of a JSON pointer (what Ajv puts in schema paths). */
function escapeFragment(name: string): string {
  return encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/**
 * A copy of a schema tree (definitions excluded) whose `$ref`s starting with `from` start with
 * `to` instead; nodes without such references below them are shared, not copied.
 */
export function retargetRefs(node: SchemaNode, from: string, to: string): SchemaNode {
  let copy: SchemaNode | undefined;
  const set = (key: string, value: unknown) => {
    copy ??= { ...node };
    copy[key] = value;
  };
  if (typeof node.$ref === 'string' && node.$ref.startsWith(from)) set('$ref', to + node.$ref.slice(from.length));
  const one = (child: unknown) => (isObject(child) ? retargetRefs(child, from, to) : child);
  const many = (children: unknown[]) => {
    const out = children.map(one);
    return out.some((c, i) => c !== children[i]) ? out : children;
  };
  if (isObject(node.properties)) {
    const names = Object.keys(node.properties);
    const props = many(names.map((n) => node.properties[n]));
    if (props !== undefined && props.some((p, i) => p !== node.properties[names[i]])) set('properties', Object.fromEntries(names.map((n, i) => [n, props[i]])));
  }
  for (const key of ['additionalProperties', 'not']) {
    if (isObject(node[key])) {
      const c = one(node[key]);
      if (c !== node[key]) set(key, c);
    }
  }
  if (isObject(node.items)) {
    const c = one(node.items);
    if (c !== node.items) set('items', c);
  } else if (Array.isArray(node.items)) {
    const c = many(node.items);
    if (c !== node.items) set('items', c);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(node[key])) {
      const c = many(node[key]);
      if (c !== node[key]) set(key, c);
    }
  }
  return copy ?? node;
}

/** Every `pattern` of a translated schema tree, definitions included. */
export function patternsOf(root: SchemaNode): string[] {
  const out: string[] = [];
  const seen = new Set<SchemaNode>();
  const visit = (node: SchemaNode) => {
    if (seen.has(node)) return;
    seen.add(node);
    if (typeof node.pattern === 'string') out.push(node.pattern);
    subschemas(node).forEach(visit);
    if (isObject(node.definitions)) for (const name of Object.keys(node.definitions)) if (isObject(node.definitions[name])) visit(node.definitions[name]);
  };
  visit(root);
  return out;
}
