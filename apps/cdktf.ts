/**
 * `cdktf synth`: renders the fleets and lays the per-shoot Terraform stacks out the way the
 * cdktf CLI reads them (CDKTF_OUTDIR/manifest.json + stacks/<name>/cdk.tf.json), so `cdktf plan`
 * and `cdktf deploy` can address one shoot's stack by name.
 */
import * as path from 'path';
import { synthCdktfApp } from '../lib/pipeline/apps';

const outDir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const stacks = synthCdktfApp({ projectDir: path.resolve(__dirname, '..'), outDir });
process.stderr.write(`${stacks.length} stacks in ${outDir}\n`);
