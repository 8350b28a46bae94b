/**
 * The flows controllers need into a shoot's namespace in its seed, and a check that the rendered
 * NetworkPolicies admit every one of them — evaluated with Kubernetes NetworkPolicy semantics, so a
 * tenant isolation that cuts a controller off fails synth instead of stalling a shoot on a seed.
 *
 * The contract table is data: each entry names the controller, where it runs, the pods it must
 * reach, the port, and the upstream source it comes from (read at the versions in
 * shared/crds/SOURCES.md; see docs/upstream/controller-contracts.md for the full table).
 */
import { ControlPlaneBackend, GitOpsEngine, ServiceType } from '../core/types';
import { ARGOCD_NAMESPACE } from '../render/argocd';
import { Manifest, RenderedTree } from '../core/manifest';
import { parseOutputPath } from '../layout/paths';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../resolve/model';
import { API_SERVER_PORT } from '../core/endpoints';
import { FLUX_NAMESPACE } from '../core/gitops';
import { KAMAJI_NAME_LABEL, KAMAJI_NAMESPACE, KONNECTIVITY_PORT } from '../render/kamaji';
import { K0S_API_PORT, K0SMOTRON_NAMESPACE, k0smotronPodLabels, servicePorts } from '../render/k0smotron';
import { RUNNER_GRPC_PORT, RUNNER_POD_LABELS, TOFU_CONTROLLER_POD_LABELS } from '../render/terraform/gitops';

/** Where a flow comes from: pods of a namespace (by labels), or outside the cluster (tenant nodes, clients). */
export interface FlowSource {
  /** Namespace of the source pods; absent for a source outside the seed cluster. */
  readonly namespace?: string;
  /** Labels of the source pods (any pod of the namespace when absent). */
  readonly podLabels?: Record<string, string>;
}

/** One flow a controller needs into a shoot namespace. */
export interface ControllerFlow {
  /** `<controller> → <target>`, for messages. */
  readonly name: string;
  readonly from: FlowSource;
  /** Labels of the pods reached, in the shoot's namespace. */
  readonly toPodLabels: Record<string, string>;
  /** TCP port reached. */
  readonly port: number;
  /** Upstream evidence: `repo@ref:path symbol`. */
  readonly evidence: string;
}

/** Labels of Argo CD's application-controller pods (argoproj/argo-cd@v3.5.1 manifests/base/application-controller/argocd-application-controller-statefulset.yaml). */
const ARGOCD_APPLICATION_CONTROLLER = { 'app.kubernetes.io/name': 'argocd-application-controller' };

/**
 * The flows the controllers of a shoot's backend and infrastructure need into its namespace. On
 * Argo CD seeds (`argo`), Argo CD's application-controller also deploys into the shoot (the CNI's
 * and the in-shoot stages' Applications, through the cluster Secret built from admin.svc).
 */
