/**
 * The vSphere stack of a shoot: lookups of the placement the CloudProfile names (datacenter,
 * compute cluster, datastore and parent resource pool per zone, network), the shoot's VM folder,
 * a resource pool per zone, a tag category with tags for project, shoot and pools, an optional
 * distributed port group, and the static VMs of `terraform` pools with their anti-affinity rules.
 *
 * Addresses come from `stackResourceAddresses()` in lib/validate/infrastructure.ts.
 */
import type { ResolvedFleet, ResolvedSeed, ResolvedShoot, ResolvedWorkerPool, VSphereRegionConfig } from '../../resolve/model';
import { MachineImageUserDataFormat, ShootLifecycle, VSphereShareLevel } from '../../core/types';
import { poolTerraformName, staticMachineName } from '../../core/terraform-names';
import { VSphereAntiAffinity } from '../../core/types';
import { joinUserData } from './cloud-init';
import {
  addJoinInputs, gatedForEach, machineUserData, ref, stateBackendFor, staticMachines, staticPools,
} from './common';
import { engineConstraint } from '../../core/stack';
import { ShootStackDefinition, vsphere } from './engine';

const DATACENTER = 'data.vsphere_datacenter.region';
const CLUSTER = 'data.vsphere_compute_cluster.zone';
const DATASTORE = 'data.vsphere_datastore.zone';
const RESOURCE_POOL = 'vsphere_resource_pool.zone';
const FOLDER = 'vsphere_folder.shoot';

