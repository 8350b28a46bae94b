/**
 * Terraform stacks as the resource INSTANCES they produce. A block with `for_each` or `count`
 * is expanded into one instance per key (`type.name["key"]`, `type.name[0]`), the way
 * `terraform plan` addresses them, so a key that leaves a `locals` map is a destroyed instance
 * even though no resource block changed.
 *
 * Only the expressions seedbed's stacks write are evaluated: literal maps and lists, `local.X`,
 * `toset(…)`, `keys(…)`, `length(…)`, and `{ for k, v in SRC : k => v if COND }` (the condition
 * is taken as true: the state the stack is built for, e.g. once the join token exists). Anything
 * else leaves the block's instances unknown; such a block is compared as a whole, and a change of
 * it (or of the locals it reads) is reported as possibly destroying instances.
 */

/** Marker for a value that cannot be worked out from the stack alone. */
export const UNKNOWN: unique symbol = Symbol('unknown');
type Value = unknown;

/** One instance of a block: its index key (undefined for a block without for_each/count) and its arguments. */
export interface BlockInstance {
  /** `["key"]`, `[0]`, or `''` for a single instance, or `[*]` when the instances are unknown. */
  readonly index: string;
  /** The block's arguments with `each.key`, `each.value` and `count.index` filled in where they are known. */
  readonly value: unknown;
  /** True when the block's for_each/count could not be evaluated. */
  readonly unknownInstances?: boolean;
}

/** The `${…}` interpolations of a string: start, end (exclusive) and the expression inside. */
export function interpolations(s: string): Array<{ start: number; end: number; expr: string }> {
  const out: Array<{ start: number; end: number; expr: string }> = [];
  let i = 0;
  while (i < s.length) {
    const at = s.indexOf('${', i);
    if (at < 0) break;
    if (at > 0 && s[at - 1] === '$') { i = at + 2; continue; } // `$${` is an escaped literal
    let depth = 0;
    let quote = false;
    let j = at + 1;
    for (; j < s.length; j++) {
      const c = s[j];
      if (quote) {
        if (c === '\\') j++;
        else if (c === '"') quote = false;
        continue;
      }
      if (c === '"') quote = true;
      else if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) break;
      }
    }
    if (j >= s.length) break;
    out.push({ start: at, end: j + 1, expr: s.slice(at + 2, j) });
    i = j + 1;
  }
  return out;
}

/** The expression of a string that is exactly one interpolation, else undefined. */
function wholeExpression(s: string): string | undefined {
  const parts = interpolations(s);
  return parts.length === 1 && parts[0].start === 0 && parts[0].end === s.length ? parts[0].expr.trim() : undefined;
}

/** Evaluates a JSON value of a stack (a literal, or a string holding one supported expression). */
export function evaluate(value: Value, locals: Record<string, unknown>, depth = 0): Value {
  if (depth > 20) return UNKNOWN;
  if (typeof value !== 'string') return value;
  const expr = wholeExpression(value);
  if (expr === undefined) return interpolations(value).length === 0 ? value : UNKNOWN;
  return evaluateExpression(expr, locals, depth + 1);
}

