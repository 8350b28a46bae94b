/**
 * Classification of changes as safe or destructive: shoot-level facts from the inventory and
 * the layout, field rules for Kubernetes objects, the ForceNew table for Terraform resources.
 */
import { displayValue, isSensitivePath, jsonEqual, valuesAt } from './fields';
import { DestructiveClass, Finding } from './model';
import { InventoryShootDoc, ParsedItem } from './parse';
import { FIELD_RULES, REMOVAL_RULES, RemovalRule } from './rules';
import { ChangeEffect, forceNewRulesFor } from './terraform-rules';
import { interpolations } from './terraform-instances';

/** Where a shoot was and is, from the inventory when there is one, else from the file layout. */
export interface ShootPlacement {
  readonly seed?: string;
  readonly inventory?: InventoryShootDoc;
}

function show(values: unknown[], path: string): string {
  if (values.length === 0) return '(none)';
  if (isSensitivePath(path)) return '(hidden)';
  return values.length === 1 ? displayValue(values[0]) : displayValue(values);
}

/** Findings about one shoot as a whole: removed, moved, DataStore, backend, pools. */
export function classifyShoot(key: string, before: ShootPlacement | undefined, after: ShootPlacement | undefined): Finding[] {
  const subject = `shoot ${key}`;
  if (!before) return [];
  if (!after) {
    return [{ class: DestructiveClass.SHOOT_REMOVED, subject, detail: `removed from the fleet (was on seed ${before.seed ?? '?'}): Flux or Argo CD prune its objects, and its control plane and DataStore content go with them` }];
  }
  const out: Finding[] = [];
  const a = before.inventory;
  const b = after.inventory;
  if (before.seed && after.seed && before.seed !== after.seed) {
    const stores = a?.dataStore || b?.dataStore ? ` (DataStore ${a?.dataStore ?? '-'} → ${b?.dataStore ?? '-'})` : '';
    out.push({ class: DestructiveClass.SEED_CHANGED, subject, detail: `seed ${before.seed} → ${after.seed}${stores}: the control plane migrates; its state does not follow by itself` });
  }
  if (a && b) {
    if ((a.backend ?? 'kamaji') !== (b.backend ?? 'kamaji')) {
      out.push({ class: DestructiveClass.BACKEND_CHANGED, subject, detail: `control-plane backend ${a.backend ?? 'kamaji'} → ${b.backend ?? 'kamaji'}: the control plane is rebuilt by another system` });
    }
    const sameSeed = before.seed === after.seed;
    if (sameSeed && a.dataStore !== b.dataStore) {
      const driver = (d?: string) => (d ? ` (${d})` : '');
      out.push({ class: DestructiveClass.DATASTORE_CHANGED, subject, detail: `DataStore ${a.dataStore ?? '-'}${driver(a.dataStoreDriver)} → ${b.dataStore ?? '-'}${driver(b.dataStoreDriver)}: the control-plane state stays in the old one` });
    } else if (sameSeed && a.dataStore && a.dataStoreDriver && b.dataStoreDriver && a.dataStoreDriver !== b.dataStoreDriver) {
      out.push({ class: DestructiveClass.DATASTORE_DRIVER_CHANGED, subject, detail: `driver of DataStore ${a.dataStore} ${a.dataStoreDriver} → ${b.dataStoreDriver}: the data is not migrated` });
    }
    for (const [pool, w] of Object.entries(a.workers ?? {}).sort(([x], [y]) => (x < y ? -1 : 1))) {
      if (b.workers && b.workers[pool]) continue;
      const size = w.minimum !== undefined && w.maximum !== undefined ? ` (${w.minimum}–${w.maximum} machines)` : '';
      out.push({ class: DestructiveClass.WORKER_POOL_REMOVED, subject, detail: `worker pool ${pool} removed${size}: its machines are drained and deleted` });
    }
  }
  return out;
}

/** True when Flux (`kustomize.toolkit.fluxcd.io/prune: disabled`) or Argo CD (`Prune=false`) keeps the object when it leaves Git. */
export function keptOnRemoval(value: unknown): boolean {
  const annotations = (value as any)?.metadata?.annotations ?? {};
  return annotations['kustomize.toolkit.fluxcd.io/prune'] === 'disabled' || /Prune=false/.test(String(annotations['argocd.argoproj.io/sync-options'] ?? ''));
}

