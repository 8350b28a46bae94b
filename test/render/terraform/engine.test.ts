import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Construct } from 'constructs';
import {
  ShootStack, StateBackend, StateBackendType, TerraformVariable, Token, openstack, shortProviderSource, vsphere,
} from '../../../lib/render/terraform/engine';
import { formatDiagnostics, terraformPlan, terraformValidate } from '../../support/terraform';

const JOIN_TOKEN = { join_token: 'dummy-token-for-plan' };

/**
 * A small OpenStack shoot stack. `stackId` and `groupId` are construct ids only; the Terraform
 * names are fixed, so changing the ids must not change the output.
 */
function openstackStack(stackId = 'shoot--garden-dev--alpha', groupId = 'network'): ShootStack {
  const stack = new ShootStack(stackId, {
    backend: StateBackend.kubernetes({ secretSuffix: 'garden-dev--alpha', namespace: 'shoot--garden-dev--alpha' }),
  });
  stack.addOpenStackProvider({ region: 'RegionOne' });
  const group = new Construct(stack, groupId);

  const network = new openstack.networkingNetworkV2.NetworkingNetworkV2(group, 'net', {
    name: 'shoot--garden-dev--alpha',
    adminStateUp: true,
  });
  stack.name(network, 'nodes');
  stack.preventDestroy(network);

  const subnet = new openstack.networkingSubnetV2.NetworkingSubnetV2(group, 'subnet', {
    name: 'shoot--garden-dev--alpha-nodes',
    networkId: network.id,
    cidr: '10.250.0.0/16',
    ipVersion: 4,
    dnsNameservers: ['10.0.0.53'],
  });
  stack.name(subnet, 'nodes');

  const router = new openstack.networkingRouterV2.NetworkingRouterV2(group, 'router', {
    name: 'shoot--garden-dev--alpha',
    externalNetworkId: '4c9ab7a6-4f6e-4c3f-9d26-6a6d1c4ba111',
  });
  stack.name(router, 'router');

  const iface = new openstack.networkingRouterInterfaceV2.NetworkingRouterInterfaceV2(group, 'iface', {
    routerId: router.id,
    subnetId: subnet.id,
  });
  stack.name(iface, 'nodes');

  const secgroup = new openstack.networkingSecgroupV2.NetworkingSecgroupV2(group, 'sg', {
    name: 'shoot--garden-dev--alpha',
    deleteDefaultRules: true,
  });
  stack.name(secgroup, 'nodes');

  const rule = new openstack.networkingSecgroupRuleV2.NetworkingSecgroupRuleV2(group, 'nodeports', {
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 'tcp',
    portRangeMin: 30000,
    portRangeMax: 32767,
    securityGroupId: secgroup.id,
  });
  stack.name(rule, 'nodeports_tcp');

  const keypair = new openstack.computeKeypairV2.ComputeKeypairV2(group, 'ssh', {
    name: 'shoot--garden-dev--alpha',
    publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDtestkeytestkeytestkeytestkeytestkeytestkeyte seedbed',
  });
  stack.name(keypair, 'ssh');

  stack.addMoved('openstack_networking_network_v2.network', network);
  stack.addSensitiveVariable('join_token', { description: 'Bootstrap token workers use to join the control plane' });
  stack.addOutput('network_id', { value: network.id });
  return stack;
}

/** A small vSphere shoot stack: lookups, folder, resource pool, tag category and tag. */
function vsphereStack(stackId = 'shoot--garden-dev--beta'): ShootStack {
  const stack = new ShootStack(stackId, {
    backend: StateBackend.kubernetes({ secretSuffix: 'garden-dev--beta', namespace: 'shoot--garden-dev--beta' }),
  });
  stack.addVSphereProvider({ server: 'vcenter.example.internal' });

  const dc = new vsphere.dataVsphereDatacenter.DataVsphereDatacenter(stack, 'dc', { name: 'dc1' });
  stack.name(dc, 'datacenter');
  const cluster = new vsphere.dataVsphereComputeCluster.DataVsphereComputeCluster(stack, 'cluster', {
    name: 'cluster1',
    datacenterId: dc.id,
  });
  stack.name(cluster, 'cluster');
  const datastore = new vsphere.dataVsphereDatastore.DataVsphereDatastore(stack, 'ds', {
    name: 'vsanDatastore',
    datacenterId: dc.id,
  });
  stack.name(datastore, 'datastore');
  const network = new vsphere.dataVsphereNetwork.DataVsphereNetwork(stack, 'net', {
    name: 'VM Network',
    datacenterId: dc.id,
  });
  stack.name(network, 'nodes');

  const folder = new vsphere.folder.Folder(stack, 'folder', {
    path: 'seedbed/garden-dev--beta',
    type: 'vm',
    datacenterId: dc.id,
  });
  stack.name(folder, 'shoot');
  stack.preventDestroy(folder);

  const pool = new vsphere.resourcePool.ResourcePool(stack, 'pool', {
    name: 'garden-dev--beta',
    parentResourcePoolId: cluster.resourcePoolId,
    cpuShareLevel: 'normal',
    memoryLimit: 65536,
  });
  stack.name(pool, 'shoot');

  const category = new vsphere.tagCategory.TagCategory(stack, 'category', {
    name: 'seedbed-shoot',
    cardinality: 'SINGLE',
    associableTypes: ['VirtualMachine', 'Folder', 'ResourcePool'],
  });
  stack.name(category, 'shoot');
  const tag = new vsphere.tag.Tag(stack, 'tag', { name: 'garden-dev--beta', categoryId: category.id });
  stack.name(tag, 'shoot');

  stack.addOutput('datastore_id', { value: datastore.id });
  stack.addOutput('network_id', { value: network.id });
  return stack;
}

