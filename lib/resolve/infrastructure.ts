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
import { OpenStackFloatingPool, VSphereRegionConfig, VSphereZoneConfig } from '../model/cloud-profile';
import { ResolvedSeed, ResolvedShoot, ResolvedWorkerPool } from './model';

/** A CAPO network/router reference: by id for a pre-existing object, else by name. */
export interface OpenStackReference {
  readonly id?: string;
  readonly name?: string;
}

/** The shoot's network: the existing one when configured, else the one its stack creates. */
export function openStackNetwork(shoot: ResolvedShoot): OpenStackReference {
  const id = shoot.openstack?.existingNetworkId;
  return id ? { id } : { name: shoot.technicalId };
}

/** The shoot's router: the existing one when configured, else the one its stack creates. */
export function openStackRouter(shoot: ResolvedShoot): OpenStackReference {
  const id = shoot.openstack?.existingRouterId;
  return id ? { id } : { name: shoot.technicalId };
}

/** The subnet of the shoot's nodes (created by the stack, also inside an existing network). */
export function openStackSubnetName(shoot: ResolvedShoot): string {
  return shoot.technicalId;
}

/** The security group of the shoot's nodes. */
export function openStackSecurityGroupName(shoot: ResolvedShoot): string {
  return shoot.technicalId;
}

/** The server group of a worker pool, when the pool asks for one (a server group policy). */
export function openStackServerGroupName(shoot: ResolvedShoot, pool: ResolvedWorkerPool): string | undefined {
  const settings = pool.openstack as { readonly serverGroupPolicy?: string } | undefined;
  return settings?.serverGroupPolicy ? `${shoot.technicalId}-${pool.name}` : undefined;
}

/** The floating pool entry of the shoot: the one it names, else the first of its region. */
export function openStackFloatingPoolEntry(shoot: ResolvedShoot): OpenStackFloatingPool | undefined {
  const pools = (shoot.cloudProfile.props.openstack?.floatingPools ?? []).filter((p) => p.region === undefined || p.region === shoot.region);
  return pools.find((p) => p.name === shoot.openstack?.floatingPoolName) ?? pools[0];
}

/** The external network (floating pool) of the shoot's region. */
export function openStackFloatingPool(shoot: ResolvedShoot): string | undefined {
  return shoot.openstack?.floatingPoolName ?? openStackFloatingPoolEntry(shoot)?.name;
}

/** The vSphere settings of the shoot's region. */
export function vsphereRegion(shoot: ResolvedShoot): VSphereRegionConfig | undefined {
  return shoot.cloudProfile.props.vsphere?.regions.find((r) => r.name === shoot.region);
}

/** The port group the shoot's VMs attach to. */
export function vsphereNetwork(shoot: ResolvedShoot): string | undefined {
  const settings = shoot.vsphere as { readonly network?: string; readonly distributedPortGroup?: { readonly name?: string } } | undefined;
  if (settings?.distributedPortGroup) return settings.distributedPortGroup.name ?? shoot.technicalId;
  return settings?.network ?? vsphereRegion(shoot)?.network;
}

/** Inventory path of the shoot's VM folder. */
export function vsphereFolder(shoot: ResolvedShoot, region: VSphereRegionConfig): string {
  return `/${region.datacenter}/vm/${trimSlashes(region.folder)}/${shoot.technicalId}`;
}

/** Inventory path of the shoot's resource pool in a zone's compute cluster. */
export function vsphereResourcePool(shoot: ResolvedShoot, region: VSphereRegionConfig, zone: VSphereZoneConfig): string {
  const parent = zone.resourcePool ?? region.resourcePool;
  const base = `/${region.datacenter}/host/${zone.computeCluster}/Resources`;
  return parent ? `${base}/${trimSlashes(parent)}/${shoot.technicalId}` : `${base}/${shoot.technicalId}`;
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** Port of every hosted API server. */
export const API_SERVER_PORT = 6443;

/** Host name of a shoot's API server under its seed's ingress domain: `api.<technical id>.<ingress domain>`. */
export function seedApiHost(shoot: ResolvedShoot, seed: ResolvedSeed): string {
  return `api.${shoot.technicalId}.${seed.ingressDomain}`;
}

/** Host names the API server certificate covers: `api.<shoot domain>` (when set) and the seed host. */
export function apiCertSANs(shoot: ResolvedShoot, seed: ResolvedSeed): string[] {
  return [...(shoot.dnsDomain ? [`api.${shoot.dnsDomain}`] : []), seedApiHost(shoot, seed)];
}