/** Findings of a changed or removed Kubernetes object, from {@link FIELD_RULES} and {@link REMOVAL_RULES}. */
export function classifyObject(before: ParsedItem | undefined, after: ParsedItem | undefined): Finding[] {
  const item = (after ?? before)!;
  if (!before) return [];
  if (!after) {
    const kept = keptOnRemoval(before.value);
    return REMOVAL_RULES.filter((r) => r.group === item.group && r.kind === item.kind && (!r.when || r.when(before.value)))
      .map((r) => ({ class: r.class, subject: item.id, detail: removalDetail(r, kept) }));
  }
  const out: Finding[] = [];
  for (const rule of FIELD_RULES) {
    if (rule.group !== after.group || rule.kind !== after.kind || (rule.name && rule.name !== after.name)) continue;
    const old = valuesAt(before.value, rule.path);
    const now = valuesAt(after.value, rule.path);
    if (jsonEqual(old, now) || (rule.onceSet && old.length === 0)) continue;
    out.push({ class: rule.class, subject: item.id, detail: `${rule.path}: ${show(old, rule.path)} → ${show(now, rule.path)} (${rule.why})` });
  }
  return out;
}

function removalDetail(rule: RemovalRule, kept: boolean): string {
  if (rule.class === DestructiveClass.SEED_REMOVED && kept) {
    return `${rule.kind} ${rule.group}: kept by prune: disabled, so the seed stays registered, no longer updated from Git, until retired by hand`;
  }
  if (rule.class !== DestructiveClass.CONTROL_PLANE_REMOVED) return rule.why;
  // Flux: kustomize-controller skips objects annotated prune: disabled when pruning; Argo CD the same with Prune=false.
  return kept
    ? `${rule.why}: it is kept by prune: disabled, so it stays in the seed with the control plane it owns, no longer updated from Git, until deleted by hand`
    : `${rule.why}: Flux and Argo CD prune it, and deleting it deletes the control plane it owns`;
}

/** The verdict on a changed Terraform resource. */
export interface ResourceVerdict {
  /** True when Terraform destroys and re-creates it. */
  readonly replaced: boolean;
  readonly findings: Finding[];
}

/** The attributes a resource's `lifecycle.ignore_changes` names (`all` for every attribute). */
export function ignoredChanges(item: ParsedItem): Set<string> {
  const out = new Set<string>();
  for (const v of valuesAt(item.value, 'lifecycle.ignore_changes')) {
    if (typeof v === 'string') out.add(v.replace(/^\$\{(.*)\}$/, '$1'));
  }
  return out;
}

function isIgnored(ignored: Set<string>, attribute: string): boolean {
  if (ignored.has('all')) return true;
  const top = attribute.split('.')[0];
  return ignored.has(attribute) || ignored.has(top);
}

/** Classifies a changed resource against the ForceNew table (attributes in `lifecycle.ignore_changes` do not count). */
export function classifyResource(before: ParsedItem, after: ParsedItem): ResourceVerdict {
  if (after.block === 'backend') {
    return { replaced: false, findings: [{ class: DestructiveClass.TERRAFORM_BACKEND_CHANGED, subject: `stack ${after.stack}`, detail: 'state backend changed: Terraform would not find the state of what it created and plan to create everything again' }] };
  }
  if (after.block !== 'resource' || !after.tfType) return { replaced: false, findings: [] };
  if (after.unknownInstances || before.unknownInstances) {
    return {
      replaced: false,
      findings: [{ class: DestructiveClass.TERRAFORM_REMOVED, subject: after.id, detail: 'its for_each/count (or the locals it reads) changed and seedbed cannot work out its instances: some may be destroyed' }],
    };
  }
  let replaced = false;
  const findings: Finding[] = [];
  const ignored = ignoredChanges(after);
  for (const rule of forceNewRulesFor(after.tfType)) {
    for (const attribute of rule.attributes) {
      if (isIgnored(ignored, attribute)) continue;
      const old = valuesAt(before.value, attribute);
      const now = valuesAt(after.value, attribute);
      if (jsonEqual(old, now)) continue;
      if (rule.effect === ChangeEffect.REPLACE) replaced = true;
      if (rule.destructive) {
        findings.push({ class: DestructiveClass.TERRAFORM_REPLACED, subject: after.id, detail: `${attribute}: ${show(old, attribute)} → ${show(now, attribute)} ${rule.effect === ChangeEffect.REPLACE ? 'forces replacement' : 'disrupts in place'} (${rule.why})` });
      }
    }
  }
  return { replaced, findings };
}

