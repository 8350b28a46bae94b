import * as ipaddr from 'ipaddr.js';
import {
  RESERVED_RANGES, addressRange, canonicalText, isCanonical, nthAddress, overlaps, parseCidr, size, validateCidr,
} from '../../lib/core/cidr';
import { ErrorList } from '../../lib/core/problems';

const cidr = (text: string) => {
  const c = parseCidr(text);
  if (!c) throw new Error(`test: ${text} does not parse`);
  return c;
};

describe('parseCidr', () => {
  test.each([
    ['10.0.0.0/8', '10.0.0.0', 8],
    ['10.250.0.0/16', '10.250.0.0', 16],
    ['0.0.0.0/0', '0.0.0.0', 0],
    ['1.2.3.4/32', '1.2.3.4', 32],
    ['10.0.0.1/16', '10.0.0.1', 16],
    ['fd00::/8', 'fd00::', 8],
  ])('parses %s', (text, address, prefix) => {
    const c = cidr(text);
    expect(c.text).toBe(text);
    expect(c.address.toString()).toBe(address);
    expect(c.prefix).toBe(prefix);
  });

  test.each([
    ['no prefix', '10.0.0.0'],
    ['prefix too long', '10.0.0.0/33'],
    ['negative prefix', '10.0.0.0/-1'],
    ['prefix with a sign', '10.0.0.0/+8'],
    ['prefix with a leading zero', '10.0.0.0/08'],
    ['space after the slash', '10.0.0.0/ 8'],
    ['leading space', ' 10.0.0.0/8'],
    ['two slashes', '10.0.0.0/8/9'],
    ['octal octet', '010.0.0.0/8'],
    ['hex octet', '0x0a.0.0.0/8'],
    ['short IPv4 form', '10.0/16'],
    ['single number', '10/8'],
    ['octet above 255', '10.256.0.0/16'],
    ['words', 'ten/8'],
    ['empty', ''],
    ['not a string', 42 as unknown as string],
  ])('fails when %s (%s)', (_why, text) => {
    expect(parseCidr(text)).toBeUndefined();
  });
});

describe('isCanonical and canonicalText', () => {
  test.each([
    ['10.0.0.0/8', true, '10.0.0.0/8'],
    ['10.250.0.0/16', true, '10.250.0.0/16'],
    ['10.250.1.0/16', false, '10.250.0.0/16'],
    ['10.0.0.1/31', false, '10.0.0.0/31'],
    ['1.2.3.4/32', true, '1.2.3.4/32'],
    ['0.0.0.0/0', true, '0.0.0.0/0'],
    ['fd00::1/8', false, 'fd00::/8'],
  ])('%s canonical=%s (%s)', (text, canonical, canon) => {
    expect(isCanonical(cidr(text))).toBe(canonical);
    expect(canonicalText(cidr(text))).toBe(canon);
  });
});

