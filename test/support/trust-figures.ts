/**
 * The figures of issue 17's closing note, reproducible: the adversarial trials the issue names,
 * each counted as a clear error (construct path and field), a crash (an internal error or stack
 * trace), a silent acceptance (hostile input rendered as if it meant something), a torn tree after
 * a kill, or a diff verdict that disagreed with `terraform plan`. Seeded: the same seed gives the
 * same trials.
 *
 *   npx ts-node --transpile-only test/support/trust-figures.ts [--seed N] [--only corpus,hostile,props,strings,ownership,kills,timedkills,disk,locks,plan] [--plan-trials N]
 *
 * Sections:
 *  - corpus:  every case of the bad-input corpus (test/corpus/cases.ts), resolved as the corpus test does;
 *  - hostile: inputs invented for this run ({@link HOSTILE_CASES}), through a real `synth` into a temporary folder;
 *  - props:   seeded random props of another type at any place of the fixture fleets (as the hostile-props property);
 *  - strings: fuzzed strings (`${`, `%{`, `... `, newlines, unicode, lone surrogates) in every free-form
 *             string that reaches Terraform JSON (live template sequences counted against a benign render)
 *             and in a free-form value that reaches YAML (an inline ConfigMap's data, read back from the written files);
 *  - ownership: output folders a pull request could prepare (hand-written files, links, a crafted fleet.json or journal);
 *  - kills:   SIGKILL at every step of a real commit (example fleet → a changed one, in a child process);
 *  - timedkills: SIGKILL at a seeded random moment of a commit of 3000 files (45 trials);
 *  - disk:    a real tmpfs that fills up at every size between the old and the new tree, and one remounted read-only
 *             (needs root; skipped otherwise);
 *  - locks:   racers on a stale lock, real processes;
 *  - plan:    seeded changes to the example fleets planned offline with real terraform (test/diff/plan-trials.ts).
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { App, Architecture, CloudProfile, DataStoreDriver, Garden, Project, ProviderType, Provisioner, Seed, Shoot } from '../../lib';
import { sha256Hex } from '../../lib/core/hash';
import { PatchOperation, PlatformService, ServiceSource } from '../../lib/model/platform-service';
import { MultiClusterSystem } from '../../lib/model/multicluster-settings';
import { readOwnership } from '../../lib/output/inventory';
import { JOURNAL_FILE, listManagedFiles, LOCK_FILE, recoverOutput, stageTree, writeTree } from '../../lib/output/writer';
import { renderFleet } from '../../lib/pipeline/render';
import { synth } from '../../lib/pipeline/synth';
import { renderInfrastructure } from '../../lib/render/terraform';
import { resolveFleet } from '../../lib/resolve/fleet';
import { CASES } from '../corpus/cases';
import { BASES, runCase } from '../corpus/run';
import { diffMutation } from '../diff/example-diff';
import { all, poolSize, poolZones, vsphereFolder } from '../diff/mutations';
import { runPlanTrials } from '../diff/plan-trials';
import { BuiltFleet, FleetSpec, NOW, buildFleet, openstackSpec, resolve, vsphereSpec } from '../fixtures/fleet';
import { raceStaleLock } from './lock-race';
import { compiledWriter, KILL_AT_STEP_SCRIPT } from './writer-child';

/** One section's figures. */
interface Figures {
  tried: number;
  clear: number;
  crashes: number;
  silent: number;
  /** Accepted, and rightly so (the value is fine where it was put), checked in the output. */
  accepted: number;
  notes: string[];
}

const figures = (): Figures => ({ tried: 0, clear: 0, crashes: 0, silent: 0, accepted: 0, notes: [] });

function args(): { seed: number; only?: Set<string>; planTrials: number } {
  const a = process.argv.slice(2);
  const get = (k: string) => { const i = a.indexOf(k); return i >= 0 ? a[i + 1] : undefined; };
  return { seed: Number(get('--seed') ?? 20261207), only: get('--only') ? new Set(get('--only')!.split(',')) : undefined, planTrials: Number(get('--plan-trials') ?? 35) };
}

function tmp(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `seedbed-figures-${prefix}-`));
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200);
}

/** A field error is clear when it names a construct path and a field and says what is wrong. */
function clearProblems(errors: ReadonlyArray<{ path: string; field: string; detail: string }>): boolean {
  return errors.length > 0 && errors.every((e) => e.path.length > 0 && e.field.length > 0 && e.detail.length > 0);
}

// ---------------------------------------------------------------------------------------------
// corpus

