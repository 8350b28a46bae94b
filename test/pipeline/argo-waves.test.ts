/**
 * The Argo CD sync waves of a shoot (lib/pipeline/argo-waves.ts): every example fleet's waves can
 * converge; an object Argo CD holds to a health check that needs something of a later wave (an
 * object it refers to, a Secret a controller makes, Ready nodes) is reported with the shoot, file,
 * object and field.
 */
import { Manifest, RenderedTree } from '../../lib/core/manifest';
import { checkArgoWaves } from '../../lib/pipeline/argo-waves';
import { EXAMPLE_FLEETS, renderExample } from '../support/fleets';

const SHOOT = 'seeds/muc-2/shoots/apps--erp-test';
const WHO = 'corp/apps/erp-test';

/** The tree with the objects `pick` selects moved to `wave`. */
function move(tree: RenderedTree, pick: (o: Manifest, file: string) => boolean, wave: number): RenderedTree {
  return new Map([...tree].map(([p, f]) => [p, f.kind === 'manifests'
    ? { ...f, objects: f.objects.map((o) => (pick(o, p)
      ? { ...o, metadata: { ...o.metadata, annotations: { ...o.metadata.annotations, 'argocd.argoproj.io/sync-wave': String(wave) } } } : o)) }
    : f]));
}

test.each(Object.keys(EXAMPLE_FLEETS))('%s: every wave can converge', (name) => {
  const { fleet, tree } = renderExample(name);
  expect(checkArgoWaves(fleet, tree)).toEqual([]);
});

test('the Argo CD example is really checked: its seeds hold MachineDeployments, HelmReleases and Applications to health checks', () => {
  const { tree } = renderExample('vsphere-argocd');
  const cm = [...tree.values()].flatMap((f) => (f.kind === 'manifests' ? f.objects : [])).find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'argocd-cm') as any;
  expect(Object.keys(cm.data)).toEqual(expect.arrayContaining([
    'resource.customizations.health.cluster.x-k8s.io_MachineDeployment', 'resource.customizations.health.helm.toolkit.fluxcd.io_HelmRelease',
    'resource.customizations.health.argoproj.io_Application']));
});

test('system components moved after the workers: CNI and CCM missing before the node gate, per MachineDeployment', () => {
  const { fleet, tree } = renderExample('vsphere-argocd');
  const moved = move(tree, (_o, p) => p === `${SHOOT}/system-components/system-components.yaml`, 6);
  const problems = checkArgoWaves(fleet, moved);
  const md = problems.filter((p) => p.includes('MachineDeployment'));
  expect(md.length).toBeGreaterThan(0);
  expect(md[0]).toMatch(new RegExp(`^${WHO}: ${SHOOT}/workers/workers.yaml: MachineDeployment shoot--apps--erp-test/\\S+ metadata.annotations\\[argocd.argoproj.io/sync-wave\\]: `
    + 'waits in wave 5 for Ready nodes, but no earlier wave installs a CNI: the nodes would stay NotReady$'));
  expect(md[1]).toContain('waits in wave 5 for Ready nodes, but no earlier wave installs a cloud controller manager: kubelets run with --cloud-provider=external');
  expect(problems.every((p) => p.startsWith(`${WHO}: `))).toBe(true);
});

test('the CNI Application moved to the workers\' wave is not earlier: reported, the CCM HelmRelease still is', () => {
  const { fleet, tree } = renderExample('vsphere-argocd');
  const cni = (o: Manifest, p: string) => p === `${SHOOT}/system-components/system-components.yaml` && o.kind === 'Application' && o.metadata.name === 'apps--erp-test-cilium';
  expect([...tree].some(([p, f]) => f.kind === 'manifests' && f.objects.some((o) => cni(o, p)))).toBe(true);
  const problems = checkArgoWaves(fleet, move(tree, cni, 5));
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p).toMatch(new RegExp(`^${WHO}: ${SHOOT}/workers/workers.yaml: MachineDeployment shoot--apps--erp-test/\\S+ metadata.annotations\\[argocd.argoproj.io/sync-wave\\]: `
      + 'waits in wave 5 for Ready nodes, but no earlier wave installs a CNI: the nodes would stay NotReady$'));
  }
});

test('the CNI Application before the cluster Secret it deploys through: the destination and the ExternalSecret\'s wave', () => {
  const { fleet, tree } = renderExample('vsphere-argocd');
  const moved = move(tree, (o, p) => p === `${SHOOT}/argocd.yaml` && o.kind === 'ExternalSecret', 4);
  expect(checkArgoWaves(fleet, moved)).toEqual([
    `${WHO}: ${SHOOT}/system-components/system-components.yaml: Application argocd/apps--erp-test-cilium spec.destination.name: waits in wave 3 `
      + `for Argo CD's cluster Secret of shoot--apps--erp-test, which ExternalSecret argocd/cluster-shoot--apps--erp-test makes only in wave 4 (${SHOOT}/argocd.yaml)`,
  ]);
});

