/**
 * Where the command finds the schemas: --schemas, SEEDBED_SCHEMAS, seedbed.json, schemas/, the
 * catalog built into seedbed — in that order — and clear usage errors for wrong settings.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UsageError } from '../../lib/pipeline/errors';
import { resolveSchemaDir } from '../../lib/pipeline/schemas';
import { builtinCatalogDir } from '../../lib/schema/paths';

/** A folder that looks like a schema folder (holds crds/). */
function schemaFolder(at: string): string {
  fs.mkdirSync(path.join(at, 'crds'), { recursive: true });
  return at;
}

/** <tmp>/platform (with package.json and fleets/) beside <tmp>/shared, <tmp>/a and <tmp>/b. */
function layout() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-schemas-'));
  const project = path.join(root, 'platform');
  fs.mkdirSync(path.join(project, 'fleets'), { recursive: true });
  fs.writeFileSync(path.join(project, 'package.json'), '{}\n');
  return { root, project, shared: schemaFolder(path.join(root, 'shared')), a: schemaFolder(path.join(root, 'a')), b: schemaFolder(path.join(root, 'b')) };
}

function usageError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a usage error');
}

test('precedence: --schemas, then SEEDBED_SCHEMAS, then seedbed.json, then schemas/, then the built-in catalog', () => {
  const { project, a, b } = layout();
  const cwd = path.join(project, 'fleets'); // the project is found above the working directory
  // A ../shared beside the project is not looked at: the catalog built from it ships with seedbed.
  expect(resolveSchemaDir({ cwd })).toBe(builtinCatalogDir());
  const own = schemaFolder(path.join(project, 'schemas'));
  expect(resolveSchemaDir({ cwd })).toBe(own);
  fs.writeFileSync(path.join(project, 'seedbed.json'), JSON.stringify({ schemas: '../b' }));
  expect(resolveSchemaDir({ cwd })).toBe(b);
  expect(resolveSchemaDir({ cwd, env: a })).toBe(a);
  expect(resolveSchemaDir({ cwd, env: a, flag: '../../b' })).toBe(b);
  // The crds/ folder itself is accepted for its parent.
  expect(resolveSchemaDir({ cwd, flag: path.join(a, 'crds') })).toBe(a);
});

test('without a project setting, the catalog built into seedbed; a catalog folder may be named too', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-schemas-')), 'fleet');
  fs.mkdirSync(dir);
  expect(resolveSchemaDir({ cwd: dir })).toBe(builtinCatalogDir());
  expect(resolveSchemaDir({ cwd: dir, flag: builtinCatalogDir() })).toBe(builtinCatalogDir());
});

test('wrong settings are usage errors naming the setting', () => {
  const { project } = layout();
  expect(usageError(() => resolveSchemaDir({ cwd: project, flag: 'missing' })))
    .toBe(`--schemas: ${path.join(project, 'missing')} holds no crds/ folder (it must be the folder holding the upstream CRDs in crds/, e.g. ../shared)`);
  expect(usageError(() => resolveSchemaDir({ cwd: project, env: '/nowhere' })))
    .toBe('SEEDBED_SCHEMAS: /nowhere holds no crds/ folder (it must be the folder holding the upstream CRDs in crds/, e.g. ../shared)');
  const settings = path.join(project, 'seedbed.json');
  const cases: Array<[string, string]> = [
    ['{', `${settings}: not valid JSON`],
    ['[]', `${settings}: must hold a JSON object`],
    ['{"schema": "x"}', `${settings}: unknown setting schema (known: schemas)`],
    ['{"schemas": 3}', `${settings}: "schemas" must be a folder path (got 3)`],
    ['{"schemas": "nope"}', `${settings}: ${path.join(project, 'nope')} holds no crds/ folder`],
  ];
  for (const [text, message] of cases) {
    fs.writeFileSync(settings, text);
    expect(usageError(() => resolveSchemaDir({ cwd: project }))).toContain(message);
  }
});
