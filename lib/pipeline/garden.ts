/**
 * The garden side of the output, laid out so a GitOps engine can apply it: Gardener's objects
 * (render/gardener) are placed into stage folders by what they are, the multi-cluster hub folders
 * (render/multicluster) are kept as they are, and one bootstrap (Flux or Argo CD, as the fleet's
 * engine) applies every stage and hub into its cluster, in order:
 *
 *   garden/base/                              CloudProfiles, Seeds: cluster-wide, and the `garden` namespace
 *                                             (a Gardenlet here: the step waits until its Seed is registered)
 *   garden/projects/<project>/project/        the Project        — waits until Gardener made its namespace
 *   garden/projects/<project>/credentials/    CredentialsBindings (every other object of the namespace a Shoot refers to)
 *   garden/projects/<project>/shoots/         Shoots             — after the project's credentials and the base
 *   garden/projects/<project>/managed-seeds/  ManagedSeeds       — after the Shoots they turn into seeds
 *   garden/shoots/, garden/managed-seeds/     the same for the `garden` namespace (Gardener's own project)
 *   garden/multicluster/<system>/             a hub's objects    — into the hub `hub-<system>`
 *   garden/flux-system/ | garden/argocd/      the bootstrap
 *   garden/prerequisites.json                 the Secrets to provide (never rendered)
 *
 * Why stages and not one apply: Gardener's project controller makes the project namespace after
 * the Project is created (gardener v1.149.3 pkg/controllermanager/controller/project/project/
 * reconciler.go), its admission refuses a CredentialsBinding whose Secret does not exist or cannot
 * be read (plugin/pkg/global/resourcereferencemanager/admission.go ensureBindingReferences) and a
 * Shoot whose project, CloudProfile, Seed or credentials binding does not exist
 * (plugin/pkg/shoot/validator/admission.go). kustomize-controller dry-runs every object of a
 * Kustomization before applying any, and gives up on the first refusal (fluxcd/pkg ssa v0.76.1, as
 * kustomize-controller v1.9.4 pins it: ssa/manager_apply.go ApplyAll), so a Shoot next to the
 * binding it names would be refused on every attempt: each must come from an earlier step.
 */
import { GARDEN_CLUSTER, GardenStep, hubClusterName, SEED_REGISTRARS } from '../core/gitops';
import { Manifest, RenderedTree } from '../core/manifest';
import { GitOpsEngine } from '../core/types';
import {
  gardenArgoDir, gardenFluxDir, gardenPrerequisitesFile, GardenStage, gardenStageDir, KUSTOMIZATION_FILE,
} from '../layout/paths';
import { renderGardenArgoBootstrap } from '../render/argocd/garden';
import { renderGardenFluxBootstrap } from '../render/flux/garden';
import { ResolvedFleet } from '../resolve/model';
import { checkGardenSecretReferences } from './secret-references';

/** Namespace of the garden cluster that belongs to no project and always exists (Seeds' Secrets, Gardenlets). */
export const GARDEN_NAMESPACE = 'garden';

/** Kinds of a project namespace that need its Shoots first (they name one). */
const AFTER_SHOOTS = new Set(['ManagedSeed']);

/** Sync wave of each garden stage (hubs: the base's). */
export const GARDEN_STAGE_WAVES: Record<GardenStage, number> = {
  [GardenStage.BASE]: 0,
  [GardenStage.PROJECT]: 1,
  [GardenStage.CREDENTIALS]: 2,
  [GardenStage.SHOOTS]: 3,
  [GardenStage.MANAGED_SEEDS]: 4,
};

/** Name of the step of a stage (`garden-base`, `garden-<project>-<stage>`; `garden-shoots` for the `garden` namespace's). */
export function gardenStepName(stage: GardenStage, project?: string): string {
  return project === undefined ? `garden-${stage}` : `garden-${project}-${stage}`;
}

/** The project namespace of a Project object (`spec.namespace`, else Gardener's `garden-<name>`). */
export function projectNamespace(project: Manifest): string {
  return (project.spec as any)?.namespace ?? `garden-${project.metadata.name}`;
}

