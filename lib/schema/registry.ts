/**
 * SchemaRegistry: finds the upstream schema of an apiVersion/kind and validates objects
 * against it, as the Kubernetes API server would on create.
 *
 * The schemas come from a schema catalog (./catalog; seedbed ships one, built from `../shared`)
 * or from a folder of upstream sources holding `crds/` (./folder-source, which also says in what
 * order the sources are consulted).
 *
 * Loading is lazy: `load()` only records where the data is; a file is read when a kind it
 * holds is first asked for, and each kind's validator is compiled once per process.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { CatalogSource, isCatalogDir } from './catalog';
import { FolderSource, SchemaSource, splitApiVersion } from './folder-source';
import { addKubernetesFormats } from './formats';
import { KindSchema, OBJECT_META, SchemaOrigin, childSchema, resolveNode } from './kind-schema';
import { LAZY_KEYWORD, LazyPart, patternsOf, retargetRefs, splitSchema } from './lazy';
import { NameRule, checkMetadata, nameRuleFor } from './metadata';
import { builtinCatalogDir } from './paths';
import { FieldPath, SchemaProblem, compareProblems, field, index, key, preview, renderPath } from './problems';
import { SchemaNode, cloneJson, isObject, jsonView } from './schema-walk';
import { RawProblem, checkRulesAndLists, withDefaults } from './structural';
import { toAjvSchema } from './translate';

export { KUBERNETES_RELEASE } from './folder-source';

/**
 * `required` entries of Gardener's generated schemas that gardener-apiserver does not enforce
 * (it defaults them or accepts the zero value), per crds/gardener/core/README.md.
 */
const GARDENER_RELAXED_REQUIRED: ReadonlyArray<{ groupKind: string; path: string[]; fields: string[] }> = [
  { groupKind: 'core.gardener.cloud/Shoot', path: ['spec', 'cloudProfile'], fields: ['kind'] },
  { groupKind: 'security.gardener.cloud/WorkloadIdentity', path: [], fields: ['status'] },
  { groupKind: 'seedmanagement.gardener.cloud/ManagedSeedSet', path: ['spec', 'shootTemplate', 'spec'], fields: ['kubernetes', 'provider', 'region'] },
];

/**
 * Fields that hold a whole Kubernetes object although their schema does not say so with
 * `x-kubernetes-embedded-resource` (which the check follows everywhere): Clusternet's `Manifest`
 * carries the object it feeds as `template`.
 */
const EMBEDDED_FIELDS: ReadonlyArray<{ groupKind: string; path: readonly string[] }> = [
  { groupKind: 'apps.clusternet.io/Manifest', path: ['template'] },
];

/** How deep objects held inside objects are checked (a ManifestWork inside a ManifestWork…). */
const MAX_EMBEDDING = 4;

interface CompiledKind {
  readonly schema: KindSchema;
  /** The translated schema (used to render field paths); Ajv compiled it with large subtrees split off. */
  readonly ajvSchema?: SchemaNode;
  readonly validate?: ValidateFunction;
  error?: string;
  /** The object name rule and scope checks of the kind. */
  readonly nameRule: NameRule;
}

/** A part of a kind's schema compiled on first use (see ./lazy). */
interface CompiledPart extends LazyPart {
  validate?: ValidateFunction;
}

/** Subtrees of at least this many schema nodes are compiled when first reached. */
const LAZY_MIN_NODES = 16;

/** Validates Kubernetes objects against the upstream schemas of their kinds. */
export class SchemaRegistry {
  private static readonly instances = new Map<string, SchemaRegistry>();

