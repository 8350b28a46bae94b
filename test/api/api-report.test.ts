/**
 * The public API is reviewed like the output: api/seedbed.api.md (API Extractor's report of
 * everything lib/index.ts exports) is committed, and this test fails when it no longer matches the
 * code — run `npm run api` and commit the new report with the change that caused it.
 *
 * It also fails when an exported declaration or one of its members has no doc comment, except the
 * ones listed in KNOWN_UNDOCUMENTED (to be documented, then removed from the list).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { REPO_ROOT } from '../support/fleets';

// API Extractor is a CommonJS package without ESM types we need here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Extractor, ExtractorConfig } = require('@microsoft/api-extractor');

/** Declarations exported without docs, in folders whose owners still have to document them. */
const KNOWN_UNDOCUMENTED: Record<string, string[]> = {};

/** `<file>: <symbol>[.<member>]` for every exported declaration (and public member) without a doc comment. */
function undocumentedExports(): string[] {
  const index = path.join(REPO_ROOT, 'lib', 'index.ts');
  const program = ts.createProgram([index], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true, skipLibCheck: true, noEmit: true, types: ['node'] });
  const checker = program.getTypeChecker();
  // A doc comment with a summary; one with only tags (`@default …`) does not count, as for API Extractor.
  const documented = (node: ts.Node) => ts.getJSDocCommentsAndTags(node).some((j) => ts.isJSDoc(j) && !!j.comment);
  const found: string[] = [];
  for (let symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(index)!)!)) {
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    for (const decl of symbol.declarations ?? []) {
      const file = path.relative(REPO_ROOT, decl.getSourceFile().fileName);
      if (!documented(ts.isVariableDeclaration(decl) ? decl.parent.parent : decl)) found.push(`${file}: ${symbol.name}`);
      const members: readonly ts.Node[] = (decl as unknown as { members?: ts.NodeArray<ts.Node> }).members ?? [];
      for (const m of members) {
        const flags = ts.getCombinedModifierFlags(m as ts.Declaration);
        if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
        if (ts.isConstructorDeclaration(m) && m.parameters.length === 0) continue;
        if (ts.isIndexSignatureDeclaration(m)) continue;
        const name = ts.isConstructorDeclaration(m) ? 'constructor' : (m as ts.NamedDeclaration).name?.getText() ?? '?';
        if (name.startsWith('#')) continue;
        if (!documented(m)) found.push(`${file}: ${symbol.name}.${name}`);
        if (ts.isConstructorDeclaration(m)) {
          for (const p of m.parameters) {
            if (ts.isParameterPropertyDeclaration(p, m) && !(ts.getCombinedModifierFlags(p) & ts.ModifierFlags.Private) && !documented(p)) {
              found.push(`${file}: ${symbol.name}.${p.name.getText()}`);
            }
          }
        }
      }
    }
  }
  return found;
}

function known(entry: string): boolean {
  const [file, name] = entry.split(': ');
  return (KNOWN_UNDOCUMENTED[file] ?? []).some((k) => k === name || (k.endsWith('.*') && name.startsWith(k.slice(0, -1))));
}

test('every exported declaration is documented (but the known gaps)', () => {
  const missing = undocumentedExports().filter((e) => !known(e));
  expect(missing).toEqual([]);
});

test('api/seedbed.api.md is the API the code exports (run `npm run api` to update it)', () => {
  // lib/'s declarations: build/'s, which the type check of fleets reads too (made once per change of
  // lib/, as bin/seedbed.js would), or else emitted here. Either is tsc's declaration emit without
  // its type check (noCheck): `npm test` type-checks everything before jest runs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builder = require(path.join(REPO_ROOT, 'scripts', 'build.js'));
  if (!builder.isFresh(REPO_ROOT)) builder.quickBuild(REPO_ROOT);
  let out = path.join(REPO_ROOT, 'build');
  if (!builder.ensureDeclarations(REPO_ROOT)) {
    out = path.join(REPO_ROOT, '.tmp', 'api-build');
    fs.rmSync(out, { recursive: true, force: true });
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out, '--emitDeclarationOnly', '--noCheck'], {
      cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  const configFile = path.join(REPO_ROOT, 'api-extractor.json');
  const configObject = ExtractorConfig.loadFile(configFile);
  configObject.mainEntryPointFilePath = path.join(out, 'index.d.ts');
  const config = ExtractorConfig.prepare({ configObject, configObjectFullPath: configFile, packageJsonFullPath: path.join(REPO_ROOT, 'package.json') });
  const result = Extractor.invoke(config, {
    localBuild: false,
    messageCallback: (m: { handled: boolean }) => {
      m.handled = true; // the report carries the warnings; the console stays quiet
    },
  });
  const report = fs.readFileSync(path.join(REPO_ROOT, 'api', 'seedbed.api.md'), 'utf8');
  const current = fs.readFileSync(path.join(REPO_ROOT, '.tmp', 'api', 'seedbed.api.md'), 'utf8');
  if (current !== report) {
    const before = new Set(report.split('\n'));
    const after = new Set(current.split('\n'));
    const changed = [...[...before].filter((l) => !after.has(l)).map((l) => `- ${l}`), ...[...after].filter((l) => !before.has(l)).map((l) => `+ ${l}`)];
    throw new Error('the exported API differs from api/seedbed.api.md: review the change, run `npm run api` and commit the report\n'
      + `${changed.slice(0, 40).join('\n')}${changed.length > 40 ? `\n… ${changed.length - 40} more lines` : ''}`);
  }
  expect(result.apiReportChanged).toBe(false);
  expect(result.errorCount).toBe(0);
}, 180_000);
