/**
 * The Kubernetes CEL extension libraries, as far as seedbed needs them, on top of
 * @bufbuild/cel's standard library and its `strings` extension (charAt, indexOf,
 * lastIndexOf, lowerAscii, upperAscii, replace, split, substring, trim, join, format).
 *
 * Added here, after the API server's libraries of the same names:
 *
 * * ip:        isIP(string), ip(string), <ip>.family(), .isUnspecified(), .isLoopback(),
 *              .isLinkLocalMulticast(), .isLinkLocalUnicast(), .isGlobalUnicast()
 * * cidr:      isCIDR(string), cidr(string), <cidr>.containsIP(ip|string),
 *              .containsCIDR(cidr|string), .ip(), .masked(), .prefixLength()
 * * url:       isURL(string), url(string), <url>.getScheme(), .getHost(), .getHostname(),
 *              .getPort(), .getEscapedPath(), .getQuery()
 * * quantity:  isQuantity(string), quantity(string), <q>.sign(), .isInteger(), .asInteger(),
 *              .asApproximateFloat(), .add(q|int), .sub(q|int), .isGreaterThan(q),
 *              .isLessThan(q), .compareTo(q)
 * * lists:     <list>.isSorted(), .sum(), .min(), .max(), .indexOf(x), .lastIndexOf(x)
 * * regex:     <string>.find(re), .findAll(re), .findAll(re, n)
 *
 * IP, CIDR, URL and Quantity values are represented as CEL maps with one marker key, so two
 * equal values compare equal.
 */
import * as net from 'net';
import { CelFunc, CelScalar, celFunc, celMethod, isCelList, isCelMap, listType } from '@bufbuild/cel';
import { isCidr, QUANTITY } from '../formats';

const { STRING, BOOL, INT, DOUBLE, DYN } = CelScalar;
const LIST = listType(DYN);

const IP = '@k8s.ip';
const CIDR = '@k8s.cidr';
const URL_ = '@k8s.url';
const QTY = '@k8s.quantity';

type Marked = { [marker: string]: string };

function marked(value: unknown, marker: string): string | undefined {
  if (!isCelMap(value)) return undefined;
  const v = value.get(marker);
  return typeof v === 'string' ? v : undefined;
}

function expect(value: unknown, marker: string, what: string): string {
  const v = marked(value, marker);
  if (v === undefined) throw new Error(`expected a ${what}`);
  return v;
}

// ----------------------------------------------------------------------------------- ip / cidr

/** The API server's isIP: an IPv4 or IPv6 address without zone; IPv4-mapped IPv6 is rejected. */
export function isIpAddress(s: string): boolean {
  if (net.isIP(s) === 0 || s.includes('%')) return false;
  return !(net.isIPv6(s) && /^::ffff:/i.test(s) && s.includes('.'));
}

function parseIp(s: string): Marked {
  if (!isIpAddress(s)) throw new Error(`IP Address '${s}' parse error`);
  return { [IP]: s };
}

