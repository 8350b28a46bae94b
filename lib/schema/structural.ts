/**
 * Schema-guided passes over an object that JSON Schema cannot express:
 *
 * * structural defaulting (CRDs): `default` values are filled in before validation, as the
 *   API server does when it decodes a create request;
 * * `x-kubernetes-list-type: set | map` uniqueness;
 * * `x-kubernetes-validations` CEL rules, with values typed as the API server types them
 *   (integers as CEL int, numbers as double, objects and maps as maps).
 */
import { stableJson } from '../core/json';
import { CompiledRule, evaluateRule } from './cel/rules';
import { NodePlan, plannerFor, rulesOf } from './node-plan';
import { FieldPath, PathSegment, field, index, key, parseRuleFieldPath, renderPath, preview } from './problems';
import { SchemaNode, cloneJson, isObject, jsonView } from './schema-walk';

export { rulesOf };

type Definitions = { readonly [name: string]: SchemaNode };

/** Fills in `default` values of absent properties, recursively (including inside defaults). */
export function applyDefaults(value: unknown, node: SchemaNode | undefined, defs: Definitions): void {
  if (!node) return;
  fillDefaults(value, plannerFor(defs).plan(node), true);
}

/**
 * `value` with `default` values of absent properties filled in, like {@link applyDefaults},
 * without touching `value`: objects and lists on the way to a filled-in default are copied,
 * everything else is shared. Returns `value` itself when no default applies.
 */
export function withDefaults(value: unknown, node: SchemaNode | undefined, defs: Definitions): unknown {
  if (!node) return value;
  return fillDefaults(value, plannerFor(defs).plan(node), false);
}

function fillDefaults(value: unknown, plan: NodePlan, inPlace: boolean): unknown {
  if (value === null || typeof value !== 'object' || !plan.needsDefaults) return value;
  if (Array.isArray(value)) {
    const items = plan.items;
    if (!items) return value;
    let list = value;
    for (let i = 0; i < value.length; i++) {
      const v = fillDefaults(value[i], items, inPlace);
      if (v !== value[i]) {
        if (list === value) list = value.slice();
        list[i] = v;
      }
    }
    return list;
  }
  const original = value as { [k: string]: unknown };
  let obj = original;
  for (const [name, def] of plan.defaults) {
    if (obj[name] === undefined) {
      if (obj === original && !inPlace) obj = { ...original };
      // Filled in place, a default must be a copy of its own; filled into copies, it is never written to.
      obj[name] = inPlace ? copyDefault(def) : jsonView(def);
    }
  }
  for (const k of Object.keys(obj)) {
    const child = plan.child(k).plan;
    if (!child) continue;
    const v = obj[k];
    const filled = fillDefaults(v, child, inPlace);
    if (filled !== v) {
      if (obj === original) obj = { ...original };
      obj[k] = filled;
    }
  }
  return obj;
}

/** A fresh copy of a default value (strings, booleans and finite numbers are their own copy). */
function copyDefault(def: unknown): unknown {
  if (typeof def === 'string' || typeof def === 'boolean' || (typeof def === 'number' && Number.isFinite(def) && !Object.is(def, -0))) return def;
  return cloneJson(def);
}

/** A problem found by a structural pass, before the object's identity is attached. */
export interface RawProblem {
  readonly path: FieldPath;
  readonly message: string;
}

/**
 * Walks an object with its schema, reporting list-type duplicates and failing CEL rules, and
 * handing each object held by an `x-kubernetes-embedded-resource` node to `onEmbedded`.
 * Values at paths in `skip` (where the schema already found a type error) are not entered.
 * Subtrees whose schema has neither rules, list types nor embedded objects are not entered
 * either: there is nothing to report there.
 */
