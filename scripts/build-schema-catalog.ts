/**
 * Builds the schema catalog seedbed ships (lib/schema/catalog) from the upstream sources in
 * ../shared/crds, into schema-catalog/:
 *
 *   npm run schemas:catalog
 *
 * Also run by `npm run build` (and so before `npm pack`). The output is deterministic; files of
 * an earlier run that this one does not write are removed. test/schema/catalog.test.ts fails
 * while the committed catalog differs from what this script would write.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildCatalog } from '../lib/schema/catalog';
import { builtinCatalogDir, defaultSharedDir } from '../lib/schema/paths';
import { catalogSchemaSets } from '../lib/core/stack';

function main(): void {
  const shared = defaultSharedDir();
  if (!fs.existsSync(path.join(shared, 'crds'))) {
    throw new Error(`${shared} holds no crds/ folder: the schema catalog is built from the upstream sources in ../shared/crds`);
  }
  const started = Date.now();
  // One further set per component version with schemas in crds-versions/ (lib/core/stack.ts).
  const files = buildCatalog(shared, catalogSchemaSets());
  const out = builtinCatalogDir();
  fs.mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const [name, text] of files) {
    const file = path.join(out, ...name.split('/'));
    bytes += Buffer.byteLength(text);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  }
  // Files (and folders) of an earlier run that this one does not write.
  const visit = (dir: string, prefix: string) => {
    for (const name of fs.readdirSync(dir)) {
      const rel = `${prefix}${name}`;
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) {
        if ([...files.keys()].some((f) => f.startsWith(`${rel}/`))) visit(p, `${rel}/`);
        else fs.rmSync(p, { recursive: true, force: true });
      } else if (!files.has(rel)) fs.rmSync(p, { force: true });
    }
  };
  visit(out, '');
  const elapsed = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`schema catalog: ${files.size} files, ${(bytes / 1024).toFixed(0)} KiB in ${path.relative(process.cwd(), out) || '.'} (${elapsed} s)`);
}

main();
