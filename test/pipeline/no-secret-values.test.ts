/**
 * No secret value is ever rendered: a scanner over ALL output — every file of snapshots/ (as
 * committed) and a fresh render of every example fleet — finds no Secret carrying data, no
 * key that names a secret holding a literal value, no private key, token or URL with userinfo.
 * The scanner itself is tested on planted values so a silent scanner cannot pass.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { RenderedTree } from '../../lib/core/manifest';
import { EXAMPLE_FLEETS, REPO_ROOT, renderExample } from '../support/fleets';

/** Keys whose value is a secret when it is a literal (camelCase, snake_case, kebab-case or dotted suffixes). */
const SECRET_KEY = /(^|[_.\-]|[a-z0-9](?=[A-Z]))(password|passwd|passphrase|secret|token|private_?key|privatekey|api_?key|access_?key|secret_?access_?key|credential_?secret|client_?secret)$/i;
/** A value that only refers to something (a Go template over a store's fields, a Terraform/Helm expression). */
const REFERENCE = /^\{\{[^]*\}\}$|^\$\{[^]*\}$/;
/** Values that are secrets whatever their key. */
const SECRET_VALUES: ReadonlyArray<[string, RegExp]> = [
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['URL userinfo', /\b[a-z][a-z0-9+.-]*:\/\/[^\s/@:]+:[^\s/@]+@/i],
  ['a JSON web token', /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\./],
  ['an AWS access key id', /\bAKIA[0-9A-Z]{16}\b/],
  ['a GitHub token', /\bgh[pousr]_[A-Za-z0-9]{30,}\b/],
  ['a bootstrap token', /\b[a-z0-9]{6}\.[a-z0-9]{16}\b/],
  ['an OpenStack application credential secret', /application[_-]credential[_-]secret\s*[=:]\s*["']?(?!\{\{)[^\s"'{]{8,}/i],
];
/**
 * Keys that name secrets but hold names of Secrets or of keys, never values — and Argo CD's
 * per-kind settings (`resource.customizations.<…>.<group>_<Kind>`), whose kind may end in "Secret".
 */
const REFERENCE_KEYS = /^(secretName|secretKey|secretRef|valuesKey|targetPath|key|name|property|remoteKey|tokenSecretRef|secretStoreRef)$|^resource\.customizations\./;

/** Every problem found in one parsed document, as `<file>: <path>: <what>`. */
export function scan(file: string, doc: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown, at: string, key: string) => {
    if (typeof v === 'string') {
      for (const [what, re] of SECRET_VALUES) if (re.test(v)) found.push(`${file}: ${at}: ${what}`);
      if (SECRET_KEY.test(key) && !REFERENCE_KEYS.test(key) && v !== '' && !REFERENCE.test(v.trim())) found.push(`${file}: ${at}: literal value under a secret's key`);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${at}[${i}]`, key));
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.kind === 'Secret' && (o.data !== undefined || o.stringData !== undefined)) found.push(`${file}: ${at || '.'}: a Secret with data`);
    for (const [k, x] of Object.entries(o)) walk(x, at ? `${at}.${k}` : k, k);
  };
  walk(doc, '', '');
  return found;
}

function scanText(file: string, text: string): string[] {
  if (file.endsWith('.json')) return scan(file, JSON.parse(text));
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return parseAllDocuments(text).flatMap((d, i) => scan(`${file}#${i}`, d.toJS()));
  return SECRET_VALUES.filter(([, re]) => re.test(text)).map(([what]) => `${file}: ${what}`);
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function scanTree(name: string, tree: RenderedTree): string[] {
  const found: string[] = [];
  for (const [p, f] of tree) {
    if (f.kind === 'manifests') f.objects.forEach((o, i) => found.push(...scan(`${name}/${p}#${i}`, o)));
    else if (f.kind === 'json') found.push(...scan(`${name}/${p}`, f.value));
  }
  return found;
}

describe('the scanner finds planted secret values', () => {
  test.each<[string, unknown, string[]]>([
    ['a Secret with stringData', { kind: 'Secret', metadata: { name: 'x' }, stringData: { a: 'b' } }, ['f: .: a Secret with data']],
    ['a Secret with data', { kind: 'Secret', metadata: { name: 'x' }, data: {} }, ['f: .: a Secret with data']],
    ['a password literal', { spec: { config: { password: 'hunter2' } } }, ['f: spec.config.password: literal value under a secret\'s key']],
    ['a camelCase client secret', { spec: { clientSecret: 's3cr3t' } }, ['f: spec.clientSecret: literal value under a secret\'s key']],
    ['an env var style secret', { OS_APPLICATION_CREDENTIAL_SECRET: 'abc' }, ['f: OS_APPLICATION_CREDENTIAL_SECRET: literal value under a secret\'s key']],
    ['a private key', { a: ['-----BEGIN OPENSSH PRIVATE KEY-----\nxyz'] }, ['f: a[0]: a private key']],
    ['URL userinfo', { url: 'https://deploy:t0ken@git.example.com/x.git' }, ['f: url: URL userinfo']],
    ['a kubeadm bootstrap token', { cmd: 'kubeadm join --token abcdef.0123456789abcdef' }, ['f: cmd: a bootstrap token']],
    ['an application credential in a cloud.conf', { conf: '[Global]\napplication-credential-secret = "Zx8d9fQ2"' }, ['f: conf: an OpenStack application credential secret']],
    ['a template and references are not values', {
      template: { data: { password: '{{ .password }}' } }, valuesFrom: [{ valuesKey: 'password', targetPath: 'config.password' }], secretName: 'x', ssh: 'ssh-ed25519 AAAA k@x',
    }, []],
  ])('%s', (_, doc, expected) => {
    expect(scan('f', doc)).toEqual(expected);
  });
});

describe('no secret values in the output', () => {
  test('every committed file under snapshots/', () => {
    const root = path.join(REPO_ROOT, 'snapshots');
    const files = filesUnder(root);
    expect(files.length).toBeGreaterThan(500);
    const found = files.flatMap((f) => scanText(path.relative(root, f), fs.readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  test.each(Object.keys(EXAMPLE_FLEETS))('a fresh render of %s', (name) => {
    const { tree } = renderExample(name);
    expect(tree.size).toBeGreaterThan(10);
    expect(scanTree(name, tree)).toEqual([]);
  });
});
