/**
 * A dry run of synth: the same steps (resolve, render, the schema check on a second thread, see
 * ./steps) against the same baseline (the `fleet.json` of the output folder synth would write),
 * and nothing written but the check's verdicts.
 */
import { FieldWarning } from '../core/problems';
import { RenderedTree } from '../core/manifest';
import { Garden } from '../model/garden';
import { ResolvedFleet } from '../resolve/model';
import { runSteps, stepOptions } from './steps';

/** Options of `Fleet.validate`. */
export interface ValidateOptions {
  /**
   * Treat the fleet definition's warnings (a deprecated API the declared management stack uses, a
   * version about to expire, …) as errors: nothing is rendered or written while there are any.
   * @default false - warnings are reported and never fail
   */
  readonly strict?: boolean;
  /** Folder holding the upstream schemas (`crds/`, as for `SchemaRegistry.load`) every rendered Kubernetes object is checked against. */
  readonly schemas: string;
  /**
   * The output folder synth would write (`SynthOptions.outDir`): its `fleet.json` is the
   * baseline the fleet is checked against, as synth checks it — the placements kept, the
   * versions the shoots run (an expired version a running shoot keeps, a skipped minor
   * upgrade). Nothing is written there.
   * @default - no baseline: every shoot is new
   */
  readonly outDir?: string;
  /**
   * The moment expiry dates are compared with.
   * @default - now
   */
  readonly now?: Date;
  /**
   * Folder where the schema check keeps its verdicts between runs, shared with synth (see
   * `SynthOptions.cacheDir`): a file whose text an earlier run found valid is not checked again.
   * @default - no cache: every file is checked
   */
  readonly cacheDir?: string;
  /**
   * Whose verdicts these are in `cacheDir`: a run reads only the verdicts recorded under its
   * scope and adds its own to them. `seedbed synth` and `validate` (and the cdk8s and cdktn apps)
   * pass the fleet file, so that two fleet files defining gardens of the same name never share
   * verdicts and a first run never counts another fleet's checks as its own.
   * @default - the garden's name
   */
  readonly cacheScope?: string;
  /**
   * Called with a short description of each step as the run reaches it (resolving, each seed
   * rendered, the schema check, writing), e.g. to draw a progress line.
   * @default - none
   */
  readonly onProgress?: (step: string) => void;
}

/** What a validation found. */
export interface ValidateResult {
  /** The resolved fleet. */
  readonly fleet: ResolvedFleet;
  /** The fleet definition's warnings (a version expiring soon, …): reported, not fatal. */
  readonly warnings: FieldWarning[];
  /** The rendered tree (objects per output file). */
  readonly tree: RenderedTree;
  /** The schema check's problems, as `<file>: <Kind namespace/name> <field>: <problem>` lines in file order; empty when valid. */
  readonly problems: string[];
  /** Manifests files checked, and how many of them were not checked again because an earlier run found the same text valid. */
  readonly schemaCheck: { readonly files: number; readonly knownValid: number };
}

/**
 * Resolves and renders a fleet and checks every rendered object against its upstream schema,
 * writing nothing but the check's verdicts (with `cacheDir`). Throws `FleetValidationError` when
 * the fleet has problems; the rendered output's problems are returned.
 */
export function validate(garden: Garden, options: ValidateOptions): ValidateResult {
  return runSteps(garden, stepOptions(options, false), (run) => {
    const problems = run.verdict();
    return { fleet: run.fleet, warnings: run.warnings, tree: run.tree, problems, schemaCheck: run.counts()! };
  });
}
