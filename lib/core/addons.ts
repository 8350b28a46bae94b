/**
 * A Helm release installed into a shoot, described neutrally: lib/render/addons decides which
 * releases a shoot gets and their values; the GitOps renderers turn them into objects (Flux
 * `HelmRelease`s with `spec.kubeConfig`; their sources once per seed).
 */

/** A Helm repository the seed fetches charts from (one `HelmRepository` per seed). */
export interface ChartRepository {
  /** Name of the source object (`cilium`). */
  readonly name: string;
  /** The repository's URL. */
  readonly url: string;
}

/** Values taken from a Secret in the seed (the shoot's namespace) when the release is installed: never in Git. */
export interface ValuesFromSecret {
  /** Name of the Secret in the shoot's namespace in the seed. */
  readonly secret: string;
  /** Its key. */
  readonly key: string;
  /** Where the value goes in the chart's values (Helm `--set` path syntax, dots escaped with `\\.`). */
  readonly targetPath: string;
}

/** A strategic-merge patch of one object a chart renders. */
export interface AddonPatch {
  readonly kind: string;
  readonly name: string;
  /** The patch: an object with the chart object's apiVersion, kind and name, and the fields to set. */
  readonly patch: Record<string, unknown>;
}

/** One Helm release of a shoot's system components. */
export interface AddonRelease {
  /** Name of the release (and of its `HelmRelease`, prefixed with the shoot's name is not needed: one per namespace). */
  readonly name: string;
  readonly repository: ChartRepository;
  readonly chart: string;
  /** Pinned chart version. */
  readonly version: string;
  /** Namespace in the shoot the release goes to (created when missing). */
  readonly namespace: string;
  /** Values from the fleet (no secrets). */
  readonly values: Record<string, unknown>;
  /** Values from Secrets in the seed. */
  readonly valuesFrom: readonly ValuesFromSecret[];
  /** Releases that must be installed first (by name). */
  readonly dependsOn: readonly string[];
  /**
   * Strategic-merge patches of the chart's rendered objects, for what the chart has no value for
   * (applied by Flux's post-renderer).
   * @default - none
   */
  readonly patches?: readonly AddonPatch[];
  /** Where the chart's values were read (`repo@tag:path`). */
  readonly evidence: string;
}
