/**
 * The credentials contract: which programs read a shoot's infrastructure credentials Secret (in
 * the shoot's namespace in the seed, named after its credentials binding), and which keys each
 * needs. One table, reviewed like data: renderers take the keys they refer to from here, and the
 * seed's prerequisite listing, the ExternalSecret template and the `seedbed init` placeholders are
 * all derived from it, so there is no second list to fall out of step.
 *
 * Each row cites the upstream file (at the version seedbed pins) where the key is read.
 */
import { ProviderType } from './types';

/** Keys of the credentials Secret, by what they hold. */
export const CREDENTIALS_KEYS = {
  /** A clouds.yaml with the cloud {@link OPENSTACK_CLOUD_NAME} (CAPO). */
  cloudsYaml: 'clouds.yaml',
  /** PEM bundle of the CA that signed Keystone's certificate (CAPO, optional). */
  cacert: 'cacert',
  /** Keystone URL, as an environment variable of the Terraform runner. */
  osAuthUrl: 'OS_AUTH_URL',
  /** Id of an OpenStack application credential (Terraform runner environment; CCM values). */
  osApplicationCredentialId: 'OS_APPLICATION_CREDENTIAL_ID',
  /** Secret of that application credential. */
  osApplicationCredentialSecret: 'OS_APPLICATION_CREDENTIAL_SECRET',
  /** vCenter user (CAPV, vSphere CPI and CSI). */
  username: 'username',
  /** vCenter password (CAPV, vSphere CPI and CSI). */
  password: 'password',
  /** vCenter user, as an environment variable of the Terraform runner. */
  vsphereUser: 'VSPHERE_USER',
  /** vCenter password, as an environment variable of the Terraform runner. */
  vspherePassword: 'VSPHERE_PASSWORD',
} as const;

/** Name of the cloud in the credentials Secret's clouds.yaml that CAPO's `identityRef.cloudName` selects. */
export const OPENSTACK_CLOUD_NAME = 'openstack';

/** One key a consumer reads. */
export interface CredentialsKey {
  /** The key in the Secret. */
  readonly key: string;
  /** True when the consumer works without it. */
  readonly optional: boolean;
  /** What it holds. */
  readonly holds: string;
}

/** One program that reads the credentials Secret, and how. */
export interface CredentialsConsumer {
  readonly provider: ProviderType;
  /** Short name (`CAPO`, `Terraform runner`, …). */
  readonly consumer: string;
  /** The field of a rendered object through which it reads the Secret. */
  readonly via: string;
  readonly keys: readonly CredentialsKey[];
  /** `<repo>@<version>: <path>` where the keys are read. */
  readonly evidence: string;
}

const k = (key: string, holds: string, optional = false): CredentialsKey => ({ key, holds, optional });

