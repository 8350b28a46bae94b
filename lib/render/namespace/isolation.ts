/**
 * Tenant isolation of a shoot namespace in its seed, the same for every backend that runs the
 * control plane as pods there: nothing from other namespaces, the control-plane ports open to
 * nodes and clients, the backend's controller allowed in, and a disruption budget when the
 * control plane has more than one replica.
 */
import { shootLabels } from '../../core/labels';
import { ResolvedFleet, ResolvedShoot } from '../../resolve/model';
import { IntOrString, KubeNetworkPolicy, KubePodDisruptionBudget } from '../../imports/k8s';
import { ControlPlanePods } from '../../core/isolation';
import { Manifest } from '../../core/manifest';

export type { ControlPlanePods } from '../../core/isolation';

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

/**
 * The tenant isolation of a shoot whose control plane runs as pods in its namespace: its
 * NetworkPolicies, then a PodDisruptionBudget when it has more than one replica.
 */
export function renderTenantIsolation(fleet: ResolvedFleet, shoot: ResolvedShoot, pods: ControlPlanePods): Manifest[] {
  const pdb = renderControlPlaneBudget(fleet, shoot, pods.replicas, pods.podLabels);
  return [...renderIsolationPolicies(fleet, shoot, pods), ...(pdb ? [pdb] : [])];
}

/** A PodDisruptionBudget for a control plane of more than one replica. */
export function renderControlPlaneBudget(fleet: ResolvedFleet, shoot: ResolvedShoot, replicas: number, podLabels: Record<string, string>): Manifest | undefined {
  if (replicas < 2) return undefined;
  return KubePodDisruptionBudget.manifest({
    metadata: { name: `${shoot.name}-control-plane`, namespace: shoot.technicalId, labels: shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose) },
    spec: { maxUnavailable: IntOrString.fromNumber(1), selector: { matchLabels: podLabels } },
  });
}
