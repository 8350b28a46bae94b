/**
 * Compiles lib/ into build/, the code the `seedbed` command runs (in a checkout as installed).
 *
 *   node scripts/build.js            the full build: tsc with declarations (npm run build, npm pack)
 *   node scripts/build.js --quick    JavaScript only, each file transpiled on its own (no type
 *                                    check, no declarations): what bin/seedbed.js runs when build/
 *                                    is missing or older than lib/ (npm ci's prepare step too)
 *
 * {@link ensureDeclarations} adds lib/'s declaration files (.d.ts) to a fresh quick build when they
 * are first needed: the type check of a fleet file in a checkout (lib/pipeline/typecheck.ts) reads
 * them instead of lib/'s sources, which is what makes checking an unseen fleet cheap. They are
 * emitted without a type check (the compiler's noCheck), as the quick build's JavaScript is; the
 * full build emits them with its type check.
 *
 * Either writes build/.seedbed-build.json, a stamp holding the fingerprint of the sources it was
 * built from (every lib/ TypeScript file's path, size and modification time, and the tsconfig
 * files); {@link isFresh} compares that with the sources as they are now, so an edit, a new or a
 * removed file, or a `git checkout` (which touches what it changes) makes the build stale. The
 * stamp says whether build/ holds declarations (`declarations: true`); they are built from the same
 * sources as its JavaScript, in the same build/ (a build that adds them replaces build/ whole), so
 * a stale build never passes for fresh declarations: {@link hasFreshDeclarations}.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled. Builds are serialised by a
 * lock file (build.lock) and replace build/ in two renames, so a command (or a test) running beside
 * a build sees the old build or the new one, never a half-written or missing one for longer than
 * between those renames.
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const STAMP = '.seedbed-build.json';
/** Bumped when what a stamp means changes. */
const FORMAT = 'seedbed-build-1';

/** The lib/ TypeScript sources (relative paths, sorted), without declaration files. */
function sources(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  walk('lib');
  return out.sort();
}

