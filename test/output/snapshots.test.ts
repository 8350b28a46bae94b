/**
 * The committed golden output of the example fleets (snapshots/<fleet>/) must equal what the
 * current code renders. Refresh with `npm run snapshots` and review the diff.
 */
import * as fs from 'fs';
import * as path from 'path';
import { serializeTree } from '../../lib/pipeline/synth';
import { listManagedFiles } from '../../lib/output/writer';
import { EXAMPLE_FLEETS, REPO_ROOT, renderExample } from '../support/fleets';

describe.each(Object.keys(EXAMPLE_FLEETS))('snapshots/%s', (name) => {
  const dir = path.join(REPO_ROOT, 'snapshots', name);
  const { fleet, tree } = renderExample(name);
  const files = serializeTree(fleet, tree);
  const committed = fs.existsSync(dir) ? listManagedFiles(dir) : [];
  const hint = `snapshots/${name} is stale: run \`npm run snapshots\` and review the diff`;

  test('has exactly the files the fleet renders to', () => {
    const missing = [...files.keys()].filter((f) => !committed.includes(f)).sort();
    const extra = committed.filter((f) => !files.has(f));
    if (missing.length || extra.length) throw new Error(`${hint}\n  missing: ${missing.join(', ') || '-'}\n  stale: ${extra.join(', ') || '-'}`);
  });

  test('every file is byte-identical to the rendered one', () => {
    const differ = [...files.entries()].filter(([f, content]) => committed.includes(f) && fs.readFileSync(path.join(dir, f), 'utf8') !== content).map(([f]) => f);
    if (differ.length) throw new Error(`${hint}\n  differ: ${differ.join(', ')}`);
  });
});
