/**
 * The Terraform JSON of shoot stacks: addresses, attributes, protection, backends, outputs,
 * static machines, moves and imports, and that no secret value is ever rendered.
 */
import { ProviderType, Provisioner, ServerGroupPolicy, ShootLifecycle, TerraformStateBackend, VSphereAntiAffinity, VSphereShareLevel } from '../../../lib';
import { renderInfrastructure } from '../../../lib/render/terraform';
import { buildShootStack } from '../../../lib/render/terraform';
import { stackResourceAddresses } from '../../../lib/validate/infrastructure';
import { EXAMPLE_FLEETS, dataAddresses, renderOne, resolve, resolveExample, resourceAddresses, shootsOf, smallFleet, staticPool } from './fleets';

const SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq1Tz5m3Jf0bq8vV7dQ0yXk2cUu9rWnP4sLhE6gA1tB ops@acme.example';

/** Every example stack, rendered once. */
const examples = Object.keys(EXAMPLE_FLEETS).flatMap((name) => {
  const fleet = resolveExample(name);
  return shootsOf(fleet).map(({ seed, shoot }) => ({ name, fleet, seed, shoot, render: renderInfrastructure(fleet, seed, shoot) as any }));
});
const example = (key: string) => examples.find((e) => e.shoot.key === key)!;

/** Keys of an object, sorted. */
const keys = (o: object | undefined) => Object.keys(o ?? {}).sort();

