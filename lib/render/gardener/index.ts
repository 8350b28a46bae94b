/**
 * Gardener backend: for platform teams that run Gardener itself, seedbed authors the garden's
 * objects instead of running control planes in seeds. Shoots of this backend render into
 * `garden/` (applied to the garden cluster), nothing into their seed's folder and no Terraform
 * stack: Gardener's gardenlet and provider extensions do that work.
 *
 * This renderer produces the objects: CloudProfiles, the Gardenlets / ManagedSeeds registering the
 * seeds (never bare Seeds), and per project the Project, its CredentialsBindings and its Shoots.
 * Where they go, and in what order a GitOps engine applies them (stage folders under
 * `garden/base/` and `garden/projects/<project>/`), is decided in one place:
 * `lib/pipeline/garden.ts` (layoutGarden).
 *
 * CredentialsBindings point at a Secret of the same name in the project namespace; the Secret
 * holds the infrastructure credentials and is provided out of band, never rendered.
 */
import { intOrPercentValue } from '../../core/quantities';
import { GARDEN_NAMESPACE, gardenerBackupType, openStackProviderImages } from '../../core/gardener-extensions';
import { GARDEN_DIR, gardenProjectDir } from '../../layout/paths';
import type { ResolvedCloudProfile } from '../../resolve/model';
import { FLUX_PRUNE_DISABLED, LABELS, MANAGED_BY } from '../../core/labels';
import { Architecture, ControlPlaneBackend, CriName, FailureToleranceType, ProviderType, SeedRegistration } from '../../core/types';
import { ExpirableVersion } from '../../core/versions';
import { ResolvedFleet, ResolvedProject, ResolvedSeed, ResolvedShoot, ResolvedWorkerPool } from '../../resolve/model';
import { Manifest, RenderedFile } from '../../core/manifest';

export const CORE_API_VERSION = 'core.gardener.cloud/v1beta1';
export const SECURITY_API_VERSION = 'security.gardener.cloud/v1alpha1';
export const SEEDMANAGEMENT_API_VERSION = 'seedmanagement.gardener.cloud/v1alpha1';
export const GARDENLET_CONFIG_API_VERSION = 'gardenlet.config.gardener.cloud/v1alpha1';
export const OPENSTACK_PROVIDER_API_VERSION = 'openstack.provider.extensions.gardener.cloud/v1alpha1';
export const VSPHERE_PROVIDER_API_VERSION = 'vsphere.provider.extensions.gardener.cloud/v1alpha1';
/** Folder of the garden's objects in the output. */
export { GARDEN_DIR } from '../../layout/paths';

/** Gardener's expiration dates are timestamps; a date expires at its end (as seedbed reads it). */
export function expirationTimestamp(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  return date.length === 10 ? `${date}T23:59:59Z` : date;
}

function versionEntry(v: ExpirableVersion): Record<string, unknown> {
  return { version: v.version, classification: v.classification, expirationDate: expirationTimestamp(v.expirationDate) };
}

function gardenLabels(fleet: ResolvedFleet, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, [LABELS.managedBy]: MANAGED_BY, [LABELS.fleet]: fleet.name };
}

const gib = (n: number) => `${n}Gi`;
const nonEmpty = <T>(list: T[] | undefined): T[] | undefined => (list && list.length > 0 ? list : undefined);

