/**
 * The test fleet of the placement systems (Karmada, Open Cluster Management, Clusternet): the
 * example OpenStack fleet with only those systems and the two platform services of
 * fleets/openstack-multicluster.ts, plus switches for the "a shoot joins / leaves a placement"
 * tests. Rendered in memory the way synth does.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { buildOpenStackFleet } from '../../../fleets/openstack';
import { addMonitoring, addShopBaseline } from '../../../fleets/openstack-multicluster';
import {
  ControlPlaneBackend, KarmadaSyncMode, MultiClusterSystem, PatchOperation, PlatformService, Project, ServiceSource, Shoot, ShootPurpose,
} from '../../../lib';
import { Garden } from '../../../lib/model/garden';
import { ResolvedFleet } from '../../../lib/resolve/model';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { serializeTree } from '../../../lib/pipeline/synth';
import { renderFleet } from '../../../lib/pipeline/render';
import { Manifest, RenderedTree } from '../../../lib/core/manifest';
import { SchemaRegistry } from '../../../lib/schema';
import { NOW } from '../../support/fleets';
import { kustomize } from '../../support/tools';

export const PLACEMENT_SYSTEMS = [MultiClusterSystem.KARMADA, MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT, MultiClusterSystem.CLUSTERNET];

/** What to vary. */
export interface PlacementFleetOptions {
  /** Systems rendered. @default PLACEMENT_SYSTEMS */
  readonly systems?: MultiClusterSystem[];
  /** Karmada's sync mode. @default - the default (Push) */
  readonly karmadaSyncMode?: KarmadaSyncMode;
  /** Backend of every shoot. @default - Kamaji */
  readonly backend?: ControlPlaneBackend;
  /** Add shoot `shop/canary` (eu-nord-1, project shop: in shop-baseline). @default false */
  readonly canary?: boolean;
  /** Purpose of `shop/canary` (production: also monitored; evaluation: not). @default ShootPurpose.PRODUCTION */
  readonly canaryPurpose?: ShootPurpose;
  /** Add a service that matches no shoot. @default false */
  readonly emptyService?: boolean;
  /** Add a Helm service whose override reaches into values the chart's values lack. @default false */
  readonly deepOverride?: boolean;
}

export function placementFleet(o: PlacementFleetOptions = {}): Garden {
  const garden = buildOpenStackFleet({
    variant: 'placement-test',
    backend: o.backend,
    multiCluster: { systems: o.systems ?? PLACEMENT_SYSTEMS, karmada: o.karmadaSyncMode ? { syncMode: o.karmadaSyncMode } : undefined },
  });
  const shoot = (key: string) => garden.shoots.find((s) => s.key === key)!;
  if (o.canary) {
    const shop = garden.node.findAll().find((c): c is Project => c instanceof Project && c.name === 'shop')!;
    const profile = shoot('shop--prod').props.cloudProfile;
    const canary = new Shoot(shop, 'canary', { cloudProfile: profile, region: 'eu-nord-1', kubernetesVersion: '1.33.5', purpose: o.canaryPurpose ?? ShootPurpose.PRODUCTION });
    canary.addWorkerPool('web', { machineType: 'm1.large', minimum: 1, maximum: 2, zones: ['eu-nord-1a'] });
  }

  addMonitoring(garden);
  addShopBaseline(garden, [
    {
      name: 'gold',
      placement: { matchLabels: { tier: 'gold' } },
      patches: [
        { kind: 'ConfigMap', name: 'platform-contacts', op: PatchOperation.ADD, path: '/data/tier', value: 'gold' },
        { kind: 'Namespace', op: PatchOperation.ADD, path: '/metadata/labels', value: { tier: 'gold' } },
      ],
    },
  ]);
  if (o.emptyService) {
    new PlatformService(garden, 'nowhere', {
      source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 'b' } }]),
      placement: { matchLabels: { 'no-shoot': 'has-this' } },
    });
  }
  if (o.deepOverride) {
    new PlatformService(garden, 'ingress', {
      source: ServiceSource.fromHelmChart({
        repositoryUrl: 'oci://registry.nordcloud.example/charts', chart: 'ingress-nginx', version: '4.12.1', releaseName: 'edge-ingress',
        values: { controller: { replicaCount: 2, config: 'none' } },
      }),
      placement: { purposes: [ShootPurpose.PRODUCTION] },
      overrides: [
        { name: 'north', placement: { regions: ['eu-nord-1'] }, values: { controller: { resources: { requests: { cpu: '200m' } }, extraArgs: ['--a'] } } },
        { name: 'south', placement: { regions: ['eu-sued-1'] }, values: { controller: { config: { 'use-gzip': 'true' }, resources: { limits: { cpu: '1' } } } } },
      ],
    });
  }
  return garden;
}

