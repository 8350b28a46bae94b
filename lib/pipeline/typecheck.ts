/**
 * The type check of a fleet file before it runs. ts-node loads fleets without type checking
 * (transpile only, which is fast), so `const x: number = 'a'` would otherwise synthesize. Here
 * the TypeScript compiler seedbed depends on checks the fleet file (and the TypeScript files
 * beside it that it imports) with the project's `tsconfig.json` (the nearest one above the
 * file; strict defaults without one), and its errors stop the command with the compiler's
 * message, file, line and column.
 *
 * It is cheap when nothing changed: a fleet found free of errors is recorded in the project's
 * cache folder (node_modules/.cache/seedbed, as the schema check's verdicts) with the SHA-256 of
 * every source file the compiler read outside node_modules/, the version of every package it
 * read inside, TypeScript's version and the compiler options. A later run that finds all of
 * these the same does not check again. Only clean verdicts are kept, so that errors are
 * reported every time.
 *
 * It is cheap for a fleet not seen before too, in seedbed's own checkout (the example fleets
 * import `../lib`): the compiler reads seedbed's declaration files in build/ (scripts/build.js
 * adds them to a fresh build the first time they are needed) instead of parsing every source in
 * lib/ and everything those import. Only when build/ is stale (lib/ edited since it was built) does
 * it read lib/'s sources. An installed seedbed is read through its package's declarations anyway.
 *
 * Whoever can write the cache folder can make the check skip a fleet (as with the schema
 * verdicts): keep it where only trusted runs write.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { sha256Hex } from '../core/hash';
import { FleetTypeError } from './errors';

export { FleetTypeError } from './errors';

/** Bumped when what a verdict means changes. */
const FORMAT = 'seedbed-typecheck-1';

/** Options the compiler runs with when no tsconfig.json is found above the fleet file. */
const DEFAULT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
};

interface Verdict {
  readonly format: string;
  readonly typescript: string;
  readonly options: string;
  /** SHA-256 of each source file read outside node_modules/, by absolute path. */
  readonly files: Record<string, string>;
  /** Version of each package the compiler read a file of, by its folder. */
  readonly packages: Record<string, string>;
  /** Present when the compiler read seedbed's declarations in build/ instead of lib/'s sources. */
  readonly declarations?: boolean;
}

/** seedbed's sources and the build made from them, in a checkout (lib/ and scripts/build.js beside build/). */
interface Checkout {
  /** lib/, with a trailing separator. */
  readonly lib: string;
  readonly build: string;
  /** scripts/build.js of the checkout. */
  readonly builder: { hasFreshDeclarations(root: string): boolean; ensureDeclarations(root: string): boolean };
  readonly root: string;
}

/** seedbed's checkout at `root`: by default the one this module runs from (as lib/pipeline/typecheck.ts or build/pipeline/typecheck.js); none when installed. */
function checkout(root = path.resolve(__dirname, '..', '..')): Checkout | undefined {
  const script = path.join(root, 'scripts', 'build.js');
  if (!fs.existsSync(path.join(root, 'lib', 'cli', 'main.ts')) || !fs.existsSync(script)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { lib: path.join(root, 'lib') + path.sep, build: path.join(root, 'build'), builder: require(script), root };
}

/** The source in lib/ a module resolution landed on, if it did. */
function libSource(resolved: ts.ResolvedModuleWithFailedLookupLocations, co: Checkout): string | undefined {
  const m = resolved.resolvedModule;
  if (m === undefined || m.extension !== ts.Extension.Ts) return undefined;
  const file = path.resolve(m.resolvedFileName);
  return file.startsWith(co.lib) ? file : undefined;
}

/**
 * A compiler host that resolves modules in seedbed's lib/ to their declaration files in build/:
 * `../lib` from a fleet becomes build/index.d.ts, whose imports stay in build/. Everything else
 * resolves as the compiler would.
 */
function hostReadingDeclarations(options: ts.CompilerOptions, co: Checkout): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), host.getCanonicalFileName, options);
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, opts) => literals.map((literal) => {
    const resolved = ts.resolveModuleName(literal.text, containingFile, opts, host, cache, redirected);
    const source = libSource(resolved, co);
    if (source === undefined) return resolved;
    const declarations = path.join(co.build, source.slice(co.lib.length).replace(/\.ts$/, '.d.ts'));
    if (!fs.existsSync(declarations)) return resolved;
    return { ...resolved, resolvedModule: { ...resolved.resolvedModule!, resolvedFileName: declarations, extension: ts.Extension.Dts } };
  });
  return host;
}

