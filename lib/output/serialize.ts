/**
 * Deterministic serialization: sorted map keys, list order kept, no undefined values, block
 * YAML without line folding, `\n` line ends.
 *
 * The YAML emitter itself is lib/core/yaml.ts (renderers use it too, for files inside stacks).
 */
import { canonical } from '../core/json';
import { isPlainObject, toYaml, YamlWriter } from '../core/yaml';
import { Manifest, RenderedFile } from '../core/manifest';

export { canonical };

export { toYaml };

/** A multi-document YAML stream of Kubernetes objects. */
export function manifestsToYaml(objects: readonly Manifest[]): string {
  const writer = new YamlWriter();
  return objects.map((o) => writer.document(o)).join('---\n');
}

/**
 * What {@link canonical} gives, for serializing only: plain objects and arrays that are canonical
 * already (keys in order, no undefined values, the same below) are returned as they are rather
 * than copied. JSON.stringify writes both alike. (Terraform stacks come out of the engine sorted.)
 */
function canonicalView(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      const w = canonicalView(v);
      if (!out && w !== v) out = value.slice(0, i);
      if (out) out.push(w);
    }
    return out ?? value;
  }
  if (!isPlainObject(value)) return canonical(value);
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1] < keys[i])) return canonical(obj);
  // canonical() drops an own `__proto__` key (assigning it sets the copy's prototype); so must this.
  if (Object.prototype.hasOwnProperty.call(obj, '__proto__')) return canonical(obj);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const v = obj[keys[i]];
    const w = v === undefined ? undefined : canonicalView(v);
    if (!out && w !== v) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]] = obj[keys[j]];
    }
    if (out && w !== undefined) out[keys[i]] = w;
  }
  return out ?? obj;
}

/** Pretty JSON with sorted keys and a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(canonicalView(value), null, 2)}\n`;
}

/** The bytes of a rendered file. */
export function serializeFile(file: RenderedFile): string {
  switch (file.kind) {
    case 'manifests':
      return manifestsToYaml(file.objects);
    case 'json':
      return toJson(file.value);
    case 'kustomization':
      return `${(file.comments ?? []).map((line) => `# ${line}`.trimEnd() + '\n').join('')}${toYaml({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: file.resources })}`;
  }
}