/** The provider-specific part of a CloudProfile. */
function cloudProfileConfig(profile: ResolvedCloudProfile): Record<string, unknown> | undefined {
  const os = profile.props.openstack;
  if (profile.type === ProviderType.OPENSTACK && os) {
    return {
      apiVersion: OPENSTACK_PROVIDER_API_VERSION,
      kind: 'CloudProfileConfig',
      keystoneURLs: os.keystoneUrls.map((k) => ({ region: k.region, url: k.url })),
      dnsServers: nonEmpty(os.dnsServers ? [...os.dnsServers] : undefined),
      // One entry per image version: by name while no build has an ID, else by ID per region and
      // architecture, so a non-amd64 pool gets its own build (core/gardener-extensions.ts).
      machineImages: openStackProviderImages(os.machineImages, profile.props.regions.map((r) => r.name)),
      constraints: {
        floatingPools: os.floatingPools.map((f) => ({ name: f.name, region: f.region })),
        loadBalancerProviders: (os.loadBalancerProviders ?? [{ name: 'amphora' }]).map((l) => ({ name: l.name, region: l.region })),
      },
    };
  }
  const vs = profile.props.vsphere;
  if (profile.type === ProviderType.VSPHERE && vs) {
    // provider-vsphere v0.33.2 maps one template per version, without an architecture (pkg/apis/vsphere/helper/helper.go
    // FindImage): amd64 templates only; validation refuses gardener vSphere pools of other architectures.
    const images = new Map<string, Array<{ version: string; path: string; guestId?: string }>>();
    for (const m of vs.machineImages) {
      if ((m.architecture ?? Architecture.AMD64) !== Architecture.AMD64) continue;
      images.set(m.name, [...(images.get(m.name) ?? []), { version: m.version, path: m.template, guestId: m.guestId }]);
    }
    return {
      apiVersion: VSPHERE_PROVIDER_API_VERSION,
      kind: 'CloudProfileConfig',
      folder: vs.regions[0]?.folder,
      dnsServers: nonEmpty(vs.dnsServers ? [...vs.dnsServers] : undefined),
      regions: vs.regions.map((r) => ({
        name: r.name,
        vsphereHost: r.vcenter,
        datacenter: r.datacenter,
        datastore: r.datastore,
        zones: r.zones.map((z) => ({ name: z.name, computeCluster: z.computeCluster, resourcePool: z.resourcePool ?? r.resourcePool, datastore: z.datastore })),
      })),
      machineImages: [...images].map(([name, versions]) => ({ name, versions })),
    };
  }
  return undefined;
}

/** A CloudProfile as Gardener's API has it. */
export function renderCloudProfile(fleet: ResolvedFleet, profile: ResolvedCloudProfile): Manifest {
  const p = profile.props;
  return {
    apiVersion: CORE_API_VERSION,
    kind: 'CloudProfile',
    metadata: { name: profile.name, labels: gardenLabels(fleet) },
    spec: {
      type: p.type,
      kubernetes: { versions: p.kubernetesVersions.map(versionEntry) },
      machineImages: p.machineImages.map((image) => ({
        name: image.name,
        versions: image.versions.map((v) => ({
          ...versionEntry(v),
          cri: (v.cri ?? [CriName.CONTAINERD]).map((name) => ({ name })),
          architectures: v.architectures ?? [Architecture.AMD64],
          kubeletVersionConstraint: v.kubeletVersionConstraint,
        })),
      })),
      machineTypes: p.machineTypes.map((m) => ({
        name: m.name,
        cpu: String(m.cpu),
        gpu: String(m.gpu ?? 0),
        memory: gib(m.memoryGiB),
        usable: m.usable ?? true,
        architecture: m.architecture ?? Architecture.AMD64,
        storage: m.storageGiB !== undefined ? { class: 'standard', type: 'default', size: gib(m.storageGiB) } : undefined,
      })),
      volumeTypes: nonEmpty((p.volumeTypes ?? []).map((v) => ({
        name: v.name, class: v.class, usable: v.usable ?? true, minSize: v.minSizeGiB !== undefined ? gib(v.minSizeGiB) : undefined,
      }))),
      regions: p.regions.map((r) => ({
        name: r.name,
        labels: r.labels,
        zones: r.zones.map((z) => ({
          name: z.name,
          unavailableMachineTypes: nonEmpty(z.unavailableMachineTypes ? [...z.unavailableMachineTypes] : undefined),
          unavailableVolumeTypes: nonEmpty(z.unavailableVolumeTypes ? [...z.unavailableVolumeTypes] : undefined),
        })),
      })),
      limits: p.limits?.maxNodesTotal !== undefined ? { maxNodesTotal: p.limits.maxNodesTotal } : undefined,
      providerConfig: cloudProfileConfig(profile),
    },
  };
}

