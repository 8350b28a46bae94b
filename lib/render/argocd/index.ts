/**
 * Argo CD as the GitOps engine of the seeds, in the same output layout as Flux.
 *
 * Per seed (`seeds/<seed>/argocd/`, applied once by hand, like Flux's bootstrap):
 * * an `AppProject` `seedbed-<seed>` limited to the platform repository, the seed itself and the
 *   shoots' clusters;
 * * the root `Application` that keeps `seeds/<seed>/` (this folder and the DataStores) in sync;
 * * an `ApplicationSet` whose git directory generator makes one `Application` per folder under
 *   `seeds/<seed>/shoots/`, deploying it into the shoot's namespace.
 *
 * Per shoot, Flux's chain of Kustomizations becomes sync waves of that Application
 * ({@link STAGE_WAVES}): namespace (-1), infrastructure (0), control plane (1), the cloud
 * provider's HelmReleases and the shoot's cluster Secret (2), the CNI's Applications (3, Calico's
 * operator 4), workers (5). Argo CD applies a wave only when the previous one is healthy. What goes
 * into the shoot cluster, which one Application cannot target next to the seed, is an `Application`
 * of its own whose destination is the shoot's cluster Secret: the CNI's releases
 * (`<project>--<shoot>-<release>`, in system-components/), the addons (wave 6,
 * `<project>--<shoot>-addons`) and the multi-cluster peerings, when the shoot has any (wave 7,
 * `<project>--<shoot>-multicluster`). That Secret is made by External Secrets from
 * the admin kubeconfig Secret the control plane writes (a SecretStore reading the shoot's
 * namespace, allowed to read that one Secret): no credential is ever rendered.
 *
 * Stateful objects that Flux would not prune (`kustomize.toolkit.fluxcd.io/prune: disabled`)
 * carry Argo CD's `Prune=false,Delete=false` instead.
 */
import { FLUX_PRUNE_DISABLED, LABELS, MANAGED_BY, shootLabels } from '../../core/labels';
import { repositoryFolder, seedDir, shootDir, stageDir } from '../../layout/paths';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import { AppProject, Application, ApplicationSet } from '../../imports/argoproj.io';
import { KubeConfigMap, KubeRole, KubeRoleBinding, KubeServiceAccount } from '../../imports/k8s';
import { Manifest } from '../../core/manifest';
import { Stage } from '../../core/stages';
import { AddonRelease, ChartRepository } from '../../core/addons';

/** Namespace Argo CD runs in on every seed. */
export const ARGOCD_NAMESPACE = 'argocd';
/** Folder of the Argo CD bootstrap in a seed's output. */
export { ARGOCD_DIR } from '../../layout/paths';
/** Name of the root Application of a seed. */
export const ROOT_APPLICATION = 'seedbed';
/** Name of the ApplicationSet of a seed's shoots. */
export const SHOOTS_APPLICATION_SET = 'seedbed-shoots';
/** ServiceAccount the shoots' SecretStores read kubeconfig Secrets with. */
export const KUBECONFIG_READER = 'seedbed-kubeconfig-reader';
/** The seed's own API server, as Argo CD names it. */
export const IN_CLUSTER = 'https://kubernetes.default.svc';

export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
export const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';
export const SECRET_TYPE = 'argocd.argoproj.io/secret-type';
/** Argo CD's counterpart of Flux's prune protection. */
export const KEEP = 'Prune=false,Delete=false';

/** Wave of the shoot namespace (and of seed-level stateful objects). */
export const NAMESPACE_WAVE = -1;
/**
 * Sync wave of each stage. The system components' stage spans waves 2–4: the cloud provider's
 * HelmReleases and the shoot's cluster Secret in 2, then the CNI's Applications (which deploy into
 * the shoot through that Secret) from {@link CNI_WAVE} on, one wave per `dependsOn` step.
 */
export const STAGE_WAVES: Record<Stage, number> = {
  [Stage.INFRASTRUCTURE]: 0,
  [Stage.CONTROL_PLANE]: 1,
  [Stage.SYSTEM_COMPONENTS]: 2,
  [Stage.WORKERS]: 5,
  [Stage.ADDONS]: 6,
  [Stage.MULTI_CLUSTER]: 7,
};
/** The cluster Secret is prepared once the control plane is up (its admin kubeconfig exists), before the CNI's Applications need it. */
export const CLUSTER_SECRET_WAVE = STAGE_WAVES[Stage.SYSTEM_COMPONENTS];
/** First wave of the CNI's Applications (Calico's CRDs; the operator one later). */
export const CNI_WAVE = CLUSTER_SECRET_WAVE + 1;

