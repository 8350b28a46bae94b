#!/usr/bin/env node
// Entry point of the `seedbed` command. It always runs compiled JavaScript from build/: seedbed's
// own sources are never transpiled while a command runs.
//
// In a source checkout (lib/cli/main.ts beside this folder), build/ is built on demand: when it is
// missing or older than lib/ (scripts/build.js compares a fingerprint of the sources with the
// stamp the last build wrote), lib/ is transpiled into build/ first, which takes seconds, once.
// Fleet files in the checkout import seedbed as `../lib` (TypeScript); those imports are
// answered from build/, so a fleet and the command share one copy of seedbed and only the fleet
// files themselves are transpiled (scripts/build.js runFromBuild; scripts/app.js runs the cdk8s and
// cdktf apps the same way). An installed package ships build/ and runs it as it is.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const build = path.join(root, 'build');

if (fs.existsSync(path.join(root, 'lib', 'cli', 'main.ts')) && fs.existsSync(path.join(root, 'scripts', 'build.js'))) {
  require('../scripts/build').runFromBuild(root);
}

require(path.join(build, 'cli', 'main.js')).run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
