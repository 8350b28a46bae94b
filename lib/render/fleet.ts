/**
 * Assembles the rendered tree of a resolved fleet in the output layout of DESIGN.md:
 *
 *   fleet.json
 *   seeds/<seed>/kustomization.yaml            what the seed's root Flux Kustomization applies
 *   seeds/<seed>/flux-system/                  GitRepository + root Kustomization (bootstrap)
 *   seeds/<seed>/datastores/                   the seed's Kamaji DataStores
 *   seeds/<seed>/shoots/<project>--<shoot>/    flux.yaml (the stage chain) + one folder per stage
 *   terraform/<seed>/<project>--<shoot>/cdk.tf.json
 *
 * Renderers are called per shoot and return plain objects; nothing here reaches back into the model.
 */
import { ControlPlaneBackend } from '../core/types';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../garden/model';
import { renderFluxBootstrap, renderShootChain, StageSettings } from './flux';
import { adminKubeconfigSecret, renderDataStore, renderKamajiControlPlane } from './kamaji';
import { renderShootAddons } from './addons';
import { renderShootNamespace } from './namespace';
import { Manifest, RenderedTree } from './manifest';
import { Stage, STAGE_ORDER } from './stages';
import { renderInfrastructure } from './terraform';

/** What one shoot renders to. */
export interface ShootRender {
  readonly stages: Map<Stage, { objects: Manifest[]; settings: StageSettings }>;
  /** Terraform JSON of the shoot's stack, if it has infrastructure. */
  readonly terraform?: unknown;
}

/** Renders one shoot: the objects of every stage, and its Terraform stack. */
export function renderShoot(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): ShootRender {
  const stages = new Map<Stage, { objects: Manifest[]; settings: StageSettings }>();
  if (shoot.backend !== ControlPlaneBackend.KAMAJI) {
    throw new Error(`${shoot.path}: the ${shoot.backend} backend is not rendered by this version of seedbed`);
  }
  const infra = renderInfrastructure(fleet, seed, shoot);
  if (infra.objects.length > 0) {
    stages.set(Stage.INFRASTRUCTURE, { objects: infra.objects, settings: { stage: Stage.INFRASTRUCTURE, timeout: '30m', healthCheckExprs: infra.healthCheckExprs } });
  }
  stages.set(Stage.CONTROL_PLANE, {
    objects: renderKamajiControlPlane(fleet, seed, shoot),
    settings: {
      stage: Stage.CONTROL_PLANE,
      timeout: '15m',
      healthCheckExprs: [{
        apiVersion: 'kamaji.clastix.io/v1alpha1',
        kind: 'TenantControlPlane',
        current: "status.kubernetesResources.version.status == 'Ready'",
        failed: "status.kubernetesResources.version.status == 'NotReady'",
      }],
    },
  });
  stages.set(Stage.ADDONS, {
    objects: renderShootAddons(fleet, seed, shoot),
    settings: { stage: Stage.ADDONS, kubeConfigSecret: adminKubeconfigSecret(shoot) },
  });
  return { stages, terraform: infra.stack };
}

function kustomization(resources: string[]) {
  return { kind: 'kustomization' as const, resources };
}

/** Renders the whole fleet (or only the seeds named) into the output tree. */
export function renderFleet(fleet: ResolvedFleet, onlySeeds?: readonly string[]): RenderedTree {
  const tree: RenderedTree = new Map();
  for (const seed of fleet.seeds) {
    if (onlySeeds && !onlySeeds.includes(seed.name)) continue;
    renderSeed(fleet, seed, tree);
  }
  return tree;
}

const indexes = new WeakMap<ResolvedFleet, Map<string, ResolvedShoot>>();
/** Shoots by key, built once per fleet. */
function shootIndex(fleet: ResolvedFleet): Map<string, ResolvedShoot> {
  let index = indexes.get(fleet);
  if (!index) {
    index = new Map(fleet.shoots.map((s) => [s.key, s]));
    indexes.set(fleet, index);
  }
  return index;
}

/** Renders one seed's part of the tree into `tree`. */
export function renderSeed(fleet: ResolvedFleet, seed: ResolvedSeed, tree: RenderedTree): void {
  const base = `seeds/${seed.name}`;
  const seedResources: string[] = ['flux-system'];
  tree.set(`${base}/flux-system/gotk-sync.yaml`, { kind: 'manifests', objects: renderFluxBootstrap(fleet, seed) });
  tree.set(`${base}/flux-system/kustomization.yaml`, kustomization(['gotk-sync.yaml']));

  const usedStores = seed.dataStores;
  if (usedStores.length > 0) {
    tree.set(`${base}/datastores/datastores.yaml`, { kind: 'manifests', objects: usedStores.map((d) => renderDataStore(fleet, seed, d)) });
    tree.set(`${base}/datastores/kustomization.yaml`, kustomization(['datastores.yaml']));
    seedResources.push('datastores');
  }

  const byKey = shootIndex(fleet);
  for (const key of seed.shoots) {
    const shoot = byKey.get(key)!;
    const dir = `${base}/shoots/${key}`;
    const rendered = renderShoot(fleet, seed, shoot);
    const settings: StageSettings[] = [];
    for (const stage of STAGE_ORDER) {
      const s = rendered.stages.get(stage);
      if (!s) continue;
      settings.push(s.settings);
      tree.set(`${dir}/${stage}/${stage}.yaml`, { kind: 'manifests', objects: s.objects });
      tree.set(`${dir}/${stage}/kustomization.yaml`, kustomization([`${stage}.yaml`]));
    }
    tree.set(`${dir}/namespace.yaml`, { kind: 'manifests', objects: [renderShootNamespace(fleet, shoot)] });
    tree.set(`${dir}/flux.yaml`, { kind: 'manifests', objects: renderShootChain(fleet, seed, shoot, settings) });
    tree.set(`${dir}/kustomization.yaml`, kustomization(['namespace.yaml', 'flux.yaml']));
    if (rendered.terraform !== undefined) tree.set(`terraform/${seed.name}/${key}/cdk.tf.json`, { kind: 'json', value: rendered.terraform });
    seedResources.push(`shoots/${key}`);
  }
  tree.set(`${base}/kustomization.yaml`, kustomization(seedResources));
}
