/**
 * Deterministic serialization: sorted map keys, list order kept, no undefined values, block
 * YAML without line folding, `\n` line ends.
 */
import { stringify } from 'yaml';
import { Manifest, RenderedFile } from '../render/manifest';

/** A deep copy with map keys sorted and undefined values dropped. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, indentSeq: true, aliasDuplicateObjects: false } as const;

/** YAML of one document. */
export function toYaml(value: unknown): string {
  return stringify(canonical(value), YAML_OPTIONS);
}

/** A multi-document YAML stream of Kubernetes objects. */
export function manifestsToYaml(objects: readonly Manifest[]): string {
  return objects.map((o) => toYaml(o)).join('---\n');
}

/** Pretty JSON with sorted keys and a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(canonical(value), null, 2)}\n`;
}

/** The bytes of a rendered file. */
export function serializeFile(file: RenderedFile): string {
  switch (file.kind) {
    case 'manifests':
      return manifestsToYaml(file.objects);
    case 'json':
      return toJson(file.value);
    case 'kustomization':
      return toYaml({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: file.resources });
  }
}
