/**
 * `cdk8s synth`: renders the fleets into the folder cdk8s asks for (CDK8S_OUTDIR).
 */
import { synthAll } from './fleets';

for (const { name, result } of synthAll(process.env.CDK8S_OUTDIR ?? 'dist/cdk8s')) {
  process.stderr.write(`${name}: ${result.files.size} files\n`);
}
