/**
 * The schema catalog seedbed ships (schema-catalog/, built by `npm run schemas:catalog`) is what
 * scripts/build-schema-catalog.ts makes of ../shared now, and checking against it is checking
 * against ../shared: every kind's schema is the folder's, descriptions aside.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SchemaRegistry } from '../../lib/schema';
import { buildCatalog, CATALOG_INDEX, isCatalogDir } from '../../lib/schema/catalog';
import { FolderSource } from '../../lib/schema/folder-source';
import { builtinCatalogDir, defaultSharedDir } from '../../lib/schema/paths';
import { catalogSchemaSets } from '../../lib/core/stack';
import { cloneJson, stripDescriptions } from '../../lib/schema/schema-walk';

const built = buildCatalog(defaultSharedDir(), catalogSchemaSets());
const defaultSet = [...built.keys()].filter((name) => !name.includes('/'));
const inventory = new FolderSource(defaultSharedDir()).inventory();

test('schema-catalog/ is current (run `npm run schemas:catalog` after ../shared changes)', () => {
  const dir = builtinCatalogDir();
  expect(isCatalogDir(dir)).toBe(true);
  const list = (d: string, prefix: string): string[] => fs.readdirSync(d).flatMap((name) => (fs.statSync(path.join(d, name)).isDirectory()
    ? list(path.join(d, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
  const committed = list(dir, '').sort();
  expect(committed).toEqual([...built.keys()].sort());
  const stale = [...built].filter(([name, text]) => fs.readFileSync(path.join(dir, name), 'utf8') !== text).map(([name]) => name);
  expect(stale).toEqual([]);
});

test('the catalog is compact: no descriptions, one file per API group', () => {
  const index = JSON.parse(built.get(CATALOG_INDEX)!);
  expect(Object.keys(index.groups).length).toBe(defaultSet.length - 1);
  const bytes = [...built.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
  expect(bytes).toBeLessThan(5 * 1024 * 1024);
  expect(inventory.kinds.length).toBeGreaterThan(300);
});

describe('the catalog gives what the folder gives', () => {
  const fromFolder = SchemaRegistry.load(defaultSharedDir()) as any;
  const fromCatalog = SchemaRegistry.load(builtinCatalogDir()) as any;

  // kindSchema() is private: the comparison is of the schemas the check compiles, kind by kind.
  test('every kind: origin, source, scope, root and definitions (descriptions stripped)', () => {
    const differ: string[] = [];
    for (const { apiVersion, kind } of inventory.kinds) {
      const a = cloneJson(fromFolder.kindSchema(apiVersion, kind));
      const b = fromCatalog.kindSchema(apiVersion, kind);
      if (a === undefined || b === undefined) {
        if (a !== b) differ.push(`${apiVersion} ${kind}: only one has a schema`);
        continue;
      }
      stripDescriptions(a.root);
      Object.values(a.definitions).forEach((d: any) => stripDescriptions(d));
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${apiVersion} ${kind}`);
    }
    expect(differ).toEqual([]);
  });

  test('apiVersions known and unknown', () => {
    const apiVersions = [...inventory.apiVersions, 'v2', 'apps/v9', 'kamaji.clastix.io/v9', 'cluster.karmada.io/v1alpha2', 'example.com/v1', '/v1'];
    const differ = apiVersions.filter((a) => fromFolder.knownApiVersion(a) !== fromCatalog.knownApiVersion(a));
    expect(differ).toEqual([]);
    expect(fromCatalog.knownApiVersion('v1')).toBe(true);
  });

  test('problems of an object of an unknown kind or apiVersion', () => {
    for (const obj of [
      { apiVersion: 'kamaji.clastix.io/v1alpha1', kind: 'Shoot', metadata: { name: 'x' } },
      { apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 'x' } },
    ]) {
      expect(fromCatalog.validate(obj)).toEqual(fromFolder.validate(obj));
    }
  });
});
