/**
 * Where the command line finds the schemas every rendered object is checked against: a folder
 * of upstream sources (holding `crds/`) or a schema catalog. This module decides it for the
 * `seedbed` command, in this order:
 *
 * 1. `--schemas <dir>` on the command line;
 * 2. the environment variable `SEEDBED_SCHEMAS`;
 * 3. `"schemas"` in the project's `seedbed.json` (relative to that file);
 * 4. `<project>/schemas`, when it holds `crds/`;
 * 5. the schema catalog built into seedbed (`schema-catalog/` of the package, generated from the
 *    `../shared` seedbed is developed against).
 *
 * The project is the nearest folder at or above the working directory holding a `package.json`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { builtinCatalogDir, isCatalogDir, packageRootAbove } from '../schema/paths';
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
   * @default - `schemas/` when it holds `crds/`, else the schema catalog built into seedbed
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

/**
 * The schema folder for a folder given by the user: the folder itself when it holds `crds/` or
 * is a schema catalog, or the parent of a `crds` folder.
 */
function schemaFolder(dir: string): string | undefined {
  if (fs.existsSync(path.join(dir, 'crds')) || isCatalogDir(dir)) return dir;
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

/**
 * The schema folder (holding `crds/`, or a schema catalog) the command checks rendered objects
 * against; a usage error when a setting names a folder that is neither, or when seedbed's own
 * catalog is missing (a checkout where `npm run schemas:catalog` never ran).
 */
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
  const own = path.join(root, 'schemas');
  if (fs.existsSync(path.join(own, 'crds'))) return own;
  const builtin = builtinCatalogDir();
  if (isCatalogDir(builtin)) return builtin;
  throw new UsageError(
    `no schemas to check the rendered objects against: seedbed's schema catalog (${builtin}) is missing `
    + '(in a checkout, `npm run schemas:catalog` builds it) and there is no folder holding the upstream CRDs (crds/). '
    + `Pass --schemas <dir>, set ${SCHEMAS_ENV}, or set "schemas" in ${path.join(root, SETTINGS_FILE)} `
    + `(looked in ${own}); \`synth --no-check\` renders without the check`,
  );
}
