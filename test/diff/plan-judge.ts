/**
 * Real Terraform as the judge of the diff: a state built from an old stack, and `terraform plan`
 * of a new stack against it, offline (the offline provider of ../shared/tools/tf-offline-provider
 * serves the OpenStack and vSphere schemas; it never applies).
 *
 * The state: `terraform plan` of the old stack lists every resource instance it would create
 * (addresses with their for_each/count keys, evaluated by Terraform itself, not by seedbed); the
 * state holds each of them with a placeholder id. Planning the new stack against that state shows
 * which instances Terraform would destroy. The offline provider knows no ForceNew (it never
 * answers "requires replace"), so replacements cannot be judged here — only destruction; the
 * ForceNew table (lib/diff/terraform-rules.ts, read from the providers' source) stands in for them.
 *
 * `lifecycle.prevent_destroy` is lifted from both stacks for the judge only, so Terraform lists
 * the instances it would destroy instead of stopping at the first refusal.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findTerraform, installOfflineProvider, standInForOpenTofu } from '../support/terraform';

/** Inputs every stack of seedbed needs to plan its static machines (a join token exists). */
const VARIABLES = { join_token: 'abcdef.0123456789abcdef', ca_cert_hash: 'sha256:00' };

/** One resource instance Terraform plans for. */
export interface PlannedInstance {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly key?: string | number;
  readonly action: string;
}

/** What a plan says. */
export interface Plan {
  readonly changes: PlannedInstance[];
  readonly errors: string[];
}

function judgeCopy(stackText: string): string {
  const doc = JSON.parse(stackText);
  if (doc.terraform) delete doc.terraform.backend; // a configured backend would need `terraform init`
  standInForOpenTofu(doc); // Terraform stands in for OpenTofu, which is not installed here (test/support/terraform.ts)
  const visit = (v: any): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      if (v.lifecycle && typeof v.lifecycle === 'object') delete v.lifecycle.prevent_destroy;
      Object.values(v).forEach(visit);
    }
  };
  visit(doc.resource);
  return JSON.stringify(doc, null, 1);
}

function run(cwd: string, args: string[], rc: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('TF_')) env[k] = v;
  Object.assign(env, { TF_CLI_CONFIG_FILE: rc, CHECKPOINT_DISABLE: '1', TF_DISABLE_PLUGIN_TLS: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0' });
  for (const [k, v] of Object.entries(VARIABLES)) env[`TF_VAR_${k}`] = v;
  return new Promise((resolve, reject) => {
    execFile(findTerraform(), args, { cwd, env, maxBuffer: 64 << 20, timeout: 120_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') reject(new Error(`terraform ${args[0]}: ${err.message}\n${stderr}`));
      else resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
    });
  });
}

/** `terraform plan` of a stack (its text), optionally against a state (a terraform.tfstate document). */
export async function plan(stackText: string, state?: unknown): Promise<Plan> {
  const rc = await installOfflineProvider();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-plan-judge-'));
  try {
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), judgeCopy(stackText));
    if (state !== undefined) fs.writeFileSync(path.join(dir, 'terraform.tfstate'), JSON.stringify(state));
    const r = await run(dir, ['plan', '-json', '-no-color', '-input=false', '-lock=false', '-refresh=false'], rc);
    const changes: PlannedInstance[] = [];
    const errors: string[] = [];
    for (const line of r.stdout.split('\n')) {
      if (!line.startsWith('{')) continue;
      const msg = JSON.parse(line);
      if (msg.type === 'planned_change' && msg.change?.resource) {
        const res = msg.change.resource;
        changes.push({ address: res.addr, type: res.resource_type, name: res.resource_name, key: res.resource_key, action: msg.change.action });
      }
      if (msg.type === 'diagnostic' && msg.diagnostic?.severity === 'error') errors.push(`${msg.diagnostic.summary}: ${msg.diagnostic.detail ?? ''}`);
    }
    if (r.code !== 0 && errors.length === 0) throw new Error(`terraform plan failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
    return { changes, errors };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The full provider address of each local provider name, from the stack's required_providers. */
function providerAddresses(stackText: string): Record<string, string> {
  const doc = JSON.parse(stackText);
  const out: Record<string, string> = {};
  for (const [name, req] of Object.entries<any>(doc.terraform?.required_providers ?? {})) {
    const source = String(req.source ?? `hashicorp/${name}`);
    out[name] = source.split('/').length === 3 ? source : `registry.terraform.io/${source}`;
  }
  return out;
}

/** A state holding every resource instance the plan of `stackText` creates, each with a placeholder id. */
export async function stateOf(stackText: string): Promise<{ state: unknown; instances: string[] }> {
  const p = await plan(stackText);
  if (p.errors.length > 0) throw new Error(`terraform plan of the old stack failed:\n${p.errors.join('\n')}`);
  const providers = providerAddresses(stackText);
  const byBlock = new Map<string, { type: string; name: string; instances: Array<{ key?: string | number; address: string }> }>();
  for (const c of p.changes) {
    if (c.action !== 'create') continue;
    const id = `${c.type}.${c.name}`;
    const block = byBlock.get(id) ?? { type: c.type, name: c.name, instances: [] };
    block.instances.push({ key: c.key, address: c.address });
    byBlock.set(id, block);
  }
  const resources = [...byBlock.values()].map((b) => {
    const local = b.type.split('_')[0];
    return {
      mode: 'managed', type: b.type, name: b.name,
      provider: `provider["${providers[local] ?? `registry.terraform.io/hashicorp/${local}`}"]`,
      instances: b.instances.map((i) => ({
        ...(i.key !== undefined ? { index_key: i.key } : {}),
        schema_version: 0, attributes: { id: `state-${i.address}` }, sensitive_attributes: [],
      })),
    };
  });
  const state = { version: 4, terraform_version: '1.11.4', serial: 1, lineage: '00000000-0000-4000-8000-000000000000', outputs: {}, resources };
  return { state, instances: p.changes.filter((c) => c.action === 'create').map((c) => c.address) };
}

/** The instances a plan destroys (deleted, or replaced: delete then create). */
export function destroyed(p: Plan): string[] {
  return p.changes.filter((c) => c.action === 'delete' || c.action === 'replace' || c.action === 'remove').map((c) => c.address).sort();
}
