/**
 * Every rendered seed folder, and every stage folder Flux applies, builds with `kubectl kustomize`.
 * A fleet's folders are built up front, several at a time (kustomizeAll), and each test asserts on
 * the builds of the folders it names.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { ControlPlaneBackend } from '../../lib/core/types';
import { GitOpsEngine } from '../../lib/model/garden';
import { synthesize } from '../../lib/pipeline/synth';
import { EXAMPLE_FLEETS, NOW } from '../support/fleets';
import { buildOpenStackFleet } from '../../fleets/openstack';
import { defaultSharedDir } from '../../lib/schema/paths';
import { kustomize, kustomizeAll } from '../support/tools';

describe.each(Object.keys(EXAMPLE_FLEETS))('%s', (name) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `seedbed-kustomize-${name}-`));
  const result = synthesize(EXAMPLE_FLEETS[name](), { outDir: out, now: NOW });
  const folders = (pattern: RegExp) => [...result.tree.keys()].filter((p) => pattern.test(p)).map((p) => path.dirname(p));
  const gardenDirs = folders(/^garden\/(.+\/)?kustomization\.yaml$/);
  const stageDirs = folders(/^seeds\/[^/]+\/shoots\/[^/]+\/[^/]+\/kustomization\.yaml$/);
  let builds = new Map<string, string | Error>();
  beforeAll(async () => {
    builds = await kustomizeAll([...result.fleet.seeds.map((s) => path.join('seeds', s.name)), ...gardenDirs, ...stageDirs].map((d) => path.join(out, d)));
  }, 600_000);
  /** `kubectl kustomize` of a folder of the output: built up front, or now when it was not. */
  const kustomizeOut = (dir: string): string => {
    const built = builds.get(path.join(out, dir)) ?? kustomize(path.join(out, dir));
    if (built instanceof Error) throw built;
    return built;
  };

  test.each(result.fleet.seeds.map((s) => s.name))('seeds/%s builds and holds what the seed reconciles', (seed) => {
    const built = parseAllDocuments(kustomizeOut(path.join('seeds', seed))).map((d) => d.toJS());
    const kinds = built.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
    expect(kinds).toContain('GitRepository/flux-system/seedbed');
    if (result.fleet.gitOpsEngine === GitOpsEngine.FLUX) expect(kinds).toContain('Kustomization/flux-system/seedbed');
    else expect(kinds).toContain('Application/argocd/seedbed');
    const shoots = result.fleet.shoots.filter((s) => s.seed === seed && s.backend !== ControlPlaneBackend.GARDENER);
    for (const s of shoots) {
      if (result.fleet.gitOpsEngine === GitOpsEngine.FLUX) {
        expect(kinds).toContain(`Namespace//${s.technicalId}`);
        expect(kinds).toContain(`Kustomization/${s.technicalId}/${s.key}-control-plane`);
      } else {
        // Argo CD: the ApplicationSet generates one Application per shoot folder.
        expect(kinds.some((k) => k.startsWith('ApplicationSet/argocd/'))).toBe(true);
      }
    }
  });

  test('every garden folder (Gardener objects, multi-cluster hubs) builds', () => {
    const dirs = gardenDirs;
    for (const dir of dirs) {
      const built = parseAllDocuments(kustomizeOut(dir)).map((d) => d.toJS());
      expect(built.length).toBeGreaterThan(0);
      for (const o of built) expect(o.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('seedbed');
    }
    if (result.fleet.multiCluster) {
      expect(dirs.filter((d) => d.startsWith('garden/multicluster/')).sort()).toEqual(
        ['clusternet', 'clusterpedia', 'karmada', 'kubermatic', 'open-cluster-management'].map((s) => `garden/multicluster/${s}`),
      );
    }
  });

  test('the garden bootstrap builds, and every step it applies names a folder that builds', () => {
    const argo = result.fleet.gitOpsEngine === GitOpsEngine.ARGOCD;
    const root = argo ? 'garden/argocd' : 'garden/flux-system';
    if (!result.tree.has(`${root}/kustomization.yaml`)) {
      // Only fleets with Gardener shoots or multi-cluster hubs have a garden side.
      expect([...result.tree.keys()].some((p) => p.startsWith('garden/'))).toBe(false);
      return;
    }
    const built = parseAllDocuments(kustomizeOut(root)).map((d) => d.toJS());
    const steps = built.filter((o) => o.kind === (argo ? 'Application' : 'Kustomization') && o.metadata.name !== 'seedbed-garden');
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const repoPath = argo ? step.spec.source.path : step.spec.path.replace(/^\.\//, '');
      const dir = path.relative(result.fleet.repository.path, repoPath);
      expect(kustomizeOut(dir).length).toBeGreaterThan(0);
      if (!argo) expect(step.spec.kubeConfig.secretRef.name).toMatch(/^(garden|hub-[a-z-]+)-kubeconfig$/);
    }
  });

  test('every stage folder builds', () => {
    const seedShoots = result.fleet.shoots.filter((s) => s.backend !== ControlPlaneBackend.GARDENER).length;
    expect(stageDirs.length).toBeGreaterThanOrEqual(seedShoots * 2);
    for (const dir of stageDirs) {
      const built = parseAllDocuments(kustomizeOut(dir)).map((d) => d.toJS());
      expect(built.length).toBeGreaterThan(0);
    }
  });
});

describe('an Argo CD garden (openstack-gardener on Argo CD)', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-kustomize-argo-garden-'));
  // With the schema check and the convergence checks synth runs: an invalid or stuck object throws.
  const result = synthesize(buildOpenStackFleet({ variant: 'openstack-gardener', backend: ControlPlaneBackend.GARDENER, gitOpsEngine: GitOpsEngine.ARGOCD }),
    { outDir: out, now: NOW, schemas: defaultSharedDir() });

  test('every object passes its upstream schema', () => {
    expect(result.schemaCheck?.files).toBeGreaterThan(0);
  });

  test('garden/argocd builds, and every Application names a folder that builds', () => {
    const built = parseAllDocuments(kustomize(path.join(out, 'garden/argocd'))).map((d) => d.toJS());
    const apps = built.filter((o) => o.kind === 'Application' && o.metadata.name !== 'seedbed-garden');
    expect(apps.map((a) => a.metadata.name)).toContain('garden-shop-shoots');
    for (const a of apps) expect(kustomize(path.join(out, path.relative(result.fleet.repository.path, a.spec.source.path))).length).toBeGreaterThan(0);
  });
});
