/**
 * Fleet data is never Terraform code.
 *
 * Terraform (and OpenTofu) read every string value of a JSON configuration as a template:
 * `${…}` is evaluated and `%{…}` is a directive, in values and in the keys of maps alike. A
 * floating-pool name such as `ext-${file("/etc/passwd")}` would make `terraform plan` read a file
 * on the runner that holds the cloud credentials. The stack renderers, on the other hand, write
 * real expressions of their own (`${openstack_networking_network_v2.nodes.id}`) into the same
 * strings, often around fleet data (`${shoot}-${pool}-${each.key}`).
 *
 * The two are told apart by where a string comes from, in two steps:
 *
 * 1. {@link markFleetData} — where resolved fleet data enters the stack renderers
 *    (`defineShootStack`), every string in it has its template openers (`${`, `%{`) replaced by a
 *    private-use marker of the same length. Whatever the renderers build from fleet data then
 *    carries markers, never live `${`; what they write themselves stays live.
 * 2. {@link unmarkLiterals} — where the stack document is finished (one choke point every
 *    stack passes, in lib/render/terraform/engine.ts), each marker becomes the escaped opener (`$${`,
 *    `%%{`), which Terraform reads back as the literal text. Blocks Terraform reads without
 *    evaluating (the state backend, `moved` addresses) get the opener back as it was.
 *
 * Text the renderers hand to other writers first (cloud-init YAML, escaped as a whole by its
 * writer) carries the markers through unchanged: they are plain characters to YAML and do not
 * contain `${`.
 */

/** Marks one escaped sequence; a private-use character, followed by the code of what it stands for. */
const MARK = '\uE000';
/** What a fleet string's sequences become (same length for `${` and `%{`, so truncations and lengths do not change). */
const ENCODE = /\uE000|\$\{|%\{/g;
const CODES: { readonly [seq: string]: string } = { [MARK]: `${MARK}0`, '${': `${MARK}1`, '%{': `${MARK}2` };
const MARKED = /\uE000([012])/g;
/** The sequences in a string Terraform evaluates: escaped, so they are read literally. */
const ESCAPED = ['\uE000', '$${', '%%{'];
/** The sequences in a string Terraform reads as it is (backend settings, `moved` addresses). */
const VERBATIM = ['\uE000', '${', '%{'];

/**
 * A deep copy of resolved fleet data with every string (values and map keys) marked as a literal
 * (see the module comment). Plain objects and arrays are copied; other values are kept as they are.
 */
export function markFleetData<T>(value: T): T {
  return mark(value, new Map()) as T;
}

function mark(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') return markString(value);
  if (value === null || typeof value !== 'object') return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(mark(item, seen));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: { [key: string]: unknown } = {};
  seen.set(value, out);
  for (const key of Object.keys(value)) out[markString(key)] = mark((value as { [key: string]: unknown })[key], seen);
  return out;
}

/** One fleet string marked as a literal. */
export function markString(s: string): string {
  return s.includes('{') || s.includes(MARK) ? s.replace(ENCODE, (seq) => CODES[seq]) : s;
}

/**
 * A finished stack document with the marks of {@link markFleetData} resolved: escaped where
 * Terraform evaluates strings, given back as they were in `terraform.backend` and `moved` (read
 * by Terraform without evaluation). Returns a copy of its plain objects and arrays (anything else
 * is kept as it is); the input is not changed.
 */
export function unmarkLiterals(doc: { [key: string]: any }): { [key: string]: any } {
  const out: { [key: string]: any } = {};
  for (const key of Object.keys(doc)) {
    if (key === 'moved') out[key] = unmark(doc[key], VERBATIM);
    else if (key === 'terraform') {
      const terraform: { [key: string]: any } = {};
      for (const k of Object.keys(doc.terraform ?? {})) terraform[k] = unmark(doc.terraform[k], k === 'backend' ? VERBATIM : ESCAPED);
      out[key] = terraform;
    } else out[key] = unmark(doc[key], ESCAPED);
  }
  return out;
}

function unmark(value: unknown, to: readonly string[]): unknown {
  if (typeof value === 'string') return unmarkString(value, to);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => unmark(v, to));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // refused by the engine's own checks
  const out: { [key: string]: unknown } = {};
  for (const key of Object.keys(value)) out[unmarkString(key, to)] = unmark((value as { [key: string]: unknown })[key], to);
  return out;
}

function unmarkString(s: string, to: readonly string[]): string {
  return s.includes(MARK) ? s.replace(MARKED, (_m, code: string) => to[Number(code)]) : s;
}
