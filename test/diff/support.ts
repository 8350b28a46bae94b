/**
 * A small fleet for before/after pairs, and helpers to render a fleet in memory the way synth
 * does (placements read back from the "before" inventory) and diff two of them.
 */
import { CloudProfile } from '../../lib/model/cloud-profile';
import { ControlPlaneBackend, DataStoreDriver, ProviderType } from '../../lib/core/types';
import { VersionClassification } from '../../lib/core/versions';
import { StackWorkaround } from '../../lib/core/stack';
import { diffOutputs } from '../../lib/diff/engine';
import { FleetDiff } from '../../lib/diff/model';
import { Garden } from '../../lib/model/garden';
import { App } from '../../lib/model/app';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { INVENTORY_FILE, parseInventory } from '../../lib/output/inventory';
import { serializeTree } from '../../lib/pipeline/synth';
import { Project } from '../../lib/model/project';
import { renderFleet } from '../../lib/pipeline/render';
import { Seed } from '../../lib/model/seed';
import { Shoot } from '../../lib/model/shoot';

export const NOW = new Date('2026-11-25T00:00:00Z');

/** What to vary in the small fleet. */
export interface SmallFleetOptions {
  /** Seed of shoot `team/api`. @default 's1' */
  readonly apiSeed?: 's1' | 's2';
  /** DataStore of `team/api` in its seed. @default 'etcd' */
  readonly apiDataStore?: 'etcd' | 'etcd2' | 'pg';
  /** Driver of the `etcd2` DataStore of seed s1 (no shoot uses it). @default DataStoreDriver.ETCD */
  readonly etcd2Driver?: DataStoreDriver;
  /** Control-plane backend of `team/api`. @default ControlPlaneBackend.KAMAJI */
  readonly apiBackend?: ControlPlaneBackend;
  /** Networking of `team/api`. @default - the defaults */
  readonly apiNetworking?: { pods?: string; services?: string; nodes?: string };
  /** Whether `team/api` has its `batch` pool. @default true */
  readonly batchPool?: boolean;
  /** Whether shoot `team/web` exists. @default true */
  readonly webShoot?: boolean;
  /** Version of CAPO the seeds run. @default - the default stack's */
  readonly capo?: string;
  /** Kubernetes version of `team/api`. @default '1.33.5' */
  readonly apiVersion?: string;
  /** Image version of the `web` pool of `team/api`. @default '1877.3.0' */
  readonly apiImage?: string;
}

