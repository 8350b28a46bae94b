import { GitOpsEngine } from '../../../lib';
import { objectsOf, one, renderFleetFile, renderSmall } from '../capi/support';

const WAVE = 'argocd.argoproj.io/sync-wave';

describe('Argo CD engine (vsphere-argocd)', () => {
  const { fleet, tree } = renderFleetFile('vsphere-argocd');

  test('same layout; argocd/ instead of flux-system/; of Flux only the GitRepository tofu-controller reads stacks from', () => {
    for (const seed of fleet.seeds) {
      expect(tree.get(`seeds/${seed.name}/kustomization.yaml`)).toEqual({ kind: 'kustomization', resources: ['argocd', 'datastores', 'management', 'addon-sources'] });
      expect(tree.has(`seeds/${seed.name}/flux-system/gotk-sync.yaml`)).toBe(false);
    }
    expect(objectsOf(tree, 'Kustomization')).toEqual([]);
    expect(objectsOf(tree, 'GitRepository').map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['flux-system/seedbed', 'flux-system/seedbed']);
    const terraform = objectsOf(tree, 'Terraform', 'seeds/muc-1/');
    expect(terraform.length).toBeGreaterThan(0);
    for (const t of terraform) expect(t.spec.sourceRef).toEqual({ kind: 'GitRepository', name: 'seedbed', namespace: 'flux-system' });
    expect(tree.get('seeds/muc-1/shoots/apps--erp/kustomization.yaml')).toMatchObject({
      // credentials: the ExternalSecret of the shoot's credentials binding (vSphere fleets deliver them so), in the namespace's wave.
      kind: 'kustomization', resources: ['namespace.yaml', 'argocd.yaml', 'credentials', 'infrastructure', 'control-plane', 'system-components', 'workers'],
    });
  });

  test('an AppProject per seed limited to the platform repo (and the CNI\'s chart repository), the seed and the shoots\' clusters', () => {
    const project = one(tree, 'AppProject', 'seedbed-muc-1', 'argocd');
    expect(project.spec.sourceRepos).toEqual(['ssh://git@git.corp.example/platform/clusters.git', 'https://helm.cilium.io/']);
    expect(project.spec.destinations).toEqual([{ server: 'https://kubernetes.default.svc', namespace: '*' }, { name: 'shoot--*', namespace: '*' }]);
  });

  test('an ApplicationSet with a git directory generator over the seed\'s shoots', () => {
    const sets = objectsOf(tree, 'ApplicationSet', 'seeds/muc-1/');
    expect(sets.map((s) => `${s.metadata.namespace}/${s.metadata.name}`)).toEqual(['argocd/seedbed-shoots']);
    const set = sets[0];
    expect(set.spec.generators).toEqual([{
      git: { repoURL: 'ssh://git@git.corp.example/platform/clusters.git', revision: 'main', directories: [{ path: 'snapshots/vsphere-argocd/seeds/muc-1/shoots/*' }] },
    }]);
    expect(set.spec.template.spec.source.path).toBe('{{.path.path}}');
    expect(set.spec.template.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'shoot--{{.path.basename}}' });
    expect(set.spec.syncPolicy).toEqual({ preserveResourcesOnDeletion: true });
    // Every shoot folder the generator finds holds a shoot of this seed.
    const dirs = [...tree.keys()].filter((p) => /^seeds\/muc-1\/shoots\/[^/]+\/kustomization\.yaml$/.test(p)).map((p) => p.split('/')[3]);
    expect(dirs.sort()).toEqual(fleet.seeds.find((s) => s.name === 'muc-1')!.shoots);
  });

  test('sync waves: namespace -1, infrastructure 0, control plane 1, system components 2 (the CNI Application 3), workers 5, addons Application 6', () => {
    const waves = (prefix: string) => [...new Set(objectsOf(tree, undefined, prefix).map((o) => o.metadata.annotations?.[WAVE]))];
    const dir = 'seeds/muc-1/shoots/apps--erp/';
    expect(waves(`${dir}namespace.yaml`)).toEqual(['-1']);
    expect(waves(`${dir}infrastructure/`)).toEqual(['0']);
    expect(waves(`${dir}control-plane/`)).toEqual(['1']);
    expect(waves(`${dir}system-components/`).sort()).toEqual(['2', '3']);
    expect(waves(`${dir}argocd.yaml`).sort()).toEqual(['2', '6']);
    expect(waves(`${dir}workers/`)).toEqual(['5']);
    const app = one(tree, 'Application', 'apps--erp-addons', 'argocd');
    expect(app.metadata.annotations?.[WAVE]).toBe('6');
    expect(app.spec.destination).toEqual({ name: 'shoot--apps--erp' });
    expect(app.spec.source.path).toBe('snapshots/vsphere-argocd/seeds/muc-1/shoots/apps--erp/addons');
    // The addons themselves are applied inside the shoot, as with Flux.
    expect(waves(`${dir}addons/`)).toEqual([undefined]);
  });

  test('stateful objects keep Argo CD\'s prune protection instead of Flux\'s', () => {
    const kcp = one(tree, 'KamajiControlPlane', 'erp', 'shoot--apps--erp');
    expect(kcp.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false', [WAVE]: '1' });
    expect(JSON.stringify(objectsOf(tree))).not.toContain('kustomize.toolkit.fluxcd.io/prune');
  });

  test('the shoot\'s cluster Secret is made from the kubeconfig Secret by reference; no credential is rendered', () => {
    const es = one(tree, 'ExternalSecret', 'cluster-shoot--apps--erp', 'argocd');
    expect(es.spec.data).toEqual([{ secretKey: 'kubeconfig', remoteRef: { key: 'erp-admin-kubeconfig', property: 'admin.svc' } }]);
    expect(es.spec.target.template.metadata.labels['argocd.argoproj.io/secret-type']).toBe('cluster');
    expect(es.spec.target.template.data.name).toBe('shoot--apps--erp');
    const store = one(tree, 'SecretStore', 'shoot--apps--erp', 'argocd');
    expect(store.spec.provider.kubernetes.remoteNamespace).toBe('shoot--apps--erp');
    const role = one(tree, 'Role', 'seedbed-kubeconfig-reader', 'shoot--apps--erp');
    expect(role.rules).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: ['erp-admin-kubeconfig'], verbs: ['get', 'list', 'watch'] }]);
    expect(objectsOf(tree, 'Secret')).toEqual([]);
  });

  test('a small fleet switched to Argo CD renders the same stage objects as with Flux, plus waves', () => {
    const flux = renderSmall();
    const argo = renderSmall({ gitOpsEngine: GitOpsEngine.ARGOCD });
    const strip = (o: any) => {
      const { [WAVE]: _w, 'argocd.argoproj.io/sync-options': _s, 'kustomize.toolkit.fluxcd.io/prune': _p, ...rest } = o.metadata.annotations ?? {};
      return { ...o, metadata: { ...o.metadata, annotations: Object.keys(rest).length ? rest : undefined } };
    };
    for (const stage of ['control-plane', 'workers', 'addons']) {
      const path = `seeds/seed-1/shoots/shop--web/${stage}/${stage}.yaml`;
      expect(objectsOf(argo.tree, undefined, path).map(strip)).toEqual(objectsOf(flux.tree, undefined, path).map(strip));
    }
  });
});

