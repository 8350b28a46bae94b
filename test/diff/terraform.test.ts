/**
 * Terraform stacks: resources matched by address, the ForceNew table, replacements that follow
 * references, `moved` blocks, removed resources and backends.
 */
import { ChangeKind, DESTRUCTIVE_CLASS_ORDER, DestructiveClass } from '../../lib/diff/model';
import { FORCE_NEW } from '../../lib/diff/terraform-rules';
import { summaryLines } from '../../lib/diff/format';
import { diffFiles } from './support';

const STACK = 'terraform/s1/team--api/cdk.tf.json';

/** A stack with a network, subnet, router, interface, keypair, secgroup rule and a static server. */
function stack(patch: (doc: any) => void = () => undefined): Map<string, string> {
  const doc: any = {
    '//': { metadata: { version: '0.21.0', stackName: 'team--api' } },
    terraform: { backend: { kubernetes: { secret_suffix: 'team--api', namespace: 'shoot--team--api', in_cluster_config: true } }, required_providers: { openstack: { source: 'terraform-provider-openstack/openstack', version: '3.0.0' } } },
    provider: { openstack: [{ region: 'eu-1' }] },
    data: {
      openstack_networking_network_v2: { ext: { name: 'ext-net' } },
      openstack_images_image_v2: { flatcar: { name: 'flatcar-4230.2.0', most_recent: true } },
    },
    resource: {
      openstack_networking_network_v2: { nodes: { '//': { metadata: { path: 'team--api/nodes' } }, name: 'shoot--team--api', admin_state_up: true, lifecycle: { prevent_destroy: true } } },
      openstack_networking_subnet_v2: { nodes: { name: 'shoot--team--api', network_id: '${openstack_networking_network_v2.nodes.id}', cidr: '10.250.0.0/16', ip_version: 4 } },
      openstack_networking_router_v2: { nodes: { name: 'shoot--team--api', external_network_id: '${data.openstack_networking_network_v2.ext.id}' } },
      openstack_networking_router_interface_v2: { nodes: { router_id: '${openstack_networking_router_v2.nodes.id}', subnet_id: '${openstack_networking_subnet_v2.nodes.id}' } },
      openstack_networking_secgroup_rule_v2: { nodeports: { direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 30000, port_range_max: 32767, security_group_id: 'sg' } },
      openstack_compute_keypair_v2: { ssh: { name: 'shoot--team--api', public_key: 'ssh-ed25519 AAAA1 ops' } },
      openstack_compute_instance_v2: {
        static_a: {
          name: 'team--api-static-a', flavor_name: 'm1.large', image_id: '${data.openstack_images_image_v2.flatcar.id}',
          key_pair: '${openstack_compute_keypair_v2.ssh.name}', network: [{ uuid: '${openstack_networking_network_v2.nodes.id}' }],
        },
      },
    },
    output: { network_id: { value: '${openstack_networking_network_v2.nodes.id}' } },
  };
  patch(doc);
  return new Map([[STACK, `${JSON.stringify(doc, null, 2)}\n`]]);
}

function diffStacks(patch: (doc: any) => void) {
  const diff = diffFiles(stack(), stack(patch));
  const items = diff.scopes.flatMap((s) => s.items);
  const byId = (id: string) => items.find((i) => i.id === id);
  const found = new Set(items.flatMap((i) => i.findings).map((f) => f.class));
  return { diff, items, byId, classes: DESTRUCTIVE_CLASS_ORDER.filter((c) => found.has(c)) };
}

