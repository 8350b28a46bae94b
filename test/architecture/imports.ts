/**
 * The import graph of lib/ (generated L1s in lib/imports excluded), read from the sources.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const LIB = path.resolve(__dirname, '..', '..', 'lib');

/** One import of a module. */
export interface ImportEdge {
  /** Importing file, relative to lib/ (`render/flux/index.ts`). */
  readonly from: string;
  /** Imported file relative to lib/, or the package name for a non-relative specifier. */
  readonly to: string;
  /** True for `import type` / `export type` (erased at run time). */
  readonly typeOnly: boolean;
  /** True when `to` is a file of lib/. */
  readonly internal: boolean;
}

function listSources(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== path.join(LIB, 'imports')) listSources(p, out);
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
}

function resolveInternal(fromFile: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const c of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(c)) return path.relative(LIB, c).split(path.sep).join('/');
  return undefined;
}

const typeNames = new Map<string, Set<string>>();
/** Names a lib/ file exports as types only (interfaces, type aliases, `export type {…}`), following `export *`. */
export function typeExportsOf(file: string, seen = new Set<string>()): Set<string> {
  const cached = typeNames.get(file);
  if (cached) return cached;
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  for (const st of sf.statements) {
    const exported = ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) && exported) names.add(st.name.text);
    if (ts.isExportDeclaration(st)) {
      const target = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) && st.moduleSpecifier.text.startsWith('.')
        ? resolveInternal(file, st.moduleSpecifier.text) : undefined;
      const targetTypes = target ? typeExportsOf(path.join(LIB, target), seen) : new Set<string>();
      if (st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const e of st.exportClause.elements) {
          if (st.isTypeOnly || e.isTypeOnly || targetTypes.has((e.propertyName ?? e.name).text)) names.add(e.name.text);
        }
      } else if (!st.exportClause) {
        for (const n of targetTypes) names.add(n);
      }
    }
  }
  typeNames.set(file, names);
  return names;
}

/** Every import and re-export of every source file of lib/ (outside lib/imports). */
export function readImportGraph(): ImportEdge[] {
  const files: string[] = [];
  listSources(LIB, files);
  const edges: ImportEdge[] = [];
  for (const file of files.sort()) {
    const from = path.relative(LIB, file).split(path.sep).join('/');
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const add = (spec: string, typeOnly: boolean) => {
      if (!spec.startsWith('.')) {
        edges.push({ from, to: spec, typeOnly, internal: false });
        return;
      }
      const to = resolveInternal(file, spec);
      if (to === undefined) throw new Error(`${from}: cannot resolve ${spec}`);
      edges.push({ from, to, typeOnly, internal: true });
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        const spec = node.moduleSpecifier.text;
        const target = spec.startsWith('.') ? resolveInternal(file, spec) : undefined;
        const types = target ? typeExportsOf(path.join(LIB, target)) : new Set<string>();
        const allTypes = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings)
          && clause.namedBindings.elements.length > 0
          && clause.namedBindings.elements.every((e) => e.isTypeOnly || types.has((e.propertyName ?? e.name).text))));
        add(spec, allTypes);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        add(node.moduleSpecifier.text, node.isTypeOnly);
      } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])
        && ((ts.isIdentifier(node.expression) && node.expression.text === 'require') || node.expression.kind === ts.SyntaxKind.ImportKeyword)) {
        add(node.arguments[0].text, false);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return edges;
}

/** The strongly connected components with more than one file (or a file importing itself): import cycles. */
export function importCycles(edges: readonly ImportEdge[], includeTypeOnly = false): string[][] {
  const graph = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.internal || (e.typeOnly && !includeTypeOnly)) continue;
    if (!graph.has(e.from)) graph.set(e.from, []);
    graph.get(e.from)!.push(e.to);
  }
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index); low.set(v, index); index++;
    stack.push(v); on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) { strong(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) strong(v);
  return out;
}

/** The top folder of a lib/ file (`render`, `core`, ... or `index.ts`); for render/ its family (`render/flux`). */
export function areaOf(file: string): string {
  const p = file.split('/');
  if (p[0] === 'render' && p.length > 2) return `render/${p[1]}`;
  return p.length > 1 ? p[0] : file;
}
