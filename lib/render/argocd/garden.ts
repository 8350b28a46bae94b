/**
 * The Argo CD bootstrap of the garden side (`garden/argocd/`): an AppProject limited to the
 * platform repository, the garden cluster and the hubs; a root Application that keeps this folder
 * in sync; and one Application per garden step (pipeline/garden.ts) whose destination is the step's
 * cluster (`garden`, `hub-<system>`: Argo CD cluster Secrets the platform team provides).
 *
 * The root Application applies the step Applications in sync waves (base 0, projects 1, credentials
 * 2, shoots 3, managed seeds 4; hubs 0) and moves to the next wave only once the Applications of the
 * earlier one are healthy. Argo CD does not assess an Application's health by itself (its
 * operator manual, argoproj/argo-cd@v3.5.1 docs/operator-manual/health.md "Argo CD App"), so the
 * bootstrap's `argocd-cm` adds that check, and one for Gardener's Project: Healthy once its project
 * controller calls it Ready, which it does only after making the project's namespace (gardener
 * v1.149.3 pkg/controllermanager/controller/project/project/reconciler.go).
 *
 * Run the garden's Argo CD in a cluster of its own (the garden's runtime cluster, say), not in a
 * seed whose Argo CD seedbed also configures: both bootstraps manage keys of `argocd-cm`.
 */
import { LABELS, MANAGED_BY } from '../../core/labels';
import { Manifest } from '../../core/manifest';
import { GARDEN_SOURCE_NAME, GardenStep } from '../../core/gitops';
import { gardenArgoDir } from '../../layout/paths';
import { ResolvedFleet } from '../../resolve/model';
import { AppProject, Application } from '../../imports/argoproj.io';
import { KubeConfigMap } from '../../imports/k8s';
import { ARGOCD_NAMESPACE, argoPath, IN_CLUSTER, SYNC_WAVE } from './index';

/** Lua: an Application is Healthy once it is Synced and its resources are Healthy; Degraded when they are. */
const APPLICATION_HEALTH = [
  'hs = {}',
  'hs.status = "Progressing"; hs.message = "waiting for the Application to sync"',
  'if obj.status ~= nil and obj.status.health ~= nil and obj.status.sync ~= nil then',
  '  if obj.status.health.status == "Degraded" then hs.status = "Degraded"; hs.message = obj.status.health.message or "degraded"; return hs end',
  '  if obj.status.health.status == "Healthy" and obj.status.sync.status == "Synced" then hs.status = "Healthy"; hs.message = "synced and healthy"; return hs end',
  'end',
  'return hs',
].join('\n');

/** Lua: a Project is Healthy when its controller set phase Ready (namespace made), Degraded when Failed. */
const PROJECT_HEALTH_LUA = [
  'hs = {}',
  'if obj.status ~= nil and obj.status.phase == "Ready" then hs.status = "Healthy"; hs.message = "project namespace ready"; return hs end',
  'if obj.status ~= nil and obj.status.phase == "Failed" then hs.status = "Degraded"; hs.message = "project controller failed"; return hs end',
  'hs.status = "Progressing"; hs.message = "waiting for the project controller"; return hs',
].join('\n');

/** Lua: Healthy when a condition of `type` is True, else Progressing. */
function conditionTrue(type: string, waiting: string): string {
  return [
    'hs = {}',
    'if obj.status ~= nil and obj.status.conditions ~= nil then',
    '  for _, c in ipairs(obj.status.conditions) do',
    `    if c.type == "${type}" and c.status == "True" then hs.status = "Healthy"; hs.message = "${type}"; return hs end`,
    '  end',
    'end',
    `hs.status = "Progressing"; hs.message = "${waiting}"; return hs`,
  ].join('\n');
}

/**
 * The health checks the garden's waves rely on, as `resource.customizations.health.<group>_<Kind>`
 * keys of `argocd-cm`. A ManagedSeed is Healthy once its condition `SeedRegistered` is True, a
 * Gardenlet once `GardenletReconciled` is (gardener v1.149.3 pkg/apis/seedmanagement/v1alpha1
 * types_managedseed.go, types_gardenlet.go): Argo CD cannot wait for the Seed itself, which no
 * Application applies.
 */
export const GARDEN_ARGO_HEALTH_CHECKS: Record<string, string> = {
  'argoproj.io_Application': APPLICATION_HEALTH,
  'core.gardener.cloud_Project': PROJECT_HEALTH_LUA,
  'seedmanagement.gardener.cloud_Gardenlet': conditionTrue('GardenletReconciled', 'waiting for gardenlet'),
  'seedmanagement.gardener.cloud_ManagedSeed': conditionTrue('SeedRegistered', 'waiting for the seed to register'),
};

/** The AppProject, root Application, health checks and one Application per step. */
export function renderGardenArgoBootstrap(fleet: ResolvedFleet, steps: readonly GardenStep[]): Manifest[] {
  const labels = { [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name };
  const repo = fleet.repository;
  const clusters = [...new Set(steps.map((s) => s.cluster))];
  const syncPolicy = (prune: boolean) => ({
    automated: { prune, selfHeal: true },
    syncOptions: ['ServerSideApply=true'],
    retry: { limit: -1, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } },
  });
  return [
    AppProject.manifest({
      metadata: { name: GARDEN_SOURCE_NAME, namespace: ARGOCD_NAMESPACE, labels },
      spec: {
        description: `Garden of fleet ${fleet.name}: Gardener's objects and the multi-cluster hubs`,
        sourceRepos: [repo.url],
        destinations: [
          { server: IN_CLUSTER, namespace: ARGOCD_NAMESPACE },
          ...clusters.map((name) => ({ name, namespace: '*' })),
        ],
        clusterResourceWhitelist: [{ group: '*', kind: '*' }],
      },
    }) as Manifest,
    Application.manifest({
      metadata: { name: GARDEN_SOURCE_NAME, namespace: ARGOCD_NAMESPACE, labels },
      spec: {
        project: GARDEN_SOURCE_NAME,
        source: { repoUrl: repo.url, targetRevision: repo.branch, path: argoPath(fleet, gardenArgoDir()) },
        destination: { server: IN_CLUSTER, namespace: ARGOCD_NAMESPACE },
        syncPolicy: syncPolicy(true),
      },
    }) as Manifest,
    KubeConfigMap.manifest({
      metadata: {
        name: 'argocd-cm',
        namespace: ARGOCD_NAMESPACE,
        labels: { ...labels, 'app.kubernetes.io/name': 'argocd-cm', 'app.kubernetes.io/part-of': 'argocd' },
        // Before every step's wave: the waves gate on these checks.
        annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true', [SYNC_WAVE]: '-1' },
      },
      data: Object.fromEntries(Object.entries(GARDEN_ARGO_HEALTH_CHECKS).map(([k, lua]) => [`resource.customizations.health.${k}`, lua])),
    }) as Manifest,
    ...steps.map((step) => Application.manifest({
        metadata: { name: step.name, namespace: ARGOCD_NAMESPACE, labels, annotations: { [SYNC_WAVE]: String(step.wave) } },
        spec: {
          project: GARDEN_SOURCE_NAME,
          source: { repoUrl: repo.url, targetRevision: repo.branch, path: argoPath(fleet, step.path) },
          destination: { name: step.cluster },
          syncPolicy: syncPolicy(step.prune),
        },
      }) as Manifest),
  ];
}
