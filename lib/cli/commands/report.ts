/**
 * `seedbed report`: one self-contained HTML page about the fleets.
 */
import { count } from '../../core/plural';
import * as fs from 'fs';
import * as path from 'path';
import { locateOutputDir } from '../../diff/baseline';
import { findFleets, loadFleet } from '../../pipeline/fleets';
import { recoverOutput } from '../../output/commit';
import { readPreviousInventory } from '../../pipeline/steps';
import { fleetFacts } from '../../report/facts';
import { renderReport } from '../../report/html';
import { resolveFleetOrThrow } from '../../resolve/fleet';
import { CommandContext } from '../context';
import { outDirFor, parseDays, parseNow, repositoryPathOf, today } from '../options';

/** The options of `seedbed report`. */
export interface ReportCommandOptions {
  readonly out: string;
  readonly now?: string;
  readonly days: string;
  readonly dir?: string;
}

/** Runs `seedbed report` for the fleets named (default: every fleet in fleets/). */
export function reportCommand(fleets: string[], opts: ReportCommandOptions, { io, progress }: CommandContext): void {
  const now = parseNow(opts.now) ?? today();
  const days = parseDays(opts.days);
  const files = findFleets(fleets, io.cwd);
  const facts = files.map((f) => {
    progress.step(`${f.name}: resolving`);
    const garden = loadFleet(f);
    const dir = locateOutputDir({ repositoryPath: repositoryPathOf(garden), cwd: io.cwd, outDir: opts.dir !== undefined ? outDirFor(opts.dir, f.name, files.length) : undefined });
    recoverOutput(dir);
    const fleet = resolveFleetOrThrow(garden, { now, previous: readPreviousInventory(dir) });
    return fleetFacts(f.name, fleet, now, days);
  });
  progress.done();
  const out = path.resolve(io.cwd, opts.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, renderReport(facts));
  for (const f of facts) {
    io.err(`${f.fleet}: ${count(f.seeds.length, 'seed')}, ${count(f.shoots, 'shoot')}, ${count(f.expiring.length, 'version')} expiring within ${count(days, 'day')}`);
  }
  io.err(`report written to ${path.relative(io.cwd, out) || out}`);
}
