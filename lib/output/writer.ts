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
  readonly written: string[];
  readonly unchanged: number;
  readonly removed: string[];
}

function listFiles(root: string, rel = ''): string[] {
  const dir = path.join(root, rel);
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, r));
    else out.push(r);
  }
  return out;
}

/** All files under the managed entries of `outDir`, as posix paths relative to it. */
export function listManagedFiles(outDir: string): string[] {
  const files: string[] = [];
  for (const entry of MANAGED_ENTRIES) {
    const p = path.join(outDir, entry);
    if (!fs.existsSync(p)) continue;
    if (fs.statSync(p).isDirectory()) files.push(...listFiles(outDir, entry));
    else files.push(entry);
  }
  return files.sort();
}

/** Writes `files` (path → content) to `outDir`, touching only what changed. */
export function writeTree(outDir: string, files: ReadonlyMap<string, string>, options: { prune?: boolean; scope?: (p: string) => boolean } = {}): WriteResult {
  for (const p of files.keys()) {
    if (p.startsWith('/') || p.split('/').includes('..') || !MANAGED_ENTRIES.includes(p.split('/')[0])) {
      throw new Error(`refusing to write outside the managed output folders: ${p}`);
    }
  }
  const root = path.resolve(outDir);
  fs.mkdirSync(root, { recursive: true });
  const written: string[] = [];
  let unchanged = 0;
  for (const [rel, content] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(root, rel);
    if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === content) {
      unchanged++;
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.seedbed-tmp-${process.pid}`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, target);
    written.push(rel);
  }
  const removed: string[] = [];
  if (options.prune !== false) {
    for (const rel of listManagedFiles(root)) {
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
