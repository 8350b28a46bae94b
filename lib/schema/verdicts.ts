/**
 * The schema check's memory between runs: the rendered files it found valid, by the SHA-256 of
 * their text. A run that renders a file with the same text again — the same objects, as YAML
 * reads them back exactly — does not check it again, as long as the schemas and the check stay
 * the same. In a fleet repository most files of a pull request are those of the commit before,
 * so a re-synth checks only what changed.
 *
 * What "the same" means is the cache's fingerprint, and verdicts recorded under another
 * fingerprint are never read:
 *
 * * the text of every file the schemas come from: those of a schema catalog (./catalog; the one
 *   seedbed ships, by default), or every file under a schema folder's `crds/` (symbolic links
 *   followed, as the check follows them) — the CRDs, the Kubernetes OpenAPI and Gardener's JSON
 *   schemas;
 * * the check's own code (this folder and the helpers it imports);
 * * the versions of the libraries it runs on (Ajv, ajv-formats, the CEL interpreter, the YAML
 *   reader) and of every library those depend on, and Node's version.
 *
 * The code is small and hashed every time. Hashing the CRDs (~30 MB) takes ~60 ms (the catalog,
 * ~3.5 MB, less); a small
 * index of their sizes, modification and change times, inodes and devices, kept beside the
 * verdicts, spares that while nothing moved. A version that cannot be read turns the cache off.
 *
 * Verdicts are kept per scope (a fleet file, as the command line and the apps name it: `synth` and
 * `validate` of one fleet share them; a fleet's verdicts are its own even when another fleet file
 * defines a garden of the same name), so that several fleets in one repository do not push each other's out. Only verdicts of valid
 * files are kept (a file with problems is checked every time, so that its problems are reported
 * every time). The cache is a plain folder of small text files, replaced by rename, so that runs
 * side by side never read a half-written one; losing or corrupting it costs a full check.
 *
 * Whoever can write the cache folder can make the check skip a file: keep it where only trusted
 * runs write (the CI templates use caches a pull request cannot write for the default branch).
 */
import { Sha256, sha256Hex } from '../core/hash';
import * as fs from 'fs';
import * as path from 'path';
import { isCatalogDir } from './catalog';
import { listFiles } from './sources';

/** Bumped when the meaning of a verdict changes in a way the code fingerprint would not catch. */
const FORMAT = 'seedbed-schema-verdicts-2';
/** Libraries whose behaviour decides a verdict (with everything they depend on). */
const LIBRARIES = ['ajv', 'ajv-formats', '@bufbuild/cel', 'yaml'];
/** Files of the check outside this folder (relative to it, without extension). */
const HELPERS = ['../core/hash', '../core/json', '../core/order'];
const VERDICTS_PREFIX = 'schema-verdicts-';
const INDEX_FILE = 'schema-fingerprint.json';
/**
 * A scope's verdict file keeps earlier verdicts (other shards, other branches) while they and
 * this run's number at most this many times this run's, plus {@link KEEP_EXTRA}; beyond that only
 * this run's are kept, so that a file does not grow without end.
 */
const KEEP_FACTOR = 8;
const KEEP_EXTRA = 50_000;

/** The check's code: this folder's sources and its helpers (the .ts in a checkout, the .js in the package). */
function codeFiles(): string[] {
  const ext = path.extname(__filename);
  const own = listFiles(__dirname).filter((f) => f.endsWith(ext) && !f.endsWith('.d.ts'));
  return [...own, ...HELPERS.map((h) => path.join(__dirname, `${h}${ext}`))].filter((f) => fs.existsSync(f));
}

/**
 * The package.json of `name` as Node finds the package from the folder `from`: in the
 * `node_modules` folders of `from` and of each folder above it (packages without a main entry,
 * such as data-only ones, included).
 */
function packageJsonOf(name: string, from: string): { file: string; doc: { version?: string; dependencies?: Record<string, string> } } {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(file)) return { file: fs.realpathSync(file), doc: JSON.parse(fs.readFileSync(file, 'utf8')) };
    if (path.dirname(dir) === dir) throw new Error(`package ${name} not found from ${from}`);
  }
}

/** `name@version` of the libraries and everything they depend on, sorted; throws when one cannot be read. */
export function libraryVersions(): string[] {
  const seen = new Map<string, string>();
  const visit = (name: string, from: string) => {
    const { file, doc } = packageJsonOf(name, from);
    if (typeof doc.version !== 'string') throw new Error(`${file}: no version`);
    const id = `${name}@${doc.version}`;
    if (seen.has(file)) return;
    seen.set(file, id);
    for (const dep of Object.keys(doc.dependencies ?? {})) visit(dep, path.dirname(file));
  };
  for (const name of LIBRARIES) visit(name, __dirname);
  return [...new Set(seen.values())].sort();
}

/** What the index records of a file: size, times, inode and device (a touch or a copy changes them). */
function statKey(file: string): string {
  const s = fs.statSync(file);
  return `${file}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}\0${s.dev}\n`;
}

/** The inputs' signature the index keys on: the data files' stat keys, the code's content, the versions. */
function signatureOf(base: string, data: readonly string[], code: string): string {
  const h = new Sha256().update(FORMAT).update(code);
  for (const f of data) h.update(statKey(path.join(base, f)));
  return h.hex();
}

/**
 * The files the schemas of `schemasDir` come from: a catalog's files, or those under `crds/`
 * (./sources lists them the same way), relative to `base`; `kind` tells which in the hash.
 */