describe('overlaps', () => {
  test.each([
    ['10.0.0.0/8', '10.250.0.0/16', true],
    ['10.250.0.0/16', '10.0.0.0/8', true],
    ['10.250.0.0/16', '10.250.0.0/16', true],
    ['10.250.0.0/16', '10.251.0.0/16', false],
    ['10.40.0.0/20', '10.40.16.0/20', false],
    ['10.40.0.0/20', '10.40.15.0/24', true],
    ['100.96.0.0/11', '100.64.0.0/13', false],
    ['100.64.0.0/10', '100.96.0.0/11', true],
    ['0.0.0.0/0', '192.168.1.0/24', true],
    ['10.0.0.0/8', 'fd00::/8', false],
    ['fd00::/8', 'fd00:1::/32', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(overlaps(cidr(a), cidr(b))).toBe(expected);
    expect(overlaps(cidr(b), cidr(a))).toBe(expected);
  });
});

describe('size and nthAddress', () => {
  test.each([
    ['10.0.0.0/8', 2 ** 24],
    ['10.0.0.0/24', 256],
    ['10.0.0.0/32', 1],
    ['0.0.0.0/0', 2 ** 32],
    ['fd00::/8', Number.MAX_SAFE_INTEGER],
  ])('size of %s is %d', (text, n) => {
    expect(size(cidr(text))).toBe(n);
  });

  test.each([
    ['100.64.0.0/13', 10, '100.64.0.10'],
    ['100.64.0.0/13', 0, '100.64.0.0'],
    ['10.0.0.0/8', 511, '10.0.1.255'],
    ['10.0.0.0/8', 65536, '10.1.0.0'],
    ['10.250.7.0/16', 1, '10.250.0.1'],
    ['192.168.255.0/24', 255, '192.168.255.255'],
  ])('%s: address %d is %s', (text, n, expected) => {
    expect(nthAddress(cidr(text), n)).toBe(expected);
  });

  it('throws for IPv6 (API misuse, not fleet data)', () => {
    expect(() => nthAddress(cidr('fd00::/8'), 1)).toThrow(/IPv4 only/);
  });
});

describe('addressRange', () => {
  test.each<[string, bigint, bigint]>([
    ['10.0.0.0/8', 0x0a000000n, 0x0affffffn],
    ['10.250.1.0/16', 0x0afa0000n, 0x0afaffffn],
    ['1.2.3.4/32', 0x01020304n, 0x01020304n],
    ['0.0.0.0/0', 0n, 0xffffffffn],
    ['fd00::/8', 0xfdn << 120n, (0xfen << 120n) - 1n],
  ])('%s spans %d..%d', (text, start, end) => {
    expect(addressRange(cidr(text))).toEqual([start, end]);
  });

  it('agrees with overlaps for IPv4 ranges', () => {
    const texts = ['10.0.0.0/8', '10.40.0.0/20', '10.40.16.0/20', '10.40.15.0/24', '100.64.0.0/10', '100.96.0.0/11', '192.168.1.0/24'];
    for (const a of texts) {
      for (const b of texts) {
        const [as, ae] = addressRange(cidr(a));
        const [bs, be] = addressRange(cidr(b));
        expect(as <= be && bs <= ae).toBe(overlaps(cidr(a), cidr(b)));
      }
    }
  });
});

describe('validateCidr', () => {
  const run = (text: string | undefined) => {
    const errs = new ErrorList('fleet/shop/prod');
    const parsed = validateCidr(errs, 'spec.networking.nodes', text);
    return { parsed, errors: errs.errors.map((e) => [e.path, e.field, e.type, e.value]) };
  };

  it('accepts a canonical private range and returns it', () => {
    const { parsed, errors } = run('10.250.0.0/16');
    expect(errors).toEqual([]);
    expect(parsed?.prefix).toBe(16);
  });

  it('ignores an unset value', () => {
    expect(run(undefined)).toEqual({ parsed: undefined, errors: [] });
  });

  test.each([
    ['it is malformed', '10.250.0.0', [['Invalid']]],
    ['it has host bits set', '10.250.1.0/16', [['Invalid']]],
    ['it is octal', '010.250.0.0/16', [['Invalid']]],
    ['it is inside 240.0.0.0/8', '240.1.0.0/16', [['Forbidden']]],
    ['it is inside 244.0.0.0/8', '244.255.255.0/24', [['Forbidden']]],
    ['it covers 240–244 entirely', '240.0.0.0/4', [['Forbidden'], ['Forbidden'], ['Forbidden'], ['Forbidden'], ['Forbidden']]],
    ['it covers everything', '0.0.0.0/0', [['Forbidden'], ['Forbidden'], ['Forbidden'], ['Forbidden'], ['Forbidden']]],
  ])('fails when %s (%s)', (_why, text, types) => {
    const { errors } = run(text);
    expect(errors.map((e) => [e[2]])).toEqual(types);
    for (const e of errors) expect(e.slice(0, 2)).toEqual(['fleet/shop/prod', 'spec.networking.nodes']);
    for (const e of errors) expect(e[3]).toBe(JSON.stringify(text));
  });

  test.each(['239.255.255.0/24', '245.0.0.0/8', '100.64.0.0/10', '172.16.0.0/12'])('accepts %s next to the reserved ranges', (text) => {
    expect(run(text).errors).toEqual([]);
  });

  it('returns nothing for a non-canonical CIDR so later checks skip it', () => {
    expect(run('10.250.1.0/16').parsed).toBeUndefined();
  });

  it('returns the CIDR for a reserved range, so overlaps can still be checked', () => {
    expect(run('241.0.0.0/16').parsed?.prefix).toBe(16);
  });

  it('reserves exactly 240.0.0.0/8 to 244.0.0.0/8', () => {
    expect(RESERVED_RANGES).toEqual(['240.0.0.0/8', '241.0.0.0/8', '242.0.0.0/8', '243.0.0.0/8', '244.0.0.0/8']);
  });
});

/**
 * The IPv4 fast path of parseCidr and isCanonical gives what the ipaddr.js path gives, for texts
 * that look alike but differ (leading zeros, out-of-range octets and prefixes, host bits set).
 */
describe('parseCidr and isCanonical: the IPv4 fast path agrees with ipaddr.js', () => {
  /** The answers of the ipaddr.js path (parseCidr before its fast path). */
  function longWay(text: string): { octets: number[]; prefix: number; canonical: boolean } | undefined {
    const [addressText, prefixText] = text.split('/', 2);
    if (!text.includes('/') || !/^(0|[1-9]\d*)$/.test(prefixText ?? '') || !ipaddr.IPv4.isValidFourPartDecimal(addressText)) return undefined;
    try {
      const [address, prefix] = ipaddr.IPv4.parseCIDR(text);
      const canonical = ipaddr.IPv4.networkAddressFromCIDR(text).toNormalizedString() === address.toNormalizedString();
      return { octets: address.octets, prefix, canonical };
    } catch {
      return undefined;
    }
  }
  const texts = [
    '10.0.0.0/8', '10.0.0.0/7', '10.0.0.1/32', '10.0.0.1/31', '0.0.0.0/0', '1.0.0.0/0', '255.255.255.255/32', '255.255.255.254/31', '255.255.255.255/0',
    '256.0.0.0/8', '10.0.0.0/33', '10.0.0.0/99', '10.0.0.0/032', '010.0.0.0/8', '10.00.0.0/16', '10.0.0/24', '10.0.0.0.0/24', '10.0.0.0/', '/8',
    '10.0.0.0/8 ', ' 10.0.0.0/8', '10.0.0.0', '100.96.0.0/11', '100.97.0.0/11', '100.96.0.0/12', '172.16.0.0/12', '172.17.0.0/12', '1.2.3.4/30', '1.2.3.4/29',
  ];
  test.each(texts)('%s', (text) => {
    for (let round = 0; round < 2; round++) {
      const got = parseCidr(text);
      const want = longWay(text);
      expect(got && { octets: (got.address as ipaddr.IPv4).octets, prefix: got.prefix, canonical: isCanonical(got) }).toEqual(want);
      if (got) expect(got.address.kind()).toBe('ipv4');
    }
  });
});
