/**
 * The OpenStack stack of a shoot — what Gardener's OpenStack extension creates: a router with its
 * gateway on the region's floating pool (or an existing router), a network (or an existing one)
 * with a subnet on the shoot's node range, a security group without default rules, an SSH keypair,
 * server groups, and the static machines of `terraform` pools.
 *
 * Addresses come from `stackResourceAddresses()` in lib/validate/infrastructure.ts.
 */
import { LABELS } from '../../core/labels';
import { ShootLifecycle } from '../../core/types';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot, ResolvedWorkerPool } from '../../resolve/model';
import {
  DEFAULT_NODE_PORT_MAX, DEFAULT_NODE_PORT_MIN, poolTerraformName, staticMachineName,
} from '../../core/terraform-names';
import { joinUserData } from './cloud-init';
import {
  addJoinInputs, gatedForEach, machineUserData, ref, stateBackendFor, staticMachines, staticPools,
} from './common';
import { engineConstraint } from '../../core/stack';
import { ShootStackDefinition, openstack } from './engine';

const NETWORK = 'openstack_networking_network_v2.nodes';
const ROUTER = 'openstack_networking_router_v2.nodes';
const SUBNET = 'openstack_networking_subnet_v2.nodes';
const SECGROUP = 'openstack_networking_secgroup_v2.nodes';
const KEYPAIR = 'openstack_compute_keypair_v2.ssh';

