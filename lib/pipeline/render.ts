/**
 * Assembles the rendered tree of a resolved fleet in the output layout of DESIGN.md:
 *
 *   fleet.json
 *   garden/                                    Gardener objects in stage folders, when shoots use the gardener backend (see ./garden)
 *   garden/multicluster/<system>/              hub objects of the multi-cluster systems (see ./multicluster)
 *   garden/flux-system/ | argocd/              bootstrap that applies both, into the garden cluster and each hub
 *   seeds/<seed>/kustomization.yaml            what the seed's GitOps engine applies
 *   seeds/<seed>/flux-system/ | argocd/        bootstrap of the engine (Flux or Argo CD)
 *   seeds/<seed>/datastores/                   the seed's Kamaji DataStores
 *   seeds/<seed>/management/                   work-arounds for the seed's management stack (lib/core/compatibility.ts)
 *   seeds/<seed>/shoots/<project>--<shoot>/    the engine's stage wiring + one folder per stage
 *   terraform/<seed>/<project>--<shoot>/cdk.tf.json
 *
 * Per shoot, the backend decides the control-plane stage, and the worker pools the workers stage:
 *
 * | backend     | control-plane stage, no Cluster API pools | … with Cluster API pools                                   | workers stage        |
 * | ----------- | ----------------------------------------- | ---------------------------------------------------------- | -------------------- |
 * | kamaji      | TenantControlPlane                        | Cluster + KamajiControlPlane + OpenStack/VSphereCluster    | kubeadm pools        |
 * | k0smotron   | k0smotron.io Cluster                      | Cluster + K0smotronControlPlane + OpenStack/VSphereCluster | k0s pools            |
 * | cluster-api | Cluster + KubeadmControlPlane + machine template + OpenStack/VSphereCluster (always)  || kubeadm pools        |
 * | gardener    | nothing in the seed: Gardener's objects go to garden/                                  || (Shoot workers)      |
 *
 * (Hosted control planes also get their NetworkPolicies and, with several replicas, a
 * PodDisruptionBudget.) After the addons, a shoot with objects of the fleet's multi-cluster systems
 * (agents' registration, Liqo/Admiralty peerings) gets a `multicluster` stage, applied into the shoot like the addons.
 * Terraform-provisioned pools never appear in the workers stage; they are
 * part of the shoot's Terraform stack.
 *
 * Renderers are called per shoot and return plain objects; nothing here reaches back into the model.
 */
import { LABELS, MANAGED_BY, OVERRIDDEN_BY_ANNOTATION } from '../core/labels';
import { StackUse } from '../core/compatibility';
import { StackWorkaround } from '../core/stack';
import { stackUses } from '../validate/stack';
import { renderKamajiBootstrapRbac } from '../render/capi/bootstrap-rbac';
import { applyJsonPatch } from '../core/json-patch';
import { ErrorType, FieldError, FleetValidationError, showValue, sortErrors } from '../core/problems';
import { CREDENTIALS_DIR, prerequisitesFile } from '../layout/paths';
import { seedControllers, seedObjects } from './seed-controllers';
import { explainShootFolders } from './shoot-guide';
import { shootsByKey } from './fleet-index';
import { EXTERNAL_SECRET_HEALTH, renderCredentialsExternalSecret } from '../render/credentials';
import { checkSecretReferences } from './secret-references';
import { ADDON_SOURCES_DIR, ARGOCD_DIR, DATASTORES_DIR, MANAGEMENT_DIR, FLUX_SYSTEM_DIR, KUSTOMIZATION_FILE, seedDir, shootDir, SHOOTS_DIR, stackFile, stageDir } from '../layout';
import { shootLabels, FLUX_PRUNE_DISABLED } from '../core/labels';
import { ControlPlaneBackend, NetworkingType, ProviderType } from '../core/types';
import type { AddonRelease } from '../core/addons';
import { cloudProviderReleases, cniReleases, repositoriesOf, SystemComponentsContext } from '../render/addons/system-components';
import { outputsSecretName } from '../render/terraform/common';
import { GitOpsEngine } from '../core/types';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../resolve/model';
import { renderShootAddons } from '../render/addons';
import {
  argoWave, renderArgoBootstrap, renderCniApplications, renderShootArgo, STAGE_WAVES, NAMESPACE_WAVE, SYNC_WAVE,
} from '../render/argocd';
import {
  BootstrapFlavor, CLUSTER_HEALTH, KAMAJI_CONTROL_PLANE_HEALTH, KUBEADM_API_SERVER_PORT, KUBEADM_CONTROL_PLANE_HEALTH, WORKERS_HEALTH,
  clusterApiPools, clusterName, kamajiControlPlaneFromTenant, kubeadmControlPlaneEndpoint, kubeadmEndpointHost, renderCluster, renderInfrastructureCluster,
  renderKubeadmControlPlane, renderWorkers,
} from '../render/capi';
import { renderFluxBootstrap, renderHelmReleases, renderHelmRepositories, renderShootChain, StageSettings } from '../render/flux';
import { renderGarden } from '../render/gardener';
import { layoutGarden } from './garden';
import {
  K0SMOTRON_CLUSTER_HEALTH, K0SMOTRON_CONTROL_PLANE_HEALTH, k0smotronKubeconfigSecret, renderK0smotronControlPlaneObject,
  k0smotronPods, servicePorts,
} from '../render/k0smotron';
import {
  adminKubeconfigSecret, kamajiPods, renderDataStore, renderTenantControlPlane,
} from '../render/kamaji';
import { Manifest, RenderedTree } from '../core/manifest';
import { multiClusterMemberObjects, renderMultiCluster } from '../render/multicluster';
import { renderShootNamespace } from '../render/namespace';
import { renderTenantIsolation } from '../render/namespace/isolation';
import { IN_SHOOT_STAGES, Stage, STAGE_ORDER } from '../core/stages';
import { renderInfrastructure, renderJoinProducer, renderJoinTokenRequest, staticPools } from '../render/terraform';