/** The fingerprint of what build/ is made from: each source's path, size and mtime, and the tsconfig files'. */
function fingerprint(root) {
  const hash = crypto.createHash('sha256').update(`${FORMAT}\0`);
  for (const rel of [...sources(root), 'tsconfig.json', 'tsconfig.build.json']) {
    const st = fs.statSync(path.join(root, rel));
    hash.update(`${rel}\0${st.size}\0${st.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function readStamp(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'build', STAMP), 'utf8'));
  } catch {
    return undefined;
  }
}

/** True when build/ was built from lib/ as it is now (by either build). */
function isFresh(root = ROOT) {
  const stamp = readStamp(root);
  return stamp !== undefined && stamp.format === FORMAT && stamp.sources === fingerprint(root)
    && fs.existsSync(path.join(root, 'build', 'cli', 'main.js'));
}

/** True when build/ is fresh ({@link isFresh}) and holds the declaration files of lib/ as it is now. */
function hasFreshDeclarations(root = ROOT) {
  const stamp = readStamp(root);
  return stamp !== undefined && stamp.declarations === true && isFresh(root) && fs.existsSync(path.join(root, 'build', 'index.d.ts'));
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * Removes a lock left by a process that is gone, unless another waiter took it over first: the
 * lock is moved aside under this process's name and removed only if it still names the dead holder;
 * otherwise it is put back (no-clobber link), so two waiters never both start a build.
 */
function takeOver(lock, deadText) {
  const aside = `${lock}.${process.pid}`;
  try {
    fs.renameSync(lock, aside);
  } catch (e) {
    if (e.code === 'ENOENT') return;
    throw e;
  }
  const text = fs.readFileSync(aside, 'utf8');
  if (text !== deadText) {
    // A live holder's lock: restore it unless a new one appeared meanwhile (then both are live
    // claims and the newer wins; ours, restored, would be a second holder).
    try {
      fs.linkSync(aside, lock);
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
  }
  fs.rmSync(aside, { force: true });
}

/** Runs `fn` holding build.lock; a lock whose process is gone is taken over. */
function withLock(root, fn) {
  const lock = path.join(root, 'build.lock');
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let text;
      try {
        text = fs.readFileSync(lock, 'utf8');
      } catch (err) {
        // Released between our attempt and this read: try again at once.
        if (err.code === 'ENOENT') continue;
        throw err;
      }
      // An empty lock is one being written by its holder (open and write are two steps): wait.
      const holder = Number(text || 0);
      if (holder > 0 && !alive(holder)) takeOver(lock, text);
      else sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/** Moves the finished `tmp` into build/ (two renames) and removes the build it replaces. */
function swapIn(root, tmp) {
  const build = path.join(root, 'build');
  const old = path.join(root, `build.old-${process.pid}`);
  if (fs.existsSync(build)) fs.renameSync(build, old);
  fs.renameSync(tmp, build);
  fs.rmSync(old, { recursive: true, force: true });
}

/** The compiler options of tsconfig.build.json, for transpiling one file at a time. */
function buildOptions(ts, root) {
  const file = path.join(root, 'tsconfig.build.json');
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, file);
  return { ...parsed.options, noEmit: false, declaration: false, sourceMap: false, inlineSourceMap: false };
}

function writeStamp(dir, kind, sourcesFingerprint, declarations) {
  fs.writeFileSync(path.join(dir, STAMP), `${JSON.stringify({ format: FORMAT, kind, sources: sourcesFingerprint, declarations }, null, 2)}\n`);
}

/** The quick build: every lib/ file transpiled on its own into build/ (as ts-node's transpile-only mode would). */
function quickBuild(root = ROOT) {
  return withLock(root, () => {
    if (isFresh(root)) return false; // built by a run beside this one while it waited
    const ts = require('typescript');
    const options = buildOptions(ts, root);
    const before = fingerprint(root);
    const tmp = path.join(root, `build.tmp-${process.pid}`);
    fs.rmSync(tmp, { recursive: true, force: true });
    for (const rel of sources(root)) {
      const text = fs.readFileSync(path.join(root, rel), 'utf8');
      const js = ts.transpileModule(text, { compilerOptions: options, fileName: rel, reportDiagnostics: false }).outputText;
      const target = path.join(tmp, rel.slice('lib/'.length).replace(/\.ts$/, '.js'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, js);
    }
    writeStamp(tmp, 'quick', before, false);
    swapIn(root, tmp);
    return true;
  });
}

/** The full build: tsc -p tsconfig.build.json (type check and declarations) into build/. */
function fullBuild(root = ROOT) {
  return withLock(root, () => {
    const before = fingerprint(root);
    const tmp = path.join(root, `build.tmp-${process.pid}`);
    fs.rmSync(tmp, { recursive: true, force: true });
    const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
    const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', tmp], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) {
      fs.rmSync(tmp, { recursive: true, force: true });
      return r.status ?? 1;
    }
    writeStamp(tmp, 'full', before, true);
    swapIn(root, tmp);
    return 0;
  });
}

/**
 * Makes sure build/ holds lib/'s declaration files: when build/ is fresh but has none (a quick
 * build), emits them (noCheck: the compiler infers what declarations need and checks nothing
 * else) into a copy of build/ with a stamp saying so, and swaps it in. True when build/ then holds
 * fresh declarations; false when build/ is missing or stale (lib/ changed since it was built:
 * the caller reads lib/'s sources instead), or lib/ changed while they were being emitted.
 */
function ensureDeclarations(root = ROOT) {
  if (hasFreshDeclarations(root)) return true;
  if (!isFresh(root)) return false;
  return withLock(root, () => {
    if (hasFreshDeclarations(root)) return true; // added by a run beside this one while it waited
    const stamp = readStamp(root);
    const before = fingerprint(root);
    if (stamp === undefined || stamp.sources !== before || !isFresh(root)) return false;
    const ts = require('typescript');
    const file = path.join(root, 'tsconfig.build.json');
    const read = ts.readConfigFile(file, ts.sys.readFile);
    if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, file);
    const tmp = path.join(root, `build.tmp-${process.pid}`);
    fs.rmSync(tmp, { recursive: true, force: true });
    const options = {
      ...parsed.options, outDir: tmp, noEmit: false, declaration: true, emitDeclarationOnly: true, declarationMap: false, noCheck: true,
      incremental: false, composite: false, tsBuildInfoFile: undefined,
    };
    const result = ts.createProgram({ rootNames: parsed.fileNames, options }).emit();
    // Sources changed while they were emitted: these declarations may mix two states of lib/.
    if (result.emitSkipped || fingerprint(root) !== before) {
      fs.rmSync(tmp, { recursive: true, force: true });
      return false;
    }
    fs.cpSync(path.join(root, 'build'), tmp, { recursive: true, force: false, errorOnExist: false });
    writeStamp(tmp, stamp.kind, before, true);
    swapIn(root, tmp);
    return true;
  });
}

/**
 * Makes this process run seedbed from build/ (bin/seedbed.js and scripts/app.js call it in a
 * checkout): builds it first when it is missing or stale (saying so on stderr), then answers every
 * `require` of a lib/ TypeScript file (a fleet's or an app's `../lib`) with its compiled build/
 * file, so that one copy of seedbed runs and none of lib/ is transpiled at run time.
 */
function runFromBuild(root = ROOT) {
  if (!isFresh(root)) {
    process.stderr.write('seedbed: lib/ changed since build/ was built; transpiling it into build/ first\n');
    quickBuild(root);
  }
  const lib = path.join(root, 'lib') + path.sep;
  const build = path.join(root, 'build');
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

module.exports = { isFresh, hasFreshDeclarations, ensureDeclarations, quickBuild, fullBuild, fingerprint, runFromBuild };

if (require.main === module) {
  if (process.argv.includes('--quick')) {
    const started = Date.now();
    const built = quickBuild();
    process.stderr.write(built ? `build/: ${sources(ROOT).length} files transpiled in ${((Date.now() - started) / 1000).toFixed(1)} s\n` : 'build/ is up to date\n');
  } else {
    process.exitCode = fullBuild();
  }
}