  /**
   * The registry for a schema folder (cached per folder and process).
   * @param sharedDir - a schema catalog, or a folder holding the upstream sources in `crds/`;
   * defaults to the catalog built into seedbed.
   * @param schemaSet - the schema set (lib/core/stack.ts `schemaSetOf`): component versions whose
   * schemas replace the default ones; `''` (the default) for the default set.
   */
  public static load(sharedDir?: string, schemaSet = ''): SchemaRegistry {
    const dir = path.resolve(sharedDir ?? builtinCatalogDir());
    const key = `${dir}#${schemaSet}`;
    let registry = SchemaRegistry.instances.get(key);
    if (!registry) {
      let source: SchemaSource;
      if (isCatalogDir(dir)) source = new CatalogSource(dir, schemaSet);
      else if (fs.existsSync(path.join(dir, 'crds'))) source = new FolderSource(dir, schemaSet);
      else throw new Error(`no crds/ folder in ${dir} (nor a schema catalog)`);
      registry = new SchemaRegistry(source, dir);
      SchemaRegistry.instances.set(key, registry);
    }
    return registry;
  }

  /**
   * The registry of the same schema folder for another schema set (lib/core/stack.ts): the
   * schemas of the component versions a seed declares, loaded instead of the default ones.
   */
  public forSet(schemaSet: string): SchemaRegistry {
    return SchemaRegistry.load(this.dir, schemaSet);
  }

  private readonly kinds = new Map<string, KindSchema | undefined>();
  private readonly compiled = new Map<string, CompiledKind>();
  private ajvInstance?: Ajv;
  private readonly parts: CompiledPart[] = [];
  /** Ids under which definitions shared by several kinds were added to Ajv, by their source. */
  private readonly sharedDefinitions = new Map<KindSchema['definitions'], string>();
  /** Errors of the lazily compiled parts during one validation (see check()). */
  private partErrors?: ErrorObject[];
  /** Why a part could not be compiled, during one validation. */
  private partFailure?: string;

  private constructor(private readonly source: SchemaSource, private readonly dir: string) {}

  /** Whether a schema is known for an apiVersion/kind. */
  public has(apiVersion: string, kind: string): boolean {
    return this.kindSchema(apiVersion, kind) !== undefined;
  }

  /**
   * Where the schema of an apiVersion/kind comes from (file relative to the shared folder),
   * or undefined when none is known.
   */
  public sourceOf(apiVersion: string, kind: string): string | undefined {
    return this.kindSchema(apiVersion, kind)?.source;
  }

  /**
   * Checks one object; returns [] when it is valid. Never throws for bad data.
   * @param obj - the object
   * @param options - `parsedJson`: the object came out of `JSON.parse`, so it is its own JSON view
   * and is not copied where JSON would see it differently
   */
  public validate(obj: any, options: { readonly parsedJson?: boolean } = {}): SchemaProblem[] {
    const apiVersion = isObject(obj) && typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
    const kind = isObject(obj) && typeof obj.kind === 'string' ? obj.kind : '';
    const meta = isObject(obj) && isObject(obj.metadata) ? obj.metadata : {};
    const identity = {
      apiVersion,
      kind,
      name: typeof meta.name === 'string' ? meta.name : '',
      ...(typeof meta.namespace === 'string' ? { namespace: meta.namespace } : {}),
    };
    const raw: RawProblem[] = [];
    if (!isObject(obj)) {
      raw.push({ path: [], message: `Invalid value: ${preview(obj)}: a Kubernetes object must be a JSON object` });
    } else if (apiVersion === '' || kind === '') {
      if (apiVersion === '') raw.push({ path: [field('apiVersion')], message: 'Required value: apiVersion must be set' });
      if (kind === '') raw.push({ path: [field('kind')], message: 'Required value: kind must be set' });
    } else {
      const schema = this.kindSchema(apiVersion, kind);
      if (!schema) {
        raw.push(this.unknownKind(apiVersion, kind));
      } else {
        this.check(obj, schema, raw, options.parsedJson === true);
      }
    }
    const seen = new Set<string>();
    const problems: SchemaProblem[] = [];
    for (const p of raw) {
      const problem: SchemaProblem = { ...identity, field: renderPath(p.path), message: p.message };
      const id = `${problem.field}\u0000${problem.message}`;
      if (!seen.has(id)) problems.push(problem);
      seen.add(id);
    }
    return problems.sort(compareProblems);
  }

