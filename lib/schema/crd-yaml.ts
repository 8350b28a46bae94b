/**
 * A fast reader for the YAML that CRD generators write (controller-gen and its kin): block
 * mappings and sequences, plain and quoted scalars (also over several lines), literal and folded
 * block scalars, comments, empty flow collections, several documents per file.
 *
 * It reads the same values as the `yaml` package does with its defaults (YAML 1.2, core schema),
 * several times faster, which matters because CRD files are large (up to a megabyte each, most
 * of it descriptions). Anything outside that subset — anchors, aliases, tags, non-empty flow
 * collections, complex or non-string keys, duplicate keys, indentation indicators, tabs, a
 * line it cannot place — makes it give up (return undefined); the caller then reads the file
 * with the `yaml` package, which also reports the errors of malformed files. A test holds it to
 * the `yaml` package's result on every file in `crds/`.
 */

/** Thrown inside the reader when the text leaves the subset; never escapes {@link parseCrdYaml}. */
class Unsupported extends Error {}

const fail = (why: string): never => {
  throw new Unsupported(why);
};

/** Plain scalars that the core schema reads as something other than a string. */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** First characters that start something other than a plain scalar (or are reserved). */
const INDICATORS = new Set(['&', '*', '!', '%', '@', '`', '{', '[', '|', '>', '"', "'", '#', ',', ']', '}', '?', ':', '-']);

