/**
 * A shoot's system components: what makes its nodes Ready and its volumes provisionable — the CNI
 * (Cilium or Calico), and the cloud provider's controller manager and CSI driver (OpenStack CCM +
 * Cinder CSI; vSphere CPI + vSphere CSI). Each is a pinned Helm chart installed into the shoot by
 * Flux's helm-controller in the seed (`spec.kubeConfig`), described here neutrally (core/addons).
 *
 * Chart versions and values were read from the charts themselves; see docs/upstream/addon-charts.md
 * (repo@tag:path per chart). Hosted control planes have no control-plane nodes in the shoot, so every
 * chart that pins itself to control-plane nodes is told otherwise, and the controllers tolerate the
 * `node.cloudprovider.kubernetes.io/uninitialized` taint they exist to remove.
 *
 * Credentials never reach Git: the cloud provider's releases take them, when helm-controller
 * installs them, from the shoot's credentials Secret in the seed (`valuesFrom`), and the
 * infrastructure ids (floating network, subnet) from the Secret tofu-controller writes the stack's
 * outputs to. The keys each Secret must hold are the credentials contract (lib/core/credentials.ts).
 */
import { AddonPatch, AddonRelease, ChartRepository } from '../../core/addons';
import { CREDENTIALS_KEYS } from '../../core/credentials';
import { ControlPlaneBackend, NetworkingType, ProviderType } from '../../core/types';
import type { ResolvedSeed, ResolvedShoot } from '../../resolve/model';

/** The Helm repositories of the system components (one source object each per seed). */
export const CHART_REPOSITORIES = {
  cilium: { name: 'cilium', url: 'https://helm.cilium.io/' },
  calico: { name: 'projectcalico', url: 'https://docs.tigera.io/calico/charts' },
  openstack: { name: 'cloud-provider-openstack', url: 'https://kubernetes.github.io/cloud-provider-openstack' },
  vsphereCpi: { name: 'cloud-provider-vsphere', url: 'https://kubernetes.github.io/cloud-provider-vsphere' },
  vsphereCsi: { name: 'vsphere-tmm', url: 'https://vsphere-tmm.github.io/helm-charts' },
} as const satisfies Record<string, ChartRepository>;

/** Pinned chart versions (newest stable in the upstream snapshots read; see docs/upstream/addon-charts.md). */
export const CHART_VERSIONS = {
  cilium: '1.20.0',
  calico: 'v3.32.1',
  openstackCcm: '2.36.0',
  cinderCsi: '2.36.0',
  vsphereCpi: '1.36.0',
  vsphereCsi: '3.8.1',
} as const;

// Keys of the credentials Secret the releases read: the credentials contract (core/credentials).
const OS_APP_CREDENTIAL_ID = CREDENTIALS_KEYS.osApplicationCredentialId;
const OS_APP_CREDENTIAL_SECRET = CREDENTIALS_KEYS.osApplicationCredentialSecret;
const VSPHERE_USERNAME = CREDENTIALS_KEYS.username;
const VSPHERE_PASSWORD = CREDENTIALS_KEYS.password;
/** The Secret the OpenStack CCM chart creates in the shoot (key `cloud.conf`), shared with Cinder CSI. */
export const OPENSTACK_CLOUD_CONFIG_SECRET = 'cloud-config';

/** What the assembler tells this renderer about the shoot's control plane and infrastructure. */
export interface SystemComponentsContext {
  /** Host nodes and agents reach the API server by (in its certificate). */
  readonly apiHost: string;
  /** Port of the API server at that host. */
  readonly apiPort: number;
  /** Whether the control plane installs kube-proxy in the shoot (else the CNI replaces it). */
  readonly kubeProxy: boolean;
  /** The Secret (in the shoot's namespace in the seed) the infrastructure stack's outputs are written to; none without a stack. */
  readonly infrastructureOutputs?: string;
}