/** Every consumer of a shoot's credentials Secret, per provider. */
export const CREDENTIALS_CONSUMERS: readonly CredentialsConsumer[] = [
  {
    provider: ProviderType.OPENSTACK,
    consumer: 'CAPO',
    via: 'OpenStackCluster spec.identityRef (type Secret, cloudName openstack)',
    keys: [
      k(CREDENTIALS_KEYS.cloudsYaml, `clouds.yaml with the cloud '${OPENSTACK_CLOUD_NAME}' (auth_url, application credential, region)`),
      k(CREDENTIALS_KEYS.cacert, "PEM CA bundle for Keystone's certificate", true),
    ],
    // CloudsSecretKey/CASecretKey, read in getCloudFromSecret; a missing cacert is not an error there.
    evidence: 'kubernetes-sigs/cluster-api-provider-openstack@v0.14.7: pkg/scope/provider.go',
  },
  {
    provider: ProviderType.OPENSTACK,
    consumer: 'Terraform runner',
    via: 'Terraform spec.runnerPodTemplate.spec.envFrom',
    keys: [
      k(CREDENTIALS_KEYS.osApplicationCredentialId, 'application credential id'),
      k(CREDENTIALS_KEYS.osApplicationCredentialSecret, 'application credential secret'),
      // The stack's provider block sets auth_url from the CloudProfile; the variable is the fallback.
      k(CREDENTIALS_KEYS.osAuthUrl, 'Keystone URL', true),
    ],
    // schema.EnvDefaultFunc("OS_APPLICATION_CREDENTIAL_ID"/"OS_APPLICATION_CREDENTIAL_SECRET"/"OS_AUTH_URL").
    evidence: 'terraform-provider-openstack/terraform-provider-openstack@v3.4.0: openstack/provider.go',
  },
  {
    provider: ProviderType.OPENSTACK,
    consumer: 'OpenStack CCM + Cinder CSI',
    via: 'HelmRelease openstack-cloud-controller-manager spec.valuesFrom (Cinder CSI reuses the cloud.conf the CCM chart writes in the shoot)',
    keys: [
      k(CREDENTIALS_KEYS.osApplicationCredentialId, 'application credential id → cloudConfig.global.application-credential-id'),
      k(CREDENTIALS_KEYS.osApplicationCredentialSecret, 'application credential secret → cloudConfig.global.application-credential-secret'),
    ],
    evidence: 'kubernetes/cloud-provider-openstack@openstack-cloud-controller-manager-2.36.0: charts/openstack-cloud-controller-manager/templates/secret.yaml',
  },
  {
    provider: ProviderType.VSPHERE,
    consumer: 'CAPV',
    via: 'VSphereCluster spec.identityRef (kind Secret)',
    keys: [k(CREDENTIALS_KEYS.username, 'vCenter user'), k(CREDENTIALS_KEYS.password, 'vCenter password')],
    // UsernameKey/PasswordKey, read in GetCredentials.
    evidence: 'kubernetes-sigs/cluster-api-provider-vsphere@v1.16.1: pkg/identity/identity.go',
  },
  {
    provider: ProviderType.VSPHERE,
    consumer: 'Terraform runner',
    via: 'Terraform spec.runnerPodTemplate.spec.envFrom',
    keys: [k(CREDENTIALS_KEYS.vsphereUser, 'vCenter user'), k(CREDENTIALS_KEYS.vspherePassword, 'vCenter password')],
    // schema.EnvDefaultFunc("VSPHERE_USER"/"VSPHERE_PASSWORD").
    evidence: 'vmware/terraform-provider-vsphere@v2.15.0: vsphere/provider.go',
  },
  {
    provider: ProviderType.VSPHERE,
    consumer: 'vSphere CPI + CSI',
    via: 'HelmRelease vsphere-cpi and vsphere-csi spec.valuesFrom',
    keys: [k(CREDENTIALS_KEYS.username, 'vCenter user → config.username / global.config.vcenter.<vcenter>.user'), k(CREDENTIALS_KEYS.password, 'vCenter password → config.password / global.config.vcenter.<vcenter>.password')],
    evidence: 'kubernetes/cloud-provider-vsphere@v1.36.0: charts/vsphere-cpi/templates/secret.yaml; vsphere-tmm/helm-charts@vsphere-csi-3.8.1: charts/vsphere-csi/templates/secret.yaml',
  },
];

function unique(keys: Iterable<string>): string[] {
  return [...new Set(keys)];
}

/** The consumers of a provider's credentials. */
export function credentialsConsumers(provider: ProviderType): CredentialsConsumer[] {
  return CREDENTIALS_CONSUMERS.filter((c) => c.provider === provider);
}

/** Keys every consumer of the provider needs: the Secret must hold all of them (table order). */
export function requiredCredentialsKeys(provider: ProviderType): string[] {
  return unique(credentialsConsumers(provider).flatMap((c) => c.keys.filter((x) => !x.optional).map((x) => x.key)));
}

/** Keys some consumer reads when present, and none needs. */
export function optionalCredentialsKeys(provider: ProviderType): string[] {
  const required = new Set(requiredCredentialsKeys(provider));
  return unique(credentialsConsumers(provider).flatMap((c) => c.keys.filter((x) => x.optional && !required.has(x.key)).map((x) => x.key)));
}

/**
 * The fields an ExternalSecret reads from the secret store's entry (its remote key) — only what
 * is secret; endpoints and regions come from the CloudProfile and the shoot.
 */
export const STORE_FIELDS: Readonly<Record<ProviderType, readonly string[]>> = {
  [ProviderType.OPENSTACK]: ['applicationCredentialId', 'applicationCredentialSecret'],
  [ProviderType.VSPHERE]: ['username', 'password'],
};
