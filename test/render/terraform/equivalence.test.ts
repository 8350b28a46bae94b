/**
 * The engine renders stacks without cdktf's synthesis (ShootStackDefinition.toTerraformJson);
 * cdktf stays the reference: for every stack of every example fleet, of the settings variants
 * and of generated fleets, the fast way gives byte for byte the `cdk.tf.json` that cdktf's own
 * synthesis of the same definition (toCdktfStack().toTerraformJson()) gives.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Construct } from 'constructs';
import {
  ControlPlaneBackend, ProviderType, ServerGroupPolicy, ShootLifecycle, TerraformStateBackend, VSphereAntiAffinity, VSphereShareLevel,
} from '../../../lib';
import { ResolvedFleet } from '../../../lib/resolve/model';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { toJson } from '../../../lib/output/serialize';
import { defineShootStack } from '../../../lib/render/terraform';
import {
  App, ShootStack, ShootStackDefinition, StateBackend, Token, openstack, vsphere, withoutTokenTraces,
} from '../../../lib/render/terraform/engine';
import { generateFleet } from '../../../bench/generator';
import { EXAMPLE_FLEETS, resolveExample } from '../../support/fleets';
import { NOW, resolve, shootsOf, smallFleet, staticPool } from './fleets';

const SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq1Tz5m3Jf0bq8vV7dQ0yXk2cUu9rWnP4sLhE6gA1tB ops@acme.example';

/** Both renderings of a definition, as the bytes written to `cdk.tf.json`. */
function bothWays(stack: ShootStackDefinition): { fast: string; cdktf: string } {
  return {
    fast: toJson(stack.toTerraformJson()),
    cdktf: toJson(withoutTokenTraces(() => stack.toCdktfStack().toTerraformJson())),
  };
}

/** Every shoot stack of a fleet, with the shoot's key. */
function stacksOf(fleet: ResolvedFleet): Array<{ key: string; stack: ShootStackDefinition }> {
  return shootsOf(fleet)
    .filter(({ shoot }) => shoot.provider === ProviderType.OPENSTACK || shoot.provider === ProviderType.VSPHERE)
    .map(({ seed, shoot }) => ({ key: shoot.key, stack: defineShootStack(fleet, seed, shoot).stack }));
}

function expectSameBytes(fleet: ResolvedFleet): number {
  const stacks = stacksOf(fleet);
  for (const { key, stack } of stacks) {
    const { fast, cdktf } = bothWays(stack);
    expect({ key, json: fast }).toEqual({ key, json: cdktf });
  }
  return stacks.length;
}