describe('example fleets', () => {
  test('every shoot of both fleets has a stack', () => {
    expect(examples.map((e) => `${e.name}/${e.seed.name}/${e.shoot.key}`)).toEqual([
      'openstack/nord-1/data--analytics', 'openstack/sued-1/data--etl', 'openstack/sued-1/data--lake',
      'openstack/nord-1/platform--ci', 'openstack/nord-1/platform--ops', 'openstack/sued-1/platform--sandbox',
      'openstack/sued-1/shop--edge-sued', 'openstack/nord-2/shop--prod', 'openstack/nord-1/shop--staging',
      'vsphere/muc-1/apps--erp', 'vsphere/muc-2/apps--erp-test', 'vsphere/muc-1/apps--portal',
      'vsphere/muc-2/it--branch', 'vsphere/muc-1/it--monitoring', 'vsphere/muc-2/it--tools',
    ]);
    for (const e of examples) expect(e.render.stack).toBeDefined();
  });

  test('the stack declares exactly the addresses the model decides', () => {
    for (const e of examples) {
      const layout = stackResourceAddresses({
        provider: e.shoot.provider, openstack: e.shoot.openstack, vsphere: e.shoot.vsphere,
        pools: e.shoot.workers.map((w) => ({ name: w.name, provisioner: w.provisioner, openstack: w.openstack, vsphere: w.vsphere })),
      });
      expect({ shoot: e.shoot.key, addresses: resourceAddresses(e.render.stack) }).toEqual({ shoot: e.shoot.key, addresses: layout });
    }
  });

  test('OpenStack shoot with its own network, a keypair, a server group and a static pool (edge-sued)', () => {
    const doc = example('shop--edge-sued').render.stack;
    expect(resourceAddresses(doc)).toEqual([
      'openstack_compute_instance_v2.pool_static',
      'openstack_compute_keypair_v2.ssh',
      'openstack_compute_servergroup_v2.pool_static',
      'openstack_networking_network_v2.nodes',
      'openstack_networking_port_v2.pool_static',
      'openstack_networking_router_interface_v2.nodes',
      'openstack_networking_router_v2.nodes',
      'openstack_networking_secgroup_rule_v2.egress_ipv4',
      'openstack_networking_secgroup_rule_v2.egress_ipv6',
      'openstack_networking_secgroup_rule_v2.from_nodes',
      'openstack_networking_secgroup_rule_v2.nodeports_tcp',
      'openstack_networking_secgroup_rule_v2.nodeports_udp',
      'openstack_networking_secgroup_rule_v2.within_group',
      'openstack_networking_secgroup_v2.nodes',
      'openstack_networking_subnet_v2.nodes',
    ]);
    expect(dataAddresses(doc)).toEqual(['data.openstack_images_image_v2.pool_static', 'data.openstack_networking_network_v2.floating_pool']);
    const r = doc.resource;
    expect(doc.data.openstack_networking_network_v2.floating_pool).toEqual({ external: true, name: 'public' });
    expect(r.openstack_networking_router_v2.nodes).toMatchObject({
      name: 'shoot--shop--edge-sued',
      external_network_id: '${data.openstack_networking_network_v2.floating_pool.id}',
      lifecycle: { prevent_destroy: true },
    });
    expect(r.openstack_networking_subnet_v2.nodes).toEqual({
      cidr: '10.251.0.0/16',
      description: 'Nodes of shoot shop--edge-sued (seedbed)',
      dns_nameservers: ['10.0.0.53', '10.0.1.53'],
      ip_version: 4,
      lifecycle: { prevent_destroy: true },
      name: 'shoot--shop--edge-sued',
      network_id: '${openstack_networking_network_v2.nodes.id}',
    });
    expect(r.openstack_networking_router_interface_v2.nodes).toEqual({
      router_id: '${openstack_networking_router_v2.nodes.id}',
      subnet_id: '${openstack_networking_subnet_v2.nodes.id}',
    });
    expect(r.openstack_networking_secgroup_v2.nodes).toMatchObject({ delete_default_rules: true, name: 'shoot--shop--edge-sued' });
    expect(r.openstack_networking_secgroup_rule_v2.within_group).toMatchObject({
      direction: 'ingress', ethertype: 'IPv4',
      remote_group_id: '${openstack_networking_secgroup_v2.nodes.id}',
      security_group_id: '${openstack_networking_secgroup_v2.nodes.id}',
    });
    expect(r.openstack_networking_secgroup_rule_v2.nodeports_tcp).toMatchObject({
      for_each: { '0.0.0.0/0': '0.0.0.0/0' }, protocol: 'tcp', port_range_min: 30000, port_range_max: 32767, remote_ip_prefix: '${each.value}',
    });
    expect(r.openstack_networking_secgroup_rule_v2.egress_ipv6).toMatchObject({ direction: 'egress', ethertype: 'IPv6' });
    expect(r.openstack_compute_keypair_v2.ssh.name).toBe('shoot--shop--edge-sued');
    expect(r.openstack_compute_servergroup_v2.pool_static).toEqual({ name: 'shoot--shop--edge-sued-static', policies: ['soft-anti-affinity'] });
    expect(doc.provider).toEqual({ openstack: [{ auth_url: 'https://keystone.eu-sued-1.nordcloud.example:5000/v3', region: 'eu-sued-1' }] });
  });

  test('static OpenStack machines: one per zone share, keyed by zone, with port, image, server group and join gate', () => {
    const doc = example('shop--edge-sued').render.stack;
    expect(doc.locals.machines_pool_static).toEqual({ 'eu-sued-1a-0': { zone: 'eu-sued-1a' }, 'eu-sued-1b-0': { zone: 'eu-sued-1b' } });
    expect(doc.data.openstack_images_image_v2.pool_static).toEqual({ most_recent: true, name: 'flatcar-stable-4230.2.0' });
    const gate = '${{ for key, machine in local.machines_pool_static : key => machine if local.join_ready }}';
    expect(doc.locals.join_ready).toBe('${nonsensitive(var.join_token != "" && var.ca_cert_hash != "")}');
    expect(doc.resource.openstack_networking_port_v2.pool_static).toEqual({
      admin_state_up: true,
      fixed_ip: [{ subnet_id: '${openstack_networking_subnet_v2.nodes.id}' }],
      for_each: gate,
      lifecycle: { prevent_destroy: true },
      name: 'shoot--shop--edge-sued-static-${each.key}',
      network_id: '${openstack_networking_network_v2.nodes.id}',
      security_group_ids: ['${openstack_networking_secgroup_v2.nodes.id}'],
    });
    expect(doc.resource.openstack_compute_instance_v2.pool_static).toEqual({
      availability_zone: '${each.value.zone}',
      flavor_name: 'm1.large',
      for_each: gate,
      image_id: '${data.openstack_images_image_v2.pool_static.id}',
      key_pair: '${openstack_compute_keypair_v2.ssh.name}',
      lifecycle: { ignore_changes: ['user_data'], prevent_destroy: true },
      metadata: {
        'seedbed.io/fleet': 'nordcloud', 'seedbed.io/project': 'shop', 'seedbed.io/shoot': 'edge-sued', 'seedbed.io/worker-pool': 'static',
      },
      name: 'shoot--shop--edge-sued-static-${each.key}',
      network: [{ port: '${openstack_networking_port_v2.pool_static[each.key].id}' }],
      scheduler_hints: [{ group: '${openstack_compute_servergroup_v2.pool_static.id}' }],
      // Ignition (Flatcar) has no per-machine templating: the hostname is put in per instance.
      user_data: '${replace(local.user_data_pool_static, "SEEDBED-MACHINE-HOSTNAME", "shoot--shop--edge-sued-static-${each.key}")}',
    });
    expect(doc.variable).toEqual({
      ca_cert_hash: expect.objectContaining({ default: '', sensitive: true, nullable: false, type: 'string' }),
      join_token: expect.objectContaining({ default: '', sensitive: true, nullable: false, type: 'string' }),
    });
  });

  test('shoots sharing an existing network and router read them and never own them (lake, etl)', () => {
    for (const key of ['data--lake', 'data--etl']) {
      const doc = example(key).render.stack;
      expect(resourceAddresses(doc)).not.toContain('openstack_networking_network_v2.nodes');
      expect(resourceAddresses(doc)).not.toContain('openstack_networking_router_v2.nodes');
      expect(doc.data.openstack_networking_network_v2.nodes).toEqual({ network_id: '5f0b1a36-6b6e-4c1f-9a2b-2f4d3c1e0a11' });
      expect(doc.data.openstack_networking_router_v2.nodes).toEqual({ router_id: '8c2d4e6f-0a1b-4c3d-8e5f-6a7b8c9d0e1f' });
      expect(doc.resource.openstack_networking_subnet_v2.nodes.network_id).toBe('${data.openstack_networking_network_v2.nodes.id}');
      expect(doc.resource.openstack_networking_router_interface_v2.nodes.router_id).toBe('${data.openstack_networking_router_v2.nodes.id}');
      expect(doc.output.network_id.value).toBe('${data.openstack_networking_network_v2.nodes.id}');
    }
    expect(example('data--lake').render.stack.resource.openstack_networking_subnet_v2.nodes.cidr).toBe('10.40.0.0/20');
    expect(example('data--etl').render.stack.resource.openstack_networking_subnet_v2.nodes.cidr).toBe('10.40.16.0/20');
  });

  test('vSphere shoot with a static pool (branch): lookups, folder, resource pool, tags, VMs, anti-affinity', () => {
    const doc = example('it--branch').render.stack;
    expect(resourceAddresses(doc)).toEqual([
      'vsphere_compute_cluster_vm_anti_affinity_rule.pool_static',
      'vsphere_folder.shoot',
      'vsphere_resource_pool.zone',
      'vsphere_tag.pool',
      'vsphere_tag.project',
      'vsphere_tag.shoot',
      'vsphere_tag_category.shoot',
      'vsphere_virtual_machine.pool_static',
    ]);
    expect(dataAddresses(doc)).toEqual([
      'data.vsphere_compute_cluster.zone', 'data.vsphere_datacenter.region', 'data.vsphere_datastore.zone',
      'data.vsphere_network.nodes', 'data.vsphere_resource_pool.zone_parent', 'data.vsphere_virtual_machine.pool_static',
    ]);
    expect(doc.data.vsphere_compute_cluster.zone.for_each).toEqual({ 'muc-a': 'cluster-a' });
    expect(doc.data.vsphere_network.nodes).toEqual({ datacenter_id: '${data.vsphere_datacenter.region.id}', name: 'k8s-workers' });
    expect(doc.resource.vsphere_folder.shoot).toEqual({
      datacenter_id: '${data.vsphere_datacenter.region.id}',
      lifecycle: { prevent_destroy: true },
      path: 'kubernetes/shoot--it--branch',
      tags: ['${vsphere_tag.project.id}', '${vsphere_tag.shoot.id}'],
      type: 'vm',
    });
    expect(doc.resource.vsphere_resource_pool.zone).toMatchObject({
      name: 'shoot--it--branch',
      for_each: { 'muc-a': '${data.vsphere_resource_pool.zone_parent["muc-a"].id}' },
      cpu_share_level: 'high', cpu_limit: 24000, memory_limit: 32768, memory_share_level: 'normal', cpu_reservation: 0,
    });
    expect(doc.resource.vsphere_tag_category.shoot).toMatchObject({ name: 'shoot--it--branch', cardinality: 'MULTIPLE' });
    expect(doc.resource.vsphere_tag.project.name).toBe('project:it');
    expect(doc.resource.vsphere_tag.shoot.name).toBe('shoot:branch');
    expect(doc.resource.vsphere_tag.pool).toMatchObject({ for_each: { static: 'static' }, name: 'pool:${each.key}' });
    expect(doc.locals.machines_pool_static).toEqual({ 'muc-a-0': { zone: 'muc-a' }, 'muc-a-1': { zone: 'muc-a' }, 'muc-a-2': { zone: 'muc-a' } });
    const vm = doc.resource.vsphere_virtual_machine.pool_static;
    expect(vm).toMatchObject({
      name: 'shoot--it--branch-static-${each.key}',
      folder: '${vsphere_folder.shoot.path}',
      resource_pool_id: '${vsphere_resource_pool.zone[each.value.zone].id}',
      datastore_id: '${data.vsphere_datastore.zone[each.value.zone].id}',
      num_cpus: 2, memory: 8192, guest_id: 'ubuntu64Guest', enable_disk_uuid: true,
      clone: { template_uuid: '${data.vsphere_virtual_machine.pool_static.id}' },
      disk: [{ label: 'disk0', size: 40 }],
      network_interface: [{ network_id: '${data.vsphere_network.nodes.id}' }],
      lifecycle: { ignore_changes: ['extra_config'], prevent_destroy: true },
      tags: ['${vsphere_tag.project.id}', '${vsphere_tag.shoot.id}', '${vsphere_tag.pool["static"].id}'],
    });
    expect(vm.extra_config['guestinfo.userdata']).toBe('${base64encode(local.user_data_pool_static)}');
    expect(doc.resource.vsphere_compute_cluster_vm_anti_affinity_rule.pool_static).toMatchObject({
      compute_cluster_id: '${data.vsphere_compute_cluster.zone[each.key].id}',
      for_each: '${{ for zone in ["muc-a"] : zone => zone if local.join_ready }}',
      mandatory: true,
    });
    expect(doc.provider).toEqual({ vsphere: [{ vsphere_server: 'vcenter-muc.corp.example' }] });
  });

  test('vSphere shoots with Cluster API pools get no VMs, only placement for their zones', () => {
    const doc = example('it--monitoring').render.stack;
    expect(resourceAddresses(doc)).toEqual([
      'vsphere_folder.shoot', 'vsphere_resource_pool.zone', 'vsphere_tag.pool', 'vsphere_tag.project', 'vsphere_tag.shoot', 'vsphere_tag_category.shoot',
    ]);
    expect(doc.variable).toBeUndefined();
    expect(keys(doc.resource.vsphere_resource_pool.zone.for_each)).toEqual(['muc-a', 'muc-b', 'muc-c']);
    expect(doc.data.vsphere_datastore.zone.for_each).toEqual({ 'muc-a': 'vsanDatastore', 'muc-b': 'vsanDatastore', 'muc-c': 'vsanDatastore-c' });
  });

  test('outputs for later stages', () => {
    expect(keys(example('shop--edge-sued').render.stack.output)).toEqual([
      'floating_network_id', 'floating_pool_name', 'keypair_name', 'network_id', 'network_name', 'router_id',
      'security_group_id', 'security_group_name', 'server_group_ids', 'subnet_id',
    ]);
    expect(example('shop--edge-sued').render.stack.output.server_group_ids.value)
      .toBe('${{ "static" = openstack_compute_servergroup_v2.pool_static.id }}');
    expect(keys(example('platform--ops').render.stack.output)).toEqual([
      'floating_network_id', 'floating_pool_name', 'network_id', 'network_name', 'router_id', 'security_group_id', 'security_group_name', 'subnet_id',
    ]);
    expect(keys(example('it--branch').render.stack.output)).toEqual([
      'compute_cluster_ids', 'datacenter_id', 'datastore_ids', 'folder_path', 'network_id', 'network_name', 'pool_tag_ids', 'resource_pool_ids', 'tag_ids',
    ]);
  });

  test('no secret value anywhere: stacks, stage objects, provider and backend blocks', () => {
    const secretish = [
      /\b[a-z0-9]{6}\.[a-z0-9]{16}\b/, // a kubeadm bootstrap token
      /sha256:[0-9a-f]{64}/, // a CA hash
      /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
      /"(password|secret_key|access_key|token|application_credential_secret|user|user_name|username)"\s*:/i,
      /AKIA[0-9A-Z]{16}/,
    ];
    for (const e of examples) {
      const text = JSON.stringify(e.render);
      for (const pattern of secretish) expect({ shoot: e.shoot.key, found: pattern.exec(text)?.[0] }).toEqual({ shoot: e.shoot.key, found: undefined });
      expect(keys(e.render.stack.provider?.openstack?.[0] ?? e.render.stack.provider?.vsphere?.[0]).every((k) => ['auth_url', 'region', 'vsphere_server'].includes(k))).toBe(true);
      // The join inputs are referenced, never inlined.
      for (const local of Object.keys(e.render.stack.locals ?? {}).filter((k) => k.startsWith('user_data_'))) {
        // cloud-config names the variable; Ignition (Flatcar) percent-encodes it into a data URL.
        expect(e.render.stack.locals[local]).toMatch(/token: \$\{var\.join_token\}|token%3A%20\$\{urlencode\(var\.join_token\)\}/);
      }
    }
  });

  test('rendering is deterministic', () => {
    for (const name of Object.keys(EXAMPLE_FLEETS)) {
      const again = resolveExample(name);
      for (const { seed, shoot } of shootsOf(again)) {
        const before = examples.find((e) => e.shoot.key === shoot.key && e.name === name)!;
        expect(JSON.stringify(renderInfrastructure(again, seed, shoot))).toBe(JSON.stringify(before.render));
      }
    }
  });
});

