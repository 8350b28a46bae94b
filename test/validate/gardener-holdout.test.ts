/**
 * The Gardener hold-out: seedbed's Gardener rules (lib/validate/gardener.ts, applied to objects by
 * lib/validate/gardener-objects.ts) run over
 *  1. the `garden/` objects seedbed renders for the openstack-gardener example (fresh and committed), and
 *  2. fixtures derived from the example manifests of gardener/gardener v1.149.3 (`example/50-seed.yaml`,
 *     `example/55-gardenlet.yaml`, `example/55-managedseed-gardenlet.yaml`, `example/90-shoot.yaml`). The
 *     examples are not in ../shared, so the fixtures below restate their fields (placeholders such as
 *     `<provider-name>` filled with OpenStack values where a rule reads them).
 * Then one table row per rule, each naming the upstream file it mirrors, with an object that breaks it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { checkGardenerObjects } from '../../lib/validate/gardener-objects';
import { formatFieldError } from '../../lib/core/problems';
import { allObjects, REPO_ROOT } from '../support/fleets';
import { renderFleetFile } from '../render/capi/support';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const check = (objects: unknown[], previous: unknown[] = []) => checkGardenerObjects(objects, previous).map(formatFieldError);

const secret = (name: string) => ({ apiVersion: 'v1', kind: 'Secret', name, namespace: 'garden' });

/** example/50-seed.yaml: a Seed with DNS provider, internal domain, ingress, backup and networks. */
const seedSpec = () => ({
  provider: { type: 'openstack', region: 'europe-1', zones: ['europe-1a'] },
  backup: { provider: 'openstack', region: 'europe-1', credentialsRef: secret('backup-secret') },
  dns: {
    provider: { type: 'aws-route53', credentialsRef: secret('ingress-secret') },
    internal: { type: 'aws-route53', domain: 'internal.dev.example.com', credentialsRef: secret('internal-domain-secret') },
  },
  ingress: { domain: 'ingress.dev.my-seed.example.com', controller: { kind: 'nginx' } },
  networks: { nodes: '10.240.0.0/16', pods: '10.241.128.0/17', services: '10.241.0.0/17' },
  settings: { scheduling: { visible: true } },
});
const exampleSeed = () => ({ apiVersion: 'core.gardener.cloud/v1beta1', kind: 'Seed', metadata: { name: 'my-seed' }, spec: seedSpec() });

/** example/55-gardenlet.yaml: the gardenlet chart by repository (the example leaves the tag commented out). */
const exampleGardenlet = (oci: Record<string, string> = { repository: 'europe-docker.pkg.dev/gardener-project/releases/charts/gardener/gardenlet', tag: 'v1.149.3' }) => ({
  apiVersion: 'seedmanagement.gardener.cloud/v1alpha1', kind: 'Gardenlet', metadata: { name: 'my-seed', namespace: 'garden' },
  spec: {
    deployment: { replicaCount: 2, revisionHistoryLimit: 2, helm: { ociRepository: oci } },
    config: { apiVersion: 'gardenlet.config.gardener.cloud/v1alpha1', kind: 'GardenletConfiguration', seedConfig: { metadata: { labels: { base: 'example' } }, spec: seedSpec() } },
  },
});

/** example/90-shoot.yaml: shoot crazy-botany (namespace garden-dev there), one worker pool, a custom domain. */
const exampleShoot = (namespace = 'garden-dev') => ({
  apiVersion: 'core.gardener.cloud/v1beta1', kind: 'Shoot', metadata: { name: 'crazy-botany', namespace },
  spec: {
    credentialsBindingName: 'my-provider-account', cloudProfile: { name: 'cloudprofile1' }, region: 'europe-central-1', purpose: 'evaluation', seedName: 'my-seed',
    provider: { type: 'openstack', workers: [{ name: 'cpu-worker', minimum: 3, maximum: 5, machine: { type: 'm5.large' }, zones: ['europe-central-1a'] }] },
    kubernetes: {}, dns: { domain: 'crazy-botany.core.my-custom-domain.com' },
    networking: { type: 'calico', pods: '100.96.0.0/11', nodes: '10.250.0.0/16', services: '100.64.0.0/13' },
  },
});

/** example/55-managedseed-gardenlet.yaml: shoot crazy-botany as a seed, ServiceAccount bootstrap, merged with the parent gardenlet. */
const exampleManagedSeed = (seedConfig?: unknown) => ({
  apiVersion: 'seedmanagement.gardener.cloud/v1alpha1', kind: 'ManagedSeed', metadata: { name: 'my-managed-seed', namespace: 'garden' },
  spec: {
    shoot: { name: 'crazy-botany' },
    gardenlet: { bootstrap: 'ServiceAccount', mergeWithParent: true, config: { apiVersion: 'gardenlet.config.gardener.cloud/v1alpha1', kind: 'GardenletConfiguration', ...(seedConfig ? { seedConfig } : {}) } },
  },
});

