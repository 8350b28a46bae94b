/**
 * Each destructive class, from a before/after pair of a small fleet rendered in memory the way
 * synth renders it: the classes found and the summary line of the affected seed or shoot.
 */
import { classifyShoot } from '../../lib/diff/classify';
import { summaryLines } from '../../lib/diff/format';
import { ControlPlaneBackend, DataStoreDriver } from '../../lib/core/types';
import { ChangeKind, DestructiveClass, ItemType, ScopeType, ShootStatus } from '../../lib/diff/model';
import { classesByScope, diffFiles, diffPair, smallFleet } from './support';

const SUMMARY = /^(shoot \S+ on \S+( \((new|removed|moved from \S+)\))?|seed \S+|garden): .+ — (safe|DESTRUCTIVE \([a-z-]+(, [a-z-]+)*\))$/;

describe('destructive classes from fleet pairs', () => {
  test('no change: nothing to report', () => {
    const { diff } = diffPair(smallFleet(), smallFleet());
    expect(diff.scopes).toEqual([]);
    expect(summaryLines(diff)).toEqual([]);
  });

  test('shoot removed', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ webShoot: false }));
    const web = diff.scopes.find((s) => s.shoot === 'team--web')!;
    expect(web.status).toBe(ShootStatus.REMOVED);
    expect(web.findings.map((f) => f.class)).toEqual([DestructiveClass.SHOOT_REMOVED]);
    expect(web.items.every((i) => i.change === ChangeKind.REMOVED)).toBe(true);
    expect(classesByScope(diff)['team--web']).toContain(DestructiveClass.SHOOT_REMOVED);
    const line = summaryLines(diff).find((l) => l.startsWith('shoot team--web'))!;
    expect(line).toMatch(/^shoot team--web on s2 \(removed\): objects: \d+ removed; Terraform: \d+ left unmanaged; files: \d+ removed — DESTRUCTIVE \(shoot-removed, terraform-orphaned\)$/);
    // destroyResourcesOnDeletion is false: the infrastructure is left in the cloud, and the diff says so.
    expect(web.items.flatMap((i) => i.findings).find((f) => f.class === DestructiveClass.TERRAFORM_ORPHANED)!.detail)
      .toBe('stack team--web removed with its Terraform object (destroyResourcesOnDeletion: false): nothing destroys it; it stays in the cloud, no longer managed, until it is deleted by hand');
    // The seed's own kustomization stops listing the shoot, and with its last shoot the seed's chart
    // sources (two HelmRepositories and their kustomization) go, and so does the Kamaji bootstrap
    // work-around (a ClusterRole and its binding): no KamajiControlPlane is left. Safe changes of the seed.
    expect(summaryLines(diff)).toContain('seed s2: objects: 4 removed; files: 2 changed, 2 removed — safe');
  });

  test('worker pool removed', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ batchPool: false }));
    expect(classesByScope(diff)).toEqual({ 'team--api': [DestructiveClass.WORKER_POOL_REMOVED] });
    const api = diff.scopes[0];
    expect(api.findings).toEqual([{ class: DestructiveClass.WORKER_POOL_REMOVED, subject: 'shoot team--api', detail: 'worker pool batch removed (1–3 machines): its machines are drained and deleted' }]);
    expect(summaryLines(diff)[0]).toMatch(/^shoot team--api on s1: objects: .* — DESTRUCTIVE \(worker-pool-removed\)$/);
  });

  test.each([
    ['pods', { pods: '100.100.0.0/14' }, 'data.podNetwork: 100.96.0.0/11 → 100.100.0.0/14'],
    ['services', { services: '100.72.0.0/13' }, 'data.serviceNetwork: 100.64.0.0/13 → 100.72.0.0/13'],
    ['nodes', { nodes: '10.252.0.0/16' }, 'data.nodeNetwork: 10.250.0.0/16 → 10.252.0.0/16'],
  ])('CIDR changed: %s', (_range, networking, detail) => {
    const { diff } = diffPair(smallFleet(), smallFleet({ apiNetworking: networking }));
    expect(classesByScope(diff)['team--api']).toContain(DestructiveClass.CIDR_CHANGED);
    const findings = diff.scopes[0].items.flatMap((i) => i.findings).filter((f) => f.class === DestructiveClass.CIDR_CHANGED);
    expect(findings.map((f) => f.detail)).toContainEqual(expect.stringContaining(detail));
    expect(summaryLines(diff)[0]).toMatch(/^shoot team--api on s1: objects: \d+ changed.* — DESTRUCTIVE \(cidr-changed.*\)$/);
  });

  test('CIDR changed: the pod range of the control-plane stage is caught too', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ apiNetworking: { pods: '100.100.0.0/14' } }));
    const controlPlane = diff.scopes[0].items.filter((i) => i.file.includes('/control-plane/'));
    expect(controlPlane.length).toBeGreaterThan(0);
    expect(controlPlane.flatMap((i) => i.findings).map((f) => [f.class, f.detail.includes('100.100.0.0/14')])).toContainEqual([DestructiveClass.CIDR_CHANGED, true]);
  });

  test('CIDR changed: a new node range replaces the subnet of the Terraform stack', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ apiNetworking: { nodes: '10.252.0.0/16' } }));
    const items = diff.scopes[0].items.filter((i) => i.type === ItemType.TERRAFORM);
    const subnet = items.find((i) => i.id.startsWith('openstack_networking_subnet_v2.'))!;
    expect(subnet.change).toBe(ChangeKind.REPLACED);
    expect(subnet.fields).toContainEqual({ path: 'cidr', old: '10.250.0.0/16', new: '10.252.0.0/16' });
    expect(subnet.findings.map((f) => f.class)).toEqual([DestructiveClass.TERRAFORM_REPLACED]);
    expect(classesByScope(diff)['team--api']).toEqual([DestructiveClass.CIDR_CHANGED, DestructiveClass.TERRAFORM_REPLACED]);
  });

  test('DataStore of a shoot changed', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ apiDataStore: 'etcd2' }));
    expect(classesByScope(diff)).toEqual({ 'team--api': [DestructiveClass.DATASTORE_CHANGED] });
    expect(diff.scopes[0].findings[0].detail).toBe('DataStore etcd (etcd) → etcd2 (etcd): the control-plane state stays in the old one');
    expect(summaryLines(diff)).toEqual(['shoot team--api on s1: objects: 1 changed — DESTRUCTIVE (datastore-changed)']);
  });

  test.each([
    ['TenantControlPlane', 'kamaji.clastix.io/v1alpha1', 'dataStore: etcd'],
    ['KamajiControlPlane', 'controlplane.cluster.x-k8s.io/v1alpha2', 'dataStoreName: etcd'],
  ])('DataStore schema or user of a %s changed: the control plane would start from an empty schema', (kind, apiVersion, store) => {
    const file = (schema: string, user: string) => new Map([['seeds/s1/shoots/team--api/control-plane/control-plane.yaml', [
      `apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', '  name: api', '  namespace: shoot--team--api',
      'spec:', `  ${store}`, `  dataStoreSchema: ${schema}`, `  dataStoreUsername: ${user}`, '',
    ].join('\n')]]);
    const diff = diffFiles(file('shoot__team__api', 'shoot__team__api'), file('shoot__team__api2', 'shoot__team__api'));
    expect(classesByScope(diff)).toEqual({ 'team--api': [DestructiveClass.DATASTORE_CHANGED] });
    expect(diff.scopes[0].items.flatMap((i) => i.findings)).toEqual([{
      class: DestructiveClass.DATASTORE_CHANGED,
      subject: `${kind} shoot--team--api/api`,
      detail: 'spec.dataStoreSchema: shoot__team__api → shoot__team__api2 (the control plane would read another, empty schema of its DataStore while its state stays in the old one; '
        + 'Kamaji refuses the change on a live control plane, so it only takes effect when the control plane is re-created)',
    }]);
    expect(summaryLines(diff)).toEqual(['shoot team--api on s1: objects: 1 changed — DESTRUCTIVE (datastore-changed)']);
    // The user too; and pinning a value where Kamaji had chosen one (absent before) is a change as well.
    const user = diffFiles(file('shoot__team__api', 'shoot__team__api'), file('shoot__team__api', 'other'));
    expect(user.scopes[0].items.flatMap((i) => i.findings.map((f) => f.detail.split(' (')[0]))).toEqual(['spec.dataStoreUsername: shoot__team__api → other']);
  });

  test('DataStore driver changed', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ etcd2Driver: DataStoreDriver.POSTGRESQL }));
    expect(classesByScope(diff)).toEqual({ s1: [DestructiveClass.DATASTORE_DRIVER_CHANGED] });
    expect(diff.scopes[0].type).toBe(ScopeType.SEED);
    expect(diff.scopes[0].items[0].findings[0].detail).toBe('spec.driver: etcd → PostgreSQL (the data is not migrated between drivers)');
    // The DataStore's Secrets (prerequisites.json) change with the driver too.
    expect(summaryLines(diff)).toEqual(['seed s1: objects: 1 changed; files: 1 changed — DESTRUCTIVE (datastore-driver-changed)']);
  });

  test('DataStore driver of a shoot changed (from the inventory)', () => {
    const inv = (driver: string) => ({ seed: 's1', dataStore: 'etcd', dataStoreDriver: driver, backend: 'kamaji', workers: {} });
    expect(classifyShoot('team--api', { seed: 's1', inventory: inv('etcd') }, { seed: 's1', inventory: inv('PostgreSQL') })).toEqual([
      { class: DestructiveClass.DATASTORE_DRIVER_CHANGED, subject: 'shoot team--api', detail: 'driver of DataStore etcd etcd → PostgreSQL: the data is not migrated' },
    ]);
  });

  test('control-plane backend changed', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ apiBackend: ControlPlaneBackend.K0SMOTRON }));
    expect(classesByScope(diff)['team--api']).toContain(DestructiveClass.BACKEND_CHANGED);
    expect(diff.scopes.find((s) => s.shoot === 'team--api')!.findings).toContainEqual({
      class: DestructiveClass.BACKEND_CHANGED, subject: 'shoot team--api', detail: 'control-plane backend kamaji → k0smotron: the control plane is rebuilt by another system',
    });
    expect(summaryLines(diff).find((l) => l.startsWith('shoot team--api'))).toMatch(/ — DESTRUCTIVE \(backend-changed\)$/);
  });

  test('seed of a shoot changed: a control-plane migration', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ apiSeed: 's2' }));
    const api = diff.scopes.find((s) => s.shoot === 'team--api')!;
    expect(api.status).toBe(ShootStatus.MOVED);
    expect(api.seed).toBe('s2');
    expect(api.previousSeed).toBe('s1');
    expect(api.findings.map((f) => f.class)).toEqual([DestructiveClass.SEED_CHANGED]);
    expect(api.findings[0].detail).toBe('seed s1 → s2 (DataStore etcd → etcd): the control plane migrates; its state does not follow by itself');
    const line = summaryLines(diff).find((l) => l.startsWith('shoot team--api'))!;
    expect(line).toMatch(/^shoot team--api on s2 \(moved from s1\): objects: (\d+) added, \1 removed; Terraform: (\d+) to add, \2 left unmanaged; files: \d+ added, \d+ removed — DESTRUCTIVE \(seed-changed, terraform-orphaned\)$/);
    // The stack's state stays in s1 (kubernetes backend in the seed): s2 creates every resource
    // again, and each old one is left behind (test/diff/seed-move.test.ts judges it with terraform plan).
    const tf = api.items.filter((i) => i.type === ItemType.TERRAFORM && i.block === 'resource');
    expect(tf.filter((i) => i.change === 'added').length).toBe(tf.filter((i) => i.change === 'removed').length);
    expect(tf.filter((i) => i.change === 'removed').every((i) => i.findings.every((f) => f.class === DestructiveClass.TERRAFORM_ORPHANED))).toBe(true);
  });

  test('every summary line has the documented shape', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ webShoot: false, apiSeed: 's2', apiNetworking: { pods: '100.100.0.0/14' } }));
    for (const line of summaryLines(diff)) expect(line).toMatch(SUMMARY);
  });

  test('a new shoot is safe', () => {
    const { diff } = diffPair(smallFleet({ webShoot: false }), smallFleet());
    expect(classesByScope(diff)).toEqual({ s2: [], 'team--web': [] });
    expect(summaryLines(diff).find((l) => l.startsWith('shoot team--web'))).toMatch(/^shoot team--web on s2 \(new\): objects: \d+ added; Terraform: \d+ to add; files: \d+ added — safe$/);
  });

  test('upgrades are safe: Kubernetes minor and machine image (templates rotate, nothing is destroyed)', () => {
    const { diff } = diffPair(smallFleet({ apiVersion: '1.32.9', apiImage: '1700.1.0' }), smallFleet({ apiVersion: '1.33.5', apiImage: '1877.3.0' }));
    expect(classesByScope(diff)).toEqual({ 'team--api': [] });
    const fields = diff.scopes[0].items.flatMap((i) => i.fields);
    expect(fields).toContainEqual(expect.objectContaining({ old: 'v1.32.9', new: 'v1.33.5' }));
    expect(summaryLines(diff)[0]).toMatch(/^shoot team--api on s1: objects: .* — safe$/);
  });

  test('Gardener Shoots in garden/ belong to their shoot: a new seedName is a migration, new ranges are CIDR changes', () => {
    const shoot = (seed: string, pods: string) => new Map([['garden/projects/team/shoots.yaml', [
      'apiVersion: core.gardener.cloud/v1beta1', 'kind: Shoot', 'metadata:', '  name: api', '  namespace: garden-team',
      'spec:', `  seedName: ${seed}`, '  networking:', `    pods: ${pods}`, '    services: 100.64.0.0/13', '',
    ].join('\n')]]);
    const diff = diffFiles(shoot('s1', '100.96.0.0/11'), shoot('s2', '100.100.0.0/14'));
    expect(diff.scopes.map((s) => [s.type, s.shoot])).toEqual([[ScopeType.SHOOT, 'team--api']]);
    expect(classesByScope(diff)).toEqual({ 'team--api': [DestructiveClass.CIDR_CHANGED, DestructiveClass.SEED_CHANGED] });
  });
});

describe('a management-stack upgrade that switches served versions', () => {
  test('CAPO v0.14.7 → v0.15.0-beta.0: the OpenStack objects change apiVersion in place — changed, never removed and added, and safe', () => {
    const { diff } = diffPair(smallFleet(), smallFleet({ capo: 'v0.15.0-beta.0' }));
    const all = diff.scopes.flatMap((s) => s.items);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((i) => i.change === ChangeKind.CHANGED && i.findings.length === 0)).toBe(true);
    // The seed's prerequisites.json names the CAPO version to install: it changes with it.
    expect([...new Set(all.filter((i) => !i.id.includes(' ')).map((i) => i.id))]).toEqual(['prerequisites.json']);
    const items = all.filter((i) => i.id.includes(' '));
    expect([...new Set(items.map((i) => `${i.id.split(' ')[0]} ${i.previousApiVersion} → ${i.apiVersion}`))].sort()).toEqual([
      'OpenStackCluster infrastructure.cluster.x-k8s.io/v1beta1 → infrastructure.cluster.x-k8s.io/v1beta2',
      'OpenStackMachineTemplate infrastructure.cluster.x-k8s.io/v1beta1 → infrastructure.cluster.x-k8s.io/v1beta2',
    ]);
    // The machine templates keep their names (nothing repoints a MachineDeployment, no machine rolls).
    expect(items.some((i) => i.id.startsWith('MachineDeployment'))).toBe(false);
    expect(Object.values(classesByScope(diff)).flat()).toEqual([]);
    expect(summaryLines(diff).every((l) => l.endsWith('— safe'))).toBe(true);
  });
});
