/**
 * Where a shoot's machines go: the infrastructure its Terraform stack creates, referenced by
 * deterministic name (never by an id that only exists after `terraform apply`).
 *
 * The names follow Gardener's infrastructure conventions and are derived from the shoot's
 * technical id. They are decided here, once: the Terraform stack (lib/render/terraform) creates
 * them and the Cluster API templates (lib/render/capi) refer to them.
 *
 * | OpenStack object                                  | name                    |
 * | ------------------------------------------------- | ----------------------- |
 * | network (unless an existing one is used)          | `<technical id>`        |
 * | subnet on the nodes CIDR (also in an existing one) | `<technical id>`        |
 * | router (unless an existing one is used)           | `<technical id>`        |
 * | security group of the nodes                       | `<technical id>`        |
 * | server group of a pool with a server group policy | `<technical id>-<pool>` |
 *
 * On vSphere the stack creates a VM folder `<region folder>/<technical id>` and, in every
 * zone's compute cluster, a resource pool `<technical id>` under the zone's (or region's)
 * resource pool; machines attach to the shoot's own distributed port group when it has one,
 * else to the configured port group.
 */
import { API_SERVER_PORT } from '../core/endpoints';
import { sha256Hex } from '../core/hash';
import { Architecture, ProviderType } from '../core/types';
import type { MachineType, VSphereRegionConfig, VSphereZoneConfig } from '../model/cloud-profile';
import type { ShootOpenStackSettings, ShootVSphereSettings } from '../model/shoot';
import type { WorkerPoolOpenStackSettings } from '../model/worker-pool';
import {
  OpenStackReference, ResolvedApiServer, ResolvedCloudProfile, ResolvedControlPlaneMachine, ResolvedInfrastructure,
} from './model';

/** What the infrastructure names are derived from. */
export interface InfrastructureInput {
  readonly technicalId: string;
  readonly provider: ProviderType;
  readonly region: string;
  readonly cloudProfile: ResolvedCloudProfile;
  readonly openstack?: ShootOpenStackSettings;
  readonly vsphere?: ShootVSphereSettings;
  readonly workers: ReadonlyArray<{ readonly name: string; readonly zones?: readonly string[]; readonly openstack?: WorkerPoolOpenStackSettings }>;
}

/** The infrastructure objects of a shoot, by name (see the table above). */
export function planInfrastructure(shoot: InfrastructureInput): ResolvedInfrastructure {
  if (shoot.provider === ProviderType.OPENSTACK) {
    const network: OpenStackReference = shoot.openstack?.existingNetworkId ? { id: shoot.openstack.existingNetworkId } : { name: shoot.technicalId };
    const router: OpenStackReference = shoot.openstack?.existingRouterId ? { id: shoot.openstack.existingRouterId } : { name: shoot.technicalId };
    const pools = (shoot.cloudProfile.props.openstack?.floatingPools ?? []).filter((p) => p.region === undefined || p.region === shoot.region);
    const floatingPoolEntry = pools.find((p) => p.name === shoot.openstack?.floatingPoolName) ?? pools[0];
    const serverGroups: Record<string, string> = {};
    for (const pool of shoot.workers) {
      const settings = pool.openstack as { readonly serverGroupPolicy?: string } | undefined;
      if (settings?.serverGroupPolicy) serverGroups[pool.name] = `${shoot.technicalId}-${pool.name}`;
    }
    return {
      openstack: {
        network,
        router,
        subnet: shoot.technicalId,
        securityGroup: shoot.technicalId,
        floatingPool: shoot.openstack?.floatingPoolName ?? floatingPoolEntry?.name,
        floatingPoolEntry,
        serverGroups,
      },
    };
  }
  const region = shoot.cloudProfile.props.vsphere?.regions.find((r) => r.name === shoot.region);
  const settings = shoot.vsphere as { readonly network?: string; readonly distributedPortGroup?: { readonly name?: string } } | undefined;
  const network = settings?.distributedPortGroup ? settings.distributedPortGroup.name ?? shoot.technicalId : settings?.network ?? region?.network;
  const resourcePools: Record<string, string> = {};
  if (region) {
    // Every zone a machine may go to: the region's, the pools' and the control plane's (the
    // CloudProfile's zones of the region). A zone without vSphere settings is its own compute cluster.
    const names = new Set([...region.zones.map((z) => z.name), ...shoot.workers.flatMap((w) => w.zones ?? []),
      ...(shoot.cloudProfile.props.regions.find((r) => r.name === shoot.region)?.zones ?? []).map((z) => z.name)]);
    for (const name of names) {
      resourcePools[name] = vsphereResourcePool(shoot.technicalId, region, region.zones.find((z) => z.name === name) ?? { name, computeCluster: name });
    }
  }
  return {
    vsphere: {
      region,
      network,
      folder: region ? `/${region.datacenter}/vm/${trimSlashes(region.folder)}/${shoot.technicalId}` : undefined,
      resourcePools,
    },
  };
}

