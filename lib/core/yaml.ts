/**
 * The one YAML emitter of seedbed (manifests, kustomizations, cloud-init and kubeadm files inside
 * Terraform stacks): deterministic — sorted map keys, list order kept, no undefined values, block
 * YAML without line folding, `\n` line ends.
 *
 * The YAML is written by a small emitter for JSON-like data (plain objects, arrays, strings,
 * finite numbers, booleans, null) rather than a general YAML library: the output is read back
 * to the same data by YAML 1.2 (core schema) and YAML 1.1 readers alike — Kubernetes and
 * kustomize among them — because a string is written plain only when no reader could take it
 * for anything else.
 *
 * * Block style, two-space indentation, sequences indented under their key (`  - a`), `{}` and
 *   `[]` for empty collections.
 * * A one-line string is plain unless it is empty, starts or ends with a space, starts with an
 *   indicator (`-?:,[]{}#&*!|>'"%@` and backquote) or a document marker (`--- `, `... `, `...`), contains `: ` or ` #`, ends with `:`, holds a
 *   tab or a character YAML cannot print, or resolves to something else under either schema:
 *   null, a boolean (including YAML 1.1's `yes`/`no`/`on`/`off`/`y`/`n`), a number (including
 *   octal, hexadecimal, binary, sexagesimal, underscored and YAML 1.1 floats such as `1.33.5`),
 *   `.inf`/`.nan`, a timestamp, or the 1.1 merge/value keys `<<` and `=`. Otherwise it is
 *   double-quoted with JSON's escapes, plus `\u` escapes for DEL, C1 controls, U+0085,
 *   U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF and unpaired surrogates.
 * * A multi-line string is a literal block scalar (`|-`, `|` or `|+` after its trailing line
 *   breaks, with an indentation indicator when its first line starts with a space), or
 *   double-quoted where a block scalar would not hold it exactly or not be read alike
 *   everywhere: a line ending in whitespace, a character needing an escape, no line with
 *   content, a first line starting with a tab (libyaml rejects it), an indented first line
 *   in a document that is just the string.
 * * Numbers are written so both schemas read the same value: integers as digits, exponents
 *   with a mantissa dot and a signed exponent (`1.0e+21`), negative zero as `-0.0`.
 */
import { sortStrings } from './order';

/** YAML of one document. */
export function toYaml(value: unknown): string {
  return new YamlWriter().document(value);
}

// ------------------------------------------------------------------------------------- scalars

/** Characters that force double quotes: controls (tab and CR included), DEL, C1, YAML 1.1 line breaks, BOM, non-characters, unpaired surrogates. */
const NEEDS_ESCAPE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;
/** The same, apart from the line feed and tab a literal block scalar holds as they are. */
const NOT_IN_BLOCK = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;
/** Characters JSON.stringify leaves as they are but YAML needs escaped. */
const EXTRA_ESCAPE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const EXTRA_ESCAPES = new RegExp(EXTRA_ESCAPE.source, 'g');
/** Indicators a plain scalar may not start with (a few are allowed by YAML in some positions; never used here). */
const LEADING_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/**
 * A document marker (`---` starts a document, `...` ends one; either followed by a space, a tab or
 * the end of the line) at the start of a line: a top-level key or a document that is one scalar
 * would begin with it. Any string starting with one is quoted, wherever it is (`...x` is no marker).
 */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \t]|$)/;
/** Structures that end or comment out a plain scalar, and leading or trailing spaces. */
const BREAKS_PLAIN = /: |:$| #|^ | $/;
/** Words that resolve to null or a boolean in YAML 1.2 core or 1.1 (any capitalization), and 1.1's merge and value keys. */
const KEYWORD = /^(?:~|null|true|false|yes|no|y|n|on|off|<<|=)$/i;
/**
 * Everything that could read as a number in either schema: digits, `_`, `.` and `:` with an
 * optional sign and exponent (integers, octals, floats incl. 1.1's `1.33.5` and exponent-only
 * forms, sexagesimals, underscores); prefixed hexadecimal, octal and binary; infinity and NaN.
 */
const NUMBER_LIKE = /^[-+]?[0-9_.:]*(?:[eE][-+]?[0-9]+)?$|^[-+]?0[xob][0-9a-f_]*$|^[-+]?\.(?:inf|nan)$/i;
/** YAML 1.1 timestamps (and anything starting like one). */
const TIMESTAMP_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;
/** Longest implicit key YAML allows (in characters); longer keys are written as explicit `? ` keys. */
const MAX_IMPLICIT_KEY = 1024;

