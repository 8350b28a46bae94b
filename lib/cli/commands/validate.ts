/**
 * `seedbed validate`: the pipeline's dry run for each fleet, against the same baseline as synth
 * (the fleet.json of the output folder); writes nothing but the schema check's verdicts.
 */
import { count } from '../../core/plural';
import { OutputCheckError } from '../../pipeline/errors';
import { fleetCacheScope } from '../../pipeline/fleets';
import { validate } from '../../pipeline/validate';
import { CommandContext } from '../context';
import { recoverOutput } from '../../output/commit';
import { loadFleets } from './load';
import { CacheOptions, parseNow, reportKnownValid, reportWarnings, schemaDir, verdictDir } from '../options';

/** The options of `seedbed validate`. */
export interface ValidateCommandOptions extends CacheOptions {
  readonly out?: string;
  readonly now?: string;
  readonly schemas?: string;
  /** `--strict`: warnings are errors. */
  readonly strict?: boolean;
}

/** Runs `seedbed validate` for the fleets named (default: every fleet in fleets/). */
export function validateCommand(fleets: string[], opts: ValidateCommandOptions, ctx: CommandContext): void {
  try {
    validateFleets(fleets, opts, ctx);
  } finally {
    // Cleared before any error is reported.
    ctx.progress.done();
  }
}

function validateFleets(fleets: string[], opts: ValidateCommandOptions, ctx: CommandContext): void {
  const { io, progress } = ctx;
  const schemas = schemaDir(io, opts.schemas);
  const cacheDir = verdictDir(io, opts);
  // The output folder synth would write, decided as synth decides it: its fleet.json is the
  // baseline both check against (placements, the versions the shoots run).
  for (const { file: f, garden, folder } of loadFleets(fleets, opts.out, cacheDir, ctx)) {
    // An interrupted synth into the fleet's output folder is completed first (or validate stops).
    recoverOutput(folder.dir);
    const result = validate(garden, { schemas, cacheDir, cacheScope: cacheDir !== undefined ? fleetCacheScope(f, cacheDir) : undefined, now: parseNow(opts.now), outDir: folder.dir, strict: opts.strict,
      onProgress: progress.enabled ? (step) => progress.step(`${f.name}: ${step}`) : undefined });
    progress.done();
    reportWarnings(io, f.name, result.warnings);
    reportKnownValid(io, f.name, result.schemaCheck);
    if (result.problems.length > 0) throw new OutputCheckError(result.problems);
    const objects = [...result.tree.values()].reduce((n, v) => n + (v.kind === 'manifests' ? v.objects.length : 0), 0);
    io.out(`${f.name}: valid — ${count(result.fleet.seeds.length, 'seed')}, ${count(result.fleet.shoots.length, 'shoot')}, ${count(objects, 'object')} checked against their schemas`);
  }
}
