/**
 * The app `cdktf synth` runs (see cdktf.json): every fleet in fleets/ rendered, and one Terraform
 * stack per shoot laid out for the cdktf CLI (`cdktf plan <fleet>--<seed>--<project>--<shoot>`).
 */
import * as path from 'path';
import { synthCdktfApp } from 'seedbed/cli';

const outDir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const stacks = synthCdktfApp({ projectDir: path.resolve(__dirname, '..'), outDir });
process.stderr.write(`${stacks.length} stacks in ${outDir}\n`);
