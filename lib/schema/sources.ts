/**
 * Readers for the upstream schema sources under `shared/crds` (read when `--schemas` names such
 * a folder, and by scripts/build-schema-catalog.ts, which turns them into ./catalog's form):
 *
 * * CRD YAML files (possibly multi-document; Admiralty's are Helm templates whose
 *   `labels:` line is a template expression — that line is replaced by an empty map);
 * * Kubernetes OpenAPI v3 documents (`kubernetes/release-<version>/<group-version>_openapi.json`);
 * * Gardener's generated JSON Schemas (`gardener/core/index.json`).
 *
 * Everything here is cheap until a file is actually needed: the CRD index is built from a
 * text scan, not a YAML parse.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { compareStrings as cmp } from '../core/order';
import { SchemaNode, forEachSubschema, isObject } from './schema-walk';

/** A Helm template expression used as a whole YAML value of `labels:` (Admiralty's charts). */
const TEMPLATED_LABELS = /^([ \t]*labels:)[ \t]*\{\{.*\}\}[ \t]*$/gm;

/**
 * Reads every YAML document of a file with the `yaml` package, replacing templated `labels:`
 * lines by `labels: {}`; empty documents are left out.
 */
export function readYamlDocuments(file: string): any[] {
  const text = fs.readFileSync(file, 'utf8').replace(TEMPLATED_LABELS, '$1 {}');
  const docs: any[] = [];
  for (const doc of YAML.parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`${file}: ${doc.errors[0].message}`);
    }
    const value = doc.toJS({ maxAliasCount: -1 });
    if (value !== null && value !== undefined) docs.push(value);
  }
  return docs;
}

/** Reads the CustomResourceDefinitions of a YAML file (other kinds are ignored). */
export function readCrds(file: string): any[] {
  const out: any[] = [];
  const collect = (obj: any) => {
    if (!isObject(obj)) return;
    if (obj.kind === 'CustomResourceDefinition' && String(obj.apiVersion).startsWith('apiextensions.k8s.io/')) out.push(obj);
    if (obj.kind === 'List' && Array.isArray(obj.items)) obj.items.forEach(collect);
  };
  readYamlDocuments(file).forEach(collect);
  return out;
}

/** Every file below `dir` (symbolic links followed), sorted, as absolute paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of fs.readdirSync(d).sort(cmp)) {
      const p = path.join(d, name);
      const stat = fs.statSync(p);
      if (stat.isDirectory()) visit(p);
      else if (stat.isFile()) out.push(p);
    }
  };
  visit(dir);
  return out;
}

/** One CRD found by the text scan: its group and kind, and the file holding it. */
export interface CrdIndexEntry {
  readonly group: string;
  readonly kind: string;
  readonly file: string;
}

/**
 * Finds the group and kind of every CRD below `crdsDir` without parsing YAML: a document
 * qualifies when it has a top-level `kind: CustomResourceDefinition`; the kind is the
 * `kind:` inside `names:`, the group the `group:` at the same indentation as `names:`.
 * Folders listed in `skipDirs` (relative to `crdsDir`) are not scanned.
 */
