/**
 * The schema of one kind, whatever its source, and navigation helpers over it.
 */
import { SchemaNode, isObject } from './schema-walk';

/** Where a kind's schema came from. */
export enum SchemaOrigin {
  /** A CustomResourceDefinition (structural schema). */
  CRD = 'crd',
  /** The Kubernetes OpenAPI v3 documents (built-in kinds). */
  KUBERNETES = 'kubernetes',
  /** Gardener's generated JSON Schemas (aggregated API, `strict/` variants). */
  GARDENER = 'gardener',
  /** An aggregated API server's Swagger 2.0 document (e.g. Karmada's `cluster.karmada.io`). */
  AGGREGATED = 'aggregated',
}

/** Definition name of ObjectMeta in the Kubernetes OpenAPI documents. */
export const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** The schema of one apiVersion/kind. */
export interface KindSchema {
  readonly apiVersion: string;
  readonly kind: string;
  readonly origin: SchemaOrigin;
  /** The file the schema was read from, relative to the shared folder. */
  readonly source: string;
  /** Whether objects of this kind live in a namespace; undefined when unknown. */
  readonly namespaced?: boolean;
  /** Root schema; references are `#/definitions/<name>`. */
  readonly root: SchemaNode;
  /** Definitions the root refers to. */
  readonly definitions: { readonly [name: string]: SchemaNode };
}

/**
 * Follows `$ref`s and the `allOf: [{$ref}]` wrapper kube-openapi uses, and returns the node
 * that carries the structure (type, properties, items, additionalProperties).
 */
export function resolveNode(node: SchemaNode, definitions: { readonly [name: string]: SchemaNode }): SchemaNode {
  let current = node;
  for (let depth = 0; depth < 64; depth++) {
    if (typeof current.$ref === 'string') {
      const name = current.$ref.replace(/^#\/definitions\//, '');
      const target = definitions[name];
      if (!target) return {};
      current = target;
      continue;
    }
    if (Array.isArray(current.allOf) && !current.properties && !current.items && current.additionalProperties === undefined && current.type === undefined) {
      const structural = current.allOf.find((s: SchemaNode) => isObject(s) && (typeof s.$ref === 'string' || s.type !== undefined || s.properties));
      if (structural) {
        current = structural;
        continue;
      }
    }
    return current;
  }
  return current;
}

/** The child schema for a property or map key of an object node, and whether it is a map entry. */
export function childSchema(node: SchemaNode, key: string, definitions: { readonly [name: string]: SchemaNode }): { schema?: SchemaNode; mapEntry: boolean } {
  const r = resolveNode(node, definitions);
  if (isObject(r.properties) && isObject(r.properties[key])) return { schema: r.properties[key], mapEntry: false };
  if (isObject(r.additionalProperties)) return { schema: r.additionalProperties, mapEntry: true };
  if (r.additionalProperties === true) return { schema: undefined, mapEntry: true };
  return { schema: undefined, mapEntry: false };
}

/** The item schema of an array node. */
export function itemSchema(node: SchemaNode, definitions: { readonly [name: string]: SchemaNode }): SchemaNode | undefined {
  const r = resolveNode(node, definitions);
  return isObject(r.items) ? r.items : undefined;
}
