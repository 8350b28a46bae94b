/**
 * The app `cdktn synth` runs (cdktf.json's `app`; CDK Terrain's CLI, cdktn-cli, keeps cdktf's file
 * names: it reads `cdktf.json` and hands the app its output folder in `CDKTF_OUTDIR`, default
 * `cdktf.out`). Renders the fleets and lays the per-shoot Terraform stacks out the way that CLI
 * reads them (`manifest.json` + `stacks/<name>/cdk.tf.json`), so `cdktn plan <stack>` and
 * `cdktn deploy <stack>` can address one shoot's stack by name.
 */
import * as path from 'path';
import { synthCdktnApp } from '../lib/cli';

const outDir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const stacks = synthCdktnApp({ projectDir: path.resolve(__dirname, '..'), outDir });
process.stderr.write(`${stacks.length} stacks in ${outDir}\n`);
