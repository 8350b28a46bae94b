/**
 * Where the schema data lives: the catalog seedbed ships (`schema-catalog/`, built from the
 * `shared/` folder the repository sits beside, which holds the upstream CRDs in `shared/crds`).
 */
import * as fs from 'fs';
import * as path from 'path';

/** The nearest folder at or above `start` that holds a package.json; undefined when there is none. */
export function packageRootAbove(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The folder holding seedbed's package.json, found by walking up from this file (the checkout
 * from `lib/`, the installed package from `build/`).
 */
export function repoRoot(): string {
  const root = packageRootAbove(__dirname);
  if (root === undefined) throw new Error(`no package.json above ${__dirname}`);
  return root;
}

/** The default shared data folder: `<repoRoot>/../shared`. */
export function defaultSharedDir(): string {
  return path.resolve(repoRoot(), '../shared');
}

/** Folder of the schema catalog built into seedbed (./catalog), in the checkout and in the installed package. */
export const CATALOG_DIR = 'schema-catalog';

/** The schema catalog built into seedbed: `<repoRoot>/schema-catalog`. */
export function builtinCatalogDir(): string {
  return path.join(repoRoot(), CATALOG_DIR);
}

/** The index file of a catalog folder; a folder holding it is a catalog. */
export const CATALOG_INDEX = 'catalog.json';

/** Whether `dir` holds a schema catalog (cheap: the command line's option handling uses it). */
export function isCatalogDir(dir: string): boolean {
  return fs.existsSync(path.join(dir, CATALOG_INDEX));
}