test('no cluster Secret for the shoot: the CNI and addons Applications are reported (they would never sync)', () => {
  const { fleet, tree } = renderExample('vsphere-argocd');
  const dropped: RenderedTree = new Map([...tree].map(([p, f]) => [p, f.kind === 'manifests' && p === `${SHOOT}/argocd.yaml`
    ? { ...f, objects: f.objects.filter((o) => o.kind !== 'ExternalSecret') } : f]));
  const problems = checkArgoWaves(fleet, dropped);
  const tail = 'spec.destination.name: deploys to cluster shoot--apps--erp-test, but no object of the shoot makes its Argo CD cluster Secret '
    + '(an ExternalSecret whose target is labelled argocd.argoproj.io/secret-type: cluster with name shoot--apps--erp-test): the Application never syncs';
  expect(problems).toEqual([
    `${WHO}: ${SHOOT}/system-components/system-components.yaml: Application argocd/apps--erp-test-cilium ${tail}`,
    `${WHO}: ${SHOOT}/argocd.yaml: Application argocd/apps--erp-test-addons ${tail}`,
  ]);
});

test('a HelmRelease waiting for the kubeconfig of a control plane applied later: the Secret, its maker and both waves', () => {
  const { fleet, tree } = renderExample('vsphere-argocd');
  const moved = move(tree, (o) => o.kind === 'KamajiControlPlane' && o.metadata.namespace === 'shoot--apps--erp-test', 3);
  expect(checkArgoWaves(fleet, moved)).toEqual([
    // The Cluster's own health (control plane initialized) needs it too.
    `${WHO}: ${SHOOT}/control-plane/control-plane.yaml: Cluster shoot--apps--erp-test/erp-test spec.controlPlaneRef: waits in wave 1 for KamajiControlPlane shoot--apps--erp-test/erp-test, `
      + `which is applied only in wave 3 (${SHOOT}/control-plane/control-plane.yaml)`,
    `${WHO}: ${SHOOT}/system-components/system-components.yaml: HelmRelease shoot--apps--erp-test/vsphere-cpi spec.kubeConfig.secretRef: waits in wave 2 for Secret shoot--apps--erp-test/erp-test-admin-kubeconfig, `
      + `which Kamaji (KamajiControlPlane erp-test) makes only in wave 3 (${SHOOT}/control-plane/control-plane.yaml)`,
    `${WHO}: ${SHOOT}/system-components/system-components.yaml: HelmRelease shoot--apps--erp-test/vsphere-csi spec.kubeConfig.secretRef: waits in wave 2 for Secret shoot--apps--erp-test/erp-test-admin-kubeconfig, `
      + `which Kamaji (KamajiControlPlane erp-test) makes only in wave 3 (${SHOOT}/control-plane/control-plane.yaml)`,
  ]);
});

test('a MachineDeployment whose machine template comes in a later wave: the reference field and the template', () => {
  const { fleet, tree } = renderExample('vsphere-argocd');
  const moved = move(tree, (o, p) => o.kind === 'VSphereMachineTemplate' && p.startsWith(`${SHOOT}/`), 6);
  const problems = checkArgoWaves(fleet, moved);
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p).toMatch(new RegExp(`^${WHO}: ${SHOOT}/workers/workers.yaml: MachineDeployment shoot--apps--erp-test/\\S+ spec.template.spec.infrastructureRef: `
      + `waits in wave 5 for VSphereMachineTemplate shoot--apps--erp-test/\\S+, which is applied only in wave 6 \\(${SHOOT}/workers/workers.yaml\\)$`));
  }
});

test('without a health check for its kind an object does not gate: nothing to report', () => {
  const { fleet, tree } = renderExample('vsphere-argocd');
  const moved = move(tree, (_o, p) => p === `${SHOOT}/system-components/system-components.yaml`, 6);
  const noGate = new Map([...moved].map(([p, f]) => [p, f.kind === 'manifests'
    ? { ...f, objects: f.objects.map((o) => (o.kind === 'ConfigMap' && o.metadata.name === 'argocd-cm'
      ? { ...o, data: Object.fromEntries(Object.entries((o as any).data).filter(([k]) => !k.endsWith('_MachineDeployment'))) } as Manifest : o)) }
    : f]));
  expect(checkArgoWaves(fleet, noGate).filter((p) => p.includes('Ready nodes'))).toEqual([]);
});
