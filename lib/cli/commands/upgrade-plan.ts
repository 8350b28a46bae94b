/**
 * `seedbed upgrade-plan`: the shoots whose versions expire soon, and the steps off them; with
 * `--stack`, the upgrade of seeds' management stacks: the order of the steps and the rendered
 * diff the target versions cause, compared by the engine `seedbed diff` uses.
 */
import { locateOutputDir } from '../../diff/baseline';
import { diffStackUpgrade } from '../../diff/fleet';
import { formatText, isDestructive } from '../../diff/format';
import { findFleets, loadFleet } from '../../pipeline/fleets';
import { recoverOutput } from '../../output/commit';
import { readPreviousInventory } from '../../pipeline/steps';
import { formatPlanJson, formatPlanMarkdown, formatPlanText, planFleet, upgradePlan } from '../../report/upgrade-plan';
import { resolveFleetOrThrow } from '../../resolve/fleet';
import { CommandContext } from '../context';
import { count } from '../../core/plural';
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

/**
 * Runs `seedbed upgrade-plan` for the fleets named (default: every fleet in fleets/). With `--stack`,
 * returns true when the rendered diff of the target stack has destructive changes; a target that
 * cannot be planned (no schemas, a known-bad combination) is refused with a {@link UsageError}.
 */
export function upgradePlanCommand(fleets: string[], opts: UpgradePlanCommandOptions, { io, progress, colour }: CommandContext): boolean {
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
    const refused: string[] = [];
    let destructive = false;
    for (const f of files) {
      progress.step(`${f.name}: planning the management stack`);
      const garden = loadFleet(f);
      // Resolved against the output folder's fleet.json, as synth and diff do, so nothing moves but what the stack changes.
      const dir = locateOutputDir({ repositoryPath: repositoryPathOf(garden), cwd: io.cwd, outDir: opts.dir !== undefined ? outDirFor(opts.dir, f.name, files.length) : undefined });
      recoverOutput(dir);
      const fleet = resolveFleetOrThrow(garden, { now, previous: readPreviousInventory(dir) });
      const unknown = (opts.seed ?? []).filter((s) => !fleet.seeds.some((x) => x.name === s));
      if (unknown.length > 0) throw new UsageError(`--seed: no seed ${unknown.join(', ')} in ${f.name} (seeds: ${fleet.seeds.map((s) => s.name).join(', ')})`);
      const upgraded: string[] = [];
      for (const seed of fleet.seeds.filter((s) => !opts.seed || opts.seed.includes(s.name))) {
        const uses = stackUses(fleet.shoots.filter((s) => s.seed === seed.name));
        const plan = planStackUpgrade(seed.stack.versions, target as any, uses, { workarounds: seed.stack.workarounds });
        const text = `${f.name}: ${formatStackUpgrade(seed.name, plan)}`;
        if (plan.problems.length > 0) refused.push(text);
        else out.push(text);
        if (plan.problems.length === 0 && plan.steps.length > 0) upgraded.push(seed.name);
      }
      if (refused.length > 0 || upgraded.length === 0) continue;
      progress.step(`${f.name}: rendering the target stack`);
      const diff = diffStackUpgrade(f.name, fleet, target as any, upgraded);
      destructive ||= isDestructive(diff);
      out.push(`${f.name}: what the target stack renders (${count(upgraded.length, 'seed')}: ${upgraded.join(', ')}):`, formatText(diff, { color: colour }));
    }
    progress.done();
    if (refused.length > 0) throw new UsageError(`--stack: the target cannot be planned:\n${refused.join('\n')}`);
    io.out(out.join('\n'));
    return destructive;
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
  return false;
}
