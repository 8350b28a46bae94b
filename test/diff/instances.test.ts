/**
 * Terraform blocks as resource instances: for_each and count over literals and locals, keys
 * filled into the arguments, references with instance keys, and what cannot be worked out.
 */
import { expandBlock, evaluate, UNKNOWN } from '../../lib/diff/terraform-instances';
import { referencesIn } from '../../lib/diff/classify';
import { ChangeKind, DestructiveClass } from '../../lib/diff/model';
import { summaryLines } from '../../lib/diff/format';
import { diffFiles } from './support';

const LOCALS = {
  machines: { 'a-0': { zone: 'a' }, 'a-1': { zone: 'a' } },
  ready: '${var.token != ""}',
  zones: ['a', 'b'],
};

describe('expandBlock', () => {
  test('a for expression over a local map: one instance per key, each.key and each.value.zone filled in', () => {
    const body = { for_each: '${{ for key, machine in local.machines : key => machine if local.ready }}', name: 'vm-${each.key}', availability_zone: '${each.value.zone}', network: [{ port: '${openstack_networking_port_v2.p[each.key].id}' }] };
    expect(expandBlock(body, LOCALS)).toEqual([
      { index: '["a-0"]', value: { name: 'vm-a-0', availability_zone: 'a', network: [{ port: '${openstack_networking_port_v2.p["a-0"].id}' }] } },
      { index: '["a-1"]', value: { name: 'vm-a-1', availability_zone: 'a', network: [{ port: '${openstack_networking_port_v2.p["a-1"].id}' }] } },
    ]);
  });

  test('literal maps, toset over a list, a list in a for expression, and count', () => {
    expect(expandBlock({ for_each: { x: 'X' }, v: '${each.value}' }, {}).map((i) => [i.index, i.value])).toEqual([['["x"]', { v: 'X' }]]);
    expect(expandBlock({ for_each: '${toset(local.zones)}', z: '${each.key}' }, LOCALS).map((i) => i.index)).toEqual(['["a"]', '["b"]']);
    expect(expandBlock({ for_each: '${{ for zone in ["m-a", "m-b"] : zone => zone if local.ready }}' }, LOCALS).map((i) => i.index)).toEqual(['["m-a"]', '["m-b"]']);
    expect(expandBlock({ count: 2, n: 'n-${count.index}' }, {})).toEqual([{ index: '[0]', value: { n: 'n-0' } }, { index: '[1]', value: { n: 'n-1' } }]);
    expect(expandBlock({ count: '${length(local.zones)}' }, LOCALS).map((i) => i.index)).toEqual(['[0]', '[1]']);
    expect(expandBlock({ name: 'single' }, {})).toEqual([{ index: '', value: { name: 'single' } }]);
  });

  test('what cannot be evaluated stays one item that carries the locals it reads', () => {
    const [only] = expandBlock({ for_each: '${merge(local.machines, var.extra)}' }, LOCALS);
    expect(only.index).toBe('[*]');
    expect(only.unknownInstances).toBe(true);
    expect((only.value as any)['(for_each inputs)']).toEqual({ machines: LOCALS.machines });
    expect(expandBlock({ count: '${var.n}' }, {})[0].unknownInstances).toBe(true);
    expect(expandBlock({ count: -1 }, {})[0].unknownInstances).toBe(true);
    expect(evaluate('${local.missing}', {})).toBe(UNKNOWN);
    expect(evaluate('${local.a}', { a: '${local.a}' })).toBe(UNKNOWN); // a cycle ends, unknown
  });

  test('hostile keys: a key holding template syntax is escaped when filled into a string, never evaluated', () => {
    const [i] = expandBlock({ for_each: { '${file("/etc/passwd")}': 'x' }, name: 'vm-${each.key}' }, {});
    expect(i.index).toBe('["${file(\\"/etc/passwd\\")}"]');
    expect((i.value as any).name).toBe('vm-$${file("/etc/passwd")}');
    expect(referencesIn(i.value).size).toBe(0);
  });
});

describe('referencesIn', () => {
  test('instance keys, locals and variables; string literals and each/count are not references', () => {
    const refs = referencesIn({
      a: '${openstack_networking_port_v2.p["k"].id}',
      b: '${data.vsphere_datastore.zone["muc-a"].id}',
      c: '${[ for key, vm in vsphere_virtual_machine.pool : vm.id if local.machines[key].zone == "x.y" ]}',
      d: '${base64encode(var.token)} ${each.key} ${count.index}',
    });
    expect([...refs.keys()].sort()).toEqual([
      'data.vsphere_datastore.zone["muc-a"]', 'local.machines', 'openstack_networking_port_v2.p["k"]', 'variable.token', 'vm.id', 'vsphere_virtual_machine.pool',
    ]);
    expect([...refs.get('openstack_networking_port_v2.p["k"]')!]).toEqual(['id']);
  });
});