/** Builds the vSphere stack of a shoot; returns it with the names of its outputs. */
export function buildVSphereStack(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): { stack: ShootStackDefinition; outputs: string[] } {
  const settings = shoot.vsphere ?? {};
  const region = shoot.infrastructure.vsphere!.region!;
  const protect = shoot.lifecycle !== ShootLifecycle.DECOMMISSIONING;
  const id = shoot.technicalId;
  const stack = new ShootStackDefinition(shoot.path, { backend: stateBackendFor(fleet, shoot), engine: engineConstraint(seed.stack) });
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
  stack.dataSource(vsphere.dataVsphereDatacenter.DataVsphereDatacenter, 'region', { name: region.datacenter });
  const dcId = ref(DATACENTER, 'id');
  stack.dataSource(vsphere.dataVsphereComputeCluster.DataVsphereComputeCluster, 'zone', {
    name: '${each.value}',
    datacenterId: dcId,
  }, { forEach: Object.fromEntries(zones.map((z) => [z.name, z.computeCluster])) });

  const datastores = zones.filter((z) => z.datastore ?? region.datastore);
  if (datastores.length > 0) {
    stack.dataSource(vsphere.dataVsphereDatastore.DataVsphereDatastore, 'zone', { name: '${each.value}', datacenterId: dcId }, {
      forEach: Object.fromEntries(datastores.map((z) => [z.name, z.datastore ?? region.datastore!])),
    });
  }
  let storagePolicyId: string | undefined;
  if (region.storagePolicy) {
    const policy = stack.dataSource(vsphere.dataVsphereStoragePolicy.DataVsphereStoragePolicy, 'region', { name: region.storagePolicy });
    storagePolicyId = policy.ref('id');
  }
  const parents = zones.filter((z) => z.resourcePool ?? region.resourcePool);
  if (parents.length > 0) {
    stack.dataSource(vsphere.dataVsphereResourcePool.DataVsphereResourcePool, 'zone_parent', {
      name: '${each.value}',
      parentResourcePoolId: `\${${CLUSTER}[each.key].resource_pool_id}`,
    }, { forEach: Object.fromEntries(parents.map((z) => [z.name, z.resourcePool ?? region.resourcePool!])) });
  }

  // Network: a port group of the shoot's own, or the one named in the settings or the CloudProfile.
  let networkId: string;
  let networkName: string;
  const dpg = settings.distributedPortGroup;
  if (dpg) {
    const dvs = stack.dataSource(vsphere.dataVsphereDistributedVirtualSwitch.DataVsphereDistributedVirtualSwitch, 'nodes', {
      name: dpg.switchName,
      datacenterId: dcId,
    });
    stack.resource(vsphere.distributedPortGroup.DistributedPortGroup, 'nodes', {
      name: dpg.name ?? id,
      description: `Nodes of shoot ${shoot.key} (seedbed)`,
      distributedVirtualSwitchUuid: dvs.ref('id'),
      vlanId: dpg.vlanId,
    }, { preventDestroy: protect });
    networkId = ref('vsphere_distributed_port_group.nodes', 'id');
    networkName = ref('vsphere_distributed_port_group.nodes', 'name');
  } else {
    const network = stack.dataSource(vsphere.dataVsphereNetwork.DataVsphereNetwork, 'nodes', {
      name: settings.network ?? region.network,
      datacenterId: dcId,
    });
    networkId = network.ref('id');
    networkName = network.ref('name');
  }

  // Tags: a category of the shoot's own (categories are global in vCenter), then one tag each.
  stack.resource(vsphere.tagCategory.TagCategory, 'shoot', {
    name: id,
    description: `Objects of shoot ${shoot.key} of fleet ${fleet.name} (seedbed)`,
    cardinality: 'MULTIPLE',
    associableTypes: ['Folder', 'ResourcePool', 'VirtualMachine', 'DistributedVirtualPortgroup'],
  });
  const categoryId = ref('vsphere_tag_category.shoot', 'id');
  const tag = (name: string, tagName: string, description: string, forEach?: unknown) => {
    stack.resource(vsphere.tag.Tag, name, { name: tagName, description, categoryId }, { forEach });
  };
  tag('project', `project:${shoot.project}`, `Project ${shoot.project}`);
  tag('shoot', `shoot:${shoot.name}`, `Shoot ${shoot.key}`);
  tag('pool', 'pool:${each.key}', 'Worker pool ${each.key}', Object.fromEntries(shoot.workers.map((w) => [w.name, w.name])));
  const shootTags = [ref('vsphere_tag.project', 'id'), ref('vsphere_tag.shoot', 'id')];

  // Folder and resource pools.
  stack.resource(vsphere.folder.Folder, 'shoot', {
    path: `${region.folder.replace(/\/+$/, '')}/${id}`,
    type: 'vm',
    datacenterId: dcId,
    tags: shootTags,
  }, { preventDestroy: protect });

  const rp = settings.resourcePool ?? {};
  stack.resource(vsphere.resourcePool.ResourcePool, 'zone', {
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
  }, {
    forEach: Object.fromEntries(zones.map((z) => [
      z.name,
      (z.resourcePool ?? region.resourcePool)
        ? `\${data.vsphere_resource_pool.zone_parent["${z.name}"].id}`
        : `\${${CLUSTER}["${z.name}"].resource_pool_id}`,
    ])),
  });

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
function addStaticPool(stack: ShootStackDefinition, p: StaticPoolProps): void {
  const { shoot, pool, region } = p;
  const name = poolTerraformName(pool.name);
  stack.dataSource(vsphere.dataVsphereVirtualMachine.DataVsphereVirtualMachine, name, {
    name: pool.imageReference,
    datacenterId: ref(DATACENTER, 'id'),
  });
  const tpl = `data.vsphere_virtual_machine.${name}`;

  const machines = staticMachines(pool);
  stack.local(`machines_${name}`, Object.fromEntries(machines.map((m) => [m.key, { zone: m.zone }])));
  stack.local(`user_data_${name}`, joinUserData({
    seed: p.seed, shoot, pool, inputs: p.inputs, sshPublicKey: shoot.vsphere?.sshPublicKey,
  }));

  const vmName = staticMachineName(shoot.technicalId, pool.name, '${each.key}');
  const metadata = `\${base64encode(jsonencode({ "instance-id" = "${vmName}", "local-hostname" = "${vmName}" }))}`;
  const zoneHasDatastore = (zone: string) => !!(region.zones.find((z) => z.name === zone)?.datastore ?? region.datastore);
  stack.resource(vsphere.virtualMachine.VirtualMachine, name, {
    name: vmName,
    folder: ref(FOLDER, 'path'),
    resourcePoolId: `\${${RESOURCE_POOL}[each.value.zone].id}`,
    datastoreId: machines.every((m) => zoneHasDatastore(m.zone)) ? `\${${DATASTORE}[each.value.zone].id}` : undefined,
    storagePolicyId: p.storagePolicyId,
    numCpus: pool.machineType.cpu,
    memory: Math.round(pool.machineType.memoryGiB * 1024),
    guestId: guestIdOf(shoot, pool) ?? `\${${tpl}.guest_id}`,
    firmware: `\${${tpl}.firmware}`,
    enableDiskUuid: true,
    networkInterface: [{ networkId: p.networkId, adapterType: `\${${tpl}.network_interface_types[0]}` }],
    disk: [{
      label: 'disk0',
      size: pool.volume ? pool.volume.sizeGiB : (`\${${tpl}.disks[0].size}` as unknown as number),
      thinProvisioned: `\${${tpl}.disks[0].thin_provisioned}` as unknown as boolean,
    }],
    clone: { templateUuid: `\${${tpl}.id}` },
    // Ignition reads its config from guestinfo.ignition.config.data on VMware; cloud-init's
    // VMware datasource reads guestinfo.metadata/userdata.
    extraConfig: pool.userDataFormat === MachineImageUserDataFormat.IGNITION ? {
      'guestinfo.ignition.config.data': `\${base64encode(${machineUserData(pool, `user_data_${name}`, vmName).slice(2, -1)})}`,
      'guestinfo.ignition.config.data.encoding': 'base64',
    } : {
      'guestinfo.metadata': metadata,
      'guestinfo.metadata.encoding': 'base64',
      'guestinfo.userdata': `\${base64encode(local.user_data_${name})}`,
      'guestinfo.userdata.encoding': 'base64',
    },
    tags: [...p.shootTags, `\${vsphere_tag.pool["${pool.name}"].id}`],
  }, {
    forEach: gatedForEach(`machines_${name}`),
    preventDestroy: p.protect,
    // The join token is rotated after machines exist; a new token must not touch them.
    ignoreChanges: ['extra_config'],
  });

  const policy = pool.vsphere?.antiAffinity ?? VSphereAntiAffinity.PREFERRED;
  if (policy !== VSphereAntiAffinity.NONE) {
    // A rule per compute cluster (zone) that holds at least two VMs of the pool.
    const crowded = pool.zoneShares.filter((z) => z.minimum >= 2).map((z) => z.zone);
    stack.resource(vsphere.computeClusterVmAntiAffinityRule.ComputeClusterVmAntiAffinityRule, name, {
      name: `${shoot.technicalId}-${pool.name}-\${each.key}`,
      computeClusterId: `\${${CLUSTER}[each.key].id}`,
      virtualMachineIds: `\${[ for key, vm in vsphere_virtual_machine.${name} : vm.id if local.machines_${name}[key].zone == each.key ]}` as unknown as string[],
      mandatory: policy === VSphereAntiAffinity.REQUIRED,
      enabled: true,
    }, { forEach: `\${{ for zone in ${JSON.stringify(crowded)} : zone => zone if local.join_ready }}` });
  }
}

/** The guest OS id the CloudProfile gives for the pool's image version, if any (else the template's). */
function guestIdOf(shoot: ResolvedShoot, pool: ResolvedWorkerPool): string | undefined {
  return shoot.cloudProfile.props.vsphere?.machineImages.find((m) => m.name === pool.image.name && m.version === pool.image.version
    && (m.architecture ?? 'amd64') === pool.architecture)?.guestId;
}
