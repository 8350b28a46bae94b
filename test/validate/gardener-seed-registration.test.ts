/**
 * How a Gardener seed is registered (Gardenlet or ManagedSeed), as gardener-apiserver checks it
 * (gardener/gardener v1.149.3):
 * - pkg/api/seedmanagement/validation/gardenlet.go ValidateGardenletSpec → pkg/api/core/validation/controllerdeployment.go ValidateOCIRepository;
 * - pkg/api/seedmanagement/validation/managedseed.go validateShoot;
 * - plugin/pkg/managedseed/validator/admission.go Validate, validateManagedSeedCreate, validateSeedSpec.
 * And the fleet-level checks in lib/resolve/fleet.ts (a shoot registered twice, ManagedSeed cycles).
 */
import { ErrorList, formatFieldError } from '../../lib/core/problems';
import {
  DEFAULT_GARDENLET_CHART_REF, GardenletRegistrationInput, ManagedSeedInput, ManagedSeedShootInput, validateGardenletRegistration, validateManagedSeed,
} from '../../lib/validate/gardener';
import { resolveFleet } from '../../lib/resolve/fleet';
import { loadFleet, renderFleetFile } from '../render/capi/support';
import { Project, SeedRegistration, Shoot } from '../../lib';

const S = 'fleet/nord-2';

function run(f: (errs: ErrorList) => void): string[] {
  const errs = new ErrorList(S);
  f(errs);
  return errs.errors.map(formatFieldError).sort();
}

describe('validateGardenletRegistration (pkg/api/seedmanagement/validation/gardenlet.go, managedseed.go)', () => {
  it('accepts the default chart, a digest, a kubeconfig Secret on a Gardenlet, and a ManagedSeed with its shoot', () => {
    expect(run((e) => validateGardenletRegistration({ registration: 'Gardenlet', chartRef: DEFAULT_GARDENLET_CHART_REF, hasShoot: false }, e))).toEqual([]);
    expect(run((e) => validateGardenletRegistration({
      registration: 'Gardenlet', chartRef: `registry.example.com/charts/gardenlet@sha256:${'a'.repeat(64)}`, hasShoot: false, kubeconfigSecretName: 'seed-kubeconfig',
    }, e))).toEqual([]);
    expect(run((e) => validateGardenletRegistration({ registration: 'ManagedSeed', hasShoot: true }, e))).toEqual([]);
  });

  const REF = 'spec.deployment.helm.ociRepository.ref';
  test.each<[string, GardenletRegistrationInput, string[]]>([
    ['an empty chart reference (ValidateOCIRepository: must provide either ref or repository)', { registration: 'Gardenlet', chartRef: '', hasShoot: false }, [
      `${S} ${REF}: Required: must name the gardenlet chart (<repository>:<tag> or <repository>@sha256:<digest>)`,
    ]],
    ['a chart without tag or digest (must provide either tag or digest)', { registration: 'Gardenlet', chartRef: 'europe-docker.pkg.dev/gardener-project/releases/charts/gardener/gardenlet', hasShoot: false }, [
      `${S} ${REF}: Invalid: must pin a tag or a digest (<repository>:<tag> or <repository>@sha256:<digest>) (got "europe-docker.pkg.dev/gardener-project/releases/charts/gardener/gardenlet")`,
    ]],
    ['a digest that is not sha256 (digest must start with \'sha256:\')', { registration: 'Gardenlet', chartRef: 'registry.example.com/gardenlet@md5:abc', hasShoot: false }, [
      `${S} ${REF}: Invalid: a digest must be 'sha256:' and 64 hex digits (got "registry.example.com/gardenlet@md5:abc")`,
    ]],
    ['a port but no tag', { registration: 'Gardenlet', chartRef: 'registry.example.com:5000/gardenlet', hasShoot: false }, [
      `${S} ${REF}: Invalid: must pin a tag or a digest (<repository>:<tag> or <repository>@sha256:<digest>) (got "registry.example.com:5000/gardenlet")`,
    ]],
    ['a hostile chart reference', { registration: 'Gardenlet', chartRef: 'gardenlet:v1\n  injected: true', hasShoot: false }, [
      `${S} ${REF}: Invalid: must be a full OCI reference: <registry>/<path>:<tag> (got "gardenlet:v1\\n  injected: true")`,
    ]],
    ['a Gardenlet naming a shoot', { registration: 'Gardenlet', chartRef: DEFAULT_GARDENLET_CHART_REF, hasShoot: true }, [
      `${S} spec.shoot.name: Forbidden: only a ManagedSeed registers a shoot; set gardenlet.registration to SeedRegistration.MANAGED_SEED (got "gardenlet.shoot")`,
    ]],
    ['a ManagedSeed without a shoot (managedseed.go: "shoot name is required")', { registration: 'ManagedSeed', hasShoot: false }, [
      `${S} spec.shoot.name: Required: a ManagedSeed registers a shoot as the seed: set gardenlet.shoot to a gardener-backend shoot of the garden project`,
    ]],
    ['a ManagedSeed with a kubeconfig Secret (only types_gardenlet.go has kubeconfigSecretRef)', { registration: 'ManagedSeed', hasShoot: true, kubeconfigSecretName: 'kc' }, [
      `${S} spec.kubeconfigSecretRef: Forbidden: only a Gardenlet has a kubeconfig Secret; a ManagedSeed reaches its shoot through the shoot itself (got "kc")`,
    ]],
    ['a kubeconfig Secret name that is no DNS subdomain', { registration: 'Gardenlet', chartRef: DEFAULT_GARDENLET_CHART_REF, hasShoot: false, kubeconfigSecretName: 'Seed_Kubeconfig' }, [
      expect.stringContaining(`${S} spec.kubeconfigSecretRef.name: Invalid:`) as unknown as string,
    ]],
  ])('fails for %s', (_why, input, expected) => {
    expect(run((e) => validateGardenletRegistration(input, e))).toEqual(expected);
  });
});