/** What happens to the resources of a stack whose Terraform object goes away with it (see {@link classifyRemovedBlock}). */
export enum StackRemoval {
  /** The stack stays: a resource no longer in it is destroyed by the next apply. */
  STACK_REMAINS = 'stack-remains',
  /** The stack and its Terraform object go; tofu-controller destroys what the state holds (`destroyResourcesOnDeletion: true`). */
  DESTROYED_ON_DELETION = 'destroyed-on-deletion',
  /** The stack and its Terraform object go; nothing destroys the resources: they stay in the cloud, unmanaged. */
  ORPHANED = 'orphaned',
}

/**
 * Findings of a removed Terraform block: removed resource instances are destroyed while their
 * stack remains; when the whole stack goes, what happens depends on its Terraform object (see
 * {@link StackRemoval}). A backend removed from a stack that stays loses the stack its state.
 */
export function classifyRemovedBlock(before: ParsedItem, removal: StackRemoval | boolean): Finding[] {
  const how = typeof removal === 'boolean' ? (removal ? StackRemoval.STACK_REMAINS : StackRemoval.DESTROYED_ON_DELETION) : removal;
  if (before.block === 'resource') {
    const protectedNote = valuesAt(before.value, 'lifecycle.prevent_destroy').includes(true) ? '; it has prevent_destroy, so the apply will fail until that is lifted' : '';
    if (how === StackRemoval.ORPHANED) {
      return [{ class: DestructiveClass.TERRAFORM_ORPHANED, subject: before.id, detail: `stack ${before.stack} removed with its Terraform object (destroyResourcesOnDeletion: false): nothing destroys it; it stays in the cloud, no longer managed, until it is deleted by hand` }];
    }
    if (how === StackRemoval.DESTROYED_ON_DELETION) {
      return [{ class: DestructiveClass.TERRAFORM_REMOVED, subject: before.id, detail: `stack ${before.stack} removed: tofu-controller destroys it when its Terraform object is deleted (destroyResourcesOnDeletion: true)${protectedNote}` }];
    }
    return [{ class: DestructiveClass.TERRAFORM_REMOVED, subject: before.id, detail: `no longer in stack ${before.stack}: Terraform destroys it${protectedNote}` }];
  }
  if (before.block === 'backend' && how === StackRemoval.STACK_REMAINS) {
    return [{ class: DestructiveClass.TERRAFORM_BACKEND_CHANGED, subject: `stack ${before.stack}`, detail: 'state backend removed: Terraform would not find the state of what it created' }];
  }
  return [];
}

/**
 * A resource of a shoot that moved to another seed while its state stayed in the old one (see
 * `stateStaysInSeed` in engine.ts): the new seed's runner plans from an empty state and creates
 * it again; the instance created from the old seed is left to the old Terraform object, which
 * leaves Git with the old seed's files.
 */
export function classifyStateLeftBehind(before: ParsedItem, oldSeed: string, removal: StackRemoval): Finding[] {
  const why = `the shoot moved from seed ${oldSeed}; the state of stack ${before.stack} stays there (kubernetes backend in the seed), so the new seed plans from an empty state and creates it again`;
  if (removal === StackRemoval.DESTROYED_ON_DELETION) {
    return [{ class: DestructiveClass.TERRAFORM_REMOVED, subject: before.id, detail: `${why}, and tofu-controller on ${oldSeed} destroys this one when its Terraform object is deleted (destroyResourcesOnDeletion: true)` }];
  }
  return [{ class: DestructiveClass.TERRAFORM_ORPHANED, subject: before.id, detail: `${why}, while this one stays in the cloud, no longer managed (destroyResourcesOnDeletion: false), until it is deleted by hand or its state is moved` }];
}

/** One reference in a stack: the address it names (with the instance index when it gives a literal one) and the attribute read. */
export interface Reference {
  /** `type.name`, `type.name["key"]`, `data.type.name`, `local.name` or `variable.name`. */
  readonly address: string;
  /** The first attribute after the address (`id`, `path`), or `''`. */
  readonly attribute: string;
}