type HealthCheckExpr = NonNullable<StageSettings['healthCheckExprs']>[number];

/** What one shoot renders to. */
export interface ShootRender {
  readonly stages: Map<Stage, { objects: Manifest[]; settings: StageSettings }>;
  /** Terraform JSON of the shoot's stack, if it has infrastructure. */
  readonly terraform?: unknown;
  /** The Helm releases of its system components rendered as Flux HelmReleases (their sources are rendered once per seed). */
  readonly releases: AddonRelease[];
  /** The releases rendered as Argo CD Applications (the CNI's, on Argo CD seeds): the seed's AppProject admits their repositories. */
  readonly applications: AddonRelease[];
}

/** The control-plane stage of a shoot and the Secret its admin kubeconfig ends up in. */
interface ControlPlaneRender {
  readonly objects: Manifest[];
  readonly healthCheckExprs: HealthCheckExpr[];
  readonly kubeConfigSecret: { readonly name: string; readonly key: string };
}

/**
 * Where the system components reach the shoot's API server, and whether its control plane brings
 * kube-proxy: Kamaji installs kube-proxy unless the CNI is Cilium (kamaji renderer); k0s runs none
 * with a custom (Cilium) network provider; kubeadm always installs it.
 */
function systemComponentsContext(seed: ResolvedSeed, shoot: ResolvedShoot, hasStack: boolean): SystemComponentsContext {
  const cilium = shoot.networking.type === NetworkingType.CILIUM;
  const infrastructureOutputs = hasStack ? outputsSecretName(shoot) : undefined;
  switch (shoot.backend) {
    case ControlPlaneBackend.K0SMOTRON:
      return { apiHost: shoot.apiServer.seedHost, apiPort: servicePorts(seed.controlPlane.serviceType as string).apiPort, kubeProxy: !cilium, infrastructureOutputs };
    case ControlPlaneBackend.CLUSTER_API:
      return { apiHost: kubeadmEndpointHost(seed, shoot), apiPort: KUBEADM_API_SERVER_PORT, kubeProxy: true, infrastructureOutputs };
    default:
      return { apiHost: shoot.apiServer.seedHost, apiPort: shoot.apiServer.port, kubeProxy: !cilium, infrastructureOutputs };
  }
}

/** True when the shoot's control plane and machines are rendered for a seed (every backend but gardener). */
export function isSeedManaged(shoot: ResolvedShoot): boolean {
  return shoot.backend !== ControlPlaneBackend.GARDENER;
}