const dirs: string[] = [];
function writeStack(doc: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-engine-test-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), `${JSON.stringify(doc, null, 2)}\n`);
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Every object's keys in code-unit order, at every depth. */
function expectSortedDeep(value: unknown, where = '$'): void {
  if (Array.isArray(value)) return value.forEach((v, i) => expectSortedDeep(v, `${where}[${i}]`));
  if (value === null || typeof value !== 'object') return;
  const keys = Object.keys(value);
  expect({ where, keys }).toEqual({ where, keys: [...keys].sort() });
  for (const k of keys) expectSortedDeep((value as Record<string, unknown>)[k], `${where}.${k}`);
}

describe('OpenStack stack', () => {
  const doc = openstackStack().toTerraformJson();
  const text = JSON.stringify(doc);

  test('resource addresses are exactly the names we gave', () => {
    const addresses = Object.entries(doc.resource).flatMap(([type, byName]) =>
      Object.keys(byName as object).map((name) => `${type}.${name}`),
    );
    expect(addresses).toEqual([
      'openstack_compute_keypair_v2.ssh',
      'openstack_networking_network_v2.nodes',
      'openstack_networking_router_interface_v2.nodes',
      'openstack_networking_router_v2.router',
      'openstack_networking_secgroup_rule_v2.nodeports_tcp',
      'openstack_networking_secgroup_v2.nodes',
      'openstack_networking_subnet_v2.nodes',
    ]);
    expect(doc.resource.openstack_networking_subnet_v2.nodes).toEqual({
      cidr: '10.250.0.0/16',
      dns_nameservers: ['10.0.0.53'],
      ip_version: 4,
      name: 'shoot--garden-dev--alpha-nodes',
      network_id: '${openstack_networking_network_v2.nodes.id}',
    });
    expect(doc.resource.openstack_networking_router_interface_v2.nodes).toEqual({
      router_id: '${openstack_networking_router_v2.router.id}',
      subnet_id: '${openstack_networking_subnet_v2.nodes.id}',
    });
    expect(doc.resource.openstack_networking_secgroup_rule_v2.nodeports_tcp).toMatchObject({
      port_range_min: 30000,
      port_range_max: 32767,
      security_group_id: '${openstack_networking_secgroup_v2.nodes.id}',
    });
  });

  test('terraform block: pinned provider with the short source both engines resolve, and the kubernetes backend', () => {
    expect(doc.terraform).toEqual({
      backend: {
        kubernetes: {
          in_cluster_config: true,
          namespace: 'shoot--garden-dev--alpha',
          secret_suffix: 'garden-dev--alpha',
        },
      },
      required_providers: {
        openstack: { source: 'terraform-provider-openstack/openstack', version: '3.4.0' },
      },
      required_version: '>= 1.5.0',
    });
    expect(doc.provider).toEqual({ openstack: [{ region: 'RegionOne' }] });
  });

  test('prevent_destroy, moved, the sensitive variable and the output', () => {
    expect(doc.resource.openstack_networking_network_v2.nodes.lifecycle).toEqual({ prevent_destroy: true });
    expect(doc.resource.openstack_networking_subnet_v2.nodes.lifecycle).toBeUndefined();
    expect(doc.moved).toEqual([
      { from: 'openstack_networking_network_v2.network', to: 'openstack_networking_network_v2.nodes' },
    ]);
    expect(doc.variable).toEqual({
      join_token: {
        description: 'Bootstrap token workers use to join the control plane',
        nullable: false,
        sensitive: true,
        type: 'string',
      },
    });
    expect(doc.output).toEqual({ network_id: { value: '${openstack_networking_network_v2.nodes.id}' } });
  });

  test('no cdktn metadata, no construct paths, keys sorted', () => {
    expect(text).not.toContain('"//"');
    expect(text).not.toMatch(/shoot--garden-dev--alpha\/|network\/net|cdktf|cdktn|stacktrace/);
    expectSortedDeep(doc);
  });

  test('rendering is repeatable', () => {
    const stack = openstackStack();
    const first = JSON.stringify(stack.toTerraformJson());
    expect(JSON.stringify(stack.toTerraformJson())).toBe(first);
    expect(first).toBe(text);
  });

  test('the same JSON when construct ids change but our names stay', () => {
    const renamed = openstackStack('some-other-stack-id', 'refactored-group').toTerraformJson();
    expect(JSON.stringify(renamed)).toBe(text);
  });

  test('terraform validate and plan succeed', async () => {
    const dir = writeStack(doc);
    const [validate, plan] = await Promise.all([terraformValidate(dir), terraformPlan(dir, { variables: JOIN_TOKEN })]);
    expect(formatDiagnostics(validate.diagnostics)).toBe('');
    expect(validate.valid).toBe(true);
    expect(formatDiagnostics(plan.diagnostics)).toBe('');
    expect(plan.ok).toBe(true);
    expect(plan.summary).toEqual({ add: 7, change: 0, remove: 0, import: 0 });
    expect(plan.changes.map((c) => c.address).sort()).toEqual([
      'openstack_compute_keypair_v2.ssh',
      'openstack_networking_network_v2.nodes',
      'openstack_networking_router_interface_v2.nodes',
      'openstack_networking_router_v2.router',
      'openstack_networking_secgroup_rule_v2.nodeports_tcp',
      'openstack_networking_secgroup_v2.nodes',
      'openstack_networking_subnet_v2.nodes',
    ]);
  });
});