describe('protection follows the shoot lifecycle', () => {
  const stateful = (doc: any) => Object.entries(doc.resource).flatMap(([type, byName]) => Object.entries(byName as object)
    .filter(([, r]) => (r as any).lifecycle?.prevent_destroy === true).map(([n]) => `${type}.${n}`)).sort();

  test.each([ProviderType.OPENSTACK, ProviderType.VSPHERE])('%s: protected while active, free to destroy when decommissioning', (provider) => {
    const active = renderOne(smallFleet({ provider })).stack;
    const leaving = renderOne(smallFleet({ provider, lifecycle: ShootLifecycle.DECOMMISSIONING })).stack;
    expect(stateful(active)).toEqual(provider === ProviderType.OPENSTACK
      ? ['openstack_compute_instance_v2.pool_static', 'openstack_networking_network_v2.nodes', 'openstack_networking_port_v2.pool_static',
        'openstack_networking_router_v2.nodes', 'openstack_networking_subnet_v2.nodes']
      : ['vsphere_folder.shoot', 'vsphere_virtual_machine.pool_static']);
    expect(stateful(leaving)).toEqual([]);
    // Only the lifecycle differs.
    const strip = (doc: any) => JSON.stringify(doc).replace(/,?"prevent_destroy":true/g, '').replace(/"lifecycle":\{\},?/g, '');
    expect(strip(leaving)).toBe(strip(active));
  });
});

