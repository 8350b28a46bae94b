/**
 * Checks on one shoot and its worker pools against its CloudProfile — the rules
 * gardener-apiserver applies to a Shoot — and the defaults that depend on them.
 * Checks that need the rest of the fleet (seeds, other shoots) live in lib/garden.
 */
import { validatePatchSecretValues } from '../validate/secret-values';
import { imageReference, planControlPlaneMachine, planDataStoreName, planInfrastructure } from './infrastructure';
import { CronExpressionParser } from 'cron-parser';
import { createHash } from 'crypto';
import * as semver from 'semver';
import { isIdentityPointer } from '../core/json-patch';
import { CloudProfile, MachineImage, MachineType, Zone } from '../model/cloud-profile';
import { Cidr, overlaps, size, validateCidr } from '../core/cidr';
import { ErrorList, WarningType } from '../core/problems';
import { validateKamajiSettings } from '../validate/kamaji';
import {
  SHOOT_AND_PROJECT_NAME_MAX, WORKER_POOL_NAME_MAX,
  validateLabelName, validateLabels, validateQualifiedName, validateSubdomain,
} from '../core/names';
import {
  Architecture, ControlPlaneBackend, CriName, FailureToleranceType, MachineImageBootstrap, MachineImageUserDataFormat, PatchOperation, ProviderType, Provisioner, ShootPurpose,
  TaintEffect, WorkerUpdateStrategy, enumValues, isEnumValue,
} from '../core/types';
import {
  classificationOf, compareVersions, isExpired, satisfiesRange, isFullVersion, isMinorVersion, minorDistance, pickDefaultVersion, pickSupportedVersion,
  VersionClassification,
} from '../core/versions';
import { InventoryShoot, ResolvedCloudProfile, ResolvedIntOrPercent, ResolvedOverride, ResolvedControlPlaneMachine, ResolvedShoot, ResolvedWorkerPool, ZoneShare } from './model';
import { IntOrPercent, WorkerPool } from '../model/worker-pool';
import { NetworkingType, Shoot, ShootKamajiSettings, ShootLifecycle } from '../model/shoot';
import { validateInfrastructureSettings, validateWorkerInfrastructureSettings } from '../validate/infrastructure';
import { CredentialsScope, resolveShootCredentials } from './credentials';
import { CredentialsDelivery, GitOpsEngine } from '../core/types';

/** The scope of a shoot resolved without its garden: no declared bindings, manual delivery. */
const EMPTY_CREDENTIALS_SCOPE: CredentialsScope = {
  delivery: CredentialsDelivery.MANUAL, context: { sopsSecrets: false, gitOpsEngine: GitOpsEngine.FLUX }, byProject: new Map(), byConstruct: new Map(),
};

/** Gardener's default ranges. */
export const DEFAULT_PODS = '100.96.0.0/11';
export const DEFAULT_SERVICES = '100.64.0.0/13';
export const DEFAULT_NODES = '10.250.0.0/16';
/** Shortest and longest maintenance window Gardener accepts, in minutes. */
export const MAINTENANCE_MIN_MINUTES = 30;
export const MAINTENANCE_MAX_MINUTES = 6 * 60;

/** Inputs of shoot resolution that come from outside the shoot. */
export interface ShootContext {
  readonly now: Date;
  readonly defaultBackend: ControlPlaneBackend;
  readonly gardenDnsDomain?: string;
  /** What the previous synth recorded for this shoot, if it existed. */
  readonly previous?: InventoryShoot;
  /** The plain-data form of a CloudProfile (one object per profile; see resolveCloudProfile). */
  readonly resolvedProfile?: (profile: CloudProfile) => ResolvedCloudProfile;
  /** The garden's credentials bindings (resolve/credentials); without it a shoot's binding is implied, delivered manually. */
  readonly credentials?: CredentialsScope;
}

/** The plain-data form of a CloudProfile construct: what renderers read instead of the construct. */
export function resolveCloudProfile(profile: CloudProfile): ResolvedCloudProfile {
  return { name: profile.name, path: profile.node.path, type: profile.type, props: profile.props };
}

/** A shoot with defaults applied, before scheduling and DataStore assignment. */
export type ShootDraft = Omit<ResolvedShoot, 'seed' | 'dataStore' | 'apiServer'>;

