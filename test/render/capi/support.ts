/**
 * Shared by the Cluster API, k0smotron, Gardener and Argo CD renderer tests: the example fleets
 * and their variants rendered the way the snapshots are, and a small fleet to vary one setting of.
 */
import {
  App, CloudProfile, ControlPlaneBackend, DataStoreDriver, FailureToleranceType, Garden, GitOpsEngine, IntOrPercent, Project,
  ProviderType, Seed, Shoot, ShootPurpose, TaintEffect,
} from '../../../lib';
import { ResolvedFleet, ResolvedShoot } from '../../../lib/resolve/model';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { renderFleet } from '../../../lib/pipeline/render';
import { Manifest, RenderedTree } from '../../../lib/core/manifest';
import { StackWorkaround } from '../../../lib/core/stack';
import { allObjects, NOW } from '../../support/fleets';

/** Every fleet definition in fleets/, by file name. */
export const FLEET_FILES = [
  'openstack', 'vsphere', 'openstack-k0smotron', 'openstack-cluster-api', 'openstack-gardener', 'vsphere-argocd', 'vsphere-gardener',
] as const;

export function loadFleet(name: string): Garden {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`../../../fleets/${name}`).default();
}

const cache = new Map<string, { fleet: ResolvedFleet; tree: RenderedTree }>();

/** A fleet of fleets/ resolved (with the snapshots' "now") and rendered; cached per file. */
export function renderFleetFile(name: string): { fleet: ResolvedFleet; tree: RenderedTree } {
  let hit = cache.get(name);
  if (!hit) {
    const fleet = resolveFleetOrThrow(loadFleet(name), { now: NOW });
    hit = { fleet, tree: renderFleet(fleet) };
    cache.set(name, hit);
  }
  return hit;
}

/** Objects of a tree, optionally only those of one kind or in files under a prefix. */
export function objectsOf(tree: RenderedTree, kind?: string, filePrefix?: string): Manifest[] {
  return allObjects(tree).filter(({ file, object }) => (kind === undefined || object.kind === kind)
    && (filePrefix === undefined || file.startsWith(filePrefix))).map(({ object }) => object);
}

/** The one object of a kind and name (in a namespace), or an error naming what was found. */
export function one(tree: RenderedTree, kind: string, name: string, namespace?: string): Manifest {
  const found = objectsOf(tree, kind).filter((o) => o.metadata.name === name && (namespace === undefined || o.metadata.namespace === namespace));
  if (found.length !== 1) throw new Error(`expected one ${kind} ${namespace ?? ''}/${name}, found ${found.length}`);
  return found[0];
}

