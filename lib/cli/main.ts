/**
 * The `seedbed` command line.
 *
 * Exit codes: 0 success; 1 the fleet definition has problems; 2 the rendered output fails its
 * checks; 3 `diff` found destructive changes; 64 the command was called wrongly.
 */
import { fleetRepositoryPath, LayoutError, outputFolder, OutputFolder } from '../layout';
import { Garden } from '../model/garden';
import { Command, CommanderError, Option } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { FleetValidationError } from '../core/problems';
import { ProviderType } from '../core/types';
import { resolveFleetOrThrow } from '../resolve/fleet';
import { OutputCheckError, synthesize } from '../pipeline/synth';
import { renderFleet } from '../pipeline/render';
import { BaselineError, locateBaseline, locateOutputDir } from '../diff/baseline';
import { diffFleet } from '../diff/fleet';
import { formatMarkdown, formatText, isDestructive } from '../diff/format';
import { FleetDiff } from '../diff/model';
import { readPreviousInventory } from '../pipeline/synth';
import { fleetFacts } from '../report/facts';
import { renderReport } from '../report/html';
import { formatPlanJson, formatPlanMarkdown, formatPlanText, planFleet, upgradePlan } from '../report/upgrade-plan';
import { ResolvedFleet } from '../resolve/model';
import { serializeFile } from '../output/serialize';
import { RenderedTree } from '../core/manifest';
import { SchemaCheckSession } from '../schema/parallel';
import { FleetFile, findFleets, loadFleet, UsageError } from './fleets';
import { initProject } from './init';
import { Progress } from './progress';
import { defaultCacheDir, resolveSchemaDir, SCHEMAS_ENV } from './schemas';

/** The exit codes of the `seedbed` command. */
export const EXIT = { OK: 0, FLEET_INVALID: 1, OUTPUT_INVALID: 2, DESTRUCTIVE: 3, USAGE: 64 } as const;

/** Where {@link run} writes and what it takes relative paths from. */
export interface CliIo {
  /** Writes one line of the command's output (stdout). */
  readonly out: (line: string) => void;
  /** Writes one line of diagnostics (stderr). */
  readonly err: (line: string) => void;
  /** The working directory. */
  readonly cwd: string;
  /**
   * The environment the command reads its variables (`SEEDBED_SCHEMAS`) from.
   * @default - none read
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: not a date: ${value}`);
  return d;
}

/** The `--out`/`--dir` folder of one fleet: the folder itself, or with several fleets its `<fleet>` sub-folder. */
function outDirFor(base: string, fleetName: string, fleetCount: number): string {
  return fleetCount === 1 ? base : path.join(base, fleetName);
}

/** A garden's repository path (its `repository.path`, else the default). */
function repositoryPathOf(garden: Garden): string {
  return fleetRepositoryPath(garden.name, garden.props.repository?.path);
}

/** The output folder of each fleet (see the layout's `outputFolder`); two fleets sharing one is a usage error. */
function outputFolders(fleets: ReadonlyArray<{ file: FleetFile; garden: Garden }>, cwd: string, out: string | undefined): OutputFolder[] {
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

function parseDays(value: string): number {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0) throw new UsageError(`--days: not a whole number of days: ${value}`);
  return days;
}

/** The start of today (UTC): reports are the same all day unless --now says otherwise. */
function today(): Date {
  return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
}

const STDIO: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), cwd: process.cwd(), env: process.env };

/**
 * Runs the `seedbed` command with `argv` (the arguments after the program name) and returns its
 * exit code (see {@link EXIT}); problems are reported on `io.err`, never thrown.
 */
