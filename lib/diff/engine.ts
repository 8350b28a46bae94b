/**
 * The diff engine: compares two output trees (path → file content) and groups what differs by
 * seed and shoot, with field-level detail and the destructive findings.
 */
import { LABELS, OVERRIDDEN_BY_ANNOTATION } from '../core/labels';
import { compareStrings as cmp } from '../core/order';
import { ChangedTarget, keptOnRemoval, classifyObject, classifyRemovedBlock, classifyStateLeftBehind, classifyResource, classifyShoot, referencesIn, replacementsThroughReferences, ShootPlacement, StackRemoval, targetsOf, referenceChanges } from './classify';
import { ChangeEffect } from './terraform-rules';
import { diffFields, PathSegment } from './fields';
import { ChangeKind, DestructiveClass, DiffItem, FieldChange, Finding, FleetDiff, ItemType, ScopeDiff, ScopeType, ShootStatus } from './model';
import { ParsedItem, ParsedOutput, parseOutput, relativeFile, scopeOf, stackOf } from './parse';

/** What to compare. */
export interface DiffInput {
  /** Name of the fleet (its file name). */
  readonly fleet: string;
  /** Where the baseline came from, for the reader. */
  readonly baseline: string;
  /** The baseline output: path → content. Empty when there was none. */
  readonly before: ReadonlyMap<string, string>;
  /** The freshly rendered output: path → content. */
  readonly after: ReadonlyMap<string, string>;
}

/** Secret values are never shown: `data` and `stringData` of core Secrets. */
function secretGuard(item: ParsedItem): ((segments: readonly PathSegment[]) => boolean) | undefined {
  if (item.type === ItemType.OBJECT && item.group === '' && item.kind === 'Secret') {
    return (segments) => segments[0] === 'data' || segments[0] === 'stringData';
  }
  return undefined;
}

/** The seed of an output file (`terraform/<seed>/…`, `seeds/<seed>/…`). */
function seedOfFile(file: string): string | undefined {
  return scopeOf(file).seed;
}

/**
 * True when a stack keeps its state in the cluster its runner runs in: tofu-controller's
 * `kubernetes` backend with `in_cluster_config` (or neither a `host` nor a `config_path`), the
 * Secret `tfstate-<workspace>-<secret_suffix>` in the runner's namespace of that seed
 * (hashicorp/terraform internal/backend/remote-state/kubernetes: backend.go, client.go). Moved
 * to another seed, such a stack plans from an empty state there.
 */
function stateStaysInSeed(output: ParsedOutput, stack: string): boolean {
  const backend = output.items.get(`terraform|${stack}|terraform.backend`)?.value as Record<string, any> | undefined;
  const k8s = backend?.kubernetes;
  if (!k8s || typeof k8s !== 'object') return false;
  return k8s.in_cluster_config === true || (k8s.host === undefined && k8s.config_path === undefined && k8s.config_paths === undefined);
}

const TYPE_ORDER = [ItemType.OBJECT, ItemType.FILE, ItemType.TERRAFORM];

