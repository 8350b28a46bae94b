/**
 * The `seedbed` command line.
 *
 * Exit codes: 0 success; 1 the fleet definition has problems; 2 the rendered output fails its
 * checks; 3 `diff` found destructive changes; 64 the command was called wrongly.
 */
import { Command, CommanderError } from 'commander';
import * as path from 'path';
import { FleetValidationError } from '../core/errors';
import { resolveFleetOrThrow } from '../garden/resolve';
import { OutputCheckError, synthesize } from '../output/synth';
import { renderFleet } from '../render/fleet';
import { checkRenderedTree } from './check';
import { findFleets, loadFleet, UsageError } from './fleets';

export const EXIT = { OK: 0, FLEET_INVALID: 1, OUTPUT_INVALID: 2, DESTRUCTIVE: 3, USAGE: 64 } as const;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: not a date: ${value}`);
  return d;
}

function outDirFor(base: string, fleetName: string, fleetCount: number, explicit: boolean): string {
  return explicit && fleetCount === 1 ? base : path.join(base, fleetName);
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function run(argv: readonly string[], io: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), cwd: process.cwd() }): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command('seedbed')
    .description('Hosted-control-plane Kubernetes fleets as code: validate, render and review.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) })
    .showHelpAfterError();

  program.command('synth')
    .description('validate the fleets and render them: manifests per seed, a Terraform stack per shoot, fleet.json')
    .argument('[fleets...]', 'fleet files or names in fleets/ (default: every fleet in fleets/)')
    .option('-o, --out <dir>', 'output directory; with several fleets, one sub-folder per fleet', 'dist')
    .option('--seed <name...>', 'render only these seeds (a shard; the union of all shards equals a full synth)')
    .option('--now <date>', 'date expiry is judged against (ISO 8601)')
    .option('--no-check', 'skip the schema validation of the rendered objects')
    .action((fleets: string[], opts) => {
      const files = findFleets(fleets, io.cwd);
      const explicitOut = program.commands.find((c) => c.name() === 'synth')!.getOptionValueSource('out') === 'cli';
      for (const f of files) {
        const garden = loadFleet(f);
        const outDir = path.resolve(io.cwd, outDirFor(opts.out, f.name, files.length, explicitOut));
        const result = synthesize(garden, { outDir, now: parseNow(opts.now), seeds: opts.seed, check: opts.check ? checkRenderedTree : undefined });
        for (const seed of result.fleet.seeds) {
          if (opts.seed && !opts.seed.includes(seed.name)) continue;
          const objects = [...result.tree.entries()].filter(([p, v]) => p.startsWith(`seeds/${seed.name}/`) && v.kind === 'manifests')
            .reduce((n, [, v]) => n + (v.kind === 'manifests' ? v.objects.length : 0), 0);
          const stacks = [...result.tree.keys()].filter((p) => p.startsWith(`terraform/${seed.name}/`)).length;
          io.err(`  ${f.name}: seed ${seed.name}: ${seed.shoots.length} shoots, ${objects} objects, ${stacks} Terraform stacks`);
        }
        io.err(`${f.name}: ${result.files.size} files in ${path.relative(io.cwd, outDir) || '.'} (${result.write.written.length} written, ${result.write.unchanged} unchanged, ${result.write.removed.length} removed)`);
      }
    });

  program.command('validate')
    .description('validate the fleets and check every rendered object against its upstream schema; writes nothing')
    .argument('[fleets...]', 'fleet files or names in fleets/ (default: every fleet in fleets/)')
    .option('--now <date>', 'date expiry is judged against (ISO 8601)')
    .action((fleets: string[], opts) => {
      for (const f of findFleets(fleets, io.cwd)) {
        const fleet = resolveFleetOrThrow(loadFleet(f), { now: parseNow(opts.now) });
        const tree = renderFleet(fleet);
        const problems = checkRenderedTree(tree, fleet);
        if (problems.length > 0) throw new OutputCheckError(problems);
        const objects = [...tree.values()].reduce((n, v) => n + (v.kind === 'manifests' ? v.objects.length : 0), 0);
        io.out(`${f.name}: valid — ${fleet.seeds.length} seeds, ${fleet.shoots.length} shoots, ${objects} objects checked against their schemas`);
      }
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    code = report(e, io);
  }
  return code;
}

function report(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  }
  if (e instanceof FleetValidationError) {
    io.err(`error: ${e.message}`);
    return EXIT.FLEET_INVALID;
  }
  if (e instanceof OutputCheckError) {
    io.err(`error: ${e.message}`);
    return EXIT.OUTPUT_INVALID;
  }
  if (e instanceof UsageError) {
    io.err(`error: ${e.message}`);
    return EXIT.USAGE;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(`error: ${message}`);
  if (process.env.SEEDBED_DEBUG && e instanceof Error) io.err(e.stack ?? '');
  return EXIT.FLEET_INVALID;
}