/** True when one of the files, or a TypeScript file beside them that they import, imports a module of lib/. */
function importsLib(files: readonly string[], options: ts.CompilerOptions, co: Checkout): boolean {
  const seen = new Set<string>();
  const todo = [...files];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    let text: string;
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    for (const name of ts.preProcessFile(text, true, true).importedFiles) {
      const resolved = ts.resolveModuleName(name.fileName, f, options, ts.sys);
      if (libSource(resolved, co) !== undefined) return true;
      const m = resolved.resolvedModule;
      if (m !== undefined && !m.isExternalLibraryImport && !m.resolvedFileName.endsWith('.d.ts')) todo.push(path.resolve(m.resolvedFileName));
    }
  }
  return false;
}

/** The compiler options for a fleet file: its project's tsconfig.json, or strict defaults; never emitting. */
function compilerOptionsFor(file: string): { options: ts.CompilerOptions; problems: string[] } {
  const config = ts.findConfigFile(path.dirname(file), ts.sys.fileExists, 'tsconfig.json');
  if (!config) return { options: { ...DEFAULT_OPTIONS, noEmit: true }, problems: [] };
  const read = ts.readConfigFile(config, ts.sys.readFile);
  if (read.error) return { options: DEFAULT_OPTIONS, problems: [formatDiagnostic(read.error)] };
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(config), undefined, config);
  const problems = parsed.errors.filter((e) => e.category === ts.DiagnosticCategory.Error && e.code !== 18003 /* no inputs: fine, the fleet is the input */).map(formatDiagnostic);
  const options = { ...parsed.options, noEmit: true, incremental: false, composite: false, declaration: false };
  delete options.tsBuildInfoFile;
  delete options.outDir;
  return { options, problems };
}