export function scanCrdIndex(crdsDir: string, skipDirs: readonly string[] = []): CrdIndexEntry[] {
  const out: CrdIndexEntry[] = [];
  const skip = skipDirs.map((d) => path.join(crdsDir, d) + path.sep);
  for (const file of listFiles(crdsDir)) {
    if (!/\.ya?ml$/.test(file) || skip.some((s) => file.startsWith(s))) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const doc of text.split(/^---[ \t]*$/m)) {
      if (!/^kind:[ \t]*CustomResourceDefinition[ \t]*$/m.test(doc)) continue;
      const names = /^( +)names:[ \t]*\r?\n(?:(?:\1 +.*|[ \t]*)\r?\n)*?\1 +kind:[ \t]*["']?([A-Za-z0-9]+)/m.exec(doc);
      if (!names) continue;
      const group = new RegExp(`^${names[1]}group:[ \\t]*["']?([a-z0-9.-]+)`, 'm').exec(doc);
      if (!group) continue;
      out.push({ group: group[1], kind: names[2], file });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Kubernetes OpenAPI v3

/** Group and version served by a Kubernetes OpenAPI v3 file, from its name (`apis__policy__v1_openapi.json`). */
export function k8sFileGroupVersion(file: string): { group: string; version: string } | undefined {
  const base = path.basename(file);
  let m = /^api__(v[0-9a-z]+)_openapi\.json$/.exec(base);
  if (m) return { group: '', version: m[1] };
  m = /^apis__(.+)__(v[0-9a-z]+)_openapi\.json$/.exec(base);
  if (m) return { group: m[1], version: m[2] };
  return undefined;
}

/** A parsed Kubernetes OpenAPI v3 document, reduced to what seedbed needs. */
export interface K8sOpenApi {
  /** `components.schemas`, with `$ref`s rewritten to `#/definitions/<name>`. */
  readonly definitions: { [name: string]: SchemaNode };
  /** `group/version/kind` → definition name, from `x-kubernetes-group-version-kind`. */
  readonly kinds: Map<string, string>;
  /** `group/version/kind` of the kinds served under `/namespaces/{namespace}/`. */
  readonly namespaced: Set<string>;
}

/** Key used by {@link K8sOpenApi.kinds}. */
export function gvkKey(group: string, version: string, kind: string): string {
  return `${group}/${version}/${kind}`;
}

/** Reads a Kubernetes OpenAPI v3 document. */
export function readK8sOpenApi(file: string): K8sOpenApi {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const schemas: { [name: string]: SchemaNode } = doc.components?.schemas ?? {};
  return openApiIndex(schemas, doc.paths, (node) => rewriteRefs(node, '#/components/schemas/', '#/definitions/'));
}

/**
 * The kinds of an OpenAPI document's definitions (by `x-kubernetes-group-version-kind`; only
 * objects with metadata, the resources one can write in a manifest) and which of them are
 * namespaced (served under `/namespaces/{namespace}/`).
 */
function openApiIndex(source: { [name: string]: SchemaNode }, paths: unknown, rewrite: (node: SchemaNode) => SchemaNode): K8sOpenApi {
  const definitions: { [name: string]: SchemaNode } = {};
  const kinds = new Map<string, string>();
  for (const name of Object.keys(source).sort(cmp)) {
    definitions[name] = rewrite(source[name]);
    for (const gvk of source[name]['x-kubernetes-group-version-kind'] ?? []) {
      if (source[name].properties?.metadata) kinds.set(gvkKey(gvk.group, gvk.version, gvk.kind), name);
    }
  }
  const namespaced = new Set<string>();
  for (const [p, item] of Object.entries<any>(isObject(paths) ? paths : {})) {
    if (!p.includes('/namespaces/{namespace}/')) continue;
    for (const op of Object.values<any>(item)) {
      const gvk = isObject(op) ? op['x-kubernetes-group-version-kind'] : undefined;
      if (gvk) namespaced.add(gvkKey(gvk.group, gvk.version, gvk.kind));
    }
  }
  return { definitions, kinds, namespaced };
}

/**
 * Reads a Swagger 2.0 document of an aggregated API server (Karmada's `openapi/swagger.json`):
 * the same shape as {@link readK8sOpenApi} gives, from `definitions` and `paths`.
 */
export function readSwagger(file: string): K8sOpenApi {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  return openApiIndex(doc.definitions ?? {}, doc.paths, (node) => node);
}

/**
 * The definitions reachable from `roots` through `$ref` (`#/definitions/<name>`), sorted by
 * name.
 */
export function definitionsClosure(definitions: { [name: string]: SchemaNode }, roots: readonly string[]): { [name: string]: SchemaNode } {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    const def = definitions[name];
    if (!def) throw new Error(`missing definition ${name}`);
    seen.add(name);
    collectRefs(def, (ref) => queue.push(ref));
  }
  const out: { [name: string]: SchemaNode } = {};
  for (const name of [...seen].sort(cmp)) out[name] = definitions[name];
  return out;
}

/** Calls `fn` with the definition name of every `#/definitions/<name>` reference in a schema tree. */
export function collectRefs(node: SchemaNode, fn: (name: string) => void): void {
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/definitions/')) fn(node.$ref.slice('#/definitions/'.length));
  forEachSubschema(node, (child) => collectRefs(child, fn));
}

/** A copy of a schema tree with `$ref` prefixes rewritten. */
export function rewriteRefs(node: SchemaNode, from: string, to: string): SchemaNode {
  const out: SchemaNode = { ...node };
  if (typeof out.$ref === 'string' && out.$ref.startsWith(from)) out.$ref = to + out.$ref.slice(from.length);
  for (const key of Object.keys(out)) {
    const v = out[key];
    if (key === 'properties' || key === 'patternProperties' || key === 'definitions') {
      if (isObject(v)) out[key] = Object.fromEntries(Object.entries(v).map(([k, s]) => [k, isObject(s) ? rewriteRefs(s, from, to) : s]));
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
      if (isObject(v)) out[key] = rewriteRefs(v, from, to);
    } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
      if (Array.isArray(v)) out[key] = v.map((s) => (isObject(s) ? rewriteRefs(s, from, to) : s));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Gardener core API (generated JSON Schemas)

/** One kind of Gardener's aggregated API, as listed in `gardener/core/index.json`. */
export interface GardenerKindEntry {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  /** Absolute path of the schema file (the `strict/` variant). */
  readonly file: string;
}

/** Reads `gardener/core/index.json`; returns [] when the folder is absent. */
export function readGardenerIndex(coreDir: string): GardenerKindEntry[] {
  const indexFile = path.join(coreDir, 'index.json');
  if (!fs.existsSync(indexFile)) return [];
  const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
  return (index.kinds ?? []).map((k: any) => ({
    group: k.group,
    version: k.version,
    kind: k.kind,
    file: path.join(coreDir, k.strictFile ?? k.file),
  }));
}

