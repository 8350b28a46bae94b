/**
 * What the structural passes need to know about a schema node, worked out once per node
 * instead of on every value that passes it: the node `$ref`s resolve to, the child node of a
 * property or map key, the item node, the defaults it fills in, its CEL rules, and whether
 * anything at or below it has rules, list types or defaults at all — so that the passes can
 * leave subtrees alone where they would find nothing to do.
 */
import { CelRule, CompiledRule, compileRule } from './cel/rules';
import { resolveNode } from './kind-schema';
import { SchemaNode, isObject } from './schema-walk';

type Definitions = { readonly [name: string]: SchemaNode };

/** The schema of a property or map key, and whether it is a map entry. */
export interface ChildPlan {
  readonly plan?: NodePlan;
  readonly mapEntry: boolean;
}

const NO_CHILD: ChildPlan = { mapEntry: false };
const UNTYPED_ENTRY: ChildPlan = { mapEntry: true };

const compiledRules = new WeakMap<SchemaNode, CompiledRule[]>();

/** The compiled rules of a schema node (cached per node). */
export function rulesOf(node: SchemaNode): CompiledRule[] {
  let rules = compiledRules.get(node);
  if (!rules) {
    rules = ruleEntries(node).map((r) => compileRule(r));
    compiledRules.set(node, rules);
  }
  return rules;
}

function ruleEntries(node: SchemaNode): CelRule[] {
  const raw: unknown[] = Array.isArray(node['x-kubernetes-validations']) ? node['x-kubernetes-validations'] : [];
  return raw.filter((r): r is CelRule => isObject(r) && typeof r.rule === 'string');
}

/** One schema node as the structural passes see it. */
export class NodePlan {
  /** The node carrying the structure (`$ref`s and kube-openapi's allOf wrapper followed). */
  public readonly resolved: SchemaNode;
  /** Whether the node has CEL rules (on itself or on the node it resolves to). */
  public readonly hasRules: boolean;
  /** `x-kubernetes-list-type` when it asks for a uniqueness check (`set`, or `map` with keys). */
  public readonly listType?: 'set' | 'map';
  /** Whether the resolved node says `type: number` (CEL double rather than int). */
  public readonly isNumber: boolean;
  /** Whether the node holds a whole Kubernetes object (`x-kubernetes-embedded-resource`). */
  public readonly embedded: boolean;

  private rulesCache?: CompiledRule[];
  private readonly children = new Map<string, ChildPlan>();
  private otherChild?: ChildPlan;
  private itemsPlan?: NodePlan | null;
  private defaultsCache?: ReadonlyArray<readonly [string, unknown]>;
  private checkWork?: boolean;
  private defaultWork?: boolean;

  constructor(public readonly node: SchemaNode, private readonly planner: Planner) {
    const r = resolveNode(node, planner.definitions);
    this.resolved = r;
    this.hasRules = ruleEntries(node).length > 0 || (r !== node && ruleEntries(r).length > 0);
    const listType = r['x-kubernetes-list-type'];
    if (listType === 'set' || (listType === 'map' && Array.isArray(r['x-kubernetes-list-map-keys']))) this.listType = listType;
    this.isNumber = r.type === 'number';
    this.embedded = r['x-kubernetes-embedded-resource'] === true || node['x-kubernetes-embedded-resource'] === true;
  }

  /** The rules of the node, then those of the node it resolves to. */
  public rules(): CompiledRule[] {
    this.rulesCache ??= this.resolved !== this.node ? [...rulesOf(this.node), ...rulesOf(this.resolved)] : rulesOf(this.node);
    return this.rulesCache;
  }

  /** The schema of property or map key `key` (as `childSchema` finds it). */
  public child(key: string): ChildPlan {
    const r = this.resolved;
    if (isObject(r.properties) && isObject(r.properties[key])) {
      let c = this.children.get(key);
      if (!c) {
        c = { plan: this.planner.plan(r.properties[key]), mapEntry: false };
        this.children.set(key, c);
      }
      return c;
    }
    if (!this.otherChild) {
      if (isObject(r.additionalProperties)) this.otherChild = { plan: this.planner.plan(r.additionalProperties), mapEntry: true };
      else this.otherChild = r.additionalProperties === true ? UNTYPED_ENTRY : NO_CHILD;
    }
    return this.otherChild;
  }

  /** The schema of list items, if the node has one. */
  public get items(): NodePlan | undefined {
    if (this.itemsPlan === undefined) this.itemsPlan = isObject(this.resolved.items) ? this.planner.plan(this.resolved.items) : null;
    return this.itemsPlan ?? undefined;
  }

  /** Defaults of the node's properties, in property order. */
  public get defaults(): ReadonlyArray<readonly [string, unknown]> {
    if (!this.defaultsCache) {
      const out: Array<readonly [string, unknown]> = [];
      const props = this.resolved.properties;
      if (isObject(props)) {
        for (const name of Object.keys(props)) {
          const prop = resolveNode(props[name], this.planner.definitions);
          const def = props[name].default !== undefined ? props[name].default : prop.default;
          if (def !== undefined) out.push([name, def]);
        }
      }
      this.defaultsCache = out;
    }
    return this.defaultsCache;
  }

  /** Whether rules, list types or embedded objects exist at or below this node. */
  public get needsCheck(): boolean {
    if (this.checkWork === undefined) {
      // While this node's subtree is being looked at (recursive schemas), count it as work:
      // a wrong "yes" only costs a visit, a wrong "no" would skip a check.
      this.checkWork = true;
      this.checkWork = this.hasRules || this.listType !== undefined || this.embedded || this.someChild((c) => c.needsCheck);
    }
    return this.checkWork;
  }

  /** Whether defaults exist at or below this node. */
  public get needsDefaults(): boolean {
    if (this.defaultWork === undefined) {
      this.defaultWork = true;
      this.defaultWork = this.defaults.length > 0 || this.someChild((c) => c.needsDefaults);
    }
    return this.defaultWork;
  }

  private someChild(test: (child: NodePlan) => boolean): boolean {
    const r = this.resolved;
    if (isObject(r.properties)) {
      for (const name of Object.keys(r.properties)) {
        const plan = this.child(name).plan;
        if (plan && test(plan)) return true;
      }
    }
    if (isObject(r.additionalProperties) && test(this.planner.plan(r.additionalProperties))) return true;
    const items = this.items;
    return items !== undefined && test(items);
  }
}

/** Plans of the nodes of one definitions map (resolution depends on it). */
export class Planner {
  private readonly plans = new WeakMap<SchemaNode, NodePlan>();

  constructor(public readonly definitions: Definitions) {}

  public plan(node: SchemaNode): NodePlan {
    let p = this.plans.get(node);
    if (!p) {
      p = new NodePlan(node, this);
      this.plans.set(node, p);
    }
    return p;
  }
}

const planners = new WeakMap<Definitions, Planner>();

/** The planner of a definitions map (cached per map). */
export function plannerFor(definitions: Definitions): Planner {
  let p = planners.get(definitions);
  if (!p) {
    p = new Planner(definitions);
    planners.set(definitions, p);
  }
  return p;
}
