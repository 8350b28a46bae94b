/**
 * ShootStackDefinition: a definition renders through its bindings' generated configToTerraform()
 * (toTerraformJson), and becomes a ShootStack of the bindings' own constructs (toStack) that
 * cdktn renders. Both give the same document for every stack of every example fleet and of a
 * generated fleet, and the same stacks in one cdktn App written by App.synth() hold it too; bad
 * definitions are refused with the stack and element.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Construct } from 'constructs';
import { ProviderType } from '../../../lib';
import { ResolvedFleet } from '../../../lib/resolve/model';
import { toJson } from '../../../lib/output/serialize';
import { defineShootStack } from '../../../lib/render/terraform';
import {
  App, ShootStack, ShootStackDefinition, StateBackend, Token, openstack, vsphere,
} from '../../../lib/render/terraform/engine';
import { generateFleet } from '../../../bench/generator';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { EXAMPLE_FLEETS, resolveExample } from '../../support/fleets';
import { NOW, shootsOf } from './fleets';

/** Every shoot stack of a fleet, with the shoot's key. */
function stacksOf(fleet: ResolvedFleet): Array<{ key: string; stack: ShootStackDefinition }> {
  return shootsOf(fleet)
    .filter(({ shoot }) => shoot.provider === ProviderType.OPENSTACK || shoot.provider === ProviderType.VSPHERE)
    .map(({ seed, shoot }) => ({ key: shoot.key, stack: defineShootStack(fleet, seed, shoot).stack }));
}

/** The document of a definition rendered directly and through its constructs, as the bytes written to `cdk.tf.json`. */
function bothWays(stack: ShootStackDefinition): { direct: string; constructs: string } {
  return { direct: toJson(stack.toTerraformJson()), constructs: toJson(stack.toStack().toTerraformJson()) };
}

function expectSameBytes(fleet: ResolvedFleet): number {
  const stacks = stacksOf(fleet);
  for (const { key, stack } of stacks) {
    const { direct, constructs } = bothWays(stack);
    expect({ key, json: direct }).toEqual({ key, json: constructs });
  }
  return stacks.length;
}

describe('rendering a definition directly equals rendering its constructs, byte for byte', () => {
  test.each(Object.keys(EXAMPLE_FLEETS))('example fleet %s', (name) => {
    expect(expectSameBytes(resolveExample(name))).toBeGreaterThan(0);
  });

  test('a generated fleet of 60 shoots', () => {
    expect(expectSameBytes(resolveFleetOrThrow(generateFleet({ shoots: 60 }), { now: NOW }))).toBeGreaterThan(20);
  });

  test('blocks are normalized as the constructs store them: a block of undefined members is left out, an empty one kept', () => {
    const backend = StateBackend.kubernetes({ secretSuffix: 's', namespace: 'ns' });
    const stack = new ShootStackDefinition('blocks', { backend });
    stack.resource(openstack.networkingNetworkV2.NetworkingNetworkV2, 'hollow', { name: 'a', timeouts: { create: undefined } });
    stack.resource(openstack.networkingNetworkV2.NetworkingNetworkV2, 'empty', { name: 'b', timeouts: {} });
    stack.resource(openstack.networkingNetworkV2.NetworkingNetworkV2, 'set', { name: 'c', timeouts: { create: '5m' } });
    stack.resource(vsphere.virtualMachine.VirtualMachine, 'vm', {
      name: 'vm', resourcePoolId: 'rp',
      // A block whose only member is a nested block of undefined members: left out as a whole.
      clone: { templateUuid: undefined as unknown as string, customize: { timeout: undefined } },
      disk: [{ label: 'disk0', size: 20 }, { label: 'disk1' }],
      networkInterface: [{ networkId: 'n' }],
    }, { preventDestroy: true, ignoreChanges: ['clone'], forEach: { a: { zone: 'z' } } });
    const { direct, constructs } = bothWays(stack);
    expect(direct).toEqual(constructs);
    const doc = JSON.parse(direct);
    const networks = doc.resource.openstack_networking_network_v2;
    expect([networks.hollow.timeouts, networks.empty.timeouts, networks.set.timeouts]).toEqual([undefined, {}, { create: '5m' }]);
    expect(doc.resource.vsphere_virtual_machine.vm.clone).toBeUndefined();
    expect(doc.resource.vsphere_virtual_machine.vm.lifecycle).toEqual({ ignore_changes: ['clone'], prevent_destroy: true });
  });
});