/** Validates a shoot and its pools; returns the shoot with defaults applied (also when errors were found). */
export function resolveShoot(shoot: Shoot, ctx: ShootContext, errs: ErrorList): ShootDraft {
  const p = shoot.props;
  const project = shoot.project.name;
  const profile: CloudProfile | undefined = p.cloudProfile;
  validateLabelName(errs, 'metadata.name', shoot.name);
  if (shoot.name.includes('--')) errs.invalid('metadata.name', shoot.name, "must not contain '--' (it separates project and shoot in technical names)");
  if (project.length + shoot.name.length > SHOOT_AND_PROJECT_NAME_MAX) {
    errs.tooLong('metadata.name', shoot.name, SHOOT_AND_PROJECT_NAME_MAX - project.length);
  }

  if (!profile) errs.required('spec.cloudProfile.name', 'a CloudProfile is required');
  const provider = profile?.type ?? ProviderType.OPENSTACK;
  const region = profile?.region(p.region);
  if (profile && !region) {
    errs.notSupported('spec.region', p.region, profile.props.regions.map((r) => r.name), `is not a region of CloudProfile ${profile.name}`);
  }
  const regionZones = region?.zones.map((z) => z.name) ?? [];

  const purpose = p.purpose ?? ShootPurpose.EVALUATION;
  if (!isEnumValue(ShootPurpose as any, purpose)) errs.notSupported('spec.purpose', purpose, enumValues(ShootPurpose as any));
  if (purpose === ShootPurpose.INFRASTRUCTURE && project !== 'garden') {
    errs.forbidden('spec.purpose', purpose, "the infrastructure purpose is reserved for shoots of the 'garden' project");
  }

  const kubernetesVersion = resolveKubernetesVersion(shoot, profile, ctx, errs);

  const networking = validateNetworking(shoot, errs, defaultNetworkingType(p.backend ?? ctx.defaultBackend));
  const failureTolerance = p.failureTolerance ?? FailureToleranceType.NONE;
  if (!isEnumValue(FailureToleranceType as any, failureTolerance)) {
    errs.notSupported('spec.controlPlane.highAvailability.failureTolerance.type', failureTolerance, enumValues(FailureToleranceType as any));
  }

  const maintenance = validateMaintenance(shoot, errs);
  const hibernation = validateHibernation(shoot, errs);

  let dnsDomain = p.dnsDomain;
  if (dnsDomain !== undefined) validateSubdomain(errs, 'spec.dns.domain', dnsDomain);
  else if (ctx.gardenDnsDomain) dnsDomain = `${shoot.name}.${project}.${ctx.gardenDnsDomain}`;

  if (p.credentialsBinding !== undefined) validateSubdomain(errs, 'spec.credentialsBindingName', p.credentialsBinding);
  const credentials = resolveShootCredentials(shoot, provider, ctx.credentials ?? EMPTY_CREDENTIALS_SCOPE, errs);
  const credentialsBinding = credentials.name;

  validateLabels(errs, 'metadata.labels', p.labels);
  for (const key of Object.keys(p.annotations ?? {})) validateQualifiedName(errs, `metadata.annotations[${key}]`, key);

  const backend = p.backend ?? ctx.defaultBackend;
  if (!isEnumValue(ControlPlaneBackend as any, backend)) {
    errs.notSupported('spec.controlPlane.backend', backend, enumValues(ControlPlaneBackend as any));
  }
  if (p.dataStore && backend !== ControlPlaneBackend.KAMAJI && backend !== ControlPlaneBackend.K0SMOTRON) {
    errs.forbidden('spec.dataStore', p.dataStore.name, `a pooled DataStore is only used by the kamaji and k0smotron backends (got backend ${backend})`);
  }
  validateKamajiSettings(errs, p.kamaji, backend);
  // Only Gardener wakes and hibernates a shoot on a schedule; for the other backends nothing
  // rendered would act on one, so a schedule is refused rather than silently dropped.
  if (hibernation.schedules.length > 0 && backend !== ControlPlaneBackend.GARDENER) {
    errs.forbidden('spec.hibernation.schedules', hibernation.schedules.length,
      `only the gardener backend honours hibernation schedules; seedbed renders nothing that would hibernate or wake a shoot of backend ${backend} on a schedule`);
  }
  validateInfrastructureSettings(shoot, provider, errs);

  const workers = resolveWorkers(shoot, profile, regionZones, kubernetesVersion, ctx, errs);
  checkImageBootstrap(shoot, profile, backend, workers, errs);
  const limit = profile?.props.limits?.maxNodesTotal;
  if (limit !== undefined) {
    const totalMinimum = workers.reduce((sum, w) => sum + w.minimum, 0);
    if (totalMinimum > limit) {
      errs.forbidden('spec.provider.workers', totalMinimum, `the sum of all pools' minimum must not exceed the CloudProfile's limit of ${limit} nodes`);
    }
    workers.forEach((w, i) => {
      if (w.maximum > limit) errs.at(w.path).forbidden(`spec.provider.workers[${i}].maximum`, w.maximum, `must not exceed the CloudProfile's limit of ${limit} nodes`);
    });
  }
  if (networking.podsCidr && networking.podsCidr.prefix <= 24) {
    const nodeRanges = size(networking.podsCidr) / 256;
    const totalMaximum = workers.reduce((sum, w) => sum + w.maximum, 0);
    if (totalMaximum > nodeRanges) {
      errs.invalid('spec.networking.pods', networking.pods, `has room for ${nodeRanges} nodes (a /24 each) but the pools allow up to ${totalMaximum}`);
    }
  }
  const resolvedProfile = profile ? (ctx.resolvedProfile ?? resolveCloudProfile)(profile) : undefined;
  // A control plane on machines boots the first pool's (validated) image, else the newest
  // supported, unexpired version of the profile's first image.
  let controlPlaneMachine: ResolvedControlPlaneMachine | undefined;
  if (backend === ControlPlaneBackend.CLUSTER_API && resolvedProfile) {
    const first = resolvedProfile.props.machineImages[0];
    const version = first ? pickDefaultVersion(first.versions.filter((v) => (v.architectures ?? [Architecture.AMD64]).includes(workers[0]?.architecture ?? Architecture.AMD64)), ctx.now) : undefined;
    controlPlaneMachine = planControlPlaneMachine({ cloudProfile: resolvedProfile, region: p.region, workers }, first && version ? { name: first.name, version: version.version } : undefined);
    if (!controlPlaneMachine && errs.errors.length === 0) {
      errs.required('spec.provider.workers', `the control-plane machines need a machine image: CloudProfile ${resolvedProfile.name} offers no supported, unexpired image version the provider maps`);
    }
  }
  return {
    name: shoot.name,
    project,
    path: shoot.node.path,
    key: shoot.key,
    technicalId: shoot.technicalId,
    cloudProfile: resolvedProfile!,
    provider,
    region: p.region,
    kubernetesVersion,
    purpose,
    networking: { type: networking.type, pods: networking.pods, services: networking.services, nodes: networking.nodes },
    failureTolerance,
    maintenance,
    hibernation,
    dnsDomain,
    // Only when given, so the hash of a shoot without them stays the same.
    ...(p.tolerations && p.tolerations.length > 0 ? { tolerations: p.tolerations.map((t) => ({ key: t.key, value: t.value })) } : {}),
    ...(p.seedSelector ? { seedSelector: { matchLabels: p.seedSelector.matchLabels ? { ...p.seedSelector.matchLabels } : undefined, providerTypes: p.seedSelector.providerTypes ? [...p.seedSelector.providerTypes] : undefined } } : {}),
    credentialsBinding,
    credentials,
    labels: { ...(shoot.project.props.labels ?? {}), ...(p.labels ?? {}) },
    annotations: { ...(p.annotations ?? {}) },
    backend,
    ...(backend === ControlPlaneBackend.KAMAJI ? dataStoreNames(shoot.technicalId, p.kamaji) : {}),
    lifecycle: p.lifecycle ?? ShootLifecycle.ACTIVE,
    openstack: p.openstack,
    vsphere: p.vsphere,
    workers,
    ...resolveOverrides(shoot, backend, errs),
    infrastructure: resolvedProfile ? planInfrastructure({ technicalId: shoot.technicalId, provider, region: p.region, cloudProfile: resolvedProfile, openstack: p.openstack, vsphere: p.vsphere, workers }) : {},
    ...(controlPlaneMachine ? { controlPlaneMachine } : {}),
  };
}

