/**
 * The stack renderers get their seed marked as literals once per seed, the copy shared by the
 * stacks of the seed's shoots (lib/render/terraform/index.ts markedSeed). A shared copy must never
 * give one seed's data to another seed's stacks, and must not be written to by a renderer.
 */
import { ProviderType } from '../../../lib';
import { renderInfrastructure } from '../../../lib/render/terraform';
import { ResolvedSeed } from '../../../lib/resolve/model';
import { TerraformEngine } from '../../../lib/core/stack';
import { resolve, shootsOf, smallFleet, staticPool } from './fleets';

describe('a seed marked once per seed', () => {
  test.each([ProviderType.OPENSTACK, ProviderType.VSPHERE])('%s: two seeds of the same name with other data each get their own stack text', (provider) => {
    const fleet = resolve(smallFleet({ provider, pools: [['static', staticPool()]] }));
    const [{ seed, shoot }] = shootsOf(fleet);
    const stackText = (s: ResolvedSeed) => JSON.stringify(renderInfrastructure(fleet, s, shoot).stack);
    const original = stackText(seed);
    expect(original).toContain('"required_version":">= 1.12.0"');
    // Same name, same shape, another engine in its management stack (what the stacks read of their seed).
    const other: ResolvedSeed = { ...seed, stack: { ...seed.stack, terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.11.4' } };
    const changed = stackText(other);
    expect(changed).toContain('"required_version":">= 1.11.0"');
    expect(changed).not.toContain('>= 1.12.0');
    // …and the first seed still gets its own, whatever was rendered in between.
    expect(stackText(seed)).toBe(original);
    expect(stackText(other)).toBe(changed);
  });

  test('the resolved seed itself is neither marked nor frozen', () => {
    const fleet = resolve(smallFleet({ provider: ProviderType.OPENSTACK, pools: [['static', staticPool()]] }));
    const [{ seed, shoot }] = shootsOf(fleet);
    const withOpener: ResolvedSeed = { ...seed, ingressDomain: 'a-${b}.example' };
    renderInfrastructure(fleet, withOpener, shoot);
    expect(withOpener.ingressDomain).toBe('a-${b}.example');
    expect(Object.isFrozen(withOpener)).toBe(false);
    expect(Object.isFrozen(seed.labels)).toBe(false);
  });
});