const secretRef = (ref: { name: string; namespace?: string }) => ({ apiVersion: 'v1', kind: 'Secret', name: ref.name, namespace: ref.namespace ?? 'garden' });

/**
 * The Seed of a seed as Gardener's API has it, without a name: the `seedConfig` a Gardenlet or
 * ManagedSeed carries (gardener/gardener v1.149.3: pkg/apis/config/gardenlet/v1alpha1/types.go SeedConfig
 * inlines core v1beta1 SeedTemplate, which has only `metadata` and `spec`; the gardenlet names the Seed
 * after its Gardenlet or ManagedSeed, and pkg/api/seedmanagement/validation/managedseed.go
 * validateGardenletConfiguration forbids `seedConfig.metadata.name`). With an ingress domain Gardener
 * requires `dns.provider`, and every Seed needs `dns.internal` (pkg/api/core/validation/seed.go);
 * validation refuses gardener seeds without them, so both are rendered as given. The backup provider is
 * rendered as the extension type it stands for (`swift` → `openstack`, core/gardener-extensions.ts).
 */
export function renderSeedTemplate(fleet: ResolvedFleet, seed: ResolvedSeed): Record<string, unknown> {
  const dnsProvider = seed.dns.gardenerProvider;
  const internal = seed.dns.gardenerInternal;
  return {
    metadata: { labels: gardenLabels(fleet, seed.labels) },
    spec: {
      provider: { type: seed.provider, region: seed.region, zones: nonEmpty([...seed.zones]) },
      networks: { nodes: seed.networks.nodes, pods: seed.networks.pods, services: seed.networks.services },
      dns: {
        provider: dnsProvider ? { type: dnsProvider.type, credentialsRef: secretRef(dnsProvider.credentials) } : undefined,
        internal: internal ? { type: internal.type, domain: internal.domain, credentialsRef: secretRef(internal.credentials) } : undefined,
      },
      ingress: { domain: seed.ingressDomain, controller: { kind: 'nginx' } },
      taints: nonEmpty(seed.taints.map((t) => ({ key: t.key, value: t.value }))),
      backup: seed.backup ? {
        provider: gardenerBackupType(seed.backup.provider) ?? seed.backup.provider,
        region: seed.backup.region ?? seed.region,
        credentialsRef: secretRef(seed.backup.credentials),
      } : undefined,
      settings: { scheduling: { visible: seed.visible } },
    },
  };
}

/** The gardenlet's component configuration carrying the seed's Seed (gardenlet.config.gardener.cloud/v1alpha1). */
function gardenletConfiguration(fleet: ResolvedFleet, seed: ResolvedSeed): Record<string, unknown> {
  return { apiVersion: GARDENLET_CONFIG_API_VERSION, kind: 'GardenletConfiguration', seedConfig: renderSeedTemplate(fleet, seed) };
}

/**
 * A seed as Gardener registers it: not a bare Seed (its gardenlet owns the Seed and would fight a
 * GitOps engine applying one), but the `seedmanagement.gardener.cloud/v1alpha1` object the Seed comes
 * from, in namespace `garden` (gardener/gardener v1.149.3: pkg/api/seedmanagement/validation/gardenlet.go,
 * "namespace must be garden"; plugin/pkg/managedseed/validator/admission.go, the same for ManagedSeeds):
 *
 * - Gardenlet: gardener-operator deploys the gardenlet chart `spec.deployment.helm.ociRepository.ref`
 *   once into the cluster (its own, or the one `spec.kubeconfigSecretRef` reaches), and the gardenlet
 *   registers the Seed of `spec.config.seedConfig` and keeps itself up to date from this object
 *   (docs/deployment/deploy_gardenlet_via_operator.md; example/55-gardenlet.yaml).
 * - ManagedSeed: the gardenlet of the seed hosting shoot `garden/<spec.shoot.name>` deploys a gardenlet
 *   into that shoot, bootstrapped by a ServiceAccount token and otherwise configured like itself
 *   (`mergeWithParent`), which registers the Seed (example/55-managedseed-gardenlet.yaml;
 *   docs/deployment/deploy_gardenlet_automatically.md). `bootstrap` and `mergeWithParent` cannot change
 *   later (managedseed.go validateGardenletUpdate).
 */
