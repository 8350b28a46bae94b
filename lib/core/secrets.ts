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
 *    The Kubernetes EnvVar shape counts as such a key: `{ name: 'DB_PASSWORD', value: 'hunter2' }`
 *    (in a container's `env`, in Helm values) is a literal secret at `value`; `valueFrom` is the
 *    reference it should be.
 * 3. **Secrets carry no data**: an object of kind `Secret` (kind compared without case: a guard
 *    never lets data through because of spelling, even where an API server would refuse it) has
 *    no non-empty `data` or `stringData`, also when it is embedded in another object (an OCM
 *    ManifestWork's `spec.workload.manifests`, a Karmada or Clusternet template, an inline
 *    manifest of Argo CD or Flux): {@link findSecretValues} walks every nested object.
 * 4. **No private key in any string**: a PEM private key block (`-----BEGIN … PRIVATE KEY-----`)
 *    anywhere in a string value, under any key ({@link PEM_PRIVATE_KEY}).
 * 5. **No token in any string**: values that are credentials whatever their key
 *    ({@link SECRET_VALUE_PATTERNS}: JSON web tokens, AWS access key ids, GitHub and GitLab tokens,
 *    a kubeadm bootstrap token after `token`, an OpenStack application credential secret in a
 *    config file, an HTTP `Bearer`/`Basic` credential). Each pattern is specific enough never to
 *    match a name or a host. The `auth` of a Docker config's registry (`auths.<registry>.auth`) is
 *    a credential too.
 *
 * Rule 1 also covers credential-looking parameters in a URL's fragment (`#token=…`) and, for
 * SSH URLs, a login name that looks like a token ({@link isTokenLikeUser}: `ssh://ghp_…@github.com`);
 * `ssh://git@host` stays allowed.
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

/**
 * Rule 5: what each credential looks like, whatever key holds it (a pattern each, named). A new
 * pattern needs what it starts with in MAYBE_SECRET_VALUE (below), or no string reaches it.
 */
export const SECRET_VALUE_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['a JSON web token', /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\./],
  ['an AWS access key id', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['a GitHub token', /\b(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})\b/],
  ['a GitLab token', /\bglpat-[A-Za-z0-9_-]{20,}\b/],
  ['a kubeadm bootstrap token', /\btoken["']?\s*[=:\s]\s*["']?[a-z0-9]{6}\.[a-z0-9]{16}\b/i],
  ['an OpenStack application credential secret', /application[_-]credential[_-]secret\s*[=:]\s*["']?(?!\{\{|\$\{)[^\s"'{$]{8,}/i],
  // RFC 9110 section 11 credentials (`Authorization: Bearer <token68>`): the scheme, then a token of 16 or more characters with a digit.
  ['an HTTP Authorization credential', /\b(Bearer|Basic)\s+(?=[A-Za-z0-9._~+/-]*[0-9])[A-Za-z0-9._~+/-]{16,}=*/],
];

/** A PEM private key block's header, anywhere in a string (`RSA`, `EC`, `OPENSSH`, `ENCRYPTED`, none, …). */
export const PEM_PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;

/**
 * Prefixes of GitHub and GitLab access tokens: GitHub's `ghp_` (classic personal), `gho_` (OAuth),
 * `ghu_`/`ghs_` (app user/server), `ghr_` (refresh), `github_pat_` (fine-grained); GitLab's
 * `glpat-` (personal/project/group), `gldt-` (deploy), `glptt-` (pipeline trigger), `glrt-`
 * (runner), `gloas-` (OAuth app secret), `glcbt-` (CI/CD job), `glsoat-` (SCIM).
 */
const TOKEN_PREFIXES: readonly string[] = ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'gldt-', 'glptt-', 'glrt-', 'gloas-', 'glcbt-', 'glsoat-'];

/**
 * Whether an SSH login name looks like a token rather than a user: a known token prefix, or a
 * long random-looking name (32 characters or more, or 20 or more that mix lower case, upper case
 * and digits). `git`, `gitlab`, `deploy-bot` and key ids in capitals (`APKAEIBAERJR2EXAMPLE`) do not.
 */
export function isTokenLikeUser(user: string): boolean {
  const u = decodeSafe(user);
  if (TOKEN_PREFIXES.some((p) => u.toLowerCase().startsWith(p))) return true;
  if (u.length >= 32) return true;
  return u.length >= 20 && /[a-z]/.test(u) && /[A-Z]/.test(u) && /[0-9]/.test(u);
}

/** Whether an object is of kind Secret (v1), compared without case. */
function isSecretObject(o: { [key: string]: unknown }): boolean {
  return typeof o.kind === 'string' && o.kind.toLowerCase() === 'secret'
    && (o.apiVersion === undefined || (typeof o.apiVersion === 'string' && o.apiVersion.toLowerCase() === 'v1'));
}

/** Last words of a key that holds a secret (after splitting it into lower-case words). */
const SECRET_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pass', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'privatekey', 'credential', 'credentials', 'accesskey',
  'clientsecret', 'bearer', 'htpasswd', 'identitytoken',
]);

/**
 * A last word that is a password written as one word with what it belongs to (`PGPASSWORD`,
 * `rootpassword`, `MYSQL_ROOTPASSWD`): as common in environment variables and Helm values as the
 * split forms.
 */
const PASSWORD_SUFFIX = /(password|passwd)$/;

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
  // Most keys (and the object names the EnvVar shape asks about, one per object of a fleet) hold
  // none of the words a secret-looking key ends with: answered without splitting them into words
  // or filling the memo with them.
  if (!MAYBE_SECRET_KEY.test(key.toLowerCase())) return false;
  // The same keys come back in every object of a fleet (`name`, `spec`, label keys): judged once.
  let verdict = secretKeyVerdicts.get(key);
  if (verdict === undefined) {
    verdict = judgeSecretKey(key);
    if (secretKeyVerdicts.size >= MEMO_LIMIT) secretKeyVerdicts.clear();
    secretKeyVerdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * What every secret-looking key holds somewhere once lower-cased: its last word (or the last of a
 * pair) is one of {@link SECRET_WORDS}, ends like {@link PASSWORD_SUFFIX}, or is `key`, `secret`
 * or `token` ({@link SECRET_PAIRS}) — and a word is a run of the lower-cased key's own characters
 * (wordsOf lower-cases the key the same way, so `\u212A` KELVIN SIGN counts as `k` here too). A
 * key without any of these is never a secret key.
 */
const MAYBE_SECRET_KEY = /pass|pwd|secret|token|key|credential|bearer/;

/** Verdicts of {@link isSecretKey} and of short strings in {@link findSecretValues}, bounded. */
const MEMO_LIMIT = 100_000;
const secretKeyVerdicts = new Map<string, boolean>();
const stringVerdicts = new Map<string, string | null>();

/** {@link isSecretKey} without its shortcuts (no prefilter, no memo): the rule itself, exported for its tests. */
export function judgeSecretKey(key: string): boolean {
  const words = wordsOf(key);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (words[0] === 'existing' || words.includes('ref') || words.includes('from')) return false;
  if (words.length >= 2 && SECRET_PAIRS.has(`${words[words.length - 2]} ${last}`)) return true;
  if (words.length >= 2 && REFERENCE_WORDS.has(last) && last !== 'secret') return false;
  if (last === 'secret' && words.length >= 2 && ['use', 'create', 'existing', 'tls', 'image', 'pull', 'external', 'sealed'].includes(words[words.length - 2])) return false;
  return SECRET_WORDS.has(last) || PASSWORD_SUFFIX.test(last);
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
    const user = authority.slice(0, Math.max(at, 0));
    const sshLogin = /^(ssh|git\+ssh|ssh\+git):/i.test(url) && !user.includes(':');
    if (at >= 0 && !sshLogin) return 'must not carry credentials (user info before @): give them through a Secret the controller reads';
    if (at >= 0 && isTokenLikeUser(user)) return 'must not carry credentials (an SSH login name that looks like a token): log in as the host\'s user (`git@`) with a key from a Secret';
  }
  const query = /\?([^#]*)/.exec(url)?.[1];
  if (query !== undefined) {
    const name = credentialParameter(query, false);
    if (name !== undefined) return `must not carry credentials (query parameter ${JSON.stringify(name)}): give them through a Secret the controller reads`;
  }
  // A fragment never reaches the server, but it reaches Git with the URL: `#token=…` is refused too (only `name=value` parts; `#password` is an anchor).
  const fragment = /#(.*)$/s.exec(url)?.[1];
  if (fragment !== undefined) {
    const name = credentialParameter(fragment, true);
    if (name !== undefined) return `must not carry credentials (fragment parameter ${JSON.stringify(name)}): give them through a Secret the controller reads`;
  }
  return undefined;
}

/** The first parameter of `a=1&token=x` named like a credential (with `needsValue`, only parts with `=`). */
function credentialParameter(params: string, needsValue: boolean): string | undefined {
  for (const part of params.split(/[&;]/)) {
    if (needsValue && !part.includes('=')) continue;
    const name = decodeSafe(part.split('=')[0]).toLowerCase();
    if (CREDENTIAL_QUERY_PARAMETERS.includes(name) || (name !== '' && isSecretKey(name))) return name;
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

/**
 * What every string {@link stringProblem} finds a problem in holds: the start of a PEM block, of
 * a JSON web token, an AWS key id, a GitHub or GitLab token prefix, the words the kubeadm token
 * and OpenStack secret patterns start with, an HTTP authorization scheme, or a URL's `://`
 * (compared without case, which only lets more strings through to the full rules).
 */
const MAYBE_SECRET_VALUE = /-----BEGIN |eyJ|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|token|application|Bearer|Basic|:\/\//i;

/** What is wrong with a string value (a secret in it), or null. */
export function stringProblem(value: string): string | null {
  if (PEM_PRIVATE_KEY.test(value)) return 'a PEM private key: take it from a Secret instead';
  const token = SECRET_VALUE_PATTERNS.find(([, re]) => re.test(value));
  if (token) return `${token[0]}: take it from a Secret instead`;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value)) {
    const problem = urlCredentialProblem(value);
    if (problem) return `a URL that ${problem.replace(/^must not carry/, 'carries')}`;
  }
  return null;
}

/** {@link stringProblem}, judged once per short string (they repeat across a fleet's objects: kinds, names, images). */
function stringVerdict(value: string): string | null {
  // Most strings hold nothing any rule looks for: answered at once, and kept out of the memo.
  if (!MAYBE_SECRET_VALUE.test(value)) return null;
  let problem = value.length <= 256 ? stringVerdicts.get(value) : undefined;
  if (problem === undefined) {
    problem = stringProblem(value);
    if (value.length <= 256) {
      if (stringVerdicts.size >= MEMO_LIMIT) stringVerdicts.clear();
      stringVerdicts.set(value, problem);
    }
  }
  return problem;
}

/**
 * Where the walk is: the path text it started with, or a step below a place (a map key or a list
 * index). The text of a path ({@link pathText}) is made only for a finding: building it for every
 * value walked cost more than the checks themselves.
 */
type Path = string | { readonly up: Path; readonly key: string } | { readonly up: Path; readonly index: number };

/** The dotted text of a path, exactly as joining it step by step gives it (see {@link join}). */
function pathText(p: Path): string {
  if (typeof p === 'string') return p;
  const up = pathText(p.up);
  return 'key' in p ? join(up, p.key) : `${up}[${p.index}]`;
}

function walk(value: unknown, path: Path, out: SecretValueFinding[], seen: Set<object>): void {
  if (typeof value === 'string') {
    const problem = stringVerdict(value);
    if (problem !== null) out.push({ path: pathText(path), detail: problem });
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      // A string item is judged here, its path made only when it holds a secret.
      if (typeof v === 'string') {
        const problem = stringVerdict(v);
        if (problem !== null) out.push({ path: pathText({ up: path, index: i }), detail: problem });
      } else if (v !== null && typeof v === 'object') {
        walk(v, { up: path, index: i }, out, seen);
      }
    }
    return;
  }
  const o = value as { [key: string]: unknown };
  const isSecret = isSecretObject(o);
  if (isSecret) {
    for (const field of ['data', 'stringData']) {
      const d = o[field];
      if (d !== undefined && d !== null && (typeof d !== 'object' || Object.keys(d).length > 0)) {
        out.push({ path: join(pathText(path), field), detail: `a Secret with ${field}: no secret value is rendered; keep it outside the output (SOPS, ExternalSecrets) and reference it` });
      }
    }
  }
  // A Docker config (`{ auths: { <registry>: { auth: base64(user:password) } } }`, the format of
  // kubernetes.io/dockerconfigjson Secrets): `auth` there is a credential, whatever it is called elsewhere.
  const auths = o.auths;
  if (auths !== null && typeof auths === 'object' && !Array.isArray(auths)) {
    for (const registry of Object.keys(auths)) {
      const entry = (auths as { [key: string]: unknown })[registry];
      if (entry !== null && typeof entry === 'object' && isLiteralSecretValue((entry as { [key: string]: unknown }).auth)) {
        out.push({ path: join(join(join(pathText(path), 'auths'), registry), 'auth'), detail: 'a registry credential of a Docker config: take it from a Secret (imagePullSecrets) instead' });
      }
    }
  }
  // The EnvVar shape (`{ name: 'DB_PASSWORD', value: 'hunter2' }`): the name is the key, `value` its literal.
  const envSecret = typeof o.name === 'string' && isSecretKey(o.name) && isLiteralSecretValue(o.value);
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (isSecret && (key === 'data' || key === 'stringData')) continue; // reported above
    if (envSecret && key === 'value') {
      out.push({ path: pathText({ up: path, key }), detail: `a literal value for the secret-looking name ${JSON.stringify(o.name)}: take it from a Secret (valueFrom.secretKeyRef) instead` });
      continue;
    }
    if (isSecretKey(key) && isLiteralSecretValue(v)) {
      out.push({ path: pathText({ up: path, key }), detail: `a literal value under the secret-looking key ${JSON.stringify(key)}: take it from a Secret instead` });
      continue;
    }
    // A string value is judged here, its path made only when it holds a secret.
    if (typeof v === 'string') {
      const problem = stringVerdict(v);
      if (problem !== null) out.push({ path: pathText({ up: path, key }), detail: problem });
    } else if (v !== null && typeof v === 'object') {
      walk(v, { up: path, key }, out, seen);
    }
  }
}

function join(path: string, key: string): string {
  const k = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  return path === '' ? k.replace(/^\[/, '[') : k.startsWith('[') ? `${path}${k}` : `${path}.${k}`;
}