/** `<file>:<line>:<column> - error TS<code>: <message>`, the file relative to the working directory. */
function formatDiagnostic(d: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n    ');
  if (!d.file || d.start === undefined) return `error TS${d.code}: ${message}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  const relative = path.relative(process.cwd(), d.file.fileName);
  const where = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : d.file.fileName;
  return `${where}:${line + 1}:${character + 1} - error TS${d.code}: ${message}`;
}

const inNodeModules = (f: string) => f.split(/[\\/]/).includes('node_modules');

/** The folder of the package a file in node_modules/ belongs to. */
function packageDirOf(file: string): string {
  const parts = file.split(/[\\/]/);
  const i = parts.lastIndexOf('node_modules');
  const n = parts[i + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, i + n).join('/');
}

function packageVersion(dir: string): string {
  try {
    return String(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version ?? '?');
  } catch {
    return '?';
  }
}

function hashFile(f: string): string | undefined {
  try {
    return sha256Hex(fs.readFileSync(f, 'utf8'));
  } catch {
    return undefined;
  }
}

function verdictPath(cacheDir: string, file: string): string {
  return path.join(cacheDir, `typecheck-${sha256Hex(path.resolve(file)).slice(0, 24)}.json`);
}

/** True when the cache holds a clean verdict for `file` and nothing it was drawn from changed. */
function knownClean(cacheDir: string, file: string, optionsKey: string, co: Checkout | undefined): boolean {
  let v: Verdict;
  try {
    v = JSON.parse(fs.readFileSync(verdictPath(cacheDir, file), 'utf8'));
  } catch {
    return false;
  }
  if (v.format !== FORMAT || v.typescript !== ts.version || v.options !== optionsKey) return false;
  if (!v.files || v.files[path.resolve(file)] === undefined) return false;
  // Declarations stand for lib/ only while build/ is fresh: a stale build's must not vouch for edited sources.
  if (v.declarations && (co === undefined || !co.builder.hasFreshDeclarations(co.root))) return false;
  for (const [f, h] of Object.entries(v.files)) if (hashFile(f) !== h) return false;
  for (const [d, version] of Object.entries(v.packages ?? {})) if (packageVersion(d) !== version) return false;
  return true;
}

function recordClean(cacheDir: string, file: string, optionsKey: string, program: ts.Program, declarations: boolean): void {
  const files: Record<string, string> = {};
  const packages: Record<string, string> = {};
  for (const sf of program.getSourceFiles()) {
    const f = path.resolve(sf.fileName);
    if (inNodeModules(f)) {
      const d = packageDirOf(f);
      if (!(d in packages)) packages[d] = packageVersion(d);
    } else {
      const h = hashFile(f);
      if (h !== undefined) files[f] = h;
    }
  }
  const verdict: Verdict = { format: FORMAT, typescript: ts.version, options: optionsKey, files, packages, ...(declarations ? { declarations } : {}) };
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const target = verdictPath(cacheDir, file);
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(verdict));
    fs.renameSync(tmp, target); // replaced whole: a run beside this one never reads half a verdict
  } catch {
    // A cache that cannot be written costs a check next time, nothing else.
  }
}

/**
 * Type-checks the fleet files (TypeScript only; JavaScript fleets have no types to check) and
 * throws {@link FleetTypeError} with every error when one does not type-check. With `cacheDir`,
 * a file found clean before is not checked again while it, the files it reads, the packages and
 * the compiler options stay the same.
 *
 * In seedbed's checkout, seedbed's modules are read from their declarations in build/ (see the
 * top of this file).
 */
export function typeCheckFleets(files: readonly string[], cacheDir?: string, options: TypeCheckOptions = {}): TypeCheckResult {
  const co = options.declarations === false ? undefined : checkout(options.seedbedRoot);
  const knownCleanFiles: string[] = [];
  const tsFiles = files.filter((f) => /\.(ts|mts|cts)$/.test(f) && !f.endsWith('.d.ts')).map((f) => path.resolve(f));
  // Grouped by options (one project in practice), so that one program serves them all.
  const groups = new Map<string, { options: ts.CompilerOptions; problems: string[]; files: string[] }>();
  for (const f of tsFiles) {
    const { options, problems } = compilerOptionsFor(f);
    const key = sha256Hex(JSON.stringify(options, Object.keys(options).sort()));
    if (cacheDir !== undefined && problems.length === 0 && knownClean(cacheDir, f, key, co)) {
      knownCleanFiles.push(f);
      continue;
    }
    const g = groups.get(key) ?? { options, problems, files: [] };
    g.files.push(f);
    groups.set(key, g);
  }
  const errors: string[] = [];
  for (const [key, g] of groups) {
    if (g.problems.length > 0) {
      errors.push(...g.problems);
      continue;
    }
    // Only when a fleet imports lib/ does build/ get its declarations (a no-op once it has them).
    const declarations = co !== undefined && importsLib(g.files, g.options, co) && co.builder.ensureDeclarations(co.root);
    const host = co !== undefined && declarations ? hostReadingDeclarations(g.options, co) : undefined;
    const program = ts.createProgram({ rootNames: g.files, options: g.options, host });
    const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
    const perFile = new Map<string, ts.Diagnostic[]>();
    for (const f of g.files) {
      // The fleet file and the TypeScript files beside it (in its folder or below) that it reads;
      // not seedbed's sources nor packages: checking only these keeps it to seconds.
      const dir = path.dirname(f);
      const local = program.getSourceFiles().filter((sf) => {
        const p = path.resolve(sf.fileName);
        return !sf.isDeclarationFile && !inNodeModules(p) && (p === f || p.startsWith(dir + path.sep));
      });
      const diags = local.flatMap((sf) => [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]);
      perFile.set(f, [...global, ...diags].filter((d) => d.category === ts.DiagnosticCategory.Error));
    }
    const seen = new Set<string>();
    for (const [f, diags] of perFile) {
      if (diags.length === 0) {
        if (cacheDir !== undefined) recordClean(cacheDir, f, key, program, declarations);
        continue;
      }
      for (const d of diags) {
        const line = formatDiagnostic(d);
        if (!seen.has(line)) errors.push(line);
        seen.add(line);
      }
    }
  }
  if (errors.length > 0) throw new FleetTypeError(errors);
  return { checked: [...groups.values()].flatMap((g) => g.files), knownClean: knownCleanFiles };
}

/** Options of {@link typeCheckFleets} that tests set. */
export interface TypeCheckOptions {
  /**
   * Whether seedbed's modules are read from their declarations in build/ when a fresh build has
   * them (false: from lib/'s sources, as a stale build is).
   * @default true
   */
  readonly declarations?: boolean;
  /**
   * The seedbed checkout whose lib/ imports are read from its build/.
   * @default - the checkout this module runs from; none when seedbed is installed
   */
  readonly seedbedRoot?: string;
}

/** What {@link typeCheckFleets} did. */
export interface TypeCheckResult {
  /** The files the compiler checked (and found clean). */
  readonly checked: string[];
  /** The files not checked again: an earlier run found them clean and nothing they read changed. */
  readonly knownClean: string[];
}
