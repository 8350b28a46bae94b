/**
 * The `seedbed` command line: the program (commands, their options and help), its exit codes and
 * how errors are reported. Each command's action lives in ./commands/<command>.ts and is loaded
 * only when that command runs, so `seedbed --help` loads no renderer, schema check or diff engine.
 *
 * Exit codes: 0 success; 1 the fleet definition has problems (or does not type-check); 2 the
 * rendered output fails its checks; 3 `diff` found destructive changes; 4 the output folder was
 * refused (files seedbed does not own, a symbolic link, every shoot removed) or holds an
 * interrupted commit that cannot be completed; 64 the command was called wrongly.
 */
import { Command, CommanderError, Option } from 'commander';
import { FleetValidationError } from '../core/problems';
import { BaselineError } from '../diff/baseline';
import { OutputFolderError, TornOutputError } from '../output/errors';
import { FleetTypeError, OutputCheckError, UsageError } from '../pipeline/errors';
import { SCHEMAS_ENV } from '../pipeline/schemas';
import { CliIo, CommandContext } from './context';
import { COMMAND_EXIT_CODES, exitCodesHelp, PROGRAM_EXIT_CODES } from './exit-codes';
import { Progress } from './progress';

export { type CliIo } from './context';

/** The exit codes of the `seedbed` command. */
export const EXIT = { OK: 0, FLEET_INVALID: 1, OUTPUT_INVALID: 2, DESTRUCTIVE: 3, OUTPUT_FOLDER: 4, USAGE: 64 } as const;

const STDIO: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), cwd: process.cwd(), env: process.env };

/**
 * Runs the `seedbed` command with `argv` (the arguments after the program name) and returns its
 * exit code (see {@link EXIT}); problems are reported on `io.err`, never thrown.
 */
