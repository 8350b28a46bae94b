/**
 * `seedbed diff`: each fleet rendered in memory and compared with its committed output.
 */
import { count } from '../../core/plural';
import * as path from 'path';
import { locateBaseline, locateOutputDir } from '../../diff/baseline';
import { recoverOutput } from '../../output/commit';
import { diffFleet } from '../../diff/fleet';
import { formatMarkdown, formatText, isDestructive } from '../../diff/format';
import { FleetDiff } from '../../diff/model';
import { checkFleetTypes, findFleets, loadFleet } from '../../pipeline/fleets';
import { CommandContext } from '../context';
import { outDirFor, parseNow, repositoryPathOf } from '../options';

/** The options of `seedbed diff`. */
export interface DiffCommandOptions {
  readonly against: string;
  readonly againstDir?: string;
  readonly out?: string;
  readonly format: 'text' | 'markdown';
  readonly allowDestructive?: boolean;
  readonly now?: string;
}

/**
 * Runs `seedbed diff` for the fleets named (default: every fleet in fleets/) and prints the
 * changes; returns true when a change is destructive and `--allow-destructive` was not given.
 */
export function diffCommand(fleets: string[], opts: DiffCommandOptions, { io, progress, colour }: CommandContext): boolean {
  const files = findFleets(fleets, io.cwd);
  // Every TypeScript fleet is type-checked, in one program, before any of them runs.
  checkFleetTypes(files);
  const diffs: FleetDiff[] = [];
  for (const f of files) {
    progress.step(`${f.name}: loading the fleet`);
    const garden = loadFleet(f);
    progress.step(`${f.name}: reading the baseline`);
    // An interrupted synth (in the output folder, or in the folder compared with) is completed
    // first; a folder where it cannot be is not read.
    const outDir = opts.out !== undefined ? outDirFor(opts.out, f.name, files.length) : undefined;
    if (opts.againstDir === undefined) recoverOutput(locateOutputDir({ repositoryPath: repositoryPathOf(garden), cwd: io.cwd, outDir }));
    else for (const d of [opts.againstDir, path.join(opts.againstDir, f.name)]) recoverOutput(path.resolve(io.cwd, d));
    const baseline = locateBaseline({
      fleet: f.name, fleetFile: f.file, repositoryPath: repositoryPathOf(garden), cwd: io.cwd, fleetCount: files.length,
      outDir: opts.out !== undefined ? outDirFor(opts.out, f.name, files.length) : undefined,
      ref: opts.againstDir === undefined ? opts.against : undefined, dir: opts.againstDir,
    });
    progress.step(`${f.name}: rendering and comparing ${count(baseline.files.size, 'baseline file')}`);
    diffs.push(diffFleet(f.name, garden, baseline, { now: parseNow(opts.now) }));
  }
  progress.done();
  if (opts.format === 'markdown') io.out(formatMarkdown(diffs).trimEnd());
  else io.out(diffs.map((d) => formatText(d, { color: colour })).join('\n\n'));
  return diffs.some(isDestructive) && !opts.allowDestructive;
}
