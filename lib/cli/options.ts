/**
 * Option values and folders several commands read the same way: dates, day counts, each fleet's
 * output folder (decided by the layout), the schema folder and the verdict cache.
 */
import { count } from '../core/plural';
import { FieldWarning, formatFieldWarning } from '../core/problems';
import * as path from 'path';
import { fleetRepositoryPath, LayoutError, outputFolder, OutputFolder } from '../layout';
import { Garden } from '../model/garden';
import { UsageError } from '../pipeline/errors';
import { FleetFile } from '../pipeline/fleets';
import { defaultCacheDir, resolveSchemaDir, SCHEMAS_ENV } from '../pipeline/schemas';
import { CliIo } from './context';

/** The value of `--now`: a date (midnight UTC) or a moment; undefined when not given. */
export function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: not a date: ${value}`);
  return d;
}

/** The value of `--days`: a whole number of days. */
export function parseDays(value: string): number {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0) throw new UsageError(`--days: not a whole number of days: ${value}`);
  return days;
}

/** The start of today (UTC): reports are the same all day unless --now says otherwise. */
export function today(): Date {
  return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
}

/** The `--out`/`--dir` folder of one fleet: the folder itself, or with several fleets its `<fleet>` sub-folder. */
export function outDirFor(base: string, fleetName: string, fleetCount: number): string {
  return fleetCount === 1 ? base : path.join(base, fleetName);
}

/** A garden's repository path (its `repository.path`, else the default). */
export function repositoryPathOf(garden: Garden): string {
  return fleetRepositoryPath(garden.name, garden.props.repository?.path);
}

/** The output folder of each fleet (see the layout's `outputFolder`); two fleets sharing one is a usage error. */
export function outputFolders(fleets: ReadonlyArray<{ file: FleetFile; garden: Garden }>, cwd: string, out: string | undefined): OutputFolder[] {
  const folders = fleets.map(({ file, garden }) => {
    try {
      return outputFolder({ repositoryPath: repositoryPathOf(garden), cwd, out: out !== undefined ? outDirFor(out, file.name, fleets.length) : undefined });
    } catch (e) {
      if (e instanceof LayoutError) throw new UsageError(`${file.name}: ${e.message}`);
      throw e;
    }
  });
  const owners = new Map<string, string>();
  folders.forEach((f, i) => {
    const other = owners.get(f.dir);
    if (other !== undefined) {
      throw new UsageError(`the fleets ${other} and ${fleets[i].file.name} both write ${path.relative(cwd, f.dir) || '.'}: give each garden its own repository.path`);
    }
    owners.set(f.dir, fleets[i].file.name);
  });
  return folders;
}

/** The folder holding the upstream CRDs the rendered objects are checked against, as `--schemas`, the environment or seedbed.json name it. */
export function schemaDir(io: CliIo, flag: string | undefined): string {
  return resolveSchemaDir({ cwd: io.cwd, flag, env: io.env?.[SCHEMAS_ENV] });
}

/** Options of the commands that run the schema check. */
export interface CacheOptions {
  /** False with `--no-cache`. */
  readonly cache: boolean;
  /** `--cache-dir`. */
  readonly cacheDir?: string;
}

/** Where the schema check keeps its verdicts, as the options say (undefined with --no-cache). */
export function verdictDir(io: CliIo, opts: CacheOptions): string | undefined {
  return opts.cache ? path.resolve(io.cwd, opts.cacheDir ?? defaultCacheDir(io.cwd)) : undefined;
}

/** Notes on stderr how many manifests files an earlier run found valid and were not checked again. */
export function reportKnownValid(io: CliIo, fleet: string, counts: { files: number; knownValid: number }): void {
  if (counts.knownValid > 0) io.err(`  ${fleet}: ${counts.knownValid} of ${count(counts.files, 'manifest file')} not checked again: an earlier run found ${counts.knownValid === 1 ? 'it' : 'them'} valid`);
}

/** Prints the fleet definition's warnings on stderr, one line each: `warning: <fleet>: <path> <field>: …`. */
export function reportWarnings(io: CliIo, fleet: string, warnings: readonly FieldWarning[]): void {
  for (const w of warnings) io.err(`warning: ${fleet}: ${formatFieldWarning(w)}`);
}