describe('vSphere stack', () => {
  const doc = vsphereStack().toTerraformJson();

  test('data sources, resources, pinned provider without credentials', () => {
    expect(Object.keys(doc.data).sort()).toEqual([
      'vsphere_compute_cluster',
      'vsphere_datacenter',
      'vsphere_datastore',
      'vsphere_network',
    ]);
    expect(doc.data.vsphere_compute_cluster.cluster).toEqual({
      datacenter_id: '${data.vsphere_datacenter.datacenter.id}',
      name: 'cluster1',
    });
    expect(doc.resource.vsphere_resource_pool.shoot).toEqual({
      cpu_share_level: 'normal',
      memory_limit: 65536,
      name: 'garden-dev--beta',
      parent_resource_pool_id: '${data.vsphere_compute_cluster.cluster.resource_pool_id}',
    });
    expect(doc.resource.vsphere_tag.shoot).toEqual({
      category_id: '${vsphere_tag_category.shoot.id}',
      name: 'garden-dev--beta',
    });
    expect(doc.resource.vsphere_folder.shoot.lifecycle).toEqual({ prevent_destroy: true });
    expect(doc.terraform.required_providers).toEqual({
      vsphere: { source: 'vmware/vsphere', version: '2.15.0' },
    });
    expect(doc.provider).toEqual({ vsphere: [{ vsphere_server: 'vcenter.example.internal' }] });
    expect(JSON.stringify(doc)).not.toContain('"//"');
    expectSortedDeep(doc);
  });

  test('terraform validate and plan succeed', async () => {
    const dir = writeStack(doc);
    const [validate, plan] = await Promise.all([terraformValidate(dir), terraformPlan(dir)]);
    expect(formatDiagnostics(validate.diagnostics)).toBe('');
    expect(validate.valid).toBe(true);
    expect(formatDiagnostics(plan.diagnostics)).toBe('');
    expect(plan.ok).toBe(true);
    expect(plan.summary).toEqual({ add: 4, change: 0, remove: 0, import: 0 });
    expect(plan.changes.map((c) => c.address).sort()).toEqual([
      'vsphere_folder.shoot',
      'vsphere_resource_pool.shoot',
      'vsphere_tag.shoot',
      'vsphere_tag_category.shoot',
    ]);
  });
});

