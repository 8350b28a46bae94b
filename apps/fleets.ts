/**
 * Entry points for `cdk8s synth` (cdk8s.yaml) and `cdktf synth` (cdktf.json): both render the
 * fleets in fleets/ with the same pipeline as `seedbed synth`.
 */
import * as path from 'path';
import { findFleets, loadFleet } from '../lib/cli/fleets';
import { checkRenderedTree } from '../lib/cli/check';
import { synthesize } from '../lib/output/synth';

/** Renders every fleet of the repository into `<outDir>/<fleet>/`; returns what was rendered. */
export function synthAll(outDir: string) {
  const root = path.resolve(__dirname, '..');
  return findFleets([], root).map((f) => ({
    name: f.name,
    result: synthesize(loadFleet(f), { outDir: path.join(outDir, f.name), check: checkRenderedTree }),
  }));
}