/** A ManagedSeed whose seedConfig matches shoot garden/crazy-botany, as admission requires. */
function matchingManagedSeed() {
  const shoot = exampleShoot('garden');
  (shoot.spec.kubernetes as any).verticalPodAutoscaler = { enabled: true };
  const spec = {
    ...seedSpec(),
    provider: { type: 'openstack', region: 'europe-central-1', zones: ['europe-central-1a'] },
    ingress: { domain: 'ingress.crazy-botany.core.my-custom-domain.com', controller: { kind: 'nginx' } },
    networks: { nodes: '10.250.0.0/16', pods: '100.96.0.0/11', services: '100.64.0.0/13' },
  };
  return { shoot, managedSeed: exampleManagedSeed({ metadata: {}, spec }) };
}

describe('hold-out: seedbed\'s rendered garden/ objects pass every Gardener rule seedbed mirrors', () => {
  it('the fresh render of openstack-gardener', () => {
    const objects = allObjects(renderFleetFile('openstack-gardener').tree).filter((o) => o.file.startsWith('garden/')).map((o) => o.object);
    expect(objects.filter((o) => ['Gardenlet', 'ManagedSeed', 'Shoot'].includes(o.kind)).length).toBe(13);
    expect(check(objects)).toEqual([]);
    // provider-openstack v1.57.0 reads the legacy per-region/architecture image mapping when the CloudProfile
    // defines no capabilities (pkg/apis/openstack/helper/helper.go convertLegacyVersionsToCapabilityFlavors),
    // and refuses capabilityFlavors without them (pkg/apis/openstack/validation/cloudprofile.go
    // validateMachineImageVersion: "must not be set as CloudProfile does not define capabilities").
    const profile = objects.find((o) => o.kind === 'CloudProfile')!;
    expect(profile.spec.machineCapabilities).toBeUndefined();
    expect(JSON.stringify(profile.spec.providerConfig)).not.toContain('capabilityFlavors');
  });

  it('the committed snapshot, also as the previous state of the fresh render (no immutable field changed)', () => {
    const dir = path.join(REPO_ROOT, 'snapshots', 'openstack-gardener', 'garden');
    // The seeds' registrations and the Shoots, wherever the stage layout (lib/pipeline/garden.ts) put them.
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /(^|\/)(gardenlets|managedseeds|shoots)\.yaml$/.test(f)).sort().map((f) => path.join(dir, f));
    expect(files.length).toBe(6);
    const committed = files.flatMap((f) => parseAllDocuments(fs.readFileSync(f, 'utf8')).map((d) => d.toJS()));
    expect(check(committed)).toEqual([]);
    const fresh = allObjects(renderFleetFile('openstack-gardener').tree).filter((o) => o.file.startsWith('garden/')).map((o) => o.object);
    expect(check(fresh, committed)).toEqual([]);
  });
});

describe('hold-out: objects derived from gardener/gardener v1.149.3 example/*.yaml', () => {
  it('example/50-seed.yaml passes (backup provider filled as openstack)', () => {
    expect(check([exampleSeed()])).toEqual([]);
  });

  it('example/50-seed.yaml as written: its placeholder backup provider is no registered extension type', () => {
    const seed = exampleSeed();
    seed.spec.backup.provider = '<provider-name>';
    expect(check([seed])).toEqual([
      'Seed my-seed spec.backup.provider: NotSupported: no Gardener extension seedbed renders for registers this backup provider (got "<provider-name>"; allowed: openstack, swift)',
    ]);
  });

  it('example/55-gardenlet.yaml as written (tag commented out) is refused, as ValidateOCIRepository refuses it; with a tag it passes', () => {
    expect(check([exampleGardenlet({ repository: 'europe-docker.pkg.dev/gardener-project/releases/charts/gardener/gardenlet' })])).toEqual([
      'Gardenlet garden/my-seed spec.deployment.helm.ociRepository: Required: must provide either tag or digest',
    ]);
    expect(check([exampleGardenlet()])).toEqual([]);
  });

  it('example/55-managedseed-gardenlet.yaml with example/90-shoot.yaml: the shoot is in garden-dev, so admission finds no shoot garden/crazy-botany', () => {
    expect(check([exampleManagedSeed(), exampleShoot()])).toEqual([
      'ManagedSeed garden/my-managed-seed spec.shoot.name: Invalid: shoot garden/crazy-botany not found (got "crazy-botany")',
    ]);
  });

  it('the same ManagedSeed with the shoot in garden, the shoot VPA on and a matching seedConfig passes', () => {
    const { shoot, managedSeed } = matchingManagedSeed();
    expect(check([managedSeed, shoot, exampleSeed()])).toEqual([]);
  });
});

