/**
 * Seed settings that shape how hosted control planes are exposed and spread: zone labels (and the
 * warning for zone-tolerant shoots on seeds without them) and the DNS record provider.
 */
import { ControlPlaneBackend, DnsRecordProvider, FailureToleranceType, ProviderType } from '../../lib/core/types';
import { WarningType } from '../../lib/core/problems';
import { FleetSpec, buildFleet, buildVSphereFleet, resolve, seedSpec, shootSpec, gardenerDns } from '../fixtures/fleet';

const FIELD = 'spec.controlPlane.highAvailability.failureTolerance.type';
const DETAIL = 'seed seed-1 does not declare zone labels on its nodes (zoneLabels), so the control plane is spread over zones only where the scheduler can (ScheduleAnyway): a zone outage may take more than one replica';

function spreadWarnings(edit: (spec: FleetSpec) => void) {
  const { fleet, errors, warnings } = resolve(buildFleet(edit));
  expect(errors).toEqual([]);
  return { fleet: fleet!, warnings: warnings.filter((w) => w.field === FIELD) };
}

describe('seed zone labels', () => {
  test('default: true on OpenStack, false on vSphere', () => {
    expect(resolve(buildFleet()).fleet!.seeds.map((s) => [s.name, s.zoneLabels])).toEqual([['seed-1', true], ['seed-2', true]]);
    const vsphere = resolve(buildVSphereFleet()).fleet!;
    expect(vsphere.seeds.every((s) => s.provider === ProviderType.VSPHERE && s.zoneLabels === false)).toBe(true);
  });

  test.each<[string, (spec: FleetSpec) => void, Array<{ path: string; detail: string }>]>([
    ['a zone-tolerant shoot on a seed with zone labels: no warning', () => undefined, []],
    ['a zone-tolerant shoot on a seed declaring none: a warning', (spec) => { seedSpec(spec, 'seed-1').props.zoneLabels = false; }, [{ path: 'fleet/shop/prod', detail: DETAIL }]],
    ['a node-tolerant shoot on a seed declaring none: no warning', (spec) => {
      seedSpec(spec, 'seed-1').props.zoneLabels = false;
      shootSpec(spec, 'shop/prod').props.failureTolerance = FailureToleranceType.NODE;
    }, []],
    ['a zone-tolerant k0smotron shoot on a seed declaring none: a warning', (spec) => {
      seedSpec(spec, 'seed-1').props.zoneLabels = false;
      shootSpec(spec, 'shop/prod').props.backend = ControlPlaneBackend.K0SMOTRON;
    }, [{ path: 'fleet/shop/prod', detail: DETAIL }]],
    ['a zone-tolerant gardener shoot (its control plane is not in the seed): no warning', (spec) => {
      seedSpec(spec, 'seed-1').props.zoneLabels = false;
      shootSpec(spec, 'shop/prod').props.backend = ControlPlaneBackend.GARDENER;
    }, []],
  ])('%s', (_name, edit, expected) => {
    const { warnings } = spreadWarnings(edit);
    expect(warnings).toEqual(expected.map((w) => ({ ...w, field: FIELD, type: WarningType.DISCOURAGED, value: '"zone"' })));
  });

  test('declared labels resolve as given', () => {
    const { fleet } = spreadWarnings((spec) => { seedSpec(spec, 'seed-2').props.zoneLabels = false; });
    expect(fleet.seeds.map((s) => s.zoneLabels)).toEqual([true, false]);
  });
});

describe('seed DNS record provider', () => {
  test('external-dns unless set; the API server names needing records are the certificate names', () => {
    const { fleet } = spreadWarnings((spec) => { seedSpec(spec, 'seed-2').props.dns = { provider: DnsRecordProvider.NONE }; });
    // The Gardener DNS settings the fixture gives are kept as given; seed-2's were replaced, so it has none.
    expect(fleet.seeds.map((s) => s.dns)).toEqual([{ provider: DnsRecordProvider.EXTERNAL_DNS, ...gardenerDns('seed-1.seeds.example.com') }, { provider: DnsRecordProvider.NONE }]);
    const prod = fleet.shoots.find((s) => s.key === 'shop--prod')!;
    expect(prod.apiServer.dnsNames).toEqual(['api.prod.shop.k8s.example.com', 'api.shoot--shop--prod.seed-1.seeds.example.com']);
    expect(prod.apiServer.certSANs).toEqual(prod.apiServer.dnsNames);
  });
});
