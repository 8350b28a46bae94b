import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  findTerraform,
  formatDiagnostics,
  installOfflineProvider,
  terraformPlan,
  terraformValidate,
} from './terraform';

/** A small hand-written OpenStack stack, in the shape cdk.tf.json has (the short provider source, as rendered). */
function openstackConfig(): any {
  return {
    terraform: {
      required_providers: {
        openstack: { source: 'terraform-provider-openstack/openstack', version: '3.4.0' },
      },
      backend: { kubernetes: { secret_suffix: 'demo', namespace: 'demo', in_cluster_config: true } },
    },
    provider: { openstack: [{}] },
    variable: { join_token: { type: 'string', sensitive: true, nullable: false } },
    resource: {
      openstack_networking_network_v2: { nodes: { name: 'demo' } },
      openstack_networking_subnet_v2: {
        nodes: { name: 'demo', network_id: '${openstack_networking_network_v2.nodes.id}', cidr: '10.250.0.0/16' },
      },
    },
  };
}

const dirs: string[] = [];
function stackDir(doc: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-tf-support-test-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('terraformValidate', () => {
  test('accepts a correct stack and leaves its directory untouched', async () => {
    const dir = stackDir(openstackConfig());
    const result = await terraformValidate(dir);
    expect(formatDiagnostics(result.diagnostics)).toBe('');
    expect(result.valid).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['cdk.tf.json']);
  });

  test('fails with Terraform\'s error for an attribute the schema does not have', async () => {
    const doc = openstackConfig();
    doc.resource.openstack_networking_network_v2.nodes.colour = 'blue';
    const result = await terraformValidate(stackDir(doc));
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        summary: 'Extraneous JSON object property',
        detail: 'No argument or block type is named "colour".',
        location: expect.stringMatching(/^cdk\.tf\.json:\d+$/),
      }),
    ]);
  });

  test('fails with Terraform\'s error for a missing required attribute', async () => {
    const doc = openstackConfig();
    delete doc.resource.openstack_networking_subnet_v2.nodes.network_id;
    const result = await terraformValidate(stackDir(doc));
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        summary: 'Missing required argument',
        detail: 'The argument "network_id" is required, but no definition was found.',
      }),
    ]);
  });
});

describe('terraformPlan', () => {
  test('plans a stack that has a backend block, with variables supplied', async () => {
    const result = await terraformPlan(stackDir(openstackConfig()), { variables: { join_token: 'not-a-secret' } });
    expect(formatDiagnostics(result.diagnostics)).toBe('');
    expect(result.ok).toBe(true);
    expect(result.summary).toEqual({ add: 2, change: 0, remove: 0, import: 0 });
    expect(result.changes.every((c) => c.action === 'create')).toBe(true);
    expect(result.changes.map((c) => c.address).sort()).toEqual([
      'openstack_networking_network_v2.nodes',
      'openstack_networking_subnet_v2.nodes',
    ]);
  });

  test('fails with Terraform\'s error when a required variable has no value', async () => {
    const result = await terraformPlan(stackDir(openstackConfig()));
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', summary: 'No value for required variable' }),
    ]);
  });
});

describe('installation', () => {
  test('throws loudly when terraform is not on PATH', async () => {
    const saved = process.env.PATH;
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-empty-path-'));
    dirs.push(empty);
    process.env.PATH = empty;
    try {
      expect(() => findTerraform()).toThrow(/terraform is not installed .*never skips/);
      await expect(terraformValidate(stackDir(openstackConfig()))).rejects.toThrow(/terraform is not installed/);
    } finally {
      process.env.PATH = saved;
    }
  });

  test('installs once when several processes ask at the same time', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-tf-cache-test-'));
    dirs.push(root);
    const repoRoot = path.resolve(__dirname, '..', '..');
    const script =
      "require('./test/support/terraform').installOfflineProvider(process.argv[1])" +
      '.then((rc) => process.stdout.write(rc), (e) => { console.error(e); process.exit(1); })';
    const child = () =>
      new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ['-r', 'ts-node/register/transpile-only', '-e', script, root],
          { cwd: repoRoot },
          (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
        ),
      );
    const rcs = await Promise.all([child(), child(), child()]);
    expect(new Set(rcs).size).toBe(1);
    const installed = fs.readdirSync(root);
    expect(installed).toHaveLength(1); // one install dir, no leftover lock
    expect(rcs[0]).toBe(path.join(root, installed[0], 'terraformrc'));
    expect(fs.readFileSync(rcs[0], 'utf8')).toContain('registry.terraform.io/terraform-provider-openstack/openstack');
    // A later call in this process finds the finished install without running it again.
    await expect(installOfflineProvider(root)).resolves.toBe(rcs[0]);
  });
});
