/**
 * The fleet-wide phase: validates every construct, schedules seeds, assigns DataStores and runs
 * the checks that need the whole fleet. All problems are collected; nothing throws for fleet data.
 */
import { count } from '../core/plural';
import { validatePropsUrls } from '../validate/urls';
import { validateDataStoreTenants } from '../validate/kamaji';
import { CloudProfile } from '../model/cloud-profile';
import { planApiServer } from './infrastructure';
import { fleetRepositoryPath, normalizeRepositoryPath } from '../layout';
import { validateCloudProfile } from '../validate/cloud-profile';
import { addressRange, overlaps, parseCidr } from '../core/cidr';
import { ErrorList, ErrorType, FieldError, FieldWarning, FleetValidationError, sortErrors, sortWarnings, WarningType } from '../core/problems';
import { daysUntilExpiryWithin } from '../core/versions';
import { PROJECT_NAME_MAX, validateLabelName, validateLabels, validateSubdomain } from '../core/names';
import { Architecture, ControlPlaneBackend, DnsRecordProvider, FailureToleranceType, ProviderType, SeedRegistration, enumValues, isEnumValue } from '../core/types';
import { MultiClusterScope, resolveMultiCluster, validateMultiCluster } from './multicluster';
import { DataStore, Seed, ServiceType } from '../model/seed';
import { validateSeed } from '../validate/seed';
import {
  DEFAULT_GARDENLET_CHART_REF, validateGardenerOpenStackPools, validateGardenerOpenStackProfile, validateGardenerSeed, validateGardenletRegistration, validateGardenerShootUpdate, validateGardenerVSpherePools, validateManagedSeed,
  GardenerShootState,
} from '../validate/gardener';
import { checkSeedStack, stackUses, validateDeclaredStack } from '../validate/stack';
import { resolveStack } from '../core/stack';
import { checkProps } from '../validate/props';
import { Shoot } from '../model/shoot';
import { Project } from '../model/project';
import { BurstPartners, PlatformService } from '../model/platform-service';
import { Construct } from 'constructs';
import { ShootDraft, resolveCloudProfile, resolveShoot } from './shoot';
import { resolveCredentialsScope } from './credentials';
import { validateTerraformSettings } from '../validate/infrastructure';
import { Garden, GitOpsEngine, SchedulingStrategy } from '../model/garden';
import { FleetInventory, ResolvedCloudProfile, ResolvedDataStore, ResolvedFleet, ResolvedGardenlet, ResolvedProject, ResolvedSeed, ResolvedShoot } from './model';
import { SchedulingRequest, schedule, seedMismatch } from './scheduler';

/** Inputs of fleet resolution that are not part of the fleet definition. */
export interface ResolveOptions {
  /**
   * The moment expiry dates are compared with.
   * @default - the current date
   */
  readonly now?: Date;
  /**
   * What the previous synth decided (from its `fleet.json`).
   * @default - nothing: every shoot is new
   */
  readonly previous?: FleetInventory;
}