/** One region, two seeds (each with two etcd DataStores and a PostgreSQL one), two shoots in one project. */
export function smallFleet(o: SmallFleetOptions = {}): Garden {
  const garden = new Garden(new App(), 'small', { repository: { url: 'https://git.example.com/platform/fleet.git', path: 'dist/small' }, dnsDomain: 'k8s.example.com', managementStack: { workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC], ...(o.capo ? { clusterApiProviderOpenStack: o.capo } : {}) } });
  const profile = new CloudProfile(garden, 'os', {
    type: ProviderType.OPENSTACK,
    kubernetesVersions: [
      { version: '1.34.1', classification: VersionClassification.PREVIEW },
      { version: '1.33.5' },
      { version: '1.32.9', classification: VersionClassification.DEPRECATED, expirationDate: '2027-01-20' },
      { version: '1.31.13', classification: VersionClassification.DEPRECATED, expirationDate: '2026-12-20' },
    ],
    machineImages: [{
      name: 'gardenlinux',
      versions: [
        { version: '1877.3.0' },
        { version: '1700.1.0', classification: VersionClassification.DEPRECATED, expirationDate: '2027-03-31' },
        { version: '1592.9.0', classification: VersionClassification.DEPRECATED, expirationDate: '2027-01-10' },
      ],
    }],
    machineTypes: [{ name: 'm1.large', cpu: 4, memoryGiB: 8, storageGiB: 80 }],
    regions: [{ name: 'eu-1', zones: [{ name: 'eu-1a' }, { name: 'eu-1b' }] }],
    openstack: {
      keystoneUrls: [{ region: 'eu-1', url: 'https://keystone.example.com:5000/v3' }],
      floatingPools: [{ name: 'ext-net' }],
      machineImages: [
        { name: 'gardenlinux', version: '1877.3.0', image: 'gl-1877.3.0' },
        { name: 'gardenlinux', version: '1700.1.0', image: 'gl-1700.1.0' },
        { name: 'gardenlinux', version: '1592.9.0', image: 'gl-1592.9.0' },
      ],
    },
  });
  const seeds: Record<string, Seed> = {};
  const stores: Record<string, Record<string, any>> = {};
  for (const name of ['s1', 's2']) {
    const seed = new Seed(garden, name, {
      provider: ProviderType.OPENSTACK, region: 'eu-1', cloudProfile: profile, ingressDomain: `${name}.seeds.example.com`,
      networks: { nodes: '172.16.0.0/16', pods: '172.20.0.0/16', services: '172.21.0.0/16' }, capacity: 10,
    });
    const tls = (n: string) => ({ certificateAuthority: { name: `${n}-ca`, namespace: 'kamaji-system' }, clientCertificate: { name: `${n}-client`, namespace: 'kamaji-system' } });
    const etcd = seed.addDataStore('etcd', { driver: DataStoreDriver.ETCD, endpoints: [`etcd.${name}.internal:2379`], tls: tls('etcd') });
    const driver = name === 's1' ? o.etcd2Driver ?? DataStoreDriver.ETCD : DataStoreDriver.ETCD;
    const etcd2 = seed.addDataStore('etcd2', driver === DataStoreDriver.ETCD
      ? { driver, endpoints: [`etcd2.${name}.internal:2379`], tls: tls('etcd2') }
      : { driver, endpoints: [`etcd2.${name}.internal:5432`], basicAuth: { name: 'etcd2-auth', namespace: 'kamaji-system' } });
    const pg = seed.addDataStore('pg', { driver: DataStoreDriver.POSTGRESQL, endpoints: [`pg.${name}.internal:5432`], basicAuth: { name: 'pg-auth', namespace: 'kamaji-system' } });
    seeds[name] = seed;
    stores[name] = { etcd, etcd2, pg };
  }
  const team = new Project(garden, 'team');
  const apiSeed = o.apiSeed ?? 's1';
  const api = new Shoot(team, 'api', {
    cloudProfile: profile, region: 'eu-1', kubernetesVersion: o.apiVersion ?? '1.33.5', seed: seeds[apiSeed], backend: o.apiBackend,
    dataStore: stores[apiSeed][o.apiDataStore ?? 'etcd'], networking: o.apiNetworking,
    maintenance: { timeWindowBegin: '020000+0100', timeWindowEnd: '040000+0100' },
  });
  api.addWorkerPool('web', { machineType: 'm1.large', minimum: 2, maximum: 4, image: { name: 'gardenlinux', version: o.apiImage ?? '1877.3.0' } });
  if (o.batchPool ?? true) api.addWorkerPool('batch', { machineType: 'm1.large', minimum: 1, maximum: 3 });
  if (o.webShoot ?? true) {
    const web = new Shoot(team, 'web', { cloudProfile: profile, region: 'eu-1', kubernetesVersion: '1.33.5', seed: seeds.s2, networking: { nodes: '10.251.0.0/16' } });
    web.addWorkerPool('default', { machineType: 'm1.large', minimum: 1, maximum: 2 });
  }
  return garden;
}

/** Renders a fleet to file contents as synth would, keeping the placements of `previous` (a rendered output). */
export function renderFiles(garden: Garden, previous?: ReadonlyMap<string, string>): Map<string, string> {
  const fleet = resolveFleetOrThrow(garden, { now: NOW, previous: parseInventory(previous?.get(INVENTORY_FILE)) });
  return serializeTree(fleet, renderFleet(fleet));
}

/** Renders both fleets and diffs them. */
export function diffPair(before: Garden, after: Garden, name = 'small'): { diff: FleetDiff; before: Map<string, string>; after: Map<string, string> } {
  const a = renderFiles(before);
  const b = renderFiles(after, a);
  return { diff: diffOutputs({ fleet: name, baseline: 'baseline', before: a, after: b }), before: a, after: b };
}

/** Diffs two file maps. */
export function diffFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, name = 'small'): FleetDiff {
  return diffOutputs({ fleet: name, baseline: 'baseline', before, after });
}

/** The classes of every finding of a diff, per scope label. */
export function classesByScope(diff: FleetDiff): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of diff.scopes) {
    const label = s.shoot ?? s.seed ?? 'garden';
    out[label] = [...new Set([...s.findings, ...s.items.flatMap((i) => i.findings)].map((f) => f.class))].sort();
  }
  return out;
}