/**
 * The DataStore schema and user of a Kamaji shoot: the ones the fleet pins for an adopted control
 * plane (kept as given under `kamaji`, so they count in the shoot's hash), else the technical id's.
 */
function dataStoreNames(technicalId: string, pinned: ShootKamajiSettings | undefined): Pick<ShootDraft, 'dataStoreSchema' | 'dataStoreUsername' | 'kamaji'> {
  if (typeof pinned?.dataStoreSchema === 'string' && typeof pinned.dataStoreUsername === 'string') {
    return { dataStoreSchema: pinned.dataStoreSchema, dataStoreUsername: pinned.dataStoreUsername, kamaji: { dataStoreSchema: pinned.dataStoreSchema, dataStoreUsername: pinned.dataStoreUsername } };
  }
  return { dataStoreSchema: planDataStoreName(technicalId), dataStoreUsername: planDataStoreName(technicalId) };
}

function allowedVersions(versions: ReadonlyArray<{ version: string; expirationDate?: string; classification?: VersionClassification }>, now: Date): string[] {
  return versions.filter((v) => !isExpired(v, now)).map((v) => v.version);
}

function resolveKubernetesVersion(shoot: Shoot, profile: CloudProfile | undefined, ctx: ShootContext, errs: ErrorList): string {
  const field = 'spec.kubernetes.version';
  const wanted = shoot.props.kubernetesVersion;
  if (!profile) return wanted ?? '';
  const offered = profile.props.kubernetesVersions ?? [];
  let version: string;
  if (wanted === undefined || isMinorVersion(wanted)) {
    // Gardener defaults only to supported versions, never to preview or deprecated ones (core/versions.ts pickSupportedVersion).
    const pick = pickSupportedVersion(offered, ctx.now, wanted);
    if (!pick) {
      errs.notSupported(field, wanted ?? '', allowedVersions(offered.filter((v) => classificationOf(v) === VersionClassification.SUPPORTED), ctx.now),
        (wanted ? `CloudProfile ${profile.name} offers no supported, unexpired patch version of ${wanted} to default to` : `CloudProfile ${profile.name} offers no supported, unexpired version to default to`)
        + '; Gardener never defaults to a preview or deprecated version: name the patch version to use one');
      return wanted ?? '';
    }
    version = pick.version;
  } else if (!isFullVersion(wanted)) {
    errs.invalid(field, wanted, 'must be MAJOR.MINOR.PATCH or MAJOR.MINOR');
    return wanted;
  } else {
    version = wanted;
    const entry = offered.find((v) => v.version === wanted);
    if (!entry) {
      errs.notSupported(field, wanted, allowedVersions(offered, ctx.now), `is not offered by CloudProfile ${profile.name}`);
      return wanted;
    }
    if (isExpired(entry, ctx.now) && ctx.previous?.kubernetesVersion !== wanted) {
      errs.forbidden(field, wanted, `expired on ${entry.expirationDate}; new shoots and upgrades cannot use it`);
    }
  }
  const before = ctx.previous?.kubernetesVersion;
  if (before && isFullVersion(before) && isFullVersion(version)) {
    if (compareVersions(version, before) < 0) errs.forbidden(field, version, `downgrades are not possible (the shoot runs ${before})`);
    else if (minorDistance(before, version) > 1) errs.forbidden(field, version, `an upgrade cannot skip a minor version (the shoot runs ${before})`);
  }
  return version;
}

interface NetworkingDraft {
  type: NetworkingType;
  pods: string;
  services: string;
  nodes: string;
  podsCidr?: Cidr;
}

/**
 * The CNI of a shoot whose networking names none: Cilium where seedbed installs the CNI (Kamaji
 * and Cluster API control planes); Calico where the backend brings its own (k0s's built-in
 * Calico for k0smotron; Gardener's default networking extension for the gardener backend).
 */
export function defaultNetworkingType(backend: ControlPlaneBackend): NetworkingType {
  return backend === ControlPlaneBackend.K0SMOTRON || backend === ControlPlaneBackend.GARDENER ? NetworkingType.CALICO : NetworkingType.CILIUM;
}

function validateNetworking(shoot: Shoot, errs: ErrorList, defaultType: NetworkingType): NetworkingDraft {
  const n = shoot.props.networking ?? {};
  const type = n.type ?? defaultType;
  if (!isEnumValue(NetworkingType as any, type)) errs.notSupported('spec.networking.type', type, enumValues(NetworkingType as any));
  const values = { pods: n.pods ?? DEFAULT_PODS, services: n.services ?? DEFAULT_SERVICES, nodes: n.nodes ?? DEFAULT_NODES };
  const parsed: Array<{ k: 'pods' | 'services' | 'nodes'; c: Cidr }> = [];
  for (const k of ['pods', 'services', 'nodes'] as const) {
    const c = validateCidr(errs, `spec.networking.${k}`, values[k]);
    if (c) parsed.push({ k, c });
  }
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      if (overlaps(parsed[i].c, parsed[j].c)) {
        errs.invalid(`spec.networking.${parsed[j].k}`, values[parsed[j].k], `must not overlap with spec.networking.${parsed[i].k} (${values[parsed[i].k]})`);
      }
    }
  }
  const pods = parsed.find((x) => x.k === 'pods')?.c;
  if (pods && pods.prefix > 24) errs.invalid('spec.networking.pods', values.pods, 'must be /24 or larger: every node takes a /24 of the pod range');
  return { type, ...values, podsCidr: pods };
}