/** The outcome of {@link resolveFleet}. */
export interface ResolveResult {
  /** The resolved fleet; present only when there are no errors. */
  readonly fleet?: ResolvedFleet;
  /** Every problem found, sorted by construct path and field. */
  readonly errors: FieldError[];
  /** Concerns that do not stop synth (e.g. a version expiring soon), sorted by construct path and field. */
  readonly warnings: FieldWarning[];
}

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Validates and resolves the fleet rooted at `garden`; returns the model or every problem found. */
export function resolveFleet(garden: Garden, options: ResolveOptions = {}): ResolveResult {
  const now = options.now ?? new Date();
  const errs = new ErrorList(garden.node.path || garden.name);
  // The garden's constructs of each kind, from one walk of its tree (each of the Garden's getters walks it).
  const members = membersOf(garden);
  // The props' types and ranges first: the checks below read the props as their types say.
  checkProps(garden, errs, members.all);
  if (errs.length > 0) return { errors: sortErrors(errs.errors), warnings: [] };
  validateGardenSettings(garden, errs);
  validateDeclaredStack(garden.props.managementStack, errs);
  // No credential in any URL of any construct (lib/validate/urls.ts).
  validatePropsUrls(errs, garden.props);

  // CloudProfiles.
  const profileNames = new Map<string, string>();
  for (const profile of members.cloudProfiles) {
    const perr = errs.at(profile.node.path);
    validateCloudProfile(profile.name, profile.props, perr);
    validatePropsUrls(perr, profile.props);
    if (profileNames.has(profile.name)) perr.duplicate('metadata.name', profile.name, `is also used by ${profileNames.get(profile.name)}`);
    else profileNames.set(profile.name, profile.node.path);
  }

  // Projects.
  const projectNames = new Map<string, string>();
  for (const project of members.projects) {
    const perr = errs.at(project.node.path);
    validateLabelName(perr, 'metadata.name', project.name, PROJECT_NAME_MAX);
    validateLabels(perr, 'metadata.labels', project.props.labels);
    if (project.name.includes('--')) perr.invalid('metadata.name', project.name, "must not contain '--' (it separates project and shoot in technical names)");
    if (projectNames.has(project.name)) perr.duplicate('metadata.name', project.name, `is also used by ${projectNames.get(project.name)}`);
    else projectNames.set(project.name, project.node.path);
  }

  // Seeds.
  const seeds = members.seeds;
  const seedNames = new Map<string, string>();
  const ingressDomains = new Map<string, string>();
  for (const seed of seeds) {
    const serr = errs.at(seed.node.path);
    validateSeed(seed, serr);
    validateDeclaredStack(seed.props.managementStack, serr);
    validatePropsUrls(serr, seed.props);
    if (seed.props.cloudProfile && !seed.props.cloudProfile.node.scopes.includes(garden)) {
      serr.invalid('spec.cloudProfile', seed.props.cloudProfile.node.path, 'the CloudProfile belongs to another garden');
    }
    if (seedNames.has(seed.name)) serr.duplicate('metadata.name', seed.name, `is also used by ${seedNames.get(seed.name)}`);
    else seedNames.set(seed.name, seed.node.path);
    const domain = seed.props.ingressDomain;
    if (domain && ingressDomains.has(domain)) serr.duplicate('spec.ingress.domain', domain, `is also used by ${ingressDomains.get(domain)}`);
    else if (domain) ingressDomains.set(domain, seed.node.path);
  }

  // Every CloudProfile once as plain data, shared by the seeds and shoots that use it.
  const resolvedProfiles = new Map<CloudProfile, ResolvedCloudProfile>(members.cloudProfiles.map((p) => [p, resolveCloudProfile(p)]));
  const resolvedProfile = (p: CloudProfile) => resolvedProfiles.get(p) ?? resolveCloudProfile(p);

  // Credentials bindings of the projects, with the garden's defaults.
  const credentials = resolveCredentialsScope(garden, errs, members.projects);

  // Shoots, one at a time.
  const drafts: Array<{ shoot: Shoot; draft: ShootDraft }> = [];
  const shootKeys = new Map<string, string>();
  // Whether a construct is in this garden, per construct (a construct never changes scope).
  const inGarden = new Map<Construct, boolean>();
  const ofGarden = (c: Construct) => {
    let answer = inGarden.get(c);
    if (answer === undefined) inGarden.set(c, answer = c.node.scopes.includes(garden));
    return answer;
  };
  for (const shoot of members.shoots) {
    const serr = errs.at(shoot.node.path);
    const key = shoot.key;
    validatePropsUrls(serr, shoot.props);
    const before = options.previous?.shoots?.[key];
    const draft = resolveShoot(shoot, {
      now,
      defaultBackend: garden.props.defaultBackend ?? ControlPlaneBackend.KAMAJI,
      gardenDnsDomain: garden.props.dnsDomain,
      previous: before,
      resolvedProfile,
      credentials,
    }, serr);
    if (shoot.props.cloudProfile && !ofGarden(shoot.props.cloudProfile)) {
      serr.invalid('spec.cloudProfile.name', shoot.props.cloudProfile.name, 'the CloudProfile belongs to another garden');
    }
    if (shoot.props.seed && !ofGarden(shoot.props.seed)) {
      serr.invalid('spec.seedName', shoot.props.seed.name, 'the seed belongs to another garden');
    }
    // A Shoot that exists in the garden (the previous fleet.json) cannot change what Gardener keeps immutable.
    if (before && before.backend === ControlPlaneBackend.GARDENER && draft.backend === ControlPlaneBackend.GARDENER) {
      validateGardenerShootUpdate(gardenerShootState(draft), {
        ...before, workerCount: before.workers ? Object.keys(before.workers).length : undefined,
      }, serr);
    }
    const other = shootKeys.get(key);
    if (other !== undefined) serr.duplicate('metadata.name', shoot.name, `project ${shoot.project.name} already has a shoot of this name (${other})`);
    else shootKeys.set(key, shoot.node.path);
    drafts.push({ shoot, draft });
  }

  // Scheduling.
  const requests: SchedulingRequest[] = drafts.map(({ shoot, draft }) => ({
    key: draft.key,
    provider: draft.provider,
    region: draft.region,
    failureTolerance: draft.failureTolerance,
    seedSelector: shoot.props.seedSelector,
    tolerations: shoot.props.tolerations,
    pinned: shoot.props.seed,
    previous: options.previous?.shoots?.[draft.key]?.seed,
  }));
  const requestByKey = new Map(requests.map((r) => [r.key, r]));
  for (const { shoot } of drafts) {
    const pinned = shoot.props.seed;
    if (!pinned) {
      (shoot.props.seedSelector?.providerTypes ?? []).forEach((t, i) => {
        if (!isEnumValue(ProviderType as any, t)) errs.at(shoot.node.path).notSupported(`spec.seedSelector.providerTypes[${i}]`, t, enumValues(ProviderType as any));
      });
      continue;
    }
    const req = requestByKey.get(shoot.key)!;
    const why = seedMismatch(pinned, { ...req, seedSelector: { providerTypes: req.seedSelector?.providerTypes } });
    if (why) errs.at(shoot.node.path).forbidden('spec.seedName', pinned.name, `seed ${pinned.name} cannot host this shoot: ${why}`);
  }
  const strategy = garden.props.scheduling?.strategy ?? SchedulingStrategy.SAME_REGION;
  const scheduled = schedule(seeds, requests, strategy, garden.props.scheduling?.regionDistances ?? []);
  for (const { shoot } of drafts) {
    const why = scheduled.unschedulable.get(shoot.key);
    if (why) errs.at(shoot.node.path).add({ field: 'spec.seedName', type: ErrorType.INVALID, detail: `no seed can host this shoot: ${why}` });
  }
  // Seeds hosting gardener-backend shoots, and seeds registered from a shoot, render as Gardener seeds
  // (Gardenlet or ManagedSeed objects carrying the Seed): gardener-apiserver's rules apply.
  const gardenerSeeds = new Set(drafts.filter(({ draft }) => draft.backend === ControlPlaneBackend.GARDENER).map(({ draft }) => scheduled.placements.get(draft.key)));
  for (const seed of seeds) if (seed.props.gardenlet?.shoot) gardenerSeeds.add(seed.name);
  const gardenlets = new Map<string, ResolvedGardenlet>();
  for (const seed of seeds) {
    gardenlets.set(seed.name, resolveGardenlet(garden, seed));
    if (gardenerSeeds.has(seed.name)) validateGardenerSeed(seed.props, errs.at(seed.node.path));
  }
  checkManagedSeeds(seeds.filter((s) => gardenerSeeds.has(s.name)), gardenlets, drafts, scheduled.placements, errs);
  // Images of gardener-backend OpenStack shoots, as provider-openstack finds them.
  const gardenerProfiles = new Set<ResolvedCloudProfile>();
  for (const { shoot, draft } of drafts) {
    const mappings = draft.cloudProfile?.props.openstack?.machineImages;
    if (draft.backend !== ControlPlaneBackend.GARDENER || draft.provider !== ProviderType.OPENSTACK || !mappings) continue;
    validateGardenerOpenStackPools(draft, mappings, errs.at(shoot.node.path));
    gardenerProfiles.add(draft.cloudProfile);
  }
  // Images of gardener-backend vSphere shoots, as provider-vsphere finds them.
  for (const { shoot, draft } of drafts) {
    const templates = draft.cloudProfile?.props.vsphere?.machineImages;
    if (draft.backend !== ControlPlaneBackend.GARDENER || draft.provider !== ProviderType.VSPHERE || !templates) continue;
    validateGardenerVSpherePools(draft.workers, templates, errs.at(shoot.node.path));
  }
  for (const profile of gardenerProfiles) {
    const builds = profile.props.machineImages.flatMap((m) => m.versions.flatMap((v) => (v.architectures ?? [Architecture.AMD64]).map((architecture) => ({ name: m.name, version: v.version, architecture }))));
    validateGardenerOpenStackProfile(builds, profile.props.regions.map((r) => r.name), profile.props.openstack!.machineImages, errs.at(profile.path));
  }
  for (const seed of seeds) {
    const load = scheduled.load.get(seed.name) ?? 0;
    if (load > seed.capacity) errs.at(seed.node.path).tooMany('spec.settings.capacity.shoots', load, `hosts ${load} shoots but its capacity is ${seed.capacity}`);
  }

  // Checks between shoots and their seeds, and between shoots.
  const seedByName = new Map(seeds.map((s) => [s.name, s]));
  checkSeedNetworks(drafts, scheduled.placements, seedByName, errs);
  checkSharedNetworks(drafts, errs);
  checkDomains(drafts, errs);
  const assignment = assignDataStores(drafts, scheduled.placements, seedByName, options.previous, errs);
  // Pinned DataStore names fit their driver; no two control planes on a DataStore share one.
  validateDataStoreTenants(errs, drafts.flatMap(({ shoot, draft }) => {
    const dataStore = assignment.get(draft.key);
    const seed = seedByName.get(scheduled.placements.get(draft.key) ?? '');
    if (!dataStore || !seed || draft.dataStoreSchema === undefined || draft.dataStoreUsername === undefined) return [];
    return [{
      path: shoot.node.path, dataStore: `${seed.name}/${dataStore}`, driver: seed.dataStores.find((d) => d.name === dataStore)?.props.driver,
      dataStoreSchema: draft.dataStoreSchema, dataStoreUsername: draft.dataStoreUsername, pinned: draft.kamaji !== undefined,
    }];
  }));

  // The multi-cluster layer.
  const multiClusterScope: MultiClusterScope = {
    root: garden, settings: garden.props.multiCluster, services: members.platformServices, burstPartners: members.burstPartners,
  };
  const regions = new Set(members.cloudProfiles.flatMap((p) => (p.props.regions ?? []).map((r) => r.name)));
  const backendByKey = new Map(drafts.map(({ draft }) => [draft.key, draft.backend]));
  validateMultiCluster(multiClusterScope, regions, (key) => backendByKey.get(key), errs);

  // The management stack of each seed against the compatibility table, for what the seed renders.
  const stacks = new Map(seeds.map((seed) => [seed.name, resolveStack(garden.props.managementStack, seed.props.managementStack)]));
  if (!errs.errors.some((e) => e.field.startsWith('managementStack.'))) {
    // The drafts placed on each seed, in draft order (one pass, not one per seed).
    const draftsOnSeed = new Map<string, ShootDraft[]>();
    for (const { draft } of drafts) {
      const placed = scheduled.placements.get(draft.key);
      if (placed === undefined) continue;
      const list = draftsOnSeed.get(placed);
      if (list) list.push(draft);
      else draftsOnSeed.set(placed, [draft]);
    }
    for (const seed of seeds) {
      const onSeed = draftsOnSeed.get(seed.name) ?? [];
      const origin = (f: keyof NonNullable<typeof seed.props.managementStack>) => (seed.props.managementStack?.[f] !== undefined ? 'seed' as const
        : garden.props.managementStack?.[f] !== undefined ? 'garden' as const : 'default' as const);
      checkSeedStack(stacks.get(seed.name)!, stackUses(onSeed), origin, errs.at(seed.node.path));
    }
  }

  warnExpiring(drafts, now, errs);
  warnZoneSpread(drafts, scheduled.placements, seedByName, errs);
  const errors = sortErrors(errs.errors);
  const warnings = sortWarnings(errs.warnings);
  if (errors.length > 0) return { errors, warnings };

  // Assemble.
  // Each draft becomes its resolved shoot (the drafts are not read after this): the placement,
  // DataStore and API server are added to it rather than to a copy of its thirty-odd fields.
  const shoots: ResolvedShoot[] = drafts.map(({ draft }) => {
    const seed = scheduled.placements.get(draft.key)!;
    const shoot = draft as { -readonly [K in keyof ResolvedShoot]: ResolvedShoot[K] };
    shoot.seed = seed;
    shoot.dataStore = assignment.get(draft.key);
    shoot.apiServer = planApiServer(draft, seedByName.get(seed)!.props.ingressDomain);
    return shoot;
  }).sort(byKey);
  const bySeed = groupBy(shoots, (s) => s.seed);
  const byProject = groupBy(shoots, (s) => s.project);
  const profilesByName = [...members.cloudProfiles].sort(byName).map(resolvedProfile);
  const resolvedSeeds: ResolvedSeed[] = seeds.map((seed) => {
    const onSeed = bySeed.get(seed.name) ?? [];
    const hosted = onSeed.map((s) => s.key);
    const dataStores: ResolvedDataStore[] = seed.dataStores.map((ds) => ({
      name: ds.name,
      path: ds.node.path,
      driver: ds.props.driver,
      endpoints: [...ds.props.endpoints],
      tls: ds.props.tls,
      basicAuth: ds.props.basicAuth,
      capacity: ds.capacity,
      shoots: onSeed.filter((s) => s.dataStore === ds.name).map((s) => s.key),
    })).sort(byName);
    return {
      name: seed.name,
      path: seed.node.path,
      provider: seed.props.provider,
      region: seed.props.region,
      cloudProfile: seed.props.cloudProfile ? resolvedProfile(seed.props.cloudProfile) : profilesByName.find((p) => p.type === seed.props.provider && (p.props.regions ?? []).some((r) => r.name === seed.props.region)),
      zones: seed.zones,
      capacity: seed.capacity,
      ingressDomain: seed.props.ingressDomain,
      networks: seed.props.networks,
      labels: { ...(seed.props.labels ?? {}) },
      taints: [...(seed.props.taints ?? [])],
      visible: seed.props.visible ?? true,
      backup: seed.props.backup,
      controlPlane: { ...(seed.props.controlPlane ?? {}), serviceType: seed.props.controlPlane?.serviceType ?? ServiceType.LOAD_BALANCER },
      zoneLabels: seedZoneLabels(seed),
      dns: {
        provider: seed.props.dns?.provider ?? DnsRecordProvider.EXTERNAL_DNS,
        ...(seed.props.dns?.gardenerProvider ? { gardenerProvider: seed.props.dns.gardenerProvider } : {}),
        ...(seed.props.dns?.gardenerInternal ? { gardenerInternal: seed.props.dns.gardenerInternal } : {}),
      },
      dataStores,
      shoots: hosted,
      gardenlet: gardenlets.get(seed.name)!,
      stack: stacks.get(seed.name)!,
    };
  }).sort(byName);
  const projects: ResolvedProject[] = members.projects.map((p) => ({
    name: p.name,
    path: p.node.path,
    namespace: p.namespace,
    description: p.props.description,
    owner: p.props.owner,
    shoots: (byProject.get(p.name) ?? []).map((s) => s.key),
    credentialsBindings: [...(credentials.byProject.get(p.name)?.values() ?? [])].sort(byName),
  })).sort(byName);
  const repo = garden.props.repository;
  const { settings: mcSettings, services: mcServices, burstPartners: mcBursts } = multiClusterScope;
  const multiCluster = mcSettings || mcServices.length > 0 || mcBursts.length > 0
    ? resolveMultiCluster(multiClusterScope, garden.name, shoots)
    : undefined;
  return {
    errors: [],
    warnings,
    fleet: {
      name: garden.name,
      repository: { ...repo, branch: repo.branch ?? 'main', path: fleetRepositoryPath(garden.name, repo.path) },
      gitOpsEngine: garden.props.gitOpsEngine ?? GitOpsEngine.FLUX,
      terraform: garden.props.terraform ?? {},
      ...(garden.props.sopsSecrets ? {
        sopsSecrets: {
          path: normalizeRepositoryPath(garden.props.sopsSecrets.path ?? 'secrets'),
          decryptionSecretName: garden.props.sopsSecrets.decryptionSecretName ?? 'sops-age',
        },
      } : {}),
      cloudProfiles: profilesByName,
      projects,
      seeds: resolvedSeeds,
      shoots,
      ...(multiCluster ? { multiCluster } : {}),
    },
  };
}

