/**
 * Field-level comparison of two JSON values, and the display of values in a diff: short, one
 * line, and never a secret.
 */
import { sha256Hex } from '../core/hash';
import { canonical } from '../output/serialize';
import { FieldChange } from './model';

/** One step of a field path: a map key, a list index, or a list entry picked by its `name`. */
export type PathSegment = string | number | { readonly name: string };

/** Field names whose values are never shown, whatever object they are in. */
const SENSITIVE_KEY = /(^|[_.-])(password|passwd|secret|token|private_?key|privatekey|credentials?|user_data|userdata)$/i;

/** Longest value shown inline; longer ones are summarized. */
const MAX_INLINE = 120;

/** Options of {@link diffFields}. */
export interface DiffFieldsOptions {
  /**
   * True when the value at this path must not be shown (e.g. `data` of a Secret).
   * @default - only {@link SENSITIVE_KEY} fields are hidden
   */
  readonly isSecret?: (segments: readonly PathSegment[]) => boolean;
}

/** True when two JSON values are equal. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ak = Object.keys(a as object).filter((k) => (a as any)[k] !== undefined);
  const bk = Object.keys(b as object).filter((k) => (b as any)[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => jsonEqual((a as any)[k], (b as any)[k]));
}

/** Display form of a path: `spec.workers[name=web].maximum`, `metadata.labels["seedbed.io/shoot"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'object') out += `[name=${s.name}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function namedList(list: unknown[]): Map<string, unknown> | undefined {
  const byName = new Map<string, unknown>();
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.name !== 'string' || byName.has(item.name)) return undefined;
    byName.set(item.name, item);
  }
  return byName;
}

/** True when a dot path names a field whose value is never shown (`password`, `user_data`, …). */
export function isSensitivePath(path: string): boolean {
  return path.split('.').some((s) => SENSITIVE_KEY.test(s));
}

function isSensitive(segments: readonly PathSegment[], options: DiffFieldsOptions): boolean {
  if (options.isSecret?.(segments)) return true;
  return segments.some((s) => typeof s === 'string' && SENSITIVE_KEY.test(s));
}

/** One-line display of a value: scalars as JSON, long or multi-line text and large structures summarized. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value.includes('\n')) return `(text, ${value.split('\n').length} lines, sha256 ${shortHash(value)})`;
    if (value.length > MAX_INLINE) return `(text, ${value.length} characters, sha256 ${shortHash(value)})`;
    return /^[\w./:@+=,~^*%-]+$/.test(value) && value !== '' && !/^(true|false|null|-?\d[\d.e+-]*)$/.test(value) ? value : JSON.stringify(value);
  }
  const json = JSON.stringify(canonical(value));
  if (json === undefined) return 'undefined';
  if (json.length <= MAX_INLINE) return json;
  if (Array.isArray(value)) return `(list of ${value.length}, sha256 ${shortHash(json)})`;
  return `(map of ${Object.keys(value as object).length} fields, sha256 ${shortHash(json)})`;
}

function shortHash(text: string): string {
  return sha256Hex(text).slice(0, 12);
}

/** The value as shown for a path: the value itself, or `(hidden)` for secrets. */
function show(value: unknown, segments: readonly PathSegment[], options: DiffFieldsOptions): string {
  return isSensitive(segments, options) ? '(hidden)' : displayValue(value);
}

/**
 * The fields that differ between `a` and `b`, in document order (keys sorted). Lists of objects
 * with unique `name`s are matched by name; lists of scalars are compared as a whole; other lists
 * index by index.
 */
export function diffFields(a: unknown, b: unknown, options: DiffFieldsOptions = {}): FieldChange[] {
  const out: FieldChange[] = [];
  walk(a, b, [], out, options);
  return out;
}

function walk(a: unknown, b: unknown, segments: PathSegment[], out: FieldChange[], options: DiffFieldsOptions): void {
  if (jsonEqual(a, b)) return;
  const path = formatPath(segments);
  if (a === undefined) {
    out.push({ path, new: show(b, segments, options) });
    return;
  }
  if (b === undefined) {
    out.push({ path, old: show(a, segments, options) });
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) walk(a[k], b[k], [...segments, k], out, options);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const an = namedList(a);
    const bn = namedList(b);
    if (an && bn && (an.size > 0 || bn.size > 0)) {
      const names = [...an.keys(), ...[...bn.keys()].filter((n) => !an.has(n))];
      for (const n of names) walk(an.get(n), bn.get(n), [...segments, { name: n }], out, options);
      return;
    }
    const scalars = [...a, ...b].every((x) => x === null || typeof x !== 'object');
    if (!scalars) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...segments, i], out, options);
      return;
    }
    // A long list of scalars: what left it and what joined it, rather than two summaries.
    const whole = { path, old: show(a, segments, options), new: show(b, segments, options) };
    const key = (x: unknown) => JSON.stringify(x);
    const before = new Set(a.map(key));
    const after = new Set(b.map(key));
    const membership = before.size === a.length && after.size === b.length && (a.some((x) => !after.has(key(x))) || b.some((x) => !before.has(key(x))));
    if (membership && (whole.old.startsWith('(') || whole.new.startsWith('(') || Math.max(a.length, b.length) > 3)) {
      const element = [...segments, '[]'] as PathSegment[];
      for (const x of a) if (!after.has(key(x))) out.push({ path: `${path}[]`, old: show(x, element, options) });
      for (const x of b) if (!before.has(key(x))) out.push({ path: `${path}[]`, new: show(x, element, options) });
      return;
    }
    out.push(whole);
    return;
  }
  out.push({ path, old: show(a, segments, options), new: show(b, segments, options) });
}

/** The values at `path` (dot-separated keys; `*` for any key; lists are looked through). */
export function valuesAt(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (isPlainObject(v)) {
        if (key === '*') Object.keys(v).sort().forEach((k) => next.push(v[k]));
        else if (v[key] !== undefined) next.push(v[key]);
      }
    };
    current.forEach(visit);
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}
