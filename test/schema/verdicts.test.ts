/**
 * The schema check's verdicts between synths: a file an earlier synth found valid is not checked
 * again while its text, the schemas and the check stay the same; problems are never remembered;
 * a cache that is missing, corrupt or unwritable costs time, never correctness.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { schemaSetOfFile } from '../../lib/pipeline/steps';
import { checkRenderedTree } from '../../lib/pipeline/check';
import { OutputCheckError, synthesize } from '../../lib/pipeline/synth';
import { serializeFile } from '../../lib/output/serialize';
import { Manifest, RenderedTree } from '../../lib/core/manifest';
import { buildCatalog } from '../../lib/schema/catalog';
import { SchemaCheckSession } from '../../lib/schema/parallel';
import { defaultSharedDir } from '../../lib/schema/paths';
import { libraryVersions, VerdictCache, verdictFingerprint } from '../../lib/schema/verdicts';
import { PlatformService, ServiceSource } from '../../lib/model/platform-service';
import { EXAMPLE_FLEETS, NOW, renderExample, resolveExample } from '../support/fleets';


/** Each example seed's schema set (a seed of the OpenStack example runs CAPO v0.15: its files are checked against v0.15's CRDs). */
const SETS = new Map(['openstack', 'vsphere'].flatMap((n) => resolveExample(n).seeds.map((s) => [s.name, s.stack.schemaSet] as [string, string])));
function tmp(prefix = 'seedbed-verdicts-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Checks a tree as synth does (each file with its text); returns the problems and what the session saw. */
function check(tree: RenderedTree, cacheDir: string | undefined) {
  const session = new SchemaCheckSession(defaultSharedDir(), { cacheDir });
  for (const [file, f] of tree) if (f.kind === 'manifests') session.add(file, f.objects, serializeFile(f), schemaSetOfFile(file, SETS));
  const problems = session.finish();
  return { problems, counts: session.counts, engaged: (session as any).worker !== undefined };
}

/** The tree with one object of the first Namespace file renamed to an invalid name. */
function withBadName(tree: RenderedTree): { tree: RenderedTree; file: string } {
  const copy: RenderedTree = new Map(tree);
  for (const [file, f] of tree) {
    if (f.kind !== 'manifests' || !f.objects.some((o) => o.kind === 'Namespace')) continue;
    const objects = f.objects.map((o): Manifest => (o.kind === 'Namespace' ? { ...o, metadata: { ...o.metadata, name: 'Not_A_Name' } } : o));
    copy.set(file, { kind: 'manifests', objects });
    return { tree: copy, file };
  }
  throw new Error('no Namespace in the tree');
}

describe('verdicts between synths', () => {
  const { tree, fleet } = renderExample('openstack');
  const manifests = [...tree.values()].filter((f) => f.kind === 'manifests').length;

  test('a second check with the same cache checks nothing and does not engage the worker', () => {
    const cacheDir = tmp();
    const first = check(tree, cacheDir);
    expect(first.problems).toEqual([]);
    expect(first.counts).toEqual({ files: manifests, knownValid: 0 });
    expect(first.engaged).toBe(true);
    const second = check(tree, cacheDir);
    expect(second.problems).toEqual([]);
    expect(second.counts).toEqual({ files: manifests, knownValid: manifests });
    expect(second.engaged).toBe(false);
  });

  test('problems are never remembered: reported again, and the valid files still known', () => {
    const cacheDir = tmp();
    const { tree: broken, file } = withBadName(tree);
    const expected = checkRenderedTree(broken, undefined, fleet);
    expect(expected.some((l) => l.startsWith(`${file}: Namespace Not_A_Name metadata.name`))).toBe(true);
    expect(check(broken, cacheDir).problems).toEqual(expected);
    const again = check(broken, cacheDir);
    expect(again.problems).toEqual(expected);
    expect(again.counts.knownValid).toBe(manifests - 1);
  });

  test('a file whose text changed is checked again, even where its earlier text was valid', () => {
    const cacheDir = tmp();
    expect(check(tree, cacheDir).problems).toEqual([]);
    const { tree: broken, file } = withBadName(tree);
    const result = check(broken, cacheDir);
    expect(result.problems).toEqual(checkRenderedTree(broken, undefined, fleet));
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((l) => l.startsWith(`${file}:`))).toBe(true);
    expect(result.counts.knownValid).toBe(manifests - 1);
  });

  test('a corrupt verdict file is a cache without verdicts; the next check writes a good one', () => {
    const cacheDir = tmp();
    check(tree, cacheDir);
    const [file] = fs.readdirSync(cacheDir).filter((f) => f.startsWith('schema-verdicts-'));
    fs.writeFileSync(path.join(cacheDir, file), 'not a hash\n\u0000garbage');
    const result = check(tree, cacheDir);
    expect(result.problems).toEqual([]);
    expect(result.counts.knownValid).toBe(0);
    expect(check(tree, cacheDir).counts.knownValid).toBe(manifests);
  });

  test('a cache folder that cannot be made is no cache: the check runs in full', () => {
    const blocker = path.join(tmp(), 'a-file');
    fs.writeFileSync(blocker, 'x');
    const result = check(tree, path.join(blocker, 'cache'));
    expect(result.problems).toEqual([]);
    expect(result.counts.knownValid).toBe(0);
    expect(check(tree, path.join(blocker, 'cache')).counts.knownValid).toBe(0);
  });

  test('synth with a cache writes the same files and still refuses broken output', () => {
    const cacheDir = tmp();
    const a = synthesize(EXAMPLE_FLEETS.openstack(), { outDir: tmp(), now: NOW, schemas: defaultSharedDir(), cacheDir });
    const b = synthesize(EXAMPLE_FLEETS.openstack(), { outDir: tmp(), now: NOW, schemas: defaultSharedDir(), cacheDir });
    expect(a.schemaCheck).toEqual({ files: manifests, knownValid: 0 });
    expect(b.schemaCheck).toEqual({ files: manifests, knownValid: manifests });
    expect([...b.files]).toEqual([...a.files]);
    // A platform service whose ConfigMap holds a number where Kubernetes wants a string: only the
    // schema check sees it, and it does although every other file is known valid.
    const garden = EXAMPLE_FLEETS['openstack-multicluster']();
    synthesize(garden, { outDir: tmp(), now: NOW, schemas: defaultSharedDir(), cacheDir });
    const broken = EXAMPLE_FLEETS['openstack-multicluster']();
    new PlatformService(broken, 'numbers', {
      namespace: 'numbers',
      source: ServiceSource.fromManifests([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'limits' }, data: { replicas: 3 } }]),
      placement: { matchLabels: { 'cost-center': 'cc-4711' } },
    });
    let error: unknown;
    try {
      synthesize(broken, { outDir: tmp(), now: NOW, schemas: defaultSharedDir(), cacheDir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputCheckError);
    // Karmada propagates the object as it is; OCM and Clusternet carry it inside their own objects.
    expect((error as OutputCheckError).problems).toEqual([
      'garden/multicluster/karmada/service-numbers.yaml: ConfigMap numbers/limits data[replicas]: Invalid value: 3: must be of type string',
      ...['shop--edge-sued', 'shop--prod', 'shop--staging'].map((cluster) => 'garden/multicluster/open-cluster-management/service-numbers.yaml: '
        + `ManifestWork ${cluster}/numbers spec.workload.manifests[1].data[replicas]: Invalid value: 3: must be of type string`),
      'garden/multicluster/clusternet/service-numbers.yaml: Manifest clusternet-reserved/configmaps.numbers.limits template.data[replicas]: Invalid value: 3: must be of type string',
    ]);
  });
});

