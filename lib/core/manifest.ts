/**
 * What renderers return: plain Kubernetes objects (built with the typed L1 `manifest()` helpers,
 * no construct tree) grouped into files of the output layout.
 */

/** A Kubernetes object as plain JSON. */
export interface Manifest {
  /** API group and version (`apps/v1`; `v1` for the core group). */
  readonly apiVersion: string;
  /** Kind of the object (`Deployment`). */
  readonly kind: string;
  /** Name, namespace (namespaced kinds only), labels and annotations. */
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly labels?: Record<string, string>; readonly annotations?: Record<string, string> };
  readonly [key: string]: any;
}

/** One file of the rendered tree: Kubernetes objects (YAML), or any JSON document. */
export type RenderedFile =
  | { readonly kind: 'manifests'; readonly objects: Manifest[] }
  | { readonly kind: 'json'; readonly value: unknown }
  | {
    readonly kind: 'kustomization';
    readonly resources: string[];
    /** Comment lines written above the document, for readers (kustomize ignores them). */
    readonly comments?: string[];
  };

/** The whole rendered output, keyed by path relative to the output root (posix separators). */
export type RenderedTree = Map<string, RenderedFile>;

/** A short identity of an object: `Kind namespace/name`. */
export function objectId(m: Manifest): string {
  return `${m.kind} ${m.metadata.namespace ? `${m.metadata.namespace}/` : ''}${m.metadata.name}`;
}
