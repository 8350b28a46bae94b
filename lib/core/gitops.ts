/**
 * Names every seed's GitOps engine uses, shared by the renderers that write Flux objects and those
 * that refer to them (tofu-controller's Terraform objects read the same GitRepository).
 */

/** Namespace Flux runs in on every seed. */
export const FLUX_NAMESPACE = 'flux-system';
/** Name of the GitRepository of the platform repo on every seed. */
export const SOURCE_NAME = 'seedbed';
