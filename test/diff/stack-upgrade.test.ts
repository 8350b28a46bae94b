/**
 * What a management-stack upgrade renders (`upgrade-plan --stack`): the example OpenStack fleet
 * rendered with one seed's current stack and with the target, compared by `seedbed diff`'s engine.
 * CAPO v0.14.7 → v0.15.0-beta.0 on nord-1 switches the storage version of its OpenStackClusters and
 * machine templates and nothing else: every change is safe, no machine template is renamed.
 */
import { resolveStack, retargetStack, TerraformEngine } from '../../lib/core/stack';
import { diffStackUpgrade } from '../../lib/diff/fleet';
import { isDestructive } from '../../lib/diff/format';
import { ChangeKind, ItemType, ScopeType } from '../../lib/diff/model';
import { resolveExample } from '../support/fleets';

const CAPO = { clusterApiProviderOpenStack: 'v0.15.0-beta.0' };
const V1BETA1 = 'infrastructure.cluster.x-k8s.io/v1beta1';
const V1BETA2 = 'infrastructure.cluster.x-k8s.io/v1beta2';

describe('CAPO v0.14.7 → v0.15.0-beta.0 on seed nord-1 of the example OpenStack fleet', () => {
  const fleet = resolveExample('openstack');
  const diff = diffStackUpgrade('openstack', fleet, CAPO, ['nord-1']);
  const all = diff.scopes.flatMap((s) => s.items.map((i) => ({ scope: s, item: i })));
  // The seed's prerequisites.json names the version of each controller it must run.
  const seedItems = all.filter(({ scope }) => scope.type === ScopeType.SEED);
  const items = all.filter(({ scope }) => scope.type !== ScopeType.SEED);

  test('nord-1 starts on CAPO v0.14.7 (the default)', () => {
    expect(fleet.seeds.find((s) => s.name === 'nord-1')!.stack.versions.clusterApiProviderOpenStack).toBe('v0.14.7');
  });

  test('nothing destructive: no finding anywhere, every item a changed object of nord-1\'s shoots', () => {
    expect(isDestructive(diff)).toBe(false);
    expect(diff.scopes.flatMap((s) => s.findings)).toEqual([]);
    expect(items.length).toBeGreaterThan(0);
    for (const { scope, item } of items) {
      expect(scope.type).toBe(ScopeType.SHOOT);
      expect(scope.seed).toBe('nord-1');
      expect(item.type).toBe(ItemType.OBJECT);
      expect(item.change).toBe(ChangeKind.CHANGED);
      expect(item.findings).toEqual([]);
    }
    expect(diff.scopes.filter((s) => s.type === ScopeType.SHOOT).map((s) => s.shoot).sort()).toEqual(['data--analytics', 'platform--ci', 'platform--ops', 'shop--staging']);
  });

  test('outside the shoots, only nord-1\'s prerequisites.json changes: the CAPO version it names', () => {
    expect(seedItems.map(({ scope, item }) => [scope.seed, item.type, item.change, item.file, item.findings.length])).toEqual([
      ['nord-1', ItemType.FILE, ChangeKind.CHANGED, 'seeds/nord-1/prerequisites.json', 0],
    ]);
    const before = JSON.stringify(seedItems[0].item.fields);
    expect(before).toContain('v0.14.7');
    expect(before).toContain('v0.15.0-beta.0');
  });

  test('only the storage-version switch of CAPO\'s objects: v1beta1 → v1beta2 (previousApiVersion), with the fields CAPO\'s conversion moves', () => {
    const kinds = new Set(items.map(({ item }) => item.id.split(' ')[0]));
    expect([...kinds].sort()).toEqual(['OpenStackCluster', 'OpenStackMachineTemplate']);
    for (const { item } of items) {
      expect(item.previousApiVersion).toBe(V1BETA1);
      expect(item.apiVersion).toBe(V1BETA2);
      const paths = item.fields.map((f) => f.path).filter((p) => p !== 'apiVersion');
      if (item.id.startsWith('OpenStackMachineTemplate')) expect(paths).toEqual(['spec.template.spec.flavor']);
      else expect(paths.sort()).toEqual(['spec.apiServer', 'spec.apiServerLoadBalancer', 'spec.disableAPIServerFloatingIP', 'spec.disableExternalNetwork', 'spec.enableExternalNetwork']);
    }
  });

  test('no Terraform stack and no file outside the shoots changes but prerequisites.json; a seed not named keeps its stack', () => {
    expect(items.filter(({ item }) => item.type !== ItemType.OBJECT)).toEqual([]);
    const other = diffStackUpgrade('openstack', fleet, CAPO, []);
    expect(other.scopes.flatMap((s) => s.items)).toEqual([]);
  });
});

describe('retargetStack', () => {
  test('the schema set follows the versions; declared components include the target', () => {
    const s = retargetStack(resolveStack(undefined, undefined), CAPO);
    expect(s.versions.clusterApiProviderOpenStack).toBe('v0.15.0-beta.0');
    expect(s.schemaSet).toBe('cluster-api-provider-openstack@v0.15.0-beta.0');
    expect(s.declared).toEqual(['clusterApiProviderOpenStack']);
  });

  test('a seed on the stock runner gets the OpenTofu of the target tofu-controller; a declared image keeps its version', () => {
    expect(retargetStack(resolveStack(undefined, undefined), { tofuController: 'v0.16.3' }).terraformEngineVersion).toBe('1.11.6');
    const own = resolveStack({ terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.11.4', terraformRunnerImage: 'r/tf:1' }, undefined);
    expect(retargetStack(own, { tofuController: 'v0.16.3' }).terraformEngineVersion).toBe('1.11.4');
  });
});
