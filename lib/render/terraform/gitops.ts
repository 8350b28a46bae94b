/**
 * The objects of a shoot's infrastructure stage: the tofu-controller `Terraform` object that plans
 * and applies the shoot's stack from the platform repository, and the runner's service account.
 */
import { LABELS, shootLabels } from '../../core/labels';
import { TerraformStateBackend } from '../../core/types';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import {
  Terraform, TerraformSpecSourceRefKind, TerraformSpecVarsFromKind,
} from '../../imports/infra.contrib.fluxcd.io';
import { IntOrString, KubeConfigMap, KubeNetworkPolicy, KubeRoleBinding, KubeServiceAccount } from '../../imports/k8s';
import { FLUX_NAMESPACE, SOURCE_NAME } from '../../core/gitops';
import { fluxPath, stackDir } from '../../layout/paths';
import { Manifest } from '../../core/manifest';
import { ShootLifecycle } from '../../core/types';
import { joinSecretName, joinVarsKeys, outputsSecretName, staticPools } from './common';

/**
 * The runner pods tofu-controller creates in the Terraform object's namespace, by their fixed
 * labels (flux-iac/tofu-controller v0.16: controllers/tf_controller_runner.go `runnerPodTemplate`).
 */
export const RUNNER_POD_LABELS = { 'app.kubernetes.io/name': 'tf-runner', 'app.kubernetes.io/created-by': 'tofu-controller' };
/** The tofu-controller pods of its Helm chart (charts/tofu-controller/templates/_helpers.tpl selectorLabels). */
export const TOFU_CONTROLLER_POD_LABELS = { 'app.kubernetes.io/name': 'tofu-controller' };
/**
 * The gRPC port tofu-controller dials on the runner pod's IP, with mTLS (cmd/manager/main.go
 * `--runner-grpc-port`, default 30000; the chart does not change it).
 */
export const RUNNER_GRPC_PORT = 30000;
/** The NetworkPolicy admitting tofu-controller to the runner pods of a shoot namespace. */
export const RUNNER_POLICY_NAME = 'allow-tofu-controller-to-runner';

/** Name of the `Terraform` object in the shoot namespace. */
export const TERRAFORM_OBJECT_NAME = 'infrastructure';
/** ConfigMap (shoot namespace) with the CA of the shoot's vCenter, mounted into the Terraform runner. */
export const VCENTER_CA_CONFIG_MAP = 'vcenter-ca';
/** Key of the CA bundle in that ConfigMap. */
export const VCENTER_CA_KEY = 'ca.crt';
/** Where the runner sees it (a directory named in SSL_CERT_DIR). */
export const VCENTER_CA_DIR = '/etc/seedbed/vcenter-ca';
/** Defaults of the garden's Terraform settings. */
export const DEFAULT_INTERVAL = '10m';
export const DEFAULT_RUNNER_SERVICE_ACCOUNT = 'tf-runner';
export const DEFAULT_RUNNER_CLUSTER_ROLE = 'tf-runner-role';

/** How the stage waits for the `Terraform` object: its Ready condition for the current generation. */
export const TERRAFORM_HEALTH_CHECK = {
  apiVersion: Terraform.GVK.apiVersion,
  kind: Terraform.GVK.kind,
  current: "has(status.observedGeneration) && status.observedGeneration == metadata.generation && has(status.conditions) && status.conditions.exists(c, c.type == 'Ready' && c.status == 'True')",
  failed: "has(status.observedGeneration) && status.observedGeneration == metadata.generation && has(status.conditions) && status.conditions.exists(c, c.type == 'Ready' && c.status == 'False')",
};