/** Builds the OpenStack stack of a shoot; returns it with the names of its outputs. */
export function buildOpenStackStack(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): { stack: ShootStackDefinition; outputs: string[] } {
  const settings = shoot.openstack ?? {};
  const cfg = shoot.cloudProfile.props.openstack!;
  const protect = shoot.lifecycle !== ShootLifecycle.DECOMMISSIONING;
  const id = shoot.technicalId;
  const stack = new ShootStackDefinition(shoot.path, { backend: stateBackendFor(fleet, shoot), engine: engineConstraint(seed.stack) });
  stack.addOpenStackProvider({
    region: shoot.region,
    authUrl: cfg.keystoneUrls.find((k) => k.region === shoot.region)?.url,
  });
  const outputs: string[] = [];
  const output = (name: string, value: string, description: string) => {
    stack.addOutput(name, { value, description });
    outputs.push(name);
  };

  // External network of the router gateway (the floating pool).
  const floatingPool = shoot.infrastructure.openstack!.floatingPoolEntry!;
  let floatingNetworkId: string;
  if (floatingPool.networkId) {
    floatingNetworkId = floatingPool.networkId;
  } else {
    const external = stack.dataSource(openstack.dataOpenstackNetworkingNetworkV2.DataOpenstackNetworkingNetworkV2, 'floating_pool', {
      name: floatingPool.name,
      external: true,
    });
    floatingNetworkId = external.ref('id');
  }

  // Router.
  let routerId: string;
  if (settings.existingRouterId) {
    const router = stack.dataSource(openstack.dataOpenstackNetworkingRouterV2.DataOpenstackNetworkingRouterV2, 'nodes', {
      routerId: settings.existingRouterId,
    });
    routerId = router.ref('id');
  } else {
    stack.resource(openstack.networkingRouterV2.NetworkingRouterV2, 'nodes', {
      name: shoot.infrastructure.openstack!.router.name,
      description: `Router of shoot ${shoot.key} (seedbed)`,
      externalNetworkId: floatingNetworkId,
    }, { preventDestroy: protect });
    routerId = ref(ROUTER, 'id');
  }

  // Network: the shoot's own, or a shared one that this stack must never destroy.
  let networkId: string;
  let networkName: string;
  if (settings.existingNetworkId) {
    const network = stack.dataSource(openstack.dataOpenstackNetworkingNetworkV2.DataOpenstackNetworkingNetworkV2, 'nodes', {
      networkId: settings.existingNetworkId,
    });
    networkId = network.ref('id');
    networkName = network.ref('name');
  } else {
    stack.resource(openstack.networkingNetworkV2.NetworkingNetworkV2, 'nodes', {
      name: shoot.infrastructure.openstack!.network.name,
      description: `Node network of shoot ${shoot.key} (seedbed)`,
      adminStateUp: true,
    }, { preventDestroy: protect });
    networkId = ref(NETWORK, 'id');
    networkName = ref(NETWORK, 'name');
  }

  stack.resource(openstack.networkingSubnetV2.NetworkingSubnetV2, 'nodes', {
    name: shoot.infrastructure.openstack!.subnet,
    description: `Nodes of shoot ${shoot.key} (seedbed)`,
    networkId,
    cidr: shoot.networking.nodes,
    ipVersion: 4,
    dnsNameservers: cfg.dnsServers && cfg.dnsServers.length > 0 ? [...cfg.dnsServers] : undefined,
  }, { preventDestroy: protect });

  stack.resource(openstack.networkingRouterInterfaceV2.NetworkingRouterInterfaceV2, 'nodes', {
    routerId,
    subnetId: ref(SUBNET, 'id'),
  });

  // Security group: no default rules, then exactly ours.
  stack.resource(openstack.networkingSecgroupV2.NetworkingSecgroupV2, 'nodes', {
    name: shoot.infrastructure.openstack!.securityGroup,
    description: `Nodes of shoot ${shoot.key} (seedbed)`,
    deleteDefaultRules: true,
  });
  const sgId = ref(SECGROUP, 'id');
  const rule = (name: string, props: Omit<openstack.networkingSecgroupRuleV2.NetworkingSecgroupRuleV2Config, 'securityGroupId'>, forEach?: unknown) => {
    stack.resource(openstack.networkingSecgroupRuleV2.NetworkingSecgroupRuleV2, name, { ...props, securityGroupId: sgId }, { forEach });
  };
  rule('within_group', { description: 'Traffic between the nodes of the shoot', direction: 'ingress', ethertype: 'IPv4', remoteGroupId: sgId });
  rule('from_nodes', { description: 'Traffic from the node range (load balancers, DHCP, metadata)', direction: 'ingress', ethertype: 'IPv4', remoteIpPrefix: shoot.networking.nodes });
  rule('egress_ipv4', { description: 'Outbound IPv4', direction: 'egress', ethertype: 'IPv4' });
  rule('egress_ipv6', { description: 'Outbound IPv6', direction: 'egress', ethertype: 'IPv6' });
  const nodePorts = settings.nodePorts ?? {};
  const ranges = nodePorts.sourceRanges ?? ['0.0.0.0/0'];
  for (const protocol of ['tcp', 'udp']) {
    rule(`nodeports_${protocol}`, {
      description: `NodePort services (${protocol.toUpperCase()})`,
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol,
      portRangeMin: nodePorts.minimum ?? DEFAULT_NODE_PORT_MIN,
      portRangeMax: nodePorts.maximum ?? DEFAULT_NODE_PORT_MAX,
      remoteIpPrefix: '${each.value}',
    }, Object.fromEntries(ranges.map((c) => [c, c])));
  }

  // SSH keypair.
  if (settings.sshPublicKey) {
    stack.resource(openstack.computeKeypairV2.ComputeKeypairV2, 'ssh', {
      name: id,
      publicKey: settings.sshPublicKey.trim(),
    });
  }

  // Server groups, one per pool that asks for one.
  const serverGroups = new Map<string, string>();
  for (const pool of shoot.workers) {
    const policy = pool.openstack?.serverGroupPolicy;
    if (!policy) continue;
    stack.resource(openstack.computeServergroupV2.ComputeServergroupV2, poolTerraformName(pool.name), {
      name: shoot.infrastructure.openstack!.serverGroups[pool.name],
      policies: [policy],
    });
    serverGroups.set(pool.name, ref(`openstack_compute_servergroup_v2.${poolTerraformName(pool.name)}`, 'id'));
  }

  // Static machines.
  const statics = staticPools(shoot);
  if (statics.length > 0) {
    const inputs = addJoinInputs(stack, shoot);
    for (const pool of statics) {
      addStaticPool(stack, { fleet, seed, shoot, pool, inputs, networkId, serverGroupId: serverGroups.get(pool.name), protect });
    }
  }

  // Moves and imports the fleet asks for (checked against the stack's addresses by validation).
  for (const m of settings.moves ?? []) stack.addMovedAddress(m.from, m.to);
  for (const i of settings.imports ?? []) stack.addImportAddress(i.to, i.id);

  output('network_id', networkId, 'Network the nodes are attached to');
  output('network_name', networkName, 'Name of that network');
  output('subnet_id', ref(SUBNET, 'id'), 'Subnet of the node range');
  output('router_id', routerId, 'Router of the node subnet');
  output('floating_network_id', floatingNetworkId, 'External network for floating IPs and load balancers');
  output('floating_pool_name', floatingPool.name, 'Name of that external network');
  output('security_group_id', sgId, 'Security group of the nodes');
  output('security_group_name', ref(SECGROUP, 'name'), 'Name of that security group');
  if (settings.sshPublicKey) output('keypair_name', ref(KEYPAIR, 'name'), 'Nova keypair of the nodes');
  if (serverGroups.size > 0) {
    const entries = [...serverGroups.keys()].map((p) => `"${p}" = openstack_compute_servergroup_v2.${poolTerraformName(p)}.id`);
    output('server_group_ids', `\${{ ${entries.join(', ')} }}`, 'Server group id of each pool that has one');
  }
  return { stack, outputs };
}

