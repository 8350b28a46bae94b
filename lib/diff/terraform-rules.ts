/**
 * The ForceNew table: which attributes of which Terraform resource types make a change
 * destructive. This is the one place to edit when a stack renders a new resource type.
 *
 * Each row names a resource type and its attributes (dot-separated; nested blocks are looked
 * through whether cdktn writes them as a map or a list), with the effect of changing one:
 *
 *  - `replace`: the provider marks the attribute ForceNew — Terraform destroys the resource and
 *    creates a new one (new ids; anything referring to the old `id` follows).
 *  - `disrupt`: the provider updates in place, but the update interrupts what runs on it
 *    (a resize reboots a server; a new router gateway moves its SNAT address and floating IPs).
 *
 * Rows are `destructive` unless the resource holds no state and nothing breaks while it is
 * re-created (security group rules, anti-affinity rules): those replacements are shown but safe.
 * Attributes not listed are treated as in-place updates.
 *
 * Sources: the argument references of terraform-provider-openstack (`Changing this creates a new
 * …`) and vmware/vsphere, for the resource types seedbed's stacks render.
 */

/** What changing an attribute does to the resource. */
export enum ChangeEffect {
  REPLACE = 'replace',
  DISRUPT = 'disrupt',
}

/** One row of the table. */
export interface ForceNewRule {
  /** Terraform resource type. */
  readonly type: string;
  /** Attributes (dot paths) whose change has this effect. */
  readonly attributes: readonly string[];
  readonly effect: ChangeEffect;
  /** Whether the replacement or disruption is destructive. */
  readonly destructive: boolean;
  /** What happens, for the reader of the diff. */
  readonly why: string;
}

const R = ChangeEffect.REPLACE;
const D = ChangeEffect.DISRUPT;

/**
 * The ForceNew table. The provider schemas in ../shared/terraform/schemas do not carry ForceNew, so
 * the rows were read from the providers' Go source at the versions the stacks pin:
 *  - terraform-provider-openstack v3.4.0: `openstack/resource_openstack_<type>.go` (`ForceNew: true`
 *    in each Schema; `compute_instance_v2` also forces a new server when the old flavor is gone, via
 *    CustomizeDiff, and rebuilds it in place on a new `image_id`/`image_name` — `servers.Rebuild`
 *    in its Update: same server, new root disk);
 *  - vmware/terraform-provider-vsphere v2.15.0: `vsphere/resource_vsphere_<type>.go` (ForceNew in the
 *    schemas; `vsphere_virtual_machine`'s CustomizeDiff forces a new VM on any change under `clone`,
 *    except `clone.timeout`; `folder`, `resource_pool_id`, `datastore_id` are updated in place by
 *    moving or relocating the VM; `vsphere_tag_category` and `vsphere_resource_pool` have no
 *    ForceNew attribute).
 */