  private unknownKind(apiVersion: string, kind: string): RawProblem {
    const known = this.knownApiVersion(apiVersion);
    return known
      ? { path: [field('kind')], message: `Unsupported value: ${JSON.stringify(kind)}: no schema for this kind in ${apiVersion}` }
      : { path: [field('apiVersion')], message: `Unsupported value: ${JSON.stringify(apiVersion)}: no schema for this apiVersion (kind ${kind})` };
  }

  private check(obj: any, schema: KindSchema, out: RawProblem[], parsedJson: boolean, depth = 0): void {
    const compiled = this.compile(schema);
    if (compiled.error !== undefined || !compiled.validate || !compiled.ajvSchema) {
      out.push({ path: [], message: `schema not usable: ${compiled.error}` });
      return;
    }
    // The passes below never modify their input: the object is seen as JSON sees it (copying
    // only where that differs) and defaults are filled into copies of the objects on their way.
    let data = parsedJson ? obj : jsonView(obj);
    if (schema.origin === SchemaOrigin.CRD) data = withDefaults(data, schema.root, schema.definitions);
    const errors: ErrorObject[] = [];
    this.partErrors = errors;
    this.partFailure = undefined;
    try {
      if (!compiled.validate(data)) errors.push(...(compiled.validate.errors ?? []));
    } finally {
      this.partErrors = undefined;
    }
    if (this.partFailure !== undefined) {
      // A part that does not compile makes the kind's schema unusable, as compiling it whole would have.
      compiled.error = this.partFailure;
      out.push({ path: [], message: `schema not usable: ${compiled.error}` });
      return;
    }
    const skip = new Set<string>();
    for (const p of ajvProblems(errors, compiled.ajvSchema, skip)) out.push(p);
    checkMetadata(data.metadata, compiled.nameRule, schema.namespaced, (p, message) => out.push({ path: p, message }));
    // Where the schema marks an embedded resource, it already asks for apiVersion and kind.
    const embedded = (value: { [key: string]: unknown }, at: FieldPath) => this.checkEmbedded(value, at, out, depth + 1, false);
    checkRulesAndLists(data, schema.root, schema.definitions, skip, out, embedded);
    const groupKind = `${splitApiVersion(schema.apiVersion).group}/${schema.kind}`;
    for (const f of EMBEDDED_FIELDS) {
      if (f.groupKind !== groupKind) continue;
      let value: unknown = data;
      for (const name of f.path) value = isObject(value) ? value[name] : undefined;
      const at = f.path.map((name) => field(name));
      if (isObject(value) && !skip.has(renderPath(at))) this.checkEmbedded(value, at, out, depth + 1, true);
    }
  }

  /**
   * An object held inside another (a ManifestWork's manifests, a Clusternet feed's template):
   * the cluster it goes to checks it against its kind's schema, so the check does too, and its
   * problems are reported at their path inside the outer object. The outer object's API server
   * only asks for apiVersion and kind (`requireTypeMeta`: the check asks, where the schema does
   * not); an object of a kind no schema here describes (a CRD of the target cluster's own) is not
   * checked further.
   */
  private checkEmbedded(value: { [key: string]: unknown }, at: FieldPath, out: RawProblem[], depth: number, requireTypeMeta: boolean): void {
    if (depth > MAX_EMBEDDING) return;
    const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
    const kind = typeof value.kind === 'string' ? value.kind : '';
    if (apiVersion === '' || kind === '') {
      if (requireTypeMeta && apiVersion === '') out.push({ path: [...at, field('apiVersion')], message: 'Required value' });
      if (requireTypeMeta && kind === '') out.push({ path: [...at, field('kind')], message: 'Required value' });
      return;
    }
    const schema = this.kindSchema(apiVersion, kind);
    if (!schema) return;
    const inner: RawProblem[] = [];
    this.check(value, schema, inner, true, depth);
    for (const p of inner) out.push({ path: [...at, ...p.path], message: p.message });
  }