describe('Terraform stacks', () => {
  test('a ForceNew attribute replaces the resource, and what refers to its id follows', () => {
    const { byId, classes, diff } = diffStacks((d) => { d.resource.openstack_networking_subnet_v2.nodes.cidr = '10.251.0.0/16'; });
    expect(byId('openstack_networking_subnet_v2.nodes')).toMatchObject({ change: ChangeKind.REPLACED, fields: [{ path: 'cidr', old: '10.250.0.0/16', new: '10.251.0.0/16' }] });
    const iface = byId('openstack_networking_router_interface_v2.nodes')!;
    expect(iface.change).toBe(ChangeKind.REPLACED);
    expect(iface.fields).toEqual([]);
    expect(iface.findings[0].detail).toMatch(/^subnet_id follows openstack_networking_subnet_v2\.nodes, which is replaced: forces replacement/);
    expect(classes).toEqual([DestructiveClass.TERRAFORM_REPLACED]);
    expect(summaryLines(diff)).toEqual(['shoot team--api on s1: Terraform: 2 to replace — DESTRUCTIVE (terraform-replaced)']);
  });

  test('an in-place attribute is a safe change', () => {
    const { byId, classes, diff } = diffStacks((d) => { d.resource.openstack_networking_network_v2.nodes.name = 'renamed'; });
    expect(byId('openstack_networking_network_v2.nodes')).toMatchObject({ change: ChangeKind.CHANGED, findings: [] });
    expect(classes).toEqual([]);
    expect(summaryLines(diff)).toEqual(['shoot team--api on s1: Terraform: 1 to change — safe']);
  });

  test('the engine constraint (required_version, OpenTofu\'s language block) is shown as a safe change', () => {
    const before = (d: any) => { d.terraform.required_version = '>= 1.5.0'; };
    const diff = diffFiles(stack(before), stack((d) => {
      before(d);
      d.terraform.required_version = '>= 1.12.0';
      d.language = { compatible_with: { opentofu: '>= 1.12.0' } };
    }));
    const items = diff.scopes.flatMap((s) => s.items);
    const byId = (id: string) => items.find((i) => i.id === id);
    expect(items.flatMap((i) => i.findings)).toEqual([]);
    expect(byId('language')).toMatchObject({ change: ChangeKind.ADDED, findings: [] });
    expect(byId('terraform')).toMatchObject({ change: ChangeKind.CHANGED, findings: [], fields: [{ path: 'required_version', old: '">= 1.5.0"', new: '">= 1.12.0"' }] });
    // Counted are resources, as `terraform plan` counts them; the settings show in the details.
    expect(summaryLines(diff)).toEqual(['shoot team--api on s1: no object changes — safe']);
  });

  test('cdktf/cdktn metadata ("//") is not a change', () => {
    const { diff } = diffStacks((d) => { d.resource.openstack_networking_network_v2.nodes['//'].metadata.path = 'moved/in/the/tree'; d['//'].metadata.version = '0.22.0'; });
    expect(diff.scopes).toEqual([]);
  });

  test('a new router gateway disrupts in place', () => {
    const { byId, classes } = diffStacks((d) => { d.resource.openstack_networking_router_v2.nodes.external_network_id = 'f0e1d2c3'; });
    const router = byId('openstack_networking_router_v2.nodes')!;
    expect(router.change).toBe(ChangeKind.CHANGED);
    expect(router.findings[0].detail).toMatch(/^external_network_id: .* disrupts in place \(the router gets a new external gateway/);
    expect(classes).toEqual([DestructiveClass.TERRAFORM_REPLACED]);
  });

  test('a static VM is rebuilt by a new image (through its data source) and disrupted by a new flavor', () => {
    // terraform-provider-openstack v3.4.0 rebuilds the server in place on a new image (servers.Rebuild): destructive, not a replacement.
    const image = diffStacks((d) => { d.data.openstack_images_image_v2.flatcar.name = 'flatcar-4300.0.0'; });
    expect(image.byId('data.openstack_images_image_v2.flatcar')!.change).toBe(ChangeKind.CHANGED);
    const vm = image.byId('openstack_compute_instance_v2.static_a')!;
    expect(vm.change).toBe(ChangeKind.CHANGED);
    expect(vm.findings[0].detail).toMatch(/^image_id follows data\.openstack_images_image_v2\.flatcar, which looks up something else now: disrupts in place \(the server is rebuilt from the new image/);

    const flavor = diffStacks((d) => { d.resource.openstack_compute_instance_v2.static_a.flavor_name = 'm1.xlarge'; });
    expect(flavor.byId('openstack_compute_instance_v2.static_a')).toMatchObject({ change: ChangeKind.CHANGED });
    expect(flavor.classes).toEqual([DestructiveClass.TERRAFORM_REPLACED]);
  });

  test('user data is never shown, even where its change forces a new server', () => {
    const { byId, diff } = diffStacks((d) => { d.resource.openstack_compute_instance_v2.static_a.user_data = '#cloud-config\nbootstrap: s3cr3t-token\n'; });
    const vm = byId('openstack_compute_instance_v2.static_a')!;
    expect(vm.change).toBe(ChangeKind.REPLACED);
    expect(vm.fields).toEqual([{ path: 'user_data', new: '(hidden)' }]);
    expect(vm.findings[0].detail).toMatch(/^user_data: \(none\) → \(hidden\) forces replacement/);
    expect(JSON.stringify(diff)).not.toContain('s3cr3t');
  });

  test('a new public key replaces the keypair; servers that use it by name stay', () => {
    const { byId } = diffStacks((d) => { d.resource.openstack_compute_keypair_v2.ssh.public_key = 'ssh-ed25519 AAAA2 ops'; });
    expect(byId('openstack_compute_keypair_v2.ssh')).toMatchObject({ change: ChangeKind.REPLACED });
    expect(byId('openstack_compute_keypair_v2.ssh')!.fields).toEqual([{ path: 'public_key', old: '"ssh-ed25519 AAAA1 ops"', new: '"ssh-ed25519 AAAA2 ops"' }]);
    expect(byId('openstack_compute_instance_v2.static_a')).toBeUndefined();
  });

  test('a changed security group rule is re-created, which is safe', () => {
    const { byId, classes } = diffStacks((d) => { d.resource.openstack_networking_secgroup_rule_v2.nodeports.port_range_min = 30100; });
    expect(byId('openstack_networking_secgroup_rule_v2.nodeports')).toMatchObject({ change: ChangeKind.REPLACED, findings: [] });
    expect(classes).toEqual([]);
  });

  test('a removed resource is destroyed; prevent_destroy is pointed out', () => {
    const { byId, classes, diff } = diffStacks((d) => {
      delete d.resource.openstack_networking_network_v2;
      d.resource.openstack_networking_subnet_v2.nodes.network_id = 'existing';
    });
    const network = byId('openstack_networking_network_v2.nodes')!;
    expect(network.change).toBe(ChangeKind.REMOVED);
    expect(network.findings[0]).toEqual({
      class: DestructiveClass.TERRAFORM_REMOVED, subject: 'openstack_networking_network_v2.nodes',
      detail: 'no longer in stack team--api: Terraform destroys it; it has prevent_destroy, so the apply will fail until that is lifted',
    });
    expect(classes).toEqual([DestructiveClass.TERRAFORM_REPLACED, DestructiveClass.TERRAFORM_REMOVED]);
    expect(summaryLines(diff)).toEqual(['shoot team--api on s1: Terraform: 2 to replace, 1 to destroy — DESTRUCTIVE (terraform-replaced, terraform-removed)']);
  });

  test('a moved block keeps the resource: it is renamed, not destroyed', () => {
    const { items, classes } = diffStacks((d) => {
      d.resource.openstack_compute_keypair_v2 = { nodes: d.resource.openstack_compute_keypair_v2.ssh };
      d.resource.openstack_compute_instance_v2.static_a.key_pair = '${openstack_compute_keypair_v2.nodes.name}';
      d.moved = [{ from: 'openstack_compute_keypair_v2.ssh', to: 'openstack_compute_keypair_v2.nodes' }];
    });
    expect(items.find((i) => i.id === 'openstack_compute_keypair_v2.nodes')).toMatchObject({
      change: ChangeKind.CHANGED, fields: [{ path: '(address)', old: 'openstack_compute_keypair_v2.ssh', new: 'openstack_compute_keypair_v2.nodes' }],
    });
    expect(items.find((i) => i.id === 'openstack_compute_keypair_v2.ssh')).toBeUndefined();
    expect(classes).not.toContain(DestructiveClass.TERRAFORM_REMOVED);
  });

  test('a changed state backend is destructive', () => {
    const { classes } = diffStacks((d) => { d.terraform.backend = { s3: { bucket: 'tf-state', key: 'team--api' } }; });
    expect(classes).toEqual([DestructiveClass.TERRAFORM_BACKEND_CHANGED]);
  });

  test('vSphere: a new template replaces the VM, a new folder disrupts it, anti-affinity rules are safe', () => {
    const vsphere = (patch: (d: any) => void = () => undefined) => {
      const doc: any = {
        data: { vsphere_virtual_machine: { template: { name: 'templates/ubuntu-2404-kube', datacenter_id: 'dc' } } },
        resource: {
          vsphere_virtual_machine: { static_0: { name: 'it--branch-static-0', folder: 'kubernetes/it--branch', clone: [{ template_uuid: '${data.vsphere_virtual_machine.template.id}' }] } },
          vsphere_compute_cluster_vm_anti_affinity_rule: { static: { name: 'it--branch-static', compute_cluster_id: 'c1', virtual_machine_ids: ['${vsphere_virtual_machine.static_0.id}'] } },
        },
      };
      patch(doc);
      return new Map([['terraform/muc-1/it--branch/cdk.tf.json', JSON.stringify(doc)]]);
    };
    const template = diffFiles(vsphere(), vsphere((d) => { d.data.vsphere_virtual_machine.template.name = 'templates/ubuntu-2604-kube'; }));
    const items = template.scopes[0].items;
    expect(items.find((i) => i.id === 'vsphere_virtual_machine.static_0')).toMatchObject({ change: ChangeKind.REPLACED });
    expect(items.find((i) => i.id === 'vsphere_compute_cluster_vm_anti_affinity_rule.static')).toBeUndefined();
    const direct = diffFiles(vsphere(), vsphere((d) => { d.resource.vsphere_virtual_machine.static_0.clone[0].template_uuid = 'abc'; }));
    expect(direct.scopes[0].items[0].findings[0].detail).toMatch(/^clone: .* forces replacement/);
    const folder = diffFiles(vsphere(), vsphere((d) => { d.resource.vsphere_virtual_machine.static_0.folder = 'kubernetes/other'; }));
    expect(folder.scopes[0].items[0]).toMatchObject({ change: ChangeKind.CHANGED });
    expect(folder.scopes[0].items[0].findings[0].detail).toMatch(/^folder: .* disrupts in place/);
  });

  test('the ForceNew table names each attribute of a type once, each row with a reason', () => {
    const keys = FORCE_NEW.flatMap((r) => r.attributes.map((a) => `${r.type}/${a}`));
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of FORCE_NEW) {
      expect(r.attributes.length).toBeGreaterThan(0);
      expect(r.why).not.toBe('');
    }
  });
});