export function renderSeedRegistration(fleet: ResolvedFleet, seed: ResolvedSeed): Manifest {
  // Never pruned when it leaves Git: a deleted ManagedSeed takes its gardenlet and Seed with it, and a
  // seed still hosting shoots then hangs in deletion; retiring a seed is a deliberate, manual step.
  const metadata = { name: seed.name, namespace: GARDEN_NAMESPACE, labels: gardenLabels(fleet), annotations: { ...FLUX_PRUNE_DISABLED } };
  const g = seed.gardenlet;
  if (g.registration === SeedRegistration.MANAGED_SEED) {
    return {
      apiVersion: SEEDMANAGEMENT_API_VERSION,
      kind: 'ManagedSeed',
      metadata,
      spec: {
        shoot: { name: g.shoot },
        gardenlet: { bootstrap: 'ServiceAccount', mergeWithParent: true, config: gardenletConfiguration(fleet, seed) },
      },
    };
  }
  return {
    apiVersion: SEEDMANAGEMENT_API_VERSION,
    kind: 'Gardenlet',
    metadata,
    spec: {
      deployment: { helm: { ociRepository: { ref: g.chartRef } } },
      config: gardenletConfiguration(fleet, seed),
      kubeconfigSecretRef: g.kubeconfigSecretName !== undefined ? { name: g.kubeconfigSecretName } : undefined,
    },
  };
}

/** A Project as Gardener's API has it. */
export function renderProject(fleet: ResolvedFleet, project: ResolvedProject): Manifest {
  return {
    apiVersion: CORE_API_VERSION,
    kind: 'Project',
    metadata: { name: project.name, labels: gardenLabels(fleet) },
    spec: {
      namespace: project.namespace,
      description: project.description,
      owner: project.owner ? { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: project.owner } : undefined,
    },
  };
}

/** A CredentialsBinding of a project: the provider and the Secret with the credentials, by reference. */
export function renderCredentialsBinding(fleet: ResolvedFleet, namespace: string, name: string, provider: ProviderType): Manifest {
  return {
    apiVersion: SECURITY_API_VERSION,
    kind: 'CredentialsBinding',
    metadata: { name, namespace, labels: gardenLabels(fleet) },
    provider: { type: provider },
    credentialsRef: { apiVersion: 'v1', kind: 'Secret', name, namespace },
  };
}

function renderWorker(shoot: ResolvedShoot, pool: ResolvedWorkerPool): Record<string, unknown> {
  return {
    name: pool.name,
    machine: { type: pool.machineType.name, image: { name: pool.image.name, version: pool.image.version }, architecture: pool.architecture },
    minimum: pool.minimum,
    maximum: pool.maximum,
    maxSurge: intOrPercentValue(pool.maxSurge),
    maxUnavailable: intOrPercentValue(pool.maxUnavailable),
    zones: [...pool.zones],
    volume: pool.volume ? { type: pool.volume.type?.name, size: gib(pool.volume.sizeGiB) } : undefined,
    labels: Object.keys(pool.labels).length > 0 ? pool.labels : undefined,
    annotations: Object.keys(pool.annotations).length > 0 ? pool.annotations : undefined,
    taints: nonEmpty(pool.taints.map((t) => ({ key: t.key, value: t.value, effect: t.effect }))),
    cri: { name: pool.cri },
    kubernetes: pool.kubernetesVersion !== shoot.kubernetesVersion ? { version: pool.kubernetesVersion } : undefined,
    updateStrategy: pool.updateStrategy,
  };
}