/** Compares two output trees. */
export function diffOutputs(input: DiffInput): FleetDiff {
  const differing = new Set<string>();
  for (const p of new Set([...input.before.keys(), ...input.after.keys()])) {
    if (p !== 'fleet.json' && input.before.get(p) !== input.after.get(p)) differing.add(p);
  }
  const before = parseOutput(input.before, differing);
  const after = parseOutput(input.after, differing);
  const movedFrom = applyMovedBlocks(before, after);

  // Items, matched by identity.
  const built = new Map<string, { before?: ParsedItem; after?: ParsedItem; item: DiffItem; stateLeftIn?: string }>();
  for (const key of new Set([...before.items.keys(), ...after.items.keys()])) {
    const a = before.items.get(key);
    const b = after.items.get(key);
    if (a && b && a.type === ItemType.TERRAFORM && a.block === 'resource' && a.file !== b.file && stateStaysInSeed(after, b.stack!)) {
      // The shoot moved to another seed and its state did not: the instance is created anew from
      // the new seed, and the one created from the old seed is left to its old Terraform object.
      built.set(`${key}|state-left`, { before: a, item: { type: a.type, id: a.id, ...blockOf(a), file: a.file, change: ChangeKind.REMOVED, fields: [], findings: [] }, stateLeftIn: seedOfFile(a.file) });
      built.set(key, { after: b, item: { type: b.type, id: b.id, ...blockOf(b), file: b.file, change: ChangeKind.ADDED, fields: [], findings: [] } });
      continue;
    }
    if (a && b) {
      const fields: FieldChange[] = [];
      if (movedFrom.has(key)) fields.push({ path: '(address)', old: movedFrom.get(key), new: b.id });
      // A resource's file says nothing (its stack's backend does); an object moving between files moves between Flux Kustomizations.
      if (a.file !== b.file && b.type !== ItemType.TERRAFORM) fields.push({ path: '(file)', old: a.file, new: b.file });
      fields.push(...diffFields(a.value, b.value, { isSecret: secretGuard(b) }));
      if (fields.length === 0) continue;
      const switched = a.apiVersion !== undefined && b.apiVersion !== undefined && a.apiVersion !== b.apiVersion ? { previousApiVersion: a.apiVersion } : {};
      built.set(key, { before: a, after: b, item: { type: b.type, id: b.id, apiVersion: b.apiVersion, ...switched, ...blockOf(b), file: b.file, change: ChangeKind.CHANGED, fields, findings: [] } });
    } else {
      const x = (a ?? b)!;
      built.set(key, { before: a, after: b, item: { type: x.type, id: x.id, apiVersion: x.apiVersion, ...blockOf(x), file: x.file, change: a ? ChangeKind.REMOVED : ChangeKind.ADDED, fields: [], findings: [] } });
    }
  }

  // Classification of each item.
  const stacksAfter = new Set([...input.after.keys()].filter((p) => p.endsWith('.tf.json')).map(stackOf));
  const removal = (stack: string, seed?: string): StackRemoval | undefined => {
    if (seed === undefined && stacksAfter.has(stack)) return StackRemoval.STACK_REMAINS;
    // The stack goes: what happens to its resources is up to its Terraform object (tofu-controller).
    const objects = [...before.items.values()].filter((i) => i.type === ItemType.OBJECT && i.group === TERRAFORM_GROUP && i.kind === 'Terraform' && i.scope.shoot === stack && (seed === undefined || i.scope.seed === seed));
    if (objects.length === 0) return undefined;
    if (objects.some((o) => after.items.has(o.key))) return StackRemoval.STACK_REMAINS;
    return objects.some((o) => (o.value as any)?.spec?.destroyResourcesOnDeletion === true) ? StackRemoval.DESTROYED_ON_DELETION : StackRemoval.ORPHANED;
  };
  for (const [key, entry] of built) {
    const { before: a, after: b } = entry;
    let { change } = entry.item;
    const findings: Finding[] = [];
    if (entry.item.type === ItemType.OBJECT) findings.push(...classifyObject(a, b));
    if (entry.item.type === ItemType.TERRAFORM) {
      if (a && b) {
        const verdict = classifyResource(a, b);
        if (verdict.replaced) change = ChangeKind.REPLACED;
        findings.push(...verdict.findings);
      } else if (a && entry.stateLeftIn !== undefined) findings.push(...classifyStateLeftBehind(a, entry.stateLeftIn, removal(a.stack!, entry.stateLeftIn) ?? StackRemoval.ORPHANED));
      else if (a) findings.push(...classifyRemovedBlock(a, removal(a.stack!) ?? stacksAfter.has(a.stack!)));
    }
    const overriddenBy = overridesOf(a, b);
    built.set(key, { ...entry, item: { ...entry.item, change, findings, ...(overriddenBy.length > 0 ? { overriddenBy } : {}) } });
  }
  propagateReplacements(before, after, built);
  dropCoveredFindings(built, before, after);

  // Shoots as a whole.
  const placementsBefore = placements(before);
  const placementsAfter = placements(after);
  const scopes = new Map<string, { type: ScopeType; seed?: string; shoot?: string; previousSeed?: string; status: ShootStatus; items: DiffItem[]; findings: Finding[] }>();
  const shootScope = (key: string) => {
    const id = `shoot|${key}`;
    let s = scopes.get(id);
    if (!s) {
      const pb = placementsBefore.get(key);
      const pa = placementsAfter.get(key);
      const status = !pb ? ShootStatus.ADDED : !pa ? ShootStatus.REMOVED : pb.seed !== pa.seed ? ShootStatus.MOVED : ShootStatus.CHANGED;
      s = {
        type: ScopeType.SHOOT, shoot: key, seed: pa?.seed ?? pb?.seed, previousSeed: status === ShootStatus.MOVED ? pb?.seed : undefined,
        status, items: [], findings: classifyShoot(key, pb, pa),
      };
      scopes.set(id, s);
    }
    return s;
  };
  for (const key of new Set([...placementsBefore.keys(), ...placementsAfter.keys()])) {
    const s = shootScope(key);
    if (s.findings.length === 0 && s.status === ShootStatus.CHANGED) scopes.delete(`shoot|${key}`);
  }
  for (const { before: a, after: b, item } of built.values()) {
    const scope = (b ?? a)!.scope;
    let target;
    if (scope.type === ScopeType.SHOOT) target = shootScope(scope.shoot!);
    else {
      const id = scope.type === ScopeType.SEED ? `seed|${scope.seed}` : 'garden';
      target = scopes.get(id);
      if (!target) {
        target = { type: scope.type, seed: scope.seed, status: ShootStatus.CHANGED, items: [], findings: [] };
        scopes.set(id, target);
      }
    }
    target.items.push(item);
  }

  // A removed shoot: say which of its objects Flux/Argo CD keep (prune: disabled), not that everything goes.
  for (const s of scopes.values()) {
    if (s.status !== ShootStatus.REMOVED) continue;
    const kept = s.items.filter((i) => i.type === ItemType.OBJECT && i.change === ChangeKind.REMOVED && keptOnRemoval(valueOf(before, i)));
    if (kept.length === 0) continue;
    s.findings = s.findings.map((f) => (f.class !== DestructiveClass.SHOOT_REMOVED ? f : {
      ...f,
      detail: `removed from the fleet (was on seed ${s.seed ?? '?'}): Flux or Argo CD prune its objects, except ${kept.length === 1 ? 'one' : kept.length} kept by prune: disabled (${kept.map((i) => i.id).join(', ')}), which stay in the seed no longer managed, with the control plane and DataStore content they hold, until deleted by hand`,
    }));
  }

  const result: ScopeDiff[] = [...scopes.values()]
    .filter((s) => s.items.length > 0 || s.findings.length > 0)
    .map((s) => ({ ...s, items: s.items.sort(byItem) }))
    .sort(byScope);
  return { fleet: input.fleet, baseline: input.baseline, baselineFound: input.before.size > 0, scopes: result };
}

