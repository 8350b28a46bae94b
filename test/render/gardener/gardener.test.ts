import { objectsOf, one, renderFleetFile } from '../capi/support';

describe('Gardener backend (openstack-gardener)', () => {
  const { fleet, tree } = renderFleetFile('openstack-gardener');

  /** The Seed each Gardenlet or ManagedSeed registers: its name and the `seedConfig` it carries. */
  const seedsOf = () => new Map([
    ...objectsOf(tree, 'Gardenlet').map((g) => [g.metadata.name, g.spec.config.seedConfig] as const),
    ...objectsOf(tree, 'ManagedSeed').map((m) => [m.metadata.name, m.spec.gardenlet.config.seedConfig] as const),
  ]);

  test('garden/ holds the CloudProfile, the seeds\' registrations, and per project the Project, its CredentialsBinding and Shoots (in stage folders: test/pipeline/garden.test.ts)', () => {
    const files = [...tree.keys()].filter((p) => p.startsWith('garden/') && p.endsWith('.yaml') && !p.endsWith('/kustomization.yaml') && !p.startsWith('garden/flux-system/')).sort();
    expect(files).toEqual([
      'garden/base/cloudprofiles.yaml',
      'garden/base/gardenlets.yaml',
      ...['data', 'garden', 'platform', 'shop'].flatMap((p) => [
        `garden/projects/${p}/credentials/credentialsbindings.yaml`,
        ...(p === 'garden' ? [`garden/projects/${p}/managed-seeds/managedseeds.yaml`] : []),
        `garden/projects/${p}/project/projects.yaml`, `garden/projects/${p}/shoots/shoots.yaml`]),
    ]);
    expect(objectsOf(tree, 'Shoot').map((s) => `${s.metadata.namespace}/${s.metadata.name}`)).toEqual(fleet.shoots.map((s) => `${s.project === 'garden' ? 'garden' : `garden-${s.project}`}/${s.name}`));
    // No bare Seed: the gardenlet owns the Seed it registers.
    expect(objectsOf(tree, 'Seed')).toEqual([]);
  });

  test('nothing of a Gardener shoot goes into its seed, and it has no Terraform stack', () => {
    expect([...tree.keys()].filter((p) => (p.startsWith('seeds/') && p.includes('/shoots/')) || p.startsWith('terraform/'))).toEqual([]);
    expect(objectsOf(tree, 'DataStore')).toEqual([]);
  });

  test('a Shoot: profile, region, seed, purpose, credentials, networking, maintenance, control-plane HA', () => {
    const prod = one(tree, 'Shoot', 'prod', 'garden-shop');
    expect(prod.apiVersion).toBe('core.gardener.cloud/v1beta1');
    expect(prod.spec).toMatchObject({
      cloudProfile: { kind: 'CloudProfile', name: 'openstack' },
      region: 'eu-nord-1',
      seedName: 'nord-2',
      purpose: 'production',
      // The shop's declared binding (Project.addCredentialsBinding).
      credentialsBindingName: 'openstack-shop',
      kubernetes: { version: '1.32.9' },
      networking: { type: 'calico', nodes: '10.250.0.0/16', pods: '100.96.0.0/11', services: '100.64.0.0/13' },
      maintenance: { timeWindow: { begin: '030000+0100', end: '050000+0100' }, autoUpdate: { kubernetesVersion: false, machineImageVersion: true } },
      controlPlane: { highAvailability: { failureTolerance: { type: 'zone' } } },
      dns: { domain: 'prod.shop.k8s.nordcloud.example' },
    });
    expect(prod.metadata.labels).toMatchObject({ tier: 'gold', 'cost-center': 'cc-4711' });
  });

  test('tolerations and seedSelector from the fleet reach the Shoot, so a shoot on a tainted seed is admitted', () => {
    const prod = one(tree, 'Shoot', 'prod', 'garden-shop');
    expect(prod.spec.tolerations).toEqual([{ key: 'seed.nordcloud.example/premium' }]);
    expect(prod.spec.seedSelector).toEqual({ matchLabels: { 'seed.nordcloud.example/tier': 'premium' } });
    // Shoots that declare neither carry neither field.
    const dev = one(tree, 'Shoot', 'sandbox', 'garden-platform');
    expect(dev.spec.tolerations).toBeUndefined();
    expect(dev.spec.seedSelector).toBeUndefined();
    // Gardener's rule (plugin/pkg/shoot/validator/admission.go, TaintsAreTolerated): every taint of the
    // shoot's seed has a toleration with its key (and value, where the toleration gives one).
    const seeds = seedsOf();
    for (const shoot of objectsOf(tree, 'Shoot')) {
      const taints: Array<{ key: string; value?: string }> = seeds.get(shoot.spec.seedName)?.spec.taints ?? [];
      const tolerations: Array<{ key: string; value?: string }> = shoot.spec.tolerations ?? [];
      for (const t of taints) {
        expect([shoot.metadata.name, tolerations.some((o) => o.key === t.key && (o.value === undefined || o.value === t.value))]).toEqual([shoot.metadata.name, true]);
      }
    }
  });

  test('workers: machine, image, sizes, surge, zones, volume, labels and taints as Gardener has them', () => {
    const prod = one(tree, 'Shoot', 'prod', 'garden-shop');
    expect(prod.spec.provider.workers[1]).toEqual({
      name: 'web',
      machine: { type: 'm1.xlarge', image: { name: 'gardenlinux', version: '1877.3.0' }, architecture: 'amd64' },
      minimum: 6, maximum: 30, maxSurge: 3, maxUnavailable: 0,
      zones: ['eu-nord-1a', 'eu-nord-1b', 'eu-nord-1c'],
      volume: { type: 'ssd', size: '200Gi' },
      labels: { 'node.nordcloud.example/role': 'web' },
      cri: { name: 'containerd' },
      updateStrategy: 'AutoRollingUpdate',
    });
    const ci = one(tree, 'Shoot', 'ci', 'garden-platform');
    expect(ci.spec.provider.workers[0].taints).toEqual([{ key: 'ci.nordcloud.example/runner', value: 'true', effect: 'NoSchedule' }]);
    expect(ci.spec.provider.workers[0].maxSurge).toBe('25%');
  });

  test('hibernation: enabled and schedules', () => {
    expect(one(tree, 'Shoot', 'sandbox', 'garden-platform').spec.hibernation).toEqual({ enabled: true });
    expect(one(tree, 'Shoot', 'ci', 'garden-platform').spec.hibernation).toEqual({
      enabled: false, schedules: [{ start: '0 20 * * 1-5', end: '0 6 * * 1-5', location: 'Europe/Berlin' }],
    });
  });

  test('OpenStack provider configs: floating pool, node network, existing network and router', () => {
    const lake = one(tree, 'Shoot', 'lake', 'garden-data');
    expect(lake.spec.provider.infrastructureConfig).toEqual({
      apiVersion: 'openstack.provider.extensions.gardener.cloud/v1alpha1',
      kind: 'InfrastructureConfig',
      floatingPoolName: 'public',
      networks: { workers: '10.40.0.0/20', id: '5f0b1a36-6b6e-4c1f-9a2b-2f4d3c1e0a11', router: { id: '8c2d4e6f-0a1b-4c3d-8e5f-6a7b8c9d0e1f' } },
    });
    expect(lake.spec.provider.controlPlaneConfig).toEqual({
      apiVersion: 'openstack.provider.extensions.gardener.cloud/v1alpha1', kind: 'ControlPlaneConfig', loadBalancerProvider: 'amphora',
    });
  });

  test('the CloudProfile: versions with expiry as timestamps, machine types as quantities, image mapping', () => {
    const profile = one(tree, 'CloudProfile', 'openstack');
    expect(profile.spec.kubernetes.versions[3]).toEqual({ version: '1.31.13', classification: 'deprecated', expirationDate: '2027-01-31T23:59:59Z' });
    expect(profile.spec.machineTypes[1]).toEqual({
      name: 'm1.large', cpu: '4', gpu: '0', memory: '8Gi', usable: true, architecture: 'amd64', storage: { class: 'standard', type: 'default', size: '80Gi' },
    });
    expect(profile.spec.providerConfig.machineImages[1]).toEqual({ name: 'flatcar', versions: [{ version: '4230.2.0', image: 'flatcar-stable-4230.2.0' }] });
  });

  test('CloudProfile providerConfig: an arm64 build per region by image ID, so the arm64 pool gets an arm64 image', () => {
    const profile = one(tree, 'CloudProfile', 'openstack');
    expect(profile.spec.providerConfig.machineImages[0]).toEqual({
      name: 'gardenlinux',
      versions: [
        { version: '1877.3.0', regions: [
          { name: 'eu-nord-1', id: '3d1c8a52-7f0e-4b7a-9a61-1f2e3d4c5b01', architecture: 'amd64' },
          { name: 'eu-nord-1', id: '3d1c8a52-7f0e-4b7a-9a61-1f2e3d4c5b02', architecture: 'arm64' },
          { name: 'eu-sued-1', id: '9e4b7c10-2a3d-4e5f-8a9b-0c1d2e3f4a01', architecture: 'amd64' },
          { name: 'eu-sued-1', id: '9e4b7c10-2a3d-4e5f-8a9b-0c1d2e3f4a02', architecture: 'arm64' },
        ] },
        { version: '1592.9.0', image: 'gardenlinux-1592.9.0-amd64' },
      ],
    });
    // ci's arm pool: what provider-openstack would boot in the shoot's region is the arm64 build.
    const ci = one(tree, 'Shoot', 'ci', 'garden-platform');
    const arm = ci.spec.provider.workers.find((w: any) => w.name === 'arm');
    expect(arm.machine).toEqual({ type: 'a1.large', image: { name: 'gardenlinux', version: '1877.3.0' }, architecture: 'arm64' });
    const version = profile.spec.providerConfig.machineImages[0].versions.find((v: any) => v.version === arm.machine.image.version);
    expect(version.regions.filter((r: any) => r.name === ci.spec.region && r.architecture === 'arm64').map((r: any) => r.id)).toEqual(['3d1c8a52-7f0e-4b7a-9a61-1f2e3d4c5b02']);
  });

  test('Seeds: DNS provider and internal DNS as given, backup provider as the extension type it stands for', () => {
    const nord1 = seedsOf().get('nord-1')!;
    expect(nord1.spec.dns).toEqual({
      provider: { type: 'openstack-designate', credentialsRef: { apiVersion: 'v1', kind: 'Secret', name: 'designate-seeds', namespace: 'garden' } },
      internal: {
        type: 'openstack-designate', domain: 'nord-1.internal.nordcloud.example',
        credentialsRef: { apiVersion: 'v1', kind: 'Secret', name: 'designate-seeds', namespace: 'garden' },
      },
    });
    // The fleet says swift; provider-openstack registers `openstack` for BackupBucket/BackupEntry.
    expect(nord1.spec.backup).toEqual({
      provider: 'openstack', region: 'eu-nord-1', credentialsRef: { apiVersion: 'v1', kind: 'Secret', name: 'backup-swift', namespace: 'garden' },
    });
    // gardener-apiserver's rule (pkg/api/core/validation/seed.go): a Seed with ingress has dns.provider; every Seed has dns.internal.
    for (const [name, seed] of seedsOf()) {
      expect([name, Boolean(seed.spec.ingress && seed.spec.dns.provider?.type && seed.spec.dns.provider?.credentialsRef?.name)]).toEqual([name, true]);
      expect([name, Boolean(seed.spec.dns.internal?.domain)]).toEqual([name, true]);
    }
  });

  test('existing clusters are registered by Gardenlets: the gardenlet chart, and the Seed as seedConfig without a name', () => {
    const nord1 = one(tree, 'Gardenlet', 'nord-1', 'garden');
    expect(nord1.apiVersion).toBe('seedmanagement.gardener.cloud/v1alpha1');
    expect(nord1.spec.deployment).toEqual({ helm: { ociRepository: { ref: 'europe-docker.pkg.dev/gardener-project/releases/charts/gardener/gardenlet:v1.149.3' } } });
    expect(nord1.spec.config).toMatchObject({ apiVersion: 'gardenlet.config.gardener.cloud/v1alpha1', kind: 'GardenletConfiguration' });
    // pkg/api/seedmanagement/validation/managedseed.go validateGardenletConfiguration: "seed name is forbidden".
    expect(nord1.spec.config.seedConfig.metadata.name).toBeUndefined();
    expect(nord1.spec.config.seedConfig.metadata.labels).toMatchObject({ 'seed.nordcloud.example/tier': 'standard' });
    expect(nord1.spec.kubeconfigSecretRef).toBeUndefined();
    expect(objectsOf(tree, 'Gardenlet').map((g) => g.metadata.name)).toEqual(['nord-1', 'sued-1']);
  });

  test('nord-2 is a ManagedSeed of shoot garden/nord-2: same region, networks and zones, ingress under the shoot domain, shoot VPA on', () => {
    const ms = one(tree, 'ManagedSeed', 'nord-2', 'garden');
    expect(ms.spec.shoot).toEqual({ name: 'nord-2' });
    expect(ms.spec.gardenlet).toMatchObject({ bootstrap: 'ServiceAccount', mergeWithParent: true, config: { kind: 'GardenletConfiguration' } });
    const seed = ms.spec.gardenlet.config.seedConfig.spec;
    const shoot = one(tree, 'Shoot', 'nord-2', 'garden');
    expect(shoot.spec.seedName).toBe('nord-1');
    expect(shoot.spec.kubernetes.verticalPodAutoscaler).toEqual({ enabled: true });
    // plugin/pkg/managedseed/validator/admission.go validateSeedSpec, as the apiserver compares them.
    expect(seed.ingress.domain).toBe(`ingress.${shoot.spec.dns.domain}`);
    expect(seed.networks).toEqual({ nodes: shoot.spec.networking.nodes, pods: shoot.spec.networking.pods, services: shoot.spec.networking.services });
    expect([seed.provider.type, seed.provider.region]).toEqual([shoot.spec.provider.type, shoot.spec.region]);
    const workerZones = new Set(shoot.spec.provider.workers.flatMap((w: any) => w.zones));
    expect(seed.provider.zones.filter((z: string) => !workerZones.has(z))).toEqual([]);
    // Only the shoot a ManagedSeed registers asks for the VPA.
    expect(objectsOf(tree, 'Shoot').filter((s) => s.spec.kubernetes.verticalPodAutoscaler).map((s) => s.metadata.name)).toEqual(['nord-2']);
    expect(one(tree, 'Project', 'garden').spec.namespace).toBe('garden');
  });

  test('Seeds, Projects and CredentialsBindings', () => {
    const seed = seedsOf().get('nord-2')!;
    expect(seed.spec).toMatchObject({
      provider: { type: 'openstack', region: 'eu-nord-1' },
      ingress: { domain: 'ingress.nord-2.seeds.nordcloud.example' },
      taints: [{ key: 'seed.nordcloud.example/premium' }],
    });
    expect(one(tree, 'Project', 'shop').spec).toEqual({
      namespace: 'garden-shop', description: 'Online shop', owner: { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'shop-sre@nordcloud.example' },
    });
    const binding = one(tree, 'CredentialsBinding', 'openstack-credentials', 'garden-shop');
    expect(binding.apiVersion).toBe('security.gardener.cloud/v1alpha1');
    expect(binding.provider).toEqual({ type: 'openstack' });
    expect(binding.credentialsRef).toEqual({ apiVersion: 'v1', kind: 'Secret', name: 'openstack-credentials', namespace: 'garden-shop' });
    // The declared binding is rendered too, next to the one the other shop shoots imply by name.
    const declared = one(tree, 'CredentialsBinding', 'openstack-shop', 'garden-shop');
    expect(declared.provider).toEqual({ type: 'openstack' });
    expect(declared.credentialsRef).toEqual({ apiVersion: 'v1', kind: 'Secret', name: 'openstack-shop', namespace: 'garden-shop' });
    expect(objectsOf(tree, 'CredentialsBinding').filter((o) => o.metadata.namespace === 'garden-shop').map((o) => o.metadata.name)).toEqual(['openstack-credentials', 'openstack-shop']);
  });
});
