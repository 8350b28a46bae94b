/**
 * The garden side's bootstrap (lib/pipeline/garden.ts, lib/render/flux/garden.ts,
 * lib/render/argocd/garden.ts) and its order check (lib/pipeline/garden-gates.ts): Gardener's
 * objects in stage folders, applied Project → (namespace ready) → CredentialsBindings → Shoots,
 * CloudProfiles and Seeds before Shoots, each step into its cluster; every example converges, and
 * each broken order is reported with file, object and field.
 */
import { ControlPlaneBackend, GitOpsEngine } from '../../lib';
import { Manifest, RenderedTree } from '../../lib/core/manifest';
import { renderFleet } from '../../lib/pipeline/render';
import { checkReadinessGates } from '../../lib/pipeline/readiness-gates';
import { checkGardenSecretReferences, checkSecretReferences } from '../../lib/pipeline/secret-references';
import { gardenArgoSteps } from '../../lib/pipeline/argo-waves';
import { checkGardenOrder, gardenFluxSteps } from '../../lib/pipeline/garden-gates';
import { layoutGarden } from '../../lib/pipeline/garden';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { buildOpenStackFleet } from '../../fleets/openstack';
import { EXAMPLE_FLEETS, NOW, renderExample } from '../support/fleets';

const BOOT = 'garden/flux-system/gotk-sync.yaml';
const REPO = './snapshots/openstack-gardener';

function objects(tree: RenderedTree, file: string): Manifest[] {
  const f = tree.get(file);
  if (f?.kind !== 'manifests') throw new Error(`no manifests at ${file}`);
  return f.objects;
}
const kustomization = (tree: RenderedTree, name: string) => objects(tree, BOOT).find((o) => o.kind === 'Kustomization' && o.metadata.name === name) as any;
const without = (tree: RenderedTree, drop: (p: string) => boolean): RenderedTree => new Map([...tree].filter(([p]) => !drop(p)));
const withObjects = (tree: RenderedTree, file: string, f: (list: Manifest[]) => Manifest[]): RenderedTree =>
  new Map([...tree].map(([p, x]) => [p, p === file && x.kind === 'manifests' ? { ...x, objects: f(x.objects) } : x]));

