/**
 * No secret in the output (issue 17, item 4): a scan with the rules of lib/core/secrets.ts over
 * ALL output of every example fleet — the committed snapshots/ (every file, parsed) and a fresh
 * render — finds no Secret with data, no literal value under a secret-looking key and no URL
 * with credentials. The rules themselves are tested here too, adversarially.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { findSecretValues, isLiteralSecretValue, isSecretKey, urlCredentialProblem } from '../../lib/core/secrets';
import { checkNoSecretValues } from '../../lib/pipeline/no-secrets';
import { EXAMPLE_FLEETS, REPO_ROOT, renderExample } from '../support/fleets';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

describe('the rule set (lib/core/secrets.ts)', () => {
  test.each([
    'password', 'adminPassword', 'admin_password', 'ADMIN_PASSWORD', 'token', 'authToken', 'auth-token', 'secret', 'clientSecret',
    'apiKey', 'api_key', 'API-KEY', 'privateKey', 'private_key', 'accessKey', 'secretAccessKey', 'secret_access_key', 'credentials', 'passphrase', 'bearer',
    'db.password', 'rootPasswd',
  ])('%s is a secret-looking key', (key) => expect(isSecretKey(key)).toBe(true));

  test.each([
    'existingSecret', 'secretName', 'passwordSecretRef', 'tokenFile', 'secretRef', 'secretKeyRef', 'valuesFrom', 'tokenTTL', 'name',
    'kind', 'imagePullSecrets', 'useSecret', 'createSecret', 'passwordPolicy', 'tokenPath', 'tls', 'keys', 'secretKeyRefs', 'key',
    'caCertHashes', 'tokenSecretName', 'secretKey', 'existingSecretPasswordKey', 'externalSecret', 'sealedSecret',
    'resource.customizations.health.external-secrets.io_ExternalSecret',
  ])('%s is not', (key) => expect(isSecretKey(key)).toBe(false));

  test.each([
    ['{{ .password }}', false], ['{{ .application_credential_secret | toString }}', false],
    ['{{ "hunter2" }}', true], ['{{ .password }}-suffix', true], ['hunter2', true], ['', false], [42, true],
  ])('under a secret-looking key, %j is a literal secret: %s (an External Secrets template field is a reference)', (value, literal) => {
    expect(isLiteralSecretValue(value)).toBe(literal);
  });

  test.each([
    ['https://user:pass@git.example/fleet.git', 'user info'],
    ['https://ghp_abc@github.com/acme/fleet.git', 'user info'],
    ['https://git.example/fleet.git?private_token=glpat-x', 'private_token'],
    ['https://charts.example/?access_token=x', 'access_token'],
    ['https://keystone.example/v3?token=x', 'token'],
    ['https://s3.example/b?X-Amz-Signature=abc&X-Amz-Credential=y', 'x-amz-signature'],
    ['oci://u:p@registry.example/charts', 'user info'],
    ['https://x.example/?PASSWORD=x', 'password'],
    ['https://x.example/?a=1&api%5Fkey=x', 'api_key'],
    ['https://x/#token=y', 'fragment parameter "token"'],
    ['https://git.example.com/x.git#token=abc', 'fragment parameter "token"'],
    ['https://git.example.com/x.git#ref=main&private_token=abc', 'fragment parameter "private_token"'],
    ['ssh://ghp_xxx@github.com/x.git', 'looks like a token'],
    ['ssh://gho_abc@github.com/x.git', 'looks like a token'],
    ['ssh://github_pat_11AAB@github.com/x.git', 'looks like a token'],
    ['ssh://glpat-AbC123@gitlab.example/x.git', 'looks like a token'],
    ['git+ssh://GHP_upper@github.com/x.git', 'looks like a token'],
    ['ssh://Zk3q9XvT2mLp8RwY4bNc@git.example/x.git', 'looks like a token'],
    ['ssh://abcdefghijklmnopqrstuvwxyzabcdefgh@git.example/x.git', 'looks like a token'],
  ])('%s carries credentials (%s)', (url, what) => {
    const problem = urlCredentialProblem(url);
    expect(problem).toBeDefined();
    expect(problem!.toLowerCase()).toContain(what);
  });

  test.each([
    'https://git.acme.example/platform/fleet.git', 'ssh://git@git.acme.example/fleet.git', 'secretKey-is-not-a-url', 'git@github.com:acme/fleet.git',
    'https://charts.example/?version=1', 'oci://registry.example/charts', 'https://keystone.example:5000/v3',
    'https://docs.example/page#password', 'https://x.example/#section=install', 'ssh://git@github.com/x.git', 'ssh://gitlab@gitlab.example:2222/x.git',
    'ssh://deploy-bot@git.example/x.git', 'ssh://APKAEIBAERJR2EXAMPLE@git-codecommit.eu-west-1.amazonaws.com/v1/repos/x',
  ])('%s carries none', (url) => expect(urlCredentialProblem(url)).toBeUndefined());

  test('Secrets with data are found at any depth; references and empty values are not', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { password: 'x' } };
    const work = { apiVersion: 'work.open-cluster-management.io/v1', kind: 'ManifestWork', spec: { workload: { manifests: [secret] } } };
    const karmada = { kind: 'X', spec: { template: { raw: [{ kind: 'Secret', data: { a: 'eA==' } }] } } };
    expect(findSecretValues(work).map((f) => f.path)).toEqual(['spec.workload.manifests[0].stringData']);
    expect(findSecretValues(karmada).map((f) => f.path)).toEqual(['spec.template.raw[0].data']);
    expect(findSecretValues({ kind: 'Secret', apiVersion: 'v1', data: {} })).toEqual([]);
    expect(findSecretValues({ values: { adminPassword: '', existingSecret: 'grafana', auth: { token: { secretKeyRef: { name: 'a', key: 'b' } } } } })).toEqual([]);
    expect(findSecretValues({ values: { auth: { apiKey: 12345 } } }).map((f) => f.path)).toEqual(['values.auth.apiKey']);
    expect(findSecretValues({ url: 'https://u:p@h/' }).map((f) => f.path)).toEqual(['url']);
    const hostile: any = { 'a b': { '"x"': { password: 'p' } } };
    hostile.self = hostile;
    expect(findSecretValues(hostile).map((f) => f.path)).toEqual(['["a b"]["\\"x\\""].password']);
  });
});

describe('the rule set, against the third round (issue 17 figures: test/support/trust-figures.ts)', () => {
  test.each(['DB_PASS', 'smtpPass', 'PGPASSWORD', 'rootpassword', 'MYSQL_ROOTPASSWD', 'identitytoken'])('%s is a secret-looking key', (key) => expect(isSecretKey(key)).toBe(true));
  test.each(['bypass', 'compass', 'passwordSecretRef', 'passThrough', 'PGPASSWORD_FILE'])('%s is not', (key) => expect(isSecretKey(key)).toBe(false));

  test.each([
    ['an EnvVar DB_PASS with a literal value', { env: [{ name: 'DB_PASS', value: 'hunter2' }] }, ['env[0].value']],
    ['PGPASSWORD with a literal value', { env: [{ name: 'PGPASSWORD', value: 'hunter2' }] }, ['env[0].value']],
    ['a bearer token in an Authorization header', { headers: { Authorization: 'Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0' } }, ['headers.Authorization']],
    ['Basic credentials inside other text', { curl: 'curl -H "Authorization: Basic dXNlcjpodW50ZXIyMTIz" https://x' }, ['curl']],
    ['a Docker config auth', { auths: { 'registry.example.com': { auth: 'dXNlcjpodW50ZXIy' } } }, ['auths["registry.example.com"].auth']],
    ['prose about Basic authentication is no secret', { note: 'Basic authentication is disabled; use a Bearer token from the vault' }, []],
    ['an empty Docker config auth is no secret', { auths: { 'registry.example.com': { auth: '' } } }, []],
  ])('%s', (_name, value, paths) => {
    expect(findSecretValues(value).map((f) => f.path)).toEqual(paths);
  });
});

describe('the rule set, against the hostile tester\'s finds (issue 17, F3)', () => {
  const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n';

  test('an EnvVar with a secret-looking name and a literal value is a secret at value; valueFrom and empty values are not', () => {
    expect(findSecretValues({ env: [{ name: 'ADMIN_PASSWORD', value: 'hunter2' }] }).map((f) => f.path)).toEqual(['env[0].value']);
    expect(findSecretValues({ env: [{ name: 'API_TOKEN', value: 42 }, { name: 'LOG_LEVEL', value: 'debug' }] }).map((f) => f.path)).toEqual(['env[0].value']);
    expect(findSecretValues({ env: [
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      { name: 'DB_PASSWORD', value: '' },
      { name: 'DB_PASSWORD_FILE', value: '/run/secrets/db' },
      { name: 'TOKEN_TTL', value: '1h' },
    ] })).toEqual([]);
  });

  test('a Deployment with a literal DB_PASSWORD in a container env is found', () => {
    const deployment = {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' },
      spec: { template: { spec: { containers: [{ name: 'api', image: 'api:1', env: [{ name: 'DB_PASSWORD', value: 'hunter2' }] }] } } },
    };
    expect(findSecretValues(deployment).map((f) => f.path)).toEqual(['spec.template.spec.containers[0].env[0].value']);
  });

  test.each([
    ['a PEM block under a harmless key', { cfg: PEM }, ['cfg']],
    ['a PEM block inside other text', { script: `cat > key <<EOF\n${PEM}EOF` }, ['script']],
    ['an EC key in a list', { keys: ['-----BEGIN EC PRIVATE KEY-----\nabc'] }, ['keys[0]']],
    ['an OpenSSH key', { a: { b: '-----BEGIN OPENSSH PRIVATE KEY-----' } }, ['a.b']],
    ['a PKCS#8 key with no algorithm', { k: '-----BEGIN PRIVATE KEY-----' }, ['k']],
    ['an encrypted key', { k: '-----BEGIN ENCRYPTED PRIVATE KEY-----' }, ['k']],
    ['a certificate is no secret', { ca: '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----' }, []],
    ['a public key is no secret', { k: '-----BEGIN PUBLIC KEY-----' }, []],
  ])('%s', (_name, value, paths) => {
    expect(findSecretValues(value).map((f) => f.path)).toEqual(paths);
  });

  test.each(['secret', 'SECRET', 'sEcReT'])('kind %j with data is a Secret (kinds compared without case)', (kind) => {
    expect(findSecretValues({ apiVersion: 'v1', kind, data: { a: 'eA==' } }).map((f) => f.path)).toEqual(['data']);
    expect(findSecretValues({ kind: 'List', items: [{ apiVersion: 'V1', kind, stringData: { a: 'x' } }] }).map((f) => f.path)).toEqual(['items[0].stringData']);
  });

  test('the output scan finds each of them in a rendered tree, naming file, object and field', () => {
    const tree = new Map<string, any>([
      ['seeds/s/svc.yaml', { kind: 'manifests', objects: [
        { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace: 'x' }, spec: { template: { spec: { containers: [{ name: 'c', env: [{ name: 'DB_PASSWORD', value: 'hunter2' }] }] } } } },
        { apiVersion: 'v1', kind: 'secret', metadata: { name: 'lower', namespace: 'x' }, data: { a: 'eA==' } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'x' }, data: { 'values.yaml': `cfg: |\n  ${PEM}` } },
      ] }],
      ['terraform/x/cdk.tf.json', { kind: 'json', value: { provider: { vsphere: [{ vsphere_server: 'vc', user: 'u' }] }, locals: { k: PEM } } }],
    ]);
    const found = checkNoSecretValues(tree as any);
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^seeds\/s\/svc\.yaml .*Deployment.* spec\.template\.spec\.containers\[0\]\.env\[0\]\.value: /);
    expect(found[1]).toMatch(/^seeds\/s\/svc\.yaml .*lower.* data: a Secret with data/);
    expect(found[2]).toMatch(/^seeds\/s\/svc\.yaml .*cfg.* data\["values\.yaml"\]: a PEM private key/);
    expect(found[3]).toMatch(/^terraform\/x\/cdk\.tf\.json locals\.k: a PEM private key/);
    for (const line of found) expect(line).not.toMatch(/hunter2|MIIE/);
  });
});

describe.each(Object.keys(EXAMPLE_FLEETS))('all output of the %s fleet', (name) => {
  test('a fresh render holds no secret value', () => {
    const { tree } = renderExample(name);
    expect(tree.size).toBeGreaterThan(0);
    expect(checkNoSecretValues(tree)).toEqual([]);
  });

  test('the committed snapshot holds no secret value (every file)', () => {
    const files = filesUnder(path.join(REPO_ROOT, 'snapshots', name));
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const rel = path.relative(REPO_ROOT, file);
      const docs = file.endsWith('.json') ? [JSON.parse(text)] : file.endsWith('.yaml') || file.endsWith('.yml') ? parseAllDocuments(text).map((d: any) => d.toJS()) : [text];
      for (const doc of docs) {
        for (const f of findSecretValues(doc)) {
          if (rel.endsWith('.tf.json') && /^variable\.[A-Za-z0-9_-]+\.(description|default)$/.test(f.path)) continue;
          found.push(`${rel} ${f.path}: ${f.detail}`);
        }
      }
      // Plain text (READMEs, cloud-init inside stacks): no URL with user info or a token parameter.
      for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'\\]+/g)) {
        if (urlCredentialProblem(m[0])) found.push(`${rel}: URL with credentials ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