/** Most strings: a letter, then letters, digits, `/`, `.`, `_`, `-` (names, labels, paths, kinds). */
const SIMPLE = /^[A-Za-z][A-Za-z0-9/._-]*$/;
/** The simple strings that still resolve to something else: keywords and exponent-only 1.1 floats (`e5`). */
const SIMPLE_BUT_NOT_STRING = /^(?:null|true|false|yes|no|y|n|on|off|e[-+]?[0-9]+)$/i;

/** Whether a one-line string can be written as a plain scalar. */
function isPlainSafe(s: string): boolean {
  if (SIMPLE.test(s)) return !SIMPLE_BUT_NOT_STRING.test(s);
  return s !== ''
    && !LEADING_INDICATOR.test(s)
    && !DOCUMENT_MARKER.test(s)
    && !BREAKS_PLAIN.test(s)
    && !NEEDS_ESCAPE.test(s)
    && !KEYWORD.test(s)
    && !NUMBER_LIKE.test(s)
    && !TIMESTAMP_LIKE.test(s);
}

/** A double-quoted scalar. */
function doubleQuoted(s: string): string {
  const json = JSON.stringify(s);
  return EXTRA_ESCAPE.test(json) ? json.replace(EXTRA_ESCAPES, unicodeEscape) : json;
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Map keys repeat across objects (`apiVersion`, `metadata`, label keys): their text is worked out once. */
const keyTexts = new Map<string, string>();
const KEY_CACHE_SIZE = 10_000;

/** A map key followed by `:` (an explicit `? ` key when too long for an implicit one). */
function keyText(key: string, indent: number): string {
  if (key.length > MAX_IMPLICIT_KEY) return `? ${doubleQuoted(key)}\n${pad(indent)}:`;
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = `${isPlainSafe(key) ? key : doubleQuoted(key)}:`;
    if (keyTexts.size >= KEY_CACHE_SIZE) keyTexts.clear();
    keyTexts.set(key, text);
  }
  return text;
}

