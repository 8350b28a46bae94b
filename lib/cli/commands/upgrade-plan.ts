/**
 * `seedbed upgrade-plan`: the shoots whose versions expire soon, and the steps off them.
 */
import { locateOutputDir } from '../../diff/baseline';
import { findFleets, loadFleet } from '../../pipeline/fleets';
import { recoverOutput } from '../../output/commit';
import { readPreviousInventory } from '../../pipeline/steps';
import { formatPlanJson, formatPlanMarkdown, formatPlanText, planFleet, upgradePlan } from '../../report/upgrade-plan';
import { resolveFleetOrThrow } from '../../resolve/fleet';
import { CommandContext } from '../context';
import { outDirFor, parseDays, parseNow, repositoryPathOf } from '../options';

/** The options of `seedbed upgrade-plan`. */
export interface UpgradePlanCommandOptions {
  readonly days: string;
  readonly format: 'text' | 'markdown' | 'json';
  readonly now?: string;
  readonly dir?: string;
}

/** Runs `seedbed upgrade-plan` for the fleets named (default: every fleet in fleets/). */
export function upgradePlanCommand(fleets: string[], opts: UpgradePlanCommandOptions, { io, progress }: CommandContext): void {
  const now = parseNow(opts.now) ?? new Date();
  const options = { now, days: parseDays(opts.days) };
  const files = findFleets(fleets, io.cwd);
  const plans = files.map((f) => {
    progress.step(`${f.name}: planning`);
    const garden = loadFleet(f);
    const dir = locateOutputDir({ repositoryPath: repositoryPathOf(garden), cwd: io.cwd, outDir: opts.dir !== undefined ? outDirFor(opts.dir, f.name, files.length) : undefined });
    recoverOutput(dir);
    return planFleet(f.name, resolveFleetOrThrow(garden, { now, previous: readPreviousInventory(dir) }), options);
  });
  progress.done();
  const plan = upgradePlan(plans, options);
  const text = opts.format === 'json' ? formatPlanJson(plan) : opts.format === 'markdown' ? formatPlanMarkdown(plan) : formatPlanText(plan);
  io.out(text.trimEnd());
}