/** An address as a bigint and its bit width. */
function ipBits(s: string): { value: bigint; width: number } {
  if (net.isIPv4(s)) {
    return { value: s.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n), width: 32 };
  }
  let text = s;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const b = ipBits(v4[1]).value;
    text = text.slice(0, -v4[1].length) + `${(b >> 16n).toString(16)}:${(b & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return { value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n), width: 128 };
}

function bitsToIp(value: bigint, width: number): string {
  if (width === 32) return [24n, 16n, 8n, 0n].map((sh) => ((value >> sh) & 0xffn).toString()).join('.');
  const groups: string[] = [];
  for (let sh = 112n; sh >= 0n; sh -= 16n) groups.push(((value >> sh) & 0xffffn).toString(16));
  // Compress the longest run of zero groups (RFC 5952).
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

function parseCidr(s: string): Marked {
  if (!isCidr(s) || !isIpAddress(s.split('/')[0])) throw new Error(`network address parse error during conversion from string: ${s}`);
  return { [CIDR]: s };
}

function cidrParts(s: string): { ip: string; prefix: number; value: bigint; width: number } {
  const [ip, prefix] = s.split('/');
  const { value, width } = ipBits(ip);
  return { ip, prefix: Number(prefix), value, width };
}

function mask(value: bigint, prefix: number, width: number): bigint {
  const hostBits = BigInt(width - prefix);
  return (value >> hostBits) << hostBits;
}

function cidrContainsIp(cidr: string, ip: string): boolean {
  const c = cidrParts(cidr);
  const a = ipBits(ip);
  return a.width === c.width && mask(a.value, c.prefix, c.width) === mask(c.value, c.prefix, c.width);
}

function cidrContainsCidr(outer: string, inner: string): boolean {
  const o = cidrParts(outer);
  const i = cidrParts(inner);
  return o.width === i.width && i.prefix >= o.prefix && mask(i.value, o.prefix, o.width) === mask(o.value, o.prefix, o.width);
}

function ipArg(v: unknown): string {
  if (typeof v === 'string') return parseIp(v)[IP];
  return expect(v, IP, 'IP');
}

function cidrArg(v: unknown): string {
  if (typeof v === 'string') return parseCidr(v)[CIDR];
  return expect(v, CIDR, 'CIDR');
}

function ipPredicate(name: string, test: (value: bigint, width: number) => boolean): CelFunc {
  return celMethod(name, DYN, [], BOOL, function (this: unknown) {
    const { value, width } = ipBits(expect(this, IP, 'IP'));
    return test(value, width);
  });
}

const ipFuncs: CelFunc[] = [
  celFunc('isIP', [STRING], BOOL, (s: string) => isIpAddress(s)),
  celFunc('ip', [STRING], DYN, (s: string) => parseIp(s)),
  celMethod('family', DYN, [], INT, function (this: unknown) {
    return net.isIPv4(expect(this, IP, 'IP')) ? 4n : 6n;
  }),
  ipPredicate('isUnspecified', (v) => v === 0n),
  ipPredicate('isLoopback', (v, w) => (w === 32 ? v >> 24n === 127n : v === 1n)),
  ipPredicate('isLinkLocalMulticast', (v, w) => (w === 32 ? v >> 8n === 0xe00000n : v >> 112n === 0xff02n)),
  ipPredicate('isLinkLocalUnicast', (v, w) => (w === 32 ? v >> 16n === 0xa9fen : v >> 118n === 0x3fan)),
  ipPredicate('isGlobalUnicast', (v, w) => {
    if (w === 32) {
      return v !== 0n && v !== 0xffffffffn && v >> 24n !== 127n && v >> 28n !== 0xen && v >> 16n !== 0xa9fen;
    }
    return v !== 0n && v !== 1n && v >> 120n !== 0xffn && v >> 118n !== 0x3fan;
  }),
  celFunc('isCIDR', [STRING], BOOL, (s: string) => isCidr(s) && isIpAddress(s.split('/')[0])),
  celFunc('cidr', [STRING], DYN, (s: string) => parseCidr(s)),
  celMethod('containsIP', DYN, [DYN], BOOL, function (this: unknown, ip: unknown) {
    return cidrContainsIp(expect(this, CIDR, 'CIDR'), ipArg(ip));
  }),
  celMethod('containsCIDR', DYN, [DYN], BOOL, function (this: unknown, other: unknown) {
    return cidrContainsCidr(expect(this, CIDR, 'CIDR'), cidrArg(other));
  }),
  celMethod('ip', DYN, [], DYN, function (this: unknown) {
    return { [IP]: cidrParts(expect(this, CIDR, 'CIDR')).ip };
  }),
  celMethod('masked', DYN, [], DYN, function (this: unknown) {
    const c = cidrParts(expect(this, CIDR, 'CIDR'));
    return { [CIDR]: `${bitsToIp(mask(c.value, c.prefix, c.width), c.width)}/${c.prefix}` };
  }),
  celMethod('prefixLength', DYN, [], INT, function (this: unknown) {
    return BigInt(cidrParts(expect(this, CIDR, 'CIDR')).prefix);
  }),
];

// ----------------------------------------------------------------------------------------- url

/** Go's url.ParseRequestURI, approximately: an absolute URI or an absolute path. */
export function isRequestUri(s: string): boolean {
  if (s === '' || /[\s\u0000-\u001f\u007f]/.test(s)) return false;
  if (s.startsWith('/')) return true;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

function parsedUrl(value: unknown): { scheme: string; host: string; hostname: string; port: string; path: string; query: string } {
  const s = expect(value, URL_, 'URL');
  if (s.startsWith('/')) {
    const q = s.indexOf('?');
    return { scheme: '', host: '', hostname: '', port: '', path: q < 0 ? s : s.slice(0, q), query: q < 0 ? '' : s.slice(q + 1) };
  }
  const u = new URL(s);
  const hostname = u.hostname.replace(/^\[(.*)\]$/, '$1');
  return { scheme: u.protocol.replace(/:$/, ''), host: u.host, hostname, port: u.port, path: u.pathname, query: u.search.replace(/^\?/, '') };
}

const urlFuncs: CelFunc[] = [
  celFunc('isURL', [STRING], BOOL, (s: string) => isRequestUri(s)),
  celFunc('url', [STRING], DYN, (s: string) => {
    if (!isRequestUri(s)) throw new Error(`URL parse error during conversion from string: ${s}`);
    return { [URL_]: s };
  }),
  celMethod('getScheme', DYN, [], STRING, function (this: unknown) { return parsedUrl(this).scheme; }),
  celMethod('getHost', DYN, [], STRING, function (this: unknown) { return parsedUrl(this).host; }),
  celMethod('getHostname', DYN, [], STRING, function (this: unknown) { return parsedUrl(this).hostname; }),
  celMethod('getPort', DYN, [], STRING, function (this: unknown) { return parsedUrl(this).port; }),
  celMethod('getEscapedPath', DYN, [], STRING, function (this: unknown) { return parsedUrl(this).path; }),
  celMethod('getQuery', DYN, [], DYN, function (this: unknown) {
    const out = new Map<string, string[]>();
    for (const [k, v] of new URLSearchParams(parsedUrl(this).query)) out.set(k, [...(out.get(k) ?? []), v]);
    return out;
  }),
];

// ------------------------------------------------------------------------------------ quantity

const SUFFIX: { [s: string]: number } = {
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** The numeric value of a Kubernetes quantity (approximate for very large or small values). */
export function quantityValue(s: string): number {
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/.exec(s);
  if (!m || !QUANTITY.test(s)) throw new Error(`quantities must match the regular expression '${QUANTITY.source}'`);
  const suffix = m[2];
  if (/^[eE]/.test(suffix)) return Number(m[1]) * 10 ** Number(suffix.slice(1));
  return Number(m[1]) * SUFFIX[suffix];
}

function qty(value: unknown): number {
  if (typeof value === 'bigint') return Number(value);
  return quantityValue(expect(value, QTY, 'Quantity'));
}

function fromNumber(n: number): Marked {
  return { [QTY]: String(n) };
}

const quantityFuncs: CelFunc[] = [
  celFunc('isQuantity', [STRING], BOOL, (s: string) => QUANTITY.test(s)),
  celFunc('quantity', [STRING], DYN, (s: string) => {
    quantityValue(s);
    return { [QTY]: s };
  }),
  celMethod('sign', DYN, [], INT, function (this: unknown) { return BigInt(Math.sign(qty(this))); }),
  celMethod('isInteger', DYN, [], BOOL, function (this: unknown) { return Number.isSafeInteger(qty(this)); }),
  celMethod('asInteger', DYN, [], INT, function (this: unknown) {
    const n = qty(this);
    if (!Number.isSafeInteger(n)) throw new Error('cannot convert value to integer');
    return BigInt(n);
  }),
  celMethod('asApproximateFloat', DYN, [], DOUBLE, function (this: unknown) { return qty(this); }),
  celMethod('add', DYN, [DYN], DYN, function (this: unknown, other: unknown) { return fromNumber(qty(this) + qty(other)); }),
  celMethod('sub', DYN, [DYN], DYN, function (this: unknown, other: unknown) { return fromNumber(qty(this) - qty(other)); }),
  celMethod('isGreaterThan', DYN, [DYN], BOOL, function (this: unknown, other: unknown) { return qty(this) > qty(other); }),
  celMethod('isLessThan', DYN, [DYN], BOOL, function (this: unknown, other: unknown) { return qty(this) < qty(other); }),
  celMethod('compareTo', DYN, [DYN], INT, function (this: unknown, other: unknown) {
    return BigInt(Math.sign(qty(this) - qty(other)));
  }),
];

// --------------------------------------------------------------------------------- lists/regex

function items(list: unknown): unknown[] {
  if (!isCelList(list)) throw new Error('expected a list');
  return [...list];
}

function compare(a: unknown, b: unknown): number {
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  throw new Error('no such overload');
}

function same(a: unknown, b: unknown): boolean {
  try {
    return compare(a, b) === 0;
  } catch {
    return false;
  }
}

const listFuncs: CelFunc[] = [
  celMethod('isSorted', LIST, [], BOOL, function (this: unknown) {
    const xs = items(this);
    return xs.every((x, i) => i === 0 || compare(xs[i - 1], x) <= 0);
  }),
  celMethod('sum', LIST, [], DYN, function (this: unknown) {
    const xs = items(this);
    if (xs.every((x) => typeof x === 'bigint')) return (xs as bigint[]).reduce((a, b) => a + b, 0n);
    return xs.reduce((a: number, b) => a + Number(b), 0);
  }),
  celMethod('min', LIST, [], DYN, function (this: unknown) {
    const xs = items(this);
    if (xs.length === 0) throw new Error('min called on empty list');
    return xs.reduce((a, b) => (compare(b, a) < 0 ? b : a)) as any;
  }),
  celMethod('max', LIST, [], DYN, function (this: unknown) {
    const xs = items(this);
    if (xs.length === 0) throw new Error('max called on empty list');
    return xs.reduce((a, b) => (compare(b, a) > 0 ? b : a)) as any;
  }),
  celMethod('indexOf', LIST, [DYN], INT, function (this: unknown, x: unknown) {
    return BigInt(items(this).findIndex((y) => same(x, y)));
  }),
  celMethod('lastIndexOf', LIST, [DYN], INT, function (this: unknown, x: unknown) {
    const xs = items(this);
    for (let i = xs.length - 1; i >= 0; i--) if (same(x, xs[i])) return BigInt(i);
    return -1n;
  }),
  celMethod('find', STRING, [STRING], STRING, function (this: string, re: string) {
    return new RegExp(re, 'u').exec(this)?.[0] ?? '';
  }),
  celMethod('findAll', STRING, [STRING], LIST, function (this: string, re: string) {
    return [...this.matchAll(new RegExp(re, 'gu'))].map((m) => m[0]);
  }),
  celMethod('findAll', STRING, [STRING, INT], LIST, function (this: string, re: string, n: bigint) {
    const all = [...this.matchAll(new RegExp(re, 'gu'))].map((m) => m[0]);
    return n < 0n ? all : all.slice(0, Number(n));
  }),
];

/** All Kubernetes library functions seedbed provides. */
export const KUBERNETES_CEL_FUNCS: readonly CelFunc[] = [...ipFuncs, ...urlFuncs, ...quantityFuncs, ...listFuncs];