describe('broken stacks fail with Terraform\'s own error', () => {
  test('an attribute the provider does not have', async () => {
    const stack = openstackStack();
    const network = stack.node.findAll().find(
      (c) => c instanceof openstack.networkingNetworkV2.NetworkingNetworkV2,
    ) as openstack.networkingNetworkV2.NetworkingNetworkV2;
    network.addOverride('mtu_size', 1450);
    const result = await terraformValidate(writeStack(stack.toTerraformJson()));
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        summary: 'Extraneous JSON object property',
        detail: 'No argument or block type is named "mtu_size".',
      }),
    ]);
  });

  test('a required attribute left out', async () => {
    const stack = openstackStack();
    const iface = stack.node.findAll().find(
      (c) => c instanceof openstack.networkingRouterInterfaceV2.NetworkingRouterInterfaceV2,
    ) as openstack.networkingRouterInterfaceV2.NetworkingRouterInterfaceV2;
    iface.addOverride('router_id', undefined); // an override of undefined removes the attribute
    const doc = stack.toTerraformJson();
    expect(doc.resource.openstack_networking_router_interface_v2.nodes.router_id).toBeUndefined();
    const result = await terraformValidate(writeStack(doc));
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        summary: 'Missing required argument',
        detail: 'The argument "router_id" is required, but no definition was found.',
      }),
    ]);
  });
});

describe('provider sources: the short form Terraform and OpenTofu resolve alike', () => {
  test.each([
    ['vmware/vsphere', 'vmware/vsphere'],
    ['terraform-provider-openstack/openstack', 'terraform-provider-openstack/openstack'],
    ['registry.terraform.io/vmware/vsphere', 'vmware/vsphere'],
    ['Registry.Terraform.IO/terraform-provider-openstack/openstack', 'terraform-provider-openstack/openstack'],
    // Another host is where both engines must go: kept.
    ['registry.opentofu.org/vmware/vsphere', 'registry.opentofu.org/vmware/vsphere'],
    ['tf.acme.example/platform/openstack', 'tf.acme.example/platform/openstack'],
  ])('%s -> %s', (source, expected) => {
    expect(shortProviderSource(source)).toBe(expected);
  });

  test.each(['vsphere', '', 'a/b/c/d', 'registry.terraform.io//vsphere'])('refuses "%s"', (source) => {
    expect(() => shortProviderSource(source)).toThrow(`provider source "${source}" is not [hostname/]namespace/type`);
  });
});

