/**
 * Fleet data is never Terraform code (issue 17, item 3): every string a user wrote reaches
 * `cdk.tf.json` escaped for Terraform's template syntax, while seedbed's own expressions stay live.
 * The judge is the real `terraform plan` (offline provider): it succeeds on a fleet whose every
 * free-form string is hostile, reads no file, and the values come through literally.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  App, Architecture, CloudProfile, DataStoreDriver, Garden, Project, ProviderType, Provisioner, Seed, Shoot,
} from '../../../lib';
import { renderInfrastructure } from '../../../lib/render/terraform';
import { markFleetData, markString, unmarkLiterals } from '../../../lib/render/terraform/literals';
import { findTerraform, installOfflineProvider, standInForOpenTofu } from '../../support/terraform';
import { JOIN_VARIABLES, cleanUpStacks, resolve, shootsOf, writeStack } from './fleets';

afterAll(cleanUpStacks);

/** A file Terraform would read if a fleet string were evaluated; its content must appear nowhere. */
const BAIT = path.join(os.tmpdir(), `seedbed-bait-${process.pid}.txt`);
const BAIT_CONTENT = 'BAIT-CONTENT-READ-BY-TERRAFORM';
beforeAll(() => fs.writeFileSync(BAIT, BAIT_CONTENT));
afterAll(() => fs.rmSync(BAIT, { force: true }));

const h = (s: string) => `${s}-\${file("${BAIT}")}`;
const DIRECTIVE = '%{ if true }x%{ endif }';

function hostileFleet(provider: ProviderType): Garden {
  const garden = new Garden(new App(), 'acme', { repository: { url: 'https://git.acme.example/platform/fleet.git', path: 'out' } });
  const openstack = provider === ProviderType.OPENSTACK;
  const profile = new CloudProfile(garden, 'profile', {
    type: provider,
    kubernetesVersions: [{ version: '1.33.5' }],
    machineImages: [{ name: 'ubuntu', versions: [{ version: '24.4.3', architectures: [Architecture.AMD64] }] }],
    machineTypes: [{ name: h('m1'), cpu: 4, memoryGiB: 8, storageGiB: openstack ? 80 : undefined }],
    regions: [{ name: 'r1', zones: [{ name: 'r1a' }, { name: 'r1b' }, { name: 'r1c' }] }],
    openstack: openstack ? {
      keystoneUrls: [{ region: 'r1', url: `https://keystone.acme.example:5000/v3/${h('k')}` }],
      floatingPools: [{ name: h('ext'), region: 'r1' }],
      machineImages: [{ name: 'ubuntu', version: '24.4.3', image: `${h('img')} ${DIRECTIVE}` }],
      dnsServers: ['10.0.0.53'],
    } : undefined,
    vsphere: openstack ? undefined : {
      regions: [{
        name: 'r1', vcenter: 'vcenter.acme.example', datacenter: h('dc'), datastore: h('ds'), network: h('net'),
        folder: `${h('folder')}/${DIRECTIVE}`, zones: [
          { name: 'r1a', computeCluster: h('c-a') },
          { name: 'r1b', computeCluster: h('c-b'), resourcePool: h('rp') },
          { name: 'r1c', computeCluster: h('c-c'), datastore: h('ds-c') },
        ],
      }],
      machineImages: [{ name: 'ubuntu', version: '24.4.3', template: `templates/${h('tpl')}` }],
    },
  });
  const seed = new Seed(garden, 'seed-1', {
    provider, region: 'r1', cloudProfile: profile, ingressDomain: 'seed-1.acme.example',
    networks: { nodes: '172.16.0.0/16', pods: '172.20.0.0/14', services: '172.24.0.0/16' },
  });
  seed.addDataStore('etcd', {
    driver: DataStoreDriver.ETCD, endpoints: ['etcd.seed-1:2379'], capacity: 10,
    tls: { certificateAuthority: { name: 'etcd-ca', namespace: 'kamaji-system' }, clientCertificate: { name: 'etcd-client', namespace: 'kamaji-system' } },
  });
  const shoot = new Shoot(new Project(garden, 'retail'), 'edge', { name: 'edge', cloudProfile: profile, region: 'r1', kubernetesVersion: '1.33.5' });
  shoot.addWorkerPool('static', {
    machineType: h('m1'), provisioner: Provisioner.TERRAFORM, minimum: 3, maximum: 3, volume: { sizeGiB: 50 },
  });
  return garden;
}

function stackOf(provider: ProviderType): any {
  const fleet = resolve(hostileFleet(provider));
  const { seed, shoot } = shootsOf(fleet)[0];
  return (renderInfrastructure(fleet, seed, shoot) as any).stack;
}