export function controllerFlows(seed: ResolvedSeed, shoot: ResolvedShoot, hasStack: boolean, argo = false): ControllerFlow[] {
  const flows: ControllerFlow[] = [];
  if (hasStack) {
    flows.push({
      name: 'tofu-controller → tf-runner (gRPC)',
      from: { namespace: FLUX_NAMESPACE, podLabels: TOFU_CONTROLLER_POD_LABELS },
      toPodLabels: RUNNER_POD_LABELS,
      port: RUNNER_GRPC_PORT,
      evidence: 'flux-iac/tofu-controller@v0.16.5:controllers/tf_controller_runner.go LookupOrCreateRunner (dials the runner pod IP), cmd/manager/main.go --runner-grpc-port',
    });
  }
  if (shoot.backend === ControlPlaneBackend.KAMAJI) {
    const tcp = { [KAMAJI_NAME_LABEL]: shoot.name };
    flows.push(
      {
        name: 'kamaji controller → tenant API server',
        from: { namespace: KAMAJI_NAMESPACE },
        toPodLabels: tcp,
        port: API_SERVER_PORT,
        evidence: 'clastix/kamaji@ddbabd87:internal/utilities/tenant_client.go GetRESTClientConfig (Service <tcp>.<ns>.svc)',
      },
      {
        name: 'Flux helm-/kustomize-controller → tenant API server (addons through admin.svc)',
        from: { namespace: FLUX_NAMESPACE },
        toPodLabels: tcp,
        port: API_SERVER_PORT,
        evidence: 'fluxcd/helm-controller@v1.6.3:internal/kube/config.go ConfigFromSecret; clastix/kamaji@ddbabd87:internal/resources/kubeconfig.go (admin.svc)',
      },
      ...(argo ? [{
        name: 'Argo CD application-controller → tenant API server (CNI and addons Applications through the cluster Secret)',
        from: { namespace: ARGOCD_NAMESPACE, podLabels: ARGOCD_APPLICATION_CONTROLLER },
        toPodLabels: tcp,
        port: API_SERVER_PORT,
        evidence: 'argoproj/argo-cd@v3.5.1:manifests/base/application-controller/argocd-application-controller-statefulset.yaml; '
          + 'clastix/kamaji@ddbabd87:internal/resources/kubeconfig.go (admin.svc, the cluster Secret\'s server)',
      }] : []),
      {
        name: 'tenant nodes → tenant API server',
        from: {},
        toPodLabels: tcp,
        port: API_SERVER_PORT,
        evidence: 'clastix/kamaji@ddbabd87:internal/resources/k8s_service_resource.go',
      },
      {
        name: 'konnectivity agents (tenant nodes) → konnectivity server',
        from: {},
        toPodLabels: tcp,
        port: KONNECTIVITY_PORT,
        evidence: 'clastix/kamaji@ddbabd87:internal/resources/konnectivity/agent.go',
      },
    );
  }
  if (shoot.backend === ControlPlaneBackend.K0SMOTRON) {
    const pods = k0smotronPodLabels(shoot);
    const ports = servicePorts(seed.controlPlane.serviceType as ServiceType as string);
    flows.push(
      {
        name: 'k0smotron controller → k0s controller pods',
        from: { namespace: K0SMOTRON_NAMESPACE },
        toPodLabels: pods,
        port: ports.apiPort,
        evidence: 'k0sproject/k0smotron:internal/controller/k0smotron.io/k0smotroncluster_kubeconfig.go',
      },
      { name: 'tenant nodes → k0s API server', from: {}, toPodLabels: pods, port: ports.apiPort, evidence: 'k0sproject/k0smotron:internal/controller/k0smotron.io/k0smotroncluster_service.go' },
      { name: 'tenant nodes → konnectivity server', from: {}, toPodLabels: pods, port: ports.konnectivityPort, evidence: 'k0sproject/k0smotron:internal/controller/k0smotron.io/k0smotroncluster_service.go' },
      { name: 'tenant nodes → k0s join API', from: {}, toPodLabels: pods, port: K0S_API_PORT, evidence: 'k0s join: the controller API on 9443 (k0sproject/k0s docs/networking.md)' },
    );
  }
  return flows;
}

type Selector = { matchLabels?: Record<string, string>; matchExpressions?: Array<{ key: string; operator: string; values?: string[] }> };

/** Whether a label selector selects `labels` (an empty selector selects everything). */
export function selects(selector: Selector | undefined, labels: Record<string, string>): boolean {
  if (!selector) return true;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** Whether a port entry of an ingress rule admits TCP `port` (named ports are not used by seedbed and never match). */
function portMatches(ports: any[] | undefined, port: number): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => (p.protocol ?? 'TCP') === 'TCP' && (p.port === undefined || (typeof p.port === 'number'
    ? (p.endPort !== undefined ? port >= p.port && port <= p.endPort : p.port === port) : false)));
}