describe('the CNI as an Argo CD Application (cloud provider charts stay HelmReleases)', () => {
  const flux = renderSmall();
  const argo = renderSmall({ gitOpsEngine: GitOpsEngine.ARGOCD });
  const path = 'seeds/seed-1/shoots/shop--web/system-components/system-components.yaml';

  test('same chart, version, release name, namespace and values as the Flux HelmRelease; into the shoot\'s cluster, in the seed\'s AppProject', () => {
    const release = one(flux.tree, 'HelmRelease', 'cilium', 'shoot--shop--web');
    const app = one(argo.tree, 'Application', 'shop--web-cilium', 'argocd');
    expect(objectsOf(argo.tree, 'HelmRelease', path).map((o) => o.metadata.name)).not.toContain('cilium');
    expect(app.spec).toEqual({
      project: 'seedbed-seed-1',
      source: {
        repoURL: 'https://helm.cilium.io/',
        chart: release.spec.chart.spec.chart,
        targetRevision: release.spec.chart.spec.version,
        helm: { releaseName: release.spec.releaseName, valuesObject: release.spec.values },
      },
      destination: { name: 'shoot--shop--web', namespace: release.spec.targetNamespace },
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: ['ServerSideApply=true', 'CreateNamespace=true'],
        retry: { limit: -1, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } },
      },
    });
    expect(release.spec.install.createNamespace).toBe(true);
    // The destination is the cluster the addons' Application uses, whose Secret the shoot's ExternalSecret makes.
    expect(one(argo.tree, 'Application', 'shop--web-addons', 'argocd').spec.destination.name).toBe(app.spec.destination.name);
    expect(one(argo.tree, 'ExternalSecret', 'cluster-shoot--shop--web', 'argocd').spec.target.template.data.name).toBe(app.spec.destination.name);
    const project = one(argo.tree, 'AppProject', 'seedbed-seed-1', 'argocd');
    expect(project.spec.sourceRepos).toContain(app.spec.source.repoURL);
    expect(project.spec.destinations).toContainEqual({ name: 'shoot--*', namespace: '*' });
  });

  test('the cloud provider\'s HelmReleases are unchanged; only their sources stay (no cilium HelmRepository on the Argo seed)', () => {
    const strip = (o: any) => {
      const { [WAVE]: _w, ...rest } = o.metadata.annotations ?? {};
      return { ...o, metadata: { ...o.metadata, annotations: Object.keys(rest).length ? rest : undefined } };
    };
    const cloud = (t: any) => objectsOf(t, 'HelmRelease', path).filter((o) => o.metadata.name !== 'cilium').map(strip);
    expect(cloud(argo.tree).map((o: any) => o.metadata.name)).toEqual(['openstack-cloud-controller-manager', 'openstack-cinder-csi']);
    expect(cloud(argo.tree)).toEqual(cloud(flux.tree));
    const names = (t: any) => objectsOf(t, 'HelmRepository').map((o) => o.metadata.name);
    expect(names(flux.tree)).toEqual(['cilium', 'cloud-provider-openstack']);
    expect(names(argo.tree)).toEqual(['cloud-provider-openstack']);
  });

  test('Calico: the CRDs\' Application a wave before the operator\'s, as the HelmRelease dependsOn orders them; same values', () => {
    const { NetworkingType } = require('../../../lib/core/types');
    const { cniReleases } = require('../../../lib/render/addons/system-components');
    const { renderCniApplications } = require('../../../lib/render/argocd');
    const shoot = { ...argo.shoot, networking: { ...argo.shoot.networking, type: NetworkingType.CALICO } };
    const releases = cniReleases(shoot, { apiHost: 'api.example', apiPort: 6443, kubeProxy: true });
    expect(releases.map((r: any) => [r.name, r.dependsOn])).toEqual([['calico-crds', []], ['calico', ['calico-crds']]]);
    const apps = renderCniApplications(argo.fleet, argo.fleet.seeds[0], shoot, releases);
    expect(apps.map((a: any) => [a.metadata.name, a.metadata.annotations[WAVE], a.spec.source.chart, a.spec.destination.namespace])).toEqual([
      ['shop--web-calico-crds', '3', 'crd.projectcalico.org.v1', 'tigera-operator'],
      ['shop--web-calico', '4', 'tigera-operator', 'tigera-operator'],
    ]);
    expect(apps[0].spec.source.helm).toEqual({ releaseName: 'calico-crds' });
    expect(apps[1].spec.source.helm.valuesObject).toEqual(releases[1].values);
    expect(apps[0].spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
  });

  test('adversarial: a release reading a Secret, or depending on one not rendered as an Application, is refused (API misuse)', () => {
    const { cniReleases } = require('../../../lib/render/addons/system-components');
    const { renderCniApplications } = require('../../../lib/render/argocd');
    const [cilium] = cniReleases(argo.shoot, { apiHost: 'api.example', apiPort: 6443, kubeProxy: true });
    const seed = argo.fleet.seeds[0];
    expect(() => renderCniApplications(argo.fleet, seed, argo.shoot, [{ ...cilium, valuesFrom: [{ secret: 's', key: 'k', targetPath: 'a' }] }]))
      .toThrow('release cilium: values from Secrets or post-render patches cannot be given to an Argo CD Application');
    expect(() => renderCniApplications(argo.fleet, seed, argo.shoot, [{ ...cilium, dependsOn: ['vsphere-cpi'] }]))
      .toThrow('release cilium: depends on vsphere-cpi, which is not among the releases rendered as Applications');
  });

  test('argocd-cm judges an Application by its sync, not by its pods (which wait for nodes of a later wave)', () => {
    const { ARGO_HEALTH_CHECKS } = require('../../../lib/render/argocd');
    const lua = ARGO_HEALTH_CHECKS['argoproj.io_Application'];
    expect(lua).toContain('obj.status.operationState.phase');
    expect(lua).toContain('obj.status.sync.status == "Synced"');
    expect(lua).not.toContain('obj.status.health');
  });
});

