/**
 * Reading rendered output back into comparable items: every Kubernetes object of every YAML
 * stream, every block of every Terraform JSON stack, and the fleet.json inventory. Works on any
 * file of the output layout; it does not know which renderer wrote it.
 */
import { parseOutputPath, TERRAFORM_DIR } from '../layout';
import { parseAllDocuments } from 'yaml';
import { LABELS } from '../core/labels';
import { shootKey } from '../core/names';
import { groupOf } from './rules';
import { expandBlock } from './terraform-instances';
import { ItemType, ScopeType } from './model';

/** Which part of the fleet a file belongs to, from its path in the output layout. */
export interface ScopeKey {
  readonly type: ScopeType;
  readonly seed?: string;
  readonly shoot?: string;
}

/** One comparable thing of one side of the diff. */
export interface ParsedItem {
  readonly type: ItemType;
  /** Identity for matching the two sides. */
  readonly key: string;
  /** Display identity. */
  readonly id: string;
  readonly scope: ScopeKey;
  readonly file: string;
  readonly value: unknown;
  /** Objects: apiVersion, group and kind. */
  readonly apiVersion?: string;
  readonly group?: string;
  readonly kind?: string;
  readonly name?: string;
  /** Terraform: the stack (shoot key or stack folder), the block (`resource`, `data`, …), type and address. */
  readonly stack?: string;
  readonly block?: string;
  readonly tfType?: string;
  readonly address?: string;
  /** Terraform: true when the block's `for_each`/`count` could not be evaluated (one item stands for all its instances). */
  readonly unknownInstances?: boolean;
}

/** The shoot entry of a fleet.json inventory, as far as diff reads it. */
export interface InventoryShootDoc {
  readonly seed?: string;
  readonly dataStore?: string;
  readonly dataStoreDriver?: string;
  readonly backend?: string;
  readonly workers?: Record<string, { readonly minimum?: number; readonly maximum?: number; readonly provisioner?: string }>;
}

/** One side of the diff, parsed. */
export interface ParsedOutput {
  readonly items: Map<string, ParsedItem>;
  /** Shoots of the inventory, when there is one. */
  readonly inventory?: Record<string, InventoryShootDoc>;
  /** Seed of each shoot, from the file layout. */
  readonly shootSeeds: Map<string, string>;
  /** Terraform `moved` blocks per stack: old address → new address. */
  readonly moved: Map<string, Map<string, string>>;
  /** Files that could not be read, with the reason. */
  readonly problems: string[];
}

/** The scope of an output path. */
export function scopeOf(file: string): ScopeKey {
  const p = parseOutputPath(file);
  if (p.scope === 'shoot' || p.scope === 'terraform') return { type: ScopeType.SHOOT, seed: p.seed, shoot: p.shoot };
  if (p.scope === 'seed') return { type: ScopeType.SEED, seed: p.seed };
  return { type: ScopeType.GARDEN };
}

/**
 * The scope of an object in `garden/`: the shoot it belongs to (by seedbed's labels, or for a
 * Gardener Shoot by its project namespace and name), else the garden.
 */
function gardenObjectScope(value: any, group: string, ns: string): ScopeKey {
  const labels = value?.metadata?.labels ?? {};
  let project: unknown = labels[LABELS.project];
  let shoot: unknown = labels[LABELS.shoot];
  if ((typeof project !== 'string' || typeof shoot !== 'string') && group === 'core.gardener.cloud' && value.kind === 'Shoot' && ns.startsWith('garden-')) {
    project = ns.slice('garden-'.length);
    shoot = value.metadata.name;
  }
  return typeof project === 'string' && typeof shoot === 'string' ? { type: ScopeType.SHOOT, shoot: shootKey(project, shoot) } : { type: ScopeType.GARDEN };
}

/**
 * Where an object lives, for its identity: the garden, a seed, or a shoot's folder in a seed
 * (whose objects go to the seed or, for addons, into the shoot itself).
 */
function clusterOf(scope: ScopeKey): string {
  return scope.type === ScopeType.SHOOT ? `${scope.seed}|${scope.shoot}` : scope.seed ?? 'garden';
}

/** The folder of a shoot relative to its scope, for display (`control-plane/control-plane.yaml`). */
export function relativeFile(file: string): string {
  const p = parseOutputPath(file);
  if (p.scope === 'shoot' || p.scope === 'seed') return p.rest;
  if (p.scope === 'terraform') return `${TERRAFORM_DIR}/${p.rest}`;
  return file;
}

/**
 * Parses the files of an output tree. Only `paths` are read into items (the files that differ
 * between the sides); fleet.json and the layout are always read.
 */
