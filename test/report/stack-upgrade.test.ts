/**
 * The management-stack upgrade plan: Cluster API core before its providers, unless that order
 * passes through a known-bad combination; what each step changes in the output; targets seedbed
 * cannot render for are refused.
 */
import { COMPATIBILITY, CompatibilityKind, CompatibilityRow, StackUse } from '../../lib/core/compatibility';
import { StackWorkaround, resolveStack } from '../../lib/core/stack';
import { formatStackUpgrade, planStackUpgrade } from '../../lib/report/stack-upgrade';

const current = resolveStack(undefined, undefined).versions;
const USES = new Set([StackUse.CLUSTER_API, StackUse.OPENSTACK_MACHINES, StackUse.KAMAJI_CONTROL_PLANE]);

test('core before providers, with the apiVersion switch CAPO v0.15 causes', () => {
  const plan = planStackUpgrade(current, { clusterApiProviderOpenStack: 'v0.15.0-beta.0', clusterApi: 'v1.14.1' }, new Set([StackUse.OPENSTACK_MACHINES]));
  expect(formatStackUpgrade('s1', plan)).toBe([
    's1: management stack upgrade, in this order:',
    '  1. Cluster API v1.14.0 → v1.14.1',
    '  2. Cluster API provider OpenStack v0.14.7 → v0.15.0-beta.0',
    '     OpenStackCluster and OpenStackMachineTemplate switch from infrastructure.cluster.x-k8s.io/v1beta1 to v1beta2: the same objects '
      + '(CAPO converts them), the machine templates keep their names, no machine rolls; `seedbed diff` shows them as safe changes',
  ].join('\n').replace(/^s1:/, 'seed s1:'));
});

test('a provider goes first when the core first would pass through a known-bad combination', () => {
  // Like capo-v1beta1-contract-removed, on versions seedbed has schemas of.
  const row: CompatibilityRow = {
    id: 'test-contract', kind: CompatibilityKind.KNOWN_BAD, uses: StackUse.OPENSTACK_MACHINES, field: 'clusterApiProviderOpenStack', detail: 'test',
    when: [{ component: 'clusterApi', from: 'v1.14.1' }, { component: 'clusterApiProviderOpenStack', before: 'v0.15.0-0' }], evidence: ['a/b@c:d'],
  };
  const plan = planStackUpgrade(current, { clusterApi: 'v1.14.1', clusterApiProviderOpenStack: 'v0.15.0-beta.0' }, USES, { table: [...COMPATIBILITY, row], workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] });
  expect(plan.problems).toEqual([]);
  expect(plan.steps.map((s) => s.component)).toEqual(['clusterApiProviderOpenStack', 'clusterApi']);
  expect(plan.steps[0].notes[0]).toBe('before Cluster API: upgrading that first would pass through [test-contract]');
});

test.each<[string, Record<string, string>, string[]]>([
  ['a version without schemas', { clusterApi: 'v1.16.0' }, [
    'Cluster API v1.16.0: seedbed has no schemas of it (has: v1.14.0)',
    'the target is a known-bad combination [capo-v1beta1-contract-removed] (lib/core/compatibility.ts)',
  ]],
  ['an unknown component', { capi: 'v1.14.0' }, [expect.stringMatching(/^unknown component capi \(known: kubernetes, clusterApi, /) as unknown as string]],
  ['a known-bad target (the work-around is not part of a plan)', { kamajiClusterApiProvider: 'v0.20.0' }, []],
])('refuses %s', (_, target, problems) => {
  const plan = planStackUpgrade(current, target as any, USES, { workarounds: problems.length === 0 ? [] : [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] });
  if (problems.length === 0) {
    // v0.20.0 is the current version: nothing to do, and the target's known-bad row is reported.
    expect(plan.problems).toEqual(['the target is a known-bad combination [kamaji-provider-bootstrap-rbac] (lib/core/compatibility.ts)']);
  } else expect(plan.problems).toEqual(problems);
  expect(plan.steps).toEqual([]);
});
