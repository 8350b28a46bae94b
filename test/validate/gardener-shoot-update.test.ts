/**
 * Shoot fields gardener-apiserver refuses to change on an existing Shoot, checked against the previous
 * fleet.json (lib/validate/gardener.ts validateGardenerShootUpdate), and flagged `gardener-immutable` by
 * the diff (lib/diff/rules.ts). Upstream (gardener/gardener v1.149.3 unless said otherwise):
 * - pkg/api/core/validation/shoot.go ValidateShootSpecUpdate (region), ValidateProviderUpdate (provider type),
 *   validateNetworkingUpdate (type, pods, services), validateDNSUpdate (domain), ValidateShootHAConfigUpdate
 *   (failure tolerance), validateWorkerUpdate (workers ↔ workerless);
 * - pkg/utils/gardener/cloudprofile.go ValidateCloudProfileChanges (called from plugin/pkg/shoot/validator/admission.go);
 * - provider-openstack v1.57.0 pkg/apis/openstack/validation/infrastructure.go ValidateInfrastructureConfigUpdate (networks.workers).
 */
import { ErrorList, FleetValidationError, formatFieldError } from '../../lib/core/problems';
import { GardenerShootState, validateGardenerShootUpdate } from '../../lib/validate/gardener';
import { DestructiveClass } from '../../lib/diff/model';
import { CloudProfile, NetworkingType, FailureToleranceType } from '../../lib';
import { loadFleet } from '../render/capi/support';
import { classesByScope, diffFiles, renderFiles } from '../diff/support';

const S = 'fleet/shop/prod';
function run(now: GardenerShootState, before: GardenerShootState): string[] {
  const errs = new ErrorList(S);
  validateGardenerShootUpdate(now, before, errs);
  return errs.errors.map(formatFieldError).sort();
}

const prod: GardenerShootState = {
  cloudProfile: 'openstack', region: 'eu-nord-1', provider: 'openstack', dnsDomain: 'prod.shop.example.com', failureTolerance: 'zone', workerCount: 2,
  networking: { type: 'calico', pods: '100.96.0.0/11', services: '100.64.0.0/13', nodes: '10.250.0.0/16' },
};
const immutable = (field: string, got: string, was: string, source: string, instead = 'create a new shoot (another name) and move the workloads') =>
  `${S} ${field}: Invalid: field is immutable: the Shoot has ${was} (fleet.json), and gardener-apiserver refuses the change (gardener ${source}); ${instead} (got "${got}")`;