function providerConfigs(shoot: ResolvedShoot): { infrastructureConfig: Record<string, unknown>; controlPlaneConfig: Record<string, unknown> } {
  if (shoot.provider === ProviderType.OPENSTACK) {
    const os = shoot.cloudProfile.props.openstack;
    const inRegion = <T extends { region?: string }>(list: readonly T[] | undefined) => (list ?? []).filter((x) => x.region === undefined || x.region === shoot.region);
    return {
      infrastructureConfig: {
        apiVersion: OPENSTACK_PROVIDER_API_VERSION,
        kind: 'InfrastructureConfig',
        floatingPoolName: shoot.openstack?.floatingPoolName ?? inRegion(os?.floatingPools)[0]?.name,
        networks: {
          workers: shoot.networking.nodes,
          id: shoot.openstack?.existingNetworkId,
          router: shoot.openstack?.existingRouterId ? { id: shoot.openstack.existingRouterId } : undefined,
        },
      },
      controlPlaneConfig: {
        apiVersion: OPENSTACK_PROVIDER_API_VERSION,
        kind: 'ControlPlaneConfig',
        loadBalancerProvider: shoot.openstack?.loadBalancerProvider ?? inRegion(os?.loadBalancerProviders ?? [{ name: 'amphora' }])[0]?.name,
      },
    };
  }
  return {
    infrastructureConfig: { apiVersion: VSPHERE_PROVIDER_API_VERSION, kind: 'InfrastructureConfig' },
    controlPlaneConfig: { apiVersion: VSPHERE_PROVIDER_API_VERSION, kind: 'ControlPlaneConfig' },
  };
}

/**
 * A Shoot as Gardener's API has it: placed on the seed seedbed scheduled it to. A shoot a ManagedSeed
 * registers (`registersSeed`) runs the shoot VPA, which Gardener requires of it
 * (plugin/pkg/managedseed/validator/admission.go: "shoot VPA has to be enabled for managed seeds").
 */
export function renderShootObject(fleet: ResolvedFleet, shoot: ResolvedShoot, namespace: string, registersSeed = false): Manifest {
  return {
    apiVersion: CORE_API_VERSION,
    kind: 'Shoot',
    metadata: {
      name: shoot.name,
      namespace,
      labels: gardenLabels(fleet, shoot.labels),
      annotations: Object.keys(shoot.annotations).length > 0 ? shoot.annotations : undefined,
    },
    spec: {
      cloudProfile: { kind: 'CloudProfile', name: shoot.cloudProfile.name },
      region: shoot.region,
      seedName: shoot.seed,
      // Gardener's scheduler and admission compare these with the seed's taints and labels
      // (gardener/gardener v1.149.3: plugin/pkg/shoot/validator/admission.go, a shoot on a tainted seed
      // needs a toleration of every taint; pkg/api/core/validation/shoot.go validates both fields).
      seedSelector: shoot.seedSelector ? { matchLabels: shoot.seedSelector.matchLabels, providerTypes: nonEmpty(shoot.seedSelector.providerTypes ? [...shoot.seedSelector.providerTypes] : undefined) } : undefined,
      tolerations: nonEmpty((shoot.tolerations ?? []).map((t) => ({ key: t.key, value: t.value }))),
      purpose: shoot.purpose,
      credentialsBindingName: shoot.credentials.name,
      kubernetes: { version: shoot.kubernetesVersion, verticalPodAutoscaler: registersSeed ? { enabled: true } : undefined },
      networking: { type: shoot.networking.type, pods: shoot.networking.pods, services: shoot.networking.services, nodes: shoot.networking.nodes },
      provider: { type: shoot.provider, ...providerConfigs(shoot), workers: shoot.workers.map((w) => renderWorker(shoot, w)) },
      dns: shoot.dnsDomain ? { domain: shoot.dnsDomain } : undefined,
      maintenance: {
        timeWindow: { begin: shoot.maintenance.timeWindowBegin, end: shoot.maintenance.timeWindowEnd },
        autoUpdate: { kubernetesVersion: shoot.maintenance.autoUpdateKubernetesVersion, machineImageVersion: shoot.maintenance.autoUpdateMachineImageVersion },
      },
      hibernation: shoot.hibernation.enabled || shoot.hibernation.schedules.length > 0 ? {
        enabled: shoot.hibernation.enabled,
        schedules: nonEmpty(shoot.hibernation.schedules.map((s) => ({ start: s.start, end: s.end, location: s.location }))),
      } : undefined,
      controlPlane: shoot.failureTolerance !== FailureToleranceType.NONE
        ? { highAvailability: { failureTolerance: { type: shoot.failureTolerance } } } : undefined,
    },
  };
}

