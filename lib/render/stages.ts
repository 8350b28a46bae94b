/**
 * The stages of a shoot's reconciliation, in order (Gardener's flow): each is one directory of
 * the shoot's output and one Flux Kustomization (or one Argo CD sync wave).
 */
export enum Stage {
  INFRASTRUCTURE = 'infrastructure',
  CONTROL_PLANE = 'control-plane',
  WORKERS = 'workers',
  ADDONS = 'addons',
}

/** Stages in reconciliation order. */
export const STAGE_ORDER: readonly Stage[] = [Stage.INFRASTRUCTURE, Stage.CONTROL_PLANE, Stage.WORKERS, Stage.ADDONS];
