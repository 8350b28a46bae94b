/**
 * `seedbed validate`: the pipeline's dry run for each fleet; writes nothing but the schema
 * check's verdicts.
 */
import { OutputCheckError } from '../../pipeline/errors';
import { findFleets, loadFleet } from '../../pipeline/fleets';
import { validate } from '../../pipeline/validate';
import { CommandContext } from '../context';
import { outputFolder } from '../../layout';
import { recoverOutput } from '../../output/commit';
import { CacheOptions, parseNow, repositoryPathOf, reportKnownValid, reportWarnings, schemaDir, verdictDir } from '../options';

/** The options of `seedbed validate`. */
export interface ValidateCommandOptions extends CacheOptions {
  readonly now?: string;
  readonly schemas?: string;
}

/** Runs `seedbed validate` for the fleets named (default: every fleet in fleets/). */
export function validateCommand(fleets: string[], opts: ValidateCommandOptions, { io }: CommandContext): void {
  const files = findFleets(fleets, io.cwd);
  const schemas = schemaDir(io, opts.schemas);
  const cacheDir = verdictDir(io, opts);
  for (const f of files) {
    const garden = loadFleet(f);
    // An interrupted synth into the fleet's output folder is completed first (or validate stops).
    recoverOutput(outputFolder({ repositoryPath: repositoryPathOf(garden), cwd: io.cwd }).dir);
    const result = validate(garden, { schemas, cacheDir, now: parseNow(opts.now) });
    reportWarnings(io, f.name, result.warnings);
    reportKnownValid(io, f.name, result.schemaCheck);
    if (result.problems.length > 0) throw new OutputCheckError(result.problems);
    const objects = [...result.tree.values()].reduce((n, v) => n + (v.kind === 'manifests' ? v.objects.length : 0), 0);
    io.out(`${f.name}: valid — ${result.fleet.seeds.length} seeds, ${result.fleet.shoots.length} shoots, ${objects} objects checked against their schemas`);
  }
}