const WINDOW = /^([01]\d|2[0-3])([0-5]\d)([0-5]\d)([+-])(\d{2})(\d{2})$/;

/** Parses `HHMMSS+ZZZZ` into minutes after midnight UTC; undefined when malformed. */
export function parseWindowTime(text: string): number | undefined {
  if (typeof text !== 'string') return parseWindowTimeOf(text);
  // A function of the text: every shoot of a fleet has one of a few dozen window times.
  let minutes = windowTimes.get(text);
  if (minutes === undefined && !windowTimes.has(text)) {
    minutes = parseWindowTimeOf(text);
    if (windowTimes.size >= 10_000) windowTimes.clear();
    windowTimes.set(text, minutes);
  }
  return minutes;
}

const windowTimes = new Map<string, number | undefined>();

function parseWindowTimeOf(text: string): number | undefined {
  const m = WINDOW.exec(text ?? '');
  if (!m) return undefined;
  const offset = (Number(m[5]) * 60 + Number(m[6])) * (m[4] === '+' ? 1 : -1);
  if (Number(m[5]) > 14 || Number(m[6]) > 59) return undefined;
  return (((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 60 - offset) % 1440) + 1440) % 1440;
}

function defaultWindowBegin(technicalId: string): number {
  const h = createHash('sha256').update(technicalId).digest();
  const hour = (22 + (h[0] % 6)) % 24;
  const minute = (h[1] % 2) * 30;
  return hour * 60 + minute;
}

function formatWindowTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}00+0000`;
}

function validateMaintenance(shoot: Shoot, errs: ErrorList): ResolvedShoot['maintenance'] {
  const m = shoot.props.maintenance ?? {};
  const field = 'spec.maintenance.timeWindow';
  let begin = m.timeWindowBegin;
  let end = m.timeWindowEnd;
  if (begin === undefined) begin = formatWindowTime(defaultWindowBegin(shoot.technicalId));
  if (end === undefined) end = formatWindowTime((parseWindowTime(begin) ?? 0) + 60);
  const b = parseWindowTime(begin);
  const e = parseWindowTime(end);
  if (b === undefined) errs.invalid(`${field}.begin`, begin, 'must be HHMMSS+ZZZZ, like 220000+0100');
  if (e === undefined) errs.invalid(`${field}.end`, end, 'must be HHMMSS+ZZZZ, like 230000+0100');
  if (b !== undefined && e !== undefined) {
    const minutes = ((e - b) % 1440 + 1440) % 1440;
    if (minutes < MAINTENANCE_MIN_MINUTES || minutes > MAINTENANCE_MAX_MINUTES) {
      errs.invalid(field, `${begin}-${end}`, `must last between 30 minutes and 6 hours (got ${Math.round(minutes)} minutes)`);
    }
  }
  return {
    timeWindowBegin: begin,
    timeWindowEnd: end,
    autoUpdateKubernetesVersion: m.autoUpdateKubernetesVersion ?? true,
    autoUpdateMachineImageVersion: m.autoUpdateMachineImageVersion ?? true,
  };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function validateCron(errs: ErrorList, field: string, expr: string, tz: string): void {
  const fields = typeof expr === 'string' ? expr.trim().split(/\s+/) : [];
  let ok = fields.length === 5;
  if (ok) {
    try {
      CronExpressionParser.parse(expr, { tz: isTimeZone(tz) ? tz : 'UTC' });
    } catch {
      ok = false;
    }
  }
  if (!ok) errs.invalid(field, expr, 'must be a cron expression with five fields (minute hour day-of-month month day-of-week)');
}

function validateHibernation(shoot: Shoot, errs: ErrorList): ResolvedShoot['hibernation'] {
  const h = shoot.props.hibernation ?? {};
  const schedules = h.schedules ?? [];
  schedules.forEach((s, i) => {
    const field = `spec.hibernation.schedules[${i}]`;
    const location = s.location ?? 'UTC';
    if (s.start === undefined && s.end === undefined) errs.required(field, 'a schedule needs a start, an end, or both');
    if (s.start !== undefined) validateCron(errs, `${field}.start`, s.start, location);
    if (s.end !== undefined) validateCron(errs, `${field}.end`, s.end, location);
    if (!isTimeZone(location)) errs.invalid(`${field}.location`, location, 'must be an IANA time zone such as Europe/Berlin');
    if (s.start !== undefined && s.start === s.end) errs.invalid(`${field}.end`, s.end, 'must differ from the start');
  });
  return { enabled: h.enabled ?? false, schedules: schedules.map((s) => ({ ...s, location: s.location ?? 'UTC' })) };
}

/** Gardener's spread of a pool's size over its zones: the first `size % zones` zones take one more. */
export function distributeOverZones(zoneIndex: number, total: number, zoneCount: number): number {
  const base = Math.floor(total / zoneCount);
  return base + (zoneIndex < total % zoneCount ? 1 : 0);
}

/** An IntOrPercent as plain data (what renderers read). */
function plainIntOrPercent(v: IntOrPercent): ResolvedIntOrPercent {
  return v instanceof IntOrPercent ? { value: v.value, isPercent: v.isPercent } : v;
}

function shareOverZones(value: IntOrPercent, zoneIndex: number, zoneCount: number): number | string {
  return value.isPercent ? value.toJSON() : distributeOverZones(zoneIndex, value.value, zoneCount);
}

/** A pool's maxSurge and maxUnavailable when it names none (read here only: a resolved pool gets plain copies). */
const DEFAULT_MAX_SURGE = IntOrPercent.count(1);
const DEFAULT_MAX_UNAVAILABLE = IntOrPercent.count(0);

function resolveWorkers(
  shoot: Shoot, profile: CloudProfile | undefined, regionZones: string[], shootVersion: string,
  ctx: ShootContext, errs: ErrorList,
): ResolvedWorkerPool[] {
  const names = new Set<string>();
  return shoot.workerPools.map((pool, i) => {
    const perr = errs.at(pool.node.path);
    if (names.has(pool.name)) perr.duplicate(`spec.provider.workers[${i}].name`, pool.name);
    names.add(pool.name);
    return resolveWorker(pool, i, profile, shoot.props.region, regionZones, shootVersion, ctx, perr);
  });
}

function resolveWorker(
  pool: WorkerPool, i: number, profile: CloudProfile | undefined, region: string, regionZones: string[], shootVersion: string,
  ctx: ShootContext, errs: ErrorList,
): ResolvedWorkerPool {
  const p = pool.props;
  const f = `spec.provider.workers[${i}]`;
  const previous = ctx.previous?.workers?.[pool.name];
  validateLabelName(errs, `${f}.name`, pool.name, WORKER_POOL_NAME_MAX);

  // Machine type.
  const machineType: MachineType | undefined = profile?.machineType(p.machineType);
  if (profile && !machineType) {
    errs.notSupported(`${f}.machine.type`, p.machineType, profile.props.machineTypes.filter((m) => m.usable !== false).map((m) => m.name));
  } else if (machineType && machineType.usable === false && previous?.machineType !== p.machineType) {
    errs.forbidden(`${f}.machine.type`, p.machineType, 'is not usable for new pools (the CloudProfile marks it unusable)');
  }
  const architecture = p.architecture ?? machineType?.architecture ?? Architecture.AMD64;
  if (!isEnumValue(Architecture as any, architecture)) {
    errs.notSupported(`${f}.machine.architecture`, architecture, enumValues(Architecture as any));
  } else if (machineType && (machineType.architecture ?? Architecture.AMD64) !== architecture) {
    errs.invalid(`${f}.machine.architecture`, architecture, `machine type ${machineType.name} is ${machineType.architecture ?? Architecture.AMD64}`);
  }

  // Zones.
  const zones = p.zones ?? regionZones;
  if (zones.length === 0) errs.required(`${f}.zones`, 'at least one zone is required');
  const seenZones = new Set<string>();
  zones.forEach((z, j) => {
    if (seenZones.has(z)) errs.duplicate(`${f}.zones[${j}]`, z);
    seenZones.add(z);
    if (regionZones.length > 0 && !regionZones.includes(z)) errs.notSupported(`${f}.zones[${j}]`, z, regionZones, 'is not a zone of the shoot\'s region');
    const zone = profile && regionZones.includes(z) ? profileZone(profile, z) : undefined;
    if (zone && machineType && (zone.unavailableMachineTypes ?? []).includes(machineType.name)) {
      errs.forbidden(`${f}.machine.type`, machineType.name, `is not available in zone ${z}`);
    }
    if (zone && p.volume?.type && (zone.unavailableVolumeTypes ?? []).includes(p.volume.type)) {
      errs.forbidden(`${f}.volume.type`, p.volume.type, `is not available in zone ${z}`);
    }
  });

  // Kubernetes version of the pool.
  let kubernetesVersion = shootVersion;
  if (p.kubernetesVersion !== undefined) {
    kubernetesVersion = p.kubernetesVersion;
    const offered = profile?.props.kubernetesVersions ?? [];
    const entry = offered.find((v) => v.version === p.kubernetesVersion);
    if (!isFullVersion(p.kubernetesVersion)) errs.invalid(`${f}.kubernetes.version`, p.kubernetesVersion, 'must be MAJOR.MINOR.PATCH');
    else if (profile && !entry) errs.notSupported(`${f}.kubernetes.version`, p.kubernetesVersion, allowedVersions(offered, ctx.now));
    else if (entry && isExpired(entry, ctx.now) && previous?.kubernetesVersion !== p.kubernetesVersion) {
      errs.forbidden(`${f}.kubernetes.version`, p.kubernetesVersion, `expired on ${entry.expirationDate}; new pools and upgrades cannot use it`);
    }
    if (isFullVersion(p.kubernetesVersion) && isFullVersion(shootVersion)) {
      if (compareVersions(p.kubernetesVersion, shootVersion) > 0) {
        errs.forbidden(`${f}.kubernetes.version`, p.kubernetesVersion, `must not be newer than the control plane (${shootVersion})`);
      } else {
        const skew = compareVersions(shootVersion, '1.28.0') >= 0 ? 3 : 2;
        if (minorDistance(p.kubernetesVersion, shootVersion) > skew) {
          errs.forbidden(`${f}.kubernetes.version`, p.kubernetesVersion, `must be at most ${skew} minor versions older than the control plane (${shootVersion})`);
        }
      }
    }
  }

  // Machine image.
  const image = resolveImage(pool, f, profile, architecture, kubernetesVersion, ctx, errs);
  const resolvedProfile = profile ? (ctx.resolvedProfile ?? resolveCloudProfile)(profile) : undefined;
  const reference = resolvedProfile && image.version ? imageReference(resolvedProfile, region, image, architecture) : undefined;
  // Only for an image version that is otherwise valid (a wrong version is reported once, above).
  const imageProblems = errs.errors.some((e) => e.path === pool.node.path && e.field.startsWith(`${f}.machine.`));
  // Without the provider's settings there is no mapping to look in (that is reported on the CloudProfile).
  const providerConfig = resolvedProfile && (resolvedProfile.type === ProviderType.OPENSTACK ? resolvedProfile.props.openstack : resolvedProfile.props.vsphere);
  if (resolvedProfile && providerConfig && image.version && reference === undefined && !imageProblems) {
    errs.invalid(`${f}.machine.image.version`, image.version, `CloudProfile ${profile!.name} maps no ${resolvedProfile.type === ProviderType.OPENSTACK
      ? `OpenStack image in region ${region}` : 'vSphere template'} for ${image.name} ${image.version} (${architecture})`);
  }

  // Volume.
  let volume: ResolvedWorkerPool['volume'];
  if (p.volume) {
    const vt = p.volume.type !== undefined ? profile?.volumeType(p.volume.type) : undefined;
    if (p.volume.type !== undefined && profile && !vt) {
      errs.notSupported(`${f}.volume.type`, p.volume.type, (profile.props.volumeTypes ?? []).filter((v) => v.usable !== false).map((v) => v.name));
    } else if (vt && vt.usable === false) {
      errs.forbidden(`${f}.volume.type`, vt.name, 'is not usable for new pools (the CloudProfile marks it unusable)');
    }
    if (!Number.isInteger(p.volume.sizeGiB) || p.volume.sizeGiB <= 0) {
      errs.invalid(`${f}.volume.size`, p.volume.sizeGiB, 'must be a positive whole number of GiB');
    } else if (vt?.minSizeGiB !== undefined && p.volume.sizeGiB < vt.minSizeGiB) {
      errs.invalid(`${f}.volume.size`, `${p.volume.sizeGiB}Gi`, `must be at least ${vt.minSizeGiB}Gi for volume type ${vt.name}`);
    }
    volume = { type: vt, sizeGiB: p.volume.sizeGiB };
  } else if (machineType && machineType.storageGiB === undefined) {
    errs.required(`${f}.volume`, `machine type ${machineType.name} has no disk of its own; the pool needs a volume`);
  }

  // Sizes.
  const minimum = p.minimum ?? Math.max(zones.length, 1);
  const maximum = p.maximum ?? Math.max(minimum, zones.length);
  if (!Number.isInteger(minimum) || minimum < 0) errs.invalid(`${f}.minimum`, minimum, 'must be a non-negative integer');
  if (!Number.isInteger(maximum) || maximum < 0) errs.invalid(`${f}.maximum`, maximum, 'must be a non-negative integer');
  if (minimum > maximum) errs.forbidden(`${f}.minimum`, minimum, `must not be greater than maximum (${maximum})`);
  if (maximum > 0 && zones.length > 0 && maximum < zones.length) {
    errs.forbidden(`${f}.maximum`, maximum, `must not be less than the number of zones (${zones.length})`);
  }
  const maxSurge = p.maxSurge ?? DEFAULT_MAX_SURGE;
  const maxUnavailable = p.maxUnavailable ?? DEFAULT_MAX_UNAVAILABLE;
  for (const [name, v] of [['maxSurge', maxSurge], ['maxUnavailable', maxUnavailable]] as const) {
    if (!(v instanceof IntOrPercent)) errs.invalid(`${f}.${name}`, v, 'must be IntOrPercent.count(n) or IntOrPercent.percent(n)');
    else if (!Number.isInteger(v.value) || v.value < 0) errs.invalid(`${f}.${name}`, v.toJSON(), 'must be a non-negative integer');
    else if (name === 'maxUnavailable' && v.isPercent && v.value > 100) errs.invalid(`${f}.${name}`, v.toJSON(), 'must not be more than 100%');
  }
  if (maxSurge instanceof IntOrPercent && maxUnavailable instanceof IntOrPercent && maxSurge.isZero && maxUnavailable.isZero) {
    errs.invalid(`${f}.maxUnavailable`, 0, 'must not be 0 when maxSurge is 0: a rolling update could never make progress');
  }

  // Node settings.
  validateLabels(errs, `${f}.labels`, p.labels);
  for (const key of Object.keys(p.annotations ?? {})) validateQualifiedName(errs, `${f}.annotations[${key}]`, key);
  const taintKeys = new Set<string>();
  (p.taints ?? []).forEach((t, j) => {
    validateQualifiedName(errs, `${f}.taints[${j}].key`, t.key);
    if (!isEnumValue(TaintEffect as any, t.effect)) errs.notSupported(`${f}.taints[${j}].effect`, t.effect, enumValues(TaintEffect as any));
    if (t.value !== undefined && !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(t.value)) {
      errs.invalid(`${f}.taints[${j}].value`, t.value, 'must be a valid label value');
    }
    const id = `${t.key}:${t.effect}`;
    if (taintKeys.has(id)) errs.duplicate(`${f}.taints[${j}]`, id, 'taints must be unique by key and effect');
    taintKeys.add(id);
  });
  validateWorkerInfrastructureSettings(pool, f, p.provisioner ?? Provisioner.CLUSTER_API, profile, errs);
  const cri = p.cri ?? CriName.CONTAINERD;
  if (!isEnumValue(CriName as any, cri)) errs.notSupported(`${f}.cri.name`, cri, enumValues(CriName as any));
  const updateStrategy = p.updateStrategy ?? WorkerUpdateStrategy.AUTO_ROLLING_UPDATE;
  if (!isEnumValue(WorkerUpdateStrategy as any, updateStrategy)) {
    errs.notSupported(`${f}.updateStrategy`, updateStrategy, enumValues(WorkerUpdateStrategy as any));
  }
  const provisioner = p.provisioner ?? Provisioner.CLUSTER_API;
  if (!isEnumValue(Provisioner as any, provisioner)) errs.notSupported(`${f}.provisioner`, provisioner, enumValues(Provisioner as any));
  if (provisioner === Provisioner.TERRAFORM && minimum !== maximum) {
    errs.forbidden(`${f}.maximum`, maximum, `static (terraform) pools do not autoscale: minimum and maximum must be equal (minimum is ${minimum})`);
  }
  if (provisioner === Provisioner.TERRAFORM && updateStrategy !== WorkerUpdateStrategy.AUTO_ROLLING_UPDATE) {
    errs.forbidden(`${f}.updateStrategy`, updateStrategy, 'static (terraform) pools are replaced, not updated in place');
  }

  const zoneShares: ZoneShare[] = zones.map((zone, z) => ({
    zone,
    minimum: distributeOverZones(z, Number.isInteger(minimum) ? minimum : 0, zones.length),
    maximum: distributeOverZones(z, Number.isInteger(maximum) ? maximum : 0, zones.length),
    maxSurge: maxSurge instanceof IntOrPercent ? shareOverZones(maxSurge, z, zones.length) : 1,
    maxUnavailable: maxUnavailable instanceof IntOrPercent ? shareOverZones(maxUnavailable, z, zones.length) : 0,
  }));

  return {
    name: pool.name,
    path: pool.node.path,
    machineType: machineType ?? { name: p.machineType, cpu: 0, memoryGiB: 0 },
    image,
    architecture,
    imageReference: reference ?? '',
    userDataFormat: userDataFormatOf(profile?.props.machineImages.find((m) => m.name === image.name), image.name),
    minimum,
    maximum,
    maxSurge: plainIntOrPercent(maxSurge),
    maxUnavailable: plainIntOrPercent(maxUnavailable),
    zones: [...zones],
    zoneShares,
    volume,
    labels: { ...(p.labels ?? {}) },
    annotations: { ...(p.annotations ?? {}) },
    taints: [...(p.taints ?? [])],
    cri,
    updateStrategy,
    provisioner,
    kubernetesVersion,
    openstack: p.openstack,
    vsphere: p.vsphere,
  };
}

/** The first zone of that name in the CloudProfile's regions (in their order). */
function profileZone(profile: CloudProfile, name: string): Zone | undefined {
  for (const region of profile.props.regions) {
    for (const zone of region.zones) if (zone.name === name) return zone;
  }
  return undefined;
}

function resolveImage(
  pool: WorkerPool, f: string, profile: CloudProfile | undefined, architecture: Architecture, kubernetesVersion: string,
  ctx: ShootContext, errs: ErrorList,
): { name: string; version: string } {
  const p = pool.props;
  if (!profile) return { name: p.image?.name ?? '', version: p.image?.version ?? '' };
  const previous = ctx.previous?.workers?.[pool.name]?.image;
  const archOf = (v: { architectures?: Architecture[] }) => v.architectures ?? [Architecture.AMD64];
  const fitsKubelet = (v: { kubeletVersionConstraint?: string }) => !v.kubeletVersionConstraint || !isFullVersion(kubernetesVersion)
    || satisfiesRange(kubernetesVersion, v.kubeletVersionConstraint);
  let image: MachineImage | undefined;
  if (p.image) {
    image = profile.machineImage(p.image.name);
    if (!image) {
      errs.notSupported(`${f}.machine.image.name`, p.image.name, profile.props.machineImages.map((m) => m.name));
      return { name: p.image.name, version: p.image.version ?? '' };
    }
  } else {
    image = profile.props.machineImages.find((m) => m.versions.some((v) => archOf(v).includes(architecture)));
    if (!image) {
      errs.required(`${f}.machine.image`, `no machine image of CloudProfile ${profile.name} offers architecture ${architecture}`);
      return { name: '', version: '' };
    }
  }
  const candidates = image.versions.filter((v) => archOf(v).includes(architecture) && fitsKubelet(v));
  if (!p.image?.version) {
    const pick = pickDefaultVersion(candidates, ctx.now);
    if (!pick) {
      errs.required(`${f}.machine.image.version`, `image ${image.name} has no supported, unexpired version for ${architecture} and Kubernetes ${kubernetesVersion}`);
      return { name: image.name, version: '' };
    }
    return { name: image.name, version: pick.version };
  }
  const version = p.image.version;
  const entry = image.versions.find((v) => v.version === version);
  const partial = /^v?(\d+)(?:\.(\d+))?$/.exec(version);
  if (!entry && partial) {
    // A MAJOR or MAJOR.MINOR image version completes as Gardener completes it (gardener/gardener v1.149.3:
    // plugin/pkg/shoot/mutator/admission.go getDefaultMachineImage → pkg/api/core/helper/cloudprofile.go
    // DetermineLatestMachineImageVersion): the highest version within it for the pool's architecture
    // (and kubelet), never a preview; a deprecated one only when no supported one qualifies. Expired
    // versions are left out too, since Gardener's validator refuses them for new pools.
    const [, major, minor] = partial;
    const within = candidates.filter((v) => isFullVersion(v.version) && String(semver.major(v.version)) === String(Number(major))
      && (minor === undefined || String(semver.minor(v.version)) === String(Number(minor))));
    const pick = pickDefaultVersion(within, ctx.now);
    if (!pick) {
      errs.notSupported(`${f}.machine.image.version`, version, allowedVersions(candidates, ctx.now),
        `image ${image.name} has no supported or deprecated, unexpired ${version}.x version for ${architecture} and Kubernetes ${kubernetesVersion} (preview versions are never picked); name a full version`);
      return { name: image.name, version };
    }
    return { name: image.name, version: pick.version };
  }
  if (!entry) {
    errs.notSupported(`${f}.machine.image.version`, version, allowedVersions(image.versions, ctx.now), `is not a version of image ${image.name}`);
    return { name: image.name, version };
  }
  if (isExpired(entry, ctx.now) && previous !== `${image.name}@${version}`) {
    errs.forbidden(`${f}.machine.image.version`, version, `expired on ${entry.expirationDate}; new pools and updates cannot use it`);
  }
  if (!archOf(entry).includes(architecture)) {
    errs.notSupported(`${f}.machine.image.version`, version, image.versions.filter((v) => archOf(v).includes(architecture)).map((v) => v.version),
      `image ${image.name} ${version} is not built for ${architecture}`);
  }
  if (!(entry.cri ?? [CriName.CONTAINERD]).includes(p.cri ?? CriName.CONTAINERD)) {
    errs.notSupported(`${f}.cri.name`, p.cri ?? CriName.CONTAINERD, entry.cri ?? [], `image ${image.name} ${version} does not support this container runtime`);
  }
  if (!fitsKubelet(entry)) {
    errs.forbidden(`${f}.machine.image.version`, version, `image ${image.name} ${version} requires Kubernetes ${entry.kubeletVersionConstraint} (pool runs ${kubernetesVersion})`);
  }
  return { name: image.name, version };
}


/** A deep copy of JSON data; undefined for anything JSON cannot hold (functions, BigInts, cycles, non-finite numbers). */
function jsonCopy(v: unknown): unknown {
  try {
    const text = JSON.stringify(v, (_k, x) => {
      if (typeof x === 'number' && !Number.isFinite(x)) throw new Error('not finite');
      return x;
    });
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Checks a shoot's escape-hatch overrides (`Shoot.addOverride`) and returns them as plain data
 * (`{}` when there are none, so shoots without overrides resolve exactly as before).
 */
function resolveOverrides(shoot: Shoot, backend: ControlPlaneBackend, errs: ErrorList): { overrides?: ResolvedOverride[] } {
  const list = shoot.overrides;
  if (list.length === 0) return {};
  if (backend === ControlPlaneBackend.GARDENER) {
    errs.forbidden('overrides', list.length, 'overrides patch objects rendered into a seed; a shoot of the gardener backend has none (its Shoot is in garden/)');
    return {};
  }
  const names = new Set<string>();
  const out: ResolvedOverride[] = [];
  list.forEach((o, i) => {
    const f = `overrides[${i}]`;
    if (typeof o?.name !== 'string' || !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(o.name)) {
      errs.invalid(`${f}.name`, o?.name, 'must be a DNS label (lower-case letters, digits and -)');
    } else if (names.has(o.name)) errs.duplicate(`${f}.name`, o.name);
    names.add(o?.name);
    if (typeof o?.kind !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(o.kind)) errs.invalid(`${f}.kind`, o?.kind, 'must be a Kubernetes kind (`TenantControlPlane`)');
    if (o?.apiVersion !== undefined && (typeof o.apiVersion !== 'string' || !/^([a-z0-9.-]+\/)?v[0-9][a-z0-9]*$/.test(o.apiVersion))) {
      errs.invalid(`${f}.apiVersion`, o.apiVersion, 'must be an apiVersion (`group/version` or `v1`)');
    }
    if (o?.objectName !== undefined && (typeof o.objectName !== 'string' || o.objectName === '')) errs.invalid(`${f}.objectName`, o.objectName, 'must be an object name');
    const patches = Array.isArray(o?.patches) ? o.patches : [];
    if (patches.length === 0) errs.required(`${f}.patches`, 'an override needs at least one patch');
    patches.forEach((p, j) => {
      const pf = `${f}.patches[${j}]`;
      if (!isEnumValue(PatchOperation as any, p?.op)) errs.notSupported(`${pf}.op`, p?.op, enumValues(PatchOperation as any));
      if (typeof p?.path !== 'string' || !p.path.startsWith('/')) {
        errs.invalid(`${pf}.path`, p?.path, 'must be a JSON Pointer into the object (`/spec/...`)');
        return;
      }
      if (isIdentityPointer(p.path)) {
        errs.forbidden(`${pf}.path`, p.path, "must not change the object's identity (apiVersion, kind, name, namespace)");
      }
      const secretData = typeof o.kind === 'string' && o.kind.toLowerCase() === 'secret' && /^\/(data|stringData)(\/|$)/.test(p.path);
      if (secretData) {
        errs.forbidden(`${pf}.path`, p.path, 'no secret value is ever rendered: keep Secret data out of Git (SOPS, ExternalSecrets)');
      }
      if (p.op !== PatchOperation.REMOVE && p.value === undefined) errs.required(`${pf}.value`, `a value is required for ${p.op}`);
      else if (p.value !== undefined && jsonCopy(p.value) === undefined) errs.invalid(`${pf}.value`, p.value, 'must be JSON data (objects, lists, strings, numbers, booleans, null)');
      else if (p.value !== undefined && !secretData) validatePatchSecretValues(errs, pf, p.path, p.value);
    });
    out.push({
      name: o?.name, path: `${shoot.node.path}/overrides/${o?.name}`, kind: o?.kind,
      ...(o?.apiVersion !== undefined ? { apiVersion: o.apiVersion } : {}),
      ...(o?.objectName !== undefined ? { objectName: o.objectName } : {}),
      patches: patches.map((p) => ({ op: p?.op, path: p?.path, ...(p?.value !== undefined ? { value: jsonCopy(p.value) } : {}) })),
    });
  });
  return { overrides: out };
}

/**
 * The first-boot configuration format of an image: as the CloudProfile declares it, else Ignition
 * for Flatcar (which runs Ignition and ignores cloud-config), else cloud-config.
 */
export function userDataFormatOf(image: { readonly userDataFormat?: MachineImageUserDataFormat } | undefined, name: string): MachineImageUserDataFormat {
  if (image?.userDataFormat !== undefined) return image.userDataFormat;
  return /^flatcar([-_].*)?$/.test(name) ? MachineImageUserDataFormat.IGNITION : MachineImageUserDataFormat.CLOUD_CONFIG;
}

/**
 * Every pool's image must carry what its bootstrap needs: kubeadm for the Cluster API pools and
 * static machines of the kamaji and cluster-api backends (KubeadmConfigTemplate, `kubeadm join`).
 * k0smotron's pools, Cluster API or static, join with k0s, which brings its own kubelet and
 * containerd (installed at first boot), so they ask nothing of the image (static ones join with a
 * k0s token from a JoinTokenRequest since seedbed renders one: render/terraform/join.ts).
 */
function checkImageBootstrap(shoot: Shoot, profile: CloudProfile | undefined, backend: ControlPlaneBackend, workers: readonly ResolvedWorkerPool[], errs: ErrorList): void {
  if (!profile || backend === ControlPlaneBackend.GARDENER) return;
  workers.forEach((pool, i) => {
    const f = `spec.provider.workers[${i}]`;
    const perr = errs.at(pool.path);
    if (backend === ControlPlaneBackend.K0SMOTRON) return;
    const image = profile.props.machineImages.find((m) => m.name === pool.image.name);
    if (!image) return;
    if (image.bootstrap === MachineImageBootstrap.GARDENER) {
      perr.forbidden(`${f}.machine.image.name`, pool.image.name, `is the Gardener flavour (node agent, no kubeadm) in CloudProfile ${profile.name}; this pool bootstraps with kubeadm: use an image with bootstrap kubeadm`);
    } else if (image.bootstrap === undefined) {
      perr.warn(`${f}.machine.image.name`, pool.image.name, `CloudProfile ${profile.name} does not say whether the image carries kubeadm (set its bootstrap); this pool bootstraps with kubeadm`, WarningType.DISCOURAGED);
    }
  });
}
