/**
 * The schema catalog: the schemas of a folder of upstream sources (./folder-source), reduced to
 * what the check reads and written as compact JSON, so that the check needs neither the
 * upstream folder nor a YAML parse. seedbed ships one, built from `../shared` by
 * `npm run schemas:catalog` (scripts/build-schema-catalog.ts) into `schema-catalog/`.
 *
 * Layout of a catalog folder:
 *
 * * `catalog.json` — the format, every apiVersion the sources know, the file of each API
 *   group, and the ObjectMeta definitions CRD kinds are checked with;
 * * `<group>.json` (`core.json` for the core group) — the group's kinds by `<apiVersion>/<kind>`,
 *   each with its origin, source file, scope, root schema and the names of the definitions it
 *   uses, and those definitions, shared by the group's kinds.
 *
 * Every kind is the one the folder's lookup gives (built-ins, then Gardener, then CRDs, then
 * aggregated APIs; of several CRDs the one serving the most versions), with every `description`
 * removed. Looking a kind up reads `catalog.json` and its group's file only.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compareStrings as cmp } from '../core/order';
import { FolderSource, RawKind, SchemaSource, splitApiVersion } from './folder-source';
import { SchemaOrigin } from './kind-schema';
import { SchemaNode, stripDescriptions } from './schema-walk';

export { CATALOG_INDEX, isCatalogDir } from './paths';
import { CATALOG_INDEX } from './paths';

/** Marks the catalog's layout; a reader refuses any other. */
const FORMAT = 'seedbed-schema-catalog-1';

/** The index of a catalog (`catalog.json`). */
interface CatalogIndex {
  readonly format: string;
  /** Every apiVersion some source knows, sorted. */
  readonly apiVersions: readonly string[];
  /** API group (`''` for the core group) → its file in the folder. */
  readonly groups: { readonly [group: string]: string };
  /** ObjectMeta and what it refers to. */
  readonly objectMeta: { [name: string]: SchemaNode };
}

/** One kind in a group file. */
interface CatalogKind {
  readonly origin: SchemaOrigin;
  readonly source: string;
  readonly namespaced?: boolean;
  readonly root?: SchemaNode;
  /** Names of the group's definitions the kind uses, in the order its source lists them. */
  readonly definitions?: readonly string[];
}

/** A group file. */
interface CatalogGroup {
  readonly kinds: { readonly [apiVersionKind: string]: CatalogKind };
  readonly definitions: { readonly [name: string]: SchemaNode };
}


/** Folder of a catalog holding its further schema sets, one folder each. */
export const SETS_DIR = 'sets';

/** The further schema sets a catalog holds. */
export function listSets(catalogDir: string): string[] {
  const dir = path.join(catalogDir, SETS_DIR);
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort(cmp) : [];
}

/** The file of an API group in a catalog folder. */
function groupFile(group: string): string {
  return `${group === '' ? 'core' : group}.json`;
}

/** The schemas of a catalog folder. */
export class CatalogSource implements SchemaSource {
  private indexDoc?: CatalogIndex;
  private knownApiVersions?: Set<string>;
  private readonly groups = new Map<string, CatalogGroup>();

  private readonly dir: string;

  /**
   * @param catalogDir - the catalog folder
   * @param schemaSet - a schema set (lib/core/stack.ts): its index is `sets/<set>/catalog.json`,
   *   whose group files are its own where the set changes them, else the default set's
   */
  constructor(catalogDir: string, schemaSet = '') {
    this.dir = schemaSet === '' ? catalogDir : path.join(catalogDir, SETS_DIR, schemaSet);
    if (schemaSet !== '' && !fs.existsSync(path.join(this.dir, CATALOG_INDEX))) {
      throw new Error(`the schema catalog ${catalogDir} holds no schema set ${JSON.stringify(schemaSet)} (it holds the default set and `
        + `${listSets(catalogDir).map((x) => JSON.stringify(x)).join(', ') || 'no other'}); check against the upstream folder with --schemas instead`);
    }
  }

  public kind(apiVersion: string, kind: string): RawKind | undefined {
    const group = this.group(splitApiVersion(apiVersion).group);
    const entry = group?.kinds[`${apiVersion}/${kind}`];
    if (!entry) return undefined;
    const names = entry.definitions;
    return {
      origin: entry.origin,
      source: entry.source,
      namespaced: entry.namespaced,
      root: entry.root,
      definitions: names && Object.fromEntries(names.map((name) => [name, group!.definitions[name]])),
    };
  }

  public knownApiVersion(apiVersion: string): boolean {
    this.knownApiVersions ??= new Set(this.index().apiVersions);
    return this.knownApiVersions.has(apiVersion);
  }