describe('state backends', () => {
  test('default: the Kubernetes backend in the shoot namespace of the seed', () => {
    expect(renderOne(smallFleet({ provider: ProviderType.OPENSTACK })).stack.terraform.backend).toEqual({
      kubernetes: { in_cluster_config: true, namespace: 'shoot--retail--edge', secret_suffix: 'shoot--retail--edge' },
    });
  });

  test('S3-compatible: one object per shoot under the prefix', () => {
    const doc = renderOne(smallFleet({
      provider: ProviderType.VSPHERE,
      terraform: { stateBackend: TerraformStateBackend.S3, s3: { bucket: 'tfstate', keyPrefix: 'fleets/acme/', endpoint: 'https://minio.acme.example' } },
    })).stack;
    expect(doc.terraform.backend).toEqual({
      s3: {
        bucket: 'tfstate', key: 'fleets/acme/retail--edge/terraform.tfstate', region: 'us-east-1',
        endpoints: { s3: 'https://minio.acme.example' }, use_path_style: true, use_lockfile: true,
        skip_credentials_validation: true, skip_metadata_api_check: true, skip_region_validation: true, skip_requesting_account_id: true,
      },
    });
    const aws = renderOne(smallFleet({ provider: ProviderType.VSPHERE, terraform: { stateBackend: TerraformStateBackend.S3, s3: { bucket: 'fleet-state', region: 'eu-west-1' } } })).stack;
    expect(aws.terraform.backend.s3).toEqual({ bucket: 'fleet-state', key: 'acme/retail--edge/terraform.tfstate', region: 'eu-west-1', use_lockfile: true, use_path_style: false });
  });

  test('HTTP: the shoot key appended, locking at <address>/lock unless turned off', () => {
    const doc = renderOne(smallFleet({
      provider: ProviderType.OPENSTACK,
      terraform: { stateBackend: TerraformStateBackend.HTTP, http: { address: 'https://gitlab.acme.example/api/v4/projects/7/terraform/state/', lockMethod: 'POST', unlockMethod: 'DELETE' } },
    })).stack;
    const address = 'https://gitlab.acme.example/api/v4/projects/7/terraform/state/retail--edge';
    expect(doc.terraform.backend).toEqual({
      http: { address, lock_address: `${address}/lock`, lock_method: 'POST', unlock_address: `${address}/lock`, unlock_method: 'DELETE' },
    });
    const unlocked = renderOne(smallFleet({ provider: ProviderType.OPENSTACK, terraform: { stateBackend: TerraformStateBackend.HTTP, http: { address: 'https://state.acme.example', locking: false } } })).stack;
    expect(unlocked.terraform.backend).toEqual({ http: { address: 'https://state.acme.example/retail--edge' } });
  });
});