describe('validateManagedSeed (plugin/pkg/managedseed/validator/admission.go)', () => {
  const seed: ManagedSeedInput = {
    name: 'nord-2', provider: 'openstack', region: 'eu-nord-1', zones: ['eu-nord-1a', 'eu-nord-1b'], ingressDomain: 'ingress.nord-2.seeds.example.com',
    networks: { nodes: '172.30.0.0/16', pods: '172.28.0.0/15', services: '172.31.0.0/16' },
  };
  const shoot: ManagedSeedShootInput = {
    name: 'nord-2', namespace: 'garden', backend: 'gardener', seed: 'nord-1', provider: 'openstack', region: 'eu-nord-1', dnsDomain: 'nord-2.seeds.example.com',
    networking: { nodes: '172.30.0.0/16', pods: '172.28.0.0/15', services: '172.31.0.0/16' }, workers: [{ zones: ['eu-nord-1a', 'eu-nord-1b', 'eu-nord-1c'] }],
  };
  const SPEC = 'spec.gardenlet.config.seedConfig.spec';

  it('accepts a seed that matches its shoot', () => {
    expect(run((e) => validateManagedSeed(seed, shoot, e))).toEqual([]);
    // The shoot without a node range leaves the seed's free (validateSeedSpec compares only when the shoot has one).
    expect(run((e) => validateManagedSeed(seed, { ...shoot, networking: { ...shoot.networking, nodes: undefined } }, e))).toEqual([]);
  });

  test.each<[string, Partial<ManagedSeedInput>, Partial<ManagedSeedShootInput>, string[]]>([
    ['a shoot outside namespace garden ("shoot garden/<name> not found")', {}, { namespace: 'garden-shop' }, [
      `${S} spec.shoot.name: Invalid: shoot garden/nord-2 not found: a ManagedSeed's shoot must be in namespace garden (the project named garden), not garden-shop (got "nord-2")`,
    ]],
    ['a shoot of another backend', {}, { backend: 'kamaji' }, [
      `${S} spec.shoot.name: Invalid: the shoot uses the kamaji backend; only gardener-backend shoots are Shoots of the garden (got "nord-2")`,
    ]],
    ['a shoot hosted on the seed it becomes', {}, { seed: 'nord-2' }, [
      `${S} spec.shoot.name: Invalid: the shoot is hosted on seed nord-2 itself; host it on another seed (got "nord-2")`,
    ]],
    ['a workerless shoot', { zones: [] }, { workers: [] }, [
      `${S} spec.shoot.name: Invalid: workerless shoot cannot be used to create managed seed (got "nord-2")`,
    ]],
    ['a shoot without a domain', {}, { dnsDomain: undefined }, [
      `${S} spec.shoot.name: Invalid: shoot garden/nord-2 does not specify a domain (got "nord-2")`,
    ]],
    ['an ingress domain not under the shoot domain', { ingressDomain: 'nord-2.seeds.example.com' }, {}, [
      `${S} ${SPEC}.ingress.domain: Invalid: seed ingress domain must be equal to shoot DNS domain ingress.nord-2.seeds.example.com (got "nord-2.seeds.example.com")`,
    ]],
    ['other networks', { networks: { nodes: '172.16.0.0/16', pods: '172.20.0.0/14', services: '172.24.0.0/16' } }, {}, [
      `${S} ${SPEC}.networks.nodes: Invalid: seed nodes CIDR must be equal to shoot nodes CIDR 172.30.0.0/16 (got "172.16.0.0/16")`,
      `${S} ${SPEC}.networks.pods: Invalid: seed pods CIDR must be equal to shoot pods CIDR 172.28.0.0/15 (got "172.20.0.0/14")`,
      `${S} ${SPEC}.networks.services: Invalid: seed services CIDR must be equal to shoot services CIDR 172.31.0.0/16 (got "172.24.0.0/16")`,
    ]],
    ['another provider and region', { provider: 'vsphere', region: 'eu-sued-1' }, {}, [
      `${S} ${SPEC}.provider.region: Invalid: seed provider region must be equal to shoot region eu-nord-1 (got "eu-sued-1")`,
      `${S} ${SPEC}.provider.type: Invalid: seed provider type must be equal to shoot provider type openstack (got "vsphere")`,
    ]],
    ['a seed zone no worker of the shoot is in', { zones: ['eu-nord-1a', 'eu-nord-1d'] }, {}, [
      `${S} ${SPEC}.provider.zones: Invalid: cannot use zone in seed provider that is not available in referenced shoot (eu-nord-1d not in the shoot's worker zones: eu-nord-1a, eu-nord-1b, eu-nord-1c) (got ["eu-nord-1a","eu-nord-1d"])`,
    ]],
  ])('fails for %s', (_why, seedChange, shootChange, expected) => {
    expect(run((e) => validateManagedSeed({ ...seed, ...seedChange }, { ...shoot, ...shootChange }, e))).toEqual(expected);
  });
});

