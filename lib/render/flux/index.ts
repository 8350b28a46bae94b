/**
 * Flux objects: per seed the GitRepository of the platform repo and the root Kustomization; per
 * shoot a chain of Kustomizations, one per stage, ordered with dependsOn.
 */
import { LABELS, MANAGED_BY, shootLabels } from '../../core/labels';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import { Kustomization, KustomizationSpecDecryptionProvider, KustomizationSpecSourceRefKind } from '../../imports/kustomize.toolkit.fluxcd.io';
import { GitRepository, HelmRepository } from '../../imports/source.toolkit.fluxcd.io';
import {
  HelmRelease, HelmReleaseSpecChartSpecSourceRefKind, HelmReleaseSpecInstallCrds, HelmReleaseSpecUpgradeCrds, HelmReleaseSpecValuesFromKind,
} from '../../imports/helm.toolkit.fluxcd.io';
import type { AddonRelease, ChartRepository } from '../../core/addons';
import { CREDENTIALS_DIR, fluxPath, seedDir, stageDir, TERRAFORM_DIR } from '../../layout/paths';
import { Manifest } from '../../core/manifest';
import { Stage } from '../../core/stages';

export { FLUX_NAMESPACE, SOURCE_NAME } from '../../core/gitops';
import { FLUX_NAMESPACE, SOURCE_NAME } from '../../core/gitops';

/** Path of a folder of the rendered output inside the platform repo, as Flux wants it (`./…`). */
export function repoPath(fleet: ResolvedFleet, outputPath: string): string {
  return fluxPath(fleet.repository.path, outputPath);
}

/**
 * The fleet repository as a Flux GitRepository `name`, which sees only the folders `keep` lets
 * through (`.sourceignore` lines after `/*`): a seed its own folders, the garden `garden/`.
 */
export function fleetGitRepository(fleet: ResolvedFleet, name: string, labels: Record<string, string>, keep: readonly string[]): Manifest {
  return GitRepository.manifest({
    metadata: { name, namespace: FLUX_NAMESPACE, labels },
    spec: {
      url: fleet.repository.url,
      ref: { branch: fleet.repository.branch },
      secretRef: fleet.repository.secretName ? { name: fleet.repository.secretName } : undefined,
      interval: '1m',
      timeout: '60s',
      ignore: ['/*', ...keep].join('\n'),
    },
  }) as Manifest;
}

/** The GitRepository and root Kustomization that make a seed reconcile `seeds/<seed>/`. */
export function renderFluxBootstrap(fleet: ResolvedFleet, seed: ResolvedSeed): Manifest[] {
  const labels = { [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name, [LABELS.seed]: seed.name };
  return [
    fleetGitRepository(fleet, SOURCE_NAME, labels, [
      `!${repoPath(fleet, seedDir(seed.name)).slice(1)}/`, `!${repoPath(fleet, `${TERRAFORM_DIR}/${seed.name}`).slice(1)}/`,
      ...(fleet.sopsSecrets ? [`!/${fleet.sopsSecrets.path}/${seed.name}/`] : []),
    ]),
    Kustomization.manifest({
      metadata: { name: SOURCE_NAME, namespace: FLUX_NAMESPACE, labels },
      spec: {
        interval: '10m',
        retryInterval: '1m',
        timeout: '5m',
        path: repoPath(fleet, seedDir(seed.name)),
        prune: true,
        sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: SOURCE_NAME },
      },
    }),
    ...(fleet.sopsSecrets ? [renderSecretsKustomization(fleet, seed, labels)] : []),
  ];
}

/** Name of a seed's Kustomization that decrypts and applies its SOPS-encrypted Secrets. */
export const SECRETS_KUSTOMIZATION = 'seedbed-secrets';

/**
 * The seed's encrypted Secrets (`<sopsSecrets.path>/<seed>/` of the repository), decrypted by
 * kustomize-controller with the age key in `flux-system` (`spec.decryption`, provider sops). Every
 * shoot's first stage depends on it, so credentials exist before Terraform or a controller reads them.
 */
function renderSecretsKustomization(fleet: ResolvedFleet, seed: ResolvedSeed, labels: Record<string, string>): Manifest {
  const sops = fleet.sopsSecrets!;
  return Kustomization.manifest({
    metadata: { name: SECRETS_KUSTOMIZATION, namespace: FLUX_NAMESPACE, labels },
    spec: {
      interval: '10m',
      retryInterval: '1m',
      timeout: '2m',
      path: `./${sops.path}/${seed.name}`,
      // Removing a file from Git must not delete credentials a running shoot still uses.
      prune: false,
      sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: SOURCE_NAME },
      decryption: { provider: KustomizationSpecDecryptionProvider.SOPS, secretRef: { name: sops.decryptionSecretName } },
    },
  }) as Manifest;
}

/** Name of the Flux Kustomization of one stage of a shoot. */
export function stageKustomizationName(shoot: ResolvedShoot, stage: Stage): string {
  return `${shoot.key}-${stage}`;
}

/** How a stage is applied and when it counts as ready. */
export interface StageSettings {
  readonly stage: Stage;
  /** Apply into the shoot through this kubeconfig Secret (in the shoot's namespace) instead of the seed. */
  readonly kubeConfigSecret?: { readonly name: string; readonly key: string };
  /** CEL health expressions for custom kinds whose readiness Flux cannot infer. */
  readonly healthCheckExprs?: Array<{ apiVersion: string; kind: string; current: string; failed?: string; inProgress?: string }>;
  readonly timeout?: string;
}