/** A folder of the output inside the platform repository, as Argo CD wants it (no leading `./`). */
export function argoPath(fleet: ResolvedFleet, outputPath: string): string {
  return repositoryFolder(fleet.repository.path, outputPath);
}

/** The AppProject of a seed. */
export function projectName(seed: ResolvedSeed): string {
  return `seedbed-${seed.name}`;
}

/** Name under which Argo CD knows a shoot's cluster (its technical id). */
export function shootClusterName(shoot: ResolvedShoot): string {
  return shoot.technicalId;
}

/** An object as Argo CD applies it: in a sync wave, with Flux's prune protection translated. */
export function argoWave(object: Manifest, wave: number): Manifest {
  const annotations: Record<string, string> = { ...(object.metadata.annotations ?? {}) };
  const fluxKey = Object.keys(FLUX_PRUNE_DISABLED)[0];
  if (annotations[fluxKey] === FLUX_PRUNE_DISABLED[fluxKey]) {
    delete annotations[fluxKey];
    annotations[SYNC_OPTIONS] = KEEP;
  }
  annotations[SYNC_WAVE] = String(wave);
  return { ...object, metadata: { ...object.metadata, annotations } };
}

const syncPolicy = {
  automated: { prune: true, selfHeal: true },
  syncOptions: ['ServerSideApply=true'],
  retry: { limit: -1, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } },
};

/**
 * The AppProject, root Application, shoots' ApplicationSet and kubeconfig reader of a seed.
 * `chartRepositories` are the Helm repositories the shoots' Applications install charts from (the
 * CNI's): the AppProject admits them as sources next to the platform repository.
 */
