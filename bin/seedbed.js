#!/usr/bin/env node
// Entry point of the `seedbed` command. Runs the compiled CLI when present, else the TypeScript sources.
const fs = require('fs');
const path = require('path');

const compiled = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
}
require('../lib/cli/main')
  .run(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