function corpus(): Figures {
  const f = figures();
  for (const c of CASES) {
    f.tried++;
    try {
      const r = runCase(c);
      if (r.fleet) { f.silent++; f.notes.push(`silent: ${c.name}`); } else if (clearProblems(r.errors)) f.clear++;
      else { f.crashes++; f.notes.push(`unclear: ${c.name}`); }
    } catch (e) {
      f.crashes++;
      f.notes.push(`crash: ${c.name}: ${firstLine(e)}`);
    }
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// hostile: new cases, through a real synth

/** A hostile input: refused (a clear error) or accepted (and then `check` reads the output). */
export interface HostileCase {
  readonly name: string;
  readonly base?: 'openstack' | 'vsphere';
  readonly edit?: (spec: FleetSpec) => void;
  readonly after?: (built: BuiltFleet) => void;
  /** Whether seedbed must refuse it. */
  readonly refuse: boolean;
  /** For a case seedbed may accept: what the output must show (a problem in words, or undefined). */
  readonly check?: (files: ReadonlyMap<string, string>) => string | undefined;
}

const chart = { repositoryUrl: 'https://charts.example.com', chart: 'agent', version: '1.2.3' };
const karmada = (s: FleetSpec) => { s.garden.multiCluster = { systems: [MultiClusterSystem.KARMADA] }; };
const helmValues = (values: Record<string, unknown>) => (b: BuiltFleet) => {
  new PlatformService(b.garden, 'agent', { source: ServiceSource.fromHelmChart({ ...chart, values }) });
};
const manifests = (list: Record<string, any>[]) => (b: BuiltFleet) => {
  new PlatformService(b.garden, 'inline', { source: ServiceSource.fromManifests(list) });
};
const shootPatch = (op: PatchOperation, p: string, value?: unknown) => (b: BuiltFleet) => {
  b.shoots['shop/prod'].addOverride({ name: 'x', kind: 'KamajiControlPlane', patches: [{ op, path: p, ...(value !== undefined ? { value } : {}) }] });
};
/** A free-form string that reaches YAML: a value of an inline ConfigMap's data. */
const configMapValue = (value: string) => manifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { note: value } }]);

/** Every YAML value of the output, parsed (strings only), to find a fleet string in. */
function yamlStrings(files: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.add(k); walk(x); }
  };
  for (const [p, text] of files) {
    if (!p.endsWith('.yaml')) continue;
    for (const d of parseAllDocuments(text)) {
      if (d.errors.length > 0) throw new Error(`${p}: does not parse: ${d.errors[0].message}`);
      walk(d.toJS());
    }
  }
  return out;
}

const keptInYaml = (value: string) => (files: ReadonlyMap<string, string>) => (yamlStrings(files).has(value) ? undefined : `${JSON.stringify(value)} is not in the YAML read back`);

export const HOSTILE_CASES: HostileCase[] = [
  // Secrets under names the first rule set did not know.
  { name: 'Helm values: an EnvVar DB_PASS with a literal value', edit: karmada, after: helmValues({ env: [{ name: 'DB_PASS', value: 'hunter2' }] }), refuse: true },
  { name: 'Helm values: PGPASSWORD (one word) with a literal value', edit: karmada, after: helmValues({ env: [{ name: 'PGPASSWORD', value: 'hunter2' }] }), refuse: true },
  { name: 'Helm values: rootpassword (one lower-case word)', edit: karmada, after: helmValues({ mysql: { rootpassword: 'hunter2' } }), refuse: true },
  { name: 'Helm values: an Authorization header with a bearer token', edit: karmada, after: helmValues({ headers: { Authorization: 'Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0' } }), refuse: true },
  { name: 'Helm values: a Docker config auth', edit: karmada, after: helmValues({ auths: { 'registry.example.com': { auth: 'dXNlcjpodW50ZXIy' } } }), refuse: true },
  { name: 'Helm values: an own __proto__ key holding adminPassword', edit: karmada, after: helmValues(JSON.parse('{"__proto__": {"adminPassword": "hunter2"}}')), refuse: true },
  { name: 'a Secret with data inside a List', edit: karmada, after: manifests([{ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { t: 'eA==' } }] }]), refuse: true },
  { name: 'a Secret with data and the apiVersion spelt V1', edit: karmada, after: manifests([{ apiVersion: 'V1', kind: 'Secret', metadata: { name: 's' }, data: { t: 'eA==' } }]), refuse: true },
  { name: 'the repository URL with a percent-encoded access_token parameter', edit: (s) => { s.garden.repository.url = 'https://git.example.com/fleet.git?access%5Ftoken=abc'; }, refuse: true },
  { name: 'the repository URL with user info written %40 and @', edit: (s) => { s.garden.repository.url = 'https://bot%40corp:hunter2@git.example.com/fleet.git'; }, refuse: true },
  // Patches that reach through the prototype.
  { name: 'a shoot override adds /__proto__/polluted', after: shootPatch(PatchOperation.ADD, '/__proto__/polluted', 'yes'), refuse: true },
  { name: 'a shoot override replaces /spec/constructor', after: shootPatch(PatchOperation.REPLACE, '/spec/constructor', 'x'), refuse: true },
  { name: 'a shoot override removes /metadata/labels/toString', after: shootPatch(PatchOperation.REMOVE, '/metadata/labels/toString'), refuse: true },
  // Values that look right to JavaScript and mean something else.
  { name: 'hibernation.enabled is new Boolean(false)', edit: (s) => { s.shoots.find((x) => x.id === 'prod')!.props.hibernation = { enabled: new Boolean(false) as any }; }, refuse: true },
  { name: 'a pool minimum is -0', edit: (s) => { s.shoots.find((x) => x.id === 'lake')!.pools[0].props.minimum = -0; }, refuse: false, check: () => undefined },
  { name: 'a volume of 2^31 GiB (past OpenStack int32)', edit: (s) => { s.shoots.find((x) => x.id === 'lake')!.pools[0].props.volume = { sizeGiB: 2 ** 31 }; }, refuse: true },
  { name: 'a Kubernetes version with a trailing newline', edit: (s) => { s.shoots.find((x) => x.id === 'dev')!.props.kubernetesVersion = '1.33.5\n'; }, refuse: true },
  { name: 'a Kubernetes version in full-width digits', edit: (s) => { s.shoots.find((x) => x.id === 'dev')!.props.kubernetesVersion = '１.33.5'; }, refuse: true },
  { name: 'a shoot name with a zero-width space', edit: (s) => { s.shoots.find((x) => x.id === 'prod')!.props.name = 'prod\u200b'; }, refuse: true },
  { name: 'an inline ConfigMap named ../../terraform/x', edit: karmada, after: manifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: '../../terraform/x' }, data: { a: 'b' } }]), refuse: true },
  // Strings that must come through as written.
  { name: 'a ConfigMap value starting with "... "', edit: karmada, after: configMapValue('... not an end marker'), refuse: false, check: keptInYaml('... not an end marker') },
  { name: 'a ConfigMap value with a lone surrogate', edit: karmada, after: configMapValue('a\uD800b'), refuse: false, check: keptInYaml('a\uD800b') },
  { name: 'a ConfigMap value with NUL, ESC, NEL and LS', edit: karmada, after: configMapValue('a\u0000b\u001bc\u0085d\u2028e'), refuse: false, check: keptInYaml('a\u0000b\u001bc\u0085d\u2028e') },
  { name: 'a ConfigMap value with ${ and %{', edit: karmada, after: configMapValue('${file("/etc/passwd")} %{ if true }x%{ endif }'), refuse: false, check: keptInYaml('${file("/etc/passwd")} %{ if true }x%{ endif }') },
  // A key every object copy drops: refused (it cannot be kept through cdk8s and the renderers).
  { name: 'an inline ConfigMap with an own __proto__ data key', edit: karmada, after: manifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: JSON.parse('{"__proto__": "kept", "b": "c"}') }]), refuse: true },
];

