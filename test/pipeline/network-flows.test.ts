/**
 * The controller flows into a shoot namespace (lib/pipeline/network-flows.ts) against the rendered
 * NetworkPolicies, with Kubernetes semantics: every example fleet admits every flow; taking a
 * policy away, or isolating differently, is reported with the shoot, the flow, the policies and
 * the upstream evidence.
 */
import { Manifest, RenderedTree } from '../../lib/core/manifest';
import { admits, checkControllerFlows, ControllerFlow, selects } from '../../lib/pipeline/network-flows';
import { RUNNER_POLICY_NAME } from '../../lib/render/terraform/gitops';
import { EXAMPLE_FLEETS, renderExample } from '../support/fleets';

const policy = (name: string, spec: Record<string, unknown>, namespace = 'shoot--p--s'): Manifest =>
  ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec } as Manifest);
const flow = (from: ControllerFlow['from'], port = 30000): ControllerFlow =>
  ({ name: 'f', from, toPodLabels: { app: 'runner' }, port, evidence: 'e' });

describe('NetworkPolicy semantics', () => {
  const denyOthers = policy('deny', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] });
  const allowFlux = policy('allow', {
    podSelector: { matchLabels: { app: 'runner' } }, policyTypes: ['Ingress'],
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'flux-system' } }, podSelector: { matchLabels: { app: 'tc' } } }], ports: [{ protocol: 'TCP', port: 30000 }] }],
  });
  test.each<[string, Manifest[], ControllerFlow, boolean]>([
    ['no policy selects the pod: admitted', [], flow({ namespace: 'flux-system' }), true],
    ['deny-from-other-namespaces blocks another namespace', [denyOthers], flow({ namespace: 'flux-system', podLabels: { app: 'tc' } }), false],
    ['…but admits the same namespace', [denyOthers], flow({ namespace: 'shoot--p--s' }), true],
    ['an allow policy adds to the deny (policies are a union)', [denyOthers, allowFlux], flow({ namespace: 'flux-system', podLabels: { app: 'tc' } }), true],
    ['namespace and pod selector in one peer are ANDed', [denyOthers, allowFlux], flow({ namespace: 'flux-system', podLabels: { app: 'other' } }), false],
    ['the port must match', [denyOthers, allowFlux], flow({ namespace: 'flux-system', podLabels: { app: 'tc' } }, 30001), false],
    ['outside the cluster is not a pod: pod selectors do not admit it', [denyOthers], flow({}), false],
    ['a rule without from admits outside sources', [policy('open', { podSelector: {}, ingress: [{ ports: [{ port: 30000 }] }] })], flow({}), true],
    ['an Egress-only policy does not isolate ingress', [policy('eg', { podSelector: {}, policyTypes: ['Egress'] })], flow({ namespace: 'x' }), true],
    ['a policy of another namespace does not apply', [policy('deny', { podSelector: {}, ingress: [] }, 'elsewhere')], flow({ namespace: 'x' }), true],
  ])('%s', (_why, policies, f, expected) => {
    expect(admits(policies, 'shoot--p--s', f).admitted).toBe(expected);
  });

  test.each<[string, Record<string, unknown>, boolean]>([
    ['In', { matchExpressions: [{ key: 'a', operator: 'In', values: ['1', '2'] }] }, true],
    ['NotIn', { matchExpressions: [{ key: 'a', operator: 'NotIn', values: ['1'] }] }, false],
    ['Exists', { matchExpressions: [{ key: 'b', operator: 'Exists' }] }, false],
    ['DoesNotExist', { matchExpressions: [{ key: 'b', operator: 'DoesNotExist' }] }, true],
  ])('selector %s', (_op, selector, expected) => {
    expect(selects(selector as any, { a: '1' })).toBe(expected);
  });
});

