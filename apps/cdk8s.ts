/**
 * `cdk8s synth`: renders the fleets into the folder cdk8s asks for (CDK8S_OUTDIR).
 */
import * as path from 'path';
import { synthCdk8sApp } from '../lib/pipeline/apps';

const fleets = synthCdk8sApp({ projectDir: path.resolve(__dirname, '..'), outDir: process.env.CDK8S_OUTDIR ?? 'dist/cdk8s' });
for (const { name, result } of fleets) {
  process.stderr.write(`${name}: ${result.files.size} files\n`);
}