describe('openstack-gardener (Flux)', () => {
  const { fleet, tree } = renderExample('openstack-gardener');

  test('stage folders: base, and per project its Project, its CredentialsBindings and its Shoots', () => {
    expect([...tree.keys()].filter((p) => p.startsWith('garden/')).sort()).toEqual([
      'garden/base/cloudprofiles.yaml', 'garden/base/gardenlets.yaml', 'garden/base/kustomization.yaml',
      'garden/flux-system/gotk-sync.yaml', 'garden/flux-system/kustomization.yaml',
      'garden/prerequisites.json',
      ...['data', 'garden', 'platform', 'shop'].flatMap((p) => [
        `garden/projects/${p}/credentials/credentialsbindings.yaml`, `garden/projects/${p}/credentials/kustomization.yaml`,
        // Gardener's own project `garden` (namespace garden) holds the Shoot that ManagedSeed nord-2 turns into a seed.
        ...(p === 'garden' ? [`garden/projects/${p}/managed-seeds/kustomization.yaml`, `garden/projects/${p}/managed-seeds/managedseeds.yaml`] : []),
        `garden/projects/${p}/project/kustomization.yaml`, `garden/projects/${p}/project/projects.yaml`,
        `garden/projects/${p}/shoots/kustomization.yaml`, `garden/projects/${p}/shoots/shoots.yaml`,
      ]),
    ]);
    expect(objects(tree, 'garden/projects/shop/credentials/credentialsbindings.yaml').map((o) => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`))
      .toEqual(['CredentialsBinding garden-shop/openstack-credentials', 'CredentialsBinding garden-shop/openstack-shop']);
    expect(objects(tree, 'garden/projects/data/shoots/shoots.yaml').map((o) => o.metadata.name)).toEqual(['analytics', 'etl', 'lake']);
    expect(objects(tree, 'garden/base/cloudprofiles.yaml').map((o) => o.kind)).toEqual(['CloudProfile']);
  });

  test('the bootstrap: a GitRepository that sees garden/ only, and a root Kustomization applying garden/flux-system locally', () => {
    const [repo, root] = objects(tree, BOOT) as any[];
    expect(repo).toMatchObject({ kind: 'GitRepository', metadata: { name: 'seedbed-garden', namespace: 'flux-system' } });
    expect(repo.spec.ignore).toBe('/*\n!/snapshots/openstack-gardener/garden/');
    expect(repo.spec.secretRef).toEqual({ name: 'fleet-repo-auth' });
    expect(root).toMatchObject({ kind: 'Kustomization', metadata: { name: 'seedbed-garden' }, spec: { path: `${REPO}/garden/flux-system`, prune: true } });
    expect(root.spec.kubeConfig).toBeUndefined();
  });

  test.each([
    ['garden-base', 'garden/base', []],
    ['garden-data-project', 'garden/projects/data/project', []],
    ['garden-data-credentials', 'garden/projects/data/credentials', ['garden-data-project']],
    ['garden-data-shoots', 'garden/projects/data/shoots', ['garden-data-credentials', 'garden-base']],
    // prod runs on nord-2, the seed ManagedSeed garden/nord-2 registers: its step comes first.
    ['garden-shop-shoots', 'garden/projects/shop/shoots', ['garden-shop-credentials', 'garden-base', 'garden-garden-managed-seeds']],
    ['garden-garden-shoots', 'garden/projects/garden/shoots', ['garden-garden-credentials', 'garden-base']],
    ['garden-garden-managed-seeds', 'garden/projects/garden/managed-seeds', ['garden-garden-shoots', 'garden-base']],
  ])('%s applies %s into the garden cluster after %j, never pruning', (name, folder, dependsOn) => {
    const k = kustomization(tree, name);
    expect(k.spec.path).toBe(`${REPO}/${folder}`);
    expect(k.spec.kubeConfig).toEqual({ secretRef: { name: 'garden-kubeconfig', key: 'value' } });
    expect((k.spec.dependsOn ?? []).map((d: any) => d.name)).toEqual(dependsOn);
    expect(k.spec.prune).toBe(false);
    expect(k.spec.sourceRef).toEqual({ kind: 'GitRepository', name: 'seedbed-garden' });
  });

  test('a Project step waits for the namespace Gardener makes and for the Project to be Ready (not wait: true, which ignores healthChecks)', () => {
    const k = kustomization(tree, 'garden-platform-project');
    expect(k.spec.wait).toBeUndefined();
    expect(k.spec.healthChecks).toEqual([
      { apiVersion: 'v1', kind: 'Namespace', name: 'garden-platform' },
      { apiVersion: 'core.gardener.cloud/v1beta1', kind: 'Project', name: 'platform' },
    ]);
    expect(k.spec.healthCheckExprs).toEqual([
      { apiVersion: 'core.gardener.cloud/v1beta1', kind: 'Project', current: "status.phase == 'Ready'", failed: "status.phase == 'Failed'" },
    ]);
  });

  test('prerequisites: the kubeconfig and Git Secrets where Flux runs, the credentials and seed Secrets in the garden; no values', () => {
    const list = (tree.get('garden/prerequisites.json') as any).value.prerequisites as any[];
    const ids = list.map((p) => `${p.cluster} ${p.namespace}/${p.name}`);
    expect(ids).toEqual([
      'garden garden/backup-swift', 'garden garden/designate-seeds', 'garden garden/openstack-credentials',
      'garden garden-data/openstack-credentials', 'garden garden-platform/openstack-credentials',
      'garden garden-shop/openstack-credentials', 'garden garden-shop/openstack-shop',
      'gitops flux-system/fleet-repo-auth', 'gitops flux-system/garden-kubeconfig',
    ]);
    const kubeconfig = list.find((p) => p.name === 'garden-kubeconfig');
    expect(kubeconfig.keys).toEqual(['value']);
    expect(kubeconfig.readBy).toContain('Kustomization flux-system/garden-data-shoots');
    expect(list.find((p) => p.name === 'openstack-shop').readBy).toEqual(['CredentialsBinding garden-shop/openstack-shop']);
    expect(JSON.stringify(list)).not.toMatch(/"(data|stringData)"/);
  });

  test('every Secret the garden side reads is declared: no problems, and the list is what prerequisites.json holds', () => {
    expect(checkSecretReferences(fleet, tree).problems).toEqual([]);
    expect(checkGardenSecretReferences(fleet, tree).prerequisites).toEqual((tree.get('garden/prerequisites.json') as any).value.prerequisites);
  });

  test('adversarial: a step reading a kubeconfig nobody declares, and a binding whose Secret is not the fleet\'s, are reported', () => {
    let broken = withObjects(tree, BOOT, (list) => list.map((o) => (o.metadata.name === 'garden-data-shoots'
      ? { ...o, spec: { ...o.spec, kubeConfig: { secretRef: { name: 'gardn-kubeconfig', key: 'value' } } } } : o)));
    broken = withObjects(broken, 'garden/projects/data/credentials/credentialsbindings.yaml', (list) => list.map((o) => ({ ...o, credentialsRef: { ...o.credentialsRef, name: 'os-creds' } })));
    expect(checkGardenSecretReferences(fleet, broken).problems).toEqual([
      'garden: garden/projects/data/credentials/credentialsbindings.yaml: CredentialsBinding garden-data/openstack-credentials credentialsRef: '
        + 'Secret garden-data/os-creds (in cluster garden) is neither rendered nor a declared prerequisite of the garden',
      `garden: ${BOOT}: Kustomization flux-system/garden-data-shoots spec.kubeConfig.secretRef: Secret flux-system/gardn-kubeconfig `
        + '(in the cluster the garden\'s GitOps engine runs in) is neither rendered nor a declared prerequisite of the garden',
    ]);
  });

  test('the order converges', () => {
    expect(checkReadinessGates(fleet, tree)).toEqual([]);
    expect(gardenFluxSteps(tree)!.map((s) => s.name)).toContain('garden-shop-shoots');
  });

  test('adversarial: a Shoot in a project whose Project object is missing is reported', () => {
    // The Project of `data` is gone: its namespace belongs to no Project, so its objects cannot be admitted.
    const broken = without(tree, (p) => p.startsWith('garden/projects/data/project/'));
    const problems = checkGardenOrder(broken, gardenFluxSteps(broken)!);
    expect(problems).toEqual(expect.arrayContaining([
      'garden: garden/projects/data/shoots/shoots.yaml: Shoot garden-data/analytics metadata.namespace: namespace garden-data belongs to no Project rendered in garden/; '
        + 'Gardener makes a project namespace only for its Project',
      'garden: garden/projects/data/credentials/credentialsbindings.yaml: CredentialsBinding garden-data/openstack-credentials metadata.namespace: '
        + 'namespace garden-data belongs to no Project rendered in garden/; Gardener makes a project namespace only for its Project',
      `garden: ${BOOT}: garden-data-project spec.path: names no rendered folder`,
    ]));
  });

  test('adversarial: the same fleet laid out without its data Project puts the orphans in the base, and synth is refused', () => {
    const { fleet: f } = renderExample('openstack-gardener');
    const gardener: RenderedTree = new Map([...renderFleet(f)].filter(([p]) => p.startsWith('garden/projects/') || p.startsWith('garden/base/'))
      .map(([p, x]) => [p, x.kind === 'manifests' ? { ...x, objects: x.objects.filter((o) => !(o.kind === 'Project' && o.metadata.name === 'data')) } : x]));
    const laid = layoutGarden(f, gardener, new Map()).tree;
    expect(objects(laid, 'garden/base/shoots.yaml').map((o) => o.metadata.name)).toEqual(['analytics', 'etl', 'lake']);
    expect(checkGardenOrder(laid, gardenFluxSteps(laid)!)).toContain(
      'garden: garden/base/shoots.yaml: Shoot garden-data/analytics metadata.namespace: namespace garden-data belongs to no Project rendered in garden/; '
        + 'Gardener makes a project namespace only for its Project');
  });

  test('adversarial: Shoots in the same step as their CredentialsBinding and CloudProfile are reported (one dry-run refuses them)', () => {
    const broken = withObjects(tree, BOOT, (list) => list.map((o) => (o.metadata.name === 'garden-data-shoots'
      ? { ...o, spec: { ...o.spec, dependsOn: [{ name: 'garden-data-project' }] } } : o)));
    const problems = checkGardenOrder(broken, gardenFluxSteps(broken)!);
    expect(problems).toContain('garden: garden/projects/data/shoots/shoots.yaml: Shoot garden-data/etl spec.credentialsBindingName: CredentialsBinding garden-data/openstack-credentials '
      + 'is applied by garden-data-credentials, which is not applied before garden-data-shoots: the step is dry-run in one go and Gardener refuses the object until it exists');
    expect(problems).toContain('garden: garden/projects/data/shoots/shoots.yaml: Shoot garden-data/etl spec.cloudProfile: CloudProfile openstack '
      + 'is applied by garden-base, which is not applied before garden-data-shoots: the step is dry-run in one go and Gardener refuses the object until it exists');
    expect(problems.some((p) => p.includes('spec.seedName'))).toBe(true);
    expect(problems.some((p) => p.includes('metadata.namespace'))).toBe(false);
  });

  test('adversarial: a Project step without its health checks leaves the namespace ungated', () => {
    const broken = withObjects(tree, BOOT, (list) => list.map((o) => (o.metadata.name === 'garden-shop-project'
      ? { ...o, spec: { ...o.spec, healthChecks: undefined, healthCheckExprs: undefined } } : o)));
    const problems = checkGardenOrder(broken, gardenFluxSteps(broken)!);
    expect(problems).toContain('garden: garden/projects/shop/credentials/credentialsbindings.yaml: CredentialsBinding garden-shop/openstack-credentials metadata.namespace: '
      + 'no step before garden-shop-credentials waits for namespace garden-shop (a health check on the Namespace or on Project shop); '
      + "Gardener's project controller makes it after the Project is created");
    expect(problems.every((p) => p.includes('garden-shop'))).toBe(true);
  });

  test('adversarial: a health check on a Namespace no Project makes, and a folder no step applies', () => {
    const broken = withObjects(tree, BOOT, (list) => list.filter((o) => o.metadata.name !== 'garden-base').map((o) => (o.metadata.name === 'garden-data-project'
      ? { ...o, spec: { ...o.spec, healthChecks: [{ apiVersion: 'v1', kind: 'Namespace', name: 'garden-dta' }] } } : o)));
    const problems = checkGardenOrder(broken, gardenFluxSteps(broken)!);
    expect(problems).toContain(`garden: ${BOOT}: Kustomization garden-data-project spec.healthChecks: waits for Namespace garden-dta, which no Project applied by it or before it makes`);
    expect(problems).toContain('garden: garden/base/cloudprofiles.yaml: applied by no step of the garden\'s bootstrap');
  });
});

describe('Seeds registered by gardenlet (the example\'s Gardenlet objects, never bare Seeds)', () => {
  const { fleet, tree } = renderExample('openstack-gardener');
  const gardener: RenderedTree = new Map([...tree].filter(([p]) => p.startsWith('garden/base/') || p.startsWith('garden/projects/')));
  const laid = layoutGarden(fleet, gardener, new Map()).tree;
  const base = objects(laid, BOOT).find((o) => o.metadata.name === 'garden-base') as any;

  test('the base step waits for each Seed to exist (Gardenlets stay in the base though namespace garden is project garden\'s)', () => {
    expect(objects(laid, 'garden/base/gardenlets.yaml').map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['garden/nord-1', 'garden/sued-1']);
    expect(base.spec.healthChecks).toEqual(['nord-1', 'sued-1'].map((name) => ({ apiVersion: 'core.gardener.cloud/v1beta1', kind: 'Seed', name })));
    expect(base.spec.healthCheckExprs).toEqual([{ apiVersion: 'core.gardener.cloud/v1beta1', kind: 'Seed', current: 'true' }]);
    expect(checkGardenOrder(laid, gardenFluxSteps(laid)!)).toEqual([]);
  });

  test('adversarial: without that gate, every Shoot on such a seed is reported', () => {
    const broken = withObjects(laid, BOOT, (list) => list.map((o) => (o.metadata.name === 'garden-base'
      ? { ...o, spec: { ...o.spec, healthChecks: undefined, healthCheckExprs: undefined } } : o)));
    const problems = checkGardenOrder(broken, gardenFluxSteps(broken)!);
    expect(problems).toContain('garden: garden/projects/shop/shoots/shoots.yaml: Shoot garden-shop/staging spec.seedName: Seed nord-1 is registered by gardenlet '
      + 'for Gardenlet nord-1 (garden-base), and no step before garden-shop-shoots waits for it to exist');
    // Every Shoot on nord-1 or sued-1, the ManagedSeed's Shoot garden/nord-2 (hosted on nord-1) among them; prod (on nord-2) waits for the ManagedSeed's step.
    expect(problems).toHaveLength(9);
  });

  test('adversarial: a Shoot on a ManagedSeed\'s seed whose step does not wait for that step is reported', () => {
    const broken = withObjects(laid, BOOT, (list) => list.map((o) => (o.metadata.name === 'garden-shop-shoots'
      ? { ...o, spec: { ...o.spec, dependsOn: (o.spec as any).dependsOn.filter((d: any) => d.name !== 'garden-garden-managed-seeds') } } : o)));
    expect(checkGardenOrder(broken, gardenFluxSteps(broken)!)).toEqual([expect.stringContaining('Shoot garden-shop/prod spec.seedName')]);
  });
});

test('ManagedSeeds and their Shoots in the garden namespace: Shoots after the base, ManagedSeeds after the Shoots, each Seed waited for', () => {
  const { fleet, tree } = renderExample('openstack-gardener');
  const profile = objects(tree, 'garden/base/cloudprofiles.yaml');
  const shoot = (name: string): Manifest => ({
    apiVersion: 'core.gardener.cloud/v1beta1', kind: 'Shoot', metadata: { name, namespace: 'garden' },
    spec: { cloudProfile: { kind: 'CloudProfile', name: 'openstack' }, seedName: 'soil', region: 'eu-nord-1' },
  });
  const managedSeed = (name: string): Manifest => ({
    apiVersion: 'seedmanagement.gardener.cloud/v1alpha1', kind: 'ManagedSeed', metadata: { name, namespace: 'garden' }, spec: { shoot: { name } },
  });
  const soil: Manifest = { apiVersion: 'core.gardener.cloud/v1beta1', kind: 'Seed', metadata: { name: 'soil' }, spec: {} };
  const gardener: RenderedTree = new Map([
    ['garden/x/cloudprofiles.yaml', { kind: 'manifests', objects: [...profile, soil] }],
    ['garden/x/managedseeds.yaml', { kind: 'manifests', objects: [managedSeed('nord-1'), managedSeed('nord-2')] }],
    ['garden/x/shoots.yaml', { kind: 'manifests', objects: [shoot('nord-1'), shoot('nord-2')] }],
  ]);
  const laid = layoutGarden(fleet, gardener, new Map()).tree;
  expect([...laid.keys()].filter((p) => p.endsWith('.yaml') && !p.endsWith('kustomization.yaml')))
    .toEqual(['garden/base/cloudprofiles.yaml', 'garden/base/seeds.yaml', 'garden/shoots/shoots.yaml', 'garden/managed-seeds/managedseeds.yaml', BOOT]);
  const step = (name: string) => objects(laid, BOOT).find((o) => o.metadata.name === name) as any;
  expect(step('garden-shoots').spec.dependsOn).toEqual([{ name: 'garden-base' }]);
  expect(step('garden-managed-seeds').spec.dependsOn).toEqual([{ name: 'garden-shoots' }, { name: 'garden-base' }]);
  expect(step('garden-managed-seeds').spec.healthChecks).toEqual(['nord-1', 'nord-2'].map((name) => ({ apiVersion: 'core.gardener.cloud/v1beta1', kind: 'Seed', name })));
  expect(checkGardenOrder(laid, gardenFluxSteps(laid)!)).toEqual([]);
  // Adversarial: the ManagedSeeds in the Shoots' step (one dry-run: their Shoots do not exist yet).
  const moved = new Map([...laid].filter(([p]) => !p.startsWith('garden/managed-seeds/')));
  moved.set('garden/shoots/managedseeds.yaml', laid.get('garden/managed-seeds/managedseeds.yaml')!);
  const broken = withObjects(moved, BOOT, (list) => list.filter((o) => o.metadata.name !== 'garden-managed-seeds'));
  expect(checkGardenOrder(broken, gardenFluxSteps(broken)!)).toEqual(['nord-1', 'nord-2'].map((n) => `garden: garden/shoots/managedseeds.yaml: ManagedSeed garden/${n} spec.shoot.name: `
    + `Shoot garden/${n} is applied by garden-shoots, which is not applied before garden-shoots: the step is dry-run in one go and Gardener refuses the object until it exists`));
});

describe('openstack-multicluster: a step per hub, into the hub', () => {
  const { fleet, tree } = renderExample('openstack-multicluster');
  const boot = objects(tree, BOOT);

  test.each(['clusternet', 'clusterpedia', 'karmada', 'kubermatic', 'open-cluster-management'])('hub-%s', (system) => {
    const k = boot.find((o) => o.metadata.name === `hub-${system}`) as any;
    expect(k.spec).toMatchObject({
      path: `./snapshots/openstack-multicluster/garden/multicluster/${system}`,
      kubeConfig: { secretRef: { name: `hub-${system}-kubeconfig`, key: 'value' } },
      prune: true,
    });
    expect(k.spec.dependsOn).toBeUndefined();
  });

  test('no garden steps without Gardener shoots; hub Secrets are prerequisites in their hub', () => {
    // In the order the fleet declares its systems.
    expect(boot.map((o) => o.metadata.name)).toEqual(['seedbed-garden', 'seedbed-garden',
      'hub-karmada', 'hub-open-cluster-management', 'hub-clusternet', 'hub-clusterpedia', 'hub-kubermatic']);
    const list = (tree.get('garden/prerequisites.json') as any).value.prerequisites as any[];
    expect(list.filter((p) => p.cluster === 'gitops').map((p) => p.name)).toEqual(expect.arrayContaining(['hub-karmada-kubeconfig', 'hub-kubermatic-kubeconfig']));
    expect(list.some((p) => p.cluster === 'hub-karmada')).toBe(true);
    expect(checkReadinessGates(fleet, tree)).toEqual([]);
  });
});

describe('an Argo CD garden', () => {
  const fleet = resolveFleetOrThrow(buildOpenStackFleet({ variant: 'openstack-gardener', backend: ControlPlaneBackend.GARDENER, gitOpsEngine: GitOpsEngine.ARGOCD }), { now: NOW });
  const tree = renderFleet(fleet);
  const ARGO = 'garden/argocd/argocd.yaml';
  const app = (name: string) => objects(tree, ARGO).find((o) => o.kind === 'Application' && o.metadata.name === name) as any;

  test.each([
    ['garden-base', 0], ['garden-data-project', 1], ['garden-data-credentials', 2], ['garden-data-shoots', 3],
  ])('%s: sync wave %d, into the cluster `garden`', (name, wave) => {
    const a = app(name);
    expect(a.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe(String(wave));
    expect(a.spec.destination).toEqual({ name: 'garden' });
    expect(a.spec.syncPolicy.automated.prune).toBe(false);
  });

  test('argocd-cm judges Applications and Projects before the first wave', () => {
    const cm = objects(tree, ARGO).find((o) => o.kind === 'ConfigMap') as any;
    expect(cm.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('-1');
    expect(Object.keys(cm.data).sort()).toEqual([
      'resource.customizations.health.argoproj.io_Application', 'resource.customizations.health.core.gardener.cloud_Project',
      'resource.customizations.health.seedmanagement.gardener.cloud_Gardenlet', 'resource.customizations.health.seedmanagement.gardener.cloud_ManagedSeed']);
    expect(cm.data['resource.customizations.health.core.gardener.cloud_Project']).toContain('obj.status.phase == "Ready"');
  });

  test('the order converges; without the Application health check no wave waits, and it is reported', () => {
    expect(checkReadinessGates(fleet, tree)).toEqual([]);
    const broken = withObjects(tree, ARGO, (list) => list.map((o) => (o.kind === 'ConfigMap'
      ? { ...o, data: { 'resource.customizations.health.core.gardener.cloud_Project': 'x' } } : o)));
    const problems = checkGardenOrder(broken, gardenArgoSteps(broken)!);
    expect(problems).toContain('garden: garden/projects/data/shoots/shoots.yaml: Shoot garden-data/analytics metadata.namespace: '
      + 'Project data (garden-data-project) is not applied before garden-data-shoots, and its namespace garden-data only exists after it');
  });

  test('prerequisites: Argo CD cluster Secrets', () => {
    const list = (tree.get('garden/prerequisites.json') as any).value.prerequisites as any[];
    expect(list.find((p) => p.name === 'garden' && p.cluster === 'gitops')).toMatchObject({ namespace: 'argocd' });
  });
});

test.each(Object.keys(EXAMPLE_FLEETS))('%s: the garden order converges', (name) => {
  const { tree } = renderExample(name);
  const steps = gardenFluxSteps(tree) ?? gardenArgoSteps(tree) ?? [];
  expect(checkGardenOrder(tree, steps)).toEqual([]);
});