describe('the example fleets', () => {
  test.each(Object.keys(EXAMPLE_FLEETS))('%s: every controller reaches what it must', (name) => {
    const { fleet, tree } = renderExample(name);
    expect(checkControllerFlows(fleet, tree)).toEqual([]);
  });

  test('without the runner policy, tofu-controller is cut off from every runner: reported per shoot', () => {
    const { fleet, tree } = renderExample('openstack');
    const stripped: RenderedTree = new Map([...tree].map(([p, f]) => [p, f.kind === 'manifests'
      ? { ...f, objects: f.objects.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name === RUNNER_POLICY_NAME)) } : f]));
    const problems = checkControllerFlows(fleet, stripped);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContain('nordcloud/shop/prod: tofu-controller → tf-runner (gRPC) (TCP 30000) is blocked by NetworkPolicies allow-from-kamaji, deny-from-other-namespaces in shoot--shop--prod '
      + '[flux-iac/tofu-controller@v0.16.5:controllers/tf_controller_runner.go LookupOrCreateRunner (dials the runner pod IP), cmd/manager/main.go --runner-grpc-port]');
    expect(problems.every((p) => p.includes('tofu-controller → tf-runner'))).toBe(true);
  });

  test('an isolation without the API server policy cuts off nodes and konnectivity agents, not the Kamaji controller', () => {
    const { fleet, tree } = renderExample('openstack');
    const stripped: RenderedTree = new Map([...tree].map(([p, f]) => [p, f.kind === 'manifests'
      ? { ...f, objects: f.objects.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name === 'allow-api-server')) } : f]));
    const problems = checkControllerFlows(fleet, stripped).filter((p) => p.startsWith('nordcloud/shop/prod: '));
    expect(problems.map((p) => p.split(' (TCP')[0])).toEqual([
      'nordcloud/shop/prod: Flux helm-/kustomize-controller → tenant API server (addons through admin.svc)',
      'nordcloud/shop/prod: tenant nodes → tenant API server',
      'nordcloud/shop/prod: konnectivity agents (tenant nodes) → konnectivity server',
    ]);
  });

  test('Argo CD seeds: the application-controller must reach the tenant API server (the CNI Application); cut off without the API server policy', () => {
    const { fleet, tree } = renderExample('vsphere-argocd');
    const stripped: RenderedTree = new Map([...tree].map(([p, f]) => [p, f.kind === 'manifests'
      ? { ...f, objects: f.objects.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name === 'allow-api-server')) } : f]));
    const problems = checkControllerFlows(fleet, stripped).filter((p) => p.startsWith('corp/apps/erp-test: '));
    expect(problems.map((p) => p.split(' (TCP')[0])).toEqual([
      'corp/apps/erp-test: Flux helm-/kustomize-controller → tenant API server (addons through admin.svc)',
      'corp/apps/erp-test: Argo CD application-controller → tenant API server (CNI and addons Applications through the cluster Secret)',
      'corp/apps/erp-test: tenant nodes → tenant API server',
      'corp/apps/erp-test: konnectivity agents (tenant nodes) → konnectivity server',
    ]);
  });
});

describe('readiness gates', () => {
  const { checkReadinessGates } = require('../../lib/pipeline/readiness-gates');
  const without = (tree: RenderedTree, drop: (p: string) => boolean): RenderedTree => new Map([...tree].filter(([p]) => !drop(p)));

  test.each(Object.keys(EXAMPLE_FLEETS))('%s: every gate is satisfiable by what comes before it', (name) => {
    const { fleet, tree } = renderExample(name);
    expect(checkReadinessGates(fleet, tree)).toEqual([]);
  });

  test('a pool with no CNI and no CCM before its gate: both reported, per shoot', () => {
    const { fleet, tree } = renderExample('openstack');
    const problems = checkReadinessGates(fleet, without(tree, (p) => p.includes('/system-components/')));
    const prod = problems.filter((p: string) => p.startsWith('nordcloud/shop/prod: '));
    expect(prod).toEqual([
      'nordcloud/shop/prod: seeds/nord-2/shoots/shop--prod/flux.yaml Kustomization shop--prod-workers healthCheckExprs: waits for Ready nodes (MachineDeployment), but no earlier stage installs a CNI: the nodes would stay NotReady',
      'nordcloud/shop/prod: seeds/nord-2/shoots/shop--prod/flux.yaml Kustomization shop--prod-workers healthCheckExprs: waits for Ready nodes (MachineDeployment), but no earlier stage installs a cloud controller manager: '
        + 'kubelets run with --cloud-provider=external, so nodes keep the uninitialized taint and get no providerID',
    ]);
  });

  test('a gate on a kind nothing applies: reported with the Kustomization and the stage', () => {
    const { fleet, tree } = renderExample('openstack');
    const problems = checkReadinessGates(fleet, without(tree, (p) => p === 'seeds/nord-2/shoots/shop--prod/control-plane/control-plane.yaml'));
    expect(problems).toContain('nordcloud/shop/prod: seeds/nord-2/shoots/shop--prod/flux.yaml Kustomization shop--prod-control-plane healthCheckExprs: '
      + 'waits for KamajiControlPlane (controlplane.cluster.x-k8s.io/v1alpha2), which no stage up to control-plane applies');
  });

  test('k0s brings its own Calico: no CNI release needed, but still a CCM', () => {
    const { fleet, tree } = renderExample('openstack-k0smotron');
    const problems = checkReadinessGates(fleet, without(tree, (p) => p.includes('/system-components/')));
    expect(problems.some((p: string) => p.includes('installs a CNI'))).toBe(false);
    expect(problems.some((p: string) => p.includes('installs a cloud controller manager'))).toBe(true);
  });
});