/** The bootstrap provider of a shoot's Cluster API pools. */
export function bootstrapFlavor(shoot: ResolvedShoot): BootstrapFlavor {
  return shoot.backend === ControlPlaneBackend.K0SMOTRON ? BootstrapFlavor.K0S : BootstrapFlavor.KUBEADM;
}

function renderControlPlane(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): ControlPlaneRender {
  const labels = shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose);
  const keep = { ...FLUX_PRUNE_DISABLED };
  const viaClusterApi = clusterApiPools(shoot).length > 0;
  // Hosted control planes publish their endpoint into the infrastructure cluster themselves.
  const hostedInfrastructure = () => renderInfrastructureCluster(shoot, labels, keep, { apiServerLoadBalancer: false, stack: seed.stack });
  switch (shoot.backend) {
    case ControlPlaneBackend.KAMAJI: {
      const health = {
        apiVersion: 'kamaji.clastix.io/v1alpha1',
        kind: 'TenantControlPlane',
        current: "status.kubernetesResources.version.status == 'Ready'",
        failed: "status.kubernetesResources.version.status == 'NotReady'",
      };
      const isolation = renderTenantIsolation(fleet, shoot, kamajiPods(shoot));
      if (!viaClusterApi) {
        return { objects: [renderTenantControlPlane(fleet, seed, shoot), ...isolation], healthCheckExprs: [health], kubeConfigSecret: adminKubeconfigSecret(shoot) };
      }
      const { controlPlane, network } = kamajiControlPlaneFromTenant(renderTenantControlPlane(fleet, seed, shoot));
      const infrastructure = hostedInfrastructure();
      return {
        objects: [
          renderCluster(shoot, labels, controlPlane, infrastructure, network.apiServerPort), controlPlane, infrastructure, ...isolation,
        ],
        healthCheckExprs: [KAMAJI_CONTROL_PLANE_HEALTH, CLUSTER_HEALTH],
        kubeConfigSecret: adminKubeconfigSecret(shoot),
      };
    }
    case ControlPlaneBackend.K0SMOTRON: {
      const controlPlane = renderK0smotronControlPlaneObject(fleet, seed, shoot, viaClusterApi);
      const isolation = renderTenantIsolation(fleet, shoot, k0smotronPods(seed, shoot));
      if (!viaClusterApi) {
        return { objects: [controlPlane, ...isolation], healthCheckExprs: [K0SMOTRON_CLUSTER_HEALTH], kubeConfigSecret: k0smotronKubeconfigSecret(shoot) };
      }
      const infrastructure = hostedInfrastructure();
      const port = servicePorts(seed.controlPlane.serviceType as string).apiPort;
      return {
        objects: [renderCluster(shoot, labels, controlPlane, infrastructure, port), controlPlane, infrastructure, ...isolation],
        healthCheckExprs: [K0SMOTRON_CONTROL_PLANE_HEALTH, CLUSTER_HEALTH],
        kubeConfigSecret: k0smotronKubeconfigSecret(shoot),
      };
    }
    case ControlPlaneBackend.CLUSTER_API: {
      const machines = renderKubeadmControlPlane(seed, shoot, labels, keep);
      const controlPlane = machines[machines.length - 1];
      const infrastructure = renderInfrastructureCluster(shoot, labels, keep, {
        stack: seed.stack,
        apiServerLoadBalancer: shoot.provider === ProviderType.OPENSTACK,
        controlPlaneEndpoint: kubeadmControlPlaneEndpoint(seed, shoot),
      });
      return {
        objects: [renderCluster(shoot, labels, controlPlane, infrastructure, KUBEADM_API_SERVER_PORT), infrastructure, ...machines],
        healthCheckExprs: [KUBEADM_CONTROL_PLANE_HEALTH, CLUSTER_HEALTH],
        kubeConfigSecret: { name: `${clusterName(shoot)}-kubeconfig`, key: 'value' },
      };
    }
    default:
      throw new Error(`${shoot.path}: the ${shoot.backend} backend has no control plane in a seed`);
  }
}

/**
 * The producer of a shoot's join Secret when it has static pools: k0smotron's JoinTokenRequest,
 * else seedbed's CronJob with the admin kubeconfig of the backend.
 */