describe('settings', () => {
  test('NodePort range and sources, floating pool by id, existing router only', () => {
    const doc = renderOne(smallFleet({
      provider: ProviderType.OPENSTACK,
      openstack: {
        floatingPoolName: 'ext-fast', existingRouterId: 'b1f1c0de-0000-4000-8000-000000000001',
        nodePorts: { minimum: 31000, maximum: 31999, sourceRanges: ['10.0.0.0/8', '192.0.2.0/24'] },
      },
    })).stack;
    expect(doc.resource.openstack_networking_secgroup_rule_v2.nodeports_udp).toMatchObject({
      for_each: { '10.0.0.0/8': '10.0.0.0/8', '192.0.2.0/24': '192.0.2.0/24' }, port_range_min: 31000, port_range_max: 31999,
    });
    expect(doc.data.openstack_networking_network_v2).toBeUndefined();
    expect(doc.output.floating_network_id.value).toBe('7d7e3b1c-5c57-4a8e-9b0f-4f3a2f6c1e01');
    expect(doc.resource.openstack_networking_router_v2).toBeUndefined();
    expect(doc.resource.openstack_networking_network_v2.nodes).toBeDefined();
  });

  test('a static pool with a volume boots from it; one without uses the flavor disk', () => {
    const doc = renderOne(smallFleet({ provider: ProviderType.OPENSTACK, pools: [['a', staticPool({ volume: { sizeGiB: 60, type: 'ssd' } })], ['b', staticPool({ volume: undefined, minimum: 1, maximum: 1, zones: ['r1b'] })]] })).stack;
    const a = doc.resource.openstack_compute_instance_v2.pool_a;
    expect(a.image_id).toBeUndefined();
    expect(a.block_device).toEqual([{
      boot_index: 0, delete_on_termination: true, destination_type: 'volume', source_type: 'image',
      uuid: '${data.openstack_images_image_v2.pool_a.id}', volume_size: 60, volume_type: 'ssd',
    }]);
    expect(doc.resource.openstack_compute_instance_v2.pool_b).toMatchObject({ image_id: '${data.openstack_images_image_v2.pool_b.id}' });
    expect(doc.locals.machines_pool_a).toEqual({ 'r1a-0': { zone: 'r1a' }, 'r1b-0': { zone: 'r1b' }, 'r1c-0': { zone: 'r1c' } });
    expect(doc.locals.machines_pool_b).toEqual({ 'r1b-0': { zone: 'r1b' } });
  });

  test('static machine count follows the zone shares', () => {
    const doc = renderOne(smallFleet({ provider: ProviderType.VSPHERE, pools: [['web', staticPool({ minimum: 5, maximum: 5 })]] })).stack;
    expect(keys(doc.locals.machines_pool_web)).toEqual(['r1a-0', 'r1a-1', 'r1b-0', 'r1b-1', 'r1c-0']);
    // Anti-affinity only where a compute cluster holds two or more VMs of the pool.
    expect(doc.resource.vsphere_compute_cluster_vm_anti_affinity_rule.pool_web.for_each)
      .toBe('${{ for zone in ["r1a","r1b"] : zone => zone if local.join_ready }}');
    expect(doc.resource.vsphere_compute_cluster_vm_anti_affinity_rule.pool_web.mandatory).toBe(false);
  });

  test('vSphere: own port group, per-zone parents and datastores, no anti-affinity when asked', () => {
    const doc = renderOne(smallFleet({
      provider: ProviderType.VSPHERE,
      vsphere: {
        distributedPortGroup: { switchName: 'dvs-1', vlanId: 120 },
        resourcePool: { memoryShareLevel: VSphereShareLevel.LOW, memoryReservationMiB: 4096 },
        sshPublicKey: SSH_KEY,
      },
      pools: [['static', staticPool({ vsphere: { antiAffinity: VSphereAntiAffinity.NONE } })], ['capi', { machineType: 'm1.large', volume: { sizeGiB: 50 } }]],
    })).stack;
    expect(doc.data.vsphere_network).toBeUndefined();
    expect(doc.data.vsphere_distributed_virtual_switch.nodes).toEqual({ datacenter_id: '${data.vsphere_datacenter.region.id}', name: 'dvs-1' });
    expect(doc.resource.vsphere_distributed_port_group.nodes).toMatchObject({
      name: 'shoot--retail--edge', vlan_id: 120, lifecycle: { prevent_destroy: true },
      distributed_virtual_switch_uuid: '${data.vsphere_distributed_virtual_switch.nodes.id}',
    });
    expect(doc.resource.vsphere_virtual_machine.pool_static.network_interface[0].network_id).toBe('${vsphere_distributed_port_group.nodes.id}');
    expect(doc.resource.vsphere_compute_cluster_vm_anti_affinity_rule).toBeUndefined();
    expect(doc.resource.vsphere_resource_pool.zone).toMatchObject({
      memory_share_level: 'low', memory_reservation: 4096,
      for_each: {
        r1a: '${data.vsphere_compute_cluster.zone["r1a"].resource_pool_id}',
        r1b: '${data.vsphere_resource_pool.zone_parent["r1b"].id}',
        r1c: '${data.vsphere_compute_cluster.zone["r1c"].resource_pool_id}',
      },
    });
    expect(doc.data.vsphere_resource_pool.zone_parent.for_each).toEqual({ r1b: 'tenants' });
    expect(doc.data.vsphere_datastore.zone.for_each).toEqual({ r1a: 'ds-shared', r1b: 'ds-shared', r1c: 'ds-c' });
    expect(doc.resource.vsphere_tag.pool.for_each).toEqual({ capi: 'capi', static: 'static' });
    expect(doc.locals.user_data_pool_static).toContain(`ssh_authorized_keys:\n  - ${SSH_KEY}\n`);
  });

  test('moves and imports from the settings become moved and import blocks', () => {
    const doc = renderOne(smallFleet({
      provider: ProviderType.OPENSTACK,
      pools: [['static', staticPool({ openstack: { serverGroupPolicy: ServerGroupPolicy.ANTI_AFFINITY } })]],
      openstack: {
        moves: [
          { from: 'openstack_networking_network_v2.network', to: 'openstack_networking_network_v2.nodes' },
          { from: 'openstack_compute_instance_v2.static_a[0]', to: 'openstack_compute_instance_v2.pool_static["r1a-0"]' },
        ],
        imports: [{ to: 'openstack_compute_servergroup_v2.pool_static', id: '1e9a0c5e-1111-4222-8333-944455556666' }],
      },
    })).stack;
    expect(doc.moved).toEqual([
      { from: 'openstack_networking_network_v2.network', to: 'openstack_networking_network_v2.nodes' },
      { from: 'openstack_compute_instance_v2.static_a[0]', to: 'openstack_compute_instance_v2.pool_static["r1a-0"]' },
    ]);
    expect(doc.import).toEqual([{ id: '1e9a0c5e-1111-4222-8333-944455556666', to: 'openstack_compute_servergroup_v2.pool_static' }]);
  });
});

