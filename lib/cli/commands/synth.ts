/**
 * `seedbed synth`: validates the fleets and renders each into its output folder.
 */
import { count } from '../../core/plural';
import { gardenPrerequisitesFile, prerequisitesFile } from '../../layout/paths';
import * as path from 'path';
import { fleetCacheScope } from '../../pipeline/fleets';
import { synth } from '../../pipeline/synth';
import { CommandContext } from '../context';
import { loadFleets } from './load';
import { CacheOptions, parseNow, reportKnownValid, reportWarnings, schemaDir, verdictDir } from '../options';

/** The options of `seedbed synth`. */
export interface SynthCommandOptions extends CacheOptions {
  readonly out?: string;
  readonly seed?: string[];
  readonly now?: string;
  /** False with `--no-check`. */
  readonly check: boolean;
  readonly schemas?: string;
  /** `--adopt`: take over files under the managed folders that fleet.json does not list. */
  readonly adopt?: boolean;
  /** `--allow-empty`: allow removing every shoot fleet.json lists. */
  readonly allowEmpty?: boolean;
  /** `--strict`: warnings are errors. */
  readonly strict?: boolean;
  /** False with `--no-incremental`: every seed is rendered, none kept as written. */
  readonly incremental?: boolean;
}

/** Runs `seedbed synth` for the fleets named (default: every fleet in fleets/). */
export function synthCommand(fleets: string[], opts: SynthCommandOptions, ctx: CommandContext): void {
  try {
    synthFleets(fleets, opts, ctx);
  } finally {
    // Cleared before any error is reported.
    ctx.progress.done();
  }
}

function synthFleets(fleets: string[], opts: SynthCommandOptions, ctx: CommandContext): void {
  const { io, progress } = ctx;
  // The schema check runs on a second thread while the synth renders (see the pipeline's steps).
  const schemas = opts.check ? schemaDir(io, opts.schemas) : undefined;
  const cacheDir = verdictDir(io, opts);
  for (const { file: f, garden, folder } of loadFleets(fleets, opts.out, cacheDir, ctx)) {
    const outDir = folder.dir;
    const result = synth(garden, { outDir, now: parseNow(opts.now), seeds: opts.seed, schemas, cacheDir, cacheScope: cacheDir !== undefined ? fleetCacheScope(f, cacheDir) : undefined,
      adopt: opts.adopt, allowEmpty: opts.allowEmpty, incremental: opts.incremental !== false, strict: opts.strict, onProgress: progress.enabled ? (step) => progress.step(`${f.name}: ${step}`) : undefined });
    // The line is cleared before the fleet's summary, and drawn again by the next fleet's steps.
    progress.done();
    // In the fleet's order; a skipped synth (result.unchanged) reports the figures it recorded.
    for (const [seed, summary] of result.seedSummaries) {
      if (opts.seed && !opts.seed.includes(seed)) continue;
      io.err(`  ${f.name}: seed ${seed}: ${count(summary.shoots ?? 0, 'shoot')}, ${count(summary.objects, 'object')}, ${count(summary.stacks, 'Terraform stack')}`);
      const needed = summary.prerequisites;
      if (needed > 0) io.err(`  ${f.name}: seed ${seed}: ${count(needed, 'prerequisite')} (Secrets, secret stores) to provide before it reconciles, listed in ${prerequisitesFile(seed)} with the controllers it must run`);
    }
    const gardenNeeded = result.gardenPrerequisites;
    if (gardenNeeded > 0) io.err(`  ${f.name}: garden: ${count(gardenNeeded, 'prerequisite')} (Secrets) to provide before its GitOps engine reconciles, listed in ${gardenPrerequisitesFile()}`);
    if (result.unchanged) {
      io.err(`  ${f.name}: the fleet, seedbed, the schemas and the output are as the last synth on this machine left them: nothing resolved, rendered, checked or written (--no-cache renders everything)`);
    } else if (result.reusedSeeds.length > 0) {
      io.err(`  ${f.name}: ${count(result.reusedSeeds.length, 'seed')} unchanged since the last synth on this machine: kept as written, not rendered nor checked again (--no-cache renders everything)`);
    }
    reportWarnings(io, f.name, result.warnings);
    if (result.schemaCheck) reportKnownValid(io, f.name, result.schemaCheck);
    io.err(`${f.name}: ${count(result.files.size + result.reusedFiles, 'file')} in ${path.relative(io.cwd, outDir) || '.'} (${result.write.written.length} written, ${result.write.unchanged} unchanged, ${result.write.removed.length} removed)`);
  }
}
