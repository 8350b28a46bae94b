/**
 * CIDR checks used by the shoot and seed validators. CIDR math comes from ipaddr.js.
 */
import * as ipaddr from 'ipaddr.js';
import { ErrorList } from './problems';

/** A parsed CIDR. */
export interface Cidr {
  readonly text: string;
  readonly address: ipaddr.IPv4 | ipaddr.IPv6;
  readonly prefix: number;
}

/** Ranges Gardener keeps for its own address mappings (seed–shoot VPN and friends). */
export const RESERVED_RANGES: readonly string[] = ['240.0.0.0/8', '241.0.0.0/8', '242.0.0.0/8', '243.0.0.0/8', '244.0.0.0/8'];

/** Parsed CIDRs by text: fleets repeat the same ranges thousands of times. */
const cache = new Map<string, Cidr | null>();

/** Parses a CIDR; `undefined` when malformed. */
export function parseCidr(text: string): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  // Every check below depends on the text alone: a text seen before has its answer.
  const cached = cache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const parsed = parseUncached(text);
  if (cache.size > 100_000) cache.clear();
  cache.set(text, parsed ?? null);
  return parsed;
}

/** An IPv4 CIDR in the strict four-part decimal form (no leading zeros), octets and prefix in range or not. */
const IPV4_CIDR = /^(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\/(0|[1-9][0-9]?)$/;

function parseUncached(text: string): Cidr | undefined {
  // The common case without the parser's detours: what it makes of such a text, when in range.
  const m = IPV4_CIDR.exec(text);
  if (m) {
    const octets = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    const prefix = Number(m[5]);
    if (prefix <= 32 && octets.every((o) => o <= 255)) return { text, address: new ipaddr.IPv4(octets), prefix };
  }
  if (!text.includes('/')) return undefined;
  // Strict like Go's net.ParseCIDR: ipaddr.js also reads octal (`010.0.0.0`), hex and short
  // (`10.0/16`) IPv4 forms, whose text would then reach manifests unchanged.
  const [addressText, prefixText] = text.split('/', 2);
  if (!/^(0|[1-9]\d*)$/.test(prefixText ?? '')) return undefined;
  if (!addressText.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(addressText)) return undefined;
  try {
    // Parse with the family's own parser: the generic one tries IPv6 first and throws, which is slow.
    const [address, prefix] = addressText.includes(':') ? ipaddr.IPv6.parseCIDR(text) : ipaddr.IPv4.parseCIDR(text);
    return { text, address, prefix };
  } catch {
    return undefined;
  }
}

/** True when `cidr` names its network address (no host bits set), like `10.0.0.0/16`. */
export function isCanonical(cidr: Cidr): boolean {
  if (cidr.address.kind() === 'ipv4' && cidr.prefix >= 0 && cidr.prefix <= 32) {
    // No host bits set: the address is a multiple of the block's size.
    const value = (cidr.address as ipaddr.IPv4).octets.reduce((acc, o) => acc * 256 + o, 0);
    return value % 2 ** (32 - cidr.prefix) === 0;
  }
  const network = networkAddress(cidr);
  return network.toNormalizedString() === cidr.address.toNormalizedString();
}

/** The network address of a CIDR, as a string in canonical form (`10.0.0.0/16`). */
export function canonicalText(cidr: Cidr): string {
  return `${networkAddress(cidr).toString()}/${cidr.prefix}`;
}

function networkAddress(cidr: Cidr): ipaddr.IPv4 | ipaddr.IPv6 {
  if (cidr.address.kind() === 'ipv4') return ipaddr.IPv4.networkAddressFromCIDR(cidr.text);
  return ipaddr.IPv6.networkAddressFromCIDR(cidr.text);
}

/** True when two CIDRs of the same family share at least one address. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  if (a.address.kind() !== b.address.kind()) return false;
  const shorter = a.prefix <= b.prefix ? a : b;
  const longer = shorter === a ? b : a;
  return (longer.address as ipaddr.IPv4).match([shorter.address as ipaddr.IPv4, shorter.prefix]);
}

/** First and last address of a CIDR as integers (IPv4 and IPv6 alike), for interval sweeps. */
export function addressRange(cidr: Cidr): [bigint, bigint] {
  const bytes = cidr.address.toByteArray();
  const bits = bytes.length * 8;
  const value = bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
  const hostBits = BigInt(bits - cidr.prefix);
  const start = (value >> hostBits) << hostBits;
  return [start, start + (1n << hostBits) - 1n];
}

/** Number of addresses in an IPv4 CIDR (IPv6: capped at 2^53). */
export function size(cidr: Cidr): number {
  const bits = (cidr.address.kind() === 'ipv4' ? 32 : 128) - cidr.prefix;
  return Math.min(2 ** bits, Number.MAX_SAFE_INTEGER);
}

/**
 * The n-th address of a CIDR (0 = network address), e.g. the DNS service IP is the 10th
 * address of the services range. IPv4 only.
 */
export function nthAddress(cidr: Cidr, n: number): string {
  if (cidr.address.kind() !== 'ipv4') throw new Error(`nthAddress: IPv4 only (got ${cidr.text})`);
  const base = ipaddr.IPv4.networkAddressFromCIDR(cidr.text).toByteArray().reduce((acc, b) => acc * 256 + b, 0);
  const value = base + n;
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/**
 * Validates one CIDR field: parseable, canonical, outside Gardener's reserved ranges.
 * Returns the parsed CIDR when usable for further checks.
 */
export function validateCidr(errs: ErrorList, field: string, text: string | undefined): Cidr | undefined {
  if (text === undefined) return undefined;
  const cidr = parseCidr(text);
  if (!cidr) {
    errs.invalid(field, text, 'must be a valid CIDR, like 10.250.0.0/16');
    return undefined;
  }
  const verdict = fieldVerdictOf(cidr);
  if (!verdict.canonical) {
    errs.invalid(field, text, `must be a canonical CIDR (network address without host bits: ${canonicalText(cidr)})`);
    return undefined;
  }
  for (const reserved of verdict.reserved) {
    errs.forbidden(field, text, `must not overlap with ${reserved}, which is reserved for Gardener's address mappings`);
  }
  return cidr;
}

/** What {@link validateCidr} finds for a parsed CIDR (a function of its text), kept per parsed CIDR. */
const fieldVerdicts = new WeakMap<Cidr, { readonly canonical: boolean; readonly reserved: readonly string[] }>();

function fieldVerdictOf(cidr: Cidr): { readonly canonical: boolean; readonly reserved: readonly string[] } {
  let verdict = fieldVerdicts.get(cidr);
  if (verdict === undefined) {
    verdict = { canonical: isCanonical(cidr), reserved: RESERVED_RANGES.filter((reserved) => overlaps(cidr, parseCidr(reserved)!)) };
    fieldVerdicts.set(cidr, verdict);
  }
  return verdict;
}