interface StaticPoolProps {
  readonly fleet: ResolvedFleet;
  readonly seed: ResolvedSeed;
  readonly shoot: ResolvedShoot;
  readonly pool: ResolvedWorkerPool;
  readonly inputs: ReturnType<typeof addJoinInputs>;
  readonly networkId: string;
  readonly serverGroupId?: string;
  readonly protect: boolean;
}

/** One port and one instance per machine of a static pool, each keyed `<zone>-<index>`. */
function addStaticPool(stack: ShootStackDefinition, p: StaticPoolProps): void {
  const { shoot, pool } = p;
  const name = poolTerraformName(pool.name);
  const image = stack.dataSource(openstack.dataOpenstackImagesImageV2.DataOpenstackImagesImageV2, name, {
    name: pool.imageReference,
    mostRecent: true,
  });

  stack.local(`machines_${name}`, Object.fromEntries(staticMachines(pool).map((m) => [m.key, { zone: m.zone }])));
  stack.local(`user_data_${name}`, joinUserData({ seed: p.seed, shoot, pool, inputs: p.inputs }));

  stack.resource(openstack.networkingPortV2.NetworkingPortV2, name, {
    name: staticMachineName(shoot.technicalId, pool.name, '${each.key}'),
    networkId: p.networkId,
    adminStateUp: true,
    fixedIp: [{ subnetId: ref(SUBNET, 'id') }],
    securityGroupIds: [ref(SECGROUP, 'id')],
  }, { forEach: gatedForEach(`machines_${name}`), preventDestroy: p.protect });

  const volume = pool.volume;
  stack.resource(openstack.computeInstanceV2.ComputeInstanceV2, name, {
    name: staticMachineName(shoot.technicalId, pool.name, '${each.key}'),
    flavorName: pool.machineType.name,
    imageId: volume ? undefined : image.ref('id'),
    availabilityZone: '${each.value.zone}',
    keyPair: shoot.openstack?.sshPublicKey ? ref(KEYPAIR, 'name') : undefined,
    network: [{ port: `\${openstack_networking_port_v2.${name}[each.key].id}` }],
    userData: machineUserData(pool, `user_data_${name}`, staticMachineName(shoot.technicalId, pool.name, '${each.key}')),
    metadata: {
      [LABELS.fleet]: p.fleet.name,
      [LABELS.project]: shoot.project,
      [LABELS.shoot]: shoot.name,
      [LABELS.pool]: pool.name,
    },
    schedulerHints: p.serverGroupId ? [{ group: p.serverGroupId }] : undefined,
    blockDevice: volume ? [{
      uuid: image.ref('id'),
      sourceType: 'image',
      destinationType: 'volume',
      bootIndex: 0,
      volumeSize: volume.sizeGiB,
      volumeType: volume.type?.name,
      deleteOnTermination: true,
    }] : undefined,
  }, {
    forEach: gatedForEach(`machines_${name}`),
    preventDestroy: p.protect,
    // The join token is rotated after machines exist; a new token must not replace them.
    ignoreChanges: ['user_data'],
  });
}
