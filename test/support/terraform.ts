/**
 * Runs the real `terraform` binary on rendered stacks, offline.
 *
 * Providers cannot be downloaded here, so the offline provider in
 * `../shared/tools/tf-offline-provider` stands in for OpenStack and vSphere: it serves their
 * schemas (from `../shared/terraform/schemas`), which is enough for Terraform itself to check
 * every attribute, block, type and reference (`terraform validate`) and to build a plan.
 *
 * The provider is installed once into a cache directory under the OS temp dir, keyed by a hash
 * of the tool and the schemas; several jest workers may ask at the same time (a lock directory
 * serialises the install, a marker file says it finished). If `terraform` is not installed the
 * functions throw: these tests are never skipped.
 *
 * OpenTofu is not installed here, so Terraform stands in for it. A stack rendered for OpenTofu
 * 1.12 or later carries its version constraint in `language.compatible_with.opentofu` (and the same
 * in `terraform.required_version`), which Terraform does not read: before a run, unless
 * `asWritten` is set, those two are taken out of such a stack (and only of such a stack), so
 * Terraform checks everything else as written. The constraints themselves are checked textually
 * (test/validate/stack.test.ts) and, as written, against Terraform (test/render/terraform/terraform.test.ts).
 */
import { execFile } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const sharedDir = path.resolve(repoRoot, '../shared');
const toolDir = path.join(sharedDir, 'tools', 'tf-offline-provider');
const schemaDir = path.join(sharedDir, 'terraform', 'schemas');

/** Warning the dev_overrides of the offline provider cause on every run; not about the stack. */
const DEV_OVERRIDES_SUMMARY = 'Provider development overrides are in effect';

/** Longest time one install may hold the lock before others consider it abandoned. */
const STALE_LOCK_MS = 10 * 60 * 1000;

/** One problem Terraform reported. */
export interface TerraformDiagnostic {
  readonly severity: 'error' | 'warning';
  /** Terraform's one-line summary, e.g. `Unsupported argument`. */
  readonly summary: string;
  /** Terraform's explanation, e.g. `An argument named "x" is not expected here.` */
  readonly detail: string;
  /** Resource address the problem is about, when Terraform gives one. */
  readonly address?: string;
  /** File and line the problem is at, when Terraform gives one (`cdk.tf.json:12`). */
  readonly location?: string;
}

/** Outcome of `terraform validate`. */
export interface TerraformValidateResult {
  /** True when Terraform reports the configuration valid. */
  readonly valid: boolean;
  /** Errors and warnings, without the offline provider's dev_overrides warning. */
  readonly diagnostics: TerraformDiagnostic[];
  /** Wall-clock time of the terraform command. */
  readonly durationMs: number;
}

/** One change in a plan. */
export interface TerraformPlannedChange {
  /** Resource address, e.g. `openstack_networking_network_v2.nodes`. */
  readonly address: string;
  /** `create`, `update`, `delete`, `replace`, `read`, `move`, `import`... */
  readonly action: string;
}

/** Outcome of `terraform plan`. */
export interface TerraformPlanResult {
  /** True when Terraform produced a plan (exit code 0). */
  readonly ok: boolean;
  /** Errors and warnings, without the offline provider's dev_overrides warning. */
  readonly diagnostics: TerraformDiagnostic[];
  /** Resource changes in the order Terraform reported them. */
  readonly changes: TerraformPlannedChange[];
  /** Counts from Terraform's "Plan: x to add..." line; absent when planning failed. */
  readonly summary?: { add: number; change: number; remove: number; import: number };
  /** Wall-clock time of the terraform command. */
  readonly durationMs: number;
}

/** Extra inputs for a run. */
export interface TerraformRunOptions {
  /** Values of input variables (passed as `TF_VAR_<name>`), e.g. a dummy join token. */
  readonly variables?: { [name: string]: string };
  /** Results for data sources, `{ "<data source type>": { attr: value } }` (offline provider fixtures). */
  readonly dataSourceFixtures?: { [type: string]: { [attr: string]: unknown } };
  /**
   * Run the stack exactly as written, also when it is rendered for OpenTofu 1.12 or later (see the
   * module comment); Terraform then refuses it for its version constraint.
   * @default false
   */
  readonly asWritten?: boolean;
}

/**
 * Whether a stack is rendered for OpenTofu 1.12 or later: it carries `language.compatible_with.opentofu`
 * (lib/core/stack.ts engineConstraint), which only OpenTofu reads.
 */
export function isOpenTofuOnly(doc: any): boolean {
  return typeof doc?.language?.compatible_with?.opentofu === 'string';
}

/**
 * Takes the OpenTofu-only constraint (`language` and `terraform.required_version`) out of a stack
 * rendered for OpenTofu 1.12 or later, in place, so Terraform can stand in for OpenTofu (see the
 * module comment); any other stack is left as it is. Returns the document.
 */
