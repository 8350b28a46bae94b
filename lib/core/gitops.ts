/**
 * Names every seed's GitOps engine uses, shared by the renderers that write Flux objects and those
 * that refer to them (tofu-controller's Terraform objects read the same GitRepository).
 */

/** Namespace Flux runs in on every seed. */
export const FLUX_NAMESPACE = 'flux-system';
/** Name of the GitRepository of the platform repo on every seed. */
export const SOURCE_NAME = 'seedbed';

/**
 * The garden side (garden/ and the multi-cluster hubs) is reconciled by a GitOps engine of its own,
 * which applies into the garden cluster and each hub from wherever it runs: these are the names
 * its objects share (render/flux/garden.ts, render/argocd/garden.ts, pipeline/garden.ts).
 */
/** Name of the garden's GitRepository, root Kustomization, AppProject and root Application (distinct from a seed's `seedbed`, so both may share a cluster). */
export const GARDEN_SOURCE_NAME = 'seedbed-garden';
/** The garden cluster, as the garden's GitOps engine names it (its Argo CD cluster, and `<name>-kubeconfig`). */
export const GARDEN_CLUSTER = 'garden';

/** The cluster name of a multi-cluster system's hub (`hub-<system>`). */
export function hubClusterName(system: string): string {
  return `hub-${system}`;
}

/** Name of the Secret (in the GitOps engine's namespace, key `value`) holding the kubeconfig of a cluster the garden's Flux applies into. */
export function kubeconfigSecretName(cluster: string): string {
  return `${cluster}-kubeconfig`;
}

/** One step the garden's GitOps engine applies: a Flux Kustomization, or an Argo CD Application. */
export interface GardenStep {
  /** Name of the Kustomization / Application. */
  readonly name: string;
  /** The output folder it applies (a kustomize root). */
  readonly path: string;
  /** The cluster it applies into: {@link GARDEN_CLUSTER} or a hub's {@link hubClusterName}. */
  readonly cluster: string;
  /** Steps that must be applied (and healthy) before this one. */
  readonly dependsOn: string[];
  /** Argo CD sync wave (the same order as `dependsOn`, as waves of the garden's root Application). */
  readonly wave: number;
  /** Projects (name and namespace) whose namespace this step waits for: Gardener makes it asynchronously. */
  readonly projects: Array<{ readonly name: string; readonly namespace: string }>;
  /** Seeds this step waits for: those a Gardenlet or ManagedSeed it applies registers asynchronously (the Seed appears once gardenlet runs). */
  readonly seeds: string[];
  /** Whether objects removed from Git are deleted (never for Gardener's objects: a Shoot or Seed is a cluster). */
  readonly prune: boolean;
}

/**
 * Flux health expression of a Gardener Project: its project controller sets `status.phase` to
 * `Ready` only once the project's namespace, quota and RBAC are reconciled, `Failed` when that
 * fails (gardener v1.149.3 pkg/controllermanager/controller/project/project/reconciler.go
 * `reconcile`: Pending → namespace created or adopted → Ready).
 */
export const PROJECT_HEALTH = {
  apiVersion: 'core.gardener.cloud/v1beta1',
  kind: 'Project',
  current: "status.phase == 'Ready'",
  failed: "status.phase == 'Failed'",
};

/**
 * Flux health expression of a Seed registered by a gardenlet: it counts once it exists, which is
 * all a Shoot's admission needs of it (gardener v1.149.3 plugin/pkg/shoot/validator/admission.go
 * looks the Seed up by `spec.seedName`); until then the health check finds no object and waits.
 */
export const SEED_REGISTERED = {
  apiVersion: 'core.gardener.cloud/v1beta1',
  kind: 'Seed',
  current: 'true',
};

/** Kinds (seedmanagement.gardener.cloud) whose objects make a gardenlet register a Seed of their name. */
export const SEED_REGISTRARS: readonly string[] = ['Gardenlet', 'ManagedSeed'];
