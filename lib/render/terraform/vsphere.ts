/**
 * The vSphere stack of a shoot: lookups of the placement the CloudProfile names (datacenter,
 * compute cluster, datastore and parent resource pool per zone, network), the shoot's VM folder,
 * a resource pool per zone, a tag category with tags for project, shoot and pools, an optional
 * distributed port group, and the static VMs of `terraform` pools with their anti-affinity rules.
 *
 * Addresses come from `stackResourceAddresses()` in lib/shoot/validate-infrastructure.ts.
 */
import { VSphereRegionConfig } from '../../cloudprofile/cloud-profile';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot, ResolvedWorkerPool } from '../../garden/model';
import { ShootLifecycle, VSphereShareLevel } from '../../shoot/shoot';
import { poolTerraformName, staticMachineName } from '../../shoot/validate-infrastructure';
import { VSphereAntiAffinity } from '../../worker-pool/worker-pool';
import { vsphereRegion } from '../infrastructure-names';
import { joinUserData } from './cloud-init';
import {
  addJoinInputs, gatedForEach, ref, stateBackendFor, staticMachines, staticPools,
} from './common';
import { ShootStack, TerraformLocal, vsphere } from './engine';

const DATACENTER = 'data.vsphere_datacenter.region';
const CLUSTER = 'data.vsphere_compute_cluster.zone';
const DATASTORE = 'data.vsphere_datastore.zone';
const RESOURCE_POOL = 'vsphere_resource_pool.zone';
const FOLDER = 'vsphere_folder.shoot';