describe('the fast rendering equals cdktf synthesis, byte for byte', () => {
  test.each(Object.keys(EXAMPLE_FLEETS))('example fleet %s', (name) => {
    const fleet = resolveExample(name);
    expect(expectSameBytes(fleet)).toBe(fleet.shoots.length);
  });

  const variants: Array<[string, Parameters<typeof smallFleet>[0]]> = [
    ['openstack, static pool', { provider: ProviderType.OPENSTACK }],
    ['vsphere, static pool', { provider: ProviderType.VSPHERE }],
    ['openstack, decommissioning', { provider: ProviderType.OPENSTACK, lifecycle: ShootLifecycle.DECOMMISSIONING }],
    ['vsphere, decommissioning', { provider: ProviderType.VSPHERE, lifecycle: ShootLifecycle.DECOMMISSIONING }],
    ['openstack, node ports, existing router, floating pool by id, moves', {
      provider: ProviderType.OPENSTACK,
      openstack: {
        floatingPoolName: 'ext-fast', existingRouterId: 'b1f1c0de-0000-4000-8000-000000000001',
        nodePorts: { minimum: 31000, maximum: 31999, sourceRanges: ['10.0.0.0/8', '192.0.2.0/24'] },
        moves: [{ from: 'openstack_compute_instance_v2.static_a[0]', to: 'openstack_compute_instance_v2.pool_static["r1a-0"]' }],
      },
      pools: [['static', staticPool({ volume: { sizeGiB: 60, type: 'ssd' } })]],
    }],
    ['openstack, existing network, keypair, server group, moves and imports, HTTP state', {
      provider: ProviderType.OPENSTACK,
      terraform: { stateBackend: TerraformStateBackend.HTTP, http: { address: 'https://state.acme.example/tf/', lockMethod: 'POST', unlockMethod: 'DELETE' } },
      openstack: {
        existingNetworkId: '2c0ffee0-0000-4000-8000-000000000002', sshPublicKey: SSH_KEY,
        moves: [{ from: 'openstack_networking_router_v2.router', to: 'openstack_networking_router_v2.nodes' }],
        imports: [{ to: 'openstack_compute_servergroup_v2.pool_static', id: '1e9a0c5e-1111-4222-8333-944455556666' }],
      },
      pools: [['static', staticPool({ openstack: { serverGroupPolicy: ServerGroupPolicy.ANTI_AFFINITY } })], ['b', staticPool({ volume: undefined, minimum: 1, maximum: 1, zones: ['r1b'] })]],
    }],
    ['vsphere, own port group, S3-compatible state, no anti-affinity, five VMs', {
      provider: ProviderType.VSPHERE,
      terraform: { stateBackend: TerraformStateBackend.S3, s3: { bucket: 'tfstate', keyPrefix: 'fleets/acme/', endpoint: 'https://minio.acme.example' } },
      vsphere: {
        distributedPortGroup: { switchName: 'dvs-1', vlanId: 120 },
        resourcePool: { memoryShareLevel: VSphereShareLevel.LOW, memoryReservationMiB: 4096 },
        sshPublicKey: SSH_KEY,
      },
      pools: [['web', staticPool({ minimum: 5, maximum: 5 })], ['db', staticPool({ minimum: 2, maximum: 2, zones: ['r1c'], vsphere: { antiAffinity: VSphereAntiAffinity.NONE } })]],
    }],
    ['vsphere, AWS S3 state, Kubernetes 1.30 pool, required anti-affinity', {
      provider: ProviderType.VSPHERE,
      terraform: { stateBackend: TerraformStateBackend.S3, s3: { bucket: 'fleet-state', region: 'eu-west-1' } },
      pools: [['old', staticPool({ kubernetesVersion: '1.30.14', minimum: 6, maximum: 6, vsphere: { antiAffinity: VSphereAntiAffinity.REQUIRED } })]],
    }],
    ['vsphere, Cluster API pools only', { provider: ProviderType.VSPHERE, pools: [['p', { machineType: 'm1.large', volume: { sizeGiB: 50 } }]] }],
  ];
  test.each(variants)('settings variant: %s', (_name, options) => {
    expect(expectSameBytes(resolve(smallFleet(options)))).toBe(1);
  });

  test.each([
    [1, 0.1, [ControlPlaneBackend.KAMAJI]],
    [7, 0.6, [ControlPlaneBackend.KAMAJI, ControlPlaneBackend.K0SMOTRON, ControlPlaneBackend.CLUSTER_API]],
  ])('generated fleet (seed %d, static pool share %d)', (seed, staticPoolShare, backends) => {
    const fleet = resolveFleetOrThrow(generateFleet({ shoots: 60, seed, staticPoolShare, backends }), { now: NOW });
    expect(expectSameBytes(fleet)).toBe(60);
  });
});

describe('the plain cdktf way: the stacks in one cdktf App, written by App.synth()', () => {
  test.each(['openstack', 'vsphere'])('example fleet %s: each cdk.tf.json holds what the engine renders', (name) => {
    const stacks = stacksOf(resolveExample(name));
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-plain-cdktf-'));
    try {
      const app = new App({ outdir });
      const ids = stacks.map(({ stack }) => stack.toCdktfStack(app).node.id);
      app.synth();
      const written = ids.map((id) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8')));
      expect(written).toEqual(stacks.map(({ stack }) => stack.toTerraformJson()));
      // The state backend and the pinned providers are in the file cdktf wrote.
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
    expect(toJson(doc)).toBe(bothWays(stack).cdktf);
    // Rendering again gives the same: the bindings' probes keep nothing of the last config.
    stack.resource(openstack.computeInstanceV2.ComputeInstanceV2, 'other', { name: 'other' });
    expect(stack.toTerraformJson().resource.openstack_compute_instance_v2.other).toEqual({ name: 'other' });
  });

  test('refuses config keys the binding does not have, and cdktf tokens', () => {
    const unknown = new ShootStackDefinition('s', { backend });
    unknown.resource(openstack.networkingNetworkV2.NetworkingNetworkV2, 'n', { name: 'n', nonsense: 1 } as any);
    expect(() => unknown.toTerraformJson()).toThrow('openstack_networking_network_v2: "nonsense" is not an attribute or block of the binding');

    const scope = new ShootStack('other', { backend });
    const network = new openstack.networkingNetworkV2.NetworkingNetworkV2(scope as Construct, 'net', { name: 'x' });
    scope.name(network, 'net');
    const token = network.id;
    expect(Token.isUnresolved(token)).toBe(true);
    const tokens = new ShootStackDefinition('s', { backend });
    tokens.resource(openstack.networkingSubnetV2.NetworkingSubnetV2, 'n', { networkId: token, cidr: '10.0.0.0/24' });
    expect(() => tokens.toTerraformJson()).toThrow(/is a cdktf token or object/);
  });
});