/** Count of objects per kind (`apiVersion kind` where a kind name is shared by several groups). */
export function kindCounts(tree: RenderedTree): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of objectsOf(tree)) {
    const key = o.kind === 'Cluster' ? `${o.apiVersion.split('/')[0]}/Cluster` : o.kind;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Settings of the small fleet. */
export interface SmallFleetOptions {
  readonly provider?: ProviderType;
  readonly backend?: ControlPlaneBackend;
  readonly gitOpsEngine?: GitOpsEngine;
  readonly imageVersion?: string;
  readonly machineType?: string;
  readonly hibernated?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pinnedDataStore?: DataStoreDriver;
  /** Version of CAPO the seed runs. */
  readonly capo?: string;
}

/**
 * One seed, one project, one shoot `shop/web` with one Cluster API pool `web` over three zones —
 * on OpenStack or vSphere, with the settings to vary.
 */
export function smallFleet(options: SmallFleetOptions = {}): Garden {
  const provider = options.provider ?? ProviderType.OPENSTACK;
  const garden = new Garden(new App(), 'small', {
    repository: { url: 'https://git.example.com/platform/fleet.git', path: 'out' },
    dnsDomain: 'k8s.example.com',
    managementStack: { workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC], ...(options.capo ? { clusterApiProviderOpenStack: options.capo } : {}) },
    defaultBackend: options.backend,
    gitOpsEngine: options.gitOpsEngine,
  });
  const zones = [{ name: 'z-a' }, { name: 'z-b' }, { name: 'z-c' }];
  const images = [{ name: 'gardenlinux', versions: [{ version: '1877.3.0' }, { version: '1877.4.0' }] }];
  const profile = new CloudProfile(garden, 'cloud', provider === ProviderType.OPENSTACK ? {
    type: ProviderType.OPENSTACK,
    kubernetesVersions: [{ version: '1.33.5' }],
    machineImages: images,
    machineTypes: [{ name: 'm1.large', cpu: 4, memoryGiB: 8, storageGiB: 80 }, { name: 'm1.xlarge', cpu: 8, memoryGiB: 16, storageGiB: 160 }],
    regions: [{ name: 'r1', zones }],
    openstack: {
      keystoneUrls: [{ region: 'r1', url: 'https://keystone.example.com:5000/v3' }],
      floatingPools: [{ name: 'ext-net' }],
      machineImages: [
        { name: 'gardenlinux', version: '1877.3.0', image: 'gardenlinux-1877.3.0' },
        { name: 'gardenlinux', version: '1877.4.0', image: 'gardenlinux-1877.4.0' },
      ],
    },
  } : {
    type: ProviderType.VSPHERE,
    kubernetesVersions: [{ version: '1.33.5' }],
    machineImages: images,
    machineTypes: [{ name: 'm1.large', cpu: 4, memoryGiB: 8 }, { name: 'm1.xlarge', cpu: 8, memoryGiB: 16 }],
    regions: [{ name: 'r1', zones }],
    vsphere: {
      regions: [{
        name: 'r1', vcenter: 'vc.example.com', datacenter: 'DC', datastore: 'ds', network: 'workers', folder: 'k8s', resourcePool: 'k8s',
        zones: [{ name: 'z-a', computeCluster: 'ca' }, { name: 'z-b', computeCluster: 'cb' }, { name: 'z-c', computeCluster: 'cc', datastore: 'ds-c' }],
      }],
      machineImages: [
        { name: 'gardenlinux', version: '1877.3.0', template: 'templates/gl-1877.3' },
        { name: 'gardenlinux', version: '1877.4.0', template: 'templates/gl-1877.4' },
      ],
    },
  });
  const seed = new Seed(garden, 'seed-1', {
    provider, region: 'r1', cloudProfile: profile, ingressDomain: 'seed-1.example.com',
    networks: { pods: '172.20.0.0/16', services: '172.21.0.0/16' },
  });
  const etcd = seed.addDataStore('etcd', {
    driver: DataStoreDriver.ETCD, endpoints: ['etcd.seed-1.internal:2379'],
    tls: { certificateAuthority: { name: 'etcd-ca' }, clientCertificate: { name: 'etcd-client' } },
  });
  const sql = seed.addDataStore('postgres', {
    driver: DataStoreDriver.POSTGRESQL, endpoints: ['postgres.seed-1.internal:5432'], basicAuth: { name: 'postgres-auth' },
  });
  const shop = new Project(garden, 'shop');
  const shoot = new Shoot(shop, 'web', {
    cloudProfile: profile, region: 'r1', kubernetesVersion: '1.33.5', purpose: ShootPurpose.PRODUCTION,
    failureTolerance: FailureToleranceType.ZONE,
    hibernation: options.hibernated ? { enabled: true } : undefined,
    dataStore: options.pinnedDataStore === undefined ? undefined : options.pinnedDataStore === DataStoreDriver.ETCD ? etcd : sql,
  });
  shoot.addWorkerPool('web', {
    machineType: options.machineType ?? 'm1.large',
    image: { name: 'gardenlinux', version: options.imageVersion ?? '1877.3.0' },
    minimum: options.minimum ?? 4, maximum: options.maximum ?? 8,
    maxSurge: IntOrPercent.count(1), maxUnavailable: IntOrPercent.count(0),
    volume: provider === ProviderType.VSPHERE ? { sizeGiB: 60 } : undefined,
    labels: { 'node.example.com/role': 'web', 'node-role.kubernetes.io/web': '' },
    taints: [{ key: 'dedicated', value: 'web', effect: TaintEffect.NO_SCHEDULE }],
  });
  return garden;
}

/** The small fleet resolved and rendered. */
export function renderSmall(options: SmallFleetOptions = {}): { fleet: ResolvedFleet; tree: RenderedTree; shoot: ResolvedShoot } {
  const fleet = resolveFleetOrThrow(smallFleet(options), { now: NOW });
  return { fleet, tree: renderFleet(fleet), shoot: fleet.shoots[0] };
}