function evaluateExpression(expr: string, locals: Record<string, unknown>, depth: number): Value {
  const e = expr.trim();
  const local = /^local\.([A-Za-z_][\w-]*)$/.exec(e);
  if (local) return Object.prototype.hasOwnProperty.call(locals, local[1]) ? evaluate(locals[local[1]], locals, depth) : UNKNOWN;
  const call = /^(toset|keys|length|tolist)\(([\s\S]*)\)$/.exec(e);
  if (call) {
    const inner = evaluateExpression(call[2], locals, depth + 1);
    if (inner === UNKNOWN) return UNKNOWN;
    if (call[1] === 'toset' || call[1] === 'tolist') return Array.isArray(inner) ? [...new Set(inner)] : UNKNOWN;
    if (call[1] === 'keys') return isMap(inner) ? Object.keys(inner).sort() : UNKNOWN;
    return Array.isArray(inner) ? inner.length : isMap(inner) ? Object.keys(inner).length : UNKNOWN;
  }
  const forExpr = /^\{\s*for\s+([A-Za-z_]\w*)(?:\s*,\s*([A-Za-z_]\w*))?\s+in\s+([\s\S]+?)\s*:\s*([A-Za-z_]\w*)\s*=>\s*([A-Za-z_]\w*)\s*(?:if\s+[\s\S]*)?\}$/.exec(e);
  if (forExpr) {
    const [, first, second, source, keyVar, valueVar] = forExpr;
    const src = evaluateExpression(source, locals, depth + 1);
    if (src === UNKNOWN) return UNKNOWN;
    const entries: Array<[unknown, unknown]> = Array.isArray(src) ? src.map((v, i) => [i, v]) : isMap(src) ? Object.entries(src) : [];
    if (!Array.isArray(src) && !isMap(src)) return UNKNOWN;
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) {
      const bind: Record<string, unknown> = second ? { [first]: k, [second]: v } : { [first]: v };
      const key = bind[keyVar];
      if (!(keyVar in bind) || (typeof key !== 'string' && typeof key !== 'number')) return UNKNOWN;
      out[String(key)] = valueVar in bind ? bind[valueVar] : UNKNOWN;
    }
    return out;
  }
  if (/^[[\d"-]/.test(e) || e === 'true' || e === 'false' || e === 'null') {
    try {
      return JSON.parse(e);
    } catch {
      return UNKNOWN;
    }
  }
  return UNKNOWN;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `["key"]` as Terraform writes an instance key. */
export function instanceIndex(key: string | number): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/**
 * The instances of a resource or data block. `locals` are the stack's locals (unevaluated).
 */
export function expandBlock(body: unknown, locals: Record<string, unknown>): BlockInstance[] {
  if (!isMap(body) || (!('for_each' in body) && !('count' in body))) return [{ index: '', value: body }];
  const { for_each: forEach, count, ...rest } = body;
  if (forEach !== undefined) {
    const keys = evaluate(forEach, locals);
    let entries: Array<[string, unknown]> | undefined;
    if (Array.isArray(keys) && keys.every((k) => typeof k === 'string')) entries = (keys as string[]).map((k) => [k, k]);
    else if (isMap(keys)) entries = Object.entries(keys);
    if (!entries) return [{ index: '[*]', value: { ...body, '(for_each inputs)': inputsOf(forEach, locals) }, unknownInstances: true }];
    return entries.map(([k, v]) => ({ index: instanceIndex(k), value: fill(rest, { key: k, value: v }) }));
  }
  const n = evaluate(count, locals);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 10_000) {
    return [{ index: '[*]', value: { ...body, '(count inputs)': inputsOf(count, locals) }, unknownInstances: true }];
  }
  return Array.from({ length: n }, (_, i) => ({ index: instanceIndex(i), value: fill(rest, { index: i }) }));
}

/** The locals an expression reads (transitively), so a change of them shows on the block. */
function inputsOf(expr: unknown, locals: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const visit = (v: unknown, depth: number): void => {
    if (depth > 20) return;
    const text = JSON.stringify(v) ?? '';
    for (const m of text.matchAll(/\blocal\.([A-Za-z_][\w-]*)/g)) {
      if (m[1] in out || !(m[1] in locals)) continue;
      out[m[1]] = locals[m[1]];
      visit(locals[m[1]], depth + 1);
    }
  };
  visit(expr, 0);
  return out;
}

/** The arguments of one instance: `each.key`, `each.value(.attr)` and `count.index` replaced by their values where known. */
function fill(body: unknown, each: { key?: string; value?: unknown; index?: number }): unknown {
  const literal = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? JSON.stringify(v) : undefined);
  const substitute = (expr: string): string => expr
    .replace(/\beach\.key\b/g, (m) => (each.key !== undefined ? JSON.stringify(each.key) : m))
    .replace(/\bcount\.index\b/g, (m) => (each.index !== undefined ? String(each.index) : m))
    .replace(/\beach\.value(?:\.([A-Za-z_]\w*))?\b(?![.[])/g, (m, attr?: string) => {
      const v = attr === undefined ? each.value : isMap(each.value) ? each.value[attr] : undefined;
      return literal(v) ?? m;
    });
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const whole = wholeExpression(v);
      if (whole === 'each.value' && each.value !== undefined && each.value !== UNKNOWN) return each.value;
      let out = '';
      let last = 0;
      for (const p of interpolations(v)) {
        const expr = substitute(p.expr);
        const lit = /^\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)\s*$/.exec(expr);
        out += v.slice(last, p.start) + (lit ? String(JSON.parse(lit[1])).replace(/([$%])\{/g, '$1$1{') : `\${${expr}}`);
        last = p.end;
      }
      return out + v.slice(last);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(body);
}