/** Stage of an object: by kind and namespace (a namespace of no Project stays in the base, where the garden check reports it). */
function stageOf(o: Manifest, projectOfNamespace: Map<string, string>): { stage: GardenStage; project?: string } {
  if (o.kind === 'Project') return { stage: GardenStage.PROJECT, project: o.metadata.name };
  // A Seed or Gardenlet registers a seed for the whole garden: it lives in the `garden` namespace
  // (which the garden cluster always has), never in a project's stages, even when the fleet
  // declares Gardener's own `garden` project (whose namespace that is).
  if (o.kind === 'Seed' || o.kind === 'Gardenlet') return { stage: GardenStage.BASE };
  const project = o.metadata.namespace === undefined ? undefined : projectOfNamespace.get(o.metadata.namespace);
  if (project === undefined) {
    // The `garden` namespace is Gardener's own project: its Shoots (those a ManagedSeed turns into seeds) and ManagedSeeds have stages of their own.
    if (o.metadata.namespace === GARDEN_NAMESPACE && o.kind === 'Shoot') return { stage: GardenStage.SHOOTS };
    if (o.metadata.namespace === GARDEN_NAMESPACE && AFTER_SHOOTS.has(o.kind)) return { stage: GardenStage.MANAGED_SEEDS };
    return { stage: GardenStage.BASE };
  }
  if (o.kind === 'Shoot') return { stage: GardenStage.SHOOTS, project };
  if (AFTER_SHOOTS.has(o.kind)) return { stage: GardenStage.MANAGED_SEEDS, project };
  return { stage: GardenStage.CREDENTIALS, project };
}

/** `CredentialsBinding` → `credentialsbindings.yaml`. */
function fileOf(kind: string): string {
  const lower = kind.toLowerCase();
  return `${lower.endsWith('s') ? `${lower}es` : `${lower}s`}.yaml`;
}

/**
 * A step of Shoots also depends on the steps that register the seeds they name (a ManagedSeed's
 * step: its Seed appears only once that step's gardenlet runs), and each step's Argo CD wave is
 * after every step it depends on. A Shoot whose seed its own step registers is left as it is: the
 * garden check reports it (gardener v1.149.3 plugin/pkg/shoot/validator/admission.go refuses a
 * Shoot whose Seed does not exist).
 */
function orderBySeeds(steps: GardenStep[], folders: Map<string, { byKind: Map<string, Manifest[]> }>): void {
  const registeredBy = new Map<string, string>();
  for (const step of steps) for (const seed of step.seeds) registeredBy.set(seed, step.name);
  for (const step of steps) {
    const shoots = folders.get(step.path)?.byKind.get('Shoot') ?? [];
    for (const shoot of shoots) {
      const seedName = (shoot.spec as any)?.seedName;
      const by = typeof seedName === 'string' ? registeredBy.get(seedName) : undefined;
      if (by !== undefined && by !== step.name && !step.dependsOn.includes(by)) step.dependsOn.push(by);
    }
  }
  // Waves: at least the stage's, and after every dependency (longest path; the loop ends because a cycle stops growing past the step count).
  const byName = new Map(steps.map((s) => [s.name, s] as const));
  const waves = new Map(steps.map((s) => [s.name, s.wave] as const));
  for (let round = 0, changed = true; changed && round <= steps.length; round++) {
    changed = false;
    for (const step of steps) {
      for (const dep of step.dependsOn) {
        const need = (waves.get(dep) ?? 0) + 1;
        if (byName.has(dep) && need > waves.get(step.name)!) {
          waves.set(step.name, need);
          changed = true;
        }
      }
    }
  }
  for (let i = 0; i < steps.length; i++) steps[i] = { ...steps[i], wave: waves.get(steps[i].name)! };
}

/** What {@link layoutGarden} returns. */
export interface GardenLayout {
  /** Every file under garden/. */
  readonly tree: RenderedTree;
  /** The steps the bootstrap applies, in order. */
  readonly steps: GardenStep[];
}

/**
 * Lays out the garden side: `gardener` is render/gardener's output (any layout; only its objects
 * are read, in order), `hubs` the multi-cluster hub folders. Empty when both are.
 */