function hostile(): Figures {
  const f = figures();
  for (const c of HOSTILE_CASES) {
    f.tried++;
    const out = tmp('hostile');
    const pollutedBefore = ({} as any).polluted;
    try {
      const built = buildFleet(c.edit, BASES[c.base ?? 'openstack']);
      c.after?.(built);
      const result = synth(built.garden, { outDir: out, now: NOW });
      const problem = c.refuse ? 'accepted' : c.check?.(result.files);
      if (problem) { f.silent++; f.notes.push(`silent: ${c.name}: ${problem}`); } else f.accepted++;
    } catch (e) {
      const err = e as any;
      if (err?.name === 'FleetValidationError' && clearProblems(err.problems)) {
        if (c.refuse) { f.clear++; f.notes.push(`clear: ${c.name}: ${err.problems[0].path} ${err.problems[0].field}: ${firstLine(err.problems[0].detail)}`); } else { f.silent++; f.notes.push(`refused although fine: ${c.name}: ${firstLine(err.problems[0].detail)}`); }
      } else if (err?.name === 'OutputCheckError' && err.problems.length > 0) {
        if (c.refuse) { f.clear++; f.notes.push(`clear: ${c.name}: ${firstLine(err.problems[0])}`); } else { f.silent++; f.notes.push(`refused although fine: ${c.name}: ${err.problems[0]}`); }
      } else {
        f.crashes++;
        f.notes.push(`crash: ${c.name}: ${err?.name}: ${firstLine(e)}`);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
    if (({} as any).polluted !== pollutedBefore) { f.notes.push(`prototype polluted by: ${c.name}`); delete (Object.prototype as any).polluted; }
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// props: seeded random values of another type anywhere in the fixture fleets

const cyclic = () => { const o: Record<string, unknown> = { name: 'x' }; o.self = o; return o; };
const HOSTILE_VALUES: ReadonlyArray<() => unknown> = [
  () => 'no', () => 'false', () => '', () => '${file("/etc/passwd")}', () => 42, () => 0, () => -1, () => 1e308,
  () => Number.NaN, () => Infinity, () => null, () => true, () => BigInt(1), () => Symbol('s'), () => () => 1,
  () => [], () => ['a'], () => ({}), () => ({ unexpected: 1 }), cyclic, () => new Boolean(false), () => new Map(), () => -0,
];

function places(spec: FleetSpec): Array<[any, string | number]> {
  const out: Array<[any, string | number]> = [];
  const walk = (o: unknown, depth: number) => {
    if (depth > 8 || o === null || typeof o !== 'object') return;
    if (!Array.isArray(o) && Object.getPrototypeOf(o) !== Object.prototype) return;
    for (const [k, v] of Object.entries(o)) {
      out.push([o, Array.isArray(o) ? Number(k) : k]);
      walk(v, depth + 1);
    }
  };
  walk(spec.garden, 0);
  for (const p of spec.profiles) walk(p.props, 0);
  for (const s of spec.seeds) { walk(s.props, 0); for (const d of s.dataStores) walk(d.props, 0); }
  for (const p of spec.projects) walk(p.props, 0);
  for (const s of spec.shoots) { walk(s.props, 0); for (const p of s.pools) walk(p.props, 0); }
  return out;
}

/** The JSON-ish type of a value, to tell a value of another type from one of the same. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : 'non-finite';
  if (typeof v === 'object') return Object.getPrototypeOf(v) === Object.prototype ? 'object' : 'instance';
  return typeof v;
}

function props(seed: number, runs: number): Figures {
  const f = figures();
  const accepted = new Map<string, number>();
  fc.assert(fc.property(
    fc.integer({ min: 0, max: 1 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: HOSTILE_VALUES.length - 1 })), { minLength: 1, maxLength: 3 }),
    (base, edits) => {
      f.tried++;
      const changed: string[] = [];
      try {
        const built = buildFleet((spec) => {
          const all = places(spec);
          for (const [at, value] of edits) {
            const [holder, key] = all[at % all.length];
            const v = HOSTILE_VALUES[value]();
            if (kindOf(holder[key]) !== kindOf(v)) changed.push(`${String(key)}: ${kindOf(holder[key])} → ${kindOf(v)}`);
            holder[key] = v;
          }
        }, base === 0 ? openstackSpec : vsphereSpec);
        const r = resolve(built);
        if (r.fleet) {
          renderFleet(r.fleet);
          // A value of another type accepted: counted as silent (listed, to read).
          if (changed.length > 0) { f.silent++; for (const c of changed) accepted.set(c, (accepted.get(c) ?? 0) + 1); } else f.accepted++;
        } else if (clearProblems(r.errors)) f.clear++;
        else { f.crashes++; f.notes.push(`unclear: ${JSON.stringify(r.errors[0])}`); }
      } catch (e) {
        f.crashes++;
        f.notes.push(`crash: ${firstLine(e)}`);
      }
    },
  ), { seed, numRuns: runs });
  for (const [k, n] of [...accepted].sort()) f.notes.push(`accepted a value of another type ${n}x: ${k}`);
  return f;
}

// ---------------------------------------------------------------------------------------------
// strings: fuzzed strings into every free-form string that reaches Terraform JSON or YAML

/** Fields of the small fleet below whose strings go into the Terraform stacks unchecked (free-form names and paths). */
const TF_FIELDS: Record<string, string[]> = {
  openstack: ['keystone', 'floatingPool', 'glanceImage', 'flavor'],
  vsphere: ['datacenter', 'datastore', 'network', 'folder', 'clusterA', 'clusterB', 'resourcePool', 'datastoreC', 'template', 'flavor'],
};

function tfFleet(provider: ProviderType, s: (field: string) => string): Garden {
  const garden = new Garden(new App(), 'acme', {
    repository: { url: 'https://git.acme.example/platform/fleet.git', path: 'out' }, managementStack: { workarounds: ['kamaji-bootstrap-rbac' as any] },
    multiCluster: { systems: [MultiClusterSystem.KARMADA] },
  });
  // A free-form string that reaches YAML (and never Terraform).
  new PlatformService(garden, 'inline', { source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { note: s('configMap') } }]) });
  const openstack = provider === ProviderType.OPENSTACK;
  const profile = new CloudProfile(garden, 'profile', {
    type: provider, kubernetesVersions: [{ version: '1.33.5' }],
    machineImages: [{ name: 'ubuntu', versions: [{ version: '24.4.3', architectures: [Architecture.AMD64] }] }],
    machineTypes: [{ name: s('flavor'), cpu: 4, memoryGiB: 8, storageGiB: openstack ? 80 : undefined }],
    regions: [{ name: 'r1', zones: [{ name: 'r1a' }, { name: 'r1b' }, { name: 'r1c' }] }],
    openstack: openstack ? {
      keystoneUrls: [{ region: 'r1', url: `https://keystone.acme.example:5000/v3/${s('keystone')}` }], floatingPools: [{ name: s('floatingPool'), region: 'r1' }],
      machineImages: [{ name: 'ubuntu', version: '24.4.3', image: s('glanceImage') }], dnsServers: ['10.0.0.53'],
    } : undefined,
    vsphere: openstack ? undefined : {
      regions: [{
        name: 'r1', vcenter: 'vcenter.acme.example', datacenter: s('datacenter'), datastore: s('datastore'), network: s('network'), folder: s('folder'), zones: [
          { name: 'r1a', computeCluster: s('clusterA') }, { name: 'r1b', computeCluster: s('clusterB'), resourcePool: s('resourcePool') },
          { name: 'r1c', computeCluster: 'c-c', datastore: s('datastoreC') }],
      }],
      machineImages: [{ name: 'ubuntu', version: '24.4.3', template: s('template') }],
    },
  });
  const seed = new Seed(garden, 'seed-1', { provider, region: 'r1', cloudProfile: profile, ingressDomain: 'seed-1.acme.example', networks: { nodes: '172.16.0.0/16', pods: '172.20.0.0/14', services: '172.24.0.0/16' } });
  seed.addDataStore('etcd', {
    driver: DataStoreDriver.ETCD, endpoints: ['etcd.seed-1:2379'], capacity: 10,
    tls: { certificateAuthority: { name: 'etcd-ca', namespace: 'kamaji-system' }, clientCertificate: { name: 'etcd-client', namespace: 'kamaji-system' } },
  });
  const shoot = new Shoot(new Project(garden, 'retail'), 'edge', { name: 'edge', cloudProfile: profile, region: 'r1', kubernetesVersion: '1.33.5' });
  shoot.addWorkerPool('static', { machineType: s('flavor'), provisioner: Provisioner.TERRAFORM, minimum: 3, maximum: 3, volume: { sizeGiB: 50 }, labels: { 'acme.example/tier': 'edge' } });
  return garden;
}

/**
 * The template sequences Terraform evaluates in a stack, as their text: `${` or `%{` not preceded by
 * the same character (`$${` and `%%{` are escapes wherever they stand: Terraform 1.11 reads `$$${"A"}`
 * as the text `$${"A"}`, checked with `terraform plan`).
 */
export function liveTemplates(doc: unknown): string[] {
  const out: string[] = [];
  const visit = (s: string) => {
    for (let i = 0; i < s.length - 1; i++) {
      if ((s[i] !== '$' && s[i] !== '%') || s[i + 1] !== '{' || (i > 0 && s[i - 1] === s[i])) continue;
      out.push(s.slice(i, s.indexOf('}', i) + 1 || undefined));
    }
  };
  const walk = (v: unknown) => {
    if (typeof v === 'string') visit(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { visit(k); walk(x); }
  };
  walk(doc);
  return out.sort();
}

/** Strings a fuzzer throws at every field: template syntax, YAML markers, line breaks, unicode. */
function fuzzString(): fc.Arbitrary<string> {
  const pieces = fc.constantFrom('${', '%{', '}', '$', '%', '$${', '%%{', '${file("/etc/hostname")}', '%{ if true }x%{ endif }', '... ', '--- ', '\n', '\r\n',
    '\t', ' ', '#', ': ', '"', "'", '\\', '\u0000', '\u0085', '\u2028', '\uFEFF', '\uD800', '\u{1F600}', 'é', 'a', 'z', '0', '-', '/', '.');
  return fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
}

function strings(seed: number, runs: number): Figures {
  const f = figures();
  const base: Record<string, string[]> = {};
  for (const provider of [ProviderType.OPENSTACK, ProviderType.VSPHERE]) {
    const r = resolveFleet(tfFleet(provider, (x) => `benign-${x}`), { now: NOW });
    base[provider] = liveTemplates((renderInfrastructure(r.fleet!, r.fleet!.seeds[0], r.fleet!.shoots[0]) as any).stack);
  }
  fc.assert(fc.property(fc.constantFrom(ProviderType.OPENSTACK, ProviderType.VSPHERE), fuzzString(), fc.nat(), (provider, value, pick) => {
    const fields = [...TF_FIELDS[provider], 'configMap'];
    const field = fields[pick % fields.length];
    f.tried++;
    try {
      const garden = tfFleet(provider, (x) => (x === field ? value : `benign-${x}`));
      const r = resolveFleet(garden, { now: NOW });
      if (!r.fleet) {
        if (clearProblems(r.errors)) f.clear++;
        else { f.crashes++; f.notes.push(`unclear: ${field} ${JSON.stringify(value)}`); }
        return;
      }
      const stack = (renderInfrastructure(r.fleet, r.fleet.seeds[0], r.fleet.shoots[0]) as any).stack;
      const live = liveTemplates(stack);
      if (JSON.stringify(live) !== JSON.stringify(base[provider])) {
        f.silent++;
        f.notes.push(`interpreted: ${provider} ${field} ${JSON.stringify(value)}: ${JSON.stringify(live.filter((x) => !base[provider].includes(x)))}`);
        return;
      }
      if (field === 'configMap') {
        const out = tmp('strings');
        try {
          const result = synth(garden, { outDir: out, now: NOW });
          const problem = keptInYaml(value)(result.files);
          if (problem) { f.silent++; f.notes.push(`changed: ConfigMap value ${JSON.stringify(value)}: ${problem}`); return; }
        } finally {
          fs.rmSync(out, { recursive: true, force: true });
        }
      }
      f.accepted++;
    } catch (e) {
      const err = e as any;
      if ((err?.name === 'FleetValidationError' && clearProblems(err.problems)) || (err?.name === 'OutputCheckError' && err.problems.length > 0)) f.clear++;
      else { f.crashes++; f.notes.push(`crash: ${field} ${JSON.stringify(value)}: ${err?.name}: ${firstLine(e)}`); }
    }
  }), { seed, numRuns: runs });
  return f;
}

// ---------------------------------------------------------------------------------------------
// kills: SIGKILL at every step of a commit of real output


function treeHashes(dir: string): string {
  if (!fs.existsSync(dir)) return '[]';
  return JSON.stringify(listManagedFiles(dir).map((f) => [f, sha256Hex(fs.readFileSync(path.join(dir, f), 'utf8'))]));
}

interface KillFigures { trials: number; tornRightAfter: number; tornWithoutJournal: number; tornAfterNextCommand: number; notes: string[] }

function kills(): KillFigures {
  const k: KillFigures = { trials: 0, tornRightAfter: 0, tornWithoutJournal: 0, tornAfterNextCommand: 0, notes: [] };
  const writer = compiledWriter();
  const work = tmp('kills');
  const child = path.join(work, 'child.js');
  fs.writeFileSync(child, KILL_AT_STEP_SCRIPT);
  const changes = [
    ['openstack', all(poolSize('shop', 'edge-sued', 'static', 2, 2), poolZones('shop', 'staging', 'web', ['eu-nord-1a']))],
    ['vsphere', all(vsphereFolder('k8s'), poolSize('it', 'branch', 'static', 4, 4))],
  ] as const;
  for (const [fleet, mutation] of changes) {
    const { before, after } = diffMutation(fleet, mutation);
    const oldDir = path.join(work, `${fleet}-old`);
    writeTree(oldDir, before);
    const old = treeHashes(oldDir);
    const newDir = path.join(work, `${fleet}-new`);
    writeTree(newDir, after);
    const fresh = treeHashes(newDir);
    const steps: string[] = [];
    const probe = path.join(work, `${fleet}-probe`);
    writeTree(probe, before);
    stageTree(probe, after, { onCommitStep: (_i, what) => steps.push(what) }).commit();
    const filesFile = path.join(work, `${fleet}.json`);
    fs.writeFileSync(filesFile, JSON.stringify([...after]));
    for (let at = 0; at < steps.length; at++) {
      k.trials++;
      const dir = path.join(work, `${fleet}-${at}`);
      writeTree(dir, before);
      const r = spawnSync(process.execPath, [child, writer, dir, String(at), filesFile], { encoding: 'utf8' });
      if (r.signal !== 'SIGKILL') k.notes.push(`${fleet} step ${at}: not killed (${r.status} ${r.stderr.slice(0, 100)})`);
      const now = treeHashes(dir);
      if (now !== old && now !== fresh) {
        k.tornRightAfter++;
        if (!fs.existsSync(path.join(dir, JOURNAL_FILE))) { k.tornWithoutJournal++; k.notes.push(`${fleet} step ${at} (${steps[at]}): torn, no journal`); }
      }
      recoverOutput(dir);
      const recovered = treeHashes(dir);
      if (recovered !== old && recovered !== fresh) { k.tornAfterNextCommand++; k.notes.push(`${fleet} step ${at} (${steps[at]}): torn after recovery`); }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
  return k;
}

// ---------------------------------------------------------------------------------------------
// ownership: output folders a pull request could prepare (files seedbed did not write, links, a crafted inventory)

interface OwnershipFigures { tried: number; refusedClearly: number; damaged: number; crashes: number; notes: string[] }

function ownership(): OwnershipFigures {
  const o: OwnershipFigures = { tried: 0, refusedClearly: 0, damaged: 0, crashes: 0, notes: [] };
  const NEW = new Map([['fleet.json', '{"kind":"FleetInventory","fleet":"f","seeds":[],"shoots":{},"files":["seeds/y/k.yaml"]}\n'], ['seeds/y/k.yaml', 'b\n']]);
  const precious = 'precious\n';
  const cases: Array<[string, (root: string, out: string) => string[]]> = [];
  const inventory = (out: string, files: string[]) => fs.writeFileSync(path.join(out, 'fleet.json'), JSON.stringify({ kind: 'FleetInventory', fleet: 'f', seeds: [], shoots: {}, files }));
  const victim = (p: string) => { fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, precious); return p; };
  for (const owned of ['seeds/../victim.txt', 'seeds/x/../../victim.txt', '../victim-out.txt', 'seeds/a/../../../victim-out.txt', '/ABS/victim-abs.txt', 'seeds\\..\\victim.txt']) {
    cases.push([`a crafted fleet.json owning ${owned}`, (root, out) => {
      const v = [victim(path.join(out, 'victim.txt')), victim(path.join(root, 'victim-out.txt')), victim(path.join(root, 'ABS', 'victim-abs.txt'))];
      inventory(out, [owned.replace('/ABS/', `${root}/ABS/`)]);
      return v;
    }]);
  }
  cases.push(['a hand-written file under terraform/', (_root, out) => [victim(path.join(out, 'terraform', 'main.tf'))]]);
  cases.push(['--out . with the repository\'s own terraform/ and no fleet.json', (_root, out) => [victim(path.join(out, 'terraform', 'prod', 'main.tf')), victim(path.join(out, 'README.md'))]]);
  cases.push(['seeds -> a folder outside (a committed link)', (root, out) => {
    const v = victim(path.join(root, 'elsewhere', 'y', 'k.yaml'));
    fs.symlinkSync(path.join(root, 'elsewhere'), path.join(out, 'seeds'));
    return [v];
  }]);
  cases.push(['a managed file that is a link to a file outside', (root, out) => {
    const v = victim(path.join(root, 'secret.txt'));
    fs.mkdirSync(path.join(out, 'seeds', 'y'), { recursive: true });
    fs.symlinkSync(v, path.join(out, 'seeds', 'y', 'k.yaml'));
    inventory(out, ['seeds/y/k.yaml']);
    return [v];
  }]);
  cases.push(['a committed journal naming a file outside', (root, out) => {
    const v = victim(path.join(root, 'victim-out.txt'));
    inventory(out, []);
    fs.writeFileSync(path.join(out, JOURNAL_FILE), JSON.stringify({ version: 1, staging: '.seedbed-staging-x', renames: [], removals: ['../victim-out.txt'] }));
    return [v];
  }]);
  cases.push(['.seedbed-lock committed as a folder', (_root, out) => { fs.mkdirSync(path.join(out, LOCK_FILE)); return []; }]);
  cases.push(['.seedbed-journal committed as a folder', (_root, out) => { fs.mkdirSync(path.join(out, JOURNAL_FILE)); return []; }]);
  for (const [name, prepare] of cases) {
    o.tried++;
    const root = tmp('own');
    const out = path.join(root, 'out');
    fs.mkdirSync(out);
    const victims = prepare(root, out);
    try {
      // As synth does: complete or refuse an interrupted commit, then own only what fleet.json lists.
      recoverOutput(out);
      const inventoryFile = path.join(out, 'fleet.json');
      const text = fs.existsSync(inventoryFile) && fs.statSync(inventoryFile).isFile() ? fs.readFileSync(inventoryFile, 'utf8') : null;
      writeTree(out, NEW, { owned: readOwnership(text ?? undefined).owned, readBefore: { path: 'fleet.json', text } });
      o.notes.push(`written: ${name}`);
    } catch (e) {
      const err = e as Error;
      if (['OutputFolderError', 'TornOutputError', 'LockHeldError'].includes(err.name)) { o.refusedClearly++; o.notes.push(`refused: ${name}: ${firstLine(err)}`); } else { o.crashes++; o.notes.push(`crash: ${name}: ${err.name}: ${firstLine(err)}`); }
    }
    const lost = victims.filter((v) => !fs.existsSync(v) || fs.readFileSync(v, 'utf8') !== precious);
    if (lost.length > 0) { o.damaged++; o.notes.push(`damaged: ${name}: ${lost.join(', ')}`); }
    fs.rmSync(root, { recursive: true, force: true });
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// timed kills: SIGKILL at a seeded random moment of a commit that takes a while (thousands of files)

const TIMED_CHILD = `
const fs = require('fs');
const w = require(process.argv[2]);
const [dir, filesFile] = process.argv.slice(3);
const files = new Map(JSON.parse(fs.readFileSync(filesFile, 'utf8')));
const staged = w.stageTree(dir, files);
process.stdout.write('go\\n');
const t = process.hrtime.bigint();
staged.commit();
process.stdout.write('committed ' + (Number(process.hrtime.bigint() - t) / 1e6) + '\\n');
`;

/** A tree of `n` files in 40 folders; `variant` changes a third of them, removes a sixth and adds a sixth. */
function bigTree(n: number, variant: number): Map<string, string> {
  const out = new Map<string, string>([['fleet.json', `{"variant":${variant}}\n`]]);
  for (let i = 0; i < n; i++) {
    if (variant === 1 && i % 6 === 0) continue;
    const text = variant === 1 && i % 3 === 1 ? `changed ${i}\n` : `file ${i}\n`;
    out.set(`seeds/s${i % 40}/shoots/p--s${i % 7}/f${i}.yaml`, text);
  }
  if (variant === 1) for (let i = 0; i < n / 6; i++) out.set(`terraform/s${i % 40}/p--n${i}/cdk.tf.json`, `{"n":${i}}\n`);
  return out;
}

async function timedKills(seed: number, trials: number): Promise<KillFigures & { commitMs: number }> {
  const k: KillFigures & { commitMs: number } = { trials: 0, tornRightAfter: 0, tornWithoutJournal: 0, tornAfterNextCommand: 0, notes: [], commitMs: 0 };
  const writer = compiledWriter();
  const work = tmp('timed');
  const child = path.join(work, 'child.js');
  fs.writeFileSync(child, TIMED_CHILD);
  const before = bigTree(3000, 0);
  const after = bigTree(3000, 1);
  const filesFile = path.join(work, 'after.json');
  fs.writeFileSync(filesFile, JSON.stringify([...after]));
  const ref = path.join(work, 'ref');
  writeTree(ref, before);
  const old = treeHashes(ref);
  fs.rmSync(ref, { recursive: true, force: true });
  writeTree(ref, after);
  const fresh = treeHashes(ref);
  // How long a commit takes here, once, without a kill.
  fs.rmSync(ref, { recursive: true, force: true });
  writeTree(ref, before);
  const probe = spawnSync(process.execPath, [child, writer, ref, filesFile], { encoding: 'utf8' });
  k.commitMs = Number(/committed ([0-9.]+)/.exec(probe.stdout)?.[1] ?? 100);
  const random = fc.sample(fc.double({ min: 0, max: 1, noNaN: true }), { seed, numRuns: trials });
  for (let t = 0; t < trials; t++) {
    k.trials++;
    const dir = path.join(work, `out-${t}`);
    writeTree(dir, before);
    const delay = random[t] * k.commitMs * 1.2;
    await new Promise<void>((resolve) => {
      const p = spawn(process.execPath, [child, writer, dir, filesFile], { stdio: ['ignore', 'pipe', 'inherit'] });
      p.stdout.once('data', () => setTimeout(() => p.kill('SIGKILL'), delay));
      p.on('exit', () => resolve());
    });
    const now = treeHashes(dir);
    if (now !== old && now !== fresh) {
      k.tornRightAfter++;
      if (!fs.existsSync(path.join(dir, JOURNAL_FILE))) { k.tornWithoutJournal++; k.notes.push(`trial ${t} (${delay.toFixed(1)} ms): torn, no journal`); }
    }
    recoverOutput(dir);
    const recovered = treeHashes(dir);
    if (recovered !== old && recovered !== fresh) { k.tornAfterNextCommand++; k.notes.push(`trial ${t} (${delay.toFixed(1)} ms): torn after recovery`); }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.rmSync(work, { recursive: true, force: true });
  return k;
}

// ---------------------------------------------------------------------------------------------
// disk: a real tmpfs that fills up, and one that is read-only

interface DiskFigures { trials: number; succeeded: number; originalError: number; otherError: number; tornLeft: number; lockLeft: number; recovered: number; notes: string[] }

function sh(cmd: string, argv: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

function disk(): DiskFigures | string {
  const d: DiskFigures = { trials: 0, succeeded: 0, originalError: 0, otherError: 0, tornLeft: 0, lockLeft: 0, recovered: 0, notes: [] };
  const mnt = tmp('tmpfs');
  if (sh('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', mnt]).status !== 0) return 'skipped: cannot mount a tmpfs (needs root)';
  const remount = (opts: string) => { const r = sh('mount', ['-o', `remount,${opts}`, mnt]); if (r.status !== 0) throw new Error(`remount ${opts}: ${r.stderr}`); };
  try {
    const { before, after } = diffMutation('openstack', all(poolSize('shop', 'edge-sued', 'static', 2, 2), poolZones('shop', 'staging', 'web', ['eu-nord-1a'])));
    const out = path.join(mnt, 'out');
    const freshDir = tmp('fresh');
    writeTree(freshDir, after);
    const fresh = treeHashes(freshDir);
    fs.rmSync(freshDir, { recursive: true, force: true });
    const used = () => { const s = fs.statfsSync(mnt); return (s.blocks - s.bfree) * s.bsize; };
    // tmpfs counts whole pages; a file costs its pages and an inode-ish page more (a generous estimate: the top sizes must succeed).
    const pages = (files: Iterable<string>) => [...files].reduce((n, t) => n + Math.ceil(Buffer.byteLength(t) / 4096) * 4096 + 4096, 0);
    const changed = [...after].filter(([p, t]) => before.get(p) !== t).map(([, t]) => t);
    const check = (label: string, expect: string, old: string, fresh: string, run: () => void) => {
      d.trials++;
      let err: any;
      try { run(); } catch (e) { err = e; }
      if (err) {
        if (err.code === expect && String(err.message).startsWith(expect)) d.originalError++;
        else { d.otherError++; d.notes.push(`${label}: reported ${err.code ?? err.name}: ${firstLine(err)}`); }
      } else d.succeeded++;
      const now = treeHashes(out);
      if (fs.existsSync(path.join(out, LOCK_FILE))) { d.lockLeft++; d.notes.push(`${label}: lock left`); }
      if (now !== old && now !== fresh && !fs.existsSync(path.join(out, JOURNAL_FILE))) { d.tornLeft++; d.notes.push(`${label}: torn without journal`); }
    };
    // A first synth into an empty folder, and a change of the fleet: free space from none to 1.5 times what the new files need, in 24 steps.
    for (const [scenario, start, need] of [['first synth', undefined, pages(after.values())], ['change', before, pages(changed)]] as const) {
      for (let i = 0; i <= 24; i++) {
        fs.rmSync(out, { recursive: true, force: true });
        remount('size=64m');
        if (start) writeTree(out, start);
        const old = treeHashes(out);
        const room = Math.floor((need * 1.5 * i) / 24);
        remount(`size=${used() + Math.max(room, 4096)}`);
        check(`${scenario}: ENOSPC with ${room} bytes free`, 'ENOSPC', old, fresh, () => writeTree(out, after));
        // The next command, with room again, finds the old or the new tree and writes the new one.
        remount('size=64m');
        recoverOutput(out);
        writeTree(out, after);
        if (treeHashes(out) === fresh) d.recovered++;
      }
    }
    fs.rmSync(out, { recursive: true, force: true });
    writeTree(out, before);
    const old = treeHashes(out);
    remount('ro');
    check('read-only', 'EROFS', old, fresh, () => writeTree(out, after));
    remount('rw');
    writeTree(out, after);
    if (treeHashes(out) === fresh) d.recovered++;
  } finally {
    sh('umount', [mnt]);
    fs.rmSync(mnt, { recursive: true, force: true });
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// locks: real processes racing on a stale lock

async function locks(racersCount: number, rounds: number): Promise<{ rounds: number; racers: number; bad: number; notes: string[] }> {
  const work = tmp('locks');
  const notes: string[] = [];
  let bad = 0;
  try {
    const race = await raceStaleLock(work, racersCount, rounds);
    race.rounds.forEach((verdicts, round) => {
      const won = verdicts.filter((v) => v === 'won').length;
      const odd = verdicts.filter((v) => v !== 'won' && !/^lost another synth is writing into /.test(v));
      if (won !== 1 || odd.length > 0) { bad++; notes.push(`round ${round}: ${won} held the lock${odd.length ? `; ${odd[0]}` : ''}`); }
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return { rounds, racers: racersCount, bad, notes };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { seed, only, planTrials } = args();
  const want = (s: string) => !only || only.has(s);
  const report: Record<string, unknown> = { seed };
  const show = (name: string, value: unknown) => {
    report[name] = value;
    process.stdout.write(`${name}: ${JSON.stringify(value, null, 1)}\n`);
  };
  if (want('corpus')) show('corpus', corpus());
  if (want('hostile')) show('hostile', hostile());
  if (want('props')) show('props', props(seed, 300));
  if (want('strings')) show('strings', strings(seed, 400));
  if (want('ownership')) show('ownership', ownership());
  if (want('kills')) show('kills', kills());
  if (want('timedkills')) show('timedkills', await timedKills(seed, 45));
  if (want('disk')) show('disk', disk());
  if (want('locks')) show('locks', await locks(8, 100));
  if (want('plan')) {
    const { tally, failures } = await runPlanTrials(seed, planTrials);
    show('plan', { planTrials, ...tally, failures });
  }
  // The closing note's table: the sections of input attacks added up.
  const inputs = ['corpus', 'hostile', 'props', 'strings'].map((k) => report[k] as Figures | undefined).filter((x): x is Figures => x !== undefined);
  const sum = (k: keyof Figures) => inputs.reduce((n, x) => n + (x[k] as number), 0);
  show('total', {
    casesTried: sum('tried'), clearErrors: sum('clear'), crashes: sum('crashes'), silentAcceptances: sum('silent'), acceptedRightly: sum('accepted'),
    tornTreesAfterKills: report.kills || report.timedkills
      ? ((report.kills as KillFigures | undefined)?.tornAfterNextCommand ?? 0) + ((report.timedkills as KillFigures | undefined)?.tornAfterNextCommand ?? 0) : 'not run',
    planDisagreements: report.plan ? (report.plan as { disagreements: number }).disagreements : 'not run',
  });
}

if (require.main === module) {
  main().catch((e) => { process.stderr.write(`${(e as Error).stack}\n`); process.exit(1); });
}