/** The objects of the infrastructure stage of a shoot whose stack has the outputs named. */
export function renderInfrastructureObjects(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot, outputs: string[]): Manifest[] {
  const settings = fleet.terraform;
  const labels = { ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), [LABELS.seed]: seed.name };
  const namespace = shoot.technicalId;
  const serviceAccount = settings.runnerServiceAccountName ?? DEFAULT_RUNNER_SERVICE_ACCOUNT;
  const backend = settings.stateBackend ?? TerraformStateBackend.KUBERNETES;
  const decommissioning = shoot.lifecycle === ShootLifecycle.DECOMMISSIONING;

  const envFrom = [{ secretRef: { name: shoot.credentialsBinding } }];
  if (settings.stateCredentialsSecretName) envFrom.push({ secretRef: { name: settings.stateCredentialsSecretName } });

  // vCenter signed by an internal CA: the vSphere provider has no CA setting (only
  // allow_unverified_ssl; ../shared/terraform/schemas vsphere provider block, and
  // vmware/terraform-provider-vsphere@v2.16.1 vsphere/config.go calls soap.NewClient(u, insecure)
  // without root CAs), so its govmomi client verifies against Go's system roots. Go reads every
  // file of the directories in SSL_CERT_DIR (crypto/x509 root_unix.go) besides its default bundle
  // file, so the CA is added to the runner's trust without replacing the public roots.
  const caBundle = shoot.infrastructure.vsphere?.region?.caBundle;
  const caConfigMap = caBundle ? KubeConfigMap.manifest({
    metadata: { name: VCENTER_CA_CONFIG_MAP, namespace, labels },
    data: { [VCENTER_CA_KEY]: caBundle },
  }) as Manifest : undefined;
  // The engine: tofu-controller's runner runs `terraform` if its image has one, else `tofu`
  // (flux-iac/tofu-controller v0.16.5, controllers/tf_controller_backend.go:190-195 LookPath
  // ["terraform", "tofu"]); its stock image ships only OpenTofu (runner.Dockerfile TOFU_VERSION=1.12.1).
  // A seed on Terraform names a runner image carrying it (validate/stack.ts requires one), set as
  // the runner pod's image (controllers/tf_controller_runner.go:292 getRunnerPodImage).
  const image = seed.stack.terraformRunnerImage;
  const runnerSpec = {
    ...(image !== undefined ? { image } : {}),
    ...(caBundle
      ? {
        envFrom,
        env: [{ name: 'SSL_CERT_DIR', value: `${VCENTER_CA_DIR}:/etc/ssl/certs` }],
        volumes: [{ name: 'vcenter-ca', configMap: { name: VCENTER_CA_CONFIG_MAP } }],
        volumeMounts: [{ name: 'vcenter-ca', mountPath: VCENTER_CA_DIR, readOnly: true }],
      }
      : { envFrom }),
  };

  const terraform = Terraform.manifest({
    metadata: { name: TERRAFORM_OBJECT_NAME, namespace, labels },
    spec: {
      interval: settings.interval ?? DEFAULT_INTERVAL,
      retryInterval: '1m',
      sourceRef: { kind: TerraformSpecSourceRefKind.GIT_REPOSITORY, name: SOURCE_NAME, namespace: FLUX_NAMESPACE },
      path: fluxPath(fleet.repository.path, stackDir(seed.name, shoot.key)),
      approvePlan: 'auto',
      serviceAccountName: serviceAccount,
      // The stack's own backend block is authoritative; for the Kubernetes backend tofu-controller
      // is told the same location, so its state tooling finds the state.
      backendConfig: backend === TerraformStateBackend.KUBERNETES
        ? { secretSuffix: shoot.technicalId, inClusterConfig: true }
        : { disable: true },
      runnerPodTemplate: {
        metadata: { labels },
        spec: runnerSpec,
      },
      // The join Secret is made after the control plane is up (./join.ts), and this stage comes
      // before it: `optional` lets the runner plan without it (missing keys read as "", so
      // local.join_ready is false and no machine is planned) instead of failing the Terraform
      // object, which would hold the chain before the control plane forever
      // (runner/server_generate_tf_vars.go: a missing Secret is an error unless optional).
      // The convergence check still requires a producer for it (pipeline/secret-references.ts).
      varsFrom: staticPools(shoot).length > 0
        ? [{ kind: TerraformSpecVarsFromKind.SECRET, name: joinSecretName(shoot), varsKeys: joinVarsKeys(shoot), optional: true }]
        : undefined,
      writeOutputsToSecret: { name: outputsSecretName(shoot), outputs: [...outputs].sort(), labels },
      destroyResourcesOnDeletion: decommissioning,
    },
  }) as Manifest;

  const serviceAccountObject = KubeServiceAccount.manifest({ metadata: { name: serviceAccount, namespace, labels } }) as Manifest;
  const roleBinding = KubeRoleBinding.manifest({
    metadata: { name: serviceAccount, namespace, labels },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: settings.runnerClusterRoleName ?? DEFAULT_RUNNER_CLUSTER_ROLE },
    subjects: [{ kind: 'ServiceAccount', name: serviceAccount, namespace }],
  }) as Manifest;
  // The shoot namespace denies traffic from other namespaces once its control plane is isolated
  // (render/namespace); tofu-controller (in flux-system) must still reach every runner it creates,
  // or each reconcile after the first hangs at Ready=Unknown. Applied with the infrastructure
  // stage, so it exists before the isolation does.
  const runnerPolicy = KubeNetworkPolicy.manifest({
    metadata: { name: RUNNER_POLICY_NAME, namespace, labels },
    spec: {
      podSelector: { matchLabels: { ...RUNNER_POD_LABELS } },
      policyTypes: ['Ingress'],
      ingress: [{
        from: [{
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': FLUX_NAMESPACE } },
          podSelector: { matchLabels: { ...TOFU_CONTROLLER_POD_LABELS } },
        }],
        ports: [{ protocol: 'TCP', port: IntOrString.fromNumber(RUNNER_GRPC_PORT) }],
      }],
    },
  }) as Manifest;
  return [serviceAccountObject, roleBinding, runnerPolicy, ...(caConfigMap ? [caConfigMap] : []), terraform];
}
