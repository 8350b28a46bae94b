/**
 * Schema problems and Kubernetes-style field paths (`spec.workers[0].name`,
 * `metadata.labels[app.kubernetes.io/name]`).
 */
import { Manifest, objectId } from '../core/manifest';

/** One way an object does not match the upstream schema of its kind. */
export interface SchemaProblem {
  /** apiVersion of the object (as written in it). */
  readonly apiVersion: string;
  /** kind of the object (as written in it). */
  readonly kind: string;
  /** metadata.name of the object ('' when missing). */
  readonly name: string;
  /** metadata.namespace of the object, when set. */
  readonly namespace?: string;
  /** Field path in Kubernetes style, e.g. `spec.controlPlane.deployment.replicas`; '' for the object itself. */
  readonly field: string;
  /** What is wrong, e.g. `Required value` or `Unsupported value: "x": supported values: "a", "b"`. */
  readonly message: string;
}

/** One step of a field path. */
export type PathSegment =
  | { readonly type: 'field'; readonly name: string }
  | { readonly type: 'index'; readonly index: number }
  | { readonly type: 'key'; readonly key: string };

/** A field path: a list of segments. */
export type FieldPath = readonly PathSegment[];

export const field = (name: string): PathSegment => ({ type: 'field', name });
export const index = (i: number): PathSegment => ({ type: 'index', index: i });
export const key = (k: string): PathSegment => ({ type: 'key', key: k });

/** Renders a path the way Kubernetes' field.Path does. */
export function renderPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) {
    if (seg.type === 'field') out += out === '' ? seg.name : `.${seg.name}`;
    else if (seg.type === 'index') out += `[${seg.index}]`;
    else out += `[${seg.key}]`;
  }
  return out;
}

/**
 * Parses a relative `fieldPath` of an `x-kubernetes-validations` rule (`.spec.foo`,
 * `.foo['bar.baz']`, `.list[2]`); undefined when it cannot be parsed.
 */
export function parseRuleFieldPath(text: string): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  let rest = text.trim();
  while (rest !== '') {
    let m = /^\.([A-Za-z_$][\w$-]*)/.exec(rest);
    if (m) {
      out.push(field(m[1]));
    } else if ((m = /^\[\s*'((?:[^'\\]|\\.)*)'\s*\]/.exec(rest)) || (m = /^\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest))) {
      out.push(field(m[1].replace(/\\(.)/g, '$1')));
    } else if ((m = /^\[\s*(\d+)\s*\]/.exec(rest))) {
      out.push(index(Number(m[1])));
    } else {
      return undefined;
    }
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** Orders problems by field path (indices numerically), then message. */
export function compareProblems(a: SchemaProblem, b: SchemaProblem): number {
  const pa = splitForSort(a.field);
  const pb = splitForSort(b.field);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return 1;
    if (typeof y === 'number') return -1;
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

function splitForSort(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  const re = /\[(\d+)\]|\[([^\]]*)\]|\.?([^.[]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else out.push(m[2] ?? m[3]);
  }
  return out;
}

/** A short rendering of a value for messages (`"text"`, `42`, `"object"`, `"array"`). */
export function preview(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '"array"';
  if (typeof value === 'object') return '"object"';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}..."` : text;
}

/**
 * A problem of an object in an output file, as `synth` and `validate` report it:
 * `<file>: <Kind namespace/name> <field>: <problem>`.
 */
export function problemLine(file: string, object: Manifest, field: string, message: string): string {
  return `${file}: ${objectId(object)} ${field || '(object)'}: ${message}`;
}

/** Every problem of the objects of one output file, as {@link problemLine}s, in object order. */
export function fileProblemLines(file: string, objects: readonly Manifest[], registry: { validate(o: unknown): readonly SchemaProblem[] }): string[] {
  const lines: string[] = [];
  for (const object of objects) {
    for (const p of registry.validate(object)) lines.push(problemLine(file, object, p.field, p.message));
  }
  return lines;
}
