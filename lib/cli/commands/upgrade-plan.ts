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
import { UsageError } from '../../pipeline/errors';
import { formatStackUpgrade, planStackUpgrade } from '../../report/stack-upgrade';
import { stackUses } from '../../validate/stack';
import { outDirFor, parseDays, parseNow, repositoryPathOf } from '../options';

/** The options of `seedbed upgrade-plan`. */
export interface UpgradePlanCommandOptions {
  readonly days: string;
  readonly format: 'text' | 'markdown' | 'json';
  readonly now?: string;
  readonly dir?: string;
  /** `--stack component=version…`: plan the management stack to these versions instead. */
  readonly stack?: string[];
  /** `--seed name…`: with `--stack`, only these seeds. */
  readonly seed?: string[];
}

/** Runs `seedbed upgrade-plan` for the fleets named (default: every fleet in fleets/). */
export function upgradePlanCommand(fleets: string[], opts: UpgradePlanCommandOptions, { io, progress }: CommandContext): void {
  const now = parseNow(opts.now) ?? new Date();
  const options = { now, days: parseDays(opts.days) };
  const files = findFleets(fleets, io.cwd);
  if (opts.stack) {
    const target: Record<string, string> = {};
    for (const pair of opts.stack) {
      const eq = pair.indexOf('=');
      if (eq <= 0 || eq === pair.length - 1) throw new UsageError(`--stack: ${JSON.stringify(pair)} is not component=version (e.g. clusterApi=v1.14.0)`);
      target[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const out: string[] = [];
    for (const f of files) {
      const fleet = resolveFleetOrThrow(loadFleet(f), { now });
      const unknown = (opts.seed ?? []).filter((s) => !fleet.seeds.some((x) => x.name === s));
      if (unknown.length > 0) throw new UsageError(`--seed: no seed ${unknown.join(', ')} in ${f.name} (seeds: ${fleet.seeds.map((s) => s.name).join(', ')})`);
      for (const seed of fleet.seeds.filter((s) => !opts.seed || opts.seed.includes(s.name))) {
        const uses = stackUses(fleet.shoots.filter((s) => s.seed === seed.name));
        out.push(`${f.name}: ${formatStackUpgrade(seed.name, planStackUpgrade(seed.stack.versions, target as any, uses, { workarounds: seed.stack.workarounds }))}`);
      }
    }
    io.out(out.join('\n'));
    return;
  }
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