describe('addresses come from fleet identifiers, not construct ids', () => {
  test.each([ProviderType.OPENSTACK, ProviderType.VSPHERE])('%s: renaming the shoot and pool construct ids changes nothing', (provider) => {
    const pools = (id: string): Array<[string, any]> => [[id, staticPool({ name: 'static' })], [`${id}-capi`, { name: 'capi', machineType: 'm1.large', volume: { sizeGiB: 50 } }]];
    const before = renderOne(smallFleet({ provider, shootId: 'edge', pools: pools('static') }));
    const after = renderOne(smallFleet({ provider, shootId: 'EdgeShootRefactored', pools: pools('StaticPoolV2') }));
    expect(resourceAddresses(after.stack)).toEqual(resourceAddresses(before.stack));
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  test('no construct path appears in a stack', () => {
    for (const e of examples) {
      const text = JSON.stringify(e.render.stack);
      expect(text).not.toContain(e.shoot.path);
      expect(text).not.toContain('"//"');
    }
  });

  test('buildShootStack gives the cdktn stack for escape hatches', () => {
    const fleet = resolve(smallFleet({ provider: ProviderType.OPENSTACK, pools: [['p', { machineType: 'm1.large', provisioner: Provisioner.CLUSTER_API }]] }));
    const { seed, shoot } = shootsOf(fleet)[0];
    const { stack, outputs } = buildShootStack(fleet, seed, shoot);
    expect(outputs).toContain('network_id');
    expect(stack.toTerraformJson().variable).toBeUndefined();
  });
});
