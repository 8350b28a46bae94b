/**
 * No credential in any URL of the fleet (issue 17, rule 1 of lib/core/secrets.ts): the
 * repository URL, Helm repository URLs, Keystone URLs, state backend addresses and endpoints —
 * every string of a construct's props that is a URL (`<scheme>://…`) — are checked, so a token
 * pasted into a URL (`https://user:pass@…`, `?private_token=…`) is refused with a field error
 * instead of being rendered into Git.
 */
import { Construct } from 'constructs';
import { ErrorList } from '../core/problems';
import { urlCredentialProblem } from '../core/secrets';

const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/** Checks one URL; `field` is its field path (`spec.repository.url`). */
export function validateUrlCredentials(errs: ErrorList, field: string, url: unknown): void {
  if (typeof url !== 'string') return;
  const problem = urlCredentialProblem(url);
  if (problem) errs.forbidden(field, redactUrl(url), problem);
}

/**
 * Checks every URL in a construct's props, at `spec.<prop path>`. Walks plain data and the
 * public fields of value classes (a `ServiceSource`), never into other constructs (a shoot's
 * `cloudProfile`: it is checked as itself).
 */
export function validatePropsUrls(errs: ErrorList, props: unknown, prefix = 'spec'): void {
  walk(errs, props, prefix, new Set());
}

/** Props whose field has another name in seedbed's errors elsewhere (Gardener's words): the same name here. */
const FIELD_NAMES: ReadonlyArray<[RegExp, string]> = [[/^spec\.openstack\.keystoneUrls/, 'spec.providerConfig.keystoneURLs']];

function fieldName(field: string): string {
  for (const [from, to] of FIELD_NAMES) if (from.test(field)) return field.replace(from, to);
  return field;
}

function walk(errs: ErrorList, value: unknown, field: string, seen: Set<object>): void {
  if (typeof value === 'string') {
    if (URL_LIKE.test(value)) validateUrlCredentials(errs, fieldName(field), value);
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value) || Construct.isConstruct(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(errs, v, `${field}[${i}]`, seen));
    return;
  }
  for (const key of Object.keys(value)) {
    walk(errs, (value as { [key: string]: unknown })[key], `${field}${segmentOf(key)}`, seen);
  }
}

/** The field path segment of a key (`.name`, or `["odd key"]`), by key: props repeat the same keys for every shoot and pool. */
function segmentOf(key: string): string {
  let segment = segments.get(key);
  if (segment === undefined) {
    segment = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    if (segments.size >= 10_000) segments.clear();
    segments.set(key, segment);
  }
  return segment;
}

const segments = new Map<string, string>();

/** The URL as an error shows it: user info and query and fragment parameter values replaced, so the error does not leak what it refuses. */
export function redactUrl(url: string): string {
  return url
    .replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#]*@/, '$1***@')
    .replace(/([?&;#][^=&;#]*=)[^&;#]*/g, '$1***');
}

/** A host (`host`, `host:port`) as an error shows it: anything before the last `@` replaced. */
export function redactHost(host: string): string {
  const at = host.lastIndexOf('@');
  return at < 0 ? host : `***${host.slice(at)}`;
}

/** Any address (a URL, `host:port`, or something malformed) as an error shows it, with {@link redactUrl} or {@link redactHost}. */
export function redactAddress(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return URL_LIKE.test(value) ? redactUrl(value) : redactHost(value);
}
