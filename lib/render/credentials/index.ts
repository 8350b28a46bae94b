/**
 * Delivery of a shoot's infrastructure credentials Secret to its namespace in the seed, for
 * bindings delivered by External Secrets: an `external-secrets.io/v1` `ExternalSecret` that reads
 * the credential's secret fields from the binding's store and builds, in `target.template`, every
 * key the credentials contract (core/credentials) lists for the provider's consumers — the values
 * never pass through Git. Endpoints and regions are not secret: they come from the CloudProfile
 * and the shoot, written into the template as Go template string literals (so no character of
 * theirs is ever read as template syntax).
 *
 * The ExternalSecret is applied before the shoot's first stage and gated on its `Ready` condition
 * (which external-secrets sets once the target Secret is written; external-secrets/external-secrets:
 * apis/externalsecrets/v1/externalsecret_types.go `ExternalSecretReady = "Ready"`, read at 0126c16c), so nothing
 * that reads the Secret starts before it exists.
 */
import { CREDENTIALS_KEYS, OPENSTACK_CLOUD_NAME, requiredCredentialsKeys, optionalCredentialsKeys, STORE_FIELDS } from '../../core/credentials';
import { FLUX_PRUNE_DISABLED, LABELS, shootLabels } from '../../core/labels';
import { Manifest } from '../../core/manifest';
import { CredentialsDelivery, ProviderType } from '../../core/types';
import type { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';

/** apiVersion of the ExternalSecret (the served and stored version of the CRD, external-secrets v2.9.0). */
export const EXTERNAL_SECRET_API_VERSION = 'external-secrets.io/v1';

/** How a Flux gate waits for the ExternalSecret: Ready=True, which external-secrets sets once the Secret is written. */
export const EXTERNAL_SECRET_HEALTH = {
  apiVersion: EXTERNAL_SECRET_API_VERSION,
  kind: 'ExternalSecret',
  current: "has(status.conditions) && status.conditions.exists(c, c.type == 'Ready' && c.status == 'True')",
};

/** A Go template string literal: the value as written, whatever characters it holds. */
function literal(value: string): string {
  return `{{ ${JSON.stringify(value)} }}`;
}

/**
 * A Go template expression that emits `expr` as a JSON string (valid YAML, whatever it holds):
 * `toJson` is in the template engine v2's function map (external-secrets/external-secrets:
 * runtime/template/v2/sprig/functions.go, read at e30657da; not checked at the v2.9.0 tag itself).
 */
function yamlValue(expr: string): string {
  return `{{ ${expr} | toJson }}`;
}

/** The Keystone URL of the shoot's region in its CloudProfile. */
function authUrl(shoot: ResolvedShoot): string | undefined {
  const os = shoot.cloudProfile?.props.openstack;
  return (os?.keystoneUrls.find((k) => k.region === shoot.region) ?? os?.keystoneUrls[0])?.url;
}

/**
 * The template of each key of the credentials Secret, by key, built from the store's fields
 * (`.<field>`) and the shoot's non-secret settings. Keys nothing can build here (CAPO's optional
 * `cacert`) are left out.
 */
export function credentialsTemplate(shoot: ResolvedShoot): Record<string, string> {
  if (shoot.provider === ProviderType.OPENSTACK) {
    const [id, secret] = STORE_FIELDS[ProviderType.OPENSTACK];
    const url = authUrl(shoot);
    const clouds = [
      'clouds:',
      `  ${OPENSTACK_CLOUD_NAME}:`,
      '    auth:',
      ...(url ? [`      auth_url: ${yamlValue(JSON.stringify(url))}`] : []),
      `      application_credential_id: ${yamlValue(`.${id}`)}`,
      `      application_credential_secret: ${yamlValue(`.${secret}`)}`,
      '    auth_type: v3applicationcredential',
      `    region_name: ${yamlValue(JSON.stringify(shoot.region))}`,
      '    interface: public',
      '    identity_api_version: 3',
      '',
    ].join('\n');
    return {
      [CREDENTIALS_KEYS.cloudsYaml]: clouds,
      [CREDENTIALS_KEYS.osApplicationCredentialId]: `{{ .${id} }}`,
      [CREDENTIALS_KEYS.osApplicationCredentialSecret]: `{{ .${secret} }}`,
      ...(url ? { [CREDENTIALS_KEYS.osAuthUrl]: literal(url) } : {}),
    };
  }
  const [user, password] = STORE_FIELDS[ProviderType.VSPHERE];
  return {
    [CREDENTIALS_KEYS.username]: `{{ .${user} }}`,
    [CREDENTIALS_KEYS.password]: `{{ .${password} }}`,
    [CREDENTIALS_KEYS.vsphereUser]: `{{ .${user} }}`,
    [CREDENTIALS_KEYS.vspherePassword]: `{{ .${password} }}`,
  };
}

/** Whether a shoot's credentials Secret is made by an ExternalSecret seedbed renders. */
export function deliversByExternalSecret(shoot: ResolvedShoot): boolean {
  return shoot.credentials.delivery === CredentialsDelivery.EXTERNAL_SECRET && shoot.credentials.externalSecret !== undefined;
}

/** The ExternalSecret that makes a shoot's credentials Secret; undefined for other deliveries. */
export function renderCredentialsExternalSecret(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): Manifest | undefined {
  const es = shoot.credentials.externalSecret;
  if (!deliversByExternalSecret(shoot) || !es) return undefined;
  const labels = { ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), [LABELS.seed]: seed.name };
  // Every key the contract lists must be built; a gap is a bug in this file, not in the fleet.
  const template = credentialsTemplate(shoot);
  const missing = requiredCredentialsKeys(shoot.provider).filter((k) => !(k in template));
  if (missing.length > 0) throw new Error(`${shoot.path}: the credentials template lacks ${missing.join(', ')}`);
  const known = new Set([...requiredCredentialsKeys(shoot.provider), ...optionalCredentialsKeys(shoot.provider)]);
  const data: Record<string, string> = {};
  for (const key of Object.keys(template).filter((k) => known.has(k)).sort()) data[key] = template[key];
  return {
    apiVersion: EXTERNAL_SECRET_API_VERSION,
    kind: 'ExternalSecret',
    // Removing the shoot from Git must not delete credentials its running infrastructure still uses.
    metadata: { name: shoot.credentials.name, namespace: shoot.technicalId, labels, annotations: { ...FLUX_PRUNE_DISABLED } },
    spec: {
      refreshInterval: es.refreshInterval,
      secretStoreRef: { kind: es.storeKind, name: es.store },
      target: {
        name: shoot.credentials.name,
        creationPolicy: 'Owner',
        template: { engineVersion: 'v2', type: 'Opaque', metadata: { labels }, data },
      },
      data: STORE_FIELDS[shoot.provider].map((field) => ({ secretKey: field, remoteRef: { key: es.remoteKey, property: field } })),
    },
  };
}
