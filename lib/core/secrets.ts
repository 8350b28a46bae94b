/**
 * What a secret looks like, in one place: the rules every check that keeps secret values out of
 * the rendered output (and so out of Git) applies — the fleet's URLs, Helm values, override
 * patches, objects given inline, and the scan over everything rendered.
 *
 * The rules:
 *
 * 1. **URLs carry no credentials**: no user info (`https://user:pass@host`, `https://token@host`)
 *    and no query parameter named like a credential ({@link CREDENTIAL_QUERY_PARAMETERS}:
 *    `private_token`, `access_token`, `token`, `password`, `X-Amz-Signature`, `sig`, …).
 * 2. **Secret-looking keys hold no literal value**: a key whose words ({@link isSecretKey}:
 *    split at `_`, `-`, `.` and camelCase humps) end in `password`/`passwd`/`secret`/`token`/
 *    `apikey`/`privatekey`/`credentials`/… — `adminPassword`, `api_key`, `clientSecret`,
 *    `auth.token` — may hold an empty value, a reference-looking value (`${ENV}`-free: an object
 *    such as `existingSecret`/`secretKeyRef`) or nothing; a non-empty string or number is a
 *    literal secret. Keys that name a Secret rather than hold one (`existingSecret`,
 *    `secretName`, `passwordSecretRef`, `tokenFile`, …: {@link REFERENCE_WORDS}) are not secrets.
 * 3. **Secrets carry no data**: an object of kind `Secret` has no non-empty `data` or
 *    `stringData`, also when it is embedded in another object (an OCM ManifestWork's
 *    `spec.workload.manifests`, a Karmada or Clusternet template, an inline manifest of Argo CD
 *    or Flux): {@link findSecretValues} walks every nested object.
 *
 * Values must come from a Secret the platform team keeps outside the rendered output (SOPS,
 * ExternalSecrets), referenced by name (`valuesFrom`, `secretRef`, `existingSecret`).
 */

/** Query parameters that carry a credential (compared without case). */
export const CREDENTIAL_QUERY_PARAMETERS: readonly string[] = [
  'access_token', 'api_key', 'apikey', 'auth', 'client_secret', 'code', 'id_token', 'key', 'password', 'passwd', 'private_token',
  'refresh_token', 'secret', 'session_token', 'sig', 'signature', 'token', 'x-amz-credential', 'x-amz-security-token',
  'x-amz-signature', 'x-goog-credential', 'x-goog-signature',
];

/** Last words of a key that holds a secret (after splitting it into lower-case words). */
const SECRET_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'privatekey', 'credential', 'credentials', 'accesskey',
  'clientsecret', 'bearer', 'htpasswd',
]);

/**
 * Word pairs that hold a secret (`api_key`, `private-key`, `secret_access_key`). Not `secret key`:
 * that names the key of a Secret in ExternalSecrets (`secretKey`).
 */
const SECRET_PAIRS: ReadonlySet<string> = new Set(['api key', 'private key', 'access key', 'client secret', 'auth token']);

/** Last words that make a key a reference to a secret, or a setting about one, not a secret itself. */
const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'ref', 'reference', 'name', 'file', 'path', 'key', 'keys', 'from', 'secret', 'enabled', 'enable', 'type', 'length', 'ttl',
  'expiry', 'expiration', 'policy', 'existing', 'env', 'mount', 'provider', 'url', 'endpoint', 'hash', 'selector', 'id',
]);

/** A key, split into lower-case words (`adminPassword` → `admin password`, `API_KEY` → `api key`). */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * Whether a map key names a secret value (rule 2): its last word (or last two) is a secret word,
 * and it is not a reference to a Secret (`existingSecret`, `passwordSecretRef`, `tokenFile`).
 */
export function isSecretKey(key: string): boolean {
  const words = wordsOf(key);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (words[0] === 'existing' || words.includes('ref') || words.includes('from')) return false;
  if (words.length >= 2 && SECRET_PAIRS.has(`${words[words.length - 2]} ${last}`)) return true;
  if (words.length >= 2 && REFERENCE_WORDS.has(last) && last !== 'secret') return false;
  if (last === 'secret' && words.length >= 2 && ['use', 'create', 'existing', 'tls', 'image', 'pull', 'external', 'sealed'].includes(words[words.length - 2])) return false;
  return SECRET_WORDS.has(last);
}

/**
 * A value that only names a field of data resolved elsewhere, in Go template syntax
 * (`{{ .password }}`, `{{ .password | toString }}`): how an External Secrets template takes a
 * value from the store. A literal inside the braces (`{{ "hunter2" }}`) does not match.
 */