/** Name of the Kustomization that applies a shoot's credentials delivery (its ExternalSecret). */
export function credentialsKustomizationName(shoot: ResolvedShoot): string {
  return `${shoot.key}-${CREDENTIALS_DIR}`;
}

/** A folder of a shoot applied, and waited for, before its first stage. */
export interface CredentialsGate {
  /** Output path of the folder. */
  readonly path: string;
  /** What makes it healthy (the ExternalSecret's Ready condition). */
  readonly healthCheckExprs: NonNullable<StageSettings['healthCheckExprs']>;
}

/**
 * The chain of Kustomizations of a shoot, in the shoot's namespace (where Kamaji writes the
 * admin kubeconfig the addons stage uses): each stage depends on the one before it. With a
 * credentials gate, the first stage depends on it: nothing that reads the credentials Secret is
 * applied before the Secret exists.
 */
export function renderShootChain(
  fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot, stages: readonly StageSettings[], credentials?: CredentialsGate,
): Manifest[] {
  const labels = shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose);
  const secrets = fleet.sopsSecrets ? [{ name: SECRETS_KUSTOMIZATION, namespace: FLUX_NAMESPACE }] : undefined;
  const gate = credentials ? [Kustomization.manifest({
    metadata: {
      name: credentialsKustomizationName(shoot),
      namespace: shoot.technicalId,
      labels: { ...labels, [LABELS.seed]: seed.name, [LABELS.stage]: CREDENTIALS_DIR },
    },
    spec: {
      interval: '10m',
      retryInterval: '1m',
      timeout: '5m',
      path: repoPath(fleet, credentials.path),
      prune: true,
      wait: true,
      sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: SOURCE_NAME, namespace: FLUX_NAMESPACE },
      dependsOn: secrets,
      healthCheckExprs: credentials.healthCheckExprs,
    },
  }) as Manifest] : [];
  const first = credentials ? [{ name: credentialsKustomizationName(shoot) }] : secrets;
  return [...gate, ...stages.map((s, i) => Kustomization.manifest({
    metadata: {
      name: stageKustomizationName(shoot, s.stage),
      namespace: shoot.technicalId,
      labels: { ...labels, [LABELS.seed]: seed.name, [LABELS.stage]: s.stage },
    },
    spec: {
      interval: '10m',
      retryInterval: '1m',
      timeout: s.timeout ?? '10m',
      path: repoPath(fleet, stageDir(seed.name, shoot.key, s.stage)),
      prune: true,
      wait: true,
      sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: SOURCE_NAME, namespace: FLUX_NAMESPACE },
      dependsOn: i > 0 ? [{ name: stageKustomizationName(shoot, stages[i - 1].stage) }] : first,
      healthCheckExprs: s.healthCheckExprs,
      kubeConfig: s.kubeConfigSecret ? { secretRef: { name: s.kubeConfigSecret.name, key: s.kubeConfigSecret.key } } : undefined,
    },
  }))];
}

/** Objects of a shoot's system components: one HelmRelease per release, installed into the shoot. */
export function renderHelmReleases(
  fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot, releases: readonly AddonRelease[], kubeConfigSecret: { name: string; key: string },
): Manifest[] {
  const labels = { ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), [LABELS.seed]: seed.name };
  return releases.map((r) => HelmRelease.manifest({
    metadata: { name: r.name, namespace: shoot.technicalId, labels },
    spec: {
      interval: '10m',
      releaseName: r.name,
      // Both in the shoot: the defaults are the HelmRelease's own namespace, which the shoot lacks.
      targetNamespace: r.namespace,
      storageNamespace: r.namespace,
      kubeConfig: { secretRef: { name: kubeConfigSecret.name, key: kubeConfigSecret.key } },
      chart: {
        spec: {
          chart: r.chart,
          version: r.version,
          sourceRef: { kind: HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name: r.repository.name, namespace: FLUX_NAMESPACE },
          interval: '1h',
        },
      },
      // Installed without waiting for the pods: they need nodes, which join only after this stage.
      install: { createNamespace: true, disableWait: true, crds: HelmReleaseSpecInstallCrds.CREATE_REPLACE, remediation: { retries: -1 } },
      upgrade: { disableWait: true, crds: HelmReleaseSpecUpgradeCrds.CREATE_REPLACE, remediation: { retries: 3 } },
      dependsOn: r.dependsOn.length > 0 ? r.dependsOn.map((name) => ({ name })) : undefined,
      values: Object.keys(r.values).length > 0 ? r.values : undefined,
      postRenderers: r.patches?.length
        ? [{ kustomize: { patches: r.patches.map((x) => ({ target: { kind: x.kind, name: x.name }, patch: JSON.stringify(x.patch) })) } }]
        : undefined,
      valuesFrom: r.valuesFrom.length > 0
        ? r.valuesFrom.map((v) => ({ kind: HelmReleaseSpecValuesFromKind.SECRET, name: v.secret, valuesKey: v.key, targetPath: v.targetPath }))
        : undefined,
    },
  }) as Manifest);
}

/** The HelmRepository sources of the charts a seed's shoots use (in flux-system, once per seed). */
export function renderHelmRepositories(fleet: ResolvedFleet, seed: ResolvedSeed, repositories: readonly ChartRepository[]): Manifest[] {
  const labels = { [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name, [LABELS.seed]: seed.name };
  return repositories.map((r) => HelmRepository.manifest({
    metadata: { name: r.name, namespace: FLUX_NAMESPACE, labels },
    spec: { url: r.url, interval: '1h', timeout: '60s' },
  }) as Manifest);
}