  private compile(schema: KindSchema): CompiledKind {
    const id = `${schema.apiVersion}/${schema.kind}`;
    let compiled = this.compiled.get(id);
    if (!compiled) {
      const nameRule = nameRuleFor(splitApiVersion(schema.apiVersion).group, schema.kind);
      try {
        const ajvSchema = toAjvSchema(schema);
        compiled = { schema, ajvSchema, validate: this.compileSplit(ajvSchema, schema), nameRule };
      } catch (err) {
        compiled = { schema, error: (err as Error).message, nameRule };
      }
      this.compiled.set(id, compiled);
    }
    return compiled;
  }

  /**
   * Compiles a translated schema with its large subtrees split off (./lazy). What compiling
   * the whole schema would reject is checked first, on the whole schema, so that the same
   * error comes out: the meta-schema check and every pattern.
   */
  private compileSplit(ajvSchema: SchemaNode, schema: KindSchema): ValidateFunction {
    const ajv = this.ajv();
    ajv.validateSchema(ajvSchema, true);
    for (const pattern of patternsOf(ajvSchema)) kubernetesRegExp(pattern, 'u');
    let root = splitSchema(ajvSchema, LAZY_MIN_NODES, (part) => this.parts.push({ ...part }) - 1);
    if (schema.origin === SchemaOrigin.CRD) root = this.withSharedDefinitions(root, schema.definitions);
    return ajv.compile(root);
  }

  /**
   * Every CRD kind refers to the same ObjectMeta definitions: rather than compiling them into
   * each kind, they are added to Ajv once, as a schema of their own, and the kind's `$ref`s
   * point there.
   */
  private withSharedDefinitions(root: SchemaNode, source: KindSchema['definitions']): SchemaNode {
    const { definitions, ...rest } = root;
    let id = this.sharedDefinitions.get(source);
    if (!id) {
      id = `urn:seedbed:definitions:${this.sharedDefinitions.size}`;
      this.ajv().addSchema({ $id: id, definitions });
      this.sharedDefinitions.set(source, id);
    }
    return retargetRefs(rest, '#/definitions/', `${id}#/definitions/`);
  }

  /** Validates the value at a stub with the part it stands for, compiling the part on first use. */
  private validatePart(index: number, data: unknown, cxt: any): boolean {
    const part = this.parts[index];
    const errors = this.partErrors;
    if (!errors || this.partFailure !== undefined) return true;
    if (!part.validate) {
      try {
        part.validate = this.ajv().compile(part.schema);
      } catch (err) {
        this.partFailure = (err as Error).message;
        return true;
      }
    }
    const validate = part.validate;
    if (!validate(data, cxt)) {
      for (const e of validate.errors ?? []) errors.push({ ...e, schemaPath: part.schemaPath + e.schemaPath.slice(1) });
    }
    return true;
  }

  private ajv(): Ajv {
    if (!this.ajvInstance) {
      this.ajvInstance = new Ajv({
        allErrors: true,
        verbose: true,
        strict: false,
        allowUnionTypes: true,
        validateFormats: true,
        // Schemas are checked against the meta-schema once, whole, before they are split.
        validateSchema: false,
        code: { regExp: kubernetesRegExp as any, optimize: false },
      });
      addKubernetesFormats(this.ajvInstance);
      this.ajvInstance.addKeyword({
        keyword: LAZY_KEYWORD,
        schemaType: 'number',
        errors: false,
        // Errors of the part go to the list check() collects (Ajv would rewrite their paths and data).
        compile: (index: number) => (data: unknown, cxt: any) => this.validatePart(index, data, cxt),
      });
    }
    return this.ajvInstance;
  }

  // ------------------------------------------------------------------------------ lookups

  private kindSchema(apiVersion: string, kind: string): KindSchema | undefined {
    const id = `${apiVersion}/${kind}`;
    if (!this.kinds.has(id)) this.kinds.set(id, this.findKind(apiVersion, kind));
    return this.kinds.get(id);
  }

  private knownApiVersion(apiVersion: string): boolean {
    return this.source.knownApiVersion(apiVersion);
  }

