/**
 * The namespace of a shoot in its seed (`shoot--<project>--<shoot>`): it holds the control plane,
 * the infrastructure runner and the shoot's Flux Kustomizations. Created from the shoot's root
 * folder, before any stage, and kept by Flux when the shoot disappears from Git.
 */
import { FLUX_PRUNE_DISABLED, LABELS, shootLabels } from '../../core/labels';
import { ResolvedFleet, ResolvedShoot } from '../../resolve/model';
import { KubeNamespace } from '../../imports/k8s';
import { Manifest } from '../../core/manifest';

export function renderShootNamespace(fleet: ResolvedFleet, shoot: ResolvedShoot): Manifest {
  return KubeNamespace.manifest({
    metadata: {
      name: shoot.technicalId,
      labels: { ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), [LABELS.seed]: shoot.seed },
      annotations: { ...FLUX_PRUNE_DISABLED },
    },
  });
}
