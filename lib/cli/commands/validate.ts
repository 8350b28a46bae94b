/**
 * `seedbed validate`: the pipeline's dry run for each fleet, against the same baseline as synth
 * (the fleet.json of the output folder); writes nothing but the schema check's verdicts.
 */
import { count } from '../../core/plural';
import { OutputCheckError } from '../../pipeline/errors';
import { checkFleetTypes, fleetCacheScope, findFleets, loadFleet } from '../../pipeline/fleets';
import { validate } from '../../pipeline/validate';
import { CommandContext } from '../context';
import { recoverOutput } from '../../output/commit';
import { CacheOptions, outputFolders, parseNow, reportKnownValid, reportWarnings, schemaDir, verdictDir } from '../options';

/** The options of `seedbed validate`. */
export interface ValidateCommandOptions extends CacheOptions {
  readonly out?: string;
  readonly now?: string;
  readonly schemas?: string;
}

/** Runs `seedbed validate` for the fleets named (default: every fleet in fleets/). */
export function validateCommand(fleets: string[], opts: ValidateCommandOptions, { io, progress }: CommandContext): void {
  try {
    validateFleets(fleets, opts, io, progress);
  } finally {
    // Cleared before any error is reported.
    progress.done();
  }
}

function validateFleets(fleets: string[], opts: ValidateCommandOptions, io: CommandContext['io'], progress: CommandContext['progress']): void {
  const files = findFleets(fleets, io.cwd);
  const schemas = schemaDir(io, opts.schemas);
  const cacheDir = verdictDir(io, opts);
  // Every TypeScript fleet is type-checked, in one program, before any of them runs.
  progress.step(`type-checking ${count(files.length, 'fleet file')}`);
  checkFleetTypes(files, { cacheDir });
  const loaded = files.map((file) => {
    progress.step(`${file.name}: loading the fleet`);
    return { file, garden: loadFleet(file) };
  });
  // The output folder synth would write, decided as synth decides it: its fleet.json is the
  // baseline both check against (placements, the versions the shoots run).
  const folders = outputFolders(loaded, io.cwd, opts.out);
  for (const [i, { file: f, garden }] of loaded.entries()) {
    // An interrupted synth into the fleet's output folder is completed first (or validate stops).
    recoverOutput(folders[i].dir);
    const result = validate(garden, { schemas, cacheDir, cacheScope: cacheDir !== undefined ? fleetCacheScope(f, cacheDir) : undefined, now: parseNow(opts.now), outDir: folders[i].dir,
      onProgress: progress.enabled ? (step) => progress.step(`${f.name}: ${step}`) : undefined });
    progress.done();
    reportWarnings(io, f.name, result.warnings);
    reportKnownValid(io, f.name, result.schemaCheck);
    if (result.problems.length > 0) throw new OutputCheckError(result.problems);
    const objects = [...result.tree.values()].reduce((n, v) => n + (v.kind === 'manifests' ? v.objects.length : 0), 0);
    io.out(`${f.name}: valid — ${count(result.fleet.seeds.length, 'seed')}, ${count(result.fleet.shoots.length, 'shoot')}, ${count(objects, 'object')} checked against their schemas`);
  }
}