describe('engine rules', () => {
  const backend = StateBackend.kubernetes({ secretSuffix: 'x', namespace: 'y' });

  test('an element without a Terraform name is refused', () => {
    const stack = new ShootStack('s', { backend });
    stack.addOpenStackProvider();
    new openstack.networkingNetworkV2.NetworkingNetworkV2(stack, 'unnamed', { name: 'n' });
    expect(() => stack.toTerraformJson()).toThrow('s/unnamed has no Terraform name: call ShootStack.name()');
  });

  test('two elements with the same address are refused', () => {
    const stack = new ShootStack('s', { backend });
    stack.addOpenStackProvider();
    const a = new openstack.networkingNetworkV2.NetworkingNetworkV2(stack, 'a', { name: 'a' });
    const b = new openstack.networkingNetworkV2.NetworkingNetworkV2(new Construct(stack, 'deeper'), 'b', { name: 'b' });
    stack.name(a, 'nodes');
    stack.name(b, 'nodes');
    expect(() => stack.toTerraformJson()).toThrow(
      's/deeper/b and s/a are both named openstack_networking_network_v2.nodes',
    );
  });

  test('an element referred to before it is named is refused with a hint', () => {
    const stack = new ShootStack('s', { backend });
    const net = new openstack.networkingNetworkV2.NetworkingNetworkV2(stack, 'net', { name: 'n' });
    expect(() => net.id).toThrow('s/net has no Terraform name');
    expect(ShootStack.forConstruct(net)).toBe(stack);
  });

  test('invalid names and elements of another stack are refused', () => {
    const stack = new ShootStack('s', { backend });
    const other = new ShootStack('t', { backend });
    const a = new openstack.networkingNetworkV2.NetworkingNetworkV2(stack, 'a', { name: 'a' });
    const b = new openstack.networkingNetworkV2.NetworkingNetworkV2(other, 'b', { name: 'b' });
    expect(() => stack.name(a, 'has.dot')).toThrow('"has.dot" is not a valid Terraform name');
    expect(() => stack.name(b, 'ok')).toThrow('t/b does not belong to stack s');
  });

  test('tokens resolve wherever they sit: a list token, a number token, a map token', () => {
    const stack = new ShootStack('s', { backend });
    stack.addOpenStackProvider();
    const specs = new TerraformVariable(stack, 'specs', { type: 'map(string)' });
    stack.name(specs, 'specs');
    const tags = new TerraformVariable(stack, 'tags', { type: 'list(string)' });
    stack.name(tags, 'tags');
    const mtu = new TerraformVariable(stack, 'mtu', { type: 'number' });
    stack.name(mtu, 'mtu');
    const net = new openstack.networkingNetworkV2.NetworkingNetworkV2(stack, 'n', {
      name: 'n', valueSpecs: Token.asStringMap(specs.value), tags: tags.listValue, mtu: mtu.numberValue,
    });
    stack.name(net, 'nodes');
    expect(stack.toTerraformJson().resource.openstack_networking_network_v2.nodes).toEqual({
      mtu: '${var.mtu}', name: 'n', tags: '${var.tags}', value_specs: '${var.specs}',
    });
  });

  test('credentials in a provider block are refused', () => {
    const stack = new ShootStack('s', { backend });
    stack.addOpenStackProvider().addOverride('password', 'hunter2');
    expect(() => stack.toTerraformJson()).toThrow(
      'provider.openstack sets "password": credentials must come from the environment',
    );
  });

  test('import blocks and a chain of moved blocks', async () => {
    const stack = new ShootStack('s', { backend });
    stack.addOpenStackProvider();
    const net = new openstack.networkingNetworkV2.NetworkingNetworkV2(stack, 'n', { name: 'n' });
    stack.name(net, 'nodes');
    stack.addMoved('openstack_networking_network_v2.first', net);
    stack.addMoved('openstack_networking_network_v2.second', net);
    const key = new openstack.computeKeypairV2.ComputeKeypairV2(stack, 'k', { name: 'existing' });
    stack.name(key, 'ssh');
    stack.addImport(key, 'existing');
    const doc = stack.toTerraformJson();
    expect(doc.moved).toEqual([
      { from: 'openstack_networking_network_v2.first', to: 'openstack_networking_network_v2.nodes' },
      { from: 'openstack_networking_network_v2.second', to: 'openstack_networking_network_v2.nodes' },
    ]);
    expect(doc.import).toEqual([{ id: 'existing', to: 'openstack_compute_keypair_v2.ssh' }]);
    const result = await terraformValidate(writeStack(doc));
    expect(formatDiagnostics(result.diagnostics)).toBe('');
    expect(result.valid).toBe(true);
  });

  test('prevent_destroy can be cleared again', () => {
    const stack = new ShootStack('s', { backend });
    stack.addOpenStackProvider();
    const net = new openstack.networkingNetworkV2.NetworkingNetworkV2(stack, 'n', { name: 'n' });
    stack.name(net, 'nodes');
    stack.preventDestroy(net);
    stack.preventDestroy(net, false);
    expect(stack.toTerraformJson().resource.openstack_networking_network_v2.nodes).toEqual({ name: 'n' });
  });

  test('S3-compatible and HTTP backends', () => {
    const s3 = StateBackend.s3({ bucket: 'tfstate', key: 'seed-a/p--s.tfstate', endpoint: 'https://minio.example:9000' });
    expect(s3.type).toBe(StateBackendType.S3);
    expect(s3.toBackendBlock()).toEqual({
      s3: {
        bucket: 'tfstate',
        key: 'seed-a/p--s.tfstate',
        region: 'us-east-1',
        endpoints: { s3: 'https://minio.example:9000' },
        use_path_style: true,
        use_lockfile: true,
        skip_credentials_validation: true,
        skip_metadata_api_check: true,
        skip_region_validation: true,
        skip_requesting_account_id: true,
      },
    });
    expect(StateBackend.s3({ bucket: 'b', key: 'k', region: 'eu-central-1' }).toBackendBlock()).toEqual({
      s3: { bucket: 'b', key: 'k', region: 'eu-central-1', use_path_style: false, use_lockfile: true },
    });
    const http = StateBackend.http({ address: 'https://state.example/p--s', lockAddress: 'https://state.example/p--s/lock' });
    expect(http.type).toBe(StateBackendType.HTTP);
    expect(http.toBackendBlock()).toEqual({
      http: { address: 'https://state.example/p--s', lock_address: 'https://state.example/p--s/lock' },
    });
    const stack = new ShootStack('s', { backend: http });
    stack.addOpenStackProvider();
    expect(stack.toTerraformJson().terraform.backend).toEqual(http.toBackendBlock());
    expect(() => StateBackend.kubernetes({ secretSuffix: '', namespace: 'x' })).toThrow('secretSuffix must be a non-empty string');
  });
});