export function parseOutput(files: ReadonlyMap<string, string>, paths: Iterable<string>): ParsedOutput {
  const items = new Map<string, ParsedItem>();
  const problems: string[] = [];
  const moved = new Map<string, Map<string, string>>();
  const shootSeeds = new Map<string, string>();
  for (const file of files.keys()) {
    const s = scopeOf(file);
    if (s.type === ScopeType.SHOOT && !shootSeeds.has(s.shoot!)) shootSeeds.set(s.shoot!, s.seed!);
  }
  const add = (item: ParsedItem): void => {
    let key = item.key;
    for (let n = 2; items.has(key); n++) key = `${item.key}#${n}`;
    items.set(key, key === item.key ? item : { ...item, key });
  };
  for (const file of [...paths].sort()) {
    const text = files.get(file);
    if (text === undefined || file === 'fleet.json') continue;
    try {
      if (file.endsWith('.tf.json')) parseStack(file, JSON.parse(text), add, moved);
      else if (file.endsWith('.json')) add(fileItem(file, JSON.parse(text)));
      else if (file.endsWith('.yaml') || file.endsWith('.yml')) parseYaml(file, text, add);
      else add(fileItem(file, text));
    } catch (e) {
      problems.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      add(fileItem(file, text));
    }
  }
  return { items, inventory: readInventory(files.get('fleet.json')), shootSeeds, moved, problems };
}

function fileItem(file: string, value: unknown): ParsedItem {
  return { type: ItemType.FILE, key: `file|${file}`, id: relativeFile(file), scope: scopeOf(file), file, value };
}

function parseYaml(file: string, text: string, add: (i: ParsedItem) => void): void {
  const scope = scopeOf(file);
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) throw new Error('not a YAML stream');
  docs.forEach((doc, index) => {
    if (doc.errors.length > 0) throw new Error(doc.errors[0].message);
    const value = doc.toJS({ maxAliasCount: -1 });
    if (value === null || value === undefined) return;
    const meta = value?.metadata;
    if (typeof value?.apiVersion !== 'string' || typeof value?.kind !== 'string' || typeof meta?.name !== 'string') {
      const item = fileItem(file, value);
      add({ ...item, key: `file|${file}|${index}`, id: docs.length > 1 ? `${item.id}#${index}` : item.id });
      return;
    }
    const group = groupOf(value.apiVersion);
    const ns = typeof meta.namespace === 'string' ? meta.namespace : '';
    add({
      type: ItemType.OBJECT,
      key: `object|${clusterOf(scope)}|${group}|${value.kind}|${ns}|${meta.name}`,
      id: `${value.kind} ${ns ? `${ns}/` : ''}${meta.name}`,
      scope: scope.type === ScopeType.GARDEN ? gardenObjectScope(value, group, ns) : scope,
      file, value, apiVersion: value.apiVersion, group, kind: value.kind, name: meta.name,
    });
  });
}

/** The stack a Terraform file belongs to: the shoot key for the layout's stacks, else its folder. */
export function stackOf(file: string): string {
  const s = scopeOf(file);
  return s.shoot ?? file.replace(/\/[^/]*$/, '');
}

function stripMeta(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { ['//']: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
}

function parseStack(file: string, doc: any, add: (i: ParsedItem) => void, moved: Map<string, Map<string, string>>): void {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('not a Terraform JSON document');
  const scope = scopeOf(file);
  const stack = stackOf(file);
  const tf = (block: string, address: string, value: unknown, tfType?: string): void => add({
    type: ItemType.TERRAFORM, key: `terraform|${stack}|${address}`, id: address, scope, file, value: stripMeta(value), stack, block, tfType, address,
  });
  const locals: Record<string, unknown> = doc.locals !== null && typeof doc.locals === 'object' && !Array.isArray(doc.locals) ? doc.locals : {};
  // Resources and data sources by instance, as `terraform plan` addresses them.
  for (const [block, prefix] of [['resource', ''], ['data', 'data.']] as const) {
    for (const [type, byName] of Object.entries<any>(doc[block] ?? {})) {
      for (const [name, body] of Object.entries(byName ?? {})) {
        for (const instance of expandBlock(stripMeta(body), locals)) {
          add({
            type: ItemType.TERRAFORM, key: `terraform|${stack}|${prefix}${type}.${name}${instance.index}`, id: `${prefix}${type}.${name}${instance.index}`,
            scope, file, value: instance.value, stack, block, tfType: type, address: `${prefix}${type}.${name}${instance.index}`,
            ...(instance.unknownInstances ? { unknownInstances: true } : {}),
          });
        }
      }
    }
  }
  for (const block of ['provider', 'variable', 'output', 'module']) {
    for (const [name, body] of Object.entries<any>(doc[block] ?? {})) tf(block, `${block}.${name}`, body);
  }
  for (const [name, body] of Object.entries(locals)) tf('locals', `local.${name}`, body);
  // OpenTofu's own version constraint (language.compatible_with.opentofu, lib/core/stack.ts engineConstraint): shown, never destructive.
  if (doc.language !== undefined) tf('language', 'language', doc.language);
  if (doc.terraform !== undefined) {
    const { backend, ...settings } = doc.terraform as Record<string, unknown>;
    if (backend !== undefined) tf('backend', 'terraform.backend', backend);
    if (Object.keys(settings).length > 0) tf('terraform', 'terraform', settings);
  }
  const moves = new Map<string, string>();
  for (const m of Array.isArray(doc.moved) ? doc.moved : []) {
    if (typeof m?.from === 'string' && typeof m?.to === 'string') moves.set(m.from, m.to);
  }
  if (moves.size > 0) moved.set(stack, moves);
}

function readInventory(text: string | undefined): Record<string, InventoryShootDoc> | undefined {
  if (text === undefined) return undefined;
  try {
    const doc = JSON.parse(text);
    return doc && typeof doc.shoots === 'object' && doc.shoots !== null ? doc.shoots : undefined;
  } catch {
    return undefined;
  }
}