/** A number both YAML schemas read back as the same value. */
function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new UnwritableValue(n);
  if (Object.is(n, -0)) return '-0.0';
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  // 1e+21 → 1.0e+21, 1.5e-7 → 1.5e-7: YAML 1.1 floats need a dot and a signed exponent.
  const mantissa = s.slice(0, e);
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}e${s.slice(e + 1)}`;
}

// -------------------------------------------------------------------------------------- writer

const SPACES: string[] = [''];

function pad(n: number): string {
  let s = SPACES[n];
  if (s === undefined) {
    s = ' '.repeat(n);
    SPACES[n] = s;
  }
  return s;
}

/** Writes JSON-like values as block YAML. */
export class YamlWriter {
  private out = '';

  /** One document (no `---`), ending in a line feed. */
  public document(value: unknown): string {
    this.out = '';
    try {
      if (isCollection(value) && !isEmpty(value)) {
        this.block(value, 0, false);
      } else {
        this.out += `${this.inline(value, 0, true)}\n`;
      }
    } catch (err) {
      if (err instanceof UnwritableValue) {
        const where = pathTo(value, err.value) ?? '(unknown)';
        throw new TypeError(`cannot write ${describe(err.value)} as YAML at ${where || '(root)'}: only plain objects, arrays, strings, finite numbers, booleans and null`);
      }
      throw err;
    }
    const out = this.out;
    this.out = '';
    return out;
  }

  /**
   * A non-empty collection at `indent`; with `inline`, its first line continues the current
   * line (after `- `).
   */
  private block(value: object, indent: number, inline: boolean): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!inline || i > 0) this.out += pad(indent);
        this.out += '-';
        this.entry(value[i], indent, true);
      }
      return;
    }
    const obj = value as Record<string, unknown>;
    let first = true;
    for (const key of sortedKeys(obj)) {
      const v = obj[key];
      if (v === undefined) continue;
      if (!inline || !first) this.out += pad(indent);
      first = false;
      this.out += keyText(key, indent);
      this.entry(v, indent, false);
    }
  }

  /** What follows `key:` or `-` (a value on the same line, or a nested block on the next). */
  private entry(v: unknown, indent: number, inSequence: boolean): void {
    if (isCollection(v) && !isEmpty(v)) {
      // In a list the first line of a map or list follows the dash (`- key: value`, `- - a`),
      // the rest lines up under it; under a key the block starts on the next line.
      this.out += inSequence ? ' ' : '\n';
      this.block(v, indent + 2, inSequence);
      return;
    }
    this.out += ` ${this.inline(v, indent, false)}\n`;
  }

  /**
   * A scalar or empty collection written after `key: ` or `- ` at `indent`; a block scalar's
   * lines go at `indent + 2`. `top` is true for a document that is a single scalar.
   */
  private inline(v: unknown, indent: number, top: boolean): string {
    switch (typeof v) {
      case 'string':
        return this.string(v, indent, top);
      case 'number':
        return formatNumber(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'undefined':
        // Only reachable as a list item or the whole document (maps leave it out): JSON writes null.
        return 'null';
      case 'object':
        if (v === null) return 'null';
        if (Array.isArray(v)) return '[]';
        if (isPlainObject(v)) return '{}';
        break;
      default:
        break;
    }
    throw new UnwritableValue(v);
  }

  private string(s: string, indent: number, top: boolean): string {
    if (!s.includes('\n')) return isPlainSafe(s) ? s : doubleQuoted(s);
    return literalBlock(s, indent, top) ?? doubleQuoted(s);
  }
}

/** A literal block scalar (header and lines) for a multi-line string, or undefined when it cannot hold it exactly. */
function literalBlock(s: string, indent: number, top: boolean): string | undefined {
  if (NOT_IN_BLOCK.test(s)) return undefined;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 10) end--;
  if (end === 0) return undefined; // only line feeds: no content line to anchor the block
  const trailing = s.length - end;
  const lines = s.slice(0, end).split('\n');
  let firstContent = '';
  for (const line of lines) {
    const last = line.charCodeAt(line.length - 1);
    if (last === 32 || last === 9) return undefined; // trailing whitespace is not kept reliably
    if (firstContent === '' && line !== '') firstContent = line;
  }
  // libyaml (Go's yaml.v3, kustomize) rejects a tab opening the first line of a block scalar.
  if (firstContent.startsWith('\t')) return undefined;
  const needsIndicator = firstContent.startsWith(' ');
  // A document that is one string has no parent indentation for an indicator to count from.
  if (needsIndicator && top) return undefined;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const prefix = pad(indent + 2);
  let out = `|${needsIndicator ? '2' : ''}${chomp}`;
  for (const line of lines) out += line === '' ? '\n' : `\n${prefix}${line}`;
  // Kept line breaks beyond the one ending the last line are empty lines.
  for (let i = 1; i < trailing; i++) out += '\n';
  return out;
}

// --------------------------------------------------------------------------------------- values

export function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function isCollection(v: unknown): v is object {
  return typeof v === 'object' && v !== null && (Array.isArray(v) || isPlainObject(v));
}

function isEmpty(v: object): boolean {
  if (Array.isArray(v)) return v.length === 0;
  for (const k in v) {
    if (Object.prototype.hasOwnProperty.call(v, k) && (v as Record<string, unknown>)[k] !== undefined) return false;
  }
  return true;
}

/** Own keys in code-unit order (what `Array.prototype.sort` gives), sorting only when needed. */
function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1] > keys[i]) return sortStrings(keys);
  }
  return keys;
}

/** Thrown inside the writer for a value YAML (as seedbed writes it) cannot hold; reported with its path. */
class UnwritableValue extends Error {
  constructor(public readonly value: unknown) {
    super('unwritable value');
  }
}

/** Where `target` sits in `root` (`spec.items[2].name`), found only when something went wrong. */
function pathTo(root: unknown, target: unknown, path = ''): string | undefined {
  if (Object.is(root, target)) return path;
  if (typeof root !== 'object' || root === null) return undefined;
  const entries = Array.isArray(root) ? root.map((v, i) => [`${path}[${i}]`, v] as const) : Object.keys(root).map((k) => [path === '' ? k : `${path}.${k}`, (root as any)[k]] as const);
  for (const [p, v] of entries) {
    const found = pathTo(v, target, p);
    if (found !== undefined) return found;
  }
  return undefined;
}

function describe(v: unknown): string {
  if (typeof v === 'object' && v !== null) return `an instance of ${v.constructor?.name ?? 'an unknown class'}`;
  if (typeof v === 'number') return String(v);
  return `a ${typeof v}`;
}
