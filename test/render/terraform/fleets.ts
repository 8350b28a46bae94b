/**
 * Small fleets for the infrastructure tests: one OpenStack and one vSphere shoot whose settings a
 * test chooses, plus helpers to render their stacks and to write stacks for the terraform harness.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StackWorkaround } from '../../../lib/core/stack';
import {
  ControlPlaneBackend, App, Architecture, CloudProfile, DataStoreDriver, Garden, Project, ProviderType, Provisioner, Seed, Shoot,
  ShootLifecycle, ShootOpenStackSettings, ShootVSphereSettings, TerraformSettings, WorkerPoolProps,
} from '../../../lib';
import openstackFleet from '../../../fleets/openstack';
import vsphereFleet from '../../../fleets/vsphere';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../../lib/resolve/model';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { parseInventory } from '../../../lib/output/inventory';
import { InfrastructureRender, renderInfrastructure } from '../../../lib/render/terraform';

export const NOW = new Date('2026-11-25T00:00:00Z');
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The example fleets of fleets/. */
export const EXAMPLE_FLEETS: Record<string, () => Garden> = { openstack: openstackFleet, vsphere: vsphereFleet };

/** An example fleet resolved the way its committed snapshot was (same clock, same previous inventory). */
export function resolveExample(name: string): ResolvedFleet {
  const inventory = path.join(REPO_ROOT, 'snapshots', name, 'fleet.json');
  const previous = parseInventory(fs.existsSync(inventory) ? fs.readFileSync(inventory, 'utf8') : undefined);
  return resolveFleetOrThrow(EXAMPLE_FLEETS[name](), { now: NOW, previous });
}
/** Values the terraform runs feed the join variables with (never part of a stack). */
export const JOIN_VARIABLES = { join_token: 'abcdef.0123456789abcdef', ca_cert_hash: `sha256:${'ab'.repeat(32)}` };

export interface SmallFleetOptions {
  readonly provider: ProviderType;
  readonly terraform?: TerraformSettings;
  readonly lifecycle?: ShootLifecycle;
  readonly openstack?: ShootOpenStackSettings;
  readonly vsphere?: ShootVSphereSettings;
  /** Pools as `[construct id, props]`. */
  readonly pools?: Array<[string, WorkerPoolProps]>;
  /** Control-plane backend of the shoot. */
  readonly backend?: ControlPlaneBackend;
  /** Construct id of the shoot (its name stays `edge`). */
  readonly shootId?: string;
  /** Names of the region's three zones. */
  readonly zones?: [string, string, string];
}