export const FORCE_NEW: readonly ForceNewRule[] = [
  // ── OpenStack (terraform-provider-openstack v3.4.0) ─────────────────────────────────────
  { type: 'openstack_networking_network_v2', attributes: ['region', 'tenant_id', 'availability_zone_hints', 'transparent_vlan', 'value_specs'], effect: R, destructive: true, why: 'the network is re-created; every port on it is lost' },
  { type: 'openstack_networking_subnet_v2', attributes: ['cidr', 'network_id', 'ip_version', 'prefix_length', 'subnetpool_id', 'ipv6_address_mode', 'ipv6_ra_mode', 'region', 'tenant_id', 'value_specs'], effect: R, destructive: true, why: 'the subnet is re-created; nodes on it lose their addresses' },
  { type: 'openstack_networking_router_v2', attributes: ['region', 'tenant_id', 'distributed', 'availability_zone_hints', 'value_specs'], effect: R, destructive: true, why: 'the router is re-created; egress stops until it is back' },
  { type: 'openstack_networking_router_v2', attributes: ['external_network_id', 'external_fixed_ip'], effect: D, destructive: true, why: 'the router gets a new external gateway: its SNAT address and the floating IPs behind it change' },
  { type: 'openstack_networking_router_interface_v2', attributes: ['router_id', 'subnet_id', 'port_id', 'region'], effect: R, destructive: true, why: 'the subnet is detached from its router while the interface is re-created' },
  { type: 'openstack_networking_secgroup_v2', attributes: ['region', 'tenant_id', 'delete_default_rules'], effect: R, destructive: true, why: 'the security group is re-created; ports using it lose their rules' },
  { type: 'openstack_networking_secgroup_rule_v2', attributes: ['direction', 'ethertype', 'protocol', 'port_range_min', 'port_range_max', 'remote_ip_prefix', 'remote_group_id', 'remote_address_group_id', 'security_group_id', 'description', 'region', 'tenant_id'], effect: R, destructive: false, why: 'the rule is re-created (rules hold no state)' },
  { type: 'openstack_networking_port_v2', attributes: ['network_id', 'mac_address', 'device_id', 'device_owner', 'region', 'tenant_id', 'value_specs'], effect: R, destructive: true, why: 'the port is re-created with a new address' },
  { type: 'openstack_networking_floatingip_v2', attributes: ['pool', 'address', 'dns_name', 'dns_domain', 'region', 'tenant_id', 'value_specs'], effect: R, destructive: true, why: 'the floating IP is released and a new address allocated' },
  { type: 'openstack_compute_keypair_v2', attributes: ['name', 'public_key', 'region', 'user_id', 'value_specs'], effect: R, destructive: true, why: 'the keypair is re-created; servers created with it keep the old key' },
  { type: 'openstack_compute_servergroup_v2', attributes: ['name', 'policies', 'rules', 'region', 'value_specs'], effect: R, destructive: true, why: 'the server group is re-created; its servers are re-created to join the new one' },
  { type: 'openstack_compute_instance_v2', attributes: ['availability_zone', 'availability_zone_hints', 'key_pair', 'user_data', 'config_drive', 'block_device', 'scheduler_hints', 'network', 'network_mode', 'hypervisor_hostname', 'region'], effect: R, destructive: true, why: 'the server is destroyed and a new one created' },
  { type: 'openstack_compute_instance_v2', attributes: ['image_id', 'image_name'], effect: D, destructive: true, why: 'the server is rebuilt from the new image: same server, its root disk wiped' },
  { type: 'openstack_compute_instance_v2', attributes: ['flavor_id', 'flavor_name'], effect: D, destructive: true, why: 'the server is resized: it stops and reboots' },
  { type: 'openstack_blockstorage_volume_v3', attributes: ['availability_zone', 'image_id', 'snapshot_id', 'source_vol_id', 'source_replica', 'backup_id', 'consistency_group_id', 'scheduler_hints', 'region'], effect: R, destructive: true, why: 'the volume is re-created empty' },
  // ── vSphere (vmware/terraform-provider-vsphere v2.15.0) ─────────────────────────────────
  { type: 'vsphere_virtual_machine', attributes: ['clone'], effect: R, destructive: true, why: 'the VM is destroyed and cloned again from the template' },
  { type: 'vsphere_virtual_machine', attributes: ['folder'], effect: D, destructive: true, why: 'the VM moves to another folder; folder permissions and folder-scoped automation change under it' },
  { type: 'vsphere_folder', attributes: ['type', 'datacenter_id'], effect: R, destructive: true, why: 'the folder is re-created; the VMs in it must move first' },
  { type: 'vsphere_folder', attributes: ['path'], effect: D, destructive: true, why: 'the folder is renamed or moved; its VMs move with it, and folder permissions and folder-scoped automation change under them' },
  { type: 'vsphere_tag', attributes: ['category_id'], effect: R, destructive: true, why: 'the tag is re-created; its assignments are lost' },
  { type: 'vsphere_distributed_port_group', attributes: ['distributed_virtual_switch_uuid'], effect: R, destructive: true, why: 'the port group is re-created; VMs on it lose their network' },
  { type: 'vsphere_compute_cluster_vm_anti_affinity_rule', attributes: ['compute_cluster_id'], effect: R, destructive: false, why: 'the rule is re-created (rules hold no state)' },
];

/** The rows of a resource type. */
export function forceNewRulesFor(type: string): ForceNewRule[] {
  return FORCE_NEW.filter((r) => r.type === type);
}
