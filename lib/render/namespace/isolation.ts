/**
 * Tenant isolation of a shoot namespace in its seed, the same for every backend that runs the
 * control plane as pods there: nothing from other namespaces, the control-plane ports open to
 * nodes and clients, the backend's controller allowed in, and a disruption budget when the
 * control plane has more than one replica.
 */
import { shootLabels } from '../../core/labels';
import { ResolvedFleet, ResolvedShoot } from '../../resolve/model';
import { IntOrString, KubeNetworkPolicy, KubePodDisruptionBudget } from '../../imports/k8s';
import { Manifest } from '../../core/manifest';

/** How one backend's control-plane pods are found and reached. */
export interface ControlPlanePods {
  /** Labels selecting the control-plane pods. */
  readonly podLabels: Record<string, string>;
  /** TCP ports open to nodes and clients. */
  readonly ports: readonly number[];
  /** Namespace of the backend's controller, which may reach into the shoot namespace. */
  readonly controllerNamespace: string;
  /** Name of the policy admitting the controller (`allow-from-<controller>`). */
  readonly controllerPolicyName: string;
}

/** The three NetworkPolicies of a shoot namespace. */
export function renderIsolationPolicies(fleet: ResolvedFleet, shoot: ResolvedShoot, pods: ControlPlanePods): Manifest[] {
  const labels = shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose);
  const ns = shoot.technicalId;
  return [
    KubeNetworkPolicy.manifest({
      metadata: { name: 'deny-from-other-namespaces', namespace: ns, labels },
      spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] },
    }),
    KubeNetworkPolicy.manifest({
      metadata: { name: 'allow-api-server', namespace: ns, labels },
      spec: {
        podSelector: { matchLabels: pods.podLabels },
        policyTypes: ['Ingress'],
        ingress: [{ ports: pods.ports.map((port) => ({ protocol: 'TCP', port: IntOrString.fromNumber(port) })) }],
      },
    }),
    KubeNetworkPolicy.manifest({
      metadata: { name: pods.controllerPolicyName, namespace: ns, labels },
      spec: {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': pods.controllerNamespace } } }] }],
      },
    }),
  ];
}

/** A PodDisruptionBudget for a control plane of more than one replica. */
export function renderControlPlaneBudget(fleet: ResolvedFleet, shoot: ResolvedShoot, replicas: number, podLabels: Record<string, string>): Manifest | undefined {
  if (replicas < 2) return undefined;
  return KubePodDisruptionBudget.manifest({
    metadata: { name: `${shoot.name}-control-plane`, namespace: shoot.technicalId, labels: shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose) },
    spec: { maxUnavailable: IntOrString.fromNumber(1), selector: { matchLabels: podLabels } },
  });
}
