/**
 * Turns a Kubernetes schema (CRD structural schema, OpenAPI v3 component, or Gardener JSON
 * Schema) into a JSON Schema Ajv checks the way the API server does:
 *
 * * objects are closed: a field the schema does not declare is an error (the API server's
 *   strict field validation), unless `x-kubernetes-preserve-unknown-fields` keeps them;
 * * `x-kubernetes-int-or-string` accepts integers and strings;
 * * `nullable: true` accepts null;
 * * `x-kubernetes-embedded-resource` objects carry apiVersion, kind and metadata;
 * * OpenAPI 3.0 boolean `exclusiveMinimum`/`exclusiveMaximum` become JSON Schema numbers;
 * * formats the API server does not know are dropped (it ignores them);
 * * Quantity and IntOrString get their real types (`quantity` format, integer or string).
 */
import { KNOWN_FORMATS } from './formats';
import { KindSchema, OBJECT_META, SchemaOrigin } from './kind-schema';
import { SchemaNode, isObject } from './schema-walk';

/** Keywords copied unchanged. */
const COPIED = [
  'type', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'required', '$ref',
];

/** An Ajv-ready JSON Schema for a kind, with its definitions translated alongside. */
export function toAjvSchema(ks: KindSchema): SchemaNode {
  const t = new Translator(ks.origin);
  const root = t.node(ks.root, false);
  root.required = [...new Set(['apiVersion', 'kind', ...(root.required ?? [])])];
  const definitions: { [name: string]: SchemaNode } = {};
  for (const name of Object.keys(ks.definitions)) definitions[name] = t.definition(name, ks.definitions[name]);
  return { $id: `urn:seedbed:schema:${ks.apiVersion}/${ks.kind}`, ...root, definitions };
}

class Translator {
  constructor(private readonly origin: SchemaOrigin) {}

  definition(name: string, node: SchemaNode): SchemaNode {
    if (name.endsWith('.pkg.api.resource.Quantity')) return { type: ['string', 'number'], format: 'quantity' };
    if (name.endsWith('.pkg.util.intstr.IntOrString')) return { type: ['integer', 'string'] };
    return this.node(node, false);
  }

  /** Translates one node; `inBranch` is true inside allOf/anyOf/oneOf/not (value validations only). */
  node(node: SchemaNode, inBranch: boolean): SchemaNode {
    const out: SchemaNode = {};
    for (const key of COPIED) {
      if (node[key] !== undefined) out[key] = node[key];
    }
    if (typeof out.$ref === 'string') out.$ref = out.$ref.replace(/^#\/components\/schemas\//, '#/definitions/');
    if (Array.isArray(out.required) && out.required.length === 0) delete out.required;

    if (typeof node.format === 'string' && KNOWN_FORMATS.has(node.format) && node.format !== 'int-or-string') out.format = node.format;
    if (node.exclusiveMinimum === true && node.minimum !== undefined) {
      out.exclusiveMinimum = node.minimum;
      delete out.minimum;
    } else if (typeof node.exclusiveMinimum === 'number') out.exclusiveMinimum = node.exclusiveMinimum;
    if (node.exclusiveMaximum === true && node.maximum !== undefined) {
      out.exclusiveMaximum = node.maximum;
      delete out.maximum;
    } else if (typeof node.exclusiveMaximum === 'number') out.exclusiveMaximum = node.exclusiveMaximum;

    if (node['x-kubernetes-int-or-string'] === true) {
      out.type = ['integer', 'string'];
      if (isIntOrStringAnyOf(node.anyOf)) node = { ...node, anyOf: undefined };
    }
    if (node.nullable === true) {
      if (out.type !== undefined) out.type = [...new Set([...(Array.isArray(out.type) ? out.type : [out.type]), 'null'])];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    }

    if (isObject(node.properties)) {
      out.properties = {};
      for (const name of Object.keys(node.properties)) out.properties[name] = this.node(node.properties[name], inBranch);
    }
    if (isObject(node.additionalProperties)) out.additionalProperties = this.node(node.additionalProperties, inBranch);
    else if (typeof node.additionalProperties === 'boolean') out.additionalProperties = node.additionalProperties;
    if (isObject(node.items)) out.items = this.node(node.items, inBranch);
    else if (Array.isArray(node.items)) out.items = node.items.map((s: SchemaNode) => this.node(s, inBranch));
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      if (Array.isArray(node[key])) out[key] = node[key].map((s: SchemaNode) => this.node(s, true));
    }
    if (isObject(node.not)) out.not = this.node(node.not, true);

    if (node['x-kubernetes-embedded-resource'] === true) {
      out.properties = {
        apiVersion: { type: 'string', minLength: 1 },
        kind: { type: 'string', minLength: 1 },
        metadata: { $ref: `#/definitions/${OBJECT_META}` },
        ...(out.properties ?? {}),
      };
      out.required = [...new Set(['apiVersion', 'kind', ...(out.required ?? [])])];
    }

    const preserve = node['x-kubernetes-preserve-unknown-fields'] === true;
    if (!inBranch && !preserve && out.additionalProperties === undefined && this.closes(node)) {
      out.additionalProperties = false;
    }
    return out;
  }

  /** Whether an object node without additionalProperties rejects undeclared fields. */
  private closes(node: SchemaNode): boolean {
    switch (this.origin) {
      // Structural schemas prune (strict validation rejects) every undeclared field.
      case SchemaOrigin.CRD: return node.type === 'object';
      // Built-in types and aggregated APIs (generated from Go types the same way): objects that
      // declare their fields; free-form objects stay open.
      case SchemaOrigin.KUBERNETES:
      case SchemaOrigin.AGGREGATED: return isObject(node.properties) && (node.type === 'object' || node.type === undefined);
      // The strict/ variants already say additionalProperties: false where it applies.
      default: return false;
    }
  }
}

function isIntOrStringAnyOf(anyOf: unknown): boolean {
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return false;
  const types = anyOf.map((s) => (isObject(s) ? s.type : undefined)).sort();
  return types[0] === 'integer' && types[1] === 'string';
}
