/**
 * The app `cdk8s synth` runs (see cdk8s.yaml): every fleet in fleets/, rendered into the folder
 * cdk8s asks for, one sub-folder per fleet.
 */
import * as path from 'path';
import { synthCdk8sApp } from 'seedbed/cli';

const fleets = synthCdk8sApp({ projectDir: path.resolve(__dirname, '..'), outDir: process.env.CDK8S_OUTDIR ?? 'cdk8s.out' });
for (const { name, result } of fleets) process.stderr.write(`${name}: ${result.files.size} files\n`);