function renderJoinObjects(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot, kubeConfigSecret: { name: string; key: string }): Manifest[] {
  if (staticPools(shoot).length === 0) return [];
  return shoot.backend === ControlPlaneBackend.K0SMOTRON
    ? [renderJoinTokenRequest(fleet, seed, shoot)]
    : renderJoinProducer(fleet, seed, shoot, kubeConfigSecret);
}

/** Renders one shoot hosted in a seed: the objects of every stage, and its Terraform stack. */
export function renderShoot(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot, problems?: FieldError[]): ShootRender {
  const stages = new Map<Stage, { objects: Manifest[]; settings: StageSettings }>();
  if (!isSeedManaged(shoot)) {
    throw new Error(`${shoot.path}: a shoot of the ${shoot.backend} backend is rendered into garden/, not into a seed`);
  }
  const infra = renderInfrastructure(fleet, seed, shoot);
  if (infra.objects.length > 0) {
    stages.set(Stage.INFRASTRUCTURE, { objects: infra.objects, settings: { stage: Stage.INFRASTRUCTURE, timeout: '30m', healthCheckExprs: infra.healthCheckExprs } });
  }
  const controlPlane = renderControlPlane(fleet, seed, shoot);
  stages.set(Stage.CONTROL_PLANE, {
    objects: controlPlane.objects,
    settings: { stage: Stage.CONTROL_PLANE, timeout: '15m', healthCheckExprs: controlPlane.healthCheckExprs },
  });
  // What makes nodes Ready, installed once the control plane is up and before anything waits for nodes.
  // On Argo CD seeds the CNI, which takes no value from a Secret, is an Argo CD Application; the
  // cloud provider's releases stay HelmReleases (valuesFrom: docs/upstream/addon-charts.md §10).
  const ctx = systemComponentsContext(seed, shoot, infra.objects.length > 0);
  const argo = fleet.gitOpsEngine === GitOpsEngine.ARGOCD;
  const cni = cniReleases(shoot, ctx);
  const applications = argo ? cni : [];
  const releases = [...(argo ? [] : cni), ...cloudProviderReleases(shoot, ctx)];
  if (releases.length + applications.length > 0) {
    stages.set(Stage.SYSTEM_COMPONENTS, {
      objects: [
        ...renderCniApplications(fleet, seed, shoot, applications),
        ...renderHelmReleases(fleet, seed, shoot, releases, controlPlane.kubeConfigSecret),
      ],
      settings: { stage: Stage.SYSTEM_COMPONENTS, timeout: '10m' },
    });
  }
  // What fills the join Secret of static machines, once the control plane is up (render/terraform/join.ts).
  const joiners = renderJoinObjects(fleet, seed, shoot, controlPlane.kubeConfigSecret);
  if (joiners.length > 0) {
    const stage = stages.get(Stage.SYSTEM_COMPONENTS);
    if (stage) stage.objects.push(...joiners);
    else stages.set(Stage.SYSTEM_COMPONENTS, { objects: joiners, settings: { stage: Stage.SYSTEM_COMPONENTS, timeout: '10m' } });
  }
  const workers = renderWorkers(shoot, shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose), bootstrapFlavor(shoot), seed.stack);
  if (workers.length > 0) {
    stages.set(Stage.WORKERS, { objects: workers, settings: { stage: Stage.WORKERS, timeout: '30m', healthCheckExprs: WORKERS_HEALTH } });
  }
  stages.set(Stage.ADDONS, {
    objects: renderShootAddons(fleet, seed, shoot),
    settings: { stage: Stage.ADDONS, kubeConfigSecret: controlPlane.kubeConfigSecret },
  });
  const members = multiClusterMemberObjects(fleet, shoot.key);
  if (members.length > 0) {
    stages.set(Stage.MULTI_CLUSTER, {
      objects: members,
      settings: { stage: Stage.MULTI_CLUSTER, kubeConfigSecret: controlPlane.kubeConfigSecret },
    });
  }
  if (shoot.overrides) {
    const found: FieldError[] = [];
    applyOverrides(shoot, [...stages.values()].map((s) => s.objects), found);
    if (found.length > 0 && !problems) throw new FleetValidationError(found);
    problems?.push(...found);
  }
  return { stages, terraform: infra.stack, releases, applications };
}

function kustomization(resources: string[]) {
  return { kind: 'kustomization' as const, resources };
}