function byItem(a: DiffItem, b: DiffItem): number {
  return TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type)
    || cmp(relativeFile(a.file), relativeFile(b.file))
    || cmp(a.id, b.id);
}

function byScope(a: ScopeDiff, b: ScopeDiff): number {
  const rank = (s: ScopeDiff) => (s.type === ScopeType.GARDEN ? 0 : 1);
  const kind = (s: ScopeDiff) => (s.type === ScopeType.SEED ? 0 : 1);
  return rank(a) - rank(b) || cmp(a.seed ?? '', b.seed ?? '') || kind(a) - kind(b) || cmp(a.shoot ?? '', b.shoot ?? '');
}

/** Where each shoot is on one side: the inventory wins, the file layout fills in. */
function placements(side: ParsedOutput): Map<string, ShootPlacement> {
  const out = new Map<string, ShootPlacement>();
  for (const [key, inv] of Object.entries(side.inventory ?? {})) out.set(key, { seed: inv.seed ?? side.shootSeeds.get(key), inventory: inv });
  for (const [key, seed] of side.shootSeeds) if (!out.has(key)) out.set(key, { seed });
  return out;
}

/** Re-keys baseline resources renamed by a `moved` block so they match their new address. */
function applyMovedBlocks(before: ParsedOutput, after: ParsedOutput): Map<string, string> {
  const movedFrom = new Map<string, string>();
  for (const [stack, moves] of after.moved) {
    for (const [from, to] of moves) {
      const oldKey = `terraform|${stack}|${from}`;
      const newKey = `terraform|${stack}|${to}`;
      const item = before.items.get(oldKey);
      if (!item || before.items.has(newKey)) continue;
      before.items.delete(oldKey);
      before.items.set(newKey, { ...item, key: newKey, id: to, address: to });
      movedFrom.set(newKey, from);
    }
  }
  return movedFrom;
}