function schemaData(schemasDir: string): { base: string; kind: string; files: string[] } {
  const catalog = isCatalogDir(schemasDir);
  const base = catalog ? schemasDir : path.join(schemasDir, 'crds');
  return { base, kind: catalog ? 'catalog' : 'crd', files: listFiles(base).map((f) => path.relative(base, f)) };
}

/** The fingerprint of the check over the schemas in `schemasDir` (see the module comment). */
export function verdictFingerprint(schemasDir: string, cacheDir?: string): string {
  const { base, kind, files: data } = schemaData(schemasDir);
  const codeHash = new Sha256().update(FORMAT).update(process.version).update(libraryVersions().join(','));
  for (const f of codeFiles()) codeHash.update(`code\0${path.relative(__dirname, f).replace(/\.[jt]s$/, '')}\0`).update(fs.readFileSync(f));
  const code = codeHash.hex();
  const signature = signatureOf(base, data, code);
  const indexFile = cacheDir && path.join(cacheDir, INDEX_FILE);
  if (indexFile) {
    try {
      const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
      if (index?.signature === signature && typeof index.fingerprint === 'string') return index.fingerprint;
    } catch {
      // No index, or an unreadable one: hash the content.
    }
  }
  const content = new Sha256().update(code);
  for (const f of data) content.update(`${kind}\0${f}\0`).update(fs.readFileSync(path.join(base, f)));
  const fingerprint = content.hex();
  if (indexFile) {
    try {
      writeAtomically(indexFile, `${JSON.stringify({ signature, fingerprint })}\n`);
    } catch {
      // The index only saves time.
    }
  }
  return fingerprint;
}

/**
 * The fingerprint each schema folder had when this process first used it. A process keeps the
 * schemas it loaded (`SchemaRegistry.load` caches them), so once the files change under it, its
 * verdicts are no longer those of the files: the cache is then left alone.
 */
const firstFingerprints = new Map<string, string>();

function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** The verdicts of earlier synths, and those of this one once {@link VerdictCache.save} is called. */
export class VerdictCache {
  /**
   * Opens the cache in `cacheDir` for the check against the schemas in `schemasDir`, with the
   * verdicts of `scope` (a fleet file, or a garden's name). Never throws for an unusable cache folder: the run then
   * checks everything.
   */
  public static open(cacheDir: string, schemasDir: string, scope = 'default'): VerdictCache {
    const dir = path.resolve(cacheDir);
    const schemas = path.resolve(schemasDir);
    let fingerprint: string;
    try {
      fingerprint = verdictFingerprint(schemas, dir);
    } catch {
      return new VerdictCache(dir, undefined, new Set());
    }
    const first = firstFingerprints.get(schemas) ?? fingerprint;
    firstFingerprints.set(schemas, first);
    if (first !== fingerprint) return new VerdictCache(dir, undefined, new Set());
    const scopeId = sha256Hex(scope).slice(0, 16);
    const file = path.join(dir, `${VERDICTS_PREFIX}${fingerprint.slice(0, 32)}-${scopeId}.txt`);
    let known = new Set<string>();
    try {
      known = new Set(fs.readFileSync(file, 'utf8').split('\n').filter((l) => /^[0-9a-f]{64}$/.test(l)));
    } catch {
      // A first run of this scope with these schemas.
    }
    return new VerdictCache(dir, file, known, fingerprint);
  }

  private readonly valid = new Set<string>();

  private constructor(
    /** The cache folder. */
    public readonly dir: string,
    /** The verdict file of this fingerprint and scope (undefined when the cache is off). */
    private readonly file: string | undefined,
    private readonly known: ReadonlySet<string>,
    private readonly fingerprint?: string,
  ) {}

  /** How many valid files earlier synths recorded under this fingerprint. */
  public get size(): number {
    return this.known.size;
  }

  /** The key of a file's text. */
  public key(text: string): string {
    return sha256Hex(text);
  }

  /** Whether an earlier synth found the file with this key valid. */
  public isKnownValid(key: string): boolean {
    return this.file !== undefined && this.known.has(key);
  }

  /** Records that this synth found (or knew) the file with this key valid. */
  public recordValid(key: string): void {
    this.valid.add(key);
  }

  /**
   * Writes the verdicts: this run's, and earlier ones of the scope while all of them number at
   * most {@link KEEP_FACTOR} times this run's plus {@link KEEP_EXTRA} (another shard or branch
   * keeps its verdicts; a file does not grow without end). Verdict files of other fingerprints
   * are removed. Nothing is written when the schemas changed since the cache was opened. Never
   * throws.
   */
  public save(schemasDir: string, kept = 0): void {
    if (!this.file) return;
    try {
      if (verdictFingerprint(path.resolve(schemasDir), this.dir) !== this.fingerprint) return;
      const keys = new Set(this.valid);
      // `kept`: files of this synth not given to the check (an incremental synth's unchanged
      // seeds), whose verdicts are among the known ones: counted as this run's.
      const keepKnown = this.known.size + keys.size <= KEEP_FACTOR * (keys.size + kept) + KEEP_EXTRA;
      // Nothing new, nothing dropped: the file stays as it is.
      if (keepKnown && [...keys].every((k) => this.known.has(k))) return;
      if (keepKnown) for (const k of this.known) keys.add(k);
      writeAtomically(this.file, [...keys].map((k) => `${k}\n`).join(''));
      const current = `${VERDICTS_PREFIX}${this.fingerprint!.slice(0, 32)}-`;
      for (const name of fs.readdirSync(this.dir)) {
        if (name.startsWith(VERDICTS_PREFIX) && !name.startsWith(current) && name.endsWith('.txt')) fs.rmSync(path.join(this.dir, name), { force: true });
      }
    } catch {
      // A cache that cannot be written costs the next run time, nothing else.
    }
  }
}
