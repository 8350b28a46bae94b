/**
 * Classification of changes as safe or destructive: shoot-level facts from the inventory and
 * the layout, field rules for Kubernetes objects, the ForceNew table for Terraform resources.
 */
import { displayValue, isSensitivePath, jsonEqual, valuesAt } from './fields';
import { DestructiveClass, Finding } from './model';
import { InventoryShootDoc, ParsedItem } from './parse';
import { FIELD_RULES, REMOVAL_RULES } from './rules';
import { ChangeEffect, forceNewRulesFor } from './terraform-rules';

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
    return [{ class: DestructiveClass.SHOOT_REMOVED, subject, detail: `removed from the fleet (was on seed ${before.seed ?? '?'}): its control plane, DataStore content and infrastructure are deleted` }];
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

/** Findings of a changed or removed Kubernetes object, from {@link FIELD_RULES} and {@link REMOVAL_RULES}. */
export function classifyObject(before: ParsedItem | undefined, after: ParsedItem | undefined): Finding[] {
  const item = (after ?? before)!;
  if (!before) return [];
  if (!after) {
    return REMOVAL_RULES.filter((r) => r.group === item.group && r.kind === item.kind)
      .map((r) => ({ class: r.class, subject: item.id, detail: r.why }));
  }
  const out: Finding[] = [];
  for (const rule of FIELD_RULES) {
    if (rule.group !== after.group || rule.kind !== after.kind || (rule.name && rule.name !== after.name)) continue;
    const old = valuesAt(before.value, rule.path);
    const now = valuesAt(after.value, rule.path);
    if (jsonEqual(old, now)) continue;
    out.push({ class: rule.class, subject: item.id, detail: `${rule.path}: ${show(old, rule.path)} → ${show(now, rule.path)} (${rule.why})` });
  }
  return out;
}

/** The verdict on a changed Terraform resource. */
export interface ResourceVerdict {
  /** True when Terraform destroys and re-creates it. */
  readonly replaced: boolean;
  readonly findings: Finding[];
}

/** Classifies a changed resource against the ForceNew table. */
export function classifyResource(before: ParsedItem, after: ParsedItem): ResourceVerdict {
  if (after.block === 'backend') {
    return { replaced: false, findings: [{ class: DestructiveClass.TERRAFORM_BACKEND_CHANGED, subject: `stack ${after.stack}`, detail: 'state backend changed: Terraform would not find the state of what it created and plan to create everything again' }] };
  }
  if (after.block !== 'resource' || !after.tfType) return { replaced: false, findings: [] };
  let replaced = false;
  const findings: Finding[] = [];
  for (const rule of forceNewRulesFor(after.tfType)) {
    for (const attribute of rule.attributes) {
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

/**
 * Findings of a removed Terraform block: removed resources are destroyed; a backend removed from
 * a stack that stays loses the stack its state (when the whole stack goes, its resources say it).
 */
export function classifyRemovedBlock(before: ParsedItem, stackRemains: boolean): Finding[] {
  if (before.block === 'resource') {
    const protectedNote = valuesAt(before.value, 'lifecycle.prevent_destroy').includes(true) ? '; it has prevent_destroy, so the apply will fail until that is lifted' : '';
    return [{ class: DestructiveClass.TERRAFORM_REMOVED, subject: before.id, detail: `no longer in stack ${before.stack}: Terraform destroys it${protectedNote}` }];
  }
  if (before.block === 'backend' && stackRemains) {
    return [{ class: DestructiveClass.TERRAFORM_BACKEND_CHANGED, subject: `stack ${before.stack}`, detail: 'state backend removed: Terraform would not find the state of what it created' }];
  }
  return [];
}

/** References `${type.name.attr…}` or `${data.type.name.attr…}` in a value: address → attributes referenced. */
export function referencesIn(value: unknown): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(/\$\{([^}]*)\}/g)) {
        for (const r of m[1].matchAll(/\b((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)(?:\.([A-Za-z_]\w*))?/g)) {
          const set = refs.get(r[1]) ?? new Set<string>();
          set.add(r[2] ?? '');
          refs.set(r[1], set);
        }
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return refs;
}

/**
 * Whether a reference to `attribute` of a replaced resource changes value: `id` and computed
 * attributes do; attributes set to the same literal in both versions do not.
 */
export function referenceChanges(before: ParsedItem | undefined, after: ParsedItem, attribute: string): boolean {
  if (after.block === 'data') return true;
  if (attribute === '' || attribute === 'id' || !before) return true;
  const old = valuesAt(before.value, attribute);
  const now = valuesAt(after.value, attribute);
  if (now.length === 0) return true; // computed by the provider: known only after the new resource exists
  return !jsonEqual(old, now) || now.some((v) => typeof v === 'string' && v.includes('${'));
}

/** The ForceNew attributes of a resource (effect replace) whose value refers to one of `changed`. */
export function replacementsThroughReferences(item: ParsedItem, changed: Map<string, { before?: ParsedItem; after: ParsedItem }>): Array<{ attribute: string; address: string; destructive: boolean; why: string }> {
  if (item.block !== 'resource' || !item.tfType) return [];
  const out: Array<{ attribute: string; address: string; destructive: boolean; why: string }> = [];
  for (const rule of forceNewRulesFor(item.tfType)) {
    if (rule.effect !== ChangeEffect.REPLACE) continue;
    for (const attribute of rule.attributes) {
      for (const [address, attrs] of referencesIn(valuesAt(item.value, attribute))) {
        const target = changed.get(address);
        if (target && [...attrs].some((a) => referenceChanges(target.before, target.after, a))) out.push({ attribute, address, destructive: rule.destructive, why: rule.why });
      }
    }
  }
  return out;
}
