/**
 * Schema-guided passes over an object that JSON Schema cannot express:
 *
 * * structural defaulting (CRDs): `default` values are filled in before validation, as the
 *   API server does when it decodes a create request;
 * * `x-kubernetes-list-type: set | map` uniqueness;
 * * `x-kubernetes-validations` CEL rules, with values typed as the API server types them
 *   (integers as CEL int, numbers as double, objects and maps as maps).
 */
import { compileRule, evaluateRule, CelRule, CompiledRule } from './cel/rules';
import { childSchema, itemSchema, resolveNode } from './kind-schema';
import { FieldPath, field, index, key, parseRuleFieldPath, renderPath, preview } from './problems';
import { SchemaNode, cloneJson, isObject } from './schema-walk';

type Definitions = { readonly [name: string]: SchemaNode };

/** Fills in `default` values of absent properties, recursively (including inside defaults). */
export function applyDefaults(value: unknown, node: SchemaNode | undefined, defs: Definitions): void {
  if (!node || value === null || typeof value !== 'object') return;
  const r = resolveNode(node, defs);
  if (Array.isArray(value)) {
    const items = itemSchema(r, defs);
    if (items) value.forEach((v) => applyDefaults(v, items, defs));
    return;
  }
  const obj = value as { [k: string]: unknown };
  if (isObject(r.properties)) {
    for (const name of Object.keys(r.properties)) {
      const prop = resolveNode(r.properties[name], defs);
      const def = r.properties[name].default !== undefined ? r.properties[name].default : prop.default;
      if (obj[name] === undefined && def !== undefined) obj[name] = cloneJson(def);
    }
  }
  for (const k of Object.keys(obj)) {
    const { schema } = childSchema(r, k, defs);
    applyDefaults(obj[k], schema, defs);
  }
}

/** A problem found by a structural pass, before the object's identity is attached. */
export interface RawProblem {
  readonly path: FieldPath;
  readonly message: string;
}

const compiledRules = new WeakMap<SchemaNode, CompiledRule[]>();

/** The compiled rules of a schema node (cached per node). */
export function rulesOf(node: SchemaNode): CompiledRule[] {
  let rules = compiledRules.get(node);
  if (!rules) {
    const raw: CelRule[] = Array.isArray(node['x-kubernetes-validations']) ? node['x-kubernetes-validations'] : [];
    rules = raw.filter((r) => isObject(r) && typeof r.rule === 'string').map((r) => compileRule(r));
    compiledRules.set(node, rules);
  }
  return rules;
}

/**
 * Walks an object with its schema, reporting list-type duplicates and failing CEL rules.
 * Values at paths in `skip` (where the schema already found a type error) are not entered.
 */
export function checkRulesAndLists(root: unknown, schema: SchemaNode, defs: Definitions, skip: ReadonlySet<string>, out: RawProblem[]): void {
  const visit = (value: unknown, node: SchemaNode | undefined, path: FieldPath): void => {
    if (!node || value === undefined || value === null) return;
    if (path.length > 0 && skip.has(renderPath(path))) return;
    const r = resolveNode(node, defs);

    const rules = [...rulesOf(node), ...(r !== node ? rulesOf(r) : [])];
    const self = rules.length > 0 ? toCel(value, node, defs, path.length === 0) : undefined;
    for (const rule of rules) {
      const outcome = evaluateRule(rule, self);
      if (outcome.status === 'pass' || outcome.status === 'skipped') continue;
      const target = rule.source.fieldPath ? parseRuleFieldPath(rule.source.fieldPath) : [];
      const at = target ? [...path, ...target] : path;
      if (outcome.status === 'error') {
        out.push({ path: at, message: `CEL rule not evaluable: ${outcome.message} (rule: ${rule.source.rule})` });
      } else {
        out.push({ path: at, message: `${reasonPrefix(rule.source.reason)}: ${outcome.message}` });
      }
    }

    if (Array.isArray(value)) {
      checkListType(value, r, path, out);
      const items = itemSchema(r, defs);
      value.forEach((v, i) => visit(v, items, [...path, index(i)]));
    } else if (isObject(value)) {
      for (const k of Object.keys(value)) {
        const { schema: child, mapEntry } = childSchema(r, k, defs);
        visit(value[k], child, [...path, mapEntry ? key(k) : field(k)]);
      }
    }
  };
  visit(root, schema, []);
}

function reasonPrefix(reason: string | undefined): string {
  switch (reason) {
    case 'FieldValueRequired': return 'Required value';
    case 'FieldValueForbidden': return 'Forbidden';
    case 'FieldValueDuplicate': return 'Duplicate value';
    default: return 'Invalid value';
  }
}

function checkListType(list: unknown[], node: SchemaNode, path: FieldPath, out: RawProblem[]): void {
  const type = node['x-kubernetes-list-type'];
  if (type === 'set') {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const k = stableJson(item);
      if (seen.has(k)) out.push({ path: [...path, index(i)], message: `Duplicate value: ${preview(item)}` });
      seen.add(k);
    });
  } else if (type === 'map' && Array.isArray(node['x-kubernetes-list-map-keys'])) {
    const keys: string[] = node['x-kubernetes-list-map-keys'];
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (!isObject(item)) return;
      const k = stableJson(Object.fromEntries(keys.map((name) => [name, item[name] ?? null])));
      if (seen.has(k)) out.push({ path: [...path, index(i)], message: `Duplicate value: ${k}` });
      seen.add(k);
    });
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/**
 * Converts JSON data to CEL input following the schema: `integer` (and the integer side of
 * int-or-string) → CEL int (bigint), `number` → double; untyped data (preserved unknown
 * fields) maps integral numbers to int, like the API server's JSON decoding. At the root,
 * `metadata` carries only `name` and `generateName`, as on the API server.
 */
export function toCel(value: unknown, node: SchemaNode | undefined, defs: Definitions, isRoot = false): unknown {
  if (value === null || value === undefined) return null;
  const r = node ? resolveNode(node, defs) : undefined;
  if (typeof value === 'number') {
    if (r?.type === 'number') return value;
    return Number.isInteger(value) ? BigInt(value) : value;
  }
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = r ? itemSchema(r, defs) : undefined;
    return value.map((v) => toCel(v, items, defs));
  }
  const out: { [k: string]: unknown } = {};
  for (const k of Object.keys(value)) {
    let v = (value as any)[k];
    if (isRoot && k === 'metadata' && isObject(v)) {
      v = Object.fromEntries(['name', 'generateName'].filter((n) => v[n] !== undefined).map((n) => [n, v[n]]));
    }
    if (v === undefined) continue;
    out[k] = toCel(v, r ? childSchema(r, k, defs).schema : undefined, defs);
  }
  return out;
}
