/**
 * Every rendered stack through the real terraform binary (with the offline provider): validate and
 * plan each stack of both example fleets and of the settings variants, and check that broken
 * stacks fail with Terraform's own error. Stacks run one after another, validate and plan of a
 * stack side by side (two processes on two cores).
 *
 * The example fleets run OpenTofu (tofu-controller's stock runner), which is not installed here:
 * Terraform stands in for it on everything but the OpenTofu version constraint
 * (test/support/terraform.ts). The same stacks rendered for a seed declaring Terraform 1.11.4 run
 * as written, constraint included.
 */
import { ProviderType, ShootLifecycle, TerraformStateBackend, VSphereAntiAffinity } from '../../../lib';
import { TerraformEngine } from '../../../lib/core/stack';
import { ResolvedSeed } from '../../../lib/resolve/model';
import { renderInfrastructure } from '../../../lib/render/terraform';
import { TerraformPlanResult, TerraformValidateResult, formatDiagnostics, terraformPlan, terraformValidate } from '../../support/terraform';
import { EXAMPLE_FLEETS, JOIN_VARIABLES, cleanUpStacks, renderOne, resolveExample, shootsOf, smallFleet, staticPool, writeStack } from './fleets';

afterAll(cleanUpStacks);

/** The resource part of a planned address: `type.name` without module or instance key. */
const base = (address: string) => address.replace(/\[.*\]$/, '');

/** How many static machines a stack declares. */
const machineCount = (doc: any) => Object.entries(doc.locals ?? {})
  .filter(([k]) => k.startsWith('machines_')).reduce((n, [, v]) => n + Object.keys(v as object).length, 0);

async function check(doc: any, variables?: Record<string, string>): Promise<{ validate: TerraformValidateResult; plan: TerraformPlanResult }> {
  const dir = writeStack(doc);
  const [validate, plan] = await Promise.all([terraformValidate(dir, { variables }), terraformPlan(dir, { variables })]);
  return { validate, plan };
}

function expectClean(r: { validate: TerraformValidateResult; plan: TerraformPlanResult }): void {
  expect(formatDiagnostics(r.validate.diagnostics)).toBe('');
  expect(r.validate.valid).toBe(true);
  expect(formatDiagnostics(r.plan.diagnostics)).toBe('');
  expect(r.plan.ok).toBe(true);
}

const examples = Object.keys(EXAMPLE_FLEETS).flatMap((name) => {
  const fleet = resolveExample(name);
  return shootsOf(fleet).map(({ seed, shoot }) => ({
    id: `${name}/${seed.name}/${shoot.key}`,
    doc: (renderInfrastructure(fleet, seed, shoot) as any).stack,
  }));
});

describe('every stack of the example fleets passes terraform validate and plan', () => {
  test.each(examples.map((e) => [e.id, e.doc]))('%s', async (_id, doc) => {
    const r = await check(doc, JOIN_VARIABLES);
    expectClean(r);
    const declared = Object.entries(doc.resource).flatMap(([type, byName]) => Object.keys(byName as object).map((n) => `${type}.${n}`));
    const planned = r.plan.changes.map((c) => c.address);
    expect(planned.every((a) => declared.includes(base(a)))).toBe(true);
    expect(r.plan.changes.every((c) => c.action === 'create')).toBe(true);
    expect(r.plan.summary).toEqual({ add: planned.length, change: 0, remove: 0, import: 0 });
    const machines = planned.filter((a) => /^(openstack_compute_instance_v2|vsphere_virtual_machine)\./.test(a));
    expect(machines.length).toBe(machineCount(doc));
  });
});

describe('static machines wait for the join Secret', () => {
  test.each([['openstack', 'shop--edge-sued'], ['vsphere', 'it--branch']])('%s %s: no machines until the join inputs are set', async (fleet, key) => {
    const doc = examples.find((e) => e.id.startsWith(`${fleet}/`) && e.id.endsWith(`/${key}`))!.doc;
    const r = await check(doc);
    expectClean(r);
    const planned = r.plan.changes.map((c) => base(c.address));
    expect(planned).not.toContain('openstack_compute_instance_v2.pool_static');
    expect(planned).not.toContain('openstack_networking_port_v2.pool_static');
    expect(planned).not.toContain('vsphere_virtual_machine.pool_static');
    expect(planned).not.toContain('vsphere_compute_cluster_vm_anti_affinity_rule.pool_static');
    expect(planned.length).toBeGreaterThan(0);
  });
});