/** Every string (values and keys) of a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); strings(x, out); }
  return out;
}

/** `terraform plan -out` then `terraform show -json` of the plan, offline; the JSON text. */
async function planJson(doc: unknown): Promise<{ code: number; text: string; stderr: string }> {
  const src = writeStack(doc);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-literals-'));
  const copy = JSON.parse(fs.readFileSync(path.join(src, 'cdk.tf.json'), 'utf8'));
  delete copy.terraform.backend; // a configured backend needs `terraform init`, which cannot run offline
  standInForOpenTofu(copy); // Terraform stands in for OpenTofu, which is not installed here (test/support/terraform.ts)
  fs.writeFileSync(path.join(work, 'cdk.tf.json'), JSON.stringify(copy));
  const rc = await installOfflineProvider();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TF_CLI_CONFIG_FILE: rc, CHECKPOINT_DISABLE: '1', TF_DISABLE_PLUGIN_TLS: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
  for (const [k, v] of Object.entries(JOIN_VARIABLES)) env[`TF_VAR_${k}`] = v;
  const run = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((res, rej) => {
    execFile(findTerraform(), args, { cwd: work, env, maxBuffer: 64 << 20, timeout: 120_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') rej(err);
      else res({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
  try {
    const plan = await run(['plan', '-input=false', '-lock=false', '-refresh=false', '-no-color', '-out=plan.bin']);
    if (plan.code !== 0) return { code: plan.code, text: plan.stdout, stderr: plan.stderr };
    const show = await run(['show', '-json', '-no-color', 'plan.bin']);
    return { code: show.code, text: show.stdout, stderr: show.stderr };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

describe('marking fleet data', () => {
  test.each([
    ['plain', 'plain'],
    ['x-${file("/etc/passwd")}', 'x-$${file("/etc/passwd")}'],
    ['%{ if true }x%{ endif }', '%%{ if true }x%%{ endif }'],
    ['$${already}', '$$${already}'],
    ['a\uE0001b', 'a\uE0001b'],
    ['{}${}%{}$%{', '{}$${}%%{}$%%{'],
  ])('%j is escaped to %j', (input, escaped) => {
    const marked = markString(input);
    expect(marked).not.toMatch(/\$\{|%\{/);
    expect(unmarkLiterals({ locals: { v: marked } }).locals.v).toBe(escaped);
    // Where Terraform reads without evaluating, the text comes back as it was.
    expect(unmarkLiterals({ terraform: { backend: { s3: { key: marked } } } }).terraform.backend.s3.key).toBe(input);
    expect(unmarkLiterals({ moved: [{ from: marked }] }).moved[0].from).toBe(input);
  });

  test('map keys are marked and escaped too; seedbed expressions stay live', () => {
    const data = markFleetData({ labels: { 'k-${x}': 'v' }, list: ['${y}'] });
    const doc = unmarkLiterals({ resource: { t: { n: { tags: data.labels, name: '${each.key}', list: data.list } } } });
    expect(doc.resource.t.n).toEqual({ tags: { 'k-$${x}': 'v' }, name: '${each.key}', list: ['$${y}'] });
  });

  test('cycles are copied as cycles, class instances are kept', () => {
    const a: any = { s: '${x}', d: new Date(0) };
    a.self = a;
    const m = markFleetData(a);
    expect(m.self).toBe(m);
    expect(m.d).toBe(a.d);
  });
});

describe.each([ProviderType.OPENSTACK, ProviderType.VSPHERE])('a %s fleet whose free-form strings are hostile', (provider) => {
  test('no fleet string reaches the stack with a live ${ or %{', () => {
    const doc = stackOf(provider);
    for (const s of strings(doc)) {
      expect(s.includes('file(')).toBe(s.includes('$${file('));
      expect(s).not.toContain('\uE000');
    }
    expect(JSON.stringify(doc)).toContain('%%{ if true }x%%{ endif }');
  });

  test('terraform plan succeeds, reads no file and keeps the values literally', async () => {
    const doc = stackOf(provider);
    const r = await planJson(doc);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.text).not.toContain(BAIT_CONTENT);
    const planned = strings(JSON.parse(r.text));
    const literal = `-\${file("${BAIT}")}`;
    if (provider === ProviderType.OPENSTACK) {
      expect(planned).toContain(`ext${literal}`); // floating pool name (data source)
      expect(planned).toContain(`img${literal} ${DIRECTIVE}`); // Glance image name
      expect(planned).toContain(`m1${literal}`); // flavor name (the machine type)
      // The provider block is evaluated when the provider is configured; Terraform sees a constant
      // (its source text, escaped), not an expression.
      const authUrl = JSON.parse(r.text).configuration.provider_config.openstack.expressions.auth_url;
      expect(authUrl).toEqual({ constant_value: `https://keystone.acme.example:5000/v3/k-$\${file("${BAIT}")}` });
    } else {
      expect(planned).toContain(`dc${literal}`);
      expect(planned).toContain(`c-a${literal}`);
      expect(planned.some((s) => s.startsWith(`folder${literal}/${DIRECTIVE}/`))).toBe(true); // vSphere folder path
      expect(planned).toContain(`templates/tpl${literal}`);
    }
  }, 180_000);
});