  /** The schema of a kind as the check uses it: Gardener's relaxed, a CRD's with ObjectMeta. */
  private findKind(apiVersion: string, kind: string): KindSchema | undefined {
    const raw = this.source.kind(apiVersion, kind);
    if (!raw) return undefined;
    const common = { apiVersion, kind, origin: raw.origin, source: raw.source, namespaced: raw.namespaced };
    if (raw.origin === SchemaOrigin.GARDENER) {
      const definitions = raw.definitions ?? {};
      let root: SchemaNode = raw.root ?? {};
      const groupKind = `${splitApiVersion(apiVersion).group}/${kind}`;
      for (const relax of GARDENER_RELAXED_REQUIRED.filter((r) => r.groupKind === groupKind)) {
        root = relaxRequired(root, relax.path, relax.fields, definitions);
      }
      return { ...common, root, definitions };
    }
    if (raw.origin !== SchemaOrigin.CRD) return { ...common, root: raw.root ?? {}, definitions: raw.definitions ?? {} };
    const root: SchemaNode = raw.root ? cloneJson(raw.root) : { 'type': 'object', 'x-kubernetes-preserve-unknown-fields': true };
    root.properties = { ...(root.properties ?? {}) };
    const crdMeta = root.properties.metadata;
    const metaRef = { $ref: `#/definitions/${OBJECT_META}` };
    root.properties.metadata = isObject(crdMeta) && isObject(crdMeta.properties)
      ? { allOf: [metaRef, { properties: crdMeta.properties }] }
      : metaRef;
    root.properties.apiVersion ??= { type: 'string' };
    root.properties.kind ??= { type: 'string' };
    return { ...common, root, definitions: this.source.objectMeta() };
  }
}

/**
 * A copy of `root` where the object at `propPath` no longer requires `fields`. Nodes along the
 * path are copied, so definitions shared with other places keep their `required` lists.
 */
export function relaxRequired(root: SchemaNode, propPath: readonly string[], fields: readonly string[], defs: { [name: string]: SchemaNode }): SchemaNode {
  const r = resolveNode(root, defs);
  const copy: SchemaNode = { ...r };
  if (propPath.length === 0) {
    const required: string[] = Array.isArray(r.required) ? r.required : [];
    const missing = fields.filter((f) => !required.includes(f));
    if (missing.length > 0) throw new Error(`relaxRequired: ${missing.join(', ')} not required here; the schema changed`);
    copy.required = required.filter((f) => !fields.includes(f));
    return copy;
  }
  const [head, ...rest] = propPath;
  if (!isObject(r.properties) || !isObject(r.properties[head])) throw new Error(`relaxRequired: no property ${head}`);
  copy.properties = { ...r.properties, [head]: relaxRequired(r.properties[head], rest, fields, defs) };
  return copy;
}

/**
 * Go's RE2 patterns in JavaScript: most compile as they are (with the `u` flag); a leading
 * inline `(?i)` becomes the `i` flag.
 */
function kubernetesRegExp(pattern: string, flags: string): RegExp {
  let p = pattern;
  let f = flags;
  const inline = /^(\^?)\(\?([ims]+)\)/.exec(p);
  if (inline) {
    p = inline[1] + p.slice(inline[0].length);
    f += [...new Set(inline[2].replace('m', '').split(''))].join('');
  }
  try {
    return new RegExp(p, f);
  } catch {
    return new RegExp(p, f.replace('u', ''));
  }
}
kubernetesRegExp.code = 'new RegExp';

// ---------------------------------------------------------------------------------- ajv errors

