/**
 * The app `cdktn synth` runs (see cdktf.json, the file name CDK Terrain's CLI still reads): every
 * fleet in fleets/ rendered, and one Terraform stack per shoot laid out for that CLI
 * (`cdktn plan <fleet>--<seed>--<project>--<shoot>`).
 */
import * as path from 'path';
import { synthCdktnApp } from 'seedbed/cli';

const outDir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const stacks = synthCdktnApp({ projectDir: path.resolve(__dirname, '..'), outDir });
process.stderr.write(`${stacks.length} stacks in ${outDir}\n`);