const TEMPLATE_FIELD = /^\{\{\s*\.[A-Za-z_][A-Za-z0-9_.]*(\s*\|\s*[A-Za-z][A-Za-z0-9]*)*\s*\}\}$/;

/**
 * Whether a value under a secret-looking key is a literal secret: a non-empty string or a number,
 * unless it only names a field resolved elsewhere ({@link TEMPLATE_FIELD}).
 */
export function isLiteralSecretValue(value: unknown): boolean {
  if (typeof value === 'string' && TEMPLATE_FIELD.test(value)) return false;
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' || typeof value === 'bigint';
}

/** What is wrong with a URL under rule 1, or undefined when it carries no credential. */
export function urlCredentialProblem(url: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  // Scheme-relative or schemeful URLs (`https://`, `oci://`, `ssh://`, `git+https://`); scp-like Git (`git@host:path`) has a
  // user name but no secret, and is left to the caller's own syntax check.
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/.exec(url);
  if (m) {
    const authority = m[1];
    const at = authority.lastIndexOf('@');
    // A password (`user:pass@`) anywhere; over HTTP(S)/OCI a lone user name is how tokens are
    // passed (`https://<token>@host`). An SSH login name (`ssh://git@host`) is not a secret.
    const sshLogin = /^(ssh|git\+ssh|ssh\+git):/i.test(url) && !authority.slice(0, Math.max(at, 0)).includes(':');
    if (at >= 0 && !sshLogin) return 'must not carry credentials (user info before @): give them through a Secret the controller reads';
  }
  const query = /\?([^#]*)/.exec(url)?.[1];
  if (query !== undefined) {
    for (const part of query.split(/[&;]/)) {
      const name = decodeSafe(part.split('=')[0]).toLowerCase();
      if (CREDENTIAL_QUERY_PARAMETERS.includes(name) || (name !== '' && isSecretKey(name))) {
        return `must not carry credentials (query parameter ${JSON.stringify(name)}): give them through a Secret the controller reads`;
      }
    }
  }
  return undefined;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** One secret value found in data: where (`spec.values.adminPassword`) and which rule it breaks. */
export interface SecretValueFinding {
  /** Dotted path of the value in the data walked (`[i]` for list items). */
  readonly path: string;
  /** What is wrong, in words. */
  readonly detail: string;
}

/**
 * Every secret value in JSON-like data (rules 2 and 3, and rule 1 for strings that are URLs):
 * literal values under secret-looking keys, Secrets with data at any depth, URLs with credentials.
 * `path` prefixes the paths reported.
 */
export function findSecretValues(value: unknown, path = ''): SecretValueFinding[] {
  const out: SecretValueFinding[] = [];
  walk(value, path, out, new Set());
  return out;
}

function walk(value: unknown, path: string, out: SecretValueFinding[], seen: Set<object>): void {
  if (typeof value === 'string') {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value)) {
      const problem = urlCredentialProblem(value);
      if (problem) out.push({ path, detail: `a URL that ${problem.replace(/^must not carry/, 'carries')}` });
    }
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, out, seen));
    return;
  }
  const o = value as { [key: string]: unknown };
  if (o.kind === 'Secret' && (o.apiVersion === 'v1' || o.apiVersion === undefined)) { // see isSecret below
    for (const field of ['data', 'stringData']) {
      const d = o[field];
      if (d !== undefined && d !== null && (typeof d !== 'object' || Object.keys(d).length > 0)) {
        out.push({ path: join(path, field), detail: `a Secret with ${field}: no secret value is rendered; keep it outside the output (SOPS, ExternalSecrets) and reference it` });
      }
    }
  }
  const isSecret = o.kind === 'Secret' && (o.apiVersion === 'v1' || o.apiVersion === undefined);
  for (const key of Object.keys(o)) {
    const v = o[key];
    const p = join(path, key);
    if (isSecret && (key === 'data' || key === 'stringData')) continue; // reported above
    if (isSecretKey(key) && isLiteralSecretValue(v)) {
      out.push({ path: p, detail: `a literal value under the secret-looking key ${JSON.stringify(key)}: take it from a Secret instead` });
      continue;
    }
    walk(v, p, out, seen);
  }
}

function join(path: string, key: string): string {
  const k = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  return path === '' ? k.replace(/^\[/, '[') : k.startsWith('[') ? `${path}${k}` : `${path}.${k}`;
}
