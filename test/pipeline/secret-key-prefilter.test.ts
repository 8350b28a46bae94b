/**
 * isSecretKey answers most keys without splitting them into words (lib/core/secrets.ts
 * MAYBE_SECRET_KEY): it must agree with the rule itself (judgeSecretKey) on every key, including
 * keys whose characters lower-case into the words (the KELVIN SIGN becomes `k`).
 */
import { isSecretKey, judgeSecretKey } from '../../lib/core/secrets';

describe('isSecretKey agrees with the rule on every key', () => {
  test.each([
    ['api\u212AEY', true], ['API_\u212AEY', true], ['pass', true], ['htpasswd', true], ['x-bearer', true], ['identityToken', true],
    ['name', false], ['shoot--p--s-kubeconfig', false], ['monkey', false], ['keyRef', false], ['tokenFile', false],
  ])('%j: %s', (key, expected) => {
    expect(judgeSecretKey(key)).toBe(expected);
    expect(isSecretKey(key)).toBe(expected);
  });

  test('on keys built from secret words, reference words and separators in every case style (seeded)', () => {
    const words = ['api', 'key', 'pass', 'word', 'password', 'passwd', 'pwd', 'secret', 'token', 'private', 'access', 'client', 'auth', 'bearer',
      'credential', 'credentials', 'existing', 'ref', 'name', 'file', 'db', 'admin', 'identity', 'phrase', 'ht', 'K', '\u212Aey', 'x', '1'];
    const seps = ['', '_', '-', '.', ' ', '/'];
    let seed = 20261208;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const style = (w: string, i: number) => {
      const s = pick(['lower', 'upper', 'capital']);
      if (s === 'upper') return w.toUpperCase();
      if (s === 'capital' && i > 0) return w.charAt(0).toUpperCase() + w.slice(1);
      return w;
    };
    let secret = 0;
    for (let n = 0; n < 20_000; n++) {
      const count = 1 + Math.floor(rnd() * 4);
      let key = '';
      for (let i = 0; i < count; i++) key += (i > 0 ? pick(seps) : '') + style(pick(words), i);
      const expected = judgeSecretKey(key);
      if (isSecretKey(key) !== expected) expect({ key, isSecretKey: !expected }).toEqual({ key, isSecretKey: expected });
      if (expected) secret++;
    }
    // Both answers occur often enough to mean something.
    expect(secret).toBeGreaterThan(2_000);
    expect(secret).toBeLessThan(18_000);
  });
});
