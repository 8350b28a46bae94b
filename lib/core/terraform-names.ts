/**
 * The Terraform addresses and machine names of a shoot's stack, from fleet identifiers only (pool
 * names, fixed words), so that the renderer and the checks of `moves`/`imports` agree on them and
 * a refactor of the construct tree never changes one.
 */
import { ProviderType, Provisioner } from './types';


/** NodePorts Kubernetes hands out by default. */
export const DEFAULT_NODE_PORT_MIN = 30000;
export const DEFAULT_NODE_PORT_MAX = 32767;

/** The Terraform name of everything that belongs to one worker pool: `pool_<name>` with `-` as `_`. */
export function poolTerraformName(pool: string): string {
  return `pool_${pool.replace(/-/g, '_')}`;
}

/** The `for_each` key of the `index`-th static machine of a pool in `zone`: `<zone>-<index>`. */
export function staticMachineKey(zone: string, index: number): string {
  return `${zone}-${index}`;
}

/** Name (and host name) of a static machine: `<technical id>-<pool>-<zone>-<index>`. */
export function staticMachineName(technicalId: string, pool: string, key: string): string {
  return `${technicalId}-${pool}-${key}`;
}

/** What decides which resources a shoot's stack declares. */
export interface StackLayoutInput {
  readonly provider: ProviderType;
  readonly openstack?: { readonly existingRouterId?: string; readonly existingNetworkId?: string; readonly sshPublicKey?: string };
  readonly vsphere?: { readonly distributedPortGroup?: unknown };
  readonly pools: ReadonlyArray<{
    readonly name: string;
    readonly provisioner: Provisioner;
    readonly openstack?: { readonly serverGroupPolicy?: string };
    readonly vsphere?: { readonly antiAffinity?: string };
  }>;
}

/**
 * The resource addresses (`type.name`, without instance keys) a shoot's stack declares. Resources
 * with one instance per zone, pool or machine use `for_each`, so the set does not depend on counts.
 */
export function stackResourceAddresses(input: StackLayoutInput): string[] {
  const out: string[] = [];
  const statics = input.pools.filter((p) => p.provisioner === Provisioner.TERRAFORM);
  if (input.provider === ProviderType.OPENSTACK) {
    const os = input.openstack ?? {};
    if (!os.existingRouterId) out.push('openstack_networking_router_v2.nodes');
    if (!os.existingNetworkId) out.push('openstack_networking_network_v2.nodes');
    out.push(
      'openstack_networking_subnet_v2.nodes',
      'openstack_networking_router_interface_v2.nodes',
      'openstack_networking_secgroup_v2.nodes',
      ...OPENSTACK_RULES.map((r) => `openstack_networking_secgroup_rule_v2.${r}`),
    );
    if (os.sshPublicKey) out.push('openstack_compute_keypair_v2.ssh');
    for (const p of input.pools) {
      if (p.openstack?.serverGroupPolicy) out.push(`openstack_compute_servergroup_v2.${poolTerraformName(p.name)}`);
    }
    for (const p of statics) {
      out.push(`openstack_networking_port_v2.${poolTerraformName(p.name)}`, `openstack_compute_instance_v2.${poolTerraformName(p.name)}`);
    }
  } else {
    out.push('vsphere_folder.shoot', 'vsphere_resource_pool.zone', 'vsphere_tag_category.shoot', 'vsphere_tag.project', 'vsphere_tag.shoot', 'vsphere_tag.pool');
    if (input.vsphere?.distributedPortGroup) out.push('vsphere_distributed_port_group.nodes');
    for (const p of statics) {
      out.push(`vsphere_virtual_machine.${poolTerraformName(p.name)}`);
      if ((p.vsphere?.antiAffinity ?? 'preferred') !== 'none') {  // VSphereAntiAffinity.PREFERRED / NONE
        out.push(`vsphere_compute_cluster_vm_anti_affinity_rule.${poolTerraformName(p.name)}`);
      }
    }
  }
  return out.sort();
}

/** Names of the security group rules of an OpenStack shoot. */
export const OPENSTACK_RULES = ['egress_ipv4', 'egress_ipv6', 'from_nodes', 'nodeports_tcp', 'nodeports_udp', 'within_group'] as const;