/**
 * Renders the whole fleet (or only the seeds named) into the output tree: seed by seed, then
 * garden/ and the multi-cluster hub. `onPart` sees each of those parts as soon as it is rendered
 * (synth hands them to the schema check while rendering goes on); no part replaces a path of another.
 */
export function renderFleet(fleet: ResolvedFleet, onlySeeds?: readonly string[], onPart?: (part: RenderedTree) => void): RenderedTree {
  const tree: RenderedTree = new Map();
  const add = (part: RenderedTree) => {
    for (const [p, f] of part) {
      if (tree.has(p)) throw new Error(`two renderers wrote ${p}`);
      tree.set(p, f);
    }
    onPart?.(part);
  };
  const problems: FieldError[] = [];
  for (const seed of fleet.seeds) {
    if (onlySeeds && !onlySeeds.includes(seed.name)) continue;
    const part: RenderedTree = new Map();
    renderSeed(fleet, seed, part, problems);
    // The Secrets the seed needs before it reconciles, from what its objects read (pipeline/secret-references).
    const list = checkSecretReferences(fleet, part).prerequisites.get(seed.name) ?? [];
    // …and the controllers it must run, named from the kinds it applies (pipeline/seed-controllers).
    const { controllers } = seedControllers(seed, seedObjects(part).get(seed.name) ?? []);
    if (list.length > 0 || controllers.length > 0) part.set(prerequisitesFile(seed.name), { kind: 'json', value: { controllers, prerequisites: list } });
    // Each shoot folder says, in comments, its order and where every Secret it reads comes from (pipeline/shoot-guide).
    explainShootFolders(fleet, seed, part);
    if (problems.length === 0) add(part);
  }
  // Overrides that do not fit what was rendered: every one reported, nothing written.
  if (problems.length > 0) throw new FleetValidationError(sortErrors(problems));
  // garden/ belongs to no seed: every shard renders it (it is small), like fleet.json, so the
  // union of the shards equals a full synth.
  // Gardener's objects in stage folders, the hubs' folders, and the bootstrap that applies them (./garden).
  add(layoutGarden(fleet, renderGarden(fleet), renderMultiCluster(fleet).hub).tree);
  return tree;
}

