/**
 * The schema check's memory between synths: the rendered files it found valid, by the SHA-256 of
 * their text. A synth that renders a file with the same text again — the same objects, as YAML
 * reads them back exactly — does not check it again, as long as the schemas and the check stay
 * the same. In a fleet repository most files of a pull request are those of the commit before,
 * so a re-synth checks only what changed.
 *
 * What "the same" means is the cache's fingerprint, and a cache written under another
 * fingerprint is never read: the text of every file under the schema folder's `crds/`; the
 * check's own code (this folder and the helpers it imports) and the versions of the libraries
 * it runs on (Ajv, ajv-formats, the CEL interpreter, the YAML reader) and of Node. Hashing the
 * CRDs (~30 MB) takes ~60 ms; a small index of their sizes and modification times, kept beside
 * the verdicts, spares that while nothing moved.
 *
 * Only verdicts of valid files are kept (a file with problems is checked every time, so that
 * its problems are reported every time). The cache is a plain folder of small text files,
 * replaced by rename, so that synths running side by side never read a half-written one; the
 * worst outcome of losing or corrupting it is a full check.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** Bumped when the meaning of a verdict changes in a way the code fingerprint would not catch. */
const FORMAT = 'seedbed-schema-verdicts-1';
/** Libraries whose behaviour decides a verdict. */
const LIBRARIES = ['ajv', 'ajv-formats', '@bufbuild/cel', 'yaml'];
/** Files of the check outside this folder (relative to it, without extension). */
const HELPERS = ['../core/json', '../core/order'];
const VERDICTS_PREFIX = 'schema-verdicts-';
const INDEX_FILE = 'schema-fingerprint.json';
/** A verdict file keeps the verdicts of earlier synths too, up to this many times the current synth's. */
const KEEP_FACTOR = 4;

/** Files below `dir`, as paths relative to it, in a fixed order. */
function filesBelow(dir: string, rel = '', out: string[] = []): string[] {
  const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) filesBelow(dir, r, out);
    else if (e.isFile()) out.push(r);
  }
  return out;
}

/** The check's code: this folder's sources and its helpers (the .ts in a checkout, the .js in the package). */
function codeFiles(): string[] {
  const ext = path.extname(__filename);
  const own = filesBelow(__dirname).filter((f) => f.endsWith(ext) && !f.endsWith('.d.ts')).map((f) => path.join(__dirname, f));
  return [...own, ...HELPERS.map((h) => path.join(__dirname, `${h}${ext}`))].filter((f) => fs.existsSync(f));
}

function libraryVersions(): string[] {
  return LIBRARIES.map((name) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  });
}

/** The fingerprint of the check over the schemas in `schemasDir` (see the module comment). */
export function verdictFingerprint(schemasDir: string, cacheDir?: string): string {
  const crds = path.join(schemasDir, 'crds');
  const data = filesBelow(crds).map((f) => path.join(crds, f));
  const code = codeFiles();
  // The index: sizes and modification times of every input; when they match, the content hash is reused.
  const stats = createHash('sha256').update(FORMAT).update(process.version).update(libraryVersions().join(','));
  for (const f of [...code, ...data]) {
    const s = fs.statSync(f);
    stats.update(`${f}\0${s.size}\0${s.mtimeMs}\0${s.ino}\n`);
  }
  const signature = stats.digest('hex');
  const indexFile = cacheDir && path.join(cacheDir, INDEX_FILE);
  if (indexFile) {
    try {
      const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
      if (index?.signature === signature && typeof index.fingerprint === 'string') return index.fingerprint;
    } catch {
      // No index, or an unreadable one: hash the content.
    }
  }
  const content = createHash('sha256').update(FORMAT).update(process.version).update(libraryVersions().join(','));
  for (const f of code) content.update(`code\0${path.relative(__dirname, f).replace(/\.[jt]s$/, '')}\0`).update(fs.readFileSync(f));
  for (const f of data) content.update(`crd\0${path.relative(crds, f)}\0`).update(fs.readFileSync(f));
  const fingerprint = content.digest('hex');
  if (indexFile) writeAtomically(indexFile, `${JSON.stringify({ signature, fingerprint })}\n`);
  return fingerprint;
}

function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** The verdicts of earlier synths, and those of this one once {@link VerdictCache.save} is called. */
export class VerdictCache {
  /**
   * Opens the cache in `cacheDir` for the check against the schemas in `schemasDir`. Never
   * throws for an unusable cache folder: the synth then checks everything.
   */
  public static open(cacheDir: string, schemasDir: string): VerdictCache {
    const dir = path.resolve(cacheDir);
    let fingerprint: string;
    try {
      fingerprint = verdictFingerprint(schemasDir, dir);
    } catch {
      try {
        fingerprint = verdictFingerprint(schemasDir);
      } catch {
        return new VerdictCache(dir, undefined, new Set());
      }
    }
    const file = path.join(dir, `${VERDICTS_PREFIX}${fingerprint.slice(0, 32)}.txt`);
    let known = new Set<string>();
    try {
      known = new Set(fs.readFileSync(file, 'utf8').split('\n').filter((l) => /^[0-9a-f]{64}$/.test(l)));
    } catch {
      // A first synth with these schemas.
    }
    return new VerdictCache(dir, file, known);
  }

  private readonly valid = new Set<string>();

  private constructor(
    /** The cache folder. */
    public readonly dir: string,
    /** The verdict file of this fingerprint (undefined when the fingerprint could not be taken). */
    private readonly file: string | undefined,
    private readonly known: ReadonlySet<string>,
  ) {}

  /** How many valid files earlier synths recorded under this fingerprint. */
  public get size(): number {
    return this.known.size;
  }

  /** The key of a file's text. */
  public key(text: string): string {
    return createHash('sha256').update(text).digest('hex');
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
   * Writes the verdicts: this synth's, and earlier ones while they number no more than
   * {@link KEEP_FACTOR} times this synth's (a shard or another branch keeps its verdicts; a cache
   * does not grow without end). Verdict files of other fingerprints are removed. Never throws.
   */
  public save(): void {
    if (!this.file) return;
    try {
      const keys = new Set(this.valid);
      if (this.known.size + keys.size <= KEEP_FACTOR * Math.max(keys.size, 1_000)) for (const k of this.known) keys.add(k);
      writeAtomically(this.file, [...keys].map((k) => `${k}\n`).join(''));
      const own = path.basename(this.file);
      for (const name of fs.readdirSync(this.dir)) {
        if (name.startsWith(VERDICTS_PREFIX) && name !== own && name.endsWith('.txt')) fs.rmSync(path.join(this.dir, name), { force: true });
      }
    } catch {
      // A cache that cannot be written costs the next synth time, nothing else.
    }
  }
}