describe('validateGardenerShootUpdate', () => {
  it('accepts an unchanged shoot, the allowed changes, and an older fleet.json without the recorded fields', () => {
    expect(run(prod, prod)).toEqual([]);
    // none → zone is a scale-up Gardener allows (ValidateShootHAConfigUpdate compares only a set value).
    expect(run(prod, { ...prod, failureTolerance: 'none' })).toEqual([]);
    // A domain, ranges or profile fleet.json did not record are not compared.
    expect(run(prod, { region: 'eu-nord-1', provider: 'openstack' })).toEqual([]);
    // Pools added or removed while some remain.
    expect(run({ ...prod, workerCount: 5 }, prod)).toEqual([]);
  });

  test.each<[string, Partial<GardenerShootState>, string[]]>([
    ['another region (ValidateShootSpecUpdate)', { region: 'eu-sued-1' }, [immutable('spec.region', 'eu-sued-1', 'eu-nord-1', 'pkg/api/core/validation/shoot.go ValidateShootSpecUpdate')]],
    ['an unrelated CloudProfile (ValidateCloudProfileChanges)', { cloudProfile: 'openstack-v2' }, [immutable('spec.cloudProfile.name', 'openstack-v2', 'openstack',
      'pkg/utils/gardener/cloudprofile.go ValidateCloudProfileChanges', 'the reference must stay within one CloudProfile hierarchy: keep the CloudProfile (edit it instead), or create a new shoot (another name) and move the workloads')]],
    ['another provider type (ValidateProviderUpdate)', { provider: 'vsphere', networking: { ...prod.networking } }, [immutable('spec.provider.type', 'vsphere', 'openstack', 'pkg/api/core/validation/shoot.go ValidateProviderUpdate')]],
    ['another networking type (validateNetworkingUpdate)', { networking: { ...prod.networking, type: 'cilium' } }, [immutable('spec.networking.type', 'cilium', 'calico', 'pkg/api/core/validation/shoot.go validateNetworkingUpdate')]],
    ['other pod and service ranges (validateNetworkingUpdate)', { networking: { ...prod.networking, pods: '100.128.0.0/11', services: '100.72.0.0/13' } }, [
      immutable('spec.networking.pods', '100.128.0.0/11', '100.96.0.0/11', 'pkg/api/core/validation/shoot.go validateNetworkingUpdate'),
      immutable('spec.networking.services', '100.72.0.0/13', '100.64.0.0/13', 'pkg/api/core/validation/shoot.go validateNetworkingUpdate'),
    ]],
    ['another DNS domain (validateDNSUpdate)', { dnsDomain: 'prod.shop.example.org' }, [immutable('spec.dns.domain', 'prod.shop.example.org', 'prod.shop.example.com', 'pkg/api/core/validation/shoot.go validateDNSUpdate')]],
    ['the domain removed', { dnsDomain: undefined }, [immutable('spec.dns.domain', '(none)', 'prod.shop.example.com', 'pkg/api/core/validation/shoot.go validateDNSUpdate')]],
    ['zone → node failure tolerance (ValidateShootHAConfigUpdate)', { failureTolerance: 'node' }, [immutable('spec.controlPlane.highAvailability.failureTolerance.type', 'node', 'zone',
      'pkg/api/core/validation/shoot.go ValidateShootHAConfigUpdate', 'keep the failure tolerance, or create a new shoot (another name) and move the workloads')]],
    ['zone → none failure tolerance', { failureTolerance: 'none' }, [immutable('spec.controlPlane.highAvailability.failureTolerance.type', '(none)', 'zone',
      'pkg/api/core/validation/shoot.go ValidateShootHAConfigUpdate', 'keep the failure tolerance, or create a new shoot (another name) and move the workloads')]],
    ['every pool removed (validateWorkerUpdate)', { workerCount: 0 }, [
      `${S} spec.provider.workers: Forbidden: cannot switch from a Shoot with workers to a workerless Shoot (gardener pkg/api/core/validation/shoot.go validateWorkerUpdate) (got 0)`,
    ]],
    ['another OpenStack node range (provider-openstack ValidateInfrastructureConfigUpdate)', { networking: { ...prod.networking, nodes: '10.251.0.0/16' } }, [
      `${S} spec.networking.nodes: Invalid: field is immutable: the Shoot has 10.250.0.0/16 (fleet.json), rendered as the InfrastructureConfig's networks.workers, which provider-openstack refuses to change (pkg/apis/openstack/validation/infrastructure.go ValidateInfrastructureConfigUpdate); create a new shoot (another name) and move the workloads (got "10.251.0.0/16")`,
    ]],
    ['a hostile value, reported as data', { region: 'eu-nord-1"\n  injected: true' }, [immutable('spec.region', 'eu-nord-1\\"\\n  injected: true', 'eu-nord-1', 'pkg/api/core/validation/shoot.go ValidateShootSpecUpdate')]],
  ])('refuses %s', (_why, change, expected) => {
    expect(run({ ...prod, ...change }, prod)).toEqual(expected);
  });

  it('refuses a workerless shoot gaining workers', () => {
    expect(run(prod, { ...prod, workerCount: 0 })).toEqual([
      `${S} spec.provider.workers: Forbidden: cannot switch from a workerless Shoot to a Shoot with workers (gardener pkg/api/core/validation/shoot.go validateWorkerUpdate) (got 2)`,
    ]);
  });
});

