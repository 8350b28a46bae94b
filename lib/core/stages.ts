/**
 * The stages of a shoot's reconciliation, in order (Gardener's flow): each is one directory of
 * the shoot's output and one Flux Kustomization (or one Argo CD sync wave).
 */
export enum Stage {
  INFRASTRUCTURE = 'infrastructure',
  CONTROL_PLANE = 'control-plane',
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
export const STAGE_ORDER: readonly Stage[] = [Stage.INFRASTRUCTURE, Stage.CONTROL_PLANE, Stage.WORKERS, Stage.ADDONS, Stage.MULTI_CLUSTER];

/** Stages applied inside the shoot (through its admin kubeconfig) rather than in the seed. */
export const IN_SHOOT_STAGES: ReadonlySet<Stage> = new Set([Stage.ADDONS, Stage.MULTI_CLUSTER]);