const TERRAFORM_GROUP = 'infra.contrib.fluxcd.io';

type Built = Map<string, { before?: ParsedItem; after?: ParsedItem; item: DiffItem }>;

function blockOf(i: ParsedItem): { block?: string } {
  return i.type === ItemType.TERRAFORM && i.block ? { block: i.block } : {};
}

/**
 * Follows changes through references, until nothing more changes. What others may read
 * differently now: a replaced resource (its id and computed attributes), a resource updated in
 * place (the attributes whose value changed), a changed data source, local or variable — and,
 * transitively, a data source or local whose arguments read one of those. A resource whose
 * replace-forcing attribute reads such a thing is replaced (and others follow it); one whose
 * disrupting attribute reads it is disrupted in place (e.g. the router's gateway follows the
 * floating pool's data source; a VM's folder follows the folder's path).
 */
function propagateReplacements(before: ParsedOutput, after: ParsedOutput, built: Built): void {
  const changed = new Map<string, Map<string, ChangedTarget>>();
  const mark = (b: ParsedItem, target: ChangedTarget): boolean => {
    const m = changed.get(b.stack!) ?? new Map<string, ChangedTarget>();
    changed.set(b.stack!, m);
    const had = m.get(b.address!);
    if (had && (had.how === target.how || had.how === 'replaced' || had.how === 'value')) return false;
    m.set(b.address!, target);
    return true;
  };
  for (const { before: a, after: b, item } of built.values()) {
    if (!b || b.type !== ItemType.TERRAFORM || !b.address) continue;
    if (item.change === ChangeKind.REPLACED) mark(b, { before: a, after: b, how: 'replaced' });
    else if (item.change === ChangeKind.CHANGED) mark(b, { before: a, after: b, how: b.block === 'resource' ? 'updated' : 'value' });
  }
  const disrupted = new Set<string>();
  for (;;) {
    let grew = false;
    for (const b of after.items.values()) {
      if (b.type !== ItemType.TERRAFORM || !b.address) continue;
      const inStack = changed.get(b.stack!);
      if (!inStack) continue;
      if (b.block === 'data' || b.block === 'locals') {
        if (inStack.get(b.address)?.how === 'value') continue;
        const reads = [...referencesIn(b.value)].some(([address, attrs]) => targetsOf(address, inStack).some(([t, target]) => t !== b.address && [...attrs].some((x) => referenceChanges(target, x))));
        if (reads) grew = mark(b, { before: before.items.get(b.key), after: b, how: 'value' }) || grew;
        continue;
      }
      if (b.block !== 'resource') continue;
      const existing = built.get(b.key);
      if (existing && (existing.item.change === ChangeKind.REPLACED || existing.item.change === ChangeKind.ADDED)) continue;
      const through = replacementsThroughReferences(b, inStack);
      const fresh = through.filter((t) => !disrupted.has(`${b.key}|${t.attribute}|${t.address}`));
      if (fresh.length === 0) continue;
      for (const t of fresh) disrupted.add(`${b.key}|${t.attribute}|${t.address}`);
      const replaced = through.some((t) => t.effect === ChangeEffect.REPLACE);
      const findings = fresh.filter((t) => t.destructive).map((t) => {
        const target = inStack.get(t.address)!;
        const what = target.after.block === 'data' ? 'looks up something else now'
          : target.after.block === 'locals' || target.after.block === 'variable' ? 'has another value now'
            : target.how === 'replaced' ? 'is replaced' : 'changes in place';
        return {
          class: DestructiveClass.TERRAFORM_REPLACED,
          subject: b.id,
          detail: `${t.attribute} follows ${t.address}, which ${what}: ${t.effect === ChangeEffect.REPLACE ? 'forces replacement' : 'disrupts in place'} (${t.why})`,
        };
      });
      const fields = existing?.item.fields ?? [];
      const change = replaced ? ChangeKind.REPLACED : existing?.item.change ?? ChangeKind.CHANGED;
      built.set(b.key, {
        before: existing?.before ?? before.items.get(b.key), after: b,
        item: { type: b.type, id: b.id, ...blockOf(b), file: b.file, change, fields, findings: [...(existing?.item.findings ?? []), ...findings] },
      });
      if (replaced) mark(b, { before: existing?.before ?? before.items.get(b.key), after: b, how: 'replaced' });
      grew = true;
    }
    if (!grew) return;
  }
}