describe('settings variants pass terraform validate and plan', () => {
  const variants: Array<[string, () => any]> = [
    ['openstack, decommissioning', () => renderOne(smallFleet({ provider: ProviderType.OPENSTACK, lifecycle: ShootLifecycle.DECOMMISSIONING })).stack],
    ['vsphere, decommissioning', () => renderOne(smallFleet({ provider: ProviderType.VSPHERE, lifecycle: ShootLifecycle.DECOMMISSIONING })).stack],
    ['openstack, node ports, existing router, floating pool by id, moves', () => renderOne(smallFleet({
      provider: ProviderType.OPENSTACK,
      openstack: {
        floatingPoolName: 'ext-fast', existingRouterId: 'b1f1c0de-0000-4000-8000-000000000001',
        nodePorts: { minimum: 31000, maximum: 31999, sourceRanges: ['10.0.0.0/8', '192.0.2.0/24'] },
        moves: [{ from: 'openstack_compute_instance_v2.static_a[0]', to: 'openstack_compute_instance_v2.pool_static["r1a-0"]' }],
      },
      pools: [['static', staticPool({ volume: { sizeGiB: 60, type: 'ssd' } })]],
    })).stack],
    ['vsphere, own port group, S3 state, no anti-affinity, five VMs', () => renderOne(smallFleet({
      provider: ProviderType.VSPHERE,
      terraform: { stateBackend: TerraformStateBackend.S3, s3: { bucket: 'tfstate', endpoint: 'https://minio.acme.example' } },
      vsphere: { distributedPortGroup: { switchName: 'dvs-1', vlanId: 120 } },
      pools: [['web', staticPool({ minimum: 5, maximum: 5 })], ['db', staticPool({ minimum: 2, maximum: 2, zones: ['r1c'], vsphere: { antiAffinity: VSphereAntiAffinity.NONE } })]],
    })).stack],
    ['vsphere, HTTP state, Kubernetes 1.30 pool', () => renderOne(smallFleet({
      provider: ProviderType.VSPHERE,
      terraform: { stateBackend: TerraformStateBackend.HTTP, http: { address: 'https://state.acme.example/tf' } },
      pools: [['old', staticPool({ kubernetesVersion: '1.30.14' })]],
    })).stack],
  ];
  test.each(variants)('%s', async (_name, render) => {
    const doc = render();
    const r = await check(doc, JOIN_VARIABLES);
    expectClean(r);
    expect(r.plan.changes.filter((c) => /^(openstack_compute_instance_v2|vsphere_virtual_machine)\./.test(c.address)).length).toBe(machineCount(doc));
  });

  test('an import block into a declared resource validates', async () => {
    const doc = renderOne(smallFleet({
      provider: ProviderType.OPENSTACK,
      openstack: { imports: [{ to: 'openstack_networking_secgroup_v2.nodes', id: '0c9a5bd4-2222-4333-8444-955566667777' }] },
    })).stack;
    const result = await terraformValidate(writeStack(doc));
    expect(formatDiagnostics(result.diagnostics)).toBe('');
    expect(result.valid).toBe(true);
  });
});

