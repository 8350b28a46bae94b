import { Stage, STAGE_ORDER } from '../../lib/core/stages';
import { allObjects, findObject, renderExample } from '../support/fleets';

const { fleet, tree } = renderExample('openstack');

describe('Flux bootstrap per seed', () => {
  test('GitRepository points at the platform repo with its branch and credentials by reference', () => {
    const repo = findObject(tree, 'GitRepository', 'seedbed', 'flux-system', 'seeds/nord-1/');
    expect(repo.apiVersion).toBe('source.toolkit.fluxcd.io/v1');
    expect(repo.spec.url).toBe('https://git.nordcloud.example/platform/fleet.git');
    expect(repo.spec.ref).toEqual({ branch: 'main' });
    expect(repo.spec.secretRef).toEqual({ name: 'fleet-repo-auth' });
  });

  test('the root Kustomization reconciles the seed folder', () => {
    for (const seed of fleet.seeds) {
      const file = tree.get(`seeds/${seed.name}/flux-system/gotk-sync.yaml`);
      expect(file?.kind).toBe('manifests');
      const root = file!.kind === 'manifests' ? file!.objects.find((o) => o.kind === 'Kustomization')! : undefined;
      expect(root!.spec.path).toBe(`./snapshots/openstack/seeds/${seed.name}`);
      expect(root!.spec.prune).toBe(true);
    }
  });
});

describe('the stage chain of a shoot', () => {
  const chain = allObjects(tree).filter(({ file }) => file === 'seeds/nord-2/shoots/shop--prod/flux.yaml').map(({ object }) => object);

  test('has one Kustomization per stage, in order, each depending on the one before', () => {
    const names = chain.map((k) => k.metadata.name);
    const present = STAGE_ORDER.filter((s) => tree.has(`seeds/nord-2/shoots/shop--prod/${s}/kustomization.yaml`));
    expect(present).toEqual(expect.arrayContaining([Stage.CONTROL_PLANE, Stage.ADDONS]));
    expect(names).toEqual(present.map((s) => `shop--prod-${s}`));
    chain.forEach((k, i) => {
      expect(k.metadata.namespace).toBe('shoot--shop--prod');
      expect(k.spec.sourceRef).toEqual({ kind: 'GitRepository', name: 'seedbed', namespace: 'flux-system' });
      expect(k.spec.wait).toBe(true);
      // The first stage waits for the seed's decrypted Secrets (the example keeps them SOPS-encrypted).
      if (i === 0) expect(k.spec.dependsOn).toEqual([{ name: 'seedbed-secrets', namespace: 'flux-system' }]);
      else expect(k.spec.dependsOn).toEqual([{ name: names[i - 1] }]);
      expect(k.spec.path).toBe(`./snapshots/openstack/seeds/nord-2/shoots/shop--prod/${k.metadata.labels!['seedbed.io/stage']}`);
    });
  });

  test('the control-plane stage waits for the control plane to be Ready', () => {
    const cp = chain.find((k) => k.metadata.name === 'shop--prod-control-plane')!;
    expect(cp.spec.healthCheckExprs).toEqual([
      { apiVersion: 'controlplane.cluster.x-k8s.io/v1alpha2', current: 'has(status.ready) && status.ready', kind: 'KamajiControlPlane' },
      {
        apiVersion: 'cluster.x-k8s.io/v1beta2',
        current: 'has(status.initialization) && has(status.initialization.controlPlaneInitialized) && status.initialization.controlPlaneInitialized',
        kind: 'Cluster',
      },
    ]);
    const edge = allObjects(tree).find(({ object }) => object.metadata.name === 'shop--edge-sued-control-plane')!.object;
    expect(edge.spec.healthCheckExprs).toEqual([{
      apiVersion: 'kamaji.clastix.io/v1alpha1',
      current: "status.kubernetesResources.version.status == 'Ready'",
      failed: "status.kubernetesResources.version.status == 'NotReady'",
      kind: 'TenantControlPlane',
    }]);
  });

  test('the addons stage applies into the shoot through the admin kubeconfig Kamaji writes', () => {
    const addons = chain.find((k) => k.metadata.name === 'shop--prod-addons')!;
    expect(addons.spec.kubeConfig).toEqual({ secretRef: { key: 'admin.svc', name: 'prod-admin-kubeconfig' } });
    const info = findObject(tree, 'ConfigMap', 'shoot-info', 'seedbed-system', 'seeds/nord-2/shoots/shop--prod/addons/');
    expect(info.data).toMatchObject({ project: 'shop', shoot: 'prod', seed: 'nord-2', kubernetesVersion: '1.32.9', purpose: 'production' });
  });

  test('the shoot namespace is created from the shoot folder and kept when the shoot leaves Git', () => {
    const file = tree.get('seeds/nord-2/shoots/shop--prod/kustomization.yaml');
    expect(file).toMatchObject({ kind: 'kustomization', resources: ['namespace.yaml', 'flux.yaml'] });
    const ns = findObject(tree, 'Namespace', 'shoot--shop--prod');
    expect(ns.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
    expect(ns.metadata.labels!['seedbed.io/seed']).toBe('nord-2');
  });
});