export function standInForOpenTofu<T>(doc: T): T {
  if (isOpenTofuOnly(doc)) {
    delete (doc as any).language;
    delete (doc as any).terraform.required_version;
  }
  return doc;
}

/** `terraform validate` of the stack in `dir` (a copy of it; `dir` is left untouched). */
export async function terraformValidate(dir: string, options: TerraformRunOptions = {}): Promise<TerraformValidateResult> {
  const work = copyStack(dir, { dropBackend: false, asWritten: options.asWritten === true });
  try {
    const run = await runTerraform(work, ['validate', '-json', '-no-color'], options);
    let parsed: { valid?: boolean; diagnostics?: RawDiagnostic[] };
    try {
      parsed = JSON.parse(run.stdout);
    } catch {
      throw new Error(`terraform validate did not print JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
    }
    return {
      valid: run.code === 0 && parsed.valid === true,
      diagnostics: (parsed.diagnostics ?? []).map(toDiagnostic).filter(notDevOverrides),
      durationMs: run.durationMs,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `terraform plan` of the stack in `dir`, on a copy without `terraform.backend` (a configured
 * backend would need `terraform init`, which cannot run offline). Nothing is applied.
 */
export async function terraformPlan(dir: string, options: TerraformRunOptions = {}): Promise<TerraformPlanResult> {
  const work = copyStack(dir, { dropBackend: true, asWritten: options.asWritten === true });
  try {
    const run = await runTerraform(work, ['plan', '-json', '-no-color', '-input=false', '-lock=false', '-refresh=false'], options);
    const diagnostics: TerraformDiagnostic[] = [];
    const changes: TerraformPlannedChange[] = [];
    let summary: TerraformPlanResult['summary'];
    for (const line of run.stdout.split('\n')) {
      if (!line.trim().startsWith('{')) continue;
      const msg = JSON.parse(line);
      if (msg.type === 'diagnostic' && msg.diagnostic) diagnostics.push(toDiagnostic(msg.diagnostic));
      if (msg.type === 'planned_change' && msg.change) {
        changes.push({ address: msg.change.resource?.addr ?? '', action: msg.change.action ?? '' });
      }
      if (msg.type === 'change_summary' && msg.changes) {
        const c = msg.changes;
        summary = { add: c.add ?? 0, change: c.change ?? 0, remove: c.remove ?? 0, import: c.import ?? 0 };
      }
    }
    if (run.code !== 0 && diagnostics.length === 0) {
      throw new Error(`terraform plan failed without diagnostics (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
    }
    return {
      ok: run.code === 0,
      diagnostics: diagnostics.filter(notDevOverrides),
      changes,
      summary,
      durationMs: run.durationMs,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Formats diagnostics for an assertion message. */
export function formatDiagnostics(diagnostics: readonly TerraformDiagnostic[]): string {
  return diagnostics
    .map((d) => `${d.severity}: ${d.summary}${d.location ? ` (${d.location})` : ''}\n  ${d.detail.replace(/\n/g, '\n  ')}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// running terraform
// ---------------------------------------------------------------------------------------------

interface RawDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename: string; start: { line: number } };
}

function toDiagnostic(d: RawDiagnostic): TerraformDiagnostic {
  return {
    severity: d.severity,
    summary: d.summary,
    detail: d.detail ?? '',
    ...(d.address ? { address: d.address } : {}),
    ...(d.range ? { location: `${d.range.filename}:${d.range.start.line}` } : {}),
  };
}

function notDevOverrides(d: TerraformDiagnostic): boolean {
  return !(d.severity === 'warning' && d.summary === DEV_OVERRIDES_SUMMARY);
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

async function runTerraform(cwd: string, args: string[], options: TerraformRunOptions): Promise<Run> {
  const terraform = findTerraform();
  const rc = await installOfflineProvider();
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Our own settings only: no TF_LOG, TF_WORKSPACE, TF_VAR_* or TF_CLI_ARGS from the caller.
    if (!k.startsWith('TF_')) env[k] = v;
  }
  Object.assign(env, {
    TF_CLI_CONFIG_FILE: rc,
    CHECKPOINT_DISABLE: '1',
    TF_DISABLE_PLUGIN_TLS: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
  });
  for (const [name, value] of Object.entries(options.variables ?? {})) env[`TF_VAR_${name}`] = value;
  if (options.dataSourceFixtures) env.TF_SCHEMA_PROVIDER_FIXTURES = JSON.stringify(options.dataSourceFixtures);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(terraform, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
      const durationMs = Date.now() - started;
      if (err && typeof err.code !== 'number') {
        reject(new Error(`could not run terraform ${args[0]}: ${err.message}\n${stderr}`));
        return;
      }
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr, durationMs });
    });
  });
}

/**
 * Finds the terraform binary on PATH, failing loudly when it is missing: these tests must
 * never pass by not running.
 */
export function findTerraform(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'terraform');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(
    'terraform is not installed (not found on PATH). seedbed checks every rendered stack with the real ' +
      'terraform binary (>= 1.5) and never skips these tests: install terraform and run again.',
  );
}

/**
 * Copies the `*.tf.json` files of a stack directory into a fresh temp dir, without the backend
 * when asked, and without the OpenTofu-only constraint unless `asWritten` (see the module comment).
 */
function copyStack(dir: string, opts: { dropBackend: boolean; asWritten: boolean }): string {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tf.json') || f.endsWith('.tf'));
  if (files.length === 0) throw new Error(`${dir} holds no Terraform configuration (*.tf.json)`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-tf-run-'));
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const doc = f.endsWith('.tf.json') ? JSON.parse(text) : undefined;
    const standIn = !opts.asWritten && isOpenTofuOnly(doc);
    if (doc && (opts.dropBackend || standIn)) {
      if (opts.dropBackend && doc.terraform) delete doc.terraform.backend;
      if (standIn) standInForOpenTofu(doc);
      fs.writeFileSync(path.join(work, f), JSON.stringify(doc, null, 2));
    } else {
      fs.writeFileSync(path.join(work, f), text);
    }
  }
  return work;
}

// ---------------------------------------------------------------------------------------------
// installing the offline provider, once, safely under concurrency
// ---------------------------------------------------------------------------------------------

const installs = new Map<string, Promise<string>>();

/**
 * Installs the offline provider (once per cache directory and content) and returns the path of
 * the Terraform CLI config that points Terraform at it.
 * @param cacheRoot where to install; defaults to the OS temp dir
 */
export function installOfflineProvider(cacheRoot: string = os.tmpdir()): Promise<string> {
  const dir = path.join(cacheRoot, `seedbed-tf-offline-${contentHash()}`);
  let pending = installs.get(dir);
  if (!pending) {
    pending = installLocked(dir);
    installs.set(dir, pending);
    pending.catch(() => installs.delete(dir));
  }
  return pending;
}

/** Hash of everything that goes into an install, so a changed tool or schema installs afresh. */
function contentHash(): string {
  const h = crypto.createHash('sha256');
  const inputs = [
    ...['install.sh', 'setup.js', 'provider.js', 'health.proto', 'package.json', 'package-lock.json'].map((f) =>
      path.join(toolDir, f),
    ),
    ...fs.readdirSync(schemaDir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(schemaDir, f)),
  ];
  for (const file of inputs) {
    h.update(path.basename(file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  h.update(process.version);
  return h.digest('hex').slice(0, 16);
}

async function installLocked(dir: string): Promise<string> {
  const marker = path.join(dir, 'seedbed-installed.json');
  const lock = `${dir}.lock`;
  const done = (): string | undefined => {
    try {
      return JSON.parse(fs.readFileSync(marker, 'utf8')).rc as string;
    } catch {
      return undefined;
    }
  };
  for (;;) {
    const rc = done();
    if (rc) return rc;
    try {
      fs.mkdirSync(lock); // atomic: exactly one process gets it
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (lockIsStale(lock)) fs.rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
      continue;
    }
    try {
      fs.writeFileSync(path.join(lock, 'owner'), String(process.pid));
      const again = done();
      if (again) return again;
      const rcPath = await runInstall(dir);
      const tmp = `${marker}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ rc: rcPath }));
      fs.renameSync(tmp, marker); // readers see either no marker or a complete one
      return rcPath;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

function lockIsStale(lock: string): boolean {
  try {
    const age = Date.now() - fs.statSync(lock).mtimeMs;
    if (age > STALE_LOCK_MS) return true;
    const owner = Number(fs.readFileSync(path.join(lock, 'owner'), 'utf8'));
    if (!Number.isInteger(owner) || owner <= 0) return false;
    try {
      process.kill(owner, 0);
      return false; // the owner is alive and installing
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    return false; // lock vanished or owner not written yet: look again shortly
  }
}

function runInstall(dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      [path.join(toolDir, 'install.sh'), dir],
      { maxBuffer: 16 * 1024 * 1024, timeout: 5 * 60_000 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new Error(`installing the offline Terraform provider into ${dir} failed: ${err.message}\n${stderr}`));
          return;
        }
        const rc = stdout.trim().split('\n').pop() ?? '';
        if (!rc || !fs.existsSync(rc)) {
          reject(new Error(`install.sh printed no CLI config path:\n${stdout}\n${stderr}`));
          return;
        }
        resolve(rc);
      },
    );
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