describe('the engine\'s version constraint', () => {
  const TERRAFORM_1_11 = { terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.11.4', terraformRunnerImage: 'registry.example.com/tf-runner:v0.16.5-terraform-1.11.4' };
  /** A seed of an example fleet as if it declared another engine (the constraint is decided at render time from the seed's stack). */
  const onEngine = (seed: ResolvedSeed, engine: Partial<ResolvedSeed['stack']>): ResolvedSeed => ({ ...seed, stack: { ...seed.stack, ...engine } });
  const rendered = Object.keys(EXAMPLE_FLEETS).flatMap((name) => {
    const fleet = resolveExample(name);
    return shootsOf(fleet).map(({ seed, shoot }) => ({
      id: `${name}/${seed.name}/${shoot.key}`,
      tofu: (renderInfrastructure(fleet, seed, shoot) as any).stack,
      terraform: (renderInfrastructure(fleet, onEngine(seed, TERRAFORM_1_11), shoot) as any).stack,
      future: (renderInfrastructure(fleet, onEngine(seed, { ...TERRAFORM_1_11, terraformEngineVersion: '1.99.0' }), shoot) as any).stack,
    }));
  });
  const withoutConstraint = (doc: any) => {
    const { language: _language, ...rest } = doc;
    const { required_version: _rv, ...terraform } = doc.terraform;
    return { ...rest, terraform };
  };

  test('every example stack: OpenTofu 1.12 (stock runner) and Terraform 1.11.4 differ only in the constraint, which is checked textually for OpenTofu', () => {
    expect(rendered.length).toBeGreaterThan(10);
    for (const r of rendered) {
      expect(r.tofu.terraform.required_version).toBe('>= 1.12.0');
      expect(r.tofu.language).toEqual({ compatible_with: { opentofu: '>= 1.12.0' } });
      expect(r.terraform.terraform.required_version).toBe('>= 1.11.0');
      expect(r.terraform.language).toBeUndefined();
      expect(withoutConstraint(r.tofu)).toEqual(withoutConstraint(r.terraform));
    }
  });

  test.each([['openstack', 'shop--edge-sued'], ['vsphere', 'it--branch']])('%s %s rendered for Terraform 1.11.4 passes validate and plan as written', async (fleet, key) => {
    const doc = rendered.find((e) => e.id.startsWith(`${fleet}/`) && e.id.endsWith(`/${key}`))!.terraform;
    const dir = writeStack(doc);
    const [validate, plan] = await Promise.all([
      terraformValidate(dir, { variables: JOIN_VARIABLES, asWritten: true }),
      terraformPlan(dir, { variables: JOIN_VARIABLES, asWritten: true }),
    ]);
    expectClean({ validate, plan });
  });

  test('a seed declaring a Terraform newer than the runner has: terraform refuses the stack before anything else', async () => {
    const doc = rendered.find((e) => e.id.endsWith('/shop--edge-sued'))!.future;
    expect(doc.terraform.required_version).toBe('>= 1.99.0');
    const result = await terraformValidate(writeStack(doc), { asWritten: true });
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', summary: 'Unsupported Terraform Core version' })]);
  });

  test('a stack rendered for OpenTofu 1.12 is refused by Terraform as written: it has no language block (`terraform init` would report the version first)', async () => {
    const doc = rendered.find((e) => e.id.endsWith('/shop--edge-sued'))!.tofu;
    const result = await terraformValidate(writeStack(doc), { asWritten: true });
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      severity: 'error', summary: 'Extraneous JSON object property', detail: 'No argument or block type is named "language".',
    })]);
  });
});

describe('broken stacks fail with Terraform\'s own error', () => {
  const edge = () => JSON.parse(JSON.stringify(examples.find((e) => e.id.endsWith('/shop--edge-sued'))!.doc));

  test('a reference to a join variable that is not declared', async () => {
    const doc = edge();
    delete doc.variable.ca_cert_hash;
    const result = await terraformValidate(writeStack(doc));
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({
      severity: 'error',
      summary: 'Reference to undeclared input variable',
      detail: expect.stringContaining('An input variable with the name "ca_cert_hash" has not been declared.'),
    }));
  });

  test('a port number of the wrong type', async () => {
    const doc = edge();
    doc.resource.openstack_networking_secgroup_rule_v2.nodeports_tcp.port_range_min = 'thirty thousand';
    const result = await terraformValidate(writeStack(doc));
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({
      severity: 'error',
      summary: 'Incorrect attribute value type',
      detail: expect.stringContaining('a number is required'),
    }));
  });

  test('an import into an address the stack does not declare', async () => {
    const doc = edge();
    doc.import = [{ to: 'openstack_networking_router_v2.elsewhere', id: 'x' }];
    const result = await terraformPlan(writeStack(doc), { variables: JOIN_VARIABLES });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({
      severity: 'error',
      summary: 'Configuration for import target does not exist',
    }));
  });

  test('a for_each over a sensitive value (why the join gate uses nonsensitive)', async () => {
    const doc = edge();
    doc.locals.join_ready = '${var.join_token != "" && var.ca_cert_hash != ""}';
    const result = await terraformPlan(writeStack(doc), { variables: JOIN_VARIABLES });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', summary: 'Invalid for_each argument' }));
  });
});