/** Builds the vSphere stack of a shoot; returns it with the names of its outputs. */
export function buildVSphereStack(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): { stack: ShootStack; outputs: string[] } {
  const settings = shoot.vsphere ?? {};
  const region = vsphereRegion(shoot)!;
  const protect = shoot.lifecycle !== ShootLifecycle.DECOMMISSIONING;
  const id = shoot.technicalId;
  const stack = new ShootStack(shoot.path, { backend: stateBackendFor(fleet, shoot) });
  stack.addVSphereProvider({ server: region.vcenter });
  const outputs: string[] = [];
  const output = (name: string, value: string, description: string) => {
    stack.addOutput(name, { value, description });
    outputs.push(name);
  };

  // Zones the shoot uses: every zone of a pool, in the order of the CloudProfile.
  const used = new Set(shoot.workers.flatMap((w) => w.zones));
  const zones = region.zones.filter((z) => used.has(z.name) || shoot.workers.length === 0);

  // Lookups.
  const dc = new vsphere.dataVsphereDatacenter.DataVsphereDatacenter(stack, 'datacenter', { name: region.datacenter });
  stack.name(dc, 'region');
  const dcId = ref(DATACENTER, 'id');
  const cluster = new vsphere.dataVsphereComputeCluster.DataVsphereComputeCluster(stack, 'compute-cluster', {
    name: '${each.value}',
    datacenterId: dcId,
  });
  stack.name(cluster, 'zone');
  cluster.addOverride('for_each', Object.fromEntries(zones.map((z) => [z.name, z.computeCluster])));

  const datastores = zones.filter((z) => z.datastore ?? region.datastore);
  if (datastores.length > 0) {
    const ds = new vsphere.dataVsphereDatastore.DataVsphereDatastore(stack, 'datastore', { name: '${each.value}', datacenterId: dcId });
    stack.name(ds, 'zone');
    ds.addOverride('for_each', Object.fromEntries(datastores.map((z) => [z.name, z.datastore ?? region.datastore!])));
  }
  let storagePolicyId: string | undefined;
  if (region.storagePolicy) {
    const policy = new vsphere.dataVsphereStoragePolicy.DataVsphereStoragePolicy(stack, 'storage-policy', { name: region.storagePolicy });
    stack.name(policy, 'region');
    storagePolicyId = policy.id;
  }
  const parents = zones.filter((z) => z.resourcePool ?? region.resourcePool);
  if (parents.length > 0) {
    const parent = new vsphere.dataVsphereResourcePool.DataVsphereResourcePool(stack, 'parent-resource-pool', {
      name: '${each.value}',
      parentResourcePoolId: `\${${CLUSTER}[each.key].resource_pool_id}`,
    });
    stack.name(parent, 'zone_parent');
    parent.addOverride('for_each', Object.fromEntries(parents.map((z) => [z.name, z.resourcePool ?? region.resourcePool!])));
  }

  // Network: a port group of the shoot's own, or the one named in the settings or the CloudProfile.
  let networkId: string;
  let networkName: string;
  const dpg = settings.distributedPortGroup;
  if (dpg) {
    const dvs = new vsphere.dataVsphereDistributedVirtualSwitch.DataVsphereDistributedVirtualSwitch(stack, 'switch', {
      name: dpg.switchName,
      datacenterId: dcId,
    });
    stack.name(dvs, 'nodes');
    const group = new vsphere.distributedPortGroup.DistributedPortGroup(stack, 'port-group', {
      name: dpg.name ?? id,
      description: `Nodes of shoot ${shoot.key} (seedbed)`,
      distributedVirtualSwitchUuid: dvs.id,
      vlanId: dpg.vlanId,
    });
    stack.name(group, 'nodes');
    stack.preventDestroy(group, protect);
    networkId = ref('vsphere_distributed_port_group.nodes', 'id');
    networkName = ref('vsphere_distributed_port_group.nodes', 'name');
  } else {
    const network = new vsphere.dataVsphereNetwork.DataVsphereNetwork(stack, 'network', {
      name: settings.network ?? region.network,
      datacenterId: dcId,
    });
    stack.name(network, 'nodes');
    networkId = network.id;
    networkName = network.name;
  }

  // Tags: a category of the shoot's own (categories are global in vCenter), then one tag each.
  const category = new vsphere.tagCategory.TagCategory(stack, 'tag-category', {
    name: id,
    description: `Objects of shoot ${shoot.key} of fleet ${fleet.name} (seedbed)`,
    cardinality: 'MULTIPLE',
    associableTypes: ['Folder', 'ResourcePool', 'VirtualMachine', 'DistributedVirtualPortgroup'],
  });
  stack.name(category, 'shoot');
  const categoryId = ref('vsphere_tag_category.shoot', 'id');
  const tag = (name: string, tagName: string, description: string) => {
    const t = new vsphere.tag.Tag(stack, `tag-${name}`, { name: tagName, description, categoryId });
    stack.name(t, name);
    return t;
  };
  tag('project', `project:${shoot.project}`, `Project ${shoot.project}`);
  tag('shoot', `shoot:${shoot.name}`, `Shoot ${shoot.key}`);
  const poolTag = tag('pool', 'pool:${each.key}', 'Worker pool ${each.key}');
  poolTag.addOverride('for_each', Object.fromEntries(shoot.workers.map((w) => [w.name, w.name])));
  const shootTags = [ref('vsphere_tag.project', 'id'), ref('vsphere_tag.shoot', 'id')];

  // Folder and resource pools.
  const folder = new vsphere.folder.Folder(stack, 'folder', {
    path: `${region.folder.replace(/\/+$/, '')}/${id}`,
    type: 'vm',
    datacenterId: dcId,
    tags: shootTags,
  });
  stack.name(folder, 'shoot');
  stack.preventDestroy(folder, protect);

  const rp = settings.resourcePool ?? {};
  const pool = new vsphere.resourcePool.ResourcePool(stack, 'resource-pool', {
    name: id,
    parentResourcePoolId: '${each.value}',
    cpuShareLevel: rp.cpuShareLevel ?? VSphereShareLevel.NORMAL,
    cpuReservation: rp.cpuReservationMHz ?? 0,
    cpuLimit: rp.cpuLimitMHz ?? -1,
    cpuExpandable: true,
    memoryShareLevel: rp.memoryShareLevel ?? VSphereShareLevel.NORMAL,
    memoryReservation: rp.memoryReservationMiB ?? 0,
    memoryLimit: rp.memoryLimitMiB ?? -1,
    memoryExpandable: true,
    tags: shootTags,
  });
  stack.name(pool, 'zone');
  pool.addOverride('for_each', Object.fromEntries(zones.map((z) => [
    z.name,
    (z.resourcePool ?? region.resourcePool)
      ? `\${data.vsphere_resource_pool.zone_parent["${z.name}"].id}`
      : `\${${CLUSTER}["${z.name}"].resource_pool_id}`,
  ])));

  // Static VMs.
  const statics = staticPools(shoot);
  if (statics.length > 0) {
    const inputs = addJoinInputs(stack, shoot);
    for (const p of statics) {
      addStaticPool(stack, { seed, shoot, pool: p, region, inputs, networkId, storagePolicyId, protect, shootTags });
    }
  }

  for (const m of settings.moves ?? []) stack.addMovedAddress(m.from, m.to);
  for (const i of settings.imports ?? []) stack.addImportAddress(i.to, i.id);

  output('datacenter_id', dcId, 'Datacenter of the region');
  output('folder_path', ref(FOLDER, 'path'), 'VM folder of the shoot');
  output('resource_pool_ids', `\${{ for zone, pool in ${RESOURCE_POOL} : zone => pool.id }}`, 'Resource pool of the shoot in each zone');
  output('compute_cluster_ids', `\${{ for zone, cluster in ${CLUSTER} : zone => cluster.id }}`, 'Compute cluster of each zone');
  if (datastores.length > 0) output('datastore_ids', `\${{ for zone, ds in ${DATASTORE} : zone => ds.id }}`, 'Datastore of each zone');
  if (storagePolicyId) output('storage_policy_id', storagePolicyId, 'Storage policy of the region');
  output('network_id', networkId, 'Network (port group) the nodes are attached to');
  output('network_name', networkName, 'Name of that network');
  output('tag_ids', `\${concat([vsphere_tag.project.id, vsphere_tag.shoot.id])}`, 'Tags every object of the shoot carries');
  output('pool_tag_ids', `\${{ for pool, tag in vsphere_tag.pool : pool => tag.id }}`, 'Tag of each worker pool');
  return { stack, outputs };
}

