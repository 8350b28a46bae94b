/**
 * The controllers a seed must run (lib/pipeline/seed-controllers.ts): every kind a seed applies
 * maps to one, with the namespace and pod labels the NetworkPolicy flows admit; a kind nobody
 * reconciles fails the check; and the README's "Bootstrap a seed" section lists exactly the
 * controllers and the Secrets/stores the checks name for the example fleets.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Manifest, RenderedTree } from '../../lib/core/manifest';
import { prerequisitesFile } from '../../lib/layout/paths';
import { checkSeedControllers, SeedController, seedControllers } from '../../lib/pipeline/seed-controllers';
import type { SeedPrerequisite } from '../../lib/pipeline/secret-references';
import { EXAMPLE_FLEETS, renderExample, REPO_ROOT } from '../support/fleets';

const obj = (apiVersion: string, kind: string, extra: Record<string, unknown> = {}, namespace = 'shoot--p--s'): Manifest =>
  ({ apiVersion, kind, metadata: { name: kind.toLowerCase(), namespace }, spec: {}, ...extra } as Manifest);

describe('the controller of each kind', () => {
  const { seed } = (() => { const { fleet } = renderExample('openstack'); return { seed: fleet.seeds[0] }; })();
  const controllersOf = (...objects: Manifest[]) => seedControllers(seed, objects.map((object) => ({ file: 'seeds/x/f.yaml', object })));

  test.each<[string, Manifest, Partial<SeedController>]>([
    ['GitRepository: source-controller in flux-system', obj('source.toolkit.fluxcd.io/v1', 'GitRepository'), { name: 'Flux source-controller', namespace: 'flux-system', version: 'v2.9.4' }],
    ['Kustomization (Flux): kustomize-controller', obj('kustomize.toolkit.fluxcd.io/v1', 'Kustomization'), { name: 'Flux kustomize-controller', namespace: 'flux-system' }],
    ['HelmRelease: helm-controller', obj('helm.toolkit.fluxcd.io/v2', 'HelmRelease'), { name: 'Flux helm-controller', namespace: 'flux-system' }],
    ['Terraform: tofu-controller with the labels the runner policy admits', obj('infra.contrib.fluxcd.io/v1alpha2', 'Terraform'),
      { name: 'tofu-controller', namespace: 'flux-system', podLabels: { 'app.kubernetes.io/name': 'tofu-controller' }, version: 'v0.16.5' }],
    ['DataStore: Kamaji in kamaji-system', obj('kamaji.clastix.io/v1alpha1', 'DataStore'), { name: 'Kamaji', namespace: 'kamaji-system' }],
    ['KamajiControlPlane: the Kamaji provider, not Cluster API core', obj('controlplane.cluster.x-k8s.io/v1alpha2', 'KamajiControlPlane'), { name: 'Kamaji Cluster API control plane provider', version: 'v0.20.0' }],
    ['KubeadmControlPlane: the kubeadm control plane provider', obj('controlplane.cluster.x-k8s.io/v1beta2', 'KubeadmControlPlane'), { name: 'Cluster API kubeadm control plane provider' }],
    ['K0smotronControlPlane: k0smotron in its namespace', obj('controlplane.cluster.x-k8s.io/v1beta1', 'K0smotronControlPlane'), { name: 'k0smotron', namespace: 'k0smotron' }],
    ['K0sWorkerConfigTemplate: k0smotron', obj('bootstrap.cluster.x-k8s.io/v1beta1', 'K0sWorkerConfigTemplate'), { name: 'k0smotron' }],
    ['JoinTokenRequest: k0smotron', obj('k0smotron.io/v1beta1', 'JoinTokenRequest'), { name: 'k0smotron' }],
    ['OpenStackCluster: CAPO at the seed\'s version', obj('infrastructure.cluster.x-k8s.io/v1beta1', 'OpenStackCluster'), { name: 'Cluster API provider OpenStack (CAPO)' }],
    ['VSphereMachineTemplate: CAPV', obj('infrastructure.cluster.x-k8s.io/v1beta1', 'VSphereMachineTemplate'), { name: 'Cluster API provider vSphere (CAPV)', version: 'v1.16.1' }],
    ['ExternalSecret: the External Secrets Operator', obj('external-secrets.io/v1', 'ExternalSecret'), { name: 'External Secrets Operator' }],
    ['Application: Argo CD where the Applications live', obj('argoproj.io/v1alpha1', 'Application', {}, 'argocd'), { name: 'Argo CD', namespace: 'argocd', version: 'v3.5.1' }],
    ['NetworkPolicy: a network plugin that enforces it', obj('networking.k8s.io/v1', 'NetworkPolicy'), { name: 'a CNI enforcing NetworkPolicy (the seed\'s network plugin)' }],
  ])('%s', (_why, object, expected) => {
    const { controllers, problems } = controllersOf(object);
    expect(problems).toEqual([]);
    expect(controllers).toHaveLength(1);
    expect(controllers[0]).toMatchObject({ ...expected, reconciles: [object.kind] });
  });

  test('built-in kinds need no controller of their own: nothing listed, nothing reported', () => {
    expect(controllersOf(obj('v1', 'ConfigMap'), obj('rbac.authorization.k8s.io/v1', 'Role'), obj('batch/v1', 'CronJob'), obj('policy/v1', 'PodDisruptionBudget')))
      .toEqual({ controllers: [], problems: [] });
  });

  test('a kind served by two groups is named with its group', () => {
    const { controllers } = controllersOf(obj('cluster.x-k8s.io/v1beta2', 'Cluster'), obj('k0smotron.io/v1beta1', 'Cluster'));
    expect(controllers.map((c) => [c.name, c.reconciles])).toEqual([
      ['Cluster API', ['Cluster (cluster.x-k8s.io)']], ['k0smotron', ['Cluster (k0smotron.io)']],
    ]);
  });

  test('an Ignition KubeadmConfigTemplate needs the bootstrap provider\'s feature gate; a cloud-config one does not', () => {
    const ignition = obj('bootstrap.cluster.x-k8s.io/v1beta2', 'KubeadmConfigTemplate', { spec: { template: { spec: { format: 'ignition' } } } });
    expect(controllersOf(ignition).controllers[0].settings).toEqual(['feature gate KubeadmBootstrapFormatIgnition (EXP_KUBEADM_BOOTSTRAP_FORMAT_IGNITION=true)']);
    expect(controllersOf(obj('bootstrap.cluster.x-k8s.io/v1beta2', 'KubeadmConfigTemplate')).controllers[0].settings).toBeUndefined();
  });

  test('the external-dns hostname annotation anywhere in an object names external-dns', () => {
    const tcp = obj('kamaji.clastix.io/v1alpha1', 'TenantControlPlane', { spec: { controlPlane: { service: { additionalMetadata: { annotations: { 'external-dns.alpha.kubernetes.io/hostname': 'api.x' } } } } } });
    expect(controllersOf(tcp).controllers.map((c) => [c.name, c.reconciles])).toEqual([['Kamaji', ['TenantControlPlane']], ['external-dns', ['TenantControlPlane']]]);
    // The annotation's value, or a look-alike key, is not the annotation.
    const lookAlike = obj('kamaji.clastix.io/v1alpha1', 'TenantControlPlane', { spec: { note: 'external-dns.alpha.kubernetes.io/hostname', x: { 'external-dns.alpha.kubernetes.io/target': 'y' } } });
    expect(controllersOf(lookAlike).controllers.map((c) => c.name)).toEqual(['Kamaji']);
  });

  test('each group and kind keeps its own controller, asked in any order and again (the rows are looked up once per pair)', () => {
    const pairs: Array<[string, string, string | undefined]> = [
      ['controlplane.cluster.x-k8s.io/v1alpha2', 'KamajiControlPlane', 'Kamaji Cluster API control plane provider'],
      ['controlplane.cluster.x-k8s.io/v1beta2', 'KubeadmControlPlane', 'Cluster API kubeadm control plane provider'],
      ['controlplane.cluster.x-k8s.io/v1beta1', 'K0smotronControlPlane', 'k0smotron'],
      ['controlplane.cluster.x-k8s.io/v1beta1', 'SomethingElse', undefined],
      ['cluster.x-k8s.io/v1beta2', 'Cluster', 'Cluster API'],
      ['k0smotron.io/v1beta1', 'Cluster', 'k0smotron'],
      // Look-alikes: a group that ends where another's kind starts.
      ['controlplane.cluster.x-k8s.io.evil/v1', 'KamajiControlPlane', undefined],
      ['cluster.x-k8s.io/v1beta2', 'ClusterClass', 'Cluster API'],
    ];
    for (const round of [pairs, [...pairs].reverse(), pairs]) {
      for (const [apiVersion, kind, name] of round) {
        const { controllers, problems } = controllersOf(obj(apiVersion, kind));
        expect([apiVersion, kind, controllers.map((c) => c.name)]).toEqual([apiVersion, kind, name ? [name] : []]);
        expect(problems).toHaveLength(name ? 0 : 1);
      }
    }
  });

  test('a kind no controller is known for: reported with seed, file, object and apiVersion, and left out of the list', () => {
    const cert = obj('cert-manager.io/v1', 'Certificate');
    const { controllers, problems } = controllersOf(cert, obj('infra.contrib.fluxcd.io/v1alpha2', 'Terraform'));
    expect(controllers.map((c) => c.name)).toEqual(['tofu-controller']);
    expect(problems).toEqual([
      `seed ${seed.name}: seeds/x/f.yaml: Certificate shoot--p--s/certificate: no controller seedbed knows reconciles cert-manager.io/v1 Certificate, so the seed's prerequisites cannot name it`,
    ]);
  });
});

/** Each example's seeds' prerequisites.json, as renderFleet writes them. */
const lists = new Map<string, Array<{ controllers: SeedController[]; prerequisites: SeedPrerequisite[] }>>();
function listsOf(name: string) {
  if (!lists.has(name)) {
    const { fleet, tree } = renderExample(name);
    expect(checkSeedControllers(fleet, tree)).toEqual([]);
    lists.set(name, fleet.seeds.map((s) => {
      const f = tree.get(prerequisitesFile(s.name));
      if (f?.kind !== 'json') throw new Error(`${name}: no ${prerequisitesFile(s.name)}`);
      return f.value as { controllers: SeedController[]; prerequisites: SeedPrerequisite[] };
    }));
  }
  return lists.get(name)!;
}

