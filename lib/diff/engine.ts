/**
 * The diff engine: compares two output trees (path → file content) and groups what differs by
 * seed and shoot, with field-level detail and the destructive findings.
 */
import { OVERRIDDEN_BY_ANNOTATION } from '../core/labels';
import { compareStrings as cmp } from '../core/order';
import { classifyObject, classifyRemovedBlock, classifyResource, classifyShoot, replacementsThroughReferences, ShootPlacement } from './classify';
import { diffFields, PathSegment } from './fields';
import { ChangeKind, DestructiveClass, DiffItem, FieldChange, Finding, FleetDiff, ItemType, ScopeDiff, ScopeType, ShootStatus } from './model';
import { ParsedItem, ParsedOutput, parseOutput, relativeFile, stackOf } from './parse';

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
  const built = new Map<string, { before?: ParsedItem; after?: ParsedItem; item: DiffItem }>();
  for (const key of new Set([...before.items.keys(), ...after.items.keys()])) {
    const a = before.items.get(key);
    const b = after.items.get(key);
    if (a && b) {
      const fields: FieldChange[] = [];
      if (movedFrom.has(key)) fields.push({ path: '(address)', old: movedFrom.get(key), new: b.id });
      // A resource's file says nothing (its stack's backend does); an object moving between files moves between Flux Kustomizations.
      if (a.file !== b.file && b.type !== ItemType.TERRAFORM) fields.push({ path: '(file)', old: a.file, new: b.file });
      fields.push(...diffFields(a.value, b.value, { isSecret: secretGuard(b) }));
      if (fields.length === 0) continue;
      built.set(key, { before: a, after: b, item: { type: b.type, id: b.id, apiVersion: b.apiVersion, file: b.file, change: ChangeKind.CHANGED, fields, findings: [] } });
    } else {
      const x = (a ?? b)!;
      built.set(key, { before: a, after: b, item: { type: x.type, id: x.id, apiVersion: x.apiVersion, file: x.file, change: a ? ChangeKind.REMOVED : ChangeKind.ADDED, fields: [], findings: [] } });
    }
  }

  // Classification of each item.
  const stacksAfter = new Set([...input.after.keys()].filter((p) => p.endsWith('.tf.json')).map(stackOf));
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
      } else if (a) findings.push(...classifyRemovedBlock(a, stacksAfter.has(a.stack!)));
    }
    const overriddenBy = overridesOf(a, b);
    built.set(key, { ...entry, item: { ...entry.item, change, findings, ...(overriddenBy.length > 0 ? { overriddenBy } : {}) } });
  }
  propagateReplacements(before, after, built);

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

/**
 * A resource whose ForceNew attribute refers to a replaced resource (by a value that changes, such
 * as its `id`) or to a changed data source is replaced too — until nothing more changes.
 */
function propagateReplacements(before: ParsedOutput, after: ParsedOutput, built: Map<string, { before?: ParsedItem; after?: ParsedItem; item: DiffItem }>): void {
  for (;;) {
    const changedByStack = new Map<string, Map<string, { before?: ParsedItem; after: ParsedItem }>>();
    for (const { before: a, after: b, item } of built.values()) {
      if (!b || !(item.change === ChangeKind.REPLACED || (b.block === 'data' && item.change === ChangeKind.CHANGED))) continue;
      const m = changedByStack.get(b.stack!) ?? new Map();
      m.set(b.address!, { before: a, after: b });
      changedByStack.set(b.stack!, m);
    }
    let grew = false;
    for (const b of after.items.values()) {
      if (b.type !== ItemType.TERRAFORM || b.block !== 'resource') continue;
      const changed = changedByStack.get(b.stack!);
      if (!changed) continue;
      const existing = built.get(b.key);
      if (existing && (existing.item.change === ChangeKind.REPLACED || existing.item.change === ChangeKind.ADDED)) continue;
      const through = replacementsThroughReferences(b, changed);
      if (through.length === 0) continue;
      const findings = through.filter((t) => t.destructive).map((t) => ({
        class: DestructiveClass.TERRAFORM_REPLACED,
        subject: b.id,
        detail: `${t.attribute} follows ${t.address}, which ${changed.get(t.address)!.after.block === 'data' ? 'looks up something else now' : 'is replaced'}: forces replacement (${t.why})`,
      }));
      const fields = existing?.item.fields ?? [];
      built.set(b.key, {
        before: existing?.before ?? before.items.get(b.key), after: b,
        item: { type: b.type, id: b.id, file: b.file, change: ChangeKind.REPLACED, fields, findings: [...(existing?.item.findings ?? []), ...findings] },
      });
      grew = true;
    }
    if (!grew) return;
  }
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