const KUBE_SYSTEM = 'kube-system';
const UNINITIALIZED = { key: 'node.cloudprovider.kubernetes.io/uninitialized', value: 'true', effect: 'NoSchedule' };

/** Whether seedbed installs the shoot's CNI (k0s brings Calico itself; Gardener its extension). */
export function installsCni(shoot: ResolvedShoot): boolean {
  if (shoot.backend === ControlPlaneBackend.GARDENER) return false;
  return !(shoot.backend === ControlPlaneBackend.K0SMOTRON && shoot.networking.type === NetworkingType.CALICO);
}

/** The releases of a shoot's system components, in install order: the CNI's, then the cloud provider's. */
export function systemComponentReleases(_seed: ResolvedSeed, shoot: ResolvedShoot, ctx: SystemComponentsContext): AddonRelease[] {
  return [...cniReleases(shoot, ctx), ...cloudProviderReleases(shoot, ctx)];
}

/**
 * The CNI's releases (none where the backend brings its own), in install order. They take no value
 * from a Secret, so Argo CD seeds install them as Argo CD Applications (render/argocd).
 */
export function cniReleases(shoot: ResolvedShoot, ctx: SystemComponentsContext): AddonRelease[] {
  if (!installsCni(shoot)) return [];
  return shoot.networking.type === NetworkingType.CILIUM ? [cilium(shoot, ctx)] : calico(shoot, ctx);
}

/** The cloud provider's releases (controller manager, CSI), which read credentials and Terraform outputs from Secrets (`valuesFrom`). */
export function cloudProviderReleases(shoot: ResolvedShoot, ctx: SystemComponentsContext): AddonRelease[] {
  return shoot.provider === ProviderType.OPENSTACK ? openstack(shoot, ctx) : vsphere(shoot);
}

