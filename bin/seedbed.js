#!/usr/bin/env node
// Entry point of the `seedbed` command. In a source checkout (lib/cli/main.ts beside this folder)
// it runs the TypeScript sources through ts-node, so edits take effect without a build; an
// installed package ships only the compiled build/ and runs that.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
let main;
if (fs.existsSync(path.join(root, 'lib', 'cli', 'main.ts'))) {
  require('ts-node').register({ transpileOnly: true, project: path.join(root, 'tsconfig.json') });
  main = require('../lib/cli/main');
} else {
  main = require('../build/cli/main');
}
main.run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
