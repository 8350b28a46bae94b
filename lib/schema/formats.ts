/**
 * The `format` values the Kubernetes API server understands, registered with Ajv.
 *
 * Kubernetes checks string formats with its own (Go) parsers, which are more lenient than
 * the JSON Schema definitions Ajv ships: `duration` is a Go duration (`1h30m`), not ISO
 * 8601; `uri` is whatever Go's URL parser accepts. The checks below follow the API server;
 * formats it does not know are ignored, as it ignores them.
 */
import * as net from 'net';
import Ajv from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Go duration (`300ms`, `1h30m`, `-1.5h`) or a go-openapi duration with day/week units. */
const GO_DURATION = /^[-+]?(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))*$/;
const OPENAPI_DURATION = /^(\d+(\.\d+)?\s*(ns|us|µs|ms|s|m|h|d|w|nanoseconds?|microseconds?|milliseconds?|seconds?|minutes?|hours?|days?|weeks?)\s*)+$/i;

/** A Kubernetes resource quantity (`500m`, `2Gi`, `1e3`, `0.5`). */
export const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?\d+))?$/;

/** Standard base64 (Go's StdEncoding), line breaks allowed. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const MAC = /^([0-9A-Fa-f]{2}[:-]){5}([0-9A-Fa-f]{2})$|^([0-9A-Fa-f]{4}\.){2}[0-9A-Fa-f]{4}$|^([0-9A-Fa-f]{2}[:-]){7}([0-9A-Fa-f]{2})$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** True for a CIDR Go's net.ParseCIDR accepts (`10.0.0.0/8`, `fd00::/64`). */
export function isCidr(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const ip = value.slice(0, slash);
  const bits = value.slice(slash + 1);
  if (!/^(0|[1-9]\d{0,2})$/.test(bits)) return false;
  const family = net.isIP(ip);
  if (family === 0 || ip.includes('%')) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/** A lenient URI check after Go's url.Parse: no spaces or control characters, valid escapes. */
function isUri(value: string): boolean {
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  if (/%(?![0-9A-Fa-f]{2})/.test(value)) return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value);
  if (!scheme && /^[^/?#]*:/.test(value)) return false;
  return true;
}

type FormatCheck = (value: any) => boolean;

/** Turns one of ajv-formats' definitions (RegExp, function or {validate}) into a check. */
function ajvFormat(name: keyof typeof fullFormats): FormatCheck {
  const def: any = fullFormats[name];
  const v = def instanceof RegExp || typeof def === 'function' ? def : def.validate;
  return v instanceof RegExp ? (s: string) => v.test(s) : (s: string) => v(s);
}

const STRING_FORMATS: { [name: string]: FormatCheck } = {
  'byte': (v: string) => BASE64.test(v.replace(/[\r\n]/g, '')),
  'date': ajvFormat('date'),
  'date-time': ajvFormat('date-time'),
  'datetime': ajvFormat('date-time'),
  'duration': (v: string) => v === '0' || GO_DURATION.test(v) || OPENAPI_DURATION.test(v),
  'email': ajvFormat('email'),
  'hostname': ajvFormat('hostname'),
  'ipv4': (v: string) => net.isIPv4(v),
  'ipv6': (v: string) => net.isIPv6(v) && !v.includes('%'),
  'cidr': isCidr,
  'mac': (v: string) => MAC.test(v),
  'uri': isUri,
  'uuid': (v: string) => UUID.test(v),
  'uuid3': (v: string) => UUID.test(v),
  'uuid4': (v: string) => UUID.test(v),
  'uuid5': (v: string) => UUID.test(v),
  'hexcolor': (v: string) => /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(v),
  'rgbcolor': (v: string) => /^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/.test(v),
  'bsonobjectid': (v: string) => /^[0-9a-fA-F]{24}$/.test(v),
  'password': () => true,
  'quantity': (v: string) => QUANTITY.test(v),
  // IntOrString: the type (integer or string) is what matters; any string is accepted.
  'int-or-string': () => true,
};

const NUMBER_FORMATS: { [name: string]: FormatCheck } = {
  // Whether the value is an integer is the `type` keyword's business; formats check range.
  int32: (v: number) => v >= INT32_MIN && v <= INT32_MAX,
  // JSON numbers beyond 2^53 cannot be told apart in JavaScript; accept every finite number.
  int64: (v: number) => Number.isFinite(v),
  float: (v: number) => Number.isFinite(v),
  double: (v: number) => Number.isFinite(v),
};

/** Every format seedbed checks; schemas using any other format have it dropped. */
export const KNOWN_FORMATS: ReadonlySet<string> = new Set([...Object.keys(STRING_FORMATS), ...Object.keys(NUMBER_FORMATS)]);

/** Registers the Kubernetes formats with an Ajv instance. */
export function addKubernetesFormats(ajv: Ajv): void {
  for (const [name, validate] of Object.entries(STRING_FORMATS)) ajv.addFormat(name, { type: 'string', validate });
  for (const [name, validate] of Object.entries(NUMBER_FORMATS)) ajv.addFormat(name, { type: 'number', validate });
}
