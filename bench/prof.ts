/**
 * Per-phase figures of one in-process synth of a generated fleet, without writing:
 * `node .bench-build/bench/prof.js [shoots=1000] [repeat=1]`.
 *
 * Also compares seedbed's YAML emitter with the `yaml` package's stringify (what seedbed
 * used before) on the same manifests.
 *
 * Prints, per phase (construct, resolve, render, check, serialize, write into a fresh folder,
 * write again with nothing changed), the wall-clock and the CPU milliseconds of this process;
 * CPU time is the steadier figure on a busy machine. Then the schema check as a synth runs it, on
 * a worker thread (a fresh one, as in one `seedbed synth`): handing the files over (JSON text, in
 * this thread), serializing meanwhile, and the wait for the verdict after that. (In a synth the
 * files are handed over seed by seed while rendering goes on.) The first check includes loading and
 * compiling the schemas, as in one `seedbed synth`. With `repeat` > 1 the check and serialize
 * phases run again on the same tree and the fastest of the later (warm) runs is printed too.
 * A script that prints figures; it asserts nothing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { checkRenderedTree } from '../lib/pipeline/check';
import { resolveFleetOrThrow } from '../lib/resolve/fleet';
import { canonical, manifestsToYaml } from '../lib/output/serialize';
import { serializeTree } from '../lib/pipeline/synth';
import { writeTree } from '../lib/output/writer';
import { Manifest } from '../lib/core/manifest';
import { renderFleet } from '../lib/pipeline/render';
import { SchemaCheckSession } from '../lib/schema/parallel';
import { defaultSharedDir } from '../lib/schema/paths';
import { generateFleet } from './generator';

const NOW = new Date('2026-11-25T00:00:00Z');

interface Phase { wallMs: number; cpuMs: number }

function timed<T>(fn: () => T): { value: T; phase: Phase } {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return {
    value,
    phase: { wallMs: Math.round(Number(process.hrtime.bigint() - wall) / 1e6), cpuMs: Math.round((used.user + used.system) / 1000) },
  };
}

function best(runs: Phase[]): Phase {
  return runs.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
}

/** The manifests of a file the way seedbed wrote them with the `yaml` package. */
function yamlPackage(objects: readonly Manifest[]): string {
  return objects.map((o) => stringify(canonical(o), { lineWidth: 0, minContentWidth: 0, indentSeq: true, aliasDuplicateObjects: false })).join('---\n');
}

function main(): void {
  const shoots = Number(process.argv[2] ?? 1000);
  const repeat = Math.max(1, Number(process.argv[3] ?? 1));
  const construct = timed(() => generateFleet({ shoots }));
  const resolve = timed(() => resolveFleetOrThrow(construct.value, { now: NOW }));
  const render = timed(() => renderFleet(resolve.value));
  const checks: Phase[] = [];
  const serializes: Phase[] = [];
  let problems = 0;
  let files = 0;
  for (let i = 0; i < repeat; i++) {
    const check = timed(() => checkRenderedTree(render.value));
    problems = check.value.length;
    checks.push(check.phase);
    const serialize = timed(() => serializeTree(resolve.value, render.value));
    files = serialize.value.size;
    serializes.push(serialize.phase);
  }
  const session = new SchemaCheckSession(defaultSharedDir());
  const handOver = timed(() => {
    for (const [p, f] of render.value) if (f.kind === 'manifests') session.add(p, f.objects);
  });
  const serializeParallel = timed(() => serializeTree(resolve.value, render.value));
  const verdict = timed(() => session.finish());
  if (verdict.value.length !== problems) throw new Error(`the worker found ${verdict.value.length} problems, the check in this thread ${problems}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-prof-'));
  const contents = serializeTree(resolve.value, render.value);
  const write = timed(() => writeTree(dir, contents));
  const rewrite = timed(() => writeTree(dir, contents));
  fs.rmSync(dir, { recursive: true, force: true });
  let objects = 0;
  for (const f of render.value.values()) if (f.kind === 'manifests') objects += f.objects.length;
  const phases: Record<string, Phase> = {
    construct: construct.phase, resolve: resolve.phase, render: render.phase, check: checks[0], serialize: serializes[0],
    write: write.phase, 'write no-op': rewrite.phase,
    'check hand-over': handOver.phase, 'serialize (‖)': serializeParallel.phase, 'check verdict': verdict.phase,
  };
  if (repeat > 1) {
    phases['check warm'] = best(checks.slice(1));
    phases['serialize warm'] = best(serializes.slice(1));
  }
  console.log(`N=${shoots}: ${objects} objects, ${files} files, ${problems} problems`);
  for (const [name, p] of Object.entries(phases)) {
    console.log(`  ${name.padEnd(16)} ${String(p.wallMs).padStart(7)} ms wall ${String(p.cpuMs).padStart(7)} ms cpu`);
  }

  const manifests = [...render.value.values()].flatMap((f) => (f.kind === 'manifests' ? [f.objects] : []));
  const emit = (fn: (objects: readonly Manifest[]) => string) => timed(() => manifests.reduce((bytes, objects) => bytes + fn(objects).length, 0));
  const ours = emit(manifestsToYaml);
  const theirs = emit(yamlPackage);
  console.log(`YAML of ${manifests.length} manifest files: seedbed emitter ${ours.phase.cpuMs} ms cpu (${(ours.value / 2 ** 20).toFixed(1)} MiB), `
    + `yaml package stringify ${theirs.phase.cpuMs} ms cpu (${(theirs.value / 2 ** 20).toFixed(1)} MiB): ${(theirs.phase.cpuMs / Math.max(1, ours.phase.cpuMs)).toFixed(1)}× faster`);
}

main();