export function checkRulesAndLists(
  root: unknown, schema: SchemaNode, defs: Definitions, skip: ReadonlySet<string>, out: RawProblem[],
  onEmbedded?: (value: { [key: string]: unknown }, path: FieldPath) => void,
): void {
  const planner = plannerFor(defs);
  // The path of a value is made into a list only where it is used (a rule, a list type, an
  // embedded object, a type error to skip): a list copied for every value visited cost more than
  // the walk. `at` is the place: the root, or a segment below its parent place.
  type Place = undefined | { readonly up: Place; readonly segment: PathSegment; readonly depth: number };
  const pathOf = (at: Place): FieldPath => {
    if (!at) return [];
    const path = new Array<PathSegment>(at.depth);
    for (let p: Place = at; p; p = p.up) path[p.depth - 1] = p.segment;
    return path;
  };
  const visit = (value: unknown, plan: NodePlan | undefined, at: Place): void => {
    if (!plan || value === undefined || value === null || !plan.needsCheck) return;
    let path: FieldPath | undefined;
    const here = () => (path ??= pathOf(at));
    if (at && skip.size > 0 && skip.has(renderPath(here()))) return;

    if (plan.hasRules) {
      const rules = plan.rules();
      const self = toCelValue(value, plan, at === undefined);
      for (const rule of rules) report(rule, self, here, out);
    }
    if (plan.embedded && onEmbedded && at && isObject(value)) onEmbedded(value, here());

    const depth = at ? at.depth + 1 : 1;
    if (Array.isArray(value)) {
      if (plan.listType) checkListType(value, plan.resolved, here(), out);
      const items = plan.items;
      if (items && items.needsCheck) value.forEach((v, i) => visit(v, items, { up: at, segment: index(i), depth }));
    } else if (isObject(value)) {
      for (const k of Object.keys(value)) {
        const { plan: child, mapEntry } = plan.child(k);
        if (child && child.needsCheck) visit(value[k], child, { up: at, segment: mapEntry ? key(k) : field(k), depth });
      }
    }
  };
  visit(root, planner.plan(schema), undefined);
}

function report(rule: CompiledRule, self: unknown, pathOf: () => FieldPath, out: RawProblem[]): void {
  const outcome = evaluateRule(rule, self);
  if (outcome.status === 'pass' || outcome.status === 'skipped') return;
  const path = pathOf();
  const target = rule.source.fieldPath ? parseRuleFieldPath(rule.source.fieldPath) : [];
  const at = target ? [...path, ...target] : path;
  if (outcome.status === 'error') {
    out.push({ path: at, message: `CEL rule not evaluable: ${outcome.message} (rule: ${rule.source.rule})` });
  } else {
    out.push({ path: at, message: `${reasonPrefix(rule.source.reason)}: ${outcome.message}` });
  }
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

/**
 * Converts JSON data to CEL input following the schema: `integer` (and the integer side of
 * int-or-string) → CEL int (bigint), `number` → double; untyped data (preserved unknown
 * fields) maps integral numbers to int, like the API server's JSON decoding. At the root,
 * `metadata` carries only `name` and `generateName`, as on the API server.
 */
export function toCel(value: unknown, node: SchemaNode | undefined, defs: Definitions, isRoot = false): unknown {
  return toCelValue(value, node ? plannerFor(defs).plan(node) : undefined, isRoot);
}

function toCelValue(value: unknown, plan: NodePlan | undefined, isRoot: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (plan?.isNumber) return value;
    return Number.isInteger(value) ? BigInt(value) : value;
  }
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = plan?.items;
    return value.map((v) => toCelValue(v, items, false));
  }
  const out: { [k: string]: unknown } = {};
  for (const k of Object.keys(value)) {
    let v = (value as any)[k];
    if (isRoot && k === 'metadata' && isObject(v)) {
      v = Object.fromEntries(['name', 'generateName'].filter((n) => v[n] !== undefined).map((n) => [n, v[n]]));
    }
    if (v === undefined) continue;
    out[k] = toCelValue(v, plan?.child(k).plan, false);
  }
  return out;
}
