/**
 * Every backend and GitOps engine, rendered from the example fleets switched by one setting:
 * the kinds and counts each emits, every object valid against its upstream schema, and every
 * folder a GitOps engine applies buildable with kustomize.
 */
import { schemaSetOfFile } from '../../lib/pipeline/steps';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { ControlPlaneBackend, GitOpsEngine } from '../../lib';
import { synthesize } from '../../lib/pipeline/synth';
import { SchemaRegistry } from '../../lib/schema';
import { allObjects, NOW } from '../support/fleets';
import { kustomize } from '../support/tools';
import { FLEET_FILES, kindCounts, loadFleet, renderFleetFile } from './capi/support';

/** Objects per kind the backend and engine renderers emit for each fleet (infrastructure-stage kinds aside). */
const EXPECTED: Record<string, Record<string, number>> = {
  'openstack': {
    'cluster.x-k8s.io/Cluster': 8, 'KamajiControlPlane': 8, 'TenantControlPlane': 1, 'OpenStackCluster': 8, 'OpenStackMachineTemplate': 11,
    'KubeadmConfigTemplate': 11, 'MachineDeployment': 25, 'MachineHealthCheck': 11, 'NetworkPolicy': 36, 'PodDisruptionBudget': 4,
    'DataStore': 4, 'GitRepository': 3, 'Kustomization': 50, 'Namespace': 18, 'ConfigMap': 10, 'HelmRelease': 27, 'HelmRepository': 6, 'StorageClass': 18,
  },
  'vsphere': {
    'cluster.x-k8s.io/Cluster': 5, 'KamajiControlPlane': 5, 'TenantControlPlane': 1, 'VSphereCluster': 5, 'VSphereMachineTemplate': 15,
    'KubeadmConfigTemplate': 5, 'MachineDeployment': 15, 'MachineHealthCheck': 5, 'NetworkPolicy': 24, 'PodDisruptionBudget': 3,
    // One ExternalSecret per shoot (credentials delivered by External Secrets) and the Kustomization that gates on it.
    'DataStore': 2, 'GitRepository': 2, 'Kustomization': 37, 'ExternalSecret': 6, 'Namespace': 12, 'ConfigMap': 7, 'HelmRelease': 18, 'HelmRepository': 6, 'StorageClass': 12,
  },
  'openstack-k0smotron': {
    'cluster.x-k8s.io/Cluster': 8, 'K0smotronControlPlane': 8, 'k0smotron.io/Cluster': 1, 'JoinTokenRequest': 1, 'OpenStackCluster': 8, 'OpenStackMachineTemplate': 11,
    'K0sWorkerConfigTemplate': 11, 'MachineDeployment': 25, 'MachineHealthCheck': 11, 'NetworkPolicy': 36, 'PodDisruptionBudget': 4,
    'GitRepository': 3, 'Kustomization': 50, 'Namespace': 18, 'ConfigMap': 9, 'HelmRelease': 18, 'HelmRepository': 3, 'StorageClass': 18,
  },
  'openstack-cluster-api': {
    'cluster.x-k8s.io/Cluster': 9, 'KubeadmControlPlane': 9, 'OpenStackCluster': 9, 'OpenStackMachineTemplate': 20,
    'KubeadmConfigTemplate': 11, 'MachineDeployment': 25, 'MachineHealthCheck': 11,
    'GitRepository': 3, 'Kustomization': 50, 'Namespace': 18, 'ConfigMap': 10, 'NetworkPolicy': 9, 'HelmRelease': 27, 'HelmRepository': 6, 'StorageClass': 18,
  },
  'openstack-gardener': {
    // nord-1 and sued-1 by Gardenlets, nord-2 by a ManagedSeed of shoot garden/nord-2 (project garden).
    'CloudProfile': 1, 'Gardenlet': 2, 'ManagedSeed': 1, 'Project': 4, 'CredentialsBinding': 5, 'Shoot': 10, 'GitRepository': 4, 'Kustomization': 21,
  },
  'vsphere-gardener': {
    'CloudProfile': 1, 'Gardenlet': 2, 'Project': 2, 'CredentialsBinding': 2, 'Shoot': 6, 'GitRepository': 3, 'Kustomization': 10,
  },
  'vsphere-argocd': {
    'cluster.x-k8s.io/Cluster': 5, 'KamajiControlPlane': 5, 'TenantControlPlane': 1, 'VSphereCluster': 5, 'VSphereMachineTemplate': 15,
    'KubeadmConfigTemplate': 5, 'MachineDeployment': 15, 'MachineHealthCheck': 5, 'NetworkPolicy': 24, 'PodDisruptionBudget': 3,
    'DataStore': 2, 'AppProject': 2, 'ApplicationSet': 2, 'Application': 14, 'SecretStore': 6, 'ExternalSecret': 12, 'Role': 7,
    // The six shoots' CNI (Cilium) is an Argo CD Application each, its HelmRepository gone; the CPI and CSI stay HelmReleases.
    'GitRepository': 2, 'Namespace': 12, 'ConfigMap': 9, 'HelmRelease': 12, 'HelmRepository': 4, 'StorageClass': 12,
  },
};