/** Turns Ajv errors into problems with Kubernetes field paths; records type-error paths in `typeErrors`. */
function ajvProblems(errors: ErrorObject[], schema: SchemaNode, typeErrors: Set<string>): RawProblem[] {
  const defs: { [name: string]: SchemaNode } = schema.definitions ?? {};
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'not');
  const nested = (e: ErrorObject) => combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`) && e.instancePath.startsWith(c.instancePath));
  const out: RawProblem[] = [];
  for (const e of errors) {
    if (nested(e)) continue;
    const at = toFieldPath(e.instancePath, schema, defs);
    const value = e.data;
    switch (e.keyword) {
      case 'required':
        out.push({ path: [...at, field((e.params as any).missingProperty)], message: 'Required value' });
        break;
      case 'additionalProperties':
        out.push({ path: [...at, field((e.params as any).additionalProperty)], message: 'field not declared in schema' });
        break;
      case 'type':
        typeErrors.add(renderPath(at));
        out.push({ path: at, message: `Invalid value: ${preview(value)}: must be of type ${[(e.params as any).type].flat().join(' or ')}` });
        break;
      case 'enum':
        out.push({ path: at, message: `Unsupported value: ${preview(value)}: supported values: ${((e.params as any).allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` });
        break;
      case 'const':
        out.push({ path: at, message: `Unsupported value: ${preview(value)}: supported values: ${JSON.stringify((e.params as any).allowedValue)}` });
        break;
      case 'pattern':
        out.push({ path: at, message: `Invalid value: ${preview(value)}: should match '${(e.params as any).pattern}'` });
        break;
      case 'format':
        out.push({ path: at, message: `Invalid value: ${preview(value)}: must be of format ${(e.params as any).format}` });
        break;
      case 'maxLength':
        out.push({ path: at, message: `Too long: may not be longer than ${(e.params as any).limit}` });
        break;
      case 'minLength':
        out.push({ path: at, message: `Invalid value: ${preview(value)}: should be at least ${(e.params as any).limit} chars long` });
        break;
      case 'maxItems':
        out.push({ path: at, message: `Too many: ${Array.isArray(value) ? value.length : '?'}: must have at most ${(e.params as any).limit} items` });
        break;
      case 'minItems':
        out.push({ path: at, message: `Invalid value: ${Array.isArray(value) ? value.length : '?'}: should have at least ${(e.params as any).limit} items` });
        break;
      case 'maxProperties':
        out.push({ path: at, message: `Too many: must have at most ${(e.params as any).limit} properties` });
        break;
      case 'minProperties':
        out.push({ path: at, message: `Invalid value: should have at least ${(e.params as any).limit} properties` });
        break;
      case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
        out.push({ path: at, message: `Invalid value: ${preview(value)}: must be ${(e.params as any).comparison} ${(e.params as any).limit}` });
        break;
      case 'multipleOf':
        out.push({ path: at, message: `Invalid value: ${preview(value)}: must be a multiple of ${(e.params as any).multipleOf}` });
        break;
      case 'uniqueItems':
        out.push({ path: [...at, index((e.params as any).i)], message: `Duplicate value: ${preview(Array.isArray(value) ? value[(e.params as any).i] : undefined)}` });
        break;
      case 'anyOf':
        out.push({ path: at, message: `Invalid value: ${preview(value)}: must match at least one of the allowed schemas (anyOf)` });
        break;
      case 'oneOf':
        out.push({ path: at, message: `Invalid value: ${preview(value)}: must match exactly one of the allowed schemas (oneOf)` });
        break;
      case 'not':
        out.push({ path: at, message: `Invalid value: ${preview(value)}: must not match the forbidden schema (not)` });
        break;
      default:
        out.push({ path: at, message: `Invalid value: ${e.message ?? e.keyword}` });
    }
  }
  return out;
}

/** A JSON pointer (`/spec/workers/0/name`) as a Kubernetes field path, guided by the schema. */
function toFieldPath(pointer: string, schema: SchemaNode, defs: { [name: string]: SchemaNode }): FieldPath {
  if (pointer === '') return [];
  const out: FieldPath[number][] = [];
  let node: SchemaNode | undefined = schema;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const r: SchemaNode | undefined = node ? resolveNode(node, defs) : undefined;
    if (r && isObject(r.items) && /^\d+$/.test(seg)) {
      out.push(index(Number(seg)));
      node = r.items;
      continue;
    }
    if (!r && /^\d+$/.test(seg)) {
      out.push(index(Number(seg)));
      continue;
    }
    const child: { schema?: SchemaNode; mapEntry: boolean } = r ? childSchema(r, seg, defs) : { schema: undefined, mapEntry: false };
    out.push(child.mapEntry ? key(seg) : field(seg));
    node = child.schema;
  }
  return out;
}
