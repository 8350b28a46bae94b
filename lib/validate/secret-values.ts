/**
 * No secret value enters the fleet's output through data the user passes through (issue 17,
 * rules 2 and 3 of lib/core/secrets.ts): Helm values, objects given inline and the values of
 * override patches may not hold a literal under a secret-looking key (`adminPassword`,
 * `apiKey`, `token`, …), nor a Secret with `data`/`stringData` at any depth (a Secret inside a
 * ManifestWork is one too).
 */
import { ErrorList } from '../core/problems';
import { findSecretValues, isLiteralSecretValue, isSecretKey } from '../core/secrets';

/** What to do instead, for Helm values. */
export const HELM_VALUES_HINT = 'Helm values that are secrets come from a Secret through valuesFrom (or the chart\'s existingSecret), never from values';
/** What to do instead, for objects and patches. */
export const OBJECT_HINT = 'keep the secret outside the rendered output (SOPS, ExternalSecrets) and reference it';

/** Checks data passed through to the output (Helm values, an inline object); `field` is where it is. */
export function validateNoSecretValues(errs: ErrorList, field: string, value: unknown, hint: string): void {
  for (const f of findSecretValues(value)) {
    const sub = f.path === '' ? field : f.path.startsWith('[') ? `${field}${f.path}` : `${field}.${f.path}`;
    errs.forbidden(sub, '(secret value)', `${f.detail}; ${hint}`);
  }
}

/**
 * Checks one JSON patch: a literal value set at a secret-looking key (`/spec/values/adminPassword`),
 * or a value holding secret values (a Secret with data, a secret-looking key).
 */
export function validatePatchSecretValues(errs: ErrorList, field: string, path: unknown, value: unknown): void {
  if (typeof path === 'string') {
    const last = path.split('/').pop()!.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isSecretKey(last) && isLiteralSecretValue(value)) {
      errs.forbidden(`${field}.value`, '(secret value)', `a literal value at the secret-looking key ${JSON.stringify(last)}; ${OBJECT_HINT}`);
      return;
    }
  }
  validateNoSecretValues(errs, `${field}.value`, value, OBJECT_HINT);
}