/** A garden with one seed, one project (`retail`) and one shoot (`edge`). */
export function smallFleet(o: SmallFleetOptions): Garden {
  const garden = new Garden(new App(), 'acme', {
    repository: { url: 'https://git.acme.example/platform/fleet.git', path: 'out' },
    terraform: o.terraform,
    // The default stack pairs Cluster API v1.14 with Kamaji's provider v0.20.0 (a known-bad combination).
    managementStack: { workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
  });
  const openstack = o.provider === ProviderType.OPENSTACK;
  const [za, zb, zc] = o.zones ?? ['r1a', 'r1b', 'r1c'];
  const profile = new CloudProfile(garden, 'profile', {
    type: o.provider,
    kubernetesVersions: [{ version: '1.33.5' }, { version: '1.30.14' }],
    machineImages: [
      { name: 'ubuntu', versions: [{ version: '24.4.3', architectures: [Architecture.AMD64] }] },
      { name: 'flatcar', versions: [{ version: '4230.2.1', architectures: [Architecture.AMD64] }] },
    ],
    machineTypes: [{ name: 'm1.large', cpu: 4, memoryGiB: 8, storageGiB: openstack ? 80 : undefined }],
    volumeTypes: [{ name: 'ssd', class: 'premium' }],
    regions: [{ name: 'r1', zones: [{ name: za }, { name: zb }, { name: zc }] }],
    openstack: openstack ? {
      keystoneUrls: [{ region: 'r1', url: 'https://keystone.acme.example:5000/v3' }],
      floatingPools: [{ name: 'ext', region: 'r1' }, { name: 'ext-fast', networkId: '7d7e3b1c-5c57-4a8e-9b0f-4f3a2f6c1e01' }],
      machineImages: [{ name: 'ubuntu', version: '24.4.3', image: 'ubuntu-24.04-kube' }, { name: 'flatcar', version: '4230.2.1', image: 'flatcar-stable-kube' }],
      dnsServers: ['10.0.0.53'],
    } : undefined,
    vsphere: openstack ? undefined : {
      regions: [{
        name: 'r1', vcenter: 'vcenter.acme.example', datacenter: 'DC1', datastore: 'ds-shared', network: 'workers',
        folder: 'k8s', zones: [
          { name: za, computeCluster: 'c-a' },
          { name: zb, computeCluster: 'c-b', resourcePool: 'tenants' },
          { name: zc, computeCluster: 'c-c', datastore: 'ds-c' },
        ],
      }],
      machineImages: [{ name: 'ubuntu', version: '24.4.3', template: 'templates/ubuntu-2404' }, { name: 'flatcar', version: '4230.2.1', template: 'templates/flatcar-stable' }],
    },
  });
  const seed = new Seed(garden, 'seed-1', {
    provider: o.provider, region: 'r1', cloudProfile: profile, ingressDomain: 'seed-1.acme.example',
    networks: { nodes: '172.16.0.0/16', pods: '172.20.0.0/14', services: '172.24.0.0/16' },
  });
  seed.addDataStore('etcd', {
    driver: DataStoreDriver.ETCD, endpoints: ['etcd.seed-1:2379'], capacity: 10,
    tls: { certificateAuthority: { name: 'etcd-ca', namespace: 'kamaji-system' }, clientCertificate: { name: 'etcd-client', namespace: 'kamaji-system' } },
  });
  const project = new Project(garden, 'retail');
  const shoot = new Shoot(project, o.shootId ?? 'edge', {
    name: 'edge', cloudProfile: profile, region: 'r1', kubernetesVersion: '1.33.5',
    lifecycle: o.lifecycle, openstack: o.openstack, vsphere: o.vsphere, backend: o.backend,
  });
  for (const [id, props] of o.pools ?? [['static', staticPool()]]) shoot.addWorkerPool(id, props);
  return garden;
}

/** A static pool of three machines over the three zones. */
export function staticPool(extra: Partial<WorkerPoolProps> = {}): WorkerPoolProps {
  return { machineType: 'm1.large', provisioner: Provisioner.TERRAFORM, minimum: 3, maximum: 3, volume: { sizeGiB: 50 }, ...extra };
}

/** Resolves a fleet at the test clock. */
export function resolve(garden: Garden): ResolvedFleet {
  return resolveFleetOrThrow(garden, { now: NOW });
}

/** Every shoot of a resolved fleet with its seed. */
export function shootsOf(fleet: ResolvedFleet): Array<{ seed: ResolvedSeed; shoot: ResolvedShoot }> {
  return fleet.shoots.map((shoot) => ({ shoot, seed: fleet.seeds.find((s) => s.name === shoot.seed)! }));
}

/** Renders the infrastructure of the only (or the named) shoot of a fleet. */
export function renderOne(garden: Garden, key = 'retail--edge'): InfrastructureRender & { stack: any } {
  const fleet = resolve(garden);
  const { seed, shoot } = shootsOf(fleet).find((s) => s.shoot.key === key)!;
  return renderInfrastructure(fleet, seed, shoot) as InfrastructureRender & { stack: any };
}

/** Every resource address of a stack (`type.name`), sorted. */
export function resourceAddresses(doc: any): string[] {
  return Object.entries(doc.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName as object).map((n) => `${type}.${n}`)).sort();
}

/** Every data source address of a stack (`data.type.name`), sorted. */
export function dataAddresses(doc: any): string[] {
  return Object.entries(doc.data ?? {}).flatMap(([type, byName]) => Object.keys(byName as object).map((n) => `data.${type}.${n}`)).sort();
}

const dirs: string[] = [];

/** Writes a stack into a fresh temp dir as `cdk.tf.json`; removed by {@link cleanUpStacks}. */
export function writeStack(doc: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-infra-test-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), `${JSON.stringify(doc, null, 2)}\n`);
  return dir;
}

export function cleanUpStacks(): void {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}
