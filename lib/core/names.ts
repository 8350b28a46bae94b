/**
 * Name rules (Kubernetes DNS-1123) and the names seedbed derives from fleet identifiers.
 * Names are decided here, once; renderers only read them.
 */
import { ErrorList } from './problems';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Maximum length of a DNS-1123 label. */
export const DNS1123_LABEL_MAX = 63;
/** Maximum length of a DNS-1123 subdomain. */
export const DNS1123_SUBDOMAIN_MAX = 253;
/** Gardener's limit for a project name. */
export const PROJECT_NAME_MAX = 10;
/** Gardener's limit for the length of project name + shoot name together. */
export const SHOOT_AND_PROJECT_NAME_MAX = 21;
/** Gardener's limit for a worker pool name. */
export const WORKER_POOL_NAME_MAX = 15;

/** Whether `value` is a DNS-1123 label: lowercase alphanumerics and '-', at most 63 characters, alphanumeric at both ends. */
export function isDns1123Label(value: string): boolean {
  return value.length <= DNS1123_LABEL_MAX && DNS1123_LABEL.test(value);
}

/** Whether `value` is a DNS-1123 subdomain: dot-separated DNS-1123 labels, at most 253 characters. */
export function isDns1123Subdomain(value: string): boolean {
  return value.length <= DNS1123_SUBDOMAIN_MAX && DNS1123_SUBDOMAIN.test(value);
}

/** Checks a DNS-1123 label and an optional extra length limit. */
export function validateLabelName(errs: ErrorList, field: string, value: string | undefined, max = DNS1123_LABEL_MAX): void {
  if (value === undefined || value === '') {
    errs.required(field);
    return;
  }
  if (value.length > max) errs.tooLong(field, value, max);
  if (!DNS1123_LABEL.test(value)) {
    errs.invalid(field, value, "must be a DNS-1123 label: lower case alphanumerics or '-', starting and ending with an alphanumeric");
  }
}

/** Checks a DNS-1123 subdomain (dot-separated labels). */
export function validateSubdomain(errs: ErrorList, field: string, value: string): void {
  if (value.length > DNS1123_SUBDOMAIN_MAX) errs.tooLong(field, value, DNS1123_SUBDOMAIN_MAX);
  if (!DNS1123_SUBDOMAIN.test(value)) {
    errs.invalid(field, value, "must be a DNS-1123 subdomain: lower case alphanumerics, '-' or '.', starting and ending with an alphanumeric");
  }
}

const LABEL_KEY_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Checks a map of Kubernetes labels (qualified keys, values up to 63 characters). */
export function validateLabels(errs: ErrorList, field: string, labels: Record<string, string> | undefined): void {
  for (const [key, value] of Object.entries(labels ?? {})) {
    validateQualifiedName(errs, `${field}[${key}]`, key);
    if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) {
      errs.invalid(`${field}[${key}]`, value, "a label value must be 63 characters or less, alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric");
    }
  }
}

/** Checks a qualified name such as a label or annotation key (`prefix/name`). */
export function validateQualifiedName(errs: ErrorList, field: string, key: string): void {
  const parts = key.split('/');
  const name = parts[parts.length - 1];
  const prefix = parts.length === 2 ? parts[0] : undefined;
  const ok = parts.length <= 2 && name.length > 0 && name.length <= 63 && LABEL_KEY_NAME.test(name)
    && (prefix === undefined || (prefix.length > 0 && isDns1123Subdomain(prefix)));
  if (!ok) errs.invalid(field, key, "must be a qualified name: an optional DNS subdomain prefix and '/', then 63 characters or less of alphanumerics, '-', '_' or '.'");
}

/**
 * The namespace of a project in the garden: `garden-<project>`, except for the project named `garden`,
 * whose namespace is `garden` itself — the namespace Gardener keeps its own objects in, and the only
 * one without the prefix it accepts for a project (gardener/gardener v1.149.3: pkg/api/core/validation/project.go
 * ValidateProjectSpec). ManagedSeeds register shoots of that namespace.
 */
export function projectNamespace(project: string): string {
  return project === 'garden' ? 'garden' : `garden-${project}`;
}

/** The technical id of a shoot, used as its namespace in the seed: `shoot--<project>--<shoot>`. */
export function shootTechnicalId(project: string, shoot: string): string {
  return `shoot--${project}--${shoot}`;
}

/** The folder of a shoot inside a seed's output: `<project>--<shoot>`. */
export function shootKey(project: string, shoot: string): string {
  return `${project}--${shoot}`;
}
