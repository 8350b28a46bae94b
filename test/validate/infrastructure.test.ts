/**
 * Table tests of the infrastructure settings checks (lib/validate/infrastructure.ts): each
 * case asserts the whole set of errors a fleet produces, as `<field> <type>`.
 */
import {
  ProviderType, Provisioner, ServerGroupPolicy, TerraformSettings, TerraformStateBackend, VSphereAntiAffinity,
} from '../../lib';
import { ErrorList } from '../../lib/core/problems';
import { resolveFleet } from '../../lib/resolve/fleet';
import { stackResourceAddresses, validateTerraformSettings } from '../../lib/validate/infrastructure';
import { NOW, SmallFleetOptions, smallFleet, staticPool } from '../render/terraform/fleets';

const errorsOf = (o: SmallFleetOptions) => resolveFleet(smallFleet(o), { now: NOW }).errors.map((e) => `${e.field} ${e.type}`);
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq1Tz5m3Jf0bq8vV7dQ0yXk2cUu9rWnP4sLhE6gA1tB ops@acme.example';
const OS = ProviderType.OPENSTACK;
const VS = ProviderType.VSPHERE;
const CFG = 'spec.provider.infrastructureConfig';

describe('shoot infrastructure settings', () => {
  const cases: Array<[string, SmallFleetOptions, string[]]> = [
    ['passes with every OpenStack setting used well', {
      provider: OS,
      openstack: {
        sshPublicKey: KEY, floatingPoolName: 'ext',
        nodePorts: { minimum: 30000, maximum: 30100, sourceRanges: ['0.0.0.0/0'] },
        moves: [{ from: 'openstack_networking_network_v2.network', to: 'openstack_networking_network_v2.nodes' }],
        imports: [{ to: 'openstack_compute_instance_v2.pool_static["r1a-0"]', id: 'abc' }],
      },
    }, []],
    ['passes with every vSphere setting used well', {
      provider: VS,
      vsphere: {
        sshPublicKey: KEY, distributedPortGroup: { switchName: 'dvs', vlanId: 4094 },
        resourcePool: { cpuReservationMHz: 1000, cpuLimitMHz: 2000, memoryLimitMiB: 1024 },
        moves: [{ from: 'vsphere_folder.old', to: 'vsphere_folder.shoot' }],
      },
    }, []],
    ['fails when the SSH key is not an OpenSSH public key', { provider: OS, openstack: { sshPublicKey: 'AAAAB3Nza... me@host' } }, [`${CFG}.sshPublicKey Invalid`]],
    ['fails when the SSH key has two lines', { provider: VS, vsphere: { sshPublicKey: `${KEY}\n${KEY}` } }, [`${CFG}.sshPublicKey Invalid`]],
    ['fails when the NodePort range is upside down or out of range', {
      provider: OS, openstack: { nodePorts: { minimum: 32000, maximum: 31000 } },
    }, [`${CFG}.nodePorts.minimum Invalid`]],
    ['fails when a port is not a port', { provider: OS, openstack: { nodePorts: { maximum: 70000 } } }, [`${CFG}.nodePorts.maximum Invalid`]],
    ['fails when a source range is not a canonical IPv4 CIDR or repeats', {
      provider: OS, openstack: { nodePorts: { sourceRanges: ['10.0.0.1/8', 'fd00::/8', 'nonsense', '192.0.2.0/24', '192.0.2.0/24'] } },
    }, [
      `${CFG}.nodePorts.sourceRanges[0] Invalid`, `${CFG}.nodePorts.sourceRanges[1] Invalid`, `${CFG}.nodePorts.sourceRanges[2] Invalid`,
      `${CFG}.nodePorts.sourceRanges[4] Duplicate`,
    ]],
    ['fails when a move targets an address the stack does not have', {
      provider: OS, openstack: { existingNetworkId: 'net-1', moves: [{ from: 'openstack_networking_network_v2.a', to: 'openstack_networking_network_v2.nodes' }] },
    }, [`${CFG}.moves[0].to NotSupported`]],
    ['fails when a move starts from an address the stack still has, or repeats a source', {
      provider: OS, openstack: { moves: [
        { from: 'openstack_networking_subnet_v2.nodes', to: 'openstack_networking_network_v2.nodes' },
        { from: 'openstack_networking_network_v2.x', to: 'openstack_networking_network_v2.nodes' },
        { from: 'openstack_networking_network_v2.x', to: 'openstack_networking_network_v2.nodes' },
      ] },
    }, [`${CFG}.moves[0].from Invalid`, `${CFG}.moves[2].from Duplicate`]],
    ['fails when an address is malformed or of the other provider', {
      provider: VS, vsphere: { moves: [{ from: 'vsphere_folder', to: 'openstack_networking_network_v2.nodes' }], imports: [{ to: 'vsphere_tag.shoot', id: '' }] },
    }, [`${CFG}.moves[0].to Invalid`, `${CFG}.moves[0].from Invalid`, `${CFG}.imports[0].id Required`]],
    ['fails when an import targets an undeclared resource or repeats a target', {
      provider: OS, openstack: { imports: [
        { to: 'openstack_compute_keypair_v2.ssh', id: 'k' },
        { to: 'openstack_networking_router_v2.nodes', id: 'r' },
        { to: 'openstack_networking_router_v2.nodes', id: 'r2' },
      ] },
    }, [`${CFG}.imports[0].to NotSupported`, `${CFG}.imports[2].to Duplicate`]],
    ['fails when a port group and a network are both set, with a bad VLAN and name', {
      provider: VS, vsphere: { network: 'other', distributedPortGroup: { switchName: '', vlanId: 0, name: 'a/b' } },
    }, [`${CFG}.network Forbidden`, `${CFG}.distributedPortGroup.switchName Required`, `${CFG}.distributedPortGroup.vlanId Invalid`, `${CFG}.distributedPortGroup.name Invalid`]],
    ['fails when reservations exceed limits or are negative', {
      provider: VS, vsphere: { resourcePool: { cpuReservationMHz: 3000, cpuLimitMHz: 2000, memoryReservationMiB: -1, memoryLimitMiB: 0, cpuShareLevel: 'max' as any } },
    }, [`${CFG}.resourcePool.cpuShareLevel NotSupported`, `${CFG}.resourcePool.cpuReservationMHz Invalid`, `${CFG}.resourcePool.memoryReservationMiB Invalid`, `${CFG}.resourcePool.memoryLimitMiB Invalid`]],
    ['fails when OpenStack settings are on a vSphere shoot', { provider: VS, openstack: { sshPublicKey: KEY } }, [`${CFG} Forbidden`]],
  ];
  test.each(cases)('%s', (_name, options, expected) => {
    expect(errorsOf(options).sort()).toEqual([...expected].sort());
  });
});