describe('the fingerprint', () => {
  /** A schema folder of our own: two small CRDs written here (not copied from anywhere). */
  function schemas(): string {
    const dir = tmp('seedbed-fp-schemas-');
    fs.mkdirSync(path.join(dir, 'crds', 'example'), { recursive: true });
    const crd = (kind: string) => [
      'apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition',
      `metadata: {name: ${kind.toLowerCase()}s.example.io}`,
      `spec: {group: example.io, scope: Namespaced, names: {kind: ${kind}, plural: ${kind.toLowerCase()}s},`,
      '  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]}', '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'crds', 'example', 'a.yaml'), crd('Alpha'));
    fs.writeFileSync(path.join(dir, 'crds', 'example', 'b.yaml'), crd('Beta'));
    return dir;
  }

  test('changes with the content of any CRD file and with a new file, not with a touch', () => {
    const dir = schemas();
    const cacheDir = tmp();
    const first = verdictFingerprint(dir, cacheDir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(verdictFingerprint(dir)).toBe(first);
    // Same bytes, new modification time: the same fingerprint (the index is refreshed).
    const b = path.join(dir, 'crds', 'example', 'b.yaml');
    fs.utimesSync(b, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(verdictFingerprint(dir, cacheDir)).toBe(first);
    fs.appendFileSync(b, '# one more line\n');
    const edited = verdictFingerprint(dir, cacheDir);
    expect(edited).not.toBe(first);
    fs.writeFileSync(path.join(dir, 'crds', 'example', 'c.yaml'), '');
    expect(verdictFingerprint(dir, cacheDir)).not.toBe(edited);
  });

  test('follows symbolic links, as the check does: a linked CRD file or folder counts with its content', () => {
    const dir = schemas();
    const elsewhere = tmp('seedbed-fp-linked-');
    fs.writeFileSync(path.join(elsewhere, 'd.yaml'), 'kind: CustomResourceDefinition\n');
    fs.symlinkSync(path.join(elsewhere, 'd.yaml'), path.join(dir, 'crds', 'example', 'd.yaml'));
    fs.symlinkSync(elsewhere, path.join(dir, 'crds', 'linked'));
    const before = verdictFingerprint(dir, tmp());
    fs.appendFileSync(path.join(elsewhere, 'd.yaml'), '# changed where the link points\n');
    expect(verdictFingerprint(dir, tmp())).not.toBe(before);
  });

  test('of a schema catalog: the content of its files', () => {
    const dir = schemas();
    const catalog = tmp('seedbed-fp-catalog-');
    for (const [name, text] of buildCatalog(dir)) fs.writeFileSync(path.join(catalog, name), text);
    const first = verdictFingerprint(catalog, tmp());
    expect(first).not.toBe(verdictFingerprint(dir, tmp()));
    expect(verdictFingerprint(catalog, tmp())).toBe(first);
    fs.appendFileSync(path.join(catalog, 'example.io.json'), '\n');
    expect(verdictFingerprint(catalog, tmp())).not.toBe(first);
  });

  test('covers the libraries the check runs on and everything they depend on', () => {
    const versions = libraryVersions();
    for (const name of ['ajv', 'ajv-formats', '@bufbuild/cel', '@bufbuild/re2', 'fast-deep-equal', 'fast-uri', 'yaml']) {
      expect(versions.some((v) => v.startsWith(`${name}@`) && !v.endsWith('@undefined'))).toBe(true);
    }
  });

  test('verdicts recorded under one fingerprint are not read under another, and are cleared', () => {
    const dir = schemas();
    const cacheDir = tmp();
    const cache = VerdictCache.open(cacheDir, dir);
    const key = cache.key('some file');
    cache.recordValid(key);
    cache.save(dir);
    expect(VerdictCache.open(cacheDir, dir).isKnownValid(key)).toBe(true);
    fs.appendFileSync(path.join(dir, 'crds', 'example', 'a.yaml'), '# changed\n');
    // This process loaded the schemas before they changed: it neither reads nor writes verdicts now.
    const stale = VerdictCache.open(cacheDir, dir);
    expect(stale.isKnownValid(key)).toBe(false);
    stale.recordValid(stale.key('another file'));
    stale.save(dir);
    const files = () => fs.readdirSync(cacheDir).filter((f) => f.startsWith('schema-verdicts-'));
    const [old] = files();
    expect(files()).toEqual([old]);
    // A new process (a fresh module here) uses the new fingerprint: nothing known, and its save clears the old file.
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { VerdictCache: Fresh } = require('../../lib/schema/verdicts') as typeof import('../../lib/schema/verdicts');
      const fresh = Fresh.open(cacheDir, dir);
      expect(fresh.isKnownValid(key)).toBe(false);
      fresh.recordValid(fresh.key('another file'));
      fresh.save(dir);
    });
    expect(files()).toHaveLength(1);
    expect(files()).not.toEqual([old]);
  });

  test('schemas that change while a run checks: its verdicts are not saved', () => {
    const dir = schemas();
    const cacheDir = tmp();
    const cache = VerdictCache.open(cacheDir, dir);
    cache.recordValid(cache.key('checked against the old schemas'));
    fs.appendFileSync(path.join(dir, 'crds', 'example', 'b.yaml'), '# changed meanwhile\n');
    cache.save(dir);
    expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('schema-verdicts-'))).toEqual([]);
  });

  test('each scope keeps its own verdicts', () => {
    const dir = schemas();
    const cacheDir = tmp();
    const a = VerdictCache.open(cacheDir, dir, 'fleet-a');
    a.recordValid(a.key('a file of fleet a'));
    a.save(dir);
    const b = VerdictCache.open(cacheDir, dir, 'fleet-b');
    expect(b.size).toBe(0);
    b.recordValid(b.key('a file of fleet b'));
    b.save(dir);
    expect(VerdictCache.open(cacheDir, dir, 'fleet-a').isKnownValid(a.key('a file of fleet a'))).toBe(true);
    expect(VerdictCache.open(cacheDir, dir, 'fleet-a').isKnownValid(a.key('a file of fleet b'))).toBe(false);
    expect(VerdictCache.open(cacheDir, dir, 'fleet-b').size).toBe(1);
  });

  test('earlier verdicts are kept alongside this run\'s, within bounds', () => {
    const dir = schemas();
    const cacheDir = tmp();
    const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
    const record = (texts: string[]) => {
      const cache = VerdictCache.open(cacheDir, dir);
      for (const t of texts) cache.recordValid(cache.key(t));
      cache.save(dir);
      return VerdictCache.open(cacheDir, dir);
    };
    // A shard (or another branch) keeps the other's verdicts.
    expect(record(keys('b', 10)).size).toBe(10);
    expect(record(keys('a', 10)).size).toBe(20);
    expect(record(keys('many', 60_000)).size).toBe(60_020);
    // Beyond 8 × this run's + 50,000: only this run's are kept.
    expect(record(keys('few', 10)).size).toBe(10);
  });
});