describe('seed registration across the fleet (lib/resolve/fleet.ts)', () => {
  const NOW = new Date('2026-11-25T00:00:00Z');

  it('the example registers nord-1 and sued-1 by Gardenlets and nord-2 by a ManagedSeed of garden/nord-2', () => {
    const { fleet } = renderFleetFile('openstack-gardener');
    expect(fleet.seeds.map((s) => [s.name, s.gardenlet.registration, s.gardenlet.shoot])).toEqual([
      ['nord-1', SeedRegistration.GARDENLET, undefined], ['nord-2', SeedRegistration.MANAGED_SEED, 'nord-2'], ['sued-1', SeedRegistration.GARDENLET, undefined],
    ]);
  });

  it('refuses a shoot registered by two ManagedSeeds, a cycle of ManagedSeeds, and a shoot outside the garden project, all at once', () => {
    const garden = loadFleet('openstack-gardener');
    const seeds = new Map(garden.seeds.map((s) => [s.name, s]));
    const nord2Shoot = garden.shoots.find((s) => s.key === 'garden--nord-2')!;
    // sued-1 also claims garden/nord-2; nord-1 becomes a ManagedSeed of a shop shoot hosted on nord-2 (nord-1 → nord-2 → nord-1).
    (seeds.get('sued-1')!.props as any).gardenlet = { registration: SeedRegistration.MANAGED_SEED, shoot: nord2Shoot };
    const shop = garden.projects.find((p) => p.name === 'shop') as Project;
    const prod = shop.shoots.find((s) => s.name === 'prod') as Shoot;
    (seeds.get('nord-1')!.props as any).gardenlet = { registration: SeedRegistration.MANAGED_SEED, shoot: prod };
    const { errors } = resolveFleet(garden, { now: NOW });
    const messages = errors.map((e) => `${e.path} ${e.field}: ${e.detail}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringContaining('sued-1 spec.shoot.name: shoot garden/nord-2 already registered as seed by managed seed garden/nord-2'),
      expect.stringContaining("nord-1 spec.shoot.name: shoot garden/prod not found: a ManagedSeed's shoot must be in namespace garden"),
      expect.stringContaining('nord-1 spec.shoot.name: the seeds nord-1 → nord-2 → nord-1 each run on the next one\'s shoot'),
    ]));
  });
});