describe('worker pool infrastructure settings', () => {
  const f = 'spec.provider.workers[0]';
  const cases: Array<[string, SmallFleetOptions, string[]]> = [
    ['passes with a server group policy and anti-affinity on a static pool', {
      provider: OS, pools: [['static', staticPool({ openstack: { serverGroupPolicy: ServerGroupPolicy.SOFT_AFFINITY } })]],
    }, []],
    ['fails when the server group policy is unknown', {
      provider: OS, pools: [['static', staticPool({ openstack: { serverGroupPolicy: 'spread' as any } })]],
    }, [`${f}.providerConfig.serverGroup.policy NotSupported`]],
    ['fails when anti-affinity is asked of a Cluster API pool', {
      provider: VS, pools: [['capi', { machineType: 'm1.large', volume: { sizeGiB: 50 }, vsphere: { antiAffinity: VSphereAntiAffinity.REQUIRED } }]],
    }, [`${f}.providerConfig.antiAffinity Forbidden`]],
    ['fails when pool settings are of the other provider', {
      provider: OS, pools: [['static', staticPool({ vsphere: { antiAffinity: VSphereAntiAffinity.NONE } })]],
    }, [`${f}.providerConfig Forbidden`]],
  ];
  test.each(cases)('%s', (_name, options, expected) => {
    expect(errorsOf(options).sort()).toEqual([...expected].sort());
  });

  test('static machine names (host names) must fit a DNS label', () => {
    // shoot--retail--edge-<15 character pool>-<zone>-<index>: 41 characters with short zones ...
    expect(errorsOf({ provider: VS, pools: [['static', staticPool({ name: 'averylongpoolnm' })]] })).toEqual([]);
    // ... too long with long zone names; a Cluster API pool of the same name is fine.
    const zones: [string, string, string] = ['region-one-availability-zone-a', 'region-one-availability-zone-b', 'region-one-availability-zone-c'];
    expect(errorsOf({ provider: VS, zones, pools: [['static', staticPool({ name: 'averylongpoolnm' })]] })).toEqual([`${f}.name Invalid`]);
    expect(errorsOf({ provider: VS, zones, pools: [['p', { name: 'averylongpoolnm', machineType: 'm1.large', volume: { sizeGiB: 50 } }]] })).toEqual([]);
  });
});

