/**
 * Where the command line and the app entry points find the upstream schemas (the folder holding `crds/`) that every
 * rendered object is checked against. The library itself never guesses: `SchemaRegistry.load()`
 * takes the folder; this module decides it for the `seedbed` command, in this order:
 *
 * 1. `--schemas <dir>` on the command line;
 * 2. the environment variable `SEEDBED_SCHEMAS`;
 * 3. `"schemas"` in the project's `seedbed.json` (relative to that file);
 * 4. `<project>/schemas`, then `<project>/../shared`, when they hold `crds/`;
 * 5. the folder seedbed itself was developed against (`../shared` beside a seedbed checkout).
 *
 * The project is the nearest folder at or above the working directory holding a `package.json`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { defaultSharedDir, packageRootAbove } from '../schema/paths';
import { UsageError } from './errors';

/** Name of the optional per-project settings file read by the command line. */
export const SETTINGS_FILE = 'seedbed.json';

/** Environment variable naming the schema folder (read by the command line only). */
export const SCHEMAS_ENV = 'SEEDBED_SCHEMAS';

/** Settings a platform repository may keep in `seedbed.json`. */
export interface ProjectSettings {
  /**
   * Folder holding the upstream schemas (`crds/`, with `crds/kubernetes/` for the built-in
   * kinds), relative to `seedbed.json`.
   * @default - `schemas/` or `../shared`, whichever holds `crds/`
   */
  readonly schemas?: string;
}

/** The nearest folder at or above `cwd` holding a package.json; `cwd` itself when there is none. */
export function projectRoot(cwd: string): string {
  return packageRootAbove(cwd) ?? path.resolve(cwd);
}

/**
 * Where `seedbed synth` keeps the schema check's verdicts between synths (see
 * `SynthOptions.cacheDir`): `node_modules/.cache/seedbed` of the project, where tools keep their
 * caches (and Git does not look).
 */
export function defaultCacheDir(cwd: string): string {
  return path.join(projectRoot(cwd), 'node_modules', '.cache', 'seedbed');
}

/** Reads `seedbed.json` of a project; a file that is there but wrong is a usage error. */
export function readProjectSettings(root: string): ProjectSettings {
  const file = path.join(root, SETTINGS_FILE);
  if (!fs.existsSync(file)) return {};
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new UsageError(`${file}: must hold a JSON object`);
  const settings = doc as Record<string, unknown>;
  const unknown = Object.keys(settings).filter((k) => k !== 'schemas' && k !== '$schema');
  if (unknown.length > 0) throw new UsageError(`${file}: unknown setting${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: schemas)`);
  if (settings.schemas !== undefined && (typeof settings.schemas !== 'string' || settings.schemas === '')) {
    throw new UsageError(`${file}: "schemas" must be a folder path (got ${JSON.stringify(settings.schemas)})`);
  }
  return settings.schemas === undefined ? {} : { schemas: settings.schemas as string };
}

/** The folder holding `crds/` for a folder given by the user: the folder itself, or the parent of a `crds` folder. */
function schemaFolder(dir: string): string | undefined {
  if (fs.existsSync(path.join(dir, 'crds'))) return dir;
  if (path.basename(dir) === 'crds' && fs.existsSync(dir)) return path.dirname(dir);
  return undefined;
}

/** Inputs of {@link resolveSchemaDir}. */
export interface SchemaDirOptions {
  /** The working directory of the command. */
  readonly cwd: string;
  /** The value of `--schemas`, when given. */
  readonly flag?: string;
  /** The value of `SEEDBED_SCHEMAS`, when set. */
  readonly env?: string;
}

/** The folder holding `crds/` the command checks rendered objects against; a usage error when none is found. */
export function resolveSchemaDir(options: SchemaDirOptions): string {
  const explicit = (value: string, base: string, origin: string): string => {
    const dir = path.resolve(base, value);
    const found = schemaFolder(dir);
    if (!found) {
      throw new UsageError(`${origin}: ${dir} holds no crds/ folder (it must be the folder holding the upstream CRDs in crds/, e.g. ../shared)`);
    }
    return found;
  };
  if (options.flag !== undefined) return explicit(options.flag, options.cwd, '--schemas');
  if (options.env) return explicit(options.env, options.cwd, SCHEMAS_ENV);
  const root = projectRoot(options.cwd);
  const settings = readProjectSettings(root);
  if (settings.schemas !== undefined) return explicit(settings.schemas, root, path.join(root, SETTINGS_FILE));
  const candidates = [path.join(root, 'schemas'), path.resolve(root, '..', 'shared'), defaultSharedDir()];
  for (const candidate of candidates) {
    const found = schemaFolder(candidate);
    if (found) return found;
  }
  throw new UsageError(
    'no schemas to check the rendered objects against: seedbed needs the folder holding the upstream CRDs (crds/). '
    + `Pass --schemas <dir>, set ${SCHEMAS_ENV}, or set "schemas" in ${path.join(root, SETTINGS_FILE)} `
    + `(looked in ${candidates.slice(0, 2).join(' and ')}); \`synth --no-check\` renders without the check`,
  );
}