/** The value of a single-line plain scalar under the core schema. */
function plainValue(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_SPECIAL.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** Whether a sequence entry (`-` then a space or the line's end) starts at column `col`. */
function isEntryAt(line: string, col: number): boolean {
  return line[col] === '-' && (col + 1 === line.length || line[col + 1] === ' ');
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

function isBlank(line: string): boolean {
  return indentOf(line) === line.length;
}

/** Blank or comment-only. */
function isSkippable(line: string): boolean {
  const i = indentOf(line);
  return i === line.length || line[i] === '#';
}

/** Without trailing spaces (YAML's white space here: spaces; tabs never reach the reader). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}

function trimStart(text: string): string {
  const i = indentOf(text);
  return i === 0 ? text : text.slice(i);
}

/** The end of a plain scalar's text on one line: before ` #`, without trailing spaces. */
function plainPart(text: string): string {
  const hash = text.indexOf(' #');
  const s = trimEnd(hash >= 0 ? text.slice(0, hash) : text);
  if (s.includes(': ') || s.endsWith(':')) fail('mapping inside a plain scalar');
  return s;
}

/** What may follow a closing quote or an empty flow collection on its line: nothing or a comment. */
function checkTail(tail: string): void {
  const t = trimStart(tail);
  if (t !== '' && (t[0] !== '#' || tail[0] !== ' ')) fail('text after a scalar');
}

class Reader {
  private readonly lines: string[];
  private i = 0;

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  documents(): unknown[] {
    const docs: unknown[] = [];
    const lines = this.lines;
    while (this.i < lines.length) {
      this.skip();
      if (this.i >= lines.length) break;
      const line = lines[this.i];
      if (line[0] === '%' || line.startsWith('...')) fail('directive or document end');
      if (isDocumentStart(line)) {
        if (line.length > 3 && !isSkippable(line.slice(3))) fail('content after ---');
        this.i++;
        continue;
      }
      if (indentOf(line) !== 0) fail('document not at column 0');
      const value = this.node(-1);
      this.skip();
      if (this.i < lines.length && !isDocumentStart(lines[this.i])) fail('text after the document');
      if (value !== null && value !== undefined) docs.push(value);
    }
    return docs;
  }

  /** Moves past blank and comment lines. */
  private skip(): void {
    while (this.i < this.lines.length && isSkippable(this.lines[this.i])) this.i++;
  }

  /** The node starting at the next content line, which must be indented more than `parent`. */
  private node(parent: number): unknown {
    this.skip();
    if (this.i >= this.lines.length) return null;
    const line = this.lines[this.i];
    if (isDocumentStart(line)) return null;
    const col = indentOf(line);
    if (col <= parent) return null;
    if (isEntryAt(line, col)) return this.sequence(col);
    if (keyEnd(line, col) >= 0) return this.mapping(col);
    // A scalar on a line of its own.
    return this.scalar(line.slice(col), parent);
  }

  private mapping(col: number): { [key: string]: unknown } {
    const out: { [key: string]: unknown } = {};
    const lines = this.lines;
    for (;;) {
      this.skip();
      if (this.i >= lines.length) break;
      const line = lines[this.i];
      if (isDocumentStart(line)) break;
      const ind = indentOf(line);
      if (ind < col) break;
      if (ind > col) fail('unexpected indentation in a mapping');
      const end = keyEnd(line, col);
      if (end < 0) {
        if (isEntryAt(line, col)) break; // a sequence that ends the parent
        fail('not a mapping entry');
      }
      const key = keyText(line.slice(col, end));
      if (Object.prototype.hasOwnProperty.call(out, key)) fail('duplicate key');
      const rest = line.slice(end + 1);
      const value = trimStart(rest);
      if (value === '' || value[0] === '#') {
        if (value !== '' && rest[0] !== ' ') fail('comment without space');
        this.i++;
        this.skip();
        const next = this.i < lines.length ? lines[this.i] : undefined;
        if (next !== undefined && !isDocumentStart(next) && indentOf(next) === col && isEntryAt(next, col)) {
          out[key] = this.sequence(col);
        } else {
          out[key] = this.node(col);
        }
      } else {
        if (rest[0] !== ' ') fail('no space after the colon');
        out[key] = this.scalar(value, col);
      }
    }
    return out;
  }

  private sequence(col: number): unknown[] {
    const out: unknown[] = [];
    const lines = this.lines;
    for (;;) {
      this.skip();
      if (this.i >= lines.length) break;
      const line = lines[this.i];
      if (isDocumentStart(line)) break;
      const ind = indentOf(line);
      if (ind < col) break;
      if (ind > col || !isEntryAt(line, col)) {
        if (ind === col) break; // a mapping key after a compact sequence ends it
        fail('unexpected line in a sequence');
      }
      const rest = line.slice(col + 1);
      const value = trimStart(rest);
      if (value === '' || value[0] === '#') {
        this.i++;
        out.push(this.node(col));
        continue;
      }
      const at = line.length - value.length;
      if (isEntryAt(value, 0)) fail('nested sequence on one line');
      if (keyEnd(line, at) >= 0) {
        // A mapping that starts on the dash line: read it as if the dash were a space.
        lines[this.i] = ' '.repeat(at) + value;
        out.push(this.mapping(at));
      } else {
        out.push(this.scalar(value, col));
      }
    }
    return out;
  }

  /**
   * A scalar whose text (`text`, the rest of the current line) starts on the current line;
   * continuation lines must be indented more than `parent`. Leaves the reader after it.
   */
  private scalar(text: string, parent: number): unknown {
    const c = text[0];
    if (c === '"' || c === "'") return this.quoted(text, parent);
    if (c === '|' || c === '>') return this.block(text, parent);
    if (c === '[' || c === '{') {
      const close = c === '[' ? ']' : '}';
      let j = 1;
      while (text[j] === ' ') j++;
      if (text[j] !== close) fail('non-empty flow collection');
      checkTail(text.slice(j + 1));
      this.i++;
      return c === '[' ? [] : {};
    }
    if (INDICATORS.has(c) && !((c === '-' || c === '?' || c === ':') && text.length > 1 && text[1] !== ' ')) fail(`indicator ${c}`);
    const first = plainPart(text);
    this.i++;
    // Continuation lines, folded: one line break is a space, each empty line a newline.
    const lines = this.lines;
    let out = first;
    let continued = false;
    let commented = text.includes(' #');
    for (;;) {
      let j = this.i;
      let empty = 0;
      while (j < lines.length && isBlank(lines[j])) {
        j++;
        empty++;
      }
      if (j >= lines.length) break;
      const line = lines[j];
      const ind = indentOf(line);
      if (ind <= parent || isDocumentStart(line)) break;
      if (line[ind] === '#') break;
      if (commented) fail('comment before a continuation');
      const raw = line.slice(ind);
      commented = raw.includes(' #');
      const part = plainPart(raw);
      out += empty === 0 ? ` ${part}` : '\n'.repeat(empty) + part;
      continued = true;
      this.i = j + 1;
    }
    return continued ? out : plainValue(out);
  }

  /**
   * A single- or double-quoted scalar, possibly over several lines: each line break is folded
   * into a space, or into one newline per empty line after it, with the spaces around it dropped
   * (not those an escape stands for).
   */
  private quoted(text: string, parent: number): string {
    const quote = text[0];
    const lines = this.lines;
    let out = '';
    let line = text.slice(1);
    for (;;) {
      let j = 0;
      let kept = out.length; // what an escape produced is never trimmed
      let closed = false;
      while (j < line.length) {
        const ch = line[j];
        if (quote === "'") {
          if (ch === "'") {
            if (line[j + 1] === "'") {
              out += "'";
              j += 2;
              continue;
            }
            closed = true;
            break;
          }
        } else if (ch === '"') {
          closed = true;
          break;
        } else if (ch === '\\') {
          const [decoded, width] = unescape(line, j);
          out += decoded;
          kept = out.length;
          j += width;
          continue;
        }
        out += ch;
        j++;
      }
      if (closed) {
        checkTail(line.slice(j + 1));
        this.i++;
        return out;
      }
      // The scalar goes on: trailing spaces before the break are dropped.
      let end = out.length;
      while (end > kept && out.charCodeAt(end - 1) === 32) end--;
      out = out.slice(0, end);
      this.i++;
      let empty = 0;
      while (this.i < lines.length && isBlank(lines[this.i])) {
        this.i++;
        empty++;
      }
      if (this.i >= lines.length) fail('unterminated quoted scalar');
      const next = lines[this.i];
      if (indentOf(next) <= parent || isDocumentStart(next)) fail('quoted scalar continues too little indented');
      out += empty === 0 ? ' ' : '\n'.repeat(empty);
      line = trimStart(next);
    }
  }

  /** A literal (`|`) or folded (`>`) block scalar; its content is indented more than `parent`. */
  private block(header: string, parent: number): string {
    const m = /^([|>])([-+]?)(?:[ ]+#.*)?[ ]*$/.exec(header);
    if (!m) fail('block scalar header');
    const [, style, chomp] = m!;
    const lines = this.lines;
    this.i++;
    // The content indentation is that of the first non-empty line.
    let j = this.i;
    let leadingMax = 0;
    while (j < lines.length && isBlank(lines[j])) {
      leadingMax = Math.max(leadingMax, lines[j].length);
      j++;
    }
    const indent = j < lines.length ? indentOf(lines[j]) : 0;
    const content: string[] = [];
    if (j < lines.length && indent > parent && !isDocumentStart(lines[j])) {
      if (leadingMax > indent) fail('leading blank line indented more than the content');
      for (; this.i < lines.length; this.i++) {
        const line = lines[this.i];
        if (isBlank(line)) {
          if (line.length > indent) fail('blank line with extra spaces in a block scalar');
          content.push('');
          continue;
        }
        if (indentOf(line) < indent) break;
        content.push(line.slice(indent));
      }
    }
    let last = content.length - 1;
    while (last >= 0 && content[last] === '') last--;
    const trailing = content.length - 1 - last;
    const body = content.slice(0, last + 1);
    let text: string;
    if (style === '|') {
      text = body.join('\n');
    } else {
      text = '';
      let breaks = 0;
      let started = false;
      for (const l of body) {
        if (l === '') {
          breaks++;
          continue;
        }
        if (l[0] === ' ') fail('more-indented line in a folded scalar');
        if (!started) text += '\n'.repeat(breaks);
        else text += breaks === 0 ? ' ' : '\n'.repeat(breaks);
        text += l;
        breaks = 0;
        started = true;
      }
    }
    if (body.length === 0) {
      if (chomp === '+') fail('kept empty block scalar');
      return '';
    }
    if (chomp === '-') return text;
    if (chomp === '+') return `${text}\n${'\n'.repeat(trailing)}`;
    return `${text}\n`;
  }
}

function isDocumentStart(line: string): boolean {
  return line.startsWith('---') && (line.length === 3 || line[3] === ' ');
}

/**
 * Where the colon of a block mapping key starting at `col` is (`key:` followed by a space or the
 * end of the line), or -1 when the line holds no key there. Quoted keys end at their quote.
 */
function keyEnd(line: string, col: number): number {
  const c = line[col];
  if (c === '"' || c === "'") {
    let j = col + 1;
    while (j < line.length) {
      if (line[j] === c) {
        if (c === "'" && line[j + 1] === "'") {
          j += 2;
          continue;
        }
        break;
      }
      if (c === '"' && line[j] === '\\') j++;
      j++;
    }
    if (j >= line.length) return -1;
    let k = j + 1;
    while (line[k] === ' ') k++;
    return line[k] === ':' && (k + 1 === line.length || line[k + 1] === ' ') ? k : -1;
  }
  for (let j = col; j < line.length; j++) {
    const ch = line[j];
    if (ch === ':' && (j + 1 === line.length || line[j + 1] === ' ')) return j;
    if (ch === '#' && j > col && line[j - 1] === ' ') return -1;
  }
  return -1;
}

/** The string a key stands for; gives up on keys the core schema would not read as strings. */
function keyText(raw: string): string {
  const text = raw.trimEnd();
  const c = text[0];
  if (c === '"' || c === "'") {
    if (c === "'") return text.slice(1, -1).split("''").join("'");
    let out = '';
    for (let j = 1; j < text.length - 1;) {
      if (text[j] === '\\') {
        const [d, w] = unescape(text, j);
        out += d;
        j += w;
      } else {
        out += text[j++];
      }
    }
    return out;
  }
  if (text === '' || INDICATORS.has(c) || text === '<<' || text === '__proto__' || plainValue(text) !== text) fail('key');
  return text;
}

const ESCAPES: { [c: string]: string } = {
  '0': '\0', 'a': '\x07', 'b': '\b', 't': '\t', '\t': '\t', 'n': '\n', 'v': '\v', 'f': '\f', 'r': '\r', 'e': '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', 'N': '\u0085', '_': '\u00a0', 'L': '\u2028', 'P': '\u2029',
};

/** The character(s) of the escape sequence at `line[j]` (a backslash) and its width. */
function unescape(line: string, j: number): [string, number] {
  const c = line[j + 1];
  if (c === undefined) fail('escaped line break');
  const simple = ESCAPES[c];
  if (simple !== undefined) return [simple, 2];
  const hex = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hex === 0) fail('unknown escape');
  const digits = line.slice(j + 2, j + 2 + hex);
  if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) fail('bad escape');
  return [String.fromCodePoint(parseInt(digits, 16)), 2 + hex];
}

/**
 * The documents of a YAML text, as the `yaml` package's `parseAllDocuments(text)` followed by
 * `toJS()` gives them, without empty documents; undefined when the text uses YAML this reader
 * does not handle.
 */
export function parseCrdYaml(text: string): unknown[] | undefined {
  if (text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return new Reader(text).documents();
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