/** The shoots of the gardener backend. */
export function gardenerShoots(fleet: ResolvedFleet): ResolvedShoot[] {
  return fleet.shoots.filter((s) => s.backend === ControlPlaneBackend.GARDENER);
}

/** The `garden/` part of the output; empty when no shoot uses the gardener backend. */
export function renderGarden(fleet: ResolvedFleet): Map<string, RenderedFile> {
  const files = new Map<string, RenderedFile>();
  const shoots = gardenerShoots(fleet);
  if (shoots.length === 0) return files;
  const profiles = fleet.cloudProfiles.filter((p) => shoots.some((s) => s.cloudProfile === p));
  // Seeds hosting gardener shoots, and seeds registered from a (gardener) shoot.
  const seeds = fleet.seeds.filter((seed) => seed.gardenlet.shoot !== undefined || shoots.some((s) => s.seed === seed.name));
  const seedShoots = new Set(seeds.filter((s) => s.gardenlet.registration === SeedRegistration.MANAGED_SEED).map((s) => s.gardenlet.shoot));
  const projects = fleet.projects.filter((p) => shoots.some((s) => s.project === p.name));
  const resources = ['cloudprofiles.yaml', 'seeds.yaml'];
  files.set(`${GARDEN_DIR}/cloudprofiles.yaml`, { kind: 'manifests', objects: profiles.map((p) => renderCloudProfile(fleet, p)) });
  files.set(`${GARDEN_DIR}/seeds.yaml`, { kind: 'manifests', objects: seeds.map((s) => renderSeedRegistration(fleet, s)) });
  for (const project of projects) {
    const own = shoots.filter((s) => s.project === project.name);
    // The project's declared bindings, and the bindings its Gardener shoots imply by name.
    const bindings = new Map<string, ProviderType>();
    for (const b of project.credentialsBindings ?? []) bindings.set(b.name, b.provider);
    for (const s of own) if (!bindings.has(s.credentials.name)) bindings.set(s.credentials.name, s.credentials.provider);
    const dir = gardenProjectDir(project.name);
    files.set(`${dir}/project.yaml`, {
      kind: 'manifests',
      objects: [
        renderProject(fleet, project),
        ...[...bindings].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, provider]) => renderCredentialsBinding(fleet, project.namespace, name, provider)),
      ],
    });
    files.set(`${dir}/shoots.yaml`, { kind: 'manifests', objects: own.map((s) => renderShootObject(fleet, s, project.namespace, project.namespace === GARDEN_NAMESPACE && seedShoots.has(s.name))) });
    files.set(`${dir}/kustomization.yaml`, { kind: 'kustomization', resources: ['project.yaml', 'shoots.yaml'] });
    resources.push(`projects/${project.name}`);
  }
  files.set(`${GARDEN_DIR}/kustomization.yaml`, { kind: 'kustomization', resources });
  return files;
}