  public objectMeta(): { [name: string]: SchemaNode } {
    return this.index().objectMeta;
  }

  private index(): CatalogIndex {
    if (!this.indexDoc) {
      const file = path.join(this.dir, CATALOG_INDEX);
      const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (doc?.format !== FORMAT) throw new Error(`${file}: not a schema catalog of this seedbed (format ${JSON.stringify(doc?.format)}, expected ${FORMAT})`);
      this.indexDoc = doc as CatalogIndex;
    }
    return this.indexDoc;
  }

  private group(group: string): CatalogGroup | undefined {
    if (!Object.prototype.hasOwnProperty.call(this.index().groups, group)) return undefined;
    let doc = this.groups.get(group);
    if (!doc) {
      doc = JSON.parse(fs.readFileSync(path.join(this.dir, this.index().groups[group]), 'utf8')) as CatalogGroup;
      this.groups.set(group, doc);
    }
    return doc;
  }
}

/**
 * The catalog of the upstream sources in `sharedDir` (the folder holding `crds/`): file name
 * (relative, `/`-separated) → content, the default set at the top and each of `schemaSets` in
 * `sets/<set>/`. The same sources always give the same files.
 */
export function buildCatalog(sharedDir: string, schemaSets: readonly string[] = []): Map<string, string> {
  const files = buildCatalogSet(sharedDir, '');
  for (const set of schemaSets) {
    const own = buildCatalogSet(sharedDir, set);
    const index = JSON.parse(own.get(CATALOG_INDEX)!) as CatalogIndex;
    const groups: { [group: string]: string } = {};
    for (const [group, file] of Object.entries(index.groups)) {
      // A group file the set does not change is the default set's (two folders up).
      if (files.get(file) === own.get(file)) groups[group] = `../../${file}`;
      else {
        groups[group] = file;
        files.set(`${SETS_DIR}/${set}/${file}`, own.get(file)!);
      }
    }
    files.set(`${SETS_DIR}/${set}/${CATALOG_INDEX}`, `${JSON.stringify({ ...index, groups })}\n`);
  }
  return files;
}

function buildCatalogSet(sharedDir: string, schemaSet: string): Map<string, string> {
  const folder = new FolderSource(sharedDir, schemaSet);
  const { kinds, apiVersions } = folder.inventory();
  const groups = new Map<string, { kinds: { [key: string]: CatalogKind }; definitions: Map<string, SchemaNode> }>();
  const stripped = new Set<SchemaNode>();
  const strip = (node: SchemaNode) => {
    if (!stripped.has(node)) stripDescriptions(node);
    stripped.add(node);
    return node;
  };
  for (const { apiVersion, kind } of kinds) {
    const raw = folder.kind(apiVersion, kind);
    if (!raw) continue;
    const group = splitApiVersion(apiVersion).group;
    let g = groups.get(group);
    if (!g) {
      g = { kinds: {}, definitions: new Map() };
      groups.set(group, g);
    }
    const names = raw.definitions && Object.keys(raw.definitions);
    for (const name of names ?? []) {
      const def = strip(raw.definitions![name]);
      const known = g.definitions.get(name);
      if (known !== undefined && known !== def && JSON.stringify(known) !== JSON.stringify(def)) {
        throw new Error(`schema catalog: two definitions of ${name} in API group ${JSON.stringify(group)} (${raw.source} and another source)`);
      }
      g.definitions.set(name, def);
    }
    g.kinds[`${apiVersion}/${kind}`] = {
      origin: raw.origin,
      source: raw.source.split(path.sep).join('/'),
      namespaced: raw.namespaced,
      root: raw.root && strip(raw.root),
      definitions: names,
    };
  }
  const files = new Map<string, string>();
  const groupFiles: { [group: string]: string } = {};
  for (const group of [...groups.keys()].sort(cmp)) {
    const g = groups.get(group)!;
    const file = groupFile(group);
    if (file === CATALOG_INDEX || files.has(file)) throw new Error(`schema catalog: API group ${JSON.stringify(group)} would overwrite ${file}`);
    const definitions = Object.fromEntries([...g.definitions.keys()].sort(cmp).map((name) => [name, g.definitions.get(name)!]));
    files.set(file, `${JSON.stringify({ kinds: g.kinds, definitions })}\n`);
    groupFiles[group] = file;
  }
  const objectMeta = folder.objectMeta();
  Object.values(objectMeta).forEach(strip);
  const index: CatalogIndex = { format: FORMAT, apiVersions, groups: groupFiles, objectMeta };
  files.set(CATALOG_INDEX, `${JSON.stringify(index)}\n`);
  return files;
}
