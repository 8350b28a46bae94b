/**
 * isSecretKey answers most keys without splitting them into words (lib/core/secrets.ts
 * MAYBE_SECRET_KEY): it must agree with the rule itself (judgeSecretKey) on every key, including
 * keys whose characters lower-case into the words (the KELVIN SIGN becomes `k`).
 */
import { findSecretValues, isSecretKey, judgeSecretKey, SECRET_VALUE_PATTERNS, stringProblem } from '../../lib/core/secrets';

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

describe('strings no rule can find anything in are answered at once; every rule still finds its kind of secret', () => {
  /** One string per rule of SECRET_VALUE_PATTERNS (by name), plus the PEM and URL rules. */
  const examples: Record<string, string[]> = {
    'a JSON web token': ['Authorization: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig'],
    'an AWS access key id': ['key AKIAIOSFODNN7EXAMPLE here', 'ASIAIOSFODNN7EXAMPLE'],
    'a GitHub token': [`x ghp_${'a'.repeat(36)}`, `github_pat_${'B'.repeat(40)}`, `ghs_${'1'.repeat(30)}`],
    'a GitLab token': [`glpat-${'x'.repeat(20)}`],
    'a kubeadm bootstrap token': ['--token abcdef.0123456789abcdef', 'TOKEN: "abcdef.0123456789abcdef"'],
    'an OpenStack application credential secret': ['APPLICATION_CREDENTIAL_SECRET=s3cr3tvalue!', 'application-credential-secret: abcdefghij'],
    'an HTTP Authorization credential': ['Bearer abcdefghij0123456789', 'Basic dXNlcjpwYXNzd29yZDEyMzQ='],
  };
  test('an example for every named rule (a new rule needs one here)', () => {
    expect(Object.keys(examples).sort()).toEqual(SECRET_VALUE_PATTERNS.map(([name]) => name).sort());
  });
  test.each(Object.entries(examples).flatMap(([name, xs]) => xs.map((x) => [name, x])))('%s: %j is found', (name, value) => {
    expect(stringProblem(value)).toBe(`${name}: take it from a Secret instead`);
    expect(findSecretValues({ v: value }).map((f) => f.detail)).toEqual([`${name}: take it from a Secret instead`]);
  });
  test.each([
    '-----BEGIN OPENSSH PRIVATE KEY-----\nabc', 'https://user:pw@example.com/x', 'oci://t0ken@registry.example.com/x',
  ])('%j is found (PEM, URL rules)', (value) => {
    expect(stringProblem(value)).not.toBeNull();
    expect(findSecretValues({ v: value })).toHaveLength(1);
  });
  test('on seeded random strings made of the rules\' own pieces, the scan agrees with the rules', () => {
    const pieces = ['-----BEGIN ', 'PRIVATE KEY-----', 'eyJ', 'abcdefgh', '.', 'AKIA', 'ASIA', 'ABCDEFGHIJKLMNOP', 'ghp_', 'github_pat_', 'glpat-',
      'token', 'TOKEN', ': ', '=', 'abcdef', '0123456789abcdef', 'application_credential_secret', 'Bearer ', 'Basic ', 'https://', 'u:p@', 'h/x',
      '?token=1', ' ', 'x', '"', 'Tok\u212Aen', 'kubeadm'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let found = 0;
    for (let n = 0; n < 20_000; n++) {
      let value = '';
      const count = 1 + Math.floor(rnd() * 5);
      for (let i = 0; i < count; i++) value += pieces[Math.floor(rnd() * pieces.length)];
      const expected = stringProblem(value);
      const got = findSecretValues({ v: value }).map((f) => f.detail);
      if (JSON.stringify(got) !== JSON.stringify(expected === null ? [] : [expected])) expect({ value, got }).toEqual({ value, got: [expected] });
      if (expected !== null) found++;
    }
    expect(found).toBeGreaterThan(200);
  });
});