/** Kinds no fleet may emit unless listed for it above. */
const BACKEND_KINDS = [
  'cluster.x-k8s.io/Cluster', 'k0smotron.io/Cluster', 'KamajiControlPlane', 'TenantControlPlane', 'K0smotronControlPlane', 'KubeadmControlPlane',
  'KubeadmConfigTemplate', 'K0sWorkerConfigTemplate', 'DataStore', 'CloudProfile', 'Seed', 'Gardenlet', 'ManagedSeed', 'Project', 'CredentialsBinding', 'Shoot',
  'GitRepository', 'Kustomization', 'AppProject', 'ApplicationSet', 'Application', 'SecretStore', 'ExternalSecret',
];

describe.each(FLEET_FILES)('fleets/%s', (name) => {
  const { tree, fleet } = renderFleetFile(name);
  const counts = kindCounts(tree);

  test('emits the expected kinds and counts', () => {
    expect(counts).toMatchObject(EXPECTED[name]);
    const unexpected = BACKEND_KINDS.filter((k) => counts[k] !== undefined && EXPECTED[name][k] === undefined);
    expect(unexpected).toEqual([]);
  });

  test('every object is valid against its upstream schema (which does catch a broken one)', () => {
    const registry = SchemaRegistry.load();
    // Each seed's objects against its stack's schema set (seed sued-1 of the OpenStack examples runs CAPO v0.15).
    const sets = new Map(fleet.seeds.map((s) => [s.name, s.stack.schemaSet]));
    const problems = allObjects(tree).flatMap(({ file, object }) => registry.forSet(schemaSetOfFile(file, sets)).validate(object)
      .map((p) => `${file}: ${object.kind} ${object.metadata.namespace ?? ''}/${object.metadata.name} ${p.field}: ${p.message}`));
    expect(problems).toEqual([]);
    const [first] = allObjects(tree).map(({ object }) => object).filter((o) => o.kind !== 'Namespace' && o.spec !== undefined);
    expect(registry.validate({ ...first, spec: { ...first.spec, notAField: true } }).map((p) => p.field)).toContain('spec.notAField');
  });
});

describe('variants are the example fleets switched by one setting', () => {
  test.each([
    ['openstack-k0smotron', 'openstack', ControlPlaneBackend.K0SMOTRON, GitOpsEngine.FLUX],
    ['openstack-cluster-api', 'openstack', ControlPlaneBackend.CLUSTER_API, GitOpsEngine.FLUX],
    ['openstack-gardener', 'openstack', ControlPlaneBackend.GARDENER, GitOpsEngine.FLUX],
    ['vsphere-argocd', 'vsphere', ControlPlaneBackend.KAMAJI, GitOpsEngine.ARGOCD],
    ['vsphere-gardener', 'vsphere', ControlPlaneBackend.GARDENER, GitOpsEngine.FLUX],
  ])('%s: the shoots of %s on the %s backend with %s', (variant, base, backend, engine) => {
    const a = renderFleetFile(variant).fleet;
    const b = renderFleetFile(base).fleet;
    expect(a.gitOpsEngine).toBe(engine);
    expect(a.shoots.map((s) => s.backend)).toEqual(a.shoots.map(() => backend));
    expect(a.repository.path).toBe(`snapshots/${variant}`);
    // The gardener variant adds the shoot its ManagedSeed nord-2 runs on (project garden); the tenants' shoots are the same.
    const shape = (f: typeof a) => f.shoots.filter((s) => f === b || backend !== ControlPlaneBackend.GARDENER || s.project !== 'garden')
      .map((s) => ({ key: s.key, seed: s.seed, version: s.kubernetesVersion, workers: s.workers.map((w) => w.name) }));
    expect(shape(a)).toEqual(shape(b));
  });
});

describe.each(FLEET_FILES.filter((f) => f !== 'openstack' && f !== 'vsphere'))('fleets/%s builds with kustomize', (name) => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `seedbed-backends-${name}-`));
  const result = synthesize(loadFleet(name), { outDir: out, now: NOW });
  const dirs = [...result.tree.keys()].filter((p) => p.endsWith('/kustomization.yaml'))
    .map((p) => path.dirname(p)).filter((d) => /^seeds\/[^/]+$/.test(d) || d === 'garden/flux-system' || d === 'garden/base' || /^seeds\/[^/]+\/shoots\/[^/]+$/.test(d));

  test.each(dirs)('%s', (dir) => {
    const built = parseAllDocuments(kustomize(path.join(out, dir))).map((d) => d.toJS());
    expect(built.length).toBeGreaterThan(0);
  });
});
