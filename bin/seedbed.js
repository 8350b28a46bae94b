#!/usr/bin/env node
// Entry point of the `seedbed` command. It always runs compiled JavaScript from build/: seedbed's
// own sources are never transpiled while a command runs.
//
// In a source checkout (lib/cli/main.ts beside this folder), build/ is built on demand: when it is
// missing or older than lib/ (scripts/build.js compares a fingerprint of the sources with the
// stamp the last build wrote), lib/ is transpiled into build/ first, which takes seconds, once.
// Fleet files in the checkout import seedbed as `../lib` (TypeScript); those imports are
// answered from build/, so a fleet and the command share one copy of seedbed and only the fleet
// files themselves are transpiled. An installed package ships build/ and runs it as it is.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const build = path.join(root, 'build');

if (fs.existsSync(path.join(root, 'lib', 'cli', 'main.ts')) && fs.existsSync(path.join(root, 'scripts', 'build.js'))) {
  const { isFresh, quickBuild } = require('../scripts/build');
  if (!isFresh(root)) {
    process.stderr.write('seedbed: lib/ changed since build/ was built; transpiling it into build/ first\n');
    quickBuild(root);
  }
  const lib = path.join(root, 'lib') + path.sep;
  const Module = require('module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveToBuild(request, parent, ...rest) {
    const file = resolve.call(this, request, parent, ...rest);
    if (file.startsWith(lib) && file.endsWith('.ts') && !file.endsWith('.d.ts')) {
      const compiled = path.join(build, file.slice(lib.length).replace(/\.ts$/, '.js'));
      if (fs.existsSync(compiled)) return compiled;
    }
    return file;
  };
}

require(path.join(build, 'cli', 'main.js')).run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