export function renderPlacement(o: PlacementFleetOptions = {}): { fleet: ResolvedFleet; tree: RenderedTree } {
  const fleet = resolveFleetOrThrow(placementFleet(o), { now: NOW });
  return { fleet, tree: renderFleet(fleet) };
}

/** Objects of one hub file. */
export function hubFile(tree: RenderedTree, path: string): Manifest[] {
  const f = tree.get(path);
  if (!f || f.kind !== 'manifests') throw new Error(`no manifests file ${path}; files: ${[...tree.keys()].filter((k) => k.startsWith('garden/')).join(', ')}`);
  return f.objects;
}

/** Every object of the files under `dir`. */
export function objectsUnder(tree: RenderedTree, dir: string): Array<{ file: string; object: Manifest }> {
  const out: Array<{ file: string; object: Manifest }> = [];
  for (const [file, f] of tree) if (file.startsWith(`${dir}/`) && f.kind === 'manifests') for (const object of f.objects) out.push({ file, object });
  return out;
}

/** `Kind namespace/name` of every object, for compact assertions. */
export const ids = (objects: Manifest[]) => objects.map((o) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`);

/** The objects applied inside a shoot (its in-shoot stages: addons, multi-cluster). */
export function memberObjectsOf(tree: RenderedTree, key: string): Manifest[] {
  const files = [...tree.entries()].filter(([p]) => new RegExp(`/shoots/${key}/(addons|multicluster)/[^/]+\\.yaml$`).test(p));
  if (files.length === 0) throw new Error(`no in-shoot files of ${key}`);
  return files.flatMap(([, f]) => (f.kind === 'manifests' ? f.objects : []));
}

/** Whether a shoot has any in-shoot files. */
export function hasMemberFiles(tree: RenderedTree, key: string): boolean {
  return [...tree.keys()].some((p) => new RegExp(`/shoots/${key}/(addons|multicluster)/`).test(p));
}

/** Schema problems of objects, one line each (empty when all are valid). */
export function schemaProblems(objects: Manifest[]): string[] {
  const registry = schemaRegistry();
  return objects.flatMap((o) => registry.validate(o).map((p) => `${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name} ${p.field}: ${p.message}`));
}

let registry: SchemaRegistry | undefined;
function schemaRegistry(): SchemaRegistry {
  registry ??= SchemaRegistry.load();
  return registry;
}

/** Writes the folder `dir` of a rendered fleet (a hub folder, a shoot's addons) to a temporary directory and builds it with `kubectl kustomize` (throws on failure). */
export function kustomizeFolder(fleet: ResolvedFleet, tree: RenderedTree, dir: string): Array<Record<string, any>> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-placement-'));
  let written = 0;
  for (const [p, content] of serializeTree(fleet, tree, false)) {
    if (!p.startsWith(`${dir}/`)) continue;
    fs.mkdirSync(path.dirname(path.join(out, p)), { recursive: true });
    fs.writeFileSync(path.join(out, p), content);
    written++;
  }
  if (written === 0) throw new Error(`nothing rendered under ${dir}`);
  return parseAllDocuments(kustomize(path.join(out, dir))).map((d) => d.toJS());
}