interface StaticPoolProps {
  readonly seed: ResolvedSeed;
  readonly shoot: ResolvedShoot;
  readonly pool: ResolvedWorkerPool;
  readonly region: VSphereRegionConfig;
  readonly inputs: ReturnType<typeof addJoinInputs>;
  readonly networkId: string;
  readonly storagePolicyId?: string;
  readonly protect: boolean;
  readonly shootTags: string[];
}

/** One VM per machine of a static pool, cloned from the pool's template, and its anti-affinity rules. */
function addStaticPool(stack: ShootStack, p: StaticPoolProps): void {
  const { shoot, pool, region } = p;
  const name = poolTerraformName(pool.name);
  const mapping = shoot.cloudProfile.props.vsphere!.machineImages.find((m) => m.name === pool.image.name
    && m.version === pool.image.version && (m.architecture ?? 'amd64') === pool.architecture)!;
  const template = new vsphere.dataVsphereVirtualMachine.DataVsphereVirtualMachine(stack, `template-${pool.name}`, {
    name: mapping.template,
    datacenterId: ref(DATACENTER, 'id'),
  });
  stack.name(template, name);
  const tpl = `data.vsphere_virtual_machine.${name}`;

  const machines = staticMachines(pool);
  const local = new TerraformLocal(stack, `machines-${pool.name}`, Object.fromEntries(machines.map((m) => [m.key, { zone: m.zone }])));
  stack.name(local, `machines_${name}`);
  const userData = new TerraformLocal(stack, `user-data-${pool.name}`, joinUserData({
    seed: p.seed, shoot, pool, inputs: p.inputs, sshPublicKey: shoot.vsphere?.sshPublicKey,
  }));
  stack.name(userData, `user_data_${name}`);

  const vmName = staticMachineName(shoot.technicalId, pool.name, '${each.key}');
  const metadata = `\${base64encode(jsonencode({ "instance-id" = "${vmName}", "local-hostname" = "${vmName}" }))}`;
  const zoneHasDatastore = (zone: string) => !!(region.zones.find((z) => z.name === zone)?.datastore ?? region.datastore);
  const vm = new vsphere.virtualMachine.VirtualMachine(stack, `vm-${pool.name}`, {
    name: vmName,
    folder: ref(FOLDER, 'path'),
    resourcePoolId: `\${${RESOURCE_POOL}[each.value.zone].id}`,
    datastoreId: machines.every((m) => zoneHasDatastore(m.zone)) ? `\${${DATASTORE}[each.value.zone].id}` : undefined,
    storagePolicyId: p.storagePolicyId,
    numCpus: pool.machineType.cpu,
    memory: Math.round(pool.machineType.memoryGiB * 1024),
    guestId: mapping.guestId ?? `\${${tpl}.guest_id}`,
    firmware: `\${${tpl}.firmware}`,
    enableDiskUuid: true,
    networkInterface: [{ networkId: p.networkId, adapterType: `\${${tpl}.network_interface_types[0]}` }],
    disk: [{
      label: 'disk0',
      size: pool.volume ? pool.volume.sizeGiB : (`\${${tpl}.disks[0].size}` as unknown as number),
      thinProvisioned: `\${${tpl}.disks[0].thin_provisioned}` as unknown as boolean,
    }],
    clone: { templateUuid: `\${${tpl}.id}` },
    extraConfig: {
      'guestinfo.metadata': metadata,
      'guestinfo.metadata.encoding': 'base64',
      'guestinfo.userdata': `\${base64encode(local.user_data_${name})}`,
      'guestinfo.userdata.encoding': 'base64',
    },
    tags: [...p.shootTags, `\${vsphere_tag.pool["${pool.name}"].id}`],
  });
  stack.name(vm, name);
  vm.addOverride('for_each', gatedForEach(`machines_${name}`));
  stack.preventDestroy(vm, p.protect);
  // The join token is rotated after machines exist; a new token must not touch them.
  vm.lifecycle = { ...(vm.lifecycle ?? {}), ignoreChanges: ['extra_config'] };

  const policy = pool.vsphere?.antiAffinity ?? VSphereAntiAffinity.PREFERRED;
  if (policy !== VSphereAntiAffinity.NONE) {
    // A rule per compute cluster (zone) that holds at least two VMs of the pool.
    const crowded = pool.zoneShares.filter((z) => z.minimum >= 2).map((z) => z.zone);
    const rule = new vsphere.computeClusterVmAntiAffinityRule.ComputeClusterVmAntiAffinityRule(stack, `anti-affinity-${pool.name}`, {
      name: `${shoot.technicalId}-${pool.name}-\${each.key}`,
      computeClusterId: `\${${CLUSTER}[each.key].id}`,
      virtualMachineIds: `\${[ for key, vm in vsphere_virtual_machine.${name} : vm.id if local.machines_${name}[key].zone == each.key ]}` as unknown as string[],
      mandatory: policy === VSphereAntiAffinity.REQUIRED,
      enabled: true,
    });
    stack.name(rule, name);
    rule.addOverride('for_each', `\${{ for zone in ${JSON.stringify(crowded)} : zone => zone if local.join_ready }}`);
  }
}
