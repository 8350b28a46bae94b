/** The rendered garden/ objects pass the Gardener rules seedbed mirrors; a tampered tree fails synth's check (lib/pipeline/gardener-rules.ts). */
import { checkGardenerRules } from '../../lib/pipeline/gardener-rules';
import { RenderedTree } from '../../lib/core/manifest';
import { FLEET_FILES, renderFleetFile } from '../render/capi/support';

describe('checkGardenerRules', () => {
  test.each(FLEET_FILES)('%s: no problem', (name) => {
    expect(checkGardenerRules(renderFleetFile(name).tree)).toEqual([]);
  });

  it('reports a tampered ManagedSeed and a Shoot that lost its toleration', () => {
    const tree: RenderedTree = new Map(JSON.parse(JSON.stringify([...renderFleetFile('openstack-gardener').tree])));
    const seeds = tree.get('garden/projects/garden/managed-seeds/managedseeds.yaml')!;
    if (seeds.kind !== 'manifests') throw new Error('managedseeds.yaml is not a manifests file');
    const ms = seeds.objects.find((o) => o.kind === 'ManagedSeed')!;
    ms.spec.gardenlet.config.seedConfig.spec.networks.pods = '10.0.0.0/16';
    const shoots = tree.get('garden/projects/shop/shoots/shoots.yaml')!;
    if (shoots.kind !== 'manifests') throw new Error('shoots.yaml is not a manifests file');
    delete shoots.objects.find((o) => o.metadata.name === 'prod')!.spec.tolerations;
    expect(checkGardenerRules(tree)).toEqual([
      'garden/: Gardener rule: ManagedSeed garden/nord-2 spec.gardenlet.config.seedConfig.spec.networks.pods: Invalid: seed pods CIDR must be equal to shoot pods CIDR 172.28.0.0/15 (got "10.0.0.0/16")',
      'garden/: Gardener rule: Shoot garden-shop/prod spec.tolerations: Forbidden: seed nord-2 has taint seed.nordcloud.example/premium and the shoot does not tolerate it (got "seed.nordcloud.example/premium")',
    ]);
  });
});
