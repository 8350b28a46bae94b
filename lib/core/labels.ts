/**
 * Label and annotation keys seedbed puts on what it renders. Decided here, once.
 */

/** Prefix of seedbed's own labels. */
export const LABEL_PREFIX = 'seedbed.io';

/** On every object an escape-hatch override changed: the overrides' construct paths, comma-separated. */
export const OVERRIDDEN_BY_ANNOTATION = `${LABEL_PREFIX}/overridden-by`;

/**
 * On an object that writes a Secret at run time (a CronJob seedbed renders): the Secret's name, in
 * the object's namespace. The convergence check counts it as that Secret's producer.
 */
export const WRITES_SECRET_ANNOTATION = `${LABEL_PREFIX}/writes-secret-name`;

export const LABELS = {
  managedBy: 'app.kubernetes.io/managed-by',
  fleet: `${LABEL_PREFIX}/fleet`,
  project: `${LABEL_PREFIX}/project`,
  shoot: `${LABEL_PREFIX}/shoot`,
  purpose: `${LABEL_PREFIX}/purpose`,
  seed: `${LABEL_PREFIX}/seed`,
  stage: `${LABEL_PREFIX}/stage`,
  pool: `${LABEL_PREFIX}/worker-pool`,
  /** On multi-cluster hub objects: the platform service they belong to. */
  service: `${LABEL_PREFIX}/service`,
  /** On registered clusters: the shoot's infrastructure provider. */
  provider: `${LABEL_PREFIX}/provider`,
  /** On registered clusters: the shoot's region. */
  region: `${LABEL_PREFIX}/region`,
} as const;

/** Value of `app.kubernetes.io/managed-by` on everything seedbed renders. */
export const MANAGED_BY = 'seedbed';

/** Flux: keep the object when it disappears from Git (stateful objects). */
export const FLUX_PRUNE_DISABLED: Record<string, string> = { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' };

/** The labels identifying a shoot's objects. */
export function shootLabels(fleet: string, project: string, shoot: string, purpose: string): Record<string, string> {
  return {
    [LABELS.managedBy]: MANAGED_BY,
    [LABELS.fleet]: fleet,
    [LABELS.project]: project,
    [LABELS.shoot]: shoot,
    [LABELS.purpose]: purpose,
  };
}