/** Whether a `from` peer admits the source (policy in `namespace`). */
function peerMatches(peer: any, namespace: string, source: FlowSource): boolean {
  if (peer.ipBlock) {
    // Only a source outside the cluster is judged by IP here: an ipBlock of everything admits it.
    return source.namespace === undefined && (peer.ipBlock.cidr === '0.0.0.0/0' || peer.ipBlock.cidr === '::/0') && !(peer.ipBlock.except?.length);
  }
  if (source.namespace === undefined) return false; // pod and namespace selectors select pods only
  const nsLabels = { 'kubernetes.io/metadata.name': source.namespace };
  const podLabels = source.podLabels ?? {};
  if (peer.namespaceSelector !== undefined) {
    return selects(peer.namespaceSelector, nsLabels) && (peer.podSelector === undefined || selects(peer.podSelector, podLabels));
  }
  // A podSelector alone selects pods of the policy's own namespace.
  return source.namespace === namespace && selects(peer.podSelector, podLabels);
}

/**
 * Whether the NetworkPolicies of `namespace` admit `flow` (Kubernetes semantics: a pod no policy
 * selects for ingress accepts everything; otherwise some selecting policy must have a rule whose
 * peers and ports admit the flow). Returns the names of the policies isolating the target when not.
 */
export function admits(policies: readonly Manifest[], namespace: string, flow: ControllerFlow): { admitted: boolean; isolatedBy: string[] } {
  const selecting = policies.filter((p) => p.metadata?.namespace === namespace
    && ((p.spec as any)?.policyTypes ?? ['Ingress']).includes('Ingress')
    && selects((p.spec as any)?.podSelector, flow.toPodLabels));
  if (selecting.length === 0) return { admitted: true, isolatedBy: [] };
  const admitted = selecting.some((p) => ((p.spec as any).ingress ?? []).some((rule: any) =>
    portMatches(rule.ports, flow.port) && (!rule.from || rule.from.length === 0 || rule.from.some((peer: any) => peerMatches(peer, namespace, flow.from)))));
  return { admitted, isolatedBy: selecting.map((p) => p.metadata.name).sort() };
}

/**
 * The flows of the contract table that the rendered NetworkPolicies block, per shoot: problems in
 * the form `<shoot path>: <flow> (port N) is blocked by NetworkPolicies <names> in <namespace> [evidence]`.
 */
export function checkControllerFlows(fleet: ResolvedFleet, tree: RenderedTree): string[] {
  const byShoot = new Map<string, { policies: Manifest[]; hasStack: boolean; seed: string }>();
  for (const [p, file] of tree) {
    const info = parseOutputPath(p);
    if (info.shoot === undefined || info.seed === undefined) continue;
    const entry = byShoot.get(info.shoot) ?? { policies: [], hasStack: false, seed: info.seed };
    if (info.scope === 'terraform') entry.hasStack = true;
    if (file.kind === 'manifests') entry.policies.push(...file.objects.filter((o) => o.kind === 'NetworkPolicy' && o.apiVersion === 'networking.k8s.io/v1'));
    byShoot.set(info.shoot, entry);
  }
  const problems: string[] = [];
  const seeds = new Map(fleet.seeds.map((s) => [s.name, s]));
  for (const shoot of fleet.shoots) {
    const entry = byShoot.get(shoot.key);
    if (!entry) continue;
    const seed = seeds.get(entry.seed)!;
    for (const flow of controllerFlows(seed, shoot, entry.hasStack, fleet.gitOpsEngine === GitOpsEngine.ARGOCD)) {
      const verdict = admits(entry.policies, shoot.technicalId, flow);
      if (!verdict.admitted) {
        problems.push(`${shoot.path}: ${flow.name} (TCP ${flow.port}) is blocked by NetworkPolicies ${verdict.isolatedBy.join(', ')} in ${shoot.technicalId} [${flow.evidence}]`);
      }
    }
  }
  return problems;
}