/** The chart repositories a set of releases uses, by name. */
export function repositoriesOf(releases: readonly AddonRelease[]): ChartRepository[] {
  const out = new Map<string, ChartRepository>();
  for (const r of releases) out.set(r.repository.name, r.repository);
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function highlyAvailable(shoot: ResolvedShoot): boolean {
  return shoot.workers.reduce((n, w) => n + w.minimum, 0) >= 2 && shoot.purpose === 'production';
}

/** Cilium: VXLAN overlay, its own IPAM over the shoot's pod range; replaces kube-proxy where the control plane brings none. */
function cilium(shoot: ResolvedShoot, ctx: SystemComponentsContext): AddonRelease {
  return {
    name: 'cilium',
    repository: CHART_REPOSITORIES.cilium,
    chart: 'cilium',
    version: CHART_VERSIONS.cilium,
    namespace: KUBE_SYSTEM,
    values: {
      // The API server is not reachable through the in-cluster Service before the CNI (and
      // kube-proxy) run: the agents dial it directly.
      k8sServiceHost: ctx.apiHost,
      k8sServicePort: ctx.apiPort,
      kubeProxyReplacement: ctx.kubeProxy ? 'false' : 'true',
      ipam: { mode: 'cluster-pool', operator: { clusterPoolIPv4PodCIDRList: [shoot.networking.pods], clusterPoolIPv4MaskSize: 24 } },
      routingMode: 'tunnel',
      tunnelProtocol: 'vxlan',
      // Two operators need two nodes (required anti-affinity).
      operator: { replicas: highlyAvailable(shoot) ? 2 : 1 },
      hubble: { enabled: false },
    },
    valuesFrom: [],
    dependsOn: [],
    evidence: 'cilium/charts@009b5e9:cilium-1.20.0.tgz cilium/values.yaml, templates/cilium-configmap.yaml',
  };
}

/** Calico through the Tigera operator: its CRDs (a chart of their own since v3.32) first, then the operator and its Installation. */
function calico(shoot: ResolvedShoot, ctx: SystemComponentsContext): AddonRelease[] {
  const crds: AddonRelease = {
    name: 'calico-crds',
    repository: CHART_REPOSITORIES.calico,
    chart: 'crd.projectcalico.org.v1',
    version: CHART_VERSIONS.calico,
    namespace: 'tigera-operator',
    values: {},
    valuesFrom: [],
    dependsOn: [],
    evidence: 'projectcalico/calico@v3.32.1:charts/tigera-operator/README.md (CRDs no longer bundled), charts/crd.projectcalico.org.v1',
  };
  return [crds, {
    name: 'calico',
    repository: CHART_REPOSITORIES.calico,
    chart: 'tigera-operator',
    version: CHART_VERSIONS.calico,
    namespace: 'tigera-operator',
    values: {
      installation: {
        kubernetesProvider: '',
        calicoNetwork: {
          bgp: 'Disabled',
          ipPools: [{ name: 'default-ipv4-ippool', cidr: shoot.networking.pods, encapsulation: 'VXLAN', natOutgoing: 'Enabled', nodeSelector: 'all()', blockSize: 26 }],
        },
      },
      // The operator and calico-node reach the API server directly (no kube-proxy needed first).
      kubernetesServiceEndpoint: { host: ctx.apiHost, port: String(ctx.apiPort) },
      apiServer: { enabled: false },
      goldmane: { enabled: false },
      whisker: { enabled: false },
    },
    valuesFrom: [],
    dependsOn: ['calico-crds'],
    evidence: 'projectcalico/calico@v3.32.1:charts/tigera-operator/values.yaml, templates/crs/custom-resources.yaml, templates/tigera-operator/01-kubernetes-services-endpoint.yaml',
  }];
}

/** OpenStack cloud-controller-manager and Cinder CSI, sharing the `cloud.conf` the CCM chart creates. */
function openstack(shoot: ResolvedShoot, ctx: SystemComponentsContext): AddonRelease[] {
  const os = shoot.cloudProfile.props.openstack;
  const authUrl = (os?.keystoneUrls.find((k) => k.region === shoot.region) ?? os?.keystoneUrls[0])?.url;
  const outputs = ctx.infrastructureOutputs;
  const fromOutputs = (key: string, targetPath: string) => (outputs ? [{ secret: outputs, key, targetPath }] : []);
  const ccm: AddonRelease = {
    name: 'openstack-cloud-controller-manager',
    repository: CHART_REPOSITORIES.openstack,
    chart: 'openstack-cloud-controller-manager',
    version: CHART_VERSIONS.openstackCcm,
    namespace: KUBE_SYSTEM,
    values: {
      // No control-plane nodes in a hosted control plane's cluster: run on the workers.
      nodeSelector: { 'node-role.kubernetes.io/control-plane': null },
      tolerations: [UNINITIALIZED, { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoSchedule' }],
      // No route controller: the CNI runs an overlay.
      enabledControllers: ['cloud-node', 'cloud-node-lifecycle', 'service'],
      cluster: { name: shoot.technicalId },
      secret: { enabled: true, create: true, name: OPENSTACK_CLOUD_CONFIG_SECRET },
      cloudConfig: {
        global: { 'auth-url': authUrl, region: shoot.region },
        loadBalancer: {
          ...(shoot.openstack?.loadBalancerProvider ? { 'lb-provider': shoot.openstack.loadBalancerProvider } : {}),
        },
      },
    },
    valuesFrom: [
      { secret: shoot.credentialsBinding, key: OS_APP_CREDENTIAL_ID, targetPath: 'cloudConfig.global.application-credential-id' },
      { secret: shoot.credentialsBinding, key: OS_APP_CREDENTIAL_SECRET, targetPath: 'cloudConfig.global.application-credential-secret' },
      ...fromOutputs('floating_network_id', 'cloudConfig.loadBalancer.floating-network-id'),
      ...fromOutputs('subnet_id', 'cloudConfig.loadBalancer.subnet-id'),
    ],
    dependsOn: [],
    evidence: 'kubernetes/cloud-provider-openstack@openstack-cloud-controller-manager-2.36.0:charts/openstack-cloud-controller-manager/values.yaml, templates/daemonset.yaml, templates/secret.yaml',
  };
  const csi: AddonRelease = {
    name: 'openstack-cinder-csi',
    repository: CHART_REPOSITORIES.openstack,
    chart: 'openstack-cinder-csi',
    version: CHART_VERSIONS.cinderCsi,
    namespace: KUBE_SYSTEM,
    values: {
      secret: { enabled: true, create: false, name: OPENSTACK_CLOUD_CONFIG_SECRET, filename: 'cloud.conf' },
      clusterID: shoot.technicalId,
      // The StorageClasses are seedbed's (the CloudProfile's volume types), in the addons stage.
      storageClass: { enabled: false },
      csi: { plugin: { controllerPlugin: { replicas: highlyAvailable(shoot) ? 2 : 1 } } },
    },
    valuesFrom: [],
    dependsOn: ['openstack-cloud-controller-manager'],
    evidence: 'kubernetes/cloud-provider-openstack@openstack-cinder-csi-2.36.0:charts/cinder-csi-plugin/values.yaml, templates/controllerplugin-deployment.yaml',
  };
  return [ccm, csi];
}

/** Helm `--set` path syntax: dots inside a key are escaped. */
function setKey(key: string): string {
  return key.replace(/\./g, '\\.');
}

/** Name of the ConfigMap carrying vCenter's CA bundle in the shoot (CSI), and its key (CPI and CSI). */
const VCENTER_CA = 'vcenter-ca';
const CA_KEY = 'ca.crt';
/** Where the CSI controllers find the CA bundle. */
const CSI_CA_DIR = '/etc/vcenter-ca';
/** Where the CPI chart mounts its cloud config ConfigMap (`daemonset.cmdline.cloudConfig.dir`). */
const CPI_CONFIG_DIR = '/etc/cloud';

/**
 * The CPI's cloud config with vCenter's CA bundle. The chart (kubernetes/cloud-provider-vsphere@v1.36.0
 * `charts/vsphere-cpi/templates/configmap.yaml`) writes a CA as `ca-file:`, which the CPI's YAML
 * config never reads (`pkg/common/config/types_yaml.go` takes `caFile`; gopkg.in/yaml.v2 drops
 * unknown keys), and none at all when a thumbprint is set; nor can it deliver the file. So the
 * chart's ConfigMap (mounted whole at /etc/cloud) is patched: the bundle as `ca.crt`, and
 * `vsphere.conf` as the chart renders it with `caFile` pointing there (the CPI uses the CA and the
 * thumbprint together: `pkg/common/vclib/connection.go` `NewClient`).
 */
function cpiCaPatch(vcenter: string, datacenter: string, thumbprint: string | undefined, caBundle: string): AddonPatch {
  const conf = [
    'global:',
    '  port: 443',
    ...(thumbprint ? [`  thumbprint: ${JSON.stringify(thumbprint)}`] : []),
    `  caFile: ${CPI_CONFIG_DIR}/${CA_KEY}`,
    '  secretName: vsphere-cloud-secret',
    `  secretNamespace: ${KUBE_SYSTEM}`,
    'vcenter:',
    `  ${JSON.stringify(vcenter)}:`,
    `    server: ${JSON.stringify(vcenter)}`,
    '    datacenters:',
    `      - ${JSON.stringify(datacenter)}`,
    // The chart's defaults (`config.region`/`config.zone`), as it renders them without the patch.
    'labels:',
    '  region: k8s-region',
    '  zone: k8s-zone',
    '',
  ].join('\n');
  return {
    kind: 'ConfigMap',
    name: 'vsphere-cloud-config',
    patch: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'vsphere-cloud-config' }, data: { [CA_KEY]: caBundle, 'vsphere.conf': conf } },
  };
}

/** vSphere CPI and the vSphere CSI driver (vsphere-tmm's chart; upstream ships none). */
function vsphere(shoot: ResolvedShoot): AddonRelease[] {
  const region = shoot.infrastructure.vsphere?.region;
  const vcenter = region?.vcenter ?? '';
  const cpi: AddonRelease = {
    name: 'vsphere-cpi',
    repository: CHART_REPOSITORIES.vsphereCpi,
    chart: 'vsphere-cpi',
    version: CHART_VERSIONS.vsphereCpi,
    namespace: KUBE_SYSTEM,
    values: {
      config: {
        enabled: true,
        vcenter,
        datacenter: region?.datacenter ?? '',
        // Pinned vCenter certificate; without it (and without a CA, below) the chart sets insecureFlag.
        ...(region?.thumbprint ? { thumbprint: region.thumbprint } : {}),
        secret: { create: true, name: 'vsphere-cloud-secret' },
      },
      // Pinned to control-plane nodes by default; a hosted control plane's cluster has none.
      daemonset: { affinity: null },
    },
    ...(region?.caBundle ? { patches: [cpiCaPatch(vcenter, region.datacenter, region.thumbprint, region.caBundle)] } : {}),
    valuesFrom: [
      { secret: shoot.credentialsBinding, key: VSPHERE_USERNAME, targetPath: 'config.username' },
      { secret: shoot.credentialsBinding, key: VSPHERE_PASSWORD, targetPath: 'config.password' },
    ],
    dependsOn: [],
    evidence: 'kubernetes/cloud-provider-vsphere@v1.36.0:charts/vsphere-cpi/values.yaml, templates/configmap.yaml, templates/secret.yaml, templates/daemonset.yaml',
  };
  const csi: AddonRelease = {
    name: 'vsphere-csi',
    repository: CHART_REPOSITORIES.vsphereCsi,
    chart: 'vsphere-csi',
    version: CHART_VERSIONS.vsphereCsi,
    namespace: 'vmware-system-csi',
    values: {
      global: {
        config: {
          csidriver: { enabled: true },
          storageclass: { enabled: false },
          global: {
            'cluster-id': shoot.technicalId, port: 443,
            ...(region?.thumbprint || region?.caBundle ? { 'insecure-flag': false } : {}),
            ...(region?.caBundle ? { 'ca-file': `${CSI_CA_DIR}/${CA_KEY}` } : {}),
          },
          vcenter: { [vcenter]: { server: vcenter, datacenters: region ? [region.datacenter] : [], ...(region?.thumbprint ? { thumbprint: region.thumbprint } : {}) } },
        },
      },
      controller: {
        affinity: null, replicaCount: highlyAvailable(shoot) ? 2 : 1,
        // The CA bundle, as a ConfigMap the release itself deploys (`extraDeploy`), mounted into every controller container.
        ...(region?.caBundle ? {
          extraVolumes: [{ name: VCENTER_CA, configMap: { name: VCENTER_CA } }],
          global: { extraVolumeMounts: [{ name: VCENTER_CA, mountPath: CSI_CA_DIR, readOnly: true }] },
        } : {}),
      },
      ...(region?.caBundle ? { extraDeploy: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: VCENTER_CA }, data: { [CA_KEY]: region.caBundle } }] } : {}),
    },
    valuesFrom: [
      { secret: shoot.credentialsBinding, key: VSPHERE_USERNAME, targetPath: `global.config.vcenter.${setKey(vcenter)}.user` },
      { secret: shoot.credentialsBinding, key: VSPHERE_PASSWORD, targetPath: `global.config.vcenter.${setKey(vcenter)}.password` },
    ],
    dependsOn: ['vsphere-cpi'],
    evidence: 'vsphere-tmm/helm-charts@vsphere-csi-3.8.1:charts/vsphere-csi/values.yaml, templates/secret.yaml, templates/controller/deployment.yaml',
  };
  return [cpi, csi];
}
