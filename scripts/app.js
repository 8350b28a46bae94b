#!/usr/bin/env node
/**
 * Runs an app entry point of this checkout (apps/cdk8s.ts for `cdk8s synth`, apps/cdktn.ts for
 * cdktn; cdk8s.yaml and cdktf.json name it) the way bin/seedbed.js runs the command: seedbed from
 * build/ (built first when lib/ changed), only the app and the fleet files transpiled (ts-node,
 * transpile only; fleets are type-checked when loaded).
 *
 *   node scripts/app.js apps/cdk8s.ts
 */
'use strict';
const path = require('path');

const root = path.join(__dirname, '..');
const [entry] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/app.js <app entry point, e.g. apps/cdk8s.ts>\n');
  process.exit(64);
}
require('./build').runFromBuild(root);
require('ts-node').register({ transpileOnly: true, compiler: require.resolve('typescript'), compilerOptions: { module: 'commonjs' } });
require(path.resolve(entry));