describe('Argo CD health checks for the kinds the waves gate on', () => {
  const { fleet, tree } = renderFleetFile('vsphere-argocd');
  test('every kind a Flux stage gates on (any example fleet), and HelmRelease, has a Lua check in every Argo seed\'s argocd-cm', () => {
    const { ARGO_HEALTH_CHECKS } = require('../../../lib/render/argocd');
    const gated = new Set<string>(['helm.toolkit.fluxcd.io_HelmRelease']);
    for (const name of ['openstack', 'openstack-k0smotron', 'openstack-cluster-api', 'vsphere']) {
      const { tree: t } = require('../../support/fleets').renderExample(name);
      for (const k of objectsOf(t, 'Kustomization')) {
        for (const h of k.spec.healthCheckExprs ?? []) gated.add(`${h.apiVersion.split('/')[0]}_${h.kind}`);
      }
    }
    expect([...gated].filter((k) => ARGO_HEALTH_CHECKS[k] === undefined)).toEqual([]);
    const cms = objectsOf(tree, 'ConfigMap').filter((o) => o.metadata.name === 'argocd-cm');
    expect(cms).toHaveLength(fleet.seeds.length);
    for (const cm of cms) {
      expect(cm.metadata.namespace).toBe('argocd');
      expect(cm.metadata.annotations?.['argocd.argoproj.io/sync-options']).toBe('ServerSideApply=true');
      for (const k of gated) expect(cm.data[`resource.customizations.health.${k}`]).toMatch(/^hs = \{\}\n[\s\S]*return hs$/);
    }
  });
});
