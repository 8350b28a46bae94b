/**
 * The stages of a shoot's reconciliation, in order (Gardener's flow): each is one directory of
 * the shoot's output and one Flux Kustomization (or one Argo CD sync wave).
 */
export enum Stage {
  INFRASTRUCTURE = 'infrastructure',
  CONTROL_PLANE = 'control-plane',
  /**
   * What makes nodes Ready: the CNI and the cloud provider's controller manager and CSI driver,
   * as Helm releases installed into the shoot by Flux's helm-controller in the seed. After the
   * control plane is up and before anything waits for nodes (the workers' health gate needs
   * Ready nodes, which need a CNI and, with an external cloud provider, a CCM to set providerID
   * and lift the uninitialized taint). The releases do not wait for their pods, so the stage is
   * healthy once they are installed — no node is needed for that.
   */
  SYSTEM_COMPONENTS = 'system-components',
  WORKERS = 'workers',
  ADDONS = 'addons',
  /**
   * What the fleet's multi-cluster systems need inside the shoot (the OCM agent's Klusterlet,
   * Clusternet's agent settings, Liqo and Admiralty peerings of burst partners). A stage of its own, after the addons: it needs those systems' CRDs in the
   * shoot, and until they are there only this stage waits, not the shoot's addons.
   */
  MULTI_CLUSTER = 'multicluster',
}

/** Stages in reconciliation order. */
export const STAGE_ORDER: readonly Stage[] = [Stage.INFRASTRUCTURE, Stage.CONTROL_PLANE, Stage.SYSTEM_COMPONENTS, Stage.WORKERS, Stage.ADDONS, Stage.MULTI_CLUSTER];

/** Stages applied inside the shoot (through its admin kubeconfig) rather than in the seed. */
export const IN_SHOOT_STAGES: ReadonlySet<Stage> = new Set([Stage.ADDONS, Stage.MULTI_CLUSTER]);