describe('the plain cdktn way: the stacks in one cdktn App, written by App.synth()', () => {
  test.each(['openstack', 'vsphere'])('example fleet %s: each cdk.tf.json holds what the engine renders', (name) => {
    const stacks = stacksOf(resolveExample(name));
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-plain-cdktn-'));
    try {
      const app = new App({ outdir });
      const ids = stacks.map(({ stack }) => stack.toStack(app).node.id);
      app.synth();
      const written = ids.map((id) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8')));
      expect(written).toEqual(stacks.map(({ stack }) => stack.toTerraformJson()));
      // The state backend and the pinned providers are in the file cdktn wrote.
      expect(Object.keys(written[0].terraform).sort()).toEqual(['backend', 'required_providers', 'required_version']);
      expect(written.length).toBe(stacks.length);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe('ShootStackDefinition', () => {
  const backend = StateBackend.kubernetes({ secretSuffix: 's', namespace: 'ns' });

  test('refuses bad and duplicate names right away', () => {
    const stack = new ShootStackDefinition('s', { backend });
    stack.resource(openstack.networkingNetworkV2.NetworkingNetworkV2, 'nodes', { name: 'n' });
    expect(() => stack.resource(openstack.networkingNetworkV2.NetworkingNetworkV2, 'nodes', { name: 'm' }))
      .toThrow('s: two elements are named openstack_networking_network_v2.nodes');
    // A data source of the same type and name has another address.
    stack.dataSource(openstack.dataOpenstackNetworkingNetworkV2.DataOpenstackNetworkingNetworkV2, 'nodes', { name: 'n' });
    expect(() => stack.local('bad name', 1)).toThrow('"bad name" is not a valid Terraform name');
    expect(() => stack.addOpenStackProvider()).not.toThrow();
    expect(() => stack.addOpenStackProvider()).toThrow('the openstack provider is already added');
  });

  test('elements refer to each other with Terraform expressions', () => {
    const stack = new ShootStackDefinition('s', { backend });
    const dc = stack.dataSource(vsphere.dataVsphereDatacenter.DataVsphereDatacenter, 'region', { name: 'DC1' });
    const ready = stack.local('ready', true);
    expect(dc.address).toBe('data.vsphere_datacenter.region');
    expect(dc.ref('id')).toBe('${data.vsphere_datacenter.region.id}');
    expect(ready.expression).toBe('${local.ready}');
  });

  test('maps and blocks are named by the bindings: block keys in snake case, map keys as given', () => {
    const stack = new ShootStackDefinition('s', { backend });
    stack.addOpenStackProvider({ region: 'r1', authUrl: 'https://keystone.example:5000/v3' });
    stack.resource(openstack.computeInstanceV2.ComputeInstanceV2, 'vm', {
      name: 'vm', flavorName: 'm1', metadata: { 'seedbed.io/pool': 'a', 'someKey': 'b' },
      blockDevice: [{ uuid: 'u', sourceType: 'image', destinationType: 'volume', bootIndex: 0, volumeSize: 10 }],
      network: [{ port: 'p' }],
    }, { forEach: { 'zone-a': { zone: 'a' } }, preventDestroy: true, ignoreChanges: ['user_data'] });
    const doc = stack.toTerraformJson();
    expect(doc.resource.openstack_compute_instance_v2.vm).toEqual({
      block_device: [{ boot_index: 0, destination_type: 'volume', source_type: 'image', uuid: 'u', volume_size: 10 }],
      flavor_name: 'm1',
      for_each: { 'zone-a': { zone: 'a' } },
      lifecycle: { ignore_changes: ['user_data'], prevent_destroy: true },
      metadata: { 'seedbed.io/pool': 'a', 'someKey': 'b' },
      name: 'vm',
      network: [{ port: 'p' }],
    });
    expect(doc.provider).toEqual({ openstack: [{ auth_url: 'https://keystone.example:5000/v3', region: 'r1' }] });
    expect(toJson(doc)).toBe(toJson(stack.toStack().toTerraformJson()));
    // Rendering again gives the same, with what was added since.
    stack.resource(openstack.computeInstanceV2.ComputeInstanceV2, 'other', { name: 'other' });
    expect(stack.toTerraformJson().resource.openstack_compute_instance_v2.other).toEqual({ name: 'other' });
  });

  test('refuses config keys the binding does not have, cdktn tokens and class instances', () => {
    const unknown = new ShootStackDefinition('s', { backend });
    unknown.resource(openstack.networkingNetworkV2.NetworkingNetworkV2, 'n', { name: 'n', nonsense: 1 } as any);
    expect(() => unknown.toTerraformJson()).toThrow('s: openstack_networking_network_v2: "nonsense" is not an argument or block of the binding');

    const scope = new ShootStack('other', { backend });
    const network = new openstack.networkingNetworkV2.NetworkingNetworkV2(scope as Construct, 'net', { name: 'x' });
    scope.name(network, 'net');
    const token = network.id;
    expect(Token.isUnresolved(token)).toBe(true);
    const tokens = new ShootStackDefinition('s', { backend });
    // Refused where it enters, naming the stack and the element: a token would render as a
    // reference into another stack.
    expect(() => tokens.resource(openstack.networkingSubnetV2.NetworkingSubnetV2, 'n', { networkId: token, cidr: '10.0.0.0/24' }))
      .toThrow(/^s openstack_networking_subnet_v2\.n: .* is a cdktn token or object/);
    expect(() => tokens.local('l', { nested: [token] })).toThrow(/^s local\.l: .* is a cdktn token or object/);
    expect(() => tokens.addOutput('o', { value: token })).toThrow(/^s output\.o: .* is a cdktn token or object/);
    expect(() => tokens.local('d', new Date(0))).toThrow('s local.d: a Date instance is a cdktn token or object');
    expect(() => tokens.local('f', () => 1)).toThrow('s local.f: a function cannot be rendered into a stack');
    // cdktn's meta-arguments take cdktn objects; for_each and lifecycle are ElementOptions.
    expect(() => tokens.resource(openstack.networkingNetworkV2.NetworkingNetworkV2, 'm', { name: 'm', count: 2 }))
      .toThrow('s openstack_networking_network_v2.m: "count" is a cdktn meta-argument; a ShootStackDefinition takes for_each and lifecycle as ElementOptions');
    expect(() => tokens.dataSource(vsphere.dataVsphereDatacenter.DataVsphereDatacenter, 'm', { name: 'm', lifecycle: { preventDestroy: true } }))
      .toThrow('s data.vsphere_datacenter.m: "lifecycle" is a cdktn meta-argument');
    // Nothing refused was added.
    expect(Object.keys(tokens.toTerraformJson())).toEqual(['terraform']);
  });
});
