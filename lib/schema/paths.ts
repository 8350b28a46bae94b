/**
 * Where the upstream schema data lives. The repository sits beside `shared/`, which holds
 * the CRDs (`shared/crds`) seedbed's objects are checked against.
 */
import * as fs from 'fs';
import * as path from 'path';

/** The folder holding seedbed's package.json, found by walking up from this file. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
}

/** The default shared data folder: `<repoRoot>/../shared`. */
export function defaultSharedDir(): string {
  return path.resolve(repoRoot(), '../shared');
}