const REFERENCE = /(?<![\w.])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)(\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?(?:\.([A-Za-z_]\w*))?/g;
const NOT_ADDRESSES = /^(each|count|self|path|terraform)\./;

/** References `${type.name.attr…}`, `${type.name["key"].attr}`, `${local.x}`, `${var.x}` in a value: address → attributes referenced. */
export function referencesIn(value: unknown): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const p of interpolations(v)) {
        const expr = p.expr.replace(/"(?:[^"\\]|\\.)*"(?!\])/g, '""'); // string literals are not references
        for (const r of expr.matchAll(REFERENCE)) {
          if (NOT_ADDRESSES.test(r[1])) continue;
          const base = r[1].startsWith('var.') ? `variable.${r[1].slice(4)}` : r[1];
          const address = base.startsWith('local.') || base.startsWith('variable.') ? base : `${base}${r[2] ?? ''}`;
          const set = refs.get(address) ?? new Set<string>();
          set.add(base.startsWith('local.') || base.startsWith('variable.') ? '' : r[3] ?? '');
          refs.set(address, set);
        }
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return refs;
}

/** A changed thing of a stack that others may refer to. */
export interface ChangedTarget {
  readonly before?: ParsedItem;
  readonly after: ParsedItem;
  /** How it changed: replaced (new id), updated in place, or (data, locals, variables) a value that reads differently now. */
  readonly how: 'replaced' | 'updated' | 'value';
}

/**
 * Whether a reference to `attribute` of a changed target reads another value now: any attribute
 * of a data source, local or variable whose value changed; `id` and computed attributes of a
 * replaced resource; of a resource updated in place, an attribute whose literal changed.
 */
export function referenceChanges(target: ChangedTarget | { before?: ParsedItem; after: ParsedItem }, attribute: string): boolean {
  const how = 'how' in target ? target.how : 'replaced';
  const { before, after } = target;
  if (how === 'value' || after.block === 'data' || after.block === 'locals' || after.block === 'variable') return true;
  if (how === 'updated') {
    if (attribute === '' || attribute === 'id' || !before) return false;
    return !jsonEqual(valuesAt(before.value, attribute), valuesAt(after.value, attribute));
  }
  if (attribute === '' || attribute === 'id' || !before) return true;
  const old = valuesAt(before.value, attribute);
  const now = valuesAt(after.value, attribute);
  if (now.length === 0) return true; // computed by the provider: known only after the new resource exists
  return !jsonEqual(old, now) || now.some((v) => typeof v === 'string' && v.includes('${'));
}

/** The targets a reference names: the address itself, or every instance of a block referred to without a literal index. */
export function targetsOf(address: string, changed: ReadonlyMap<string, ChangedTarget>): Array<[string, ChangedTarget]> {
  const exact = changed.get(address);
  if (exact) return [[address, exact]];
  if (address.endsWith(']')) {
    const all = changed.get(`${address.replace(/\[[^\]]*\]$/, '')}[*]`);
    return all ? [[`${address.replace(/\[[^\]]*\]$/, '')}[*]`, all]] : [];
  }
  return [...changed].filter(([a]) => a.startsWith(`${address}[`));
}

/** The ForceNew (replace) and disrupting attributes of a resource whose value refers to something in `changed` that reads differently now. */
export function replacementsThroughReferences(item: ParsedItem, changed: ReadonlyMap<string, ChangedTarget | { before?: ParsedItem; after: ParsedItem }>): Array<{ attribute: string; address: string; effect: ChangeEffect; destructive: boolean; why: string }> {
  if (item.block !== 'resource' || !item.tfType) return [];
  const normalized = new Map<string, ChangedTarget>([...changed].map(([k, v]) => [k, 'how' in v ? v : { ...v, how: 'replaced' as const }]));
  const ignored = ignoredChanges(item);
  const out: Array<{ attribute: string; address: string; effect: ChangeEffect; destructive: boolean; why: string }> = [];
  for (const rule of forceNewRulesFor(item.tfType)) {
    for (const attribute of rule.attributes) {
      if (isIgnored(ignored, attribute)) continue;
      for (const [address, attrs] of referencesIn(valuesAt(item.value, attribute))) {
        for (const [target, t] of targetsOf(address, normalized)) {
          if (target === item.address) continue;
          if ([...attrs].some((a) => referenceChanges(t, a))) out.push({ attribute, address: target, effect: rule.effect, destructive: rule.destructive, why: rule.why });
        }
      }
    }
  }
  return out;
}
