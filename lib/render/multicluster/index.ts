/**
 * The multi-cluster layer's output: for each system of the garden's `multiCluster.systems` that
 * has objects at a hub,
 *
 *   garden/multicluster/<system>/kustomization.yaml    what the system's hub applies (its own kustomize root)
 *   garden/multicluster/<system>/<file>.yaml
 *
 * plus the objects a system needs inside member shoots (Liqo/Admiralty peerings, agents'
 * settings), which go into each shoot's multicluster stage. Each system renders from the resolved
 * fleet only; cluster lists are the ones the model decided.
 */
import { multiclusterDir } from '../../layout/paths';
import { ResolvedFleet } from '../../resolve/model';
import { MultiClusterSystem } from '../../core/types';
import { Manifest, RenderedTree } from '../../core/manifest';
import { renderKarmada } from './karmada';
import { renderOpenClusterManagement } from './ocm';
import { renderClusternet } from './clusternet';
import { renderAdmiralty } from './admiralty';
import { renderClusterpedia } from './clusterpedia';
import { renderKubermatic } from './kubermatic';
import { renderLiqo } from './liqo';

export type { HubFile, SystemRender, SystemRenderer } from './types';
import type { SystemRenderer } from './types';

/** Folder of a system's hub objects. */
export function hubDir(system: MultiClusterSystem): string {
  return multiclusterDir(system);
}

/** The renderer of each system. */
const RENDERERS: Partial<Record<MultiClusterSystem, SystemRenderer>> = {
  [MultiClusterSystem.KARMADA]: renderKarmada,
  [MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT]: renderOpenClusterManagement,
  [MultiClusterSystem.CLUSTERNET]: renderClusternet,
  [MultiClusterSystem.CLUSTERPEDIA]: renderClusterpedia,
  [MultiClusterSystem.KUBERMATIC]: renderKubermatic,
  [MultiClusterSystem.LIQO]: renderLiqo,
  [MultiClusterSystem.ADMIRALTY]: renderAdmiralty,
};

/** The whole multi-cluster layer of a fleet. */
export interface MultiClusterRender {
  /** Files under `garden/multicluster/`. */
  readonly hub: RenderedTree;
  /** In-shoot objects by shoot key, systems in declaration order. */
  readonly members: Map<string, Manifest[]>;
}

const cache = new WeakMap<ResolvedFleet, MultiClusterRender>();

/** Renders (once per fleet) every system of the fleet's multi-cluster layer. */
export function renderMultiCluster(fleet: ResolvedFleet): MultiClusterRender {
  const cached = cache.get(fleet);
  if (cached) return cached;
  const hub: RenderedTree = new Map();
  const members = new Map<string, Manifest[]>();
  const mc = fleet.multiCluster;
  if (mc) {
    for (const system of mc.systems) {
      const renderer = RENDERERS[system];
      if (!renderer) throw new Error(`no renderer for the multi-cluster system ${system}`);
      const out = renderer(fleet, mc);
      // Systems with nothing at a hub (Liqo, Admiralty: peerings live in the shoots) get no folder.
      if (out.hub.length > 0) {
        const dir = hubDir(system);
        for (const file of out.hub) hub.set(`${dir}/${file.name}`, { kind: 'manifests', objects: file.objects });
        hub.set(`${dir}/kustomization.yaml`, { kind: 'kustomization', resources: out.hub.map((f) => f.name) });
      }
      for (const [key, objects] of out.members) {
        const list = members.get(key);
        if (list) list.push(...objects);
        else members.set(key, [...objects]);
      }
    }
  }
  const result = { hub, members };
  cache.set(fleet, result);
  return result;
}

/** The in-shoot objects of the multi-cluster layer for one shoot. */
export function multiClusterMemberObjects(fleet: ResolvedFleet, shootKey: string): Manifest[] {
  if (!fleet.multiCluster) return [];
  return renderMultiCluster(fleet).members.get(shootKey) ?? [];
}
