/**
 * What `cdk8s synth` and `cdktn synth` run: a repository's fleets rendered with the same pipeline
 * as `seedbed synth`, laid out the way each of those CLIs expects. A repository's app entry points
 * (named in cdk8s.yaml and cdktf.json) call these with the output folder the CLI hands them.
 *
 * CDK Terrain's CLI (cdktn-cli, command `cdktn`) kept cdktf's names for what it shares with an
 * app: it reads its settings from `cdktf.json` (open-constructs/cdk-terrain:
 * packages/@cdktn/commons/src/config.ts `CONFIG_FILE`, packages/@cdktn/cli-core/src/lib/cdktf-config.ts),
 * runs the app with the output folder in `CDKTF_OUTDIR` (packages/@cdktn/cli-core/src/lib/synth-stack.ts),
 * whose default is `cdktf.out` (packages/cdktn/lib/app.ts). So the repositories keep those names.
 */
import * as path from 'path';
import { writeTree } from '../output/writer';
import { fleetCacheScope, findFleets, loadFleet } from './fleets';
import { defaultCacheDir, resolveSchemaDir } from './schemas';
import { synth, SynthResult } from './synth';

/** The cdktn CLI's list of stacks, at the top of its output folder. */
const CDKTN_MANIFEST = 'manifest.json';
/** The folder of the cdktn CLI's stacks, one sub-folder per stack. */
const CDKTN_STACKS_DIR = 'stacks';

/** Options of {@link synthCdk8sApp} and {@link synthCdktnApp}. */
export interface AppSynthOptions {
  /** The repository whose `fleets/` are rendered. */
  readonly projectDir: string;
  /** The folder the cdk8s or cdktn CLI asked for (`CDK8S_OUTDIR`, `CDKTF_OUTDIR`). */
  readonly outDir: string;
  /**
   * Folder holding the upstream CRDs (`crds/`) every rendered object is checked against.
   * @default - found as the seedbed command finds it: seedbed.json, `schemas/`, `../shared`
   */
  readonly schemas?: string;
  /**
   * The moment expiry dates are compared with.
   * @default - now
   */
  readonly now?: Date;
  /**
   * Where the schema check keeps its verdicts between synths (`false`: check every file).
   * @default - `node_modules/.cache/seedbed` of the repository, as for `seedbed synth`
   */
  readonly cacheDir?: string | false;
}

/** One fleet rendered by an app entry point. */
export interface AppFleet {
  /** The fleet's name (its file name in `fleets/`). */
  readonly name: string;
  /** Where its output was written. */
  readonly outDir: string;
  /** What the synth produced. */
  readonly result: SynthResult;
}

/** Renders every fleet in `<projectDir>/fleets/` into `<outDir>/<fleet>/`, checked against the schemas. */
function synthFleets(options: AppSynthOptions, outDir: string): AppFleet[] {
  const schemas = options.schemas ?? resolveSchemaDir({ cwd: options.projectDir });
  const cacheDir = options.cacheDir === false ? undefined : options.cacheDir ?? defaultCacheDir(options.projectDir);
  return findFleets([], options.projectDir).map((f) => {
    const dir = path.join(outDir, f.name);
    const result = synth(loadFleet(f), { outDir: dir, now: options.now, schemas, cacheDir, cacheScope: cacheDir !== undefined ? fleetCacheScope(f, cacheDir) : undefined });
    return { name: f.name, outDir: dir, result };
  });
}

/**
 * The `cdk8s synth` app: renders every fleet of the repository into `<outDir>/<fleet>/`,
 * exactly as `seedbed synth --out <outDir>` would.
 */
export function synthCdk8sApp(options: AppSynthOptions): AppFleet[] {
  return synthFleets(options, options.outDir);
}

/** A per-shoot Terraform stack as the cdktn CLI's manifest.json lists it. */
export interface CdktnStackEntry {
  /** Stack name: `<fleet>--<seed>--<project>--<shoot>`. */
  readonly name: string;
  /** The stack's construct path (its name). */
  readonly constructPath: string;
  /** `stacks/<name>/cdk.tf.json`, relative to the output folder. */
  readonly synthesizedStackPath: string;
  /** `stacks/<name>`, relative to the output folder. */
  readonly workingDirectory: string;
}

/**
 * The `cdktn synth` app: renders every fleet into `<outDir>/fleets/<fleet>/` and lays the
 * per-shoot Terraform stacks out the way the cdktn CLI reads them (`<outDir>/manifest.json` and
 * `stacks/<name>/cdk.tf.json`), so `cdktn plan` and `cdktn deploy` can address one shoot's stack.
 * Returns the stacks written.
 */
export function synthCdktnApp(options: AppSynthOptions): CdktnStackEntry[] {
  const stacks: CdktnStackEntry[] = [];
  const files = new Map<string, string>();
  for (const { name, result } of synthFleets(options, path.join(options.outDir, 'fleets'))) {
    for (const [file, content] of result.files) {
      const m = /^terraform\/([^/]+)\/([^/]+)\/cdk\.tf\.json$/.exec(file);
      if (!m) continue;
      const stackName = `${name}--${m[1]}--${m[2]}`;
      const workingDirectory = `${CDKTN_STACKS_DIR}/${stackName}`;
      files.set(`${workingDirectory}/cdk.tf.json`, content);
      stacks.push({
        name: stackName,
        constructPath: stackName,
        synthesizedStackPath: `${workingDirectory}/cdk.tf.json`,
        workingDirectory,
      });
    }
  }
  const manifest = {
    // The version of the library that wrote the stacks, as cdktn's App.synth() writes it
    // (packages/cdktn/lib/app.ts, `new Manifest(version, …)`); read here, when the app runs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    version: (require('cdktn/package.json') as { version: string }).version,
    stacks: Object.fromEntries(stacks.map((s) => [s.name, { ...s, annotations: [], dependencies: [] }])),
  };
  files.set(CDKTN_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  // Through the atomic writer, like every output; stacks of earlier runs are left as they were.
  writeTree(options.outDir, files, { entries: [CDKTN_MANIFEST, CDKTN_STACKS_DIR], prune: false });
  return stacks;
}

/**
 * The app of repositories scaffolded before seedbed moved to cdktn (their `apps/cdktf.ts`).
 * @deprecated use {@link synthCdktnApp}
 */
export function synthCdktfApp(options: AppSynthOptions): CdktnStackEntry[] {
  return synthCdktnApp(options);
}

/**
 * A stack entry of {@link synthCdktfApp}.
 * @deprecated use {@link CdktnStackEntry}
 */
export type CdktfStackEntry = CdktnStackEntry;