export async function run(argv: readonly string[], io: CliIo = STDIO): Promise<number> {
  let code: number = EXIT.OK;
  const ctx: CommandContext = {
    io,
    progress: new Progress(io.progress ?? (io === STDIO ? process.stderr : undefined)),
    colour: io === STDIO && !!process.stdout.isTTY && !process.env.NO_COLOR,
  };
  const fleetsArgument = 'fleet files or names in fleets/ (default: every fleet in fleets/)';
  const nowHelp = 'date expiry is judged against (ISO 8601)';
  const cacheHelp = 'where the schema check keeps its verdicts between runs (default: node_modules/.cache/seedbed of the project)';
  const noCacheHelp = 'check every rendered file, not only those no earlier run found valid (synth: and render every seed, not only those changed since its last run on this machine)';
  const schemasHelp = `folder holding the upstream CRDs (crds/) to check objects against (default: $${SCHEMAS_ENV}, "schemas" in seedbed.json, schemas/, else the catalog built into seedbed)`;
  const program = new Command('seedbed')
    .description('Hosted-control-plane Kubernetes fleets as code: validate, render and review.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) })
    .showHelpAfterError();

  const strictHelp = 'treat warnings (deprecations the declared management stack hits, expiring versions, …) as errors';
  program.command('synth')
    .description('validate the fleets and render them: manifests per seed, a Terraform stack per shoot, fleet.json')
    .argument('[fleets...]', fleetsArgument)
    .option('-o, --out <dir>', "output folder (default: the fleet's repository.path in this Git work tree, which the seeds reconcile); "
      + 'inside a Git work tree it must be that folder, outside any it writes a preview; with several fleets, one sub-folder per fleet')
    .option('--seed <name...>', 'render only these seeds (a shard; the union of all shards equals a full synth)')
    .option('--now <date>', nowHelp)
    .option('--no-check', 'skip the schema validation of the rendered objects')
    .option('--schemas <dir>', schemasHelp)
    .option('--cache-dir <dir>', cacheHelp)
    .option('--no-cache', noCacheHelp)
    .option('--no-incremental', 'render every seed, keeping none as written (the verdict cache is still used); the CI templates pass it: '
      + 'the incremental record lives in the cache, which a pull request can write on most CI systems')
    .option('--adopt', 'take over files under fleet.json, garden/, seeds/ and terraform/ that the previous fleet.json does not list as '
      + "seedbed's: overwrite the rendered ones, remove the others (without it, such files make synth stop and list them)")
    .option('--allow-empty', 'allow a synth that removes every shoot the previous fleet.json lists (an empty garden)')
    .option('--strict', strictHelp)
    .action(async (fleets: string[], opts) => (await import('./commands/synth')).synthCommand(fleets, opts, ctx));

  program.command('validate')
    .description('validate the fleets and check every rendered object against its upstream schema; writes nothing but the check\'s verdicts')
    .argument('[fleets...]', fleetsArgument)
    .option('-o, --out <dir>', "the output folder synth writes (as given to synth), whose fleet.json is the baseline the fleet is checked against "
      + "(default: the fleet's repository.path in this Git work tree)")
    .option('--now <date>', nowHelp)
    .option('--schemas <dir>', schemasHelp)
    .option('--cache-dir <dir>', cacheHelp)
    .option('--no-cache', noCacheHelp)
    .option('--strict', strictHelp)
    .action(async (fleets: string[], opts) => (await import('./commands/validate')).validateCommand(fleets, opts, ctx));

  program.command('diff')
    .description('render the fleets in memory and compare them with their committed output: per seed and shoot, the objects and '
      + 'Terraform resources added, changed and removed, field by field, each change judged safe or destructive')
    .argument('[fleets...]', fleetsArgument)
    .option('--against <ref>', 'Git ref whose committed output is the baseline (read with git, nothing is checked out)', 'HEAD')
    .option('--against-dir <dir>', 'compare with the output in this directory instead (its fleet.json at the top, or one folder per fleet); a missing or empty folder is an error')
    .option('-o, --out <dir>', "where the fleet's output is committed, as given to synth (default: the fleet's repository.path in this Git work tree)")
    .addOption(new Option('--format <format>', 'text for a terminal, markdown for a pull-request comment').choices(['text', 'markdown']).default('text'))
    .option('--allow-destructive', 'exit 0 even when a change is destructive')
    .option('--now <date>', nowHelp)
    .action(async (fleets: string[], opts, cmd: Command) => {
      if (opts.againstDir !== undefined && cmd.getOptionValueSource('against') === 'cli') {
        throw new UsageError('--against and --against-dir exclude each other');
      }
      if ((await import('./commands/diff')).diffCommand(fleets, opts, ctx)) {
        io.err('error: destructive changes (see above); review them and pass --allow-destructive to accept');
        code = EXIT.DESTRUCTIVE;
      }
    });

  program.command('report')
    .description('write one self-contained HTML page about the fleets: seed capacity, shoots by Kubernetes version and purpose, '
      + 'versions and machine images expiring soon with the shoots using them, workers per zone')
    .argument('[fleets...]', fleetsArgument)
    .usage('--out <file> [options] [fleets...]')
    .requiredOption('--out <file>', 'the HTML file to write (required)')
    .option('--now <date>', 'report date (ISO 8601; default: today)')
    .option('--days <days>', 'show versions expiring within this many days', '90')
    .option('--dir <dir>', "the fleet's output folder whose fleet.json keeps placements (default: the fleet's repository.path in this Git work tree)")
    .action(async (fleets: string[], opts) => (await import('./commands/report')).reportCommand(fleets, opts, ctx));

  program.command('upgrade-plan')
    .description('list the shoots whose Kubernetes or machine image version expires within N days and the path off it: '
      + 'one minor at a time, control plane before workers, each step in the next maintenance window')
    .argument('[fleets...]', fleetsArgument)
    .option('--days <days>', 'plan for versions expiring within this many days', '90')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--now <date>', 'the moment windows are counted from (ISO 8601; default: now)')
    .option('--dir <dir>', "the fleet's output folder whose fleet.json keeps placements (default: the fleet's repository.path in this Git work tree)")
    .option('--stack <component=version...>', 'plan the management stack instead: the target versions (e.g. clusterApiProviderOpenStack=v0.15.0-beta.0), '
      + 'for every seed or those named with --seed; prints the order of the component upgrades, what each changes in the output, '
      + 'and the rendered diff of the target stack against the current one')
    .option('--seed <name...>', 'with --stack: only these seeds')
    .action(async (fleets: string[], opts) => {
      if ((await import('./commands/upgrade-plan')).upgradePlanCommand(fleets, opts, ctx)) {
        io.err('error: the target stack renders destructive changes (see above)');
        code = EXIT.DESTRUCTIVE;
      }
    });

  program.command('init')
    .description('scaffold a platform repository in an empty folder: package.json depending on seedbed, a small fleet in '
      + 'fleets/main.ts, cdk8s.yaml/cdktf.json (with apps/), the pull-request workflow, .sops.yaml, .gitignore and a README')
    .argument('[dir]', 'the folder to create the repository in', '.')
    .option('--name <garden>', "the garden's name, a DNS label (default: the folder's name)")
    .addOption(new Option('--provider <type>', 'infrastructure of the example fleet').choices(['openstack', 'vsphere']).default('openstack'))
    .option('--repository <url>', 'URL of the Git repository the seeds pull the rendered output from (default: an example URL to replace)')
    .option('--schemas <dir>', 'folder holding the upstream CRDs (crds/), recorded in seedbed.json (default: none recorded: schemas/ in the project, else the catalog built into seedbed)')
    .option('--seedbed-spec <spec>', 'version specifier of the seedbed dependency, e.g. a tarball as file:../seedbed-0.1.0.tgz (default: ^<this version>)')
    .option('--force', 'write into a folder that is not empty, overwriting files of the same names')
    .action(async (dir: string, opts) => (await import('./commands/init')).initCommand(dir, opts, ctx));

  // Every command's help ends with the exit codes it can return.
  program.addHelpText('after', exitCodesHelp(PROGRAM_EXIT_CODES));
  for (const command of program.commands) command.addHelpText('after', exitCodesHelp(COMMAND_EXIT_CODES[command.name()] ?? PROGRAM_EXIT_CODES));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    code = report(e, io);
  }
  return code;
}

function report(e: unknown, io: CliIo): number {
  if (e instanceof CommanderError) {
    return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  }
  if (e instanceof FleetValidationError || e instanceof FleetTypeError) {
    io.err(`error: ${e.message}`);
    return EXIT.FLEET_INVALID;
  }
  if (e instanceof OutputCheckError) {
    io.err(`error: ${e.message}`);
    return EXIT.OUTPUT_INVALID;
  }
  if (e instanceof OutputFolderError || e instanceof TornOutputError) {
    io.err(`error: ${e.message}`);
    return EXIT.OUTPUT_FOLDER;
  }
  if (e instanceof UsageError || e instanceof BaselineError) {
    io.err(`error: ${e.message}`);
    return EXIT.USAGE;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(`error: ${message}`);
  if (process.env.SEEDBED_DEBUG && e instanceof Error) io.err(e.stack ?? '');
  return EXIT.FLEET_INVALID;
}