export function renderArgoBootstrap(fleet: ResolvedFleet, seed: ResolvedSeed, chartRepositories: readonly ChartRepository[] = []): Manifest[] {
  const labels = { [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name, [LABELS.seed]: seed.name };
  const repo = fleet.repository;
  const project = projectName(seed);
  return [
    AppProject.manifest({
      metadata: { name: project, namespace: ARGOCD_NAMESPACE, labels },
      spec: {
        description: `Seed ${seed.name} of fleet ${fleet.name}: hosted control planes and the shoots' addons`,
        sourceRepos: [repo.url, ...[...new Set(chartRepositories.map((r) => r.url))].sort()],
        destinations: [
          { server: IN_CLUSTER, namespace: '*' },
          { name: 'shoot--*', namespace: '*' },
        ],
        clusterResourceWhitelist: [{ group: '*', kind: '*' }],
      },
    }),
    Application.manifest({
      metadata: { name: ROOT_APPLICATION, namespace: ARGOCD_NAMESPACE, labels },
      spec: {
        project,
        source: { repoUrl: repo.url, targetRevision: repo.branch, path: argoPath(fleet, seedDir(seed.name)) },
        destination: { server: IN_CLUSTER },
        syncPolicy,
      },
    }),
    ApplicationSet.manifest({
      metadata: { name: SHOOTS_APPLICATION_SET, namespace: ARGOCD_NAMESPACE, labels },
      spec: {
        goTemplate: true,
        goTemplateOptions: ['missingkey=error'],
        generators: [{
          git: { repoUrl: repo.url, revision: repo.branch, directories: [{ path: argoPath(fleet, shootDir(seed.name, '*')) }] },
        }],
        template: {
          metadata: { name: '{{.path.basename}}', labels },
          spec: {
            project,
            source: { repoUrl: repo.url, targetRevision: repo.branch, path: '{{.path.path}}' },
            destination: { server: IN_CLUSTER, namespace: 'shoot--{{.path.basename}}' },
            syncPolicy,
          },
        },
        // Removing a shoot from Git removes its Application, never its control plane.
        syncPolicy: { preserveResourcesOnDeletion: true },
      },
    }),
    KubeServiceAccount.manifest({ metadata: { name: KUBECONFIG_READER, namespace: ARGOCD_NAMESPACE, labels } }),
    renderHealthChecks(labels),
  ];
}

/** Lua that reports Healthy when a condition of `type` is True, Degraded when it is False, else Progressing. */
function conditionHealth(type: string): string {
  return [
    'hs = {}',
    'if obj.status ~= nil and obj.status.conditions ~= nil then',
    '  for _, c in ipairs(obj.status.conditions) do',
    `    if c.type == "${type}" and c.status == "True" then hs.status = "Healthy"; hs.message = c.message or "${type}"; return hs end`,
    `    if c.type == "${type}" and c.status == "False" then hs.status = "Degraded"; hs.message = c.message or "not ${type}"; return hs end`,
    '  end',
    'end',
    `hs.status = "Progressing"; hs.message = "waiting for ${type}"; return hs`,
  ].join('\n');
}

/** Lua for a field test: Healthy when `test` (a Lua expression over `obj`) holds, else Progressing. */
function fieldHealth(test: string, waiting: string): string {
  return [
    'hs = {}',
    `if ${test} then hs.status = "Healthy"; hs.message = "ready"; return hs end`,
    `hs.status = "Progressing"; hs.message = "${waiting}"; return hs`,
  ].join('\n');
}

/**
 * Lua for an Application as a child of the shoot's Application: Healthy once its last sync
 * succeeded and it is Synced, Degraded when that sync failed, else Progressing. Argo CD assesses a
 * child Application's health only with such a key (argoproj/argo-cd@v3.5.1
 * docs/operator-manual/health.md, "Argo CD App"); the example there passes the child's own health
 * through, which here would deadlock: the CNI's Deployments (cilium-operator, tigera-operator) need
 * nodes, and nodes join only in the workers' wave. So, like the HelmReleases' `disableWait` (Flux
 * calls a release Ready once installed), an Application counts once its manifests are applied
 * (`status.sync.status`, `status.operationState.phase`: pkg/apis/application/v1alpha1/types.go).
 */
const APPLICATION_SYNCED = [
  'hs = {}',
  'if obj.status ~= nil and obj.status.operationState ~= nil then',
  '  local phase = obj.status.operationState.phase',
  '  if phase == "Failed" or phase == "Error" then hs.status = "Degraded"; hs.message = obj.status.operationState.message or "sync failed"; return hs end',
  '  if phase == "Succeeded" and obj.status.sync ~= nil and obj.status.sync.status == "Synced" then hs.status = "Healthy"; hs.message = "synced"; return hs end',
  'end',
  'hs.status = "Progressing"; hs.message = "waiting for the Application to sync"; return hs',
].join('\n');

/**
 * Health checks for the kinds the waves gate on that Argo CD has no built-in check for (without
 * one, Argo CD calls an object healthy as soon as it exists, and a wave would not wait). The same
 * conditions as the Flux chain's health checks (render/terraform, render/capi, render/k0smotron,
 * pipeline/render), as `resource.customizations.health.<group>_<Kind>` in `argocd-cm`; applied
 * server-side so they merge with the keys the Argo CD installation manages itself.
 */
export const ARGO_HEALTH_CHECKS: Record<string, string> = {
  // The CNI's Applications (and the in-shoot stages') gate the waves after theirs.
  'argoproj.io_Application': APPLICATION_SYNCED,
  'infra.contrib.fluxcd.io_Terraform': conditionHealth('Ready'),
  'helm.toolkit.fluxcd.io_HelmRelease': conditionHealth('Ready'),
  'kamaji.clastix.io_TenantControlPlane': fieldHealth(
    'obj.status ~= nil and obj.status.kubernetesResources ~= nil and obj.status.kubernetesResources.version ~= nil and obj.status.kubernetesResources.version.status == "Ready"',
    'waiting for the tenant control plane'),
  'controlplane.cluster.x-k8s.io_KamajiControlPlane': fieldHealth('obj.status ~= nil and obj.status.ready == true', 'waiting for the control plane'),
  'controlplane.cluster.x-k8s.io_K0smotronControlPlane': fieldHealth(
    'obj.status ~= nil and obj.status.initialization ~= nil and obj.status.initialization.controlPlaneInitialized == true', 'waiting for the control plane'),
  'k0smotron.io_Cluster': fieldHealth('obj.status ~= nil and obj.status.readyReplicas ~= nil and obj.spec.replicas ~= nil and obj.status.readyReplicas == obj.spec.replicas',
    'waiting for the k0s controllers'),
  'controlplane.cluster.x-k8s.io_KubeadmControlPlane': conditionHealth('Available'),
  'cluster.x-k8s.io_Cluster': fieldHealth(
    'obj.status ~= nil and obj.status.initialization ~= nil and obj.status.initialization.controlPlaneInitialized == true', 'waiting for the control plane'),
  'cluster.x-k8s.io_MachineDeployment': conditionHealth('Available'),
  // The credentials Secret's ExternalSecret (render/credentials) gates the namespace's wave; stated
  // here so the gate is the same condition the Flux chain waits for, whatever the Argo CD version ships.
  'external-secrets.io_ExternalSecret': conditionHealth('Ready'),
};

/** `argocd-cm` with the health checks only (server-side apply: the installation keeps its own keys). */
function renderHealthChecks(labels: Record<string, string>): Manifest {
  return KubeConfigMap.manifest({
    metadata: {
      name: 'argocd-cm',
      namespace: ARGOCD_NAMESPACE,
      labels: { ...labels, 'app.kubernetes.io/name': 'argocd-cm', 'app.kubernetes.io/part-of': 'argocd' },
      annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true' },
    },
    data: Object.fromEntries(Object.entries(ARGO_HEALTH_CHECKS).map(([k, lua]) => [`resource.customizations.health.${k}`, lua])),
  }) as Manifest;
}

/**
 * Reads the admin kubeconfig (`kubeconfig`) and writes Argo CD's cluster fields. External
 * Secrets evaluates it; it only moves values between Secrets.
 */
const SERVER_TEMPLATE = '{{ ((.kubeconfig | fromYaml).clusters | first).cluster.server }}';
const CONFIG_TEMPLATE = [
  '{{- $k := .kubeconfig | fromYaml -}}',
  '{{- $c := ($k.clusters | first).cluster -}}',
  '{{- $u := ($k.users | first).user -}}',
  '{"tlsClientConfig":{"caData":"{{ index $c "certificate-authority-data" }}",'
    + '"certData":"{{ index $u "client-certificate-data" }}","keyData":"{{ index $u "client-key-data" }}"}}',
].join('\n');

/**
 * The objects that let Argo CD push a shoot's in-shoot stages: its cluster Secret (by reference)
 * and an Application per stage (`inShootStages`, addons first).
 */
export function renderShootArgo(
  fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot, kubeConfigSecret: { name: string; key: string } | undefined,
  inShootStages: readonly Stage[] = [Stage.ADDONS],
): Manifest[] {
  const labels = { ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), [LABELS.seed]: seed.name };
  const wave = (o: Manifest, w: number) => argoWave(o, w);
  if (!kubeConfigSecret) return [];
  const cluster = shootClusterName(shoot);
  const secretName = `cluster-${cluster}`;
  return [
    wave(KubeRole.manifest({
      metadata: { name: KUBECONFIG_READER, namespace: shoot.technicalId, labels },
      rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: [kubeConfigSecret.name], verbs: ['get', 'list', 'watch'] }],
    }), CLUSTER_SECRET_WAVE),
    wave(KubeRoleBinding.manifest({
      metadata: { name: KUBECONFIG_READER, namespace: shoot.technicalId, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: KUBECONFIG_READER },
      subjects: [{ kind: 'ServiceAccount', name: KUBECONFIG_READER, namespace: ARGOCD_NAMESPACE }],
    }), CLUSTER_SECRET_WAVE),
    wave({
      apiVersion: 'external-secrets.io/v1',
      kind: 'SecretStore',
      metadata: { name: cluster, namespace: ARGOCD_NAMESPACE, labels },
      spec: {
        provider: {
          kubernetes: {
            remoteNamespace: shoot.technicalId,
            server: { caProvider: { type: 'ConfigMap', name: 'kube-root-ca.crt', key: 'ca.crt' } },
            auth: { serviceAccount: { name: KUBECONFIG_READER } },
          },
        },
      },
    }, CLUSTER_SECRET_WAVE),
    wave({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: secretName, namespace: ARGOCD_NAMESPACE, labels },
      spec: {
        refreshInterval: '1h',
        secretStoreRef: { kind: 'SecretStore', name: cluster },
        target: {
          name: secretName,
          creationPolicy: 'Owner',
          template: {
            engineVersion: 'v2',
            type: 'Opaque',
            metadata: { labels: { ...labels, [SECRET_TYPE]: 'cluster' } },
            data: { name: cluster, server: SERVER_TEMPLATE, config: CONFIG_TEMPLATE },
          },
        },
        data: [{ secretKey: 'kubeconfig', remoteRef: { key: kubeConfigSecret.name, property: kubeConfigSecret.key } }],
      },
    }, CLUSTER_SECRET_WAVE),
    ...inShootStages.map((stage) => wave(Application.manifest({
      metadata: { name: `${shoot.key}-${stage}`, namespace: ARGOCD_NAMESPACE, labels: { ...labels, [LABELS.stage]: stage } },
      spec: {
        project: projectName(seed),
        source: { repoUrl: fleet.repository.url, targetRevision: fleet.repository.branch, path: argoPath(fleet, stageDir(seed.name, shoot.key, stage)) },
        destination: { name: cluster },
        syncPolicy,
      },
    }), STAGE_WAVES[stage])),
  ];
}