describe('Secret references', () => {
  const { checkSecretReferences } = require('../../lib/pipeline/secret-references');
  const mapObjects = (tree: RenderedTree, fn: (o: Manifest) => Manifest | undefined): RenderedTree => new Map([...tree].map(([p, f]) => [p, f.kind === 'manifests'
    ? { ...f, objects: f.objects.map(fn).filter((o): o is Manifest => o !== undefined) } : f]));

  test.each(Object.keys(EXAMPLE_FLEETS))('%s: every Secret a seed reads is rendered, made by a controller or a declared prerequisite', (name) => {
    const { fleet, tree } = renderExample(name);
    const { problems, prerequisites } = checkSecretReferences(fleet, tree);
    expect(problems).toEqual([]);
    for (const seed of fleet.seeds) expect(prerequisites.get(seed.name)?.length ?? 0).toBeGreaterThan(0);
  });

  test('the credentials Secret of a shoot is listed with every key its readers need, and who reads it', () => {
    const { fleet, tree } = renderExample('openstack');
    const list = checkSecretReferences(fleet, tree).prerequisites.get('nord-2');
    // The shop's declared binding, delivered by SOPS (the garden keeps sopsSecrets): keys from the contract (core/credentials).
    const creds = list.find((p: any) => p.namespace === 'shoot--shop--prod' && p.name === 'openstack-shop');
    expect(creds.keys).toEqual(['clouds.yaml', 'OS_APPLICATION_CREDENTIAL_ID', 'OS_APPLICATION_CREDENTIAL_SECRET']);
    expect(creds.optionalKeys).toEqual(['cacert', 'OS_AUTH_URL']);
    expect(creds.file).toBe('secrets/nord-2/shoot--shop--prod/openstack-shop.enc.yaml');
    expect(creds.readBy).toEqual([
      'HelmRelease shoot--shop--prod/openstack-cloud-controller-manager', 'OpenStackCluster shoot--shop--prod/prod', 'Terraform shoot--shop--prod/infrastructure',
    ]);
  });

  test('a reference nobody satisfies is a problem naming the seed, file, object and field', () => {
    const { fleet, tree } = renderExample('openstack');
    const broken = mapObjects(tree, (o) => (o.kind === 'HelmRelease' && o.metadata.name === 'openstack-cloud-controller-manager' && o.metadata.namespace === 'shoot--shop--prod'
      ? { ...o, spec: { ...(o.spec as any), valuesFrom: [{ kind: 'Secret', name: 'nope', valuesKey: 'x' }] } } : o));
    expect(checkSecretReferences(fleet, broken).problems).toEqual([
      'seed nord-2: seeds/nord-2/shoots/shop--prod/system-components/system-components.yaml: HelmRelease shoot--shop--prod/openstack-cloud-controller-manager spec.valuesFrom[0]: '
        + 'Secret shoot--shop--prod/nope is neither rendered, nor made by a controller, nor a declared prerequisite of the seed',
    ]);
  });

  test('a kubeconfig Secret is made by the control plane that names it: without it, every reader is reported', () => {
    const { fleet, tree } = renderExample('openstack');
    const broken = mapObjects(tree, (o) => (o.kind === 'KamajiControlPlane' && o.metadata.namespace === 'shoot--shop--prod' ? undefined : o));
    const problems = checkSecretReferences(fleet, broken).problems;
    expect(problems.length).toBeGreaterThan(2);
    expect(problems.every((p: string) => p.includes('Secret shoot--shop--prod/prod-admin-kubeconfig is neither rendered'))).toBe(true);
  });
});