describe('the example fleet: synth and diff against the previous output', () => {
  const before = renderFiles(loadFleet('openstack-gardener'));

  /** The example with prod on another CloudProfile (a copy of the first) and ops on Cilium. */
  function changed() {
    const garden = loadFleet('openstack-gardener');
    const original = garden.cloudProfiles[0];
    const copy = new CloudProfile(garden, 'openstack-v2', { ...original.props });
    const prodShoot = garden.shoots.find((s) => s.key === 'shop--prod')!;
    (prodShoot.props as any).cloudProfile = copy;
    const ops = garden.shoots.find((s) => s.key === 'platform--ops')!;
    (ops.props as any).networking = { ...ops.props.networking, type: NetworkingType.CILIUM };
    const ci = garden.shoots.find((s) => s.key === 'platform--ci')!;
    (ci.props as any).failureTolerance = FailureToleranceType.ZONE; // none → zone: allowed
    return garden;
  }

  it('synth refuses the changes against fleet.json, naming shoot, field and both values, all at once', () => {
    let error: unknown;
    try {
      renderFiles(changed(), before);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FleetValidationError);
    const problems = (error as FleetValidationError).problems.map((p) => `${p.path.split('/').slice(-2).join('/')} ${p.field}: ${p.value}`);
    expect(problems).toEqual(['platform/ops spec.networking.type: "cilium"', 'shop/prod spec.cloudProfile.name: "openstack-v2"']);
    expect((error as FleetValidationError).message).toContain('the Shoot has openstack (fleet.json), and gardener-apiserver refuses the change');
  });

  it('diff flags the same changes in the rendered Shoots as gardener-immutable, with the reason', () => {
    const after = renderFiles(changed());
    const diff = diffFiles(before, after, 'openstack-gardener');
    const findings = diff.scopes.flatMap((s) => [...s.findings, ...s.items.flatMap((i) => i.findings)]).filter((f) => f.class === DestructiveClass.GARDENER_IMMUTABLE);
    expect(findings.map((f) => `${f.subject}: ${f.detail}`).sort()).toEqual([
      'Shoot garden-platform/ops: spec.networking.type: calico → cilium (gardener-apiserver refuses the change: the field is immutable (pkg/api/core/validation/shoot.go validateNetworkingUpdate))',
      'Shoot garden-shop/prod: spec.cloudProfile.name: openstack → openstack-v2 (gardener-apiserver refuses the change: the field is immutable: only a change within one CloudProfile hierarchy is allowed (pkg/utils/gardener/cloudprofile.go ValidateCloudProfileChanges))',
    ]);
    // ci's new failure tolerance is not flagged: Gardener compares only a value that was set.
    expect(Object.values(classesByScope(diff)).flat()).toContain(DestructiveClass.GARDENER_IMMUTABLE);
    expect(findings.some((f) => f.subject.includes('/ci'))).toBe(false);
  });
});

describe('diff: a seed registration leaving garden/', () => {
  it('flags the ManagedSeed kept by prune: disabled, and a bare Seed of an older output replaced by its Gardenlet', () => {
    const before = renderFiles(loadFleet('openstack-gardener'));
    const after = new Map(before);
    // The ManagedSeed nord-2 removed (its stage folder gone), and (as an older seedbed rendered it) a bare Seed before.
    const managed = 'garden/projects/garden/managed-seeds/managedseeds.yaml';
    expect(before.get(managed)).toMatch(/^kind: ManagedSeed$/m);
    after.delete(managed);
    const older = new Map(before);
    const gardenlets = before.get('garden/base/gardenlets.yaml')!;
    older.set('garden/base/gardenlets.yaml', `${gardenlets}---\napiVersion: core.gardener.cloud/v1beta1\nkind: Seed\nmetadata:\n  name: sued-1\nspec: {}\n`);
    const findings = (d: ReturnType<typeof diffFiles>) => d.scopes.flatMap((s) => s.items.flatMap((i) => i.findings)).filter((f) => f.class === DestructiveClass.SEED_REMOVED).map((f) => `${f.subject}: ${f.detail}`);
    expect(findings(diffFiles(before, after, 'openstack-gardener'))).toEqual([
      'ManagedSeed garden/nord-2: ManagedSeed seedmanagement.gardener.cloud: kept by prune: disabled, so the seed stays registered, no longer updated from Git, until retired by hand',
    ]);
    expect(findings(diffFiles(older, before, 'openstack-gardener'))).toEqual([
      expect.stringContaining('Seed sued-1: Flux and Argo CD prune it: gardener deletes the Seed, which hangs in deletion while shoots remain on it'),
    ]);
  });
});