const SC = 'spec.gardenlet.config.seedConfig.spec';
describe('one row per Gardener rule seedbed mirrors (object form)', () => {
  test.each<[string, string, () => { objects: unknown[]; previous?: unknown[] }, string[]]>([
    ['Seed with ingress needs dns.provider', 'pkg/api/core/validation/seed.go', () => {
      const s = exampleSeed(); delete (s.spec.dns as any).provider; return { objects: [s] };
    }, ['Seed my-seed spec.dns.provider: Required: the seed hosts gardener-backend shoots and has an ingress domain, so Gardener requires a DNS provider: set dns.gardenerProvider (type and credentials)']],
    ['Seed without ingress needs no dns.provider', 'pkg/api/core/validation/seed.go', () => {
      const s = exampleSeed(); delete (s.spec.dns as any).provider; delete (s.spec as any).ingress; return { objects: [s] };
    }, []],
    ['Seed needs dns.internal', 'pkg/api/core/validation/seed.go', () => {
      const s = exampleSeed(); delete (s.spec.dns as any).internal; return { objects: [s] };
    }, ['Seed my-seed spec.dns.internal: Required: the seed hosts gardener-backend shoots, so Gardener requires an internal DNS domain: set dns.gardenerInternal (type, domain and credentials)']],
    ['DNS credentials name a Secret', 'pkg/api/core/validation/utils.go ValidateCredentialsRef', () => {
      const s = exampleSeed(); s.spec.dns.provider.credentialsRef.name = 'Ingress_Secret'; return { objects: [s] };
    }, [expect.stringContaining('Seed my-seed spec.dns.provider.credentialsRef.name: Invalid:') as unknown as string]],
    ['Gardenlet in namespace garden', 'pkg/api/seedmanagement/validation/gardenlet.go ValidateGardenlet', () => {
      const g = exampleGardenlet(); g.metadata.namespace = 'garden-dev'; return { objects: [g] };
    }, ['Gardenlet garden-dev/my-seed metadata.namespace: Invalid: namespace must be garden (got "garden-dev")']],
    ['Gardenlet chart: ref excludes repository/tag/digest', 'pkg/api/core/validation/controllerdeployment.go ValidateOCIRepository', () => (
      { objects: [exampleGardenlet({ ref: 'registry.example.com/gardenlet:v1', tag: 'v1' })] }
    ), ['Gardenlet garden/my-seed spec.deployment.helm.ociRepository.tag: Forbidden: cannot provide tag when ref is set (got "v1")']],
    ['Gardenlet chart: digest is sha256', 'pkg/api/core/validation/controllerdeployment.go ValidateOCIRepository', () => (
      { objects: [exampleGardenlet({ repository: 'registry.example.com/gardenlet', digest: 'md5:00' })] }
    ), ['Gardenlet garden/my-seed spec.deployment.helm.ociRepository.digest: Invalid: must start with \'sha256:\' (got "md5:00")']],
    ['seedConfig has no name', 'pkg/api/seedmanagement/validation/managedseed.go validateGardenletConfiguration', () => {
      const g = exampleGardenlet(); (g.spec.config.seedConfig.metadata as any).name = 'my-seed'; return { objects: [g] };
    }, ['Gardenlet garden/my-seed spec.config.seedConfig.metadata.name: Forbidden: seed name is forbidden (got "my-seed")']],
    ['ManagedSeed names its shoot', 'pkg/api/seedmanagement/validation/managedseed.go validateShoot', () => {
      const m = exampleManagedSeed(); (m.spec as any).shoot = {}; return { objects: [m] };
    }, ['ManagedSeed garden/my-managed-seed spec.shoot.name: Required: shoot name is required']],
    ['ManagedSeed bootstrap is a known mechanism', 'pkg/api/seedmanagement/validation/managedseed.go validateGardenlet', () => {
      const { shoot, managedSeed } = matchingManagedSeed(); (managedSeed.spec.gardenlet as any).bootstrap = 'Token'; return { objects: [managedSeed, shoot] };
    }, ['ManagedSeed garden/my-managed-seed spec.gardenlet.bootstrap: NotSupported: not supported (got "Token"; allowed: ServiceAccount, BootstrapToken, None)']],
    ['ManagedSeed shoot has the VPA', 'plugin/pkg/managedseed/validator/admission.go', () => {
      const { shoot, managedSeed } = matchingManagedSeed(); delete (shoot.spec.kubernetes as any).verticalPodAutoscaler; return { objects: [managedSeed, shoot] };
    }, ['ManagedSeed garden/my-managed-seed spec.shoot.name: Invalid: shoot VPA has to be enabled for managed seeds (got "crazy-botany")']],
    ['ManagedSeed seed matches its shoot (ingress, networks, provider, region, zones)', 'plugin/pkg/managedseed/validator/admission.go validateSeedSpec', () => {
      const { shoot, managedSeed } = matchingManagedSeed();
      const spec = (managedSeed.spec.gardenlet.config as any).seedConfig.spec;
      spec.ingress.domain = 'ingress.other.example.com'; spec.networks.pods = '10.0.0.0/16'; spec.provider.region = 'europe-1'; spec.provider.zones = ['europe-1a'];
      return { objects: [managedSeed, shoot] };
    }, [
      `ManagedSeed garden/my-managed-seed ${SC}.ingress.domain: Invalid: seed ingress domain must be equal to shoot DNS domain ingress.crazy-botany.core.my-custom-domain.com (got "ingress.other.example.com")`,
      `ManagedSeed garden/my-managed-seed ${SC}.networks.pods: Invalid: seed pods CIDR must be equal to shoot pods CIDR 100.96.0.0/11 (got "10.0.0.0/16")`,
      `ManagedSeed garden/my-managed-seed ${SC}.provider.region: Invalid: seed provider region must be equal to shoot region europe-central-1 (got "europe-1")`,
      `ManagedSeed garden/my-managed-seed ${SC}.provider.zones: Invalid: cannot use zone in seed provider that is not available in referenced shoot (europe-1a not in the shoot's worker zones: europe-central-1a) (got ["europe-1a"])`,
    ]],
    ['Shoot tolerates its seed\'s taints', 'plugin/pkg/shoot/validator/admission.go', () => {
      const s = exampleSeed(); (s.spec as any).taints = [{ key: 'seed.example.com/premium' }]; return { objects: [s, exampleShoot()] };
    }, ['Shoot garden-dev/crazy-botany spec.tolerations: Forbidden: seed my-seed has taint seed.example.com/premium and the shoot does not tolerate it (got "seed.example.com/premium")']],
    ['Shoot region, CloudProfile and networking type are immutable', 'pkg/api/core/validation/shoot.go; pkg/utils/gardener/cloudprofile.go', () => {
      const before = exampleShoot(); const after = clone(before);
      after.spec.region = 'europe-west-1'; after.spec.cloudProfile.name = 'cloudprofile2'; after.spec.networking.type = 'cilium';
      return { objects: [after], previous: [before] };
    }, [
      expect.stringMatching(/^Shoot garden-dev\/crazy-botany spec\.region: Invalid: field is immutable: the Shoot has europe-central-1 \(the previous object\)/) as unknown as string,
      expect.stringMatching(/^Shoot garden-dev\/crazy-botany spec\.cloudProfile\.name: Invalid: field is immutable: the Shoot has cloudprofile1/) as unknown as string,
      expect.stringMatching(/^Shoot garden-dev\/crazy-botany spec\.networking\.type: Invalid: field is immutable: the Shoot has calico/) as unknown as string,
    ]],
    ['Shoot workers cannot all go', 'pkg/api/core/validation/shoot.go validateWorkerUpdate', () => {
      const before = exampleShoot(); const after = clone(before); after.spec.provider.workers = [];
      return { objects: [after], previous: [before] };
    }, ['Shoot garden-dev/crazy-botany spec.provider.workers: Forbidden: cannot switch from a Shoot with workers to a workerless Shoot (gardener pkg/api/core/validation/shoot.go validateWorkerUpdate) (got 0)']],
    ['hostile object data is reported, never thrown', '(seedbed)', () => ({ objects: [null, 'x', { kind: 'Seed', apiVersion: 'core.gardener.cloud/v1beta1', metadata: { name: 'x' }, spec: { dns: 'nope', ingress: {} } }] }), [
      'Seed x spec.dns.internal: Required: the seed hosts gardener-backend shoots, so Gardener requires an internal DNS domain: set dns.gardenerInternal (type, domain and credentials)',
      'Seed x spec.dns.provider: Required: the seed hosts gardener-backend shoots and has an ingress domain, so Gardener requires a DNS provider: set dns.gardenerProvider (type and credentials)',
    ]],
  ])('%s (%s)', (_rule, _source, build, expected) => {
    const { objects, previous } = build();
    const found = check(objects, previous);
    expect(found).toHaveLength(expected.length);
    expect(found).toEqual(expect.arrayContaining(expected));
  });
});