export function layoutGarden(fleet: ResolvedFleet, gardener: RenderedTree, hubs: RenderedTree): GardenLayout {
  const tree: RenderedTree = new Map();
  const objects: Manifest[] = [];
  for (const file of gardener.values()) if (file.kind === 'manifests') objects.push(...file.objects);
  const projects = objects.filter((o) => o.kind === 'Project');
  const projectOfNamespace = new Map(projects.map((p) => [projectNamespace(p), p.metadata.name]));

  // Stage folders: objects grouped by kind, one file per kind, in the order render/gardener gave them.
  const folders = new Map<string, { stage: GardenStage; project?: string; byKind: Map<string, Manifest[]> }>();
  for (const o of objects) {
    const { stage, project } = stageOf(o, projectOfNamespace);
    const dir = gardenStageDir(stage, project);
    const folder = folders.get(dir) ?? { stage, project, byKind: new Map() };
    folders.set(dir, folder);
    folder.byKind.set(o.kind, [...(folder.byKind.get(o.kind) ?? []), o]);
  }
  const steps: GardenStep[] = [];
  const has = (stage: GardenStage, project?: string) => (project !== undefined || stage === GardenStage.BASE || stage === GardenStage.SHOOTS
    || stage === GardenStage.MANAGED_SEEDS) && folders.has(gardenStageDir(stage, project));
  const base = has(GardenStage.BASE) ? [gardenStepName(GardenStage.BASE)] : [];
  const stageOrder = [GardenStage.BASE, GardenStage.PROJECT, GardenStage.CREDENTIALS, GardenStage.SHOOTS, GardenStage.MANAGED_SEEDS];
  const ordered = [...folders].sort(([a, x], [b, y]) => stageOrder.indexOf(x.stage) - stageOrder.indexOf(y.stage) || (a < b ? -1 : a > b ? 1 : 0));
  for (const [dir, folder] of ordered) {
    const files = [...folder.byKind].map(([kind, list]) => [fileOf(kind), list] as const);
    for (const [name, list] of files) tree.set(`${dir}/${name}`, { kind: 'manifests', objects: list });
    tree.set(`${dir}/${KUSTOMIZATION_FILE}`, { kind: 'kustomization', resources: files.map(([name]) => name) });
    const p = folder.project;
    // The latest earlier stage of the same project that exists: the chain Project → credentials → Shoots → ManagedSeeds.
    const earlier = (stage: GardenStage) => stageOrder.slice(1, stageOrder.indexOf(stage)).reverse().find((s) => has(s, p));
    const dependsOn = folder.stage === GardenStage.BASE ? []
      : [...(folder.stage === GardenStage.PROJECT ? [] : [earlier(folder.stage)].filter((s): s is GardenStage => s !== undefined).map((s) => gardenStepName(s, p))),
        ...(folder.stage === GardenStage.SHOOTS || folder.stage === GardenStage.MANAGED_SEEDS ? base : [])];
    steps.push({
      name: gardenStepName(folder.stage, p),
      path: dir,
      cluster: GARDEN_CLUSTER,
      dependsOn,
      wave: GARDEN_STAGE_WAVES[folder.stage],
      projects: folder.stage === GardenStage.PROJECT ? projects.filter((x) => x.metadata.name === p).map((x) => ({ name: p!, namespace: projectNamespace(x) })) : [],
      seeds: [...folder.byKind].filter(([kind]) => SEED_REGISTRARS.includes(kind)).flatMap(([, list]) => list.map((o) => o.metadata.name)),
      // Removing a Shoot, Seed or Project from Git must not delete a cluster: Gardener's objects are never pruned.
      prune: false,
    });
  }
  for (const [p, file] of hubs) {
    tree.set(p, file);
    const m = /^garden\/multicluster\/([^/]+)\/kustomization\.yaml$/.exec(p);
    if (!m) continue;
    const cluster = hubClusterName(m[1]);
    steps.push({ name: cluster, path: p.slice(0, -KUSTOMIZATION_FILE.length - 1), cluster, dependsOn: [], wave: 0, projects: [], seeds: [], prune: true });
  }
  orderBySeeds(steps, folders);
  if (steps.length === 0) return { tree, steps };

  if (fleet.gitOpsEngine === GitOpsEngine.ARGOCD) {
    tree.set(`${gardenArgoDir()}/argocd.yaml`, { kind: 'manifests', objects: renderGardenArgoBootstrap(fleet, steps) });
    tree.set(`${gardenArgoDir()}/${KUSTOMIZATION_FILE}`, { kind: 'kustomization', resources: ['argocd.yaml'] });
  } else {
    tree.set(`${gardenFluxDir()}/gotk-sync.yaml`, { kind: 'manifests', objects: renderGardenFluxBootstrap(fleet, steps) });
    tree.set(`${gardenFluxDir()}/${KUSTOMIZATION_FILE}`, { kind: 'kustomization', resources: ['gotk-sync.yaml'] });
  }
  // The Secrets the garden side reads, from what its objects refer to (./secret-references).
  tree.set(gardenPrerequisitesFile(), { kind: 'json', value: { prerequisites: checkGardenSecretReferences(fleet, tree).prerequisites } });
  return { tree, steps };
}