describe('the example fleets', () => {
  test.each(Object.keys(EXAMPLE_FLEETS))('%s: every kind a seed applies has its controller, listed in prerequisites.json', (name) => {
    for (const list of listsOf(name)) expect(list.controllers.length).toBeGreaterThan(0);
  });

  test('an Argo CD seed needs Flux\'s source- and helm-controller but not its kustomize-controller', () => {
    const names = listsOf('vsphere-argocd')[0].controllers.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Argo CD', 'Flux source-controller', 'Flux helm-controller', 'External Secrets Operator']));
    expect(names).not.toContain('Flux kustomize-controller');
  });

  test('a kind added to a seed that nothing reconciles fails the check', () => {
    const { fleet, tree } = renderExample('openstack');
    const file = 'seeds/nord-1/datastores/datastores.yaml';
    const f = tree.get(file)!;
    if (f.kind !== 'manifests') throw new Error('expected manifests');
    const broken: RenderedTree = new Map(tree);
    broken.set(file, { ...f, objects: [...f.objects, obj('monitoring.coreos.com/v1', 'ServiceMonitor', {}, 'kamaji-system')] });
    expect(checkSeedControllers(fleet, broken)).toEqual([
      `seed nord-1: ${file}: ServiceMonitor kamaji-system/servicemonitor: no controller seedbed knows reconciles monitoring.coreos.com/v1 ServiceMonitor, so the seed's prerequisites cannot name it`,
    ]);
  });
});