describe('stacks by instance', () => {
  const STACK = 'terraform/s1/team--api/cdk.tf.json';
  const doc = (machines: Record<string, unknown>, forEach: unknown = '${{ for key, machine in local.machines : key => machine }}') => new Map([[STACK, JSON.stringify({
    locals: { machines },
    resource: { openstack_compute_instance_v2: { pool: { for_each: forEach, name: 'vm-${each.key}', availability_zone: '${each.value.zone}' } } },
  })]]);

  test('a key leaving the locals is a destroyed instance; one changing zone is replaced', () => {
    const diff = diffFiles(doc({ 'a-0': { zone: 'a' }, 'a-1': { zone: 'a' } }), doc({ 'a-0': { zone: 'b' } }));
    const items = diff.scopes[0].items;
    expect(items.find((i) => i.id === 'openstack_compute_instance_v2.pool["a-1"]')).toMatchObject({ change: ChangeKind.REMOVED, block: 'resource' });
    expect(items.find((i) => i.id === 'openstack_compute_instance_v2.pool["a-0"]')).toMatchObject({ change: ChangeKind.REPLACED });
    expect(items.find((i) => i.id === 'local.machines')).toMatchObject({ change: ChangeKind.CHANGED, block: 'locals' });
  });

  test('a for_each seedbed cannot evaluate that changes is destructive (it may destroy)', () => {
    const diff = diffFiles(doc({ a: { zone: 'a' } }, '${merge(local.machines)}'), doc({}, '${merge(local.machines)}'));
    const f = diff.scopes[0].items.flatMap((i) => i.findings);
    expect(f).toEqual([{ class: DestructiveClass.TERRAFORM_REMOVED, subject: 'openstack_compute_instance_v2.pool[*]', detail: 'its for_each/count (or the locals it reads) changed and seedbed cannot work out its instances: some may be destroyed' }]);
  });

  test('ignore_changes: an ignored replace-forcing attribute does not replace', () => {
    const mk = (userData: string) => new Map([[STACK, JSON.stringify({ resource: { openstack_compute_instance_v2: { vm: { name: 'vm', user_data: userData, lifecycle: { ignore_changes: ['user_data'] } } } } })]]);
    const diff = diffFiles(mk('one'), mk('two'));
    expect(diff.scopes[0].items[0]).toMatchObject({ change: ChangeKind.CHANGED, findings: [] });
  });
});

describe('a stack removed with its Terraform object', () => {
  const files = (destroy: boolean) => new Map([
    ['seeds/s1/shoots/team--api/infrastructure/infrastructure.yaml', [
      'apiVersion: infra.contrib.fluxcd.io/v1alpha2', 'kind: Terraform', 'metadata:', '  name: infrastructure', '  namespace: shoot--team--api',
      'spec:', `  destroyResourcesOnDeletion: ${destroy}`, '  path: ./terraform/s1/team--api', '',
    ].join('\n')],
    ['terraform/s1/team--api/cdk.tf.json', JSON.stringify({ resource: { openstack_networking_network_v2: { nodes: { name: 'n' } } }, data: { openstack_networking_network_v2: { ext: { name: 'ext' } } } })],
  ]);

  test('destroyResourcesOnDeletion: true — tofu-controller destroys what the state holds', () => {
    const diff = diffFiles(files(true), new Map());
    const findings = diff.scopes.flatMap((s) => s.items.flatMap((i) => i.findings));
    expect(findings).toEqual([
      { class: DestructiveClass.TERRAFORM_REMOVED, subject: 'Terraform shoot--team--api/infrastructure', detail: 'destroyResourcesOnDeletion is true: tofu-controller plans and applies a destroy of everything in its state when the object is deleted' },
      { class: DestructiveClass.TERRAFORM_REMOVED, subject: 'openstack_networking_network_v2.nodes', detail: 'stack team--api removed: tofu-controller destroys it when its Terraform object is deleted (destroyResourcesOnDeletion: true)' },
    ]);
  });

  test('destroyResourcesOnDeletion: false — the resources are left behind, and the diff says so; only resources are counted', () => {
    const diff = diffFiles(files(false), new Map());
    const findings = diff.scopes.flatMap((s) => s.items.flatMap((i) => i.findings));
    expect(findings.map((f) => f.class)).toEqual([DestructiveClass.TERRAFORM_ORPHANED]);
    expect(findings[0].detail).toContain('nothing destroys it; it stays in the cloud, no longer managed');
    expect(findings[0].detail).not.toMatch(/Terraform destroys/);
    expect(summaryLines(diff)).toEqual(['shoot team--api on s1 (removed): objects: 1 removed; Terraform: 1 left unmanaged — DESTRUCTIVE (shoot-removed, terraform-orphaned)']);
  });
});