export async function run(argv: readonly string[], io: CliIo = STDIO): Promise<number> {
  let code: number = EXIT.OK;
  const progress = new Progress(io === STDIO ? process.stderr : undefined);
  const colour = io === STDIO && !!process.stdout.isTTY && !process.env.NO_COLOR;
  /** The schema check of rendered objects, against the folder the options, environment or seedbed.json name. */
  const schemaDir = (flag: string | undefined) => resolveSchemaDir({ cwd: io.cwd, flag, env: io.env?.[SCHEMAS_ENV] });
  /** Where the schema check keeps its verdicts, as the options say (undefined with --no-cache). */
  const verdictDir = (opts: { cache: boolean; cacheDir?: string }) => (opts.cache ? path.resolve(io.cwd, opts.cacheDir ?? defaultCacheDir(io.cwd)) : undefined);
  const cacheHelp = 'where the schema check keeps its verdicts between runs (default: node_modules/.cache/seedbed of the project)';
  const noCacheHelp = 'check every rendered file, not only those no earlier run found valid';
  const reportKnownValid = (fleet: string, counts: { files: number; knownValid: number }) => {
    if (counts.knownValid > 0) io.err(`  ${fleet}: ${counts.knownValid} of ${counts.files} manifest files not checked again: an earlier run found them valid`);
  };
  const schemasHelp = `folder holding the upstream CRDs (crds/) to check objects against (default: $${SCHEMAS_ENV}, "schemas" in seedbed.json, schemas/, else the catalog built into seedbed)`;
  const program = new Command('seedbed')
    .description('Hosted-control-plane Kubernetes fleets as code: validate, render and review.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) })
    .showHelpAfterError();

  program.command('synth')
    .description('validate the fleets and render them: manifests per seed, a Terraform stack per shoot, fleet.json')
    .argument('[fleets...]', 'fleet files or names in fleets/ (default: every fleet in fleets/)')
    .option('-o, --out <dir>', "output folder (default: the fleet's repository.path in this Git work tree, which the seeds reconcile); "
      + 'inside a Git work tree it must be that folder, outside any it writes a preview; with several fleets, one sub-folder per fleet')
    .option('--seed <name...>', 'render only these seeds (a shard; the union of all shards equals a full synth)')
    .option('--now <date>', 'date expiry is judged against (ISO 8601)')
    .option('--no-check', 'skip the schema validation of the rendered objects')
    .option('--schemas <dir>', schemasHelp)
    .option('--cache-dir <dir>', cacheHelp)
    .option('--no-cache', noCacheHelp)
    .action((fleets: string[], opts) => {
      const files = findFleets(fleets, io.cwd);
      // The schema check runs on a second thread while the synth renders (see synthesize).
      const schemas = opts.check ? schemaDir(opts.schemas) : undefined;
      const cacheDir = verdictDir(opts);
      const loaded = files.map((file) => ({ file, garden: loadFleet(file) }));
      // Every folder is decided (and checked) before anything is written.
      const folders = outputFolders(loaded, io.cwd, opts.out);
      for (const [i, { file: f, garden }] of loaded.entries()) {
        const outDir = folders[i].dir;
        const result = synthesize(garden, { outDir, now: parseNow(opts.now), seeds: opts.seed, schemas, cacheDir });
        for (const seed of result.fleet.seeds) {
          if (opts.seed && !opts.seed.includes(seed.name)) continue;
          const objects = [...result.tree.entries()].filter(([p, v]) => p.startsWith(`seeds/${seed.name}/`) && v.kind === 'manifests')
            .reduce((n, [, v]) => n + (v.kind === 'manifests' ? v.objects.length : 0), 0);
          const stacks = [...result.tree.keys()].filter((p) => p.startsWith(`terraform/${seed.name}/`)).length;
          io.err(`  ${f.name}: seed ${seed.name}: ${seed.shoots.length} shoots, ${objects} objects, ${stacks} Terraform stacks`);
        }
        if (result.schemaCheck) reportKnownValid(f.name, result.schemaCheck);
        io.err(`${f.name}: ${result.files.size} files in ${path.relative(io.cwd, outDir) || '.'} (${result.write.written.length} written, ${result.write.unchanged} unchanged, ${result.write.removed.length} removed)`);
      }
    });

  program.command('validate')
    .description('validate the fleets and check every rendered object against its upstream schema; writes nothing but the check\'s verdicts')
    .argument('[fleets...]', 'fleet files or names in fleets/ (default: every fleet in fleets/)')
    .option('--now <date>', 'date expiry is judged against (ISO 8601)')
    .option('--schemas <dir>', schemasHelp)
    .option('--cache-dir <dir>', cacheHelp)
    .option('--no-cache', noCacheHelp)
    .action((fleets: string[], opts) => {
      const files = findFleets(fleets, io.cwd);
      const schemas = schemaDir(opts.schemas);
      const cacheDir = verdictDir(opts);
      for (const f of files) {
        // As in synth: the check runs on a second thread while this one renders, and files an
        // earlier run found valid (known by their text, so serialized here) are not checked again.
        const garden = loadFleet(f);
        const session = new SchemaCheckSession(schemas, { cacheDir, scope: garden.name });
        let problems: string[];
        let tree: RenderedTree;
        let fleet: ResolvedFleet;
        try {
          fleet = resolveFleetOrThrow(garden, { now: parseNow(opts.now) });
          tree = renderFleet(fleet, undefined, (part) => {
            for (const [p, file] of part) if (file.kind === 'manifests') session.add(p, file.objects, cacheDir === undefined ? undefined : serializeFile(file));
          });
          problems = session.finish();
        } finally {
          session.cancel();
        }
        reportKnownValid(f.name, session.counts);
        if (problems.length > 0) throw new OutputCheckError(problems);
        const objects = [...tree.values()].reduce((n, v) => n + (v.kind === 'manifests' ? v.objects.length : 0), 0);
        io.out(`${f.name}: valid — ${fleet.seeds.length} seeds, ${fleet.shoots.length} shoots, ${objects} objects checked against their schemas`);
      }
    });

  program.command('diff')
    .description('render the fleets in memory and compare them with their committed output: per seed and shoot, the objects and '
      + 'Terraform resources added, changed and removed, field by field, each change judged safe or destructive')
    .argument('[fleets...]', 'fleet files or names in fleets/ (default: every fleet in fleets/)')
    .option('--against <ref>', 'Git ref whose committed output is the baseline (read with git, nothing is checked out)', 'HEAD')
    .option('--against-dir <dir>', 'compare with the output in this directory instead (its fleet.json at the top, or one folder per fleet)')
    .option('-o, --out <dir>', "where the fleet's output is committed, as given to synth (default: the fleet's repository.path in this Git work tree)")
    .addOption(new Option('--format <format>', 'text for a terminal, markdown for a pull-request comment').choices(['text', 'markdown']).default('text'))
    .option('--allow-destructive', 'exit 0 even when a change is destructive')
    .option('--now <date>', 'date expiry is judged against (ISO 8601)')
    .addHelpText('after', '\nExit codes: 0 no destructive change (or --allow-destructive); 3 destructive changes; 1 invalid fleet; 64 wrong usage.')
    .action((fleets: string[], opts) => {
      const cmd = program.commands.find((c) => c.name() === 'diff')!;
      if (opts.againstDir !== undefined && cmd.getOptionValueSource('against') === 'cli') {
        throw new UsageError('--against and --against-dir exclude each other');
      }
      const files = findFleets(fleets, io.cwd);
      const diffs: FleetDiff[] = [];
      for (const f of files) {
        progress.step(`${f.name}: loading the fleet`);
        const garden = loadFleet(f);
        progress.step(`${f.name}: reading the baseline`);
        const baseline = locateBaseline({
          fleet: f.name, repositoryPath: repositoryPathOf(garden), cwd: io.cwd, fleetCount: files.length,
          outDir: opts.out !== undefined ? outDirFor(opts.out, f.name, files.length) : undefined,
          ref: opts.againstDir === undefined ? opts.against : undefined, dir: opts.againstDir,
        });
        progress.step(`${f.name}: rendering and comparing ${baseline.files.size} baseline files`);
        diffs.push(diffFleet(f.name, garden, baseline, { now: parseNow(opts.now) }));
      }
      progress.done();
      if (opts.format === 'markdown') io.out(formatMarkdown(diffs).trimEnd());
      else io.out(diffs.map((d) => formatText(d, { color: colour })).join('\n\n'));
      if (diffs.some(isDestructive) && !opts.allowDestructive) {
        io.err('error: destructive changes (see above); review them and pass --allow-destructive to accept');
        code = EXIT.DESTRUCTIVE;
      }
    });

  program.command('report')
    .description('write one self-contained HTML page about the fleets: seed capacity, shoots by Kubernetes version and purpose, '
      + 'versions and machine images expiring soon with the shoots using them, workers per zone')
    .argument('[fleets...]', 'fleet files or names in fleets/ (default: every fleet in fleets/)')
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('--now <date>', 'report date (ISO 8601; default: today)')
    .option('--days <days>', 'show versions expiring within this many days', '90')
    .option('--dir <dir>', "the fleet's output folder whose fleet.json keeps placements (default: the fleet's repository.path in this Git work tree)")
    .action((fleets: string[], opts) => {
      const now = parseNow(opts.now) ?? today();
      const days = parseDays(opts.days);
      const files = findFleets(fleets, io.cwd);
      const facts = files.map((f) => {
        progress.step(`${f.name}: resolving`);
        const garden = loadFleet(f);
        const dir = locateOutputDir({ repositoryPath: repositoryPathOf(garden), cwd: io.cwd, outDir: opts.dir !== undefined ? outDirFor(opts.dir, f.name, files.length) : undefined });
        const fleet = resolveFleetOrThrow(garden, { now, previous: readPreviousInventory(dir) });
        return fleetFacts(f.name, fleet, now, days);
      });
      progress.done();
      const out = path.resolve(io.cwd, opts.out);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, renderReport(facts));
      for (const f of facts) {
        io.err(`${f.fleet}: ${f.seeds.length} seeds, ${f.shoots} shoots, ${f.expiring.length} versions expiring within ${days} days`);
      }
      io.err(`report written to ${path.relative(io.cwd, out) || out}`);
    });

  program.command('upgrade-plan')
    .description('list the shoots whose Kubernetes or machine image version expires within N days and the path off it: '
      + 'one minor at a time, control plane before workers, each step in the next maintenance window')
    .argument('[fleets...]', 'fleet files or names in fleets/ (default: every fleet in fleets/)')
    .option('--days <days>', 'plan for versions expiring within this many days', '90')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--now <date>', 'the moment windows are counted from (ISO 8601; default: now)')
    .option('--dir <dir>', "the fleet's output folder whose fleet.json keeps placements (default: the fleet's repository.path in this Git work tree)")
    .action((fleets: string[], opts) => {
      const now = parseNow(opts.now) ?? new Date();
      const options = { now, days: parseDays(opts.days) };
      const files = findFleets(fleets, io.cwd);
      const plans = files.map((f) => {
        progress.step(`${f.name}: planning`);
        const garden = loadFleet(f);
        const dir = locateOutputDir({ repositoryPath: repositoryPathOf(garden), cwd: io.cwd, outDir: opts.dir !== undefined ? outDirFor(opts.dir, f.name, files.length) : undefined });
        return planFleet(f.name, resolveFleetOrThrow(garden, { now, previous: readPreviousInventory(dir) }), options);
      });
      progress.done();
      const plan = upgradePlan(plans, options);
      const text = opts.format === 'json' ? formatPlanJson(plan) : opts.format === 'markdown' ? formatPlanMarkdown(plan) : formatPlanText(plan);
      io.out(text.trimEnd());
    });

  program.command('init')
    .description('scaffold a platform repository in an empty folder: package.json depending on seedbed, a small fleet in '
      + 'fleets/main.ts, cdk8s.yaml/cdktf.json, the pull-request workflow, .sops.yaml, .gitignore and a README')
    .argument('[dir]', 'the folder to create the repository in', '.')
    .option('--name <garden>', "the garden's name, a DNS label (default: the folder's name)")
    .addOption(new Option('--provider <type>', 'infrastructure of the example fleet').choices(['openstack', 'vsphere']).default('openstack'))
    .option('--repository <url>', 'URL of the Git repository the seeds pull the rendered output from (default: an example URL to replace)')
    .option('--schemas <dir>', 'folder holding the upstream CRDs (crds/), recorded in seedbed.json (default: none recorded; schemas/ or ../shared)')
    .option('--seedbed-spec <spec>', 'version specifier of the seedbed dependency, e.g. a tarball as file:../seedbed-0.1.0.tgz (default: ^<this version>)')
    .option('--force', 'write into a folder that is not empty, overwriting files of the same names')
    .action((dir: string, opts) => {
      const result = initProject({
        directory: dir, cwd: io.cwd, name: opts.name, provider: opts.provider as ProviderType, repository: opts.repository, schemas: opts.schemas,
        seedbedSpec: opts.seedbedSpec, force: !!opts.force,
      });
      const shown = path.relative(io.cwd, result.directory) || '.';
      io.out(`created the platform repository for the garden ${result.name} in ${shown}:`);
      for (const f of result.files) io.out(`  ${f}`);
      io.out('next:');
      if (shown !== '.') io.out(`  cd ${shown}`);
      io.out('  npm install');
      io.out('  npx seedbed synth        # renders fleets/main.ts into dist/main/');
      io.out('README.md explains adding shoots, bootstrapping Flux on a seed and promoting changes.');
      if (result.exampleRepository) io.out('The repository URL in fleets/main.ts is an example: set it (or pass --repository) before the seeds pull from it.');
    });

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
  if (e instanceof FleetValidationError) {
    io.err(`error: ${e.message}`);
    return EXIT.FLEET_INVALID;
  }
  if (e instanceof OutputCheckError) {
    io.err(`error: ${e.message}`);
    return EXIT.OUTPUT_INVALID;
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