/** Inventory path of the shoot's resource pool in a zone's compute cluster. */
function vsphereResourcePool(technicalId: string, region: VSphereRegionConfig, zone: VSphereZoneConfig): string {
  const parent = zone.resourcePool ?? region.resourcePool;
  const base = `/${region.datacenter}/host/${zone.computeCluster}/Resources`;
  return parent ? `${base}/${trimSlashes(parent)}/${technicalId}` : `${base}/${technicalId}`;
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** The API server of a shoot hosted on a seed with `ingressDomain`. */
export function planApiServer(shoot: { readonly technicalId: string; readonly dnsDomain?: string }, ingressDomain: string): ResolvedApiServer {
  const seedHost = `api.${shoot.technicalId}.${ingressDomain}`;
  const names = [...(shoot.dnsDomain ? [`api.${shoot.dnsDomain}`] : []), seedHost];
  return { seedHost, port: API_SERVER_PORT, certSANs: names, dnsNames: [...names] };
}

/**
 * Longest schema and user name a DataStore takes: MySQL user names hold at most 32 characters
 * (PostgreSQL identifiers 63, MySQL database names 64), so one limit fits every driver.
 */
export const DATASTORE_NAME_MAX = 32;

/**
 * The schema (database or etcd key prefix) and user a Kamaji control plane keeps its state under
 * in its DataStore, pinned instead of left to Kamaji: its defaulting webhook fills both from the
 * TenantControlPlane's UID (clastix/kamaji@26.8.2-edge `internal/webhook/handlers/tcp_defaults.go`
 * `defaultUnsetFields`, `api/v1alpha1/tenantcontrolplane_funcs.go` `GetDefaultDatastoreSchema`;
 * see docs/upstream/controller-contracts.md §2), so a control plane re-created from Git would
 * attach to a new, empty schema.
 *
 * The technical id with `-` turned into `_`: lower-case, starting with a letter, valid as a
 * PostgreSQL and MySQL identifier, and unique (technical ids are, and never contain `_`). Project
 * and shoot names together take at most 21 characters, so it is at most 30 long; were it ever
 * longer than {@link DATASTORE_NAME_MAX}, it is cut and ends in `_` and 8 hex digits of the id's
 * SHA-256.
 */
export function planDataStoreName(technicalId: string): string {
  const name = technicalId.replace(/-/g, '_');
  if (name.length <= DATASTORE_NAME_MAX) return name;
  return `${name.slice(0, DATASTORE_NAME_MAX - 9)}_${sha256Hex(technicalId).slice(0, 8)}`;
}

/**
 * The provider's reference for a machine image version: the Glance image the CloudProfile maps it
 * to in the region (OpenStack), or its VM template (vSphere); undefined when it maps none.
 */
export function imageReference(profile: ResolvedCloudProfile, region: string, image: { name: string; version: string }, architecture: Architecture): string | undefined {
  const fits = (m: { name: string; version: string; architecture?: Architecture }) => m.name === image.name && m.version === image.version
    && (m.architecture ?? Architecture.AMD64) === architecture;
  if (profile.type === ProviderType.OPENSTACK) {
    // A mapping for the region wins over one for every region.
    const candidates = (profile.props.openstack?.machineImages ?? []).filter((m) => fits(m) && (m.region === undefined || m.region === region));
    return (candidates.find((m) => m.region === region) ?? candidates[0])?.image;
  }
  return (profile.props.vsphere?.machineImages ?? []).find(fits)?.template;
}

/** The machine type of control-plane machines: the smallest usable type with ≥ 2 CPUs and ≥ 4 GiB. */
export function controlPlaneMachineType(profile: ResolvedCloudProfile, architecture: Architecture): MachineType | undefined {
  const fits = (m: MachineType) => m.usable !== false && m.cpu >= 2 && m.memoryGiB >= 4 && (m.architecture ?? Architecture.AMD64) === architecture;
  return [...profile.props.machineTypes].filter(fits)
    .sort((a, b) => a.cpu - b.cpu || a.memoryGiB - b.memoryGiB || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0];
}

/** What the control-plane machines are decided from. */
export interface ControlPlaneMachineInput {
  readonly cloudProfile: ResolvedCloudProfile;
  readonly region: string;
  readonly workers: ReadonlyArray<{ readonly machineType: MachineType; readonly image: { name: string; version: string }; readonly architecture: Architecture }>;
}

/**
 * The control-plane machines of a KubeadmControlPlane: the first pool's image and architecture
 * (so control plane and workers boot the same, already-validated image), else `fallbackImage`
 * (the newest supported, unexpired version, chosen by the caller with the expiry check); the
 * smallest type that fits. Undefined when no image reference exists for it.
 */
export function planControlPlaneMachine(shoot: ControlPlaneMachineInput, fallbackImage: { name: string; version: string } | undefined): ResolvedControlPlaneMachine | undefined {
  const pool = shoot.workers[0];
  const architecture = pool?.architecture ?? Architecture.AMD64;
  const image = pool?.image ?? fallbackImage;
  if (!image) return undefined;
  const machineType = controlPlaneMachineType(shoot.cloudProfile, architecture) ?? pool?.machineType ?? shoot.cloudProfile.props.machineTypes[0];
  const ref = imageReference(shoot.cloudProfile, shoot.region, image, architecture);
  return ref === undefined || machineType === undefined ? undefined : { machineType, image, architecture, imageReference: ref };
}