/**
 * The garden's constructs (itself first, in construction order, as `node.findAll()` lists them),
 * and those of each kind the Garden's getters give, from one walk of the tree.
 */
function membersOf(garden: Garden) {
  const all = garden.node.findAll();
  return {
    all,
    cloudProfiles: all.filter(CloudProfile.isCloudProfile),
    projects: all.filter(Project.isProject),
    seeds: all.filter(Seed.isSeed),
    shoots: all.filter(Shoot.isShoot),
    platformServices: all.filter(PlatformService.isPlatformService),
    burstPartners: all.filter(BurstPartners.isBurstPartners),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** What the Gardener update rules read of a shoot now (the same fields fleet.json records). */
function gardenerShootState(draft: ShootDraft): GardenerShootState {
  return {
    cloudProfile: draft.cloudProfile?.name, region: draft.region, provider: draft.provider, networking: draft.networking,
    dnsDomain: draft.dnsDomain, failureTolerance: draft.failureTolerance, workerCount: draft.workers.length,
  };
}

/** How a seed is registered with Gardener: its own settings, else the garden's, else a Gardenlet with the default chart. */
function resolveGardenlet(garden: Garden, seed: Seed): ResolvedGardenlet {
  const own = seed.props.gardenlet;
  const defaults = garden.props.gardenlet;
  return {
    registration: own?.registration ?? defaults?.registration ?? SeedRegistration.GARDENLET,
    chartRef: own?.chartRef ?? defaults?.chartRef ?? DEFAULT_GARDENLET_CHART_REF,
    ...(own?.shoot ? { shoot: own.shoot.name } : {}),
    ...(own?.kubeconfigSecretName !== undefined ? { kubeconfigSecretName: own.kubeconfigSecretName } : {}),
  };
}

/**
 * The registration of every Gardener seed (lib/validate/gardener.ts): the settings themselves, each
 * ManagedSeed against the shoot it registers, no shoot registered twice (plugin/pkg/managedseed/validator/admission.go:
 * "already registered as seed by managed seed"), and no seed whose cluster runs, through a chain of
 * ManagedSeeds, on itself.
 */
function checkManagedSeeds(
  seeds: readonly Seed[], gardenlets: Map<string, ResolvedGardenlet>, drafts: ReadonlyArray<{ shoot: Shoot; draft: ShootDraft }>,
  placements: Map<string, string>, errs: ErrorList,
): void {
  const registeredBy = new Map<object, string>();
  const hostOf = new Map<string, string>();
  for (const seed of seeds) {
    const serr = errs.at(seed.node.path);
    const g = gardenlets.get(seed.name)!;
    const shoot = seed.props.gardenlet?.shoot;
    validateGardenletRegistration({ registration: g.registration, chartRef: g.chartRef, hasShoot: shoot !== undefined, kubeconfigSecretName: g.kubeconfigSecretName }, serr);
    if (g.registration !== SeedRegistration.MANAGED_SEED || !shoot) continue;
    const entry = drafts.find((d) => d.shoot === shoot);
    if (!entry) {
      serr.invalid('spec.shoot.name', shoot.name, `shoot ${shoot.node.path} is not a shoot of this garden`);
      continue;
    }
    const other = registeredBy.get(shoot);
    if (other) serr.invalid('spec.shoot.name', shoot.name, `shoot garden/${shoot.name} already registered as seed by managed seed garden/${other}`);
    else registeredBy.set(shoot, seed.name);
    const { draft } = entry;
    const host = placements.get(draft.key);
    if (host) hostOf.set(seed.name, host);
    validateManagedSeed(
      { name: seed.name, provider: seed.props.provider, region: seed.props.region, zones: seed.zones, ingressDomain: seed.props.ingressDomain, networks: seed.props.networks },
      {
        name: draft.name, namespace: entry.shoot.project.namespace, backend: draft.backend, seed: host, provider: draft.provider, region: draft.region,
        dnsDomain: draft.dnsDomain, networking: draft.networking, workers: draft.workers,
      },
      serr,
    );
  }
  // A chain of ManagedSeeds that comes back to where it started has no cluster to begin with.
  for (const seed of seeds) {
    const chain = [seed.name];
    let at = hostOf.get(seed.name);
    while (at !== undefined && !chain.includes(at)) {
      chain.push(at);
      at = hostOf.get(at);
    }
    if (at === seed.name && chain.length > 1) {
      errs.at(seed.node.path).invalid('spec.shoot.name', seed.props.gardenlet?.shoot?.name, `the seeds ${[...chain, seed.name].join(' → ')} each run on the next one's shoot: one of them must be registered by a Gardenlet on an existing cluster`);
    }
  }
}

/** Whether a seed's nodes carry zone labels: as declared, else what its provider's cloud controller does by default. */
function seedZoneLabels(seed: Seed): boolean {
  return seed.props.zoneLabels ?? seed.props.provider === ProviderType.OPENSTACK;
}

/**
 * Warns about zone-tolerant shoots on seeds whose nodes carry no zone labels: their control
 * planes are spread over zones only as a preference (`ScheduleAnyway`), so a zone outage may
 * take more than one replica. A warning, not an error: the control plane runs and tolerates
 * node failures, the seed may spread its nodes over zones all the same, and refusing would
 * stop every zone-tolerant shoot of such a seed; the warning says what is not guaranteed.
 */
function warnZoneSpread(drafts: ReadonlyArray<{ shoot: Shoot; draft: ShootDraft }>, placements: Map<string, string>, seeds: Map<string, Seed>, errs: ErrorList): void {
  for (const { shoot, draft } of drafts) {
    // Only these backends run the control plane in the seed (Gardener and KubeadmControlPlane do not).
    const hosted = draft.backend === ControlPlaneBackend.KAMAJI || draft.backend === ControlPlaneBackend.K0SMOTRON;
    if (draft.failureTolerance !== FailureToleranceType.ZONE || !hosted) continue;
    const seed = seeds.get(placements.get(draft.key) ?? '');
    if (!seed || seedZoneLabels(seed)) continue;
    errs.at(shoot.node.path).warn('spec.controlPlane.highAvailability.failureTolerance.type', draft.failureTolerance,
      `seed ${seed.name} does not declare zone labels on its nodes (zoneLabels), so the control plane is spread over zones only where the scheduler can (ScheduleAnyway): a zone outage may take more than one replica`);
  }
}

/** Like {@link resolveFleet}, but throws a {@link FleetValidationError} listing every problem. */
/** Days before its expiration date from which a version in use is warned about. */
export const EXPIRY_WARNING_DAYS = 30;

/**
 * Warns about the Kubernetes and machine image versions shoots use that expire within
 * {@link EXPIRY_WARNING_DAYS} days, or have expired and are kept only because they are in use.
 */
function warnExpiring(drafts: ReadonlyArray<{ shoot: Shoot; draft: ShootDraft }>, now: Date, errs: ErrorList): void {
  const concern = (v: { version: string; expirationDate?: string } | undefined): string | undefined => {
    const days = v ? daysUntilExpiryWithin(v, now, EXPIRY_WARNING_DAYS) : undefined;
    if (days === undefined) return undefined;
    return days < 0 ? `expired on ${v!.expirationDate}; kept only because it is in use: upgrade` : `expires on ${v!.expirationDate} (in ${count(days, 'day')}): plan the upgrade (seedbed upgrade-plan)`;
  };
  for (const { shoot, draft } of drafts) {
    const profile = draft.cloudProfile?.props;
    if (!profile) continue;
    const k8s = concern(profile.kubernetesVersions.find((v) => v.version === draft.kubernetesVersion));
    if (k8s) errs.at(shoot.node.path).warn('spec.kubernetes.version', draft.kubernetesVersion, k8s, WarningType.EXPIRING);
    draft.workers.forEach((pool, i) => {
      const image = profile.machineImages.find((m) => m.name === pool.image.name)?.versions.find((v) => v.version === pool.image.version);
      const text = concern(image);
      if (text) errs.at(pool.path).warn(`spec.provider.workers[${i}].machine.image.version`, `${pool.image.name} ${pool.image.version}`, text, WarningType.EXPIRING);
    });
  }
}

export function resolveFleetOrThrow(garden: Garden, options: ResolveOptions = {}): ResolvedFleet {
  const result = resolveFleet(garden, options);
  if (!result.fleet) throw new FleetValidationError(result.errors);
  return result.fleet;
}

function validateGardenSettings(garden: Garden, errs: ErrorList): void {
  const p = garden.props;
  const sops = p.sopsSecrets;
  if (sops?.path !== undefined && (typeof sops.path !== 'string' || sops.path === '' || sops.path.startsWith('/') || sops.path.split('/').includes('..'))) {
    errs.invalid('spec.sopsSecrets.path', sops.path, 'must be a relative path inside the repository');
  }
  if (sops?.decryptionSecretName !== undefined) validateSubdomain(errs, 'spec.sopsSecrets.decryptionSecretName', sops.decryptionSecretName);
  validateLabelName(errs, 'metadata.name', garden.name);
  const url = p.repository?.url;
  if (!url) errs.required('spec.repository.url');
  else if (!/^(https?|ssh):\/\/[^\s]+$/.test(url) && !/^[\w.-]+@[\w.-]+:[^\s]+$/.test(url)) {
    errs.invalid('spec.repository.url', url, 'must be an http(s):// or ssh:// clone URL');
  }
  if (p.repository?.branch !== undefined && !/^[A-Za-z0-9._/-]+$/.test(p.repository.branch)) {
    errs.invalid('spec.repository.branch', p.repository.branch, 'must be a Git branch name');
  }
  if (p.repository?.secretName !== undefined) validateSubdomain(errs, 'spec.repository.secretRef.name', p.repository.secretName);
  if (p.repository?.path !== undefined && (p.repository.path.startsWith('/') || p.repository.path.split('/').includes('..'))) {
    errs.invalid('spec.repository.path', p.repository.path, 'must be a relative path inside the repository');
  }
  if (p.gitOpsEngine !== undefined && !isEnumValue(GitOpsEngine as any, p.gitOpsEngine)) {
    errs.notSupported('spec.gitOpsEngine', p.gitOpsEngine, enumValues(GitOpsEngine as any));
  }
  if (p.defaultBackend !== undefined && !isEnumValue(ControlPlaneBackend as any, p.defaultBackend)) {
    errs.notSupported('spec.defaultBackend', p.defaultBackend, enumValues(ControlPlaneBackend as any));
  }
  if (p.dnsDomain !== undefined) validateSubdomain(errs, 'spec.dns.domain', p.dnsDomain);
  validateTerraformSettings(p.terraform, errs);
  const s = p.scheduling;
  if (s?.strategy !== undefined && !isEnumValue(SchedulingStrategy as any, s.strategy)) {
    errs.notSupported('spec.scheduling.strategy', s.strategy, enumValues(SchedulingStrategy as any));
  }
  (s?.regionDistances ?? []).forEach((d, i) => {
    if (!(typeof d.distance === 'number' && d.distance >= 0 && Number.isFinite(d.distance))) {
      errs.invalid(`spec.scheduling.regionDistances[${i}].distance`, d.distance, 'must be a non-negative number');
    }
    if (!d.from) errs.required(`spec.scheduling.regionDistances[${i}].from`);
    if (!d.to) errs.required(`spec.scheduling.regionDistances[${i}].to`);
  });
}

function checkSeedNetworks(
  drafts: Array<{ shoot: Shoot; draft: ShootDraft }>, placements: Map<string, string>, seeds: Map<string, Seed>, errs: ErrorList,
): void {
  for (const { shoot, draft } of drafts) {
    const seed = seeds.get(placements.get(draft.key) ?? '');
    if (!seed?.props.networks) continue;
    for (const k of ['pods', 'services', 'nodes'] as const) {
      const mine = parseCidr(draft.networking[k]);
      if (!mine) continue;
      for (const sk of ['pods', 'services', 'nodes'] as const) {
        const theirs = seed.props.networks[sk] ? parseCidr(seed.props.networks[sk]!) : undefined;
        if (theirs && overlaps(mine, theirs)) {
          errs.at(shoot.node.path).invalid(`spec.networking.${k}`, draft.networking[k], `must not overlap with the ${sk} range of seed ${seed.name} (${theirs.text})`);
        }
      }
    }
  }
}

/** The infrastructure network a shoot's nodes live in, when it can be shared with other shoots. */
function sharedNetworkKey(draft: ShootDraft): string | undefined {
  const profile = draft.cloudProfile;
  if (!profile) return undefined;
  if (draft.provider === ProviderType.OPENSTACK) {
    const id = draft.openstack?.existingNetworkId;
    return id ? `openstack/${profile.name}/${draft.region}/${id}` : undefined;
  }
  // A shoot with its own distributed port group shares no network with other shoots.
  if (draft.vsphere?.distributedPortGroup) return undefined;
  const network = draft.vsphere?.network ?? profile.props.vsphere?.regions.find((r) => r.name === draft.region)?.network;
  return network ? `vsphere/${profile.name}/${draft.region}/${network}` : undefined;
}

/**
 * Node ranges of shoots sharing one infrastructure network must be disjoint. Each group is swept
 * in address order, so the check stays near-linear for thousands of shoots on one port group.
 */
function checkSharedNetworks(drafts: Array<{ shoot: Shoot; draft: ShootDraft }>, errs: ErrorList): void {
  type Entry = { shoot: Shoot; draft: ShootDraft; family: string; start: bigint; end: bigint };
  const groups = new Map<string, Entry[]>();
  for (const { shoot, draft } of drafts) {
    const key = sharedNetworkKey(draft);
    const cidr = parseCidr(draft.networking.nodes);
    if (!key || !cidr) continue;
    const [start, end] = addressRange(cidr);
    const group = groups.get(key) ?? [];
    group.push({ shoot, draft, family: cidr.address.kind(), start, end });
    groups.set(key, group);
  }
  for (const [key, group] of groups) {
    const network = key.split('/').slice(3).join('/');
    group.sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : byKey(a.draft, b.draft)));
    let active: Entry[] = [];
    for (const entry of group) {
      active = active.filter((a) => a.family === entry.family && a.end >= entry.start);
      for (const other of active) {
        const [later, earlier] = byKey(entry.draft, other.draft) > 0 ? [entry, other] : [other, entry];
        errs.at(later.shoot.node.path).invalid('spec.networking.nodes', later.draft.networking.nodes,
          `overlaps with the nodes range of shoot ${earlier.draft.key} (${earlier.draft.networking.nodes}), which shares network ${network}`);
      }
      active.push(entry);
    }
  }
}

