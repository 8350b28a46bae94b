/**
 * The multicluster stage: the in-shoot objects of the multi-cluster systems get a stage of their
 * own after the addons (a Flux Kustomization into the shoot, or a third Argo CD Application), so
 * a shoot whose peering CRDs are not installed yet keeps healthy addons.
 */
import { buildOpenStackFleet } from '../../../fleets/openstack';
import { BurstPartners, GitOpsEngine, MultiClusterSystem } from '../../../lib';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';
import { renderFleet } from '../../../lib/pipeline/render';
import { Manifest } from '../../../lib/core/manifest';
import { NOW } from '../../support/fleets';

function render(gitOpsEngine: GitOpsEngine) {
  const garden = buildOpenStackFleet({ variant: 'stage-test', gitOpsEngine, multiCluster: { systems: [MultiClusterSystem.LIQO] } });
  const shoot = (key: string) => garden.shoots.find((s) => s.key === key)!;
  new BurstPartners(garden, 'burst', { consumer: shoot('data--analytics'), providers: [shoot('data--lake')] });
  const fleet = resolveFleetOrThrow(garden, { now: NOW });
  const tree = renderFleet(fleet);
  const dirOf = (key: string) => `seeds/${fleet.shoots.find((s) => s.key === key)!.seed}/shoots/${key}`;
  const objects = (file: string): Manifest[] => {
    const f = tree.get(file);
    if (!f || f.kind !== 'manifests') throw new Error(`no manifests at ${file}`);
    return f.objects;
  };
  return { fleet, tree, dirOf, objects };
}

describe('Flux', () => {
  const { tree, dirOf, objects } = render(GitOpsEngine.FLUX);

  test('a burst partner gets a multicluster Kustomization into the shoot, after its addons', () => {
    for (const key of ['data--analytics', 'data--lake']) {
      const chain = objects(`${dirOf(key)}/flux.yaml`);
      expect(chain.map((k) => k.metadata.name).slice(-2)).toEqual([`${key}-addons`, `${key}-multicluster`]);
      const [addons, peering] = chain.slice(-2);
      expect(peering.spec.dependsOn).toEqual([{ name: `${key}-addons` }]);
      expect(peering.spec.kubeConfig).toEqual(addons.spec.kubeConfig);
      expect(peering.spec.path).toBe(`./snapshots/stage-test/${dirOf(key)}/multicluster`);
      expect(peering.metadata.labels!['seedbed.io/stage']).toBe('multicluster');
    }
  });

  test('the peerings are in the multicluster stage, not in the addons', () => {
    const peering = objects(`${dirOf('data--analytics')}/multicluster/multicluster.yaml`);
    expect(peering.filter((o) => o.kind === 'ForeignCluster').map((o) => o.metadata.name)).toEqual(['data--lake']);
    expect(objects(`${dirOf('data--analytics')}/addons/addons.yaml`).some((o) => o.apiVersion.includes('liqo.io'))).toBe(false);
    expect(tree.get(`${dirOf('data--analytics')}/multicluster/kustomization.yaml`)).toMatchObject({ kind: 'kustomization', resources: ['multicluster.yaml'] });
  });

  test('a shoot without peerings has no multicluster stage', () => {
    expect(tree.has(`${dirOf('shop--prod')}/multicluster/multicluster.yaml`)).toBe(false);
    expect(objects(`${dirOf('shop--prod')}/flux.yaml`).map((k) => k.metadata.name).pop()).toBe('shop--prod-addons');
  });
});

describe('Argo CD', () => {
  const { dirOf, objects } = render(GitOpsEngine.ARGOCD);

  test('a burst partner gets a third Application into the shoot, one wave after the addons', () => {
    const apps = objects(`${dirOf('data--analytics')}/argocd.yaml`).filter((o) => o.kind === 'Application');
    expect(apps.map((a) => [a.metadata.name, a.metadata.annotations!['argocd.argoproj.io/sync-wave']])).toEqual([
      ['data--analytics-addons', '6'], ['data--analytics-multicluster', '7'],
    ]);
    expect(apps[1].spec.destination).toEqual(apps[0].spec.destination);
    expect(apps[1].spec.source.path).toBe(`snapshots/stage-test/${dirOf('data--analytics')}/multicluster`);
  });

  test('the multicluster folder is not a sync wave of the shoot\'s Application in the seed', () => {
    const kustomization = render(GitOpsEngine.ARGOCD).tree.get(`${dirOf('data--analytics')}/kustomization.yaml`) as any;
    expect(kustomization.resources).not.toContain('multicluster');
    expect(kustomization.resources).not.toContain('addons');
  });

  test('a shoot without peerings has only the addons Application', () => {
    const apps = objects(`${dirOf('shop--prod')}/argocd.yaml`).filter((o) => o.kind === 'Application');
    expect(apps.map((a) => a.metadata.name)).toEqual(['shop--prod-addons']);
  });
});
