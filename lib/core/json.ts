/**
 * Helpers for plain JSON data, shared by the schema check, the renderers and the output.
 */
import { sortStrings } from './order';

/** True for plain objects (not arrays, not null). */
export function isObject(value: unknown): value is { [key: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of JSON data. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

/**
 * A deep copy of data a user passes in, as JSON would copy it (undefined members dropped, undefined
 * list items as null), except that what JSON would lose or crash on is kept as it is, for the
 * props check to report with its field path: a `Map`, `Set` or class instance (JSON: `{}`), a
 * BigInt or a function, a cycle (kept as a cycle), an own `__proto__` key (kept as a key).
 */
export function copyData<T>(value: T): T {
  return copyDataIn(value, new Map()) as T;
}

function copyDataIn(value: unknown, copies: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (copies.has(value)) return copies.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const v of value) out.push(v === undefined ? null : copyDataIn(v, copies));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    // An own `__proto__` key (JSON.parse makes one) would set the copy's prototype if assigned: kept as a key, for the props check to refuse.
    if (k === '__proto__') Object.defineProperty(out, k, { value: copyDataIn(v, copies), enumerable: true, writable: true, configurable: true });
    else out[k] = copyDataIn(v, copies);
  }
  return out;
}

/** A deep copy with map keys sorted and undefined values dropped. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of sortStrings(Object.keys(value as object))) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/**
 * JSON text with object keys sorted at every level ({@link canonical}): equal data gives equal text.
 *
 * The text is `JSON.stringify(canonical(value))`, written in one pass without the copy (a large
 * synth hashes every resolved shoot this way). What the copy would make differently from a plain
 * walk — an own `__proto__` key (assigning it sets the copy's prototype), an own `toJSON` function
 * (JSON.stringify calls it on the copy), a BigInt, a structure too deep for the stack — is left to
 * the copy, so the text and the errors are the same in every case.
 */
export function stableJson(value: unknown): string {
  // (A getter that asks for stableJson while the writer runs gets the copy's text.)
  if (typeof value === 'object' && value !== null && !writing) {
    writing = true;
    try {
      text = '';
      writeValue(value);
      return text;
    } catch (e) {
      if (e !== UNUSUAL && !(e instanceof RangeError)) throw e;
    } finally {
      text = '';
      writing = false;
    }
  }
  return JSON.stringify(canonical(value));
}

/** Thrown by the one-pass writer where only the copy knows what JSON.stringify makes of a value. */
const UNUSUAL = new Error('a value only the canonical copy writes faithfully');
/** The text {@link stableJson}'s writer is appending to, while `writing`. */
let text = '';
let writing = false;

/** Characters JSON.stringify writes escaped: `"`, `\\`, control characters and (lone) surrogates. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it. */
function quoted(s: string): string {
  return ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** `"<key>":`, kept by key: objects of one kind repeat the same keys thousands of times. */
function keyText(key: string): string {
  let name = keyTexts.get(key);
  if (name === undefined) {
    name = `${JSON.stringify(key)}:`;
    if (keyTexts.size >= KEY_TEXTS_MAX) keyTexts.clear();
    keyTexts.set(key, name);
  }
  return name;
}

const keyTexts = new Map<string, string>();
const KEY_TEXTS_MAX = 10_000;

/** Appends `v` as JSON.stringify writes `canonical(v)` inside a list (undefined, functions and symbols: null). */
function writeValue(v: unknown): void {
  switch (typeof v) {
    case 'string':
      text += quoted(v);
      return;
    case 'number':
      text += Number.isFinite(v) ? String(v) : 'null';
      return;
    case 'boolean':
      text += v ? 'true' : 'false';
      return;
    case 'object':
      if (v === null) text += 'null';
      else if (Array.isArray(v)) writeList(v);
      else writeObject(v as Record<string, unknown>);
      return;
    case 'bigint':
      throw UNUSUAL;
    default:
      text += 'null';
  }
}

function writeList(list: readonly unknown[]): void {
  text += '[';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) text += ',';
    writeValue(list[i]);
  }
  text += ']';
}

/** Whether `key` is an array index ("0" to "4294967294"): objects list those keys first, in numeric order. */
function isIndex(key: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}

/**
 * The keys of `obj` in the order the canonical copy lists them: the copy adds them sorted, and an
 * object lists its array-index keys first, in numeric order.
 */
function keysInCopyOrder(obj: object): string[] {
  return inCopyOrder(Object.keys(obj));
}

/** `keys` (an object's) sorted into the order the canonical copy of the object lists them. */
function inCopyOrder(unsorted: string[]): string[] {
  const keys = sortStrings(unsorted);
  let digits = false;
  for (let i = 0; i < keys.length && !digits; i++) {
    const c = keys[i].charCodeAt(0);
    digits = c >= 48 && c <= 57;
  }
  if (!digits) return keys;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return indices.length === 0 ? keys : [...indices, ...keys.filter((k) => !isIndex(k))];
}

function writeObject(obj: Record<string, unknown>): void {
  const keys = keysInCopyOrder(obj);
  text += '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const v = obj[key];
    // Left out by the copy (undefined) or by JSON.stringify (functions, symbols).
    if (v === undefined || typeof v === 'symbol') continue;
    if (typeof v === 'function') {
      if (key === 'toJSON') throw UNUSUAL;
      continue;
    }
    if (key === '__proto__') throw UNUSUAL;
    if (first) first = false;
    else text += ',';
    text += keyText(key);
    writeValue(v);
  }
  text += '}';
}

/**
 * `stableJson({ ...value, ...members })` where `value`'s own keys in `leftOut` are left out and
 * `texts` gives the stableJson text of each of `members`' values: those are put in as they are,
 * without copying `value` or writing them again (a shoot's hash puts its CloudProfile's text, the
 * same for thousands of shoots, into each). Undefined for an object only the canonical copy writes
 * faithfully (an own `__proto__` key, an own `toJSON` function): the caller then takes the long way.
 */
export function stableJsonWithMembers(value: object, leftOut: ReadonlySet<string>, texts: ReadonlyMap<string, string>): string | undefined {
  const keys: string[] = [];
  for (const key of Object.keys(value)) if (!leftOut.has(key) && !texts.has(key)) keys.push(key);
  for (const key of texts.keys()) keys.push(key);
  let out = '{';
  let first = true;
  for (const key of inCopyOrder(keys)) {
    let part = texts.get(key);
    if (part === undefined) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'symbol') continue;
      if (typeof v === 'function') {
        if (key === 'toJSON') return undefined;
        continue;
      }
      if (key === '__proto__') return undefined;
      part = stableJson(v);
    }
    out += first ? keyText(key) : `,${keyText(key)}`;
    out += part;
    first = false;
  }
  return `${out}}`;
}