/**
 * Removes object findings another finding already says: Cluster API objects of a removed pool
 * (worker-pool-removed), and of a shoot that is removed, moved or switches backend.
 */
function dropCoveredFindings(built: Built, before: ParsedOutput, after: ParsedOutput): void {
  const removedPools = new Set<string>();
  const coveredShoots = new Set<string>();
  const pa = placements(before);
  const pb = placements(after);
  for (const [key, a] of pa) {
    const b = pb.get(key);
    if (!b || (a.seed && b.seed && a.seed !== b.seed) || (a.inventory && b.inventory && (a.inventory.backend ?? 'kamaji') !== (b.inventory.backend ?? 'kamaji'))) coveredShoots.add(key);
    else for (const pool of Object.keys(a.inventory?.workers ?? {})) if (b.inventory && !b.inventory.workers?.[pool]) removedPools.add(`${key}|${pool}`);
  }
  for (const [key, entry] of built) {
    const { before: a, item } = entry;
    if (!a || item.type !== ItemType.OBJECT || item.change !== ChangeKind.REMOVED || !a.scope.shoot) continue;
    const pool = (a.value as any)?.metadata?.labels?.[LABELS.pool];
    const keep = item.findings.filter((f) => {
      if (f.class !== DestructiveClass.MACHINES_REMOVED && f.class !== DestructiveClass.CONTROL_PLANE_REMOVED) return true;
      if (coveredShoots.has(a.scope.shoot!)) return false;
      return !(f.class === DestructiveClass.MACHINES_REMOVED && typeof pool === 'string' && removedPools.has(`${a.scope.shoot}|${pool}`));
    });
    if (keep.length !== item.findings.length) built.set(key, { ...entry, item: { ...item, findings: keep } });
  }
}

/** The baseline value of a removed object item (matched by id and file). */
function valueOf(side: ParsedOutput, item: DiffItem): unknown {
  for (const p of side.items.values()) if (p.id === item.id && p.file === item.file && p.type === item.type) return p.value;
  return undefined;
}

/** The escape-hatch overrides that changed an object, on either side (its `seedbed.io/overridden-by` annotation). */
function overridesOf(...sides: Array<ParsedItem | undefined>): string[] {
  const out = new Set<string>();
  for (const side of sides) {
    const value = side?.value as { metadata?: { annotations?: Record<string, unknown> } } | undefined;
    const by = value?.metadata?.annotations?.[OVERRIDDEN_BY_ANNOTATION];
    if (typeof by === 'string') for (const p of by.split(',')) if (p !== '') out.add(p);
  }
  return [...out].sort();
}
