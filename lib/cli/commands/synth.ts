/**
 * `seedbed synth`: validates the fleets and renders each into its output folder.
 */
import { prerequisitesFile } from '../../layout/paths';
import * as path from 'path';
import { checkFleetTypes, findFleets, loadFleet } from '../../pipeline/fleets';
import { synth } from '../../pipeline/synth';
import { CommandContext } from '../context';
import { CacheOptions, outputFolders, parseNow, reportKnownValid, reportWarnings, schemaDir, verdictDir } from '../options';

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
}

/** Runs `seedbed synth` for the fleets named (default: every fleet in fleets/). */
export function synthCommand(fleets: string[], opts: SynthCommandOptions, { io }: CommandContext): void {
  const files = findFleets(fleets, io.cwd);
  // The schema check runs on a second thread while the synth renders (see the pipeline's steps).
  const schemas = opts.check ? schemaDir(io, opts.schemas) : undefined;
  const cacheDir = verdictDir(io, opts);
  // Every TypeScript fleet is type-checked, in one program, before any of them runs.
  checkFleetTypes(files, { cacheDir });
  const loaded = files.map((file) => ({ file, garden: loadFleet(file) }));
  // Every folder is decided (and checked) before anything is written.
  const folders = outputFolders(loaded, io.cwd, opts.out);
  for (const [i, { file: f, garden }] of loaded.entries()) {
    const outDir = folders[i].dir;
    const result = synth(garden, { outDir, now: parseNow(opts.now), seeds: opts.seed, schemas, cacheDir, adopt: opts.adopt, allowEmpty: opts.allowEmpty });
    for (const seed of result.fleet.seeds) {
      if (opts.seed && !opts.seed.includes(seed.name)) continue;
      const objects = [...result.tree.entries()].filter(([p, v]) => p.startsWith(`seeds/${seed.name}/`) && v.kind === 'manifests')
        .reduce((n, [, v]) => n + (v.kind === 'manifests' ? v.objects.length : 0), 0);
      const stacks = [...result.tree.keys()].filter((p) => p.startsWith(`terraform/${seed.name}/`)).length;
      io.err(`  ${f.name}: seed ${seed.name}: ${seed.shoots.length} shoots, ${objects} objects, ${stacks} Terraform stacks`);
      const prerequisites = result.tree.get(prerequisitesFile(seed.name));
      const count = prerequisites?.kind === 'json' ? (prerequisites.value as { prerequisites: unknown[] }).prerequisites.length : 0;
      if (count > 0) io.err(`  ${f.name}: seed ${seed.name}: ${count} prerequisite${count === 1 ? '' : 's'} (Secrets, secret stores) to provide before it reconciles, listed in ${prerequisitesFile(seed.name)}`);
    }
    reportWarnings(io, f.name, result.warnings);
    if (result.schemaCheck) reportKnownValid(io, f.name, result.schemaCheck);
    io.err(`${f.name}: ${result.files.size} files in ${path.relative(io.cwd, outDir) || '.'} (${result.write.written.length} written, ${result.write.unchanged} unchanged, ${result.write.removed.length} removed)`);
  }
}