/** Renders one seed's part of the tree into `tree`. */
export function renderSeed(fleet: ResolvedFleet, seed: ResolvedSeed, tree: RenderedTree, problems?: FieldError[]): void {
  const argo = fleet.gitOpsEngine === GitOpsEngine.ARGOCD;
  const base = seedDir(seed.name);
  const seedResources: string[] = [];
  // Shoots by key, built once per fleet (a linear scan per shoot is quadratic at fleet scale).
  const byKey = shootsByKey(fleet);
  const hosted = seed.shoots.map((key) => byKey.get(key)!);
  const managed = hosted.filter(isSeedManaged);
  let argoSource: Manifest[] = [];
  if (argo) {
    // tofu-controller reads the Terraform stacks through Flux's source-controller, so a seed
    // with Terraform stacks keeps the GitRepository (Flux's Kustomizations are not used).
    const source = managed.length > 0 ? renderFluxBootstrap(fleet, seed).filter((o) => o.kind === 'GitRepository') : [];
    // The bootstrap itself is set once the shoots are rendered: its AppProject admits their charts' repositories.
    argoSource = source;
    tree.set(`${base}/${ARGOCD_DIR}/${KUSTOMIZATION_FILE}`, kustomization(['argocd.yaml']));
    seedResources.push(ARGOCD_DIR);
  } else {
    tree.set(`${base}/${FLUX_SYSTEM_DIR}/gotk-sync.yaml`, { kind: 'manifests', objects: renderFluxBootstrap(fleet, seed) });
    tree.set(`${base}/${FLUX_SYSTEM_DIR}/${KUSTOMIZATION_FILE}`, kustomization(['gotk-sync.yaml']));
    seedResources.push(FLUX_SYSTEM_DIR);
  }

  // DataStores are Kamaji objects: a seed whose shoots all use other backends has no use for them
  // (and may not have Kamaji's CRDs installed).
  if (seed.dataStores.length > 0 && (hosted.length === 0 || hosted.some((s) => s.backend === ControlPlaneBackend.KAMAJI))) {
    const stores = seed.dataStores.map((d) => renderDataStore(fleet, seed, d));
    tree.set(`${base}/${DATASTORES_DIR}/datastores.yaml`, { kind: 'manifests', objects: argo ? stores.map((o) => argoWave(o, NAMESPACE_WAVE)) : stores });
    tree.set(`${base}/${DATASTORES_DIR}/${KUSTOMIZATION_FILE}`, kustomization(['datastores.yaml']));
    seedResources.push(DATASTORES_DIR);
  }

  // Work-arounds the seed's management stack opted into, for what the seed renders.
  const management: Manifest[] = [];
  if (seed.stack.workarounds.includes(StackWorkaround.KAMAJI_BOOTSTRAP_RBAC) && stackUses(managed).has(StackUse.KAMAJI_CONTROL_PLANE)) {
    management.push(...renderKamajiBootstrapRbac({ [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name, [LABELS.seed]: seed.name }));
  }
  if (management.length > 0) {
    tree.set(`${base}/${MANAGEMENT_DIR}/${MANAGEMENT_DIR}.yaml`, { kind: 'manifests', objects: argo ? management.map((o) => argoWave(o, NAMESPACE_WAVE)) : management });
    tree.set(`${base}/${MANAGEMENT_DIR}/${KUSTOMIZATION_FILE}`, kustomization([`${MANAGEMENT_DIR}.yaml`]));
    seedResources.push(MANAGEMENT_DIR);
  }

  const releases: AddonRelease[] = [];
  const applications: AddonRelease[] = [];
  for (const shoot of managed) {
    const key = shoot.key;
    const dir = shootDir(seed.name, key);
    const rendered = renderShoot(fleet, seed, shoot, problems);
    releases.push(...rendered.releases);
    applications.push(...rendered.applications);
    const settings: StageSettings[] = [];
    const stageDirs: string[] = [];
    for (const stage of STAGE_ORDER) {
      const s = rendered.stages.get(stage);
      if (!s) continue;
      settings.push(s.settings);
      // With Argo CD the in-shoot stages go into the shoot through Applications of their own; the
      // other stages are sync waves of the shoot's Application in the seed.
      // (An object that already has its wave, a CNI Application, keeps it; prune protection is translated all the same.)
      const waveOf = (o: Manifest) => {
        const own = o.metadata.annotations?.[SYNC_WAVE];
        return own !== undefined && Number.isInteger(Number(own)) ? Number(own) : STAGE_WAVES[stage];
      };
      const objects = argo && !IN_SHOOT_STAGES.has(stage) ? s.objects.map((o) => argoWave(o, waveOf(o))) : s.objects;
      tree.set(`${stageDir(seed.name, key, stage)}/${stage}.yaml`, { kind: 'manifests', objects });
      tree.set(`${stageDir(seed.name, key, stage)}/${KUSTOMIZATION_FILE}`, kustomization([`${stage}.yaml`]));
      if (!IN_SHOOT_STAGES.has(stage)) stageDirs.push(stage);
    }
    const namespace = renderShootNamespace(fleet, shoot);
    // The credentials Secret made by an ExternalSecret: applied, and waited for, before the first stage.
    const externalSecret = renderCredentialsExternalSecret(fleet, seed, shoot);
    const credentialsDir = `${dir}/${CREDENTIALS_DIR}`;
    if (externalSecret) {
      // Argo CD: in the namespace's wave, which must be healthy (ExternalSecret Ready) before the infrastructure's.
      tree.set(`${credentialsDir}/${CREDENTIALS_DIR}.yaml`, { kind: 'manifests', objects: [argo ? argoWave(externalSecret, NAMESPACE_WAVE) : externalSecret] });
      tree.set(`${credentialsDir}/${KUSTOMIZATION_FILE}`, kustomization([`${CREDENTIALS_DIR}.yaml`]));
    }
    if (argo) {
      const addons = settings.find((s) => s.stage === Stage.ADDONS);
      tree.set(`${dir}/namespace.yaml`, { kind: 'manifests', objects: [argoWave(namespace, NAMESPACE_WAVE)] });
      const inShoot = settings.filter((s) => IN_SHOOT_STAGES.has(s.stage)).map((s) => s.stage);
      tree.set(`${dir}/argocd.yaml`, { kind: 'manifests', objects: renderShootArgo(fleet, seed, shoot, addons?.kubeConfigSecret, inShoot) });
      tree.set(`${dir}/kustomization.yaml`, kustomization(['namespace.yaml', 'argocd.yaml', ...(externalSecret ? [CREDENTIALS_DIR] : []), ...stageDirs]));
    } else {
      tree.set(`${dir}/namespace.yaml`, { kind: 'manifests', objects: [namespace] });
      const gate = externalSecret ? { path: credentialsDir, healthCheckExprs: [EXTERNAL_SECRET_HEALTH] } : undefined;
      tree.set(`${dir}/flux.yaml`, { kind: 'manifests', objects: renderShootChain(fleet, seed, shoot, settings, gate) });
      tree.set(`${dir}/kustomization.yaml`, kustomization(['namespace.yaml', 'flux.yaml']));
      // Argo CD's ApplicationSet finds shoot folders by itself; Flux applies them from the seed root.
      seedResources.push(`${SHOOTS_DIR}/${key}`);
    }
    if (rendered.terraform !== undefined) tree.set(stackFile(seed.name, key), { kind: 'json', value: rendered.terraform });
  }
  if (argo) {
    tree.set(`${base}/${ARGOCD_DIR}/argocd.yaml`, { kind: 'manifests', objects: [...renderArgoBootstrap(fleet, seed, repositoriesOf(applications)), ...argoSource] });
  }
  // The chart sources of the shoots' HelmReleases, once per seed (before the shoots, which use them).
  const repositories = repositoriesOf(releases);
  if (repositories.length > 0) {
    const sources = renderHelmRepositories(fleet, seed, repositories);
    tree.set(`${base}/${ADDON_SOURCES_DIR}/sources.yaml`, { kind: 'manifests', objects: argo ? sources.map((o) => argoWave(o, NAMESPACE_WAVE)) : sources });
    tree.set(`${base}/${ADDON_SOURCES_DIR}/${KUSTOMIZATION_FILE}`, kustomization(['sources.yaml']));
    const firstShoot = seedResources.findIndex((r) => r.startsWith(`${SHOOTS_DIR}/`));
    seedResources.splice(firstShoot < 0 ? seedResources.length : firstShoot, 0, ADDON_SOURCES_DIR);
  }
  tree.set(`${base}/${KUSTOMIZATION_FILE}`, kustomization(seedResources));
}

/** The annotation on every object an override changed (see core/labels). */
export const OVERRIDDEN_BY = OVERRIDDEN_BY_ANNOTATION;

/**
 * Applies a shoot's overrides (the escape hatch, `Shoot.addOverride`) to its rendered objects, in
 * place: each matching object is replaced by its patched copy, annotated with {@link OVERRIDDEN_BY}.
 * An override that matches nothing, or whose patches do not fit, is a problem at
 * `<shoot> overrides[i]`.
 */
function applyOverrides(shoot: ResolvedShoot, lists: Manifest[][], problems: FieldError[]): void {
  (shoot.overrides ?? []).forEach((o, i) => {
    const field = `overrides[${i}]`;
    let matched = 0;
    for (const list of lists) {
      list.forEach((object, j) => {
        if (object.kind !== o.kind || (o.apiVersion !== undefined && object.apiVersion !== o.apiVersion)
          || (o.objectName !== undefined && object.metadata?.name !== o.objectName)) return;
        matched++;
        try {
          const patched = applyJsonPatch(object, o.patches, `${o.name} on ${object.kind} ${object.metadata?.name}`);
          const by = patched.metadata?.annotations?.[OVERRIDDEN_BY];
          const overriddenBy = by ? `${by},${o.path}` : o.path;
          list[j] = { ...patched, metadata: { ...patched.metadata, annotations: { ...(patched.metadata?.annotations ?? {}), [OVERRIDDEN_BY]: overriddenBy } } };
        } catch (e) {
          problems.push({ path: shoot.path, field: `${field}.patches`, type: ErrorType.INVALID, value: showValue(o.name), detail: (e as Error).message });
        }
      });
    }
    if (matched === 0) {
      const target = `${o.kind}${o.objectName ? ` ${o.objectName}` : ''}${o.apiVersion ? ` (${o.apiVersion})` : ''}`;
      problems.push({ path: shoot.path, field: `${field}.kind`, type: ErrorType.INVALID, value: showValue(o.name), detail: `matches no object rendered for the shoot: ${target}` });
    }
  });
}
