/**
 * One benchmark measurement, run as its own process: `node modes.js <mode> <n>`.
 * Prints one JSON line: { seconds, rssMiB, files }.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App as Cdk8sApp, ApiObject, Chart } from 'cdk8s';
import { resolveFleetOrThrow } from '../lib/resolve/fleet';
import { stringify } from 'yaml';
import { canonical, manifestsToYaml, toJson } from '../lib/output/serialize';
import { serializeTree, synthesize } from '../lib/pipeline/synth';
import { validate } from '../lib/pipeline/validate';
import { renderFleet } from '../lib/pipeline/render';
import { defaultSharedDir } from '../lib/schema/paths';
import { Manifest } from '../lib/core/manifest';
import { buildPlainCdktnApp, plainCdktnDefinitions } from './plain-cdktn';
import { generateFleet } from './generator';

const NOW = new Date('2026-11-25T00:00:00Z');

/**
 * A fresh output folder for one measurement. `npm run bench` empties seedbed-bench/ before the
 * first measurement, so nothing is deleted here right before a timed write (deleting thousands
 * of files makes the file system slow for a while, whichever mode comes next).
 */
function outDir(base: string, mode: string, n: number): string {
  const dir = path.join(base, `${mode}-${n}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A manifests file written with the `yaml` package (sorted keys, no folding, sequences indented). */
function yamlPackage(objects: readonly Manifest[]): string {
  return objects.map((o) => stringify(canonical(o), { lineWidth: 0, minContentWidth: 0, indentSeq: true, aliasDuplicateObjects: false })).join('---\n');
}

function rssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * The schema check's verdict cache of a measurement (`seedbed synth` keeps it in
 * node_modules/.cache/seedbed): `prime` fills the one `warm` reads.
 */
function cacheDir(base: string, mode: string, n: number): string {
  const dir = path.join(base, `cache-${mode === 'prime' ? 'warm' : mode}-${n}`);
  if (mode !== 'warm') fs.rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** One fleet synth as `seedbed synth` runs it (schema check on, with its verdict cache); `edit`: see generateFleet. */
function synth(dir: string, cache: string, n: number, edit?: number) {
  // As `seedbed synth` runs it: incremental (a build without incremental synth ignores the option).
  const options = { outDir: dir, now: NOW, schemas: defaultSharedDir(), cacheDir: cache, incremental: true };
  return synthesize(generateFleet({ shoots: n, edit }), options);
}

/** Where the measurements write: `seedbed-bench/` in the temporary folder. */
export function benchDir(): string {
  return path.join(os.tmpdir(), 'seedbed-bench');
}

/** Runs one measurement and prints its figures; `base` is the folder its output goes into. */
export function runChild(mode: string, n: number, base: string = benchDir()): void {
  let files = 0;
  let seconds = 0;
  let cpu = process.cpuUsage();
  if (mode === 'prime') {
    // Untimed: fills the verdict cache the `warm` measurement (another process) starts with.
    synth(outDir(base, mode, n), cacheDir(base, mode, n), n);
  } else if (mode === 'seedbed' || mode === 'warm' || mode === 'noop' || mode === 'change1') {
    // seedbed: a first synth (empty cache, empty output); warm: a fresh process and output folder
    // with the verdicts of an earlier synth; noop: the same synth again into that output, in a
    // fresh process (as a developer runs `seedbed synth` twice); change1: the same with one shoot
    // of the fleet edited. The first synth, the no-op and the one-shoot change share one output
    // folder and cache, in that order; run alone, no-op and change1 make their first synth in a
    // child process of its own, so the measured process starts fresh either way.
    const shared = mode === 'seedbed' || mode === 'noop' || mode === 'change1';
    const dir = shared ? path.join(base, `synth-${n}`) : outDir(base, mode, n);
    const cache = shared ? path.join(base, `cache-synth-${n}`) : cacheDir(base, mode, n);
    if (mode === 'seedbed') {
      for (const d of [dir, cache]) fs.rmSync(d, { recursive: true, force: true });
    } else if (shared && !fs.existsSync(path.join(dir, 'fleet.json'))) {
      execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, 'prepare', String(n), dir, cache], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const t = process.hrtime.bigint();
    cpu = process.cpuUsage();
    const result = synth(dir, cache, n, mode === 'change1' ? Math.floor(n / 2) : undefined);
    seconds = Number(process.hrtime.bigint() - t) / 1e9;
    files = mode === 'noop' || mode === 'change1' ? result.write.written.length : result.files.size;
    if (mode === 'change1' && files === 0) throw new Error('the edited shoot changed no file');
    if (mode === 'warm' && result.schemaCheck?.knownValid !== result.schemaCheck?.files) throw new Error('the warm synth found an unprimed cache');
  } else if (mode === 'validate') {
    // `seedbed validate` of the fleet: resolve, render and check, nothing written, no verdicts at hand.
    const cache = cacheDir(base, mode, n);
    const t = process.hrtime.bigint();
    cpu = process.cpuUsage();
    const result = validate(generateFleet({ shoots: n }), { now: NOW, schemas: defaultSharedDir(), cacheDir: cache });
    seconds = Number(process.hrtime.bigint() - t) / 1e9;
    if (result.problems.length > 0) throw new Error(result.problems.slice(0, 5).join('\n'));
    files = result.tree.size;
  } else {
    // Inputs for the other modes: the final objects, prepared outside the timed part.
    const fleet = resolveFleetOrThrow(generateFleet({ shoots: n }), { now: NOW });
    const tree = renderFleet(fleet);
    const byShoot = new Map<string, Manifest[]>();
    for (const [p, f] of tree) {
      const key = /\/shoots\/([^/]+)\//.exec(p)?.[1];
      if (f.kind !== 'manifests' || !key) continue;
      if (!byShoot.has(key)) byShoot.set(key, []);
      byShoot.get(key)!.push(...f.objects);
    }
    const stacks = [...tree.keys()].filter((p) => p.endsWith('/cdk.tf.json')).length;
    const definitions = mode === 'cdktn' ? plainCdktnDefinitions(fleet) : [];
    if (mode === 'cdktn' && definitions.length !== stacks) throw new Error(`${definitions.length} stack definitions for ${stacks} stacks`);
    const dir = outDir(base, mode, n);
    const t = process.hrtime.bigint();
    cpu = process.cpuUsage();
    if (mode === 'floor' || mode === 'flooryaml') {
      // floor: seedbed's own YAML emitter; flooryaml: the `yaml` package's stringify, as a tool
      // without an emitter of its own would write the same objects (what the issue measured).
      const yaml = mode === 'floor' ? manifestsToYaml : yamlPackage;
      for (const [p, f] of tree) {
        const target = path.join(dir, p);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, f.kind === 'manifests' ? yaml(f.objects) : toJson(f.kind === 'json' ? f.value : f.resources));
        files++;
      }
      const inventory = serializeTree(fleet, new Map(), true).get('fleet.json')!;
      fs.writeFileSync(path.join(dir, 'fleet.json'), inventory);
      files++;
    } else if (mode === 'cdk8s') {
      const app = new Cdk8sApp({ outdir: dir });
      for (const shoot of fleet.shoots) {
        const chart = new Chart(app, shoot.key);
        let i = 0;
        for (const o of byShoot.get(shoot.key) ?? []) new ApiObject(chart, `o${i++}`, o as any);
      }
      app.synth();
      files = fs.readdirSync(dir).length;
    } else if (mode === 'cdktn') {
      const app = buildPlainCdktnApp(definitions, dir);
      app.synth();
      files = definitions.length;
    } else {
      throw new Error(`unknown mode ${mode}`);
    }
    seconds = Number(process.hrtime.bigint() - t) / 1e9;
  }
  const used = process.cpuUsage(cpu);
  // CPU seconds of this process (both threads), the steadier figure on a busy machine.
  const cpuSeconds = (used.user + used.system) / 1e6;
  process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, rssMiB: rssMiB(), files })}\n`);
}

if (require.main === module) {
  if (process.argv[2] === 'prepare') synth(process.argv[4], process.argv[5], Number(process.argv[3]));
  else runChild(process.argv[2], Number(process.argv[3]));
}
