/**
 * `cdktf synth`: renders the fleets and lays the per-shoot Terraform stacks out the way the
 * cdktf CLI reads them (CDKTF_OUTDIR/manifest.json + stacks/<name>/cdk.tf.json), so `cdktf plan`
 * and `cdktf deploy` can address one shoot's stack by name.
 */
import * as fs from 'fs';
import * as path from 'path';
import { synthAll } from './fleets';

const outDir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const rendered = path.join(outDir, 'fleets');
const stacks: Record<string, unknown> = {};
for (const { name, result } of synthAll(rendered)) {
  for (const [file, content] of result.files) {
    const m = /^terraform\/([^/]+)\/([^/]+)\/cdk\.tf\.json$/.exec(file);
    if (!m) continue;
    const stackName = `${name}--${m[1]}--${m[2]}`;
    const dir = path.join(outDir, 'stacks', stackName);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), content);
    stacks[stackName] = {
      name: stackName,
      constructPath: stackName,
      synthesizedStackPath: `stacks/${stackName}/cdk.tf.json`,
      workingDirectory: `stacks/${stackName}`,
      annotations: [],
      dependencies: [],
    };
  }
}
fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify({ version: '0.21.0', stacks }, null, 2)}\n`);
process.stderr.write(`${Object.keys(stacks).length} stacks in ${outDir}\n`);
