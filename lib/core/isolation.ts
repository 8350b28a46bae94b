/**
 * What a backend that runs a control plane as pods in the shoot's namespace tells the tenant
 * isolation (lib/render/namespace): which pods, which ports, which controller reaches in, how many
 * replicas. The assembler (lib/pipeline/render.ts) hands one to the other; renderers never import
 * each other.
 */

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
  /** Replicas of the control plane (a disruption budget is rendered for more than one). */
  readonly replicas: number;
}