function checkDomains(drafts: Array<{ shoot: Shoot; draft: ShootDraft }>, errs: ErrorList): void {
  const seen = new Map<string, string>();
  for (const { shoot, draft } of [...drafts].sort((a, b) => byKey(a.draft, b.draft))) {
    if (!draft.dnsDomain) continue;
    const other = seen.get(draft.dnsDomain);
    if (other) errs.at(shoot.node.path).duplicate('spec.dns.domain', draft.dnsDomain, `is also the domain of shoot ${other}`);
    else seen.set(draft.dnsDomain, draft.key);
  }
}

/**
 * Assigns each Kamaji shoot a DataStore of its seed: the pinned one, else the one it had, else
 * the least used with room (ties by name). k0smotron shoots use a DataStore only when pinned.
 */
function assignDataStores(
  drafts: Array<{ shoot: Shoot; draft: ShootDraft }>, placements: Map<string, string>, seeds: Map<string, Seed>,
  previous: FleetInventory | undefined, errs: ErrorList,
): Map<string, string> {
  const assignment = new Map<string, string>();
  const used = new Map<DataStore, number>();
  const take = (key: string, ds: DataStore) => {
    assignment.set(key, ds.name);
    used.set(ds, (used.get(ds) ?? 0) + 1);
  };
  const sorted = [...drafts].sort((a, b) => byKey(a.draft, b.draft));
  const pending: Array<{ shoot: Shoot; draft: ShootDraft; seed: Seed }> = [];
  for (const { shoot, draft } of sorted) {
    const seed = seeds.get(placements.get(draft.key) ?? '');
    if (!seed) continue;
    const serr = errs.at(shoot.node.path);
    const before = previous?.shoots?.[draft.key];
    const pinned = shoot.props.dataStore;
    if (pinned) {
      if (pinned.seed !== seed) {
        serr.forbidden('spec.dataStore', pinned.name, `belongs to seed ${pinned.seed.name}, but the shoot runs on seed ${seed.name}`);
        continue;
      }
      if (before?.dataStoreDriver && before.seed === seed.name && before.dataStoreDriver !== pinned.props.driver) {
        serr.forbidden('spec.dataStore', pinned.name, `the DataStore driver of an existing shoot cannot change (${before.dataStoreDriver} to ${pinned.props.driver})`);
      }
      take(draft.key, pinned);
      continue;
    }
    if (draft.backend !== ControlPlaneBackend.KAMAJI) continue;
    const kept = before?.dataStore && before.seed === seed.name ? seed.dataStores.find((d) => d.name === before.dataStore) : undefined;
    if (kept) take(draft.key, kept);
    else pending.push({ shoot, draft, seed });
  }
  for (const { shoot, draft, seed } of pending) {
    const serr = errs.at(shoot.node.path);
    const before = previous?.shoots?.[draft.key];
    let candidates = seed.dataStores.filter((d) => (used.get(d) ?? 0) < d.capacity);
    if (before?.dataStoreDriver && before.seed === seed.name) candidates = candidates.filter((d) => d.props.driver === before.dataStoreDriver);
    if (seed.dataStores.length === 0) {
      serr.required('spec.dataStore', `seed ${seed.name} offers no DataStore for the kamaji backend`);
      continue;
    }
    if (before?.dataStoreDriver && before.seed === seed.name && !seed.dataStores.some((d) => d.props.driver === before.dataStoreDriver)) {
      serr.forbidden('spec.dataStore', before.dataStoreDriver,
        `the DataStore driver of an existing shoot cannot change, and seed ${seed.name} offers no ${before.dataStoreDriver} DataStore any more`);
      continue;
    }
    const best = candidates.sort((a, b) => ((used.get(a) ?? 0) / a.capacity - (used.get(b) ?? 0) / b.capacity) || (a.name < b.name ? -1 : 1))[0];
    if (!best) {
      serr.tooMany('spec.dataStore', seed.dataStores.map((d) => d.name).join(','), `every DataStore of seed ${seed.name} is full`);
      continue;
    }
    take(draft.key, best);
  }
  for (const [ds, count] of used) {
    if (count > ds.capacity) errs.at(ds.node.path).tooMany('capacity', count, `takes ${count} shoots but its capacity is ${ds.capacity}`);
  }
  return assignment;
}
