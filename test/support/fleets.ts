/**
 * The example fleets, resolved and rendered the way the snapshots are (fixed "now").
 */
import * as fs from 'fs';
import * as path from 'path';
import openstackFleet from '../../fleets/openstack';
import openstackClusterApiFleet from '../../fleets/openstack-cluster-api';
import openstackGardenerFleet from '../../fleets/openstack-gardener';
import openstackK0smotronFleet from '../../fleets/openstack-k0smotron';
import openstackMultiClusterFleet from '../../fleets/openstack-multicluster';
import vsphereFleet from '../../fleets/vsphere';
import vsphereArgoCdFleet from '../../fleets/vsphere-argocd';
import vsphereGardenerFleet from '../../fleets/vsphere-gardener';
import { Garden } from '../../lib/model/garden';
import { ResolvedFleet } from '../../lib/resolve/model';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { parseInventory } from '../../lib/output/inventory';
import { renderFleet } from '../../lib/pipeline/render';
import { Manifest, RenderedTree } from '../../lib/core/manifest';

export const NOW = new Date('2026-11-25T00:00:00Z');
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Every fleet in fleets/, by file name; each has golden output in snapshots/<name>/. */
export const EXAMPLE_FLEETS: Record<string, () => Garden> = {
  'openstack': openstackFleet,
  'openstack-cluster-api': openstackClusterApiFleet,
  'openstack-gardener': openstackGardenerFleet,
  'openstack-k0smotron': openstackK0smotronFleet,
  'openstack-multicluster': openstackMultiClusterFleet,
  'vsphere': vsphereFleet,
  'vsphere-argocd': vsphereArgoCdFleet,
  'vsphere-gardener': vsphereGardenerFleet,
};

/** The committed inventory of an example fleet's snapshot, if any. */
export function snapshotInventory(name: string) {
  const p = path.join(REPO_ROOT, 'snapshots', name, 'fleet.json');
  return parseInventory(fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined);
}

export function resolveExample(name: string): ResolvedFleet {
  return resolveFleetOrThrow(EXAMPLE_FLEETS[name](), { now: NOW, previous: snapshotInventory(name) });
}

export function renderExample(name: string): { fleet: ResolvedFleet; tree: RenderedTree } {
  const fleet = resolveExample(name);
  return { fleet, tree: renderFleet(fleet) };
}

/** Every object of a rendered tree with the file it is in. */
export function allObjects(tree: RenderedTree): Array<{ file: string; object: Manifest }> {
  const out: Array<{ file: string; object: Manifest }> = [];
  for (const [file, f] of tree) if (f.kind === 'manifests') for (const object of f.objects) out.push({ file, object });
  return out;
}

export function findObject(tree: RenderedTree, kind: string, name: string, namespace?: string, filePrefix?: string): Manifest {
  const found = allObjects(tree).filter(({ file, object }) => object.kind === kind && object.metadata.name === name
    && (namespace === undefined || object.metadata.namespace === namespace) && (filePrefix === undefined || file.startsWith(filePrefix)));
  if (found.length !== 1) throw new Error(`expected one ${kind} ${namespace ?? ''}/${name}, found ${found.length}`);
  return found[0].object;
}
