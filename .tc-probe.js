const ts = require('typescript');
const path = require('path');
let t0 = Date.now();
const cfgPath = ts.findConfigFile(process.argv[2], ts.sys.fileExists, 'tsconfig.json');
const cfg = ts.parseJsonConfigFileContent(ts.readConfigFile(cfgPath, ts.sys.readFile).config, ts.sys, path.dirname(cfgPath));
const roots = process.argv.slice(3).map((f) => path.resolve(f));
const p = ts.createProgram({ rootNames: roots, options: { ...cfg.options, noEmit: true, types: ['node'] } });
console.log('program', Date.now()-t0); t0 = Date.now();
let n = 0;
for (const r of roots) { const sf = p.getSourceFile(r); n += p.getSyntacticDiagnostics(sf).length + p.getSemanticDiagnostics(sf).length; }
console.log('files', p.getSourceFiles().length, 'diags', n, 'check', Date.now()-t0, 'ms');
