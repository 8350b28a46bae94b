/**
 * Credentials never reach the output, whatever key or file holds them: planted values of every
 * shape the credentials contract handles (lib/core/credentials.ts) are found by the one rule set
 * (lib/core/secrets.ts), and the References the renderers write instead — External Secrets
 * templates, `valuesFrom`, Secret names — are not. The scan of every snapshot file and fresh render
 * with the same rules is in ./no-secrets.test.ts.
 */
import { findSecretValues } from '../../lib/core/secrets';

const found = (doc: unknown) => findSecretValues(doc).map((f) => `${f.path}: ${f.detail.split(':')[0]}`);

describe('the rule set finds planted credentials', () => {
  test.each<[string, unknown, string[]]>([
    ['a Secret with stringData', { kind: 'Secret', metadata: { name: 'x' }, stringData: { a: 'b' } }, ['stringData: a Secret with stringData']],
    ['a password literal', { spec: { config: { password: 'hunter2' } } }, ['spec.config.password: a literal value under the secret-looking key "password"']],
    ['a camelCase client secret', { spec: { clientSecret: 's3cr3t' } }, ['spec.clientSecret: a literal value under the secret-looking key "clientSecret"']],
    ['the runner environment shape', { OS_APPLICATION_CREDENTIAL_SECRET: 'abc' }, ['OS_APPLICATION_CREDENTIAL_SECRET: a literal value under the secret-looking key "OS_APPLICATION_CREDENTIAL_SECRET"']],
    ['a vCenter password in the CAPV shape', { stringData: { username: 'u', password: 'p' } }, ['stringData.password: a literal value under the secret-looking key "password"']],
    ['a private key', { a: ['-----BEGIN OPENSSH PRIVATE KEY-----\nxyz'] }, ['a[0]: a PEM private key']],
    ['URL userinfo', { url: 'https://deploy:t0ken@git.example.com/x.git' }, ['url: a URL that carries credentials (user info before @)']],
    ['a kubeadm bootstrap token in a command', { cmd: 'kubeadm join --token abcdef.0123456789abcdef' }, ['cmd: a kubeadm bootstrap token']],
    ['a bootstrap token in a join configuration', { cfg: 'discovery:\n  bootstrapToken:\n    token: abcdef.0123456789abcdef\n' }, ['cfg: a kubeadm bootstrap token']],
    ['an application credential in a cloud.conf', { conf: '[Global]\napplication-credential-secret = "Zx8d9fQ2"' }, ['conf: an OpenStack application credential secret']],
    ['an application credential in a clouds.yaml', { 'clouds.yaml': 'clouds:\n  openstack:\n    auth:\n      application_credential_secret: Zx8d9fQ2abc\n' }, ['["clouds.yaml"]: an OpenStack application credential secret']],
    ['a JSON web token', { note: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2ln' }, ['note: a JSON web token']],
    ['an AWS access key id', { env: 'AKIAABCDEFGHIJKLMNOP' }, ['env: an AWS access key id']],
    ['a GitHub token', { script: 'git clone https://x/ && echo ghp_abcdefghijklmnopqrstuvwxyz0123456789' }, ['script: a GitHub token']],
  ])('%s', (_, doc, expected) => {
    expect(found(doc).map((l) => l.slice(0, expected[0]?.length ?? 0))).toEqual(expected);
  });

  test('references the renderers write instead of values are not secrets', () => {
    expect(found({
      template: { data: { password: '{{ .password }}', 'clouds.yaml': 'application_credential_secret: {{ .applicationCredentialSecret }}\n' } },
      valuesFrom: [{ kind: 'Secret', name: 'openstack-shop', valuesKey: 'password', targetPath: 'config.password' }],
      secretName: 'x', existingSecret: 'y', ssh: 'ssh-ed25519 AAAA k@x',
      host: 'api.shoot--shop--edge.sued-1.seeds.nordcloud.example', join: 'token: ${urlencode(var.join_token)}',
    })).toEqual([]);
  });
});