describe('README "Bootstrap a seed" lists exactly what the checks name for the example fleets', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Bootstrap a seed\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
  /** The rows of the markdown table whose header starts with `| <first> |`, as cells. */
  const table = (first: string): string[][] => {
    const lines = section.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`| ${first} |`));
    if (at < 0) throw new Error(`README "Bootstrap a seed" has no table starting with "${first}"`);
    const rows: string[][] = [];
    for (const l of lines.slice(at + 2)) {
      if (!l.startsWith('|')) break;
      rows.push(l.slice(1, -1).split('|').map((c) => c.trim()));
    }
    return rows;
  };
  // `Kind (group)` and a closing remark in parentheses are read as the kind.
  const splitKinds = (cell: string) => cell.split(',').map((k) => k.replace(/\s*\(.*\)\s*$/, '').trim()).filter((k) => k !== '').sort();

  /** What every example's seeds need: controller → namespace, pod labels, kinds (union). */
  const named = () => {
    const out = new Map<string, { namespace?: string; podLabels?: Record<string, string>; reconciles: Set<string> }>();
    for (const name of Object.keys(EXAMPLE_FLEETS)) {
      for (const { controllers } of listsOf(name)) {
        for (const c of controllers) {
          const e = out.get(c.name) ?? { namespace: c.namespace, podLabels: c.podLabels, reconciles: new Set<string>() };
          expect([c.name, c.namespace, c.podLabels]).toEqual([c.name, e.namespace, e.podLabels]);
          for (const k of c.reconciles) e.reconciles.add(k.replace(/ \(.*\)$/, ''));
          out.set(c.name, e);
        }
      }
    }
    return out;
  };

  test('the controllers: the same names, namespaces, pod labels and kinds', () => {
    const expected = named();
    const rows = table('controller');
    expect(rows.map((r) => r[0]).sort()).toEqual([...expected.keys()].sort());
    for (const [name, where, kinds] of rows) {
      const e = expected.get(name)!;
      const [, ns, labels] = /^(?:`([^`]+)`)?\s*(?:\(`([^`]+)`\))?$/.exec(where) ?? [];
      const podLabels = labels ? Object.fromEntries(labels.split(',').map((kv) => kv.split(':').map((x) => x.trim()))) : undefined;
      expect({ name, namespace: ns, podLabels, reconciles: splitKinds(kinds) })
        .toEqual({ name, namespace: e.namespace, podLabels: e.podLabels, reconciles: [...e.reconciles].sort() });
    }
  });

  /** Each prerequisite the check names, by what it is for (its purpose, written by lib/pipeline/secret-references.ts). */
  const CATEGORIES: Array<[string, RegExp]> = [
    ['Git credentials of the platform repository', /^Git credentials of the platform repository /],
    ['SOPS age key', /^private age key that decrypts /],
    ['DataStore credentials and certificates', /^DataStore \S+ credentials\/certificates$/],
    ['Shoot infrastructure credentials (SOPS)', /^infrastructure credentials of shoot .*; commit it SOPS-encrypted as /],
    ['Shoot infrastructure credentials (manual)', /^infrastructure credentials of shoot .*; create it in the seed$/],
    ['External Secrets store', /^External Secrets store /],
    ['Terraform state credentials', /^credentials of the Terraform state backend$/],
  ];

  test('the Secrets and stores: one row per kind of prerequisite the examples need, with its kind', () => {
    const expected = new Map<string, Set<string>>();
    for (const name of Object.keys(EXAMPLE_FLEETS)) {
      for (const { prerequisites } of listsOf(name)) {
        for (const p of prerequisites) {
          const category = CATEGORIES.find(([, re]) => re.test(p.purpose));
          // A prerequisite of a new kind needs a row here and in the README.
          expect([p.kind, p.name, p.purpose, category !== undefined]).toEqual([p.kind, p.name, p.purpose, true]);
          expected.set(category![0], (expected.get(category![0]) ?? new Set()).add(p.kind));
        }
      }
    }
    const rows = table('Secret or store');
    expect(rows.map((r) => r[0]).sort()).toEqual([...expected.keys()].sort());
    for (const [label, kind] of rows) expect([label, kind]).toEqual([label, [...expected.get(label)!].join(', ')]);
  });
});
