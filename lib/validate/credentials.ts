/**
 * Checks of credentials bindings and of the binding a shoot uses — pure functions on plain data
 * that append problems and never throw.
 */
import { ErrorList } from '../core/problems';
import { validateSubdomain } from '../core/names';
import { CredentialsDelivery, GitOpsEngine, ProviderType, SecretStoreKind, enumValues, isEnumValue } from '../core/types';

/** A binding as the checks see it (declared with `addCredentialsBinding`, or implied by a shoot's string). */
export interface BindingInput {
  readonly name: string;
  readonly provider: ProviderType;
  readonly delivery: CredentialsDelivery;
  readonly externalSecret?: {
    readonly store?: string;
    readonly storeKind?: SecretStoreKind;
    readonly remoteKey?: string;
    readonly refreshInterval?: string;
  };
}

/** What of the garden the checks of a binding need. */
export interface BindingContext {
  /** Whether the garden keeps SOPS-encrypted Secrets (`sopsSecrets`). */
  readonly sopsSecrets: boolean;
  readonly gitOpsEngine: GitOpsEngine;
}

const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;
// A store entry key: printable, no whitespace; stores use `/`, `.`, `-`, `_` and `:` in keys.
const REMOTE_KEY = /^[A-Za-z0-9][A-Za-z0-9._/:@-]*$/;

/** Checks one binding; `fieldPrefix` is empty for a declared binding, the shoot's field for an implied one. */
export function validateBinding(errs: ErrorList, b: BindingInput, ctx: BindingContext, fieldPrefix = ''): void {
  const f = (field: string) => (fieldPrefix ? `${fieldPrefix}.${field}` : field);
  if (fieldPrefix === '') validateSubdomain(errs, 'metadata.name', b.name);
  if (!isEnumValue(ProviderType as any, b.provider)) errs.notSupported(f('provider.type'), b.provider, enumValues(ProviderType as any));
  if (!isEnumValue(CredentialsDelivery as any, b.delivery)) {
    errs.notSupported(f('delivery'), b.delivery, enumValues(CredentialsDelivery as any));
    return;
  }
  if (b.delivery === CredentialsDelivery.SOPS) {
    if (ctx.gitOpsEngine !== GitOpsEngine.FLUX) {
      errs.forbidden(f('delivery'), b.delivery, `only Flux seeds decrypt SOPS-encrypted Secrets (the garden's gitOpsEngine is ${ctx.gitOpsEngine})`);
    } else if (!ctx.sopsSecrets) {
      errs.forbidden(f('delivery'), b.delivery, 'the garden keeps no SOPS-encrypted Secrets: set sopsSecrets on the Garden');
    }
  }
  const es = b.externalSecret;
  if (b.delivery !== CredentialsDelivery.EXTERNAL_SECRET) {
    if (es !== undefined && fieldPrefix === '') errs.forbidden(f('externalSecret'), es.store, `only read with delivery ${CredentialsDelivery.EXTERNAL_SECRET} (got delivery ${b.delivery})`);
    return;
  }
  if (!es?.store) {
    errs.required(f('externalSecret.store'), 'an externalSecret binding needs the store its ExternalSecret reads from (on the binding or the garden\'s credentials.externalSecret)');
  } else {
    validateSubdomain(errs, f('externalSecret.store'), es.store);
  }
  if (es?.storeKind !== undefined && !isEnumValue(SecretStoreKind as any, es.storeKind)) {
    errs.notSupported(f('externalSecret.storeKind'), es.storeKind, enumValues(SecretStoreKind as any));
  }
  if (es?.remoteKey !== undefined && (es.remoteKey.length > 512 || !REMOTE_KEY.test(es.remoteKey))) {
    errs.invalid(f('externalSecret.remoteKey'), es.remoteKey, "must be a store key: letters, digits and '.', '_', '/', ':', '@', '-', starting with a letter or digit, at most 512 characters");
  }
  if (es?.refreshInterval !== undefined && !GO_DURATION.test(es.refreshInterval)) {
    errs.invalid(f('externalSecret.refreshInterval'), es.refreshInterval, "must be a Go duration such as '1h' or '30m'");
  }
}

/** The binding a shoot refers to, as the checks see it. */
export interface ShootCredentialsInput {
  /** The shoot's provider and project. */
  readonly provider: ProviderType;
  readonly project: string;
  /** Both `credentials` and `credentialsBinding` were set. */
  readonly bothSet: boolean;
  /** The binding named by `credentials`: its name, provider, project and construct path. */
  readonly binding?: { readonly name: string; readonly provider: ProviderType; readonly project: string; readonly path: string };
}

/** Checks the binding a shoot uses against the shoot. */
export function validateShootCredentials(errs: ErrorList, s: ShootCredentialsInput): void {
  const field = 'spec.credentialsBindingName';
  if (s.bothSet) errs.forbidden(field, s.binding?.name, 'set credentials or credentialsBinding, not both');
  const b = s.binding;
  if (!b) return;
  if (b.project !== s.project) {
    errs.invalid(field, b.name, `binding ${b.path} belongs to project ${b.project}; a shoot may only use a binding of its own project (${s.project})`);
  }
  if (b.provider !== s.provider) {
    errs.invalid(field, b.name, `binding ${b.path} is for provider ${b.provider}, the shoot's CloudProfile is ${s.provider}`);
  }
}
