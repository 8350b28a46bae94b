/**
 * The Flux bootstrap of the garden side (`garden/flux-system/`): a GitRepository that sees only
 * `garden/`, a root Kustomization that keeps this folder in sync, and one Kustomization per garden
 * step (pipeline/garden.ts), each applied into its cluster through `spec.kubeConfig.secretRef`.
 *
 * kustomize-controller v1.9.4 (api/v1/kustomization_types.go, docs/spec/v1/kustomizations.md
 * "KubeConfig (Remote clusters)"): with `spec.kubeConfig.secretRef` the objects are applied,
 * health-checked and pruned in the cluster of that kubeconfig, read from key `value` of a Secret in
 * the Kustomization's own namespace; `dependsOn` names Kustomizations of the cluster Flux runs in.
 * `healthChecks` may name objects the Kustomization does not apply (here the namespace Gardener's
 * project controller makes), and `healthCheckExprs` are evaluated for them; `wait: true` would
 * ignore `healthChecks`, so the project steps use `healthChecks` alone.
 */
import { LABELS, MANAGED_BY } from '../../core/labels';
import { Manifest } from '../../core/manifest';
import { FLUX_NAMESPACE, GARDEN_SOURCE_NAME, GardenStep, kubeconfigSecretName, PROJECT_HEALTH, SEED_REGISTERED } from '../../core/gitops';
import { fluxPath, gardenFluxDir, GARDEN_DIR } from '../../layout/paths';
import { ResolvedFleet } from '../../resolve/model';
import { Kustomization, KustomizationSpecSourceRefKind } from '../../imports/kustomize.toolkit.fluxcd.io';
import { fleetGitRepository } from './index';

/** The GitRepository, root Kustomization and one Kustomization per step. */
export function renderGardenFluxBootstrap(fleet: ResolvedFleet, steps: readonly GardenStep[]): Manifest[] {
  const labels = { [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name };
  const sourceRef = { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: GARDEN_SOURCE_NAME };
  return [
    fleetGitRepository(fleet, GARDEN_SOURCE_NAME, labels, [`!${fluxPath(fleet.repository.path, GARDEN_DIR).slice(1)}/`]),
    Kustomization.manifest({
      metadata: { name: GARDEN_SOURCE_NAME, namespace: FLUX_NAMESPACE, labels },
      spec: {
        interval: '10m',
        retryInterval: '1m',
        timeout: '5m',
        path: fluxPath(fleet.repository.path, gardenFluxDir()),
        prune: true,
        sourceRef,
      },
    }) as Manifest,
    ...steps.map((step) => Kustomization.manifest({
      metadata: { name: step.name, namespace: FLUX_NAMESPACE, labels },
      spec: {
        interval: '10m',
        retryInterval: '1m',
        timeout: '5m',
        path: fluxPath(fleet.repository.path, step.path),
        prune: step.prune,
        sourceRef,
        dependsOn: step.dependsOn.length > 0 ? step.dependsOn.map((name) => ({ name })) : undefined,
        kubeConfig: { secretRef: { name: kubeconfigSecretName(step.cluster), key: 'value' } },
        // The namespace is made by Gardener, not applied here: checked by name (kstatus: it exists
        // and is not terminating), and the Project until its controller calls it Ready.
        healthChecks: step.projects.length + step.seeds.length > 0 ? [
          ...step.projects.flatMap((p) => [
            { apiVersion: 'v1', kind: 'Namespace', name: p.namespace },
            { apiVersion: PROJECT_HEALTH.apiVersion, kind: PROJECT_HEALTH.kind, name: p.name },
          ]),
          // A Seed a Gardenlet or ManagedSeed of this step registers: made by gardenlet, not applied here.
          ...step.seeds.map((name) => ({ apiVersion: SEED_REGISTERED.apiVersion, kind: SEED_REGISTERED.kind, name })),
        ] : undefined,
        healthCheckExprs: step.projects.length + step.seeds.length > 0
          ? [...(step.projects.length > 0 ? [PROJECT_HEALTH] : []), ...(step.seeds.length > 0 ? [SEED_REGISTERED] : [])] : undefined,
      },
    }) as Manifest),
  ];
}