/** Sync options of a CNI Application: server-side apply (Calico's CRDs exceed the client-side annotation), and the namespace made as Flux's `install.createNamespace` does. */
const CNI_SYNC_OPTIONS = ['ServerSideApply=true', 'CreateNamespace=true'];

/**
 * The CNI's Helm releases as Argo CD Applications in the seed's `argocd` namespace, installed into
 * the shoot through its cluster Secret (the destination of the addons' Application), with the same
 * chart, pinned version, release name, namespace and values as the HelmRelease a Flux seed gets.
 * `helm.valuesObject` carries the values as a map (argoproj/argo-cd@v3.5.1
 * pkg/apis/application/v1alpha1/types.go `ApplicationSourceHelm.ValuesObject`); `ServerSideApply=true`
 * (gitops-engine/pkg/sync/common/types.go `SyncOptionServerSideApply`). A release waits for what it
 * depends on by a later wave ({@link CNI_WAVE} plus its depth in `dependsOn`), which gates because
 * `argocd-cm` has a health check for Applications. Releases reading Secrets (`valuesFrom`) or needing
 * post-render patches cannot be Applications and are refused here (API misuse, not fleet data).
 */
export function renderCniApplications(
  fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot, releases: readonly AddonRelease[],
): Manifest[] {
  const labels = { ...shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), [LABELS.seed]: seed.name, [LABELS.stage]: Stage.SYSTEM_COMPONENTS };
  const byName = new Map(releases.map((r) => [r.name, r]));
  const depth = (r: AddonRelease, seen: string[] = []): number => {
    if (seen.includes(r.name)) throw new Error(`release ${r.name}: dependsOn cycle ${[...seen, r.name].join(' -> ')}`);
    return r.dependsOn.reduce((d, n) => {
      const dep = byName.get(n);
      if (!dep) throw new Error(`release ${r.name}: depends on ${n}, which is not among the releases rendered as Applications`);
      return Math.max(d, depth(dep, [...seen, r.name]) + 1);
    }, 0);
  };
  return releases.map((r) => {
    if (r.valuesFrom.length > 0 || (r.patches?.length ?? 0) > 0) {
      throw new Error(`release ${r.name}: values from Secrets or post-render patches cannot be given to an Argo CD Application`);
    }
    return argoWave(Application.manifest({
      metadata: { name: `${shoot.key}-${r.name}`, namespace: ARGOCD_NAMESPACE, labels },
      spec: {
        project: projectName(seed),
        source: {
          repoUrl: r.repository.url,
          chart: r.chart,
          targetRevision: r.version,
          helm: { releaseName: r.name, ...(Object.keys(r.values).length > 0 ? { valuesObject: r.values } : {}) },
        },
        destination: { name: shootClusterName(shoot), namespace: r.namespace },
        syncPolicy: { ...syncPolicy, syncOptions: CNI_SYNC_OPTIONS },
      },
    }) as Manifest, CNI_WAVE + depth(r));
  });
}
