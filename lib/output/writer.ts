/**
 * The deterministic, atomic writer. Everything is serialized in memory first; only then is the
 * output directory touched, and only files whose bytes changed are rewritten (each through a
 * temporary file and a rename). Files of the managed folders that are no longer rendered are
 * removed, and emptied folders with them.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Top-level entries of the output directory the writer owns; anything else there is left alone. */
export const MANAGED_ENTRIES = ['fleet.json', 'garden', 'seeds', 'terraform'];

/** What a write did. */
export interface WriteResult {
  /** Paths (relative to the output folder) of the files written because they were new or their bytes changed. */
  readonly written: string[];
  /** How many files already had the right bytes and were left alone. */
  readonly unchanged: number;
  /** Paths of the files removed because the fleet no longer renders them (in seedbed's managed folders only). */
  readonly removed: string[];
}

/** Appends the files below `root/rel` to `out` (no spreading: a folder may hold 100,000s of files). */
function listFiles(root: string, rel: string, out: string[]): void {
  const dir = path.join(root, rel);
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) listFiles(root, r, out);
    else out.push(r);
  }
}

/** All files under the managed entries of `outDir`, as posix paths relative to it. */
export function listManagedFiles(outDir: string): string[] {
  const files: string[] = [];
  for (const entry of MANAGED_ENTRIES) {
    const p = path.join(outDir, entry);
    if (!fs.existsSync(p)) continue;
    if (fs.statSync(p).isDirectory()) listFiles(outDir, entry, files);
    else files.push(entry);
  }
  return files.sort();
}

/**
 * Writes `files` (path → content) to `outDir`, touching only what changed. The managed folders
 * are listed once: a file that was not there is written without reading first, a folder is
 * created once, and the same listing tells which files to remove.
 */
export function writeTree(outDir: string, files: ReadonlyMap<string, string>, options: { prune?: boolean; scope?: (p: string) => boolean } = {}): WriteResult {
  for (const p of files.keys()) {
    if (p.startsWith('/') || p.split('/').includes('..') || !MANAGED_ENTRIES.includes(p.split('/')[0])) {
      throw new Error(`refusing to write outside the managed output folders: ${p}`);
    }
  }
  const root = path.resolve(outDir);
  fs.mkdirSync(root, { recursive: true });
  const existing = listManagedFiles(root);
  const present = new Set(existing);
  const folders = new Set<string>([root]);
  for (const rel of existing) addFolders(folders, root, path.dirname(path.join(root, rel)));
  const written: string[] = [];
  let unchanged = 0;
  for (const [rel, content] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(root, rel);
    if (present.has(rel) && fs.readFileSync(target, 'utf8') === content) {
      unchanged++;
      continue;
    }
    const dir = path.dirname(target);
    if (!folders.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      addFolders(folders, root, dir);
    }
    const tmp = `${target}.seedbed-tmp-${process.pid}`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, target);
    written.push(rel);
  }
  const removed: string[] = [];
  if (options.prune !== false) {
    for (const rel of existing) {
      if (files.has(rel) || (options.scope && !options.scope(rel))) continue;
      fs.rmSync(path.join(root, rel));
      removed.push(rel);
      let dir = path.dirname(path.join(root, rel));
      while (dir !== root && dir.startsWith(root) && fs.readdirSync(dir).length === 0) {
        fs.rmdirSync(dir);
        dir = path.dirname(dir);
      }
    }
  }
  return { written, unchanged, removed };
}

/** Records `dir` and its parents up to `root` as existing folders. */
function addFolders(folders: Set<string>, root: string, dir: string): void {
  for (let d = dir; !folders.has(d) && d.startsWith(root); d = path.dirname(d)) folders.add(d);
}
