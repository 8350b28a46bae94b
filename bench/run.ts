/**
 * `npm run bench`: seedbed's full synth against the plain cdk8s/cdktn way and the serialization
 * floor, for N = 100, 1,000 and 10,000 shoots. Prints figures; asserts nothing.
 *
 * Every measurement runs in a fresh child process so its peak RSS is its own.
 *   seedbed  construct + validate + render + schema check + write, as `seedbed synth` does, on a
 *            machine where it never ran: empty output folder, no verdicts of earlier synths
 *   warm     the same into an empty output folder, with the schema check's verdicts of an earlier
 *            synth of the same fleet at hand (a developer's re-synth, CI with its cache restored)
 *   no-op    the same synth again, in a fresh process, into the output of a first one (verdicts at hand)
 *   change1  the same with one shoot of the fleet edited (one pool's maxSurge)
 *   validate `seedbed validate` of the fleet (resolve, render, schema check; nothing written, no verdicts at hand)
 *   cdk8s    the same manifests as ApiObjects in one cdk8s App (a Chart per shoot) + App.synth()
 *   cdktn    the same stacks in one CDK Terrain (cdktn) App (a stack per shoot, built from the
 *            provider bindings' own constructs; it writes the same Terraform as seedbed) + App.synth()
 *   floor    the final objects serialized (YAML with seedbed's emitter, JSON) and written, nothing else
 *   floor (yaml package)  the same with the `yaml` package's stringify for the YAML, as the issue
 *            measured its floor (5 s at 1,000 shoots); printed for comparison, the targets are
 *            judged against the stricter floor above
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchDir, runChild } from './modes';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
/** Plain cdk8s/cdktn are not run above this size (cdk8s grows quadratically): they are extrapolated. */
const PLAIN_LIMIT = Number(process.env.BENCH_PLAIN_LIMIT ?? 1000);
const ALL_MODES = ['seedbed', 'prime', 'warm', 'noop', 'change1', 'validate', 'floor', 'flooryaml', 'cdk8s', 'cdktn'] as const;
/** `BENCH_MODES=seedbed,noop,…` runs only those (e.g. to compare two builds quickly). */
const MODES = process.env.BENCH_MODES ? ALL_MODES.filter((m) => process.env.BENCH_MODES!.split(',').includes(m)) : ALL_MODES;
/** Where the measurements write (what modes.ts uses). */
const BENCH_DIR = benchDir();
type Mode = typeof ALL_MODES[number];

interface Figure { seconds: number; cpuSeconds?: number; rssMiB: number; files: number; extrapolated?: boolean }

function measure(mode: Mode, n: number): Figure {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', path.join(__dirname, 'modes.js'), mode, String(n)], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function fmt(f: Figure | undefined): string {
  if (!f) return '—';
  return f.extrapolated ? `${f.seconds.toFixed(0)} s*` : `${f.seconds.toFixed(2)} s (${f.cpuSeconds?.toFixed(1) ?? '?'} s CPU) / ${f.rssMiB} MiB`;
}

function main(): void {
  if (process.argv[2] === '--child') {
    runChild(process.argv[3] as Mode, Number(process.argv[4]));
    return;
  }
  console.log(`seedbed bench — ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  // Output of an earlier run is removed before anything is measured (see outDir in modes.ts).
  fs.rmSync(BENCH_DIR, { recursive: true, force: true });
  if (process.platform !== 'win32') execFileSync('sync');
  const rows: Array<Record<Mode, Figure | undefined> & { n: number }> = [];
  for (const n of SIZES) {
    const row: any = { n };
    for (const mode of MODES) {
      if ((mode === 'cdk8s' || mode === 'cdktn') && n > PLAIN_LIMIT) continue;
      process.stderr.write(`  N=${n} ${mode}…\n`);
      const figure = measure(mode, n);
      if (mode !== 'prime') row[mode] = figure;
    }
    rows.push(row);
  }
  // Beyond PLAIN_LIMIT, the plain way is extrapolated from the two largest sizes run, with the
  // growth measured between them (t ∝ N^k, k between 1 and 2). Fixed costs weigh most at the
  // smallest size, so k comes out low for a way that grows quadratically: the estimate errs in
  // the plain way's favour.
  const growth: Partial<Record<Mode, number>> = {};
  for (const mode of ['cdk8s', 'cdktn'] as const) {
    const measured = rows.filter((r) => r[mode] && r[mode]!.seconds > 0);
    if (measured.length < 2) continue;
    const [a, b] = measured.slice(-2);
    const k = Math.min(2, Math.max(1, Math.log(b[mode]!.seconds / a[mode]!.seconds) / Math.log(b.n / a.n)));
    growth[mode] = k;
    for (const r of rows) {
      if (!r[mode]) r[mode] = { seconds: b[mode]!.seconds * (r.n / b.n) ** k, rssMiB: NaN, files: 0, extrapolated: true };
    }
  }
  const header = ['N', 'first synth', 'floor', 'first/floor', 'no-op re-synth', 'one shoot changed', 'validate', 'warm check cache',
    'floor (yaml pkg)', 'cdk8s App.synth', 'cdktn App.synth', 'plain/first'];
  const lines = rows.map((r) => {
    const plain = (r.cdk8s?.seconds ?? 0) + (r.cdktn?.seconds ?? 0);
    const over = (a?: Figure, b?: Figure) => (a && b ? `${(a.seconds / b.seconds).toFixed(2)}×` : '—');
    const faster = (f?: Figure) => (f && plain ? `${(plain / f.seconds).toFixed(1)}×` : '—');
    const rewritten = (f?: Figure) => (f ? `${fmt(f)} (${f.files} written)` : '—');
    return [
      String(r.n), fmt(r.seedbed), fmt(r.floor), over(r.seedbed, r.floor), rewritten(r.noop), rewritten(r.change1), fmt(r.validate), fmt(r.warm),
      fmt(r.flooryaml), fmt(r.cdk8s), fmt(r.cdktn), faster(r.seedbed),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const print = (cells: string[]) => console.log(`| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);
  print(header);
  print(widths.map((w) => '-'.repeat(w)));
  for (const l of lines) print(l);
  const k = (Object.keys(growth) as Mode[]).map((m) => `${m} N^${growth[m]!.toFixed(2)}`).join(', ');
  console.log(`times are wall clock of the whole step (CPU seconds of its process, both threads, in brackets); MiB is the peak RSS of its process; * = extrapolated with the growth measured between the two largest N run (${k || 'none'})`);
  console.log('first synth: empty output folder, no verdicts of earlier synths; warm: a fresh process and output folder, the schema check\'s verdicts of an earlier synth at hand');
  console.log('no-op re-synth / one shoot changed: a fresh process synthesizing into the output of a first synth (targets at 10,000 shoots: ≤ 1.5 s and ≤ 600 MiB / ≤ 2 s)');
  console.log('floor: the final objects serialized with seedbed\'s YAML emitter and written; floor (yaml pkg): the same with the yaml package, as the issue measured its floor');
  console.log(`files per N: ${rows.map((r) => `${r.n} → ${r.seedbed?.files ?? '?'}`).join(', ')}`);
  fs.rmSync(BENCH_DIR, { recursive: true, force: true });
}

main();
