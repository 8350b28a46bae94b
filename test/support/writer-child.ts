/**
 * The writer compiled to plain JavaScript in a temporary folder, so that tests can run it in
 * child processes that start in milliseconds (node, no ts-node) and kill them with SIGKILL at a
 * chosen step of a commit, or race them on one lock.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

const LIB = path.join(__dirname, '..', '..', 'lib');

/** Every file of lib/ the writer imports, transitively (relative imports only). */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const base = path.resolve(path.dirname(file), m[1]);
      const next = fs.existsSync(`${base}.ts`) ? `${base}.ts` : path.join(base, 'index.ts');
      visit(next);
    }
  };
  visit(entry);
  return [...seen];
}

let compiled: string | undefined;

/** Compiles lib/output/writer.ts and what it imports into a temporary folder; returns the path of writer.js there. */
export function compiledWriter(): string {
  if (compiled) return compiled;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-writer-js-'));
  for (const file of closure(path.join(LIB, 'output', 'writer.ts'))) {
    const js = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
    const target = path.join(out, path.relative(LIB, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, js);
  }
  compiled = path.join(out, 'output', 'writer.js');
  return compiled;
}

/**
 * A child process's script that commits the files of a JSON file (`[[path, text], …]`) into a
 * folder with the compiled writer, and kills itself with SIGKILL right before commit step `at`:
 * `node <script> <compiled writer> <dir> <at> <files.json>`. Prints `committed` when it gets
 * through.
 */
export const KILL_AT_STEP_SCRIPT = `
const fs = require('fs');
const w = require(process.argv[2]);
const [dir, at, filesFile] = process.argv.slice(3);
const files = new Map(JSON.parse(fs.readFileSync(filesFile, 'utf8')));
const staged = w.stageTree(dir, files, { onCommitStep: (i) => { if (i === Number(at)) process.kill(process.pid, 'SIGKILL'); } });
staged.commit();
process.stdout.write('committed');
`;