describe('the garden\'s Terraform settings', () => {
  const check = (s: TerraformSettings) => {
    const errs = new ErrorList('acme');
    validateTerraformSettings(s, errs);
    return errs.errors.map((e) => `${e.field} ${e.type}`);
  };
  test.each<[string, TerraformSettings, string[]]>([
    ['passes with the defaults', {}, []],
    ['passes with S3', { stateBackend: TerraformStateBackend.S3, s3: { bucket: 'tf-state', endpoint: 'https://minio.example' }, stateCredentialsSecretName: 's3-creds' }, []],
    ['passes with HTTP', { stateBackend: TerraformStateBackend.HTTP, http: { address: 'https://state.example/x', lockMethod: 'POST' }, interval: '1h30m' }, []],
    ['fails when S3 has no bucket', { stateBackend: TerraformStateBackend.S3 }, ['spec.terraform.s3 Required']],
    ['fails when S3 settings are malformed', { stateBackend: TerraformStateBackend.S3, s3: { bucket: 'Bad_Bucket', keyPrefix: '/abs', endpoint: 'ftp://x' } }, [
      'spec.terraform.s3.bucket Invalid', 'spec.terraform.s3.keyPrefix Invalid', 'spec.terraform.s3.endpoint Invalid',
    ]],
    // Credentials in the address are refused by validate/urls.ts (Forbidden, redacted; see the corpus), not here as a malformed URL.
    ['fails on a bad unlock method (an address with credentials is left to the URL check)', { stateBackend: TerraformStateBackend.HTTP, http: { address: 'https://user:pw@state.example', unlockMethod: 'delete' } }, [
      'spec.terraform.http.unlockMethod Invalid',
    ]],
    ['fails when HTTP has an address that is not a URL', { stateBackend: TerraformStateBackend.HTTP, http: { address: 'state.example' } }, ['spec.terraform.http.address Invalid']],
    ['fails when settings of another backend are given', { s3: { bucket: 'b' }, http: { address: 'https://x' } }, ['spec.terraform.s3 Forbidden', 'spec.terraform.http Forbidden']],
    ['fails on an unknown backend, a bad interval and bad names', {
      stateBackend: 'consul' as any, interval: '10 minutes', runnerServiceAccountName: 'Runner', stateCredentialsSecretName: '-x', runnerClusterRoleName: 'a/b',
    }, [
      'spec.terraform.stateBackend NotSupported', 'spec.terraform.interval Invalid', 'spec.terraform.runnerServiceAccountName Invalid',
      'spec.terraform.stateCredentialsSecretName Invalid', 'spec.terraform.runnerClusterRoleName Invalid',
    ]],
  ])('%s', (_name, settings, expected) => {
    expect(check(settings).sort()).toEqual([...expected].sort());
  });

  test('a malformed address with a password in it is shown redacted', () => {
    const errs = new ErrorList('acme');
    validateTerraformSettings({ stateBackend: TerraformStateBackend.S3, s3: { bucket: 'tf-state', endpoint: 'admin:hunter2@minio.example' } }, errs);
    expect(errs.errors.map((e) => `${e.field} ${e.type} ${e.value}`)).toEqual(['spec.terraform.s3.endpoint Invalid "***@minio.example"']);
  });
});

describe('stack addresses decided by the model', () => {
  test('depend on settings and pools, never on counts', () => {
    expect(stackResourceAddresses({
      provider: ProviderType.OPENSTACK,
      openstack: { existingNetworkId: 'n', existingRouterId: 'r', sshPublicKey: KEY },
      pools: [
        { name: 'web-1', provisioner: Provisioner.CLUSTER_API, openstack: { serverGroupPolicy: ServerGroupPolicy.ANTI_AFFINITY } },
        { name: 'edge', provisioner: Provisioner.TERRAFORM },
      ],
    })).toEqual([
      'openstack_compute_instance_v2.pool_edge',
      'openstack_compute_keypair_v2.ssh',
      'openstack_compute_servergroup_v2.pool_web_1',
      'openstack_networking_port_v2.pool_edge',
      'openstack_networking_router_interface_v2.nodes',
      'openstack_networking_secgroup_rule_v2.egress_ipv4',
      'openstack_networking_secgroup_rule_v2.egress_ipv6',
      'openstack_networking_secgroup_rule_v2.from_nodes',
      'openstack_networking_secgroup_rule_v2.nodeports_tcp',
      'openstack_networking_secgroup_rule_v2.nodeports_udp',
      'openstack_networking_secgroup_rule_v2.within_group',
      'openstack_networking_secgroup_v2.nodes',
      'openstack_networking_subnet_v2.nodes',
    ]);
  });
});
