/**
 * The schema check on a second thread reports exactly what checkRenderedTree reports for the same
 * files, in the same order, and the worker serves one synth after another.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { schemaSetOfFile } from '../../lib/pipeline/steps';
import { checkRenderedTree } from '../../lib/pipeline/check';
import { Manifest, RenderedTree } from '../../lib/core/manifest';
import { SchemaCheckSession } from '../../lib/schema/parallel';
import { defaultSharedDir } from '../../lib/schema/paths';
import { generateFleet } from '../../bench/generator';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { renderFleet } from '../../lib/pipeline/render';
import { NOW, renderExample, resolveExample } from '../support/fleets';


/** Each example seed's schema set (a seed of the OpenStack example runs CAPO v0.15: its files are checked against v0.15's CRDs). */
const SETS = new Map(['openstack', 'vsphere'].flatMap((n) => resolveExample(n).seeds.map((s) => [s.name, s.stack.schemaSet] as [string, string])));
function checkOnWorker(tree: RenderedTree): string[] {
  const session = new SchemaCheckSession(defaultSharedDir());
  for (const [file, f] of tree) if (f.kind === 'manifests') session.add(file, f.objects, undefined, schemaSetOfFile(file, SETS));
  return session.finish();
}

/** An object JSON text would not carry as it is: a class instance with a toJSON method. */
class Wrapped {
  constructor(private readonly inner: Manifest) {}
  public get kind() { return this.inner.kind; }
  public get metadata() { return this.inner.metadata; }
  public toJSON() { return this.inner; }
}

/** The vsphere example with problems in several files, one of them in an object that is not plain JSON. */
function brokenTree(): RenderedTree {
  const { tree } = renderExample('vsphere');
  const broken: RenderedTree = new Map(tree);
  let n = 0;
  for (const [file, f] of tree) {
    if (f.kind !== 'manifests') continue;
    const objects = f.objects.map((o): Manifest => {
      if (o.kind === 'TenantControlPlane') {
        return { ...o, spec: { ...o.spec, controlPlane: { ...o.spec.controlPlane, service: { serviceType: 'Bogus' } } } };
      }
      if (o.kind === 'Namespace') {
        const bad = { ...o, metadata: { ...o.metadata, name: 'Not_A_Name' }, unknownField: n } as Manifest;
        return n++ === 1 ? new Wrapped(bad) as unknown as Manifest : bad;
      }
      return o;
    });
    broken.set(file, { kind: 'manifests', objects });
  }
  expect(n).toBeGreaterThanOrEqual(2);
  return broken;
}

test('the same problems in the same order as checkRenderedTree', () => {
  const tree = brokenTree();
  const expected = checkRenderedTree(tree);
  expect(expected.length).toBeGreaterThan(4);
  expect(checkOnWorker(tree)).toEqual(expected);
});

test('files travel in batches: problems keep their file and object, also around files checked here', () => {
  // 90 shoots: several batches of ~1,000 objects, with problems early, late and next to a file
  // this thread checks (which ends a batch).
  const fleet = resolveFleetOrThrow(generateFleet({ shoots: 90 }), { now: NOW });
  const tree: RenderedTree = new Map(renderFleet(fleet));
  const manifests = [...tree].filter(([, f]) => f.kind === 'manifests');
  const objects = manifests.reduce((n, [, f]) => n + (f.kind === 'manifests' ? f.objects.length : 0), 0);
  expect(objects).toBeGreaterThan(2_500);
  const at = [1, Math.floor(manifests.length / 2), Math.floor(manifests.length / 2) + 1, manifests.length - 1];
  for (const i of at) {
    const [file, f] = manifests[i];
    if (f.kind !== 'manifests') continue;
    const objects = f.objects.map((o, j): Manifest => (j === f.objects.length - 1 ? { ...o, metadata: { ...o.metadata, name: `Bad_${i}` } } : o));
    // The middle file is not plain JSON at the top: checked in this thread, between batches.
    tree.set(file, { kind: 'manifests', objects: i === at[1] ? objects.map((o) => new Wrapped(o) as unknown as Manifest) : objects });
  }
  const expected = checkRenderedTree(tree);
  expect(expected.filter((line) => /Bad_/.test(line))).toHaveLength(at.length);
  expect(checkOnWorker(tree)).toEqual(expected);
});

test('a valid tree has no problems, synth after synth, also after a cancelled one', () => {
  const { tree } = renderExample('openstack');
  expect(checkOnWorker(tree)).toEqual([]);
  const cancelled = new SchemaCheckSession(defaultSharedDir());
  cancelled.add('x.yaml', [{ apiVersion: 'v1', kind: 'Bogus', metadata: { name: 'x' } }]);
  cancelled.cancel();
  expect(checkOnWorker(tree)).toEqual([]);
  expect(checkOnWorker(brokenTree()).length).toBeGreaterThan(4);
});

test('a worker that dies without answering is given up after the stall limit and the check is done here', () => {
  const tree = brokenTree();
  const session = new SchemaCheckSession(defaultSharedDir(), { stallLimitMs: 1_500 });
  // As if it ran out of memory: gone, no answer, no progress.
  void (session as any).worker.terminate();
  for (const [file, f] of tree) if (f.kind === 'manifests') session.add(file, f.objects, undefined, schemaSetOfFile(file, SETS));
  const started = Date.now();
  expect(session.finish()).toEqual(checkRenderedTree(tree, undefined, resolveExample('vsphere')));
  expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
  // The next session starts a fresh worker.
  expect(checkOnWorker(renderExample('openstack').tree)).toEqual([]);
});

test('a folder without crds/ is refused at once', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-noschemas-'));
  try {
    expect(() => new SchemaCheckSession(dir)).toThrow(`no crds/ folder in ${dir}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
