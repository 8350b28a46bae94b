/**
 * CPU per phase of what a re-synth does for every shoot before it knows which seeds changed:
 * `node .bench-build/bench/phases.js [shoots=10000] [edit]`.
 *
 * In one fresh process, as `seedbed synth` runs them: build the fleet's constructs (construct),
 * parse the previous `fleet.json` (read-previous), resolve the fleet against it (resolve), the
 * seeds' input keys of an incremental synth (input-keys), and the inventory with its text
 * (inventory). The previous `fleet.json` is made first, untimed, from the same fleet (with
 * `edit`: one shoot edited, as bench/modes.ts `change1` does), by a child process so that the
 * measured one starts cold, and kept in the temporary folder; when bench/modes.ts made its
 * no-op output of `shoots` there, its fleet.json (which lists every file) is read instead. Prints one JSON line of
 * milliseconds (CPU of this process, and wall-clock). A script that prints figures; it asserts
 * nothing.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildInventory, readPreviousOutput } from '../lib/output/inventory';
import { serializeFile } from '../lib/output/serialize';
import { seedInputKeys } from '../lib/pipeline/incremental';
import { resolveFleet, resolveFleetOrThrow } from '../lib/resolve/fleet';
import { generateFleet } from './generator';

const NOW = new Date('2026-11-25T00:00:00Z');

function timed<T>(figures: Record<string, { cpuMs: number; wallMs: number }>, name: string, fn: () => T): T {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  figures[name] = { cpuMs: Math.round((used.user + used.system) / 1000), wallMs: Math.round(Number(process.hrtime.bigint() - wall) / 1e6) };
  return value;
}

/** The fleet.json of the unedited fleet of `n` shoots (no files listed), written to `file`. */
function prepare(n: number, file: string): void {
  const before = resolveFleetOrThrow(generateFleet({ shoots: n }), { now: NOW });
  fs.writeFileSync(file, serializeFile({ kind: 'json', value: buildInventory(before, []) }));
}

function main(): void {
  const n = Number(process.argv[2] ?? 10000);
  const edit = process.argv[3] === 'edit' ? Math.floor(n / 2) : undefined;
  // The no-op synth's output of bench/modes.ts when there is one (its fleet.json lists every file).
  const synthed = path.join(os.tmpdir(), 'seedbed-bench', `synth-${n}`, 'fleet.json');
  const file = fs.existsSync(synthed) ? synthed : path.join(os.tmpdir(), `seedbed-phases-${n}.json`);
  if (!fs.existsSync(file)) execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, 'prepare', String(n), file], { stdio: 'inherit' });
  const previousText = fs.readFileSync(file, 'utf8');
  const figures: Record<string, { cpuMs: number; wallMs: number }> = {};
  const total = process.cpuUsage();
  const garden = timed(figures, 'construct', () => generateFleet({ shoots: n, edit }));
  const previous = timed(figures, 'read-previous', () => readPreviousOutput(previousText));
  const resolved = timed(figures, 'resolve', () => resolveFleet(garden, { now: NOW, previous: previous.inventory }));
  if (!resolved.fleet) throw new Error(resolved.errors.slice(0, 5).map((e) => `${e.path} ${e.field}: ${e.detail}`).join('\n'));
  const fleet = resolved.fleet;
  timed(figures, 'input-keys', () => seedInputKeys(fleet));
  const files = previous.ownership.owned.filter((f) => f !== 'fleet.json');
  const text = timed(figures, 'inventory', () => serializeFile({ kind: 'json', value: buildInventory(fleet, files) }));
  if (edit === undefined && text !== previousText) throw new Error('the inventory of the same fleet differs');
  const used = process.cpuUsage(total);
  const cpuMs = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v.cpuMs]));
  const wallMs = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v.wallMs]));
  process.stdout.write(`${JSON.stringify({ shoots: n, edit: edit !== undefined, totalCpuMs: Math.round((used.user + used.system) / 1000), cpuMs, wallMs })}\n`);
}

if (process.argv[2] === 'prepare') prepare(Number(process.argv[3]), process.argv[4]);
else main();
