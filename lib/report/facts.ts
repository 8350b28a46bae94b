/**
 * The figures of a fleet at a glance, computed from the resolved fleet and a date: seed capacity,
 * shoots by Kubernetes version and by purpose, versions and machine images expiring soon (with the
 * shoots using them), and workers per zone. Pure data; the HTML and the tests read the same facts.
 */
import { COMPONENTS, componentInfo } from '../core/stack';
import { matchingRows } from '../core/compatibility';
import { stackUses } from '../validate/stack';
import * as semver from 'semver';
import { ResolvedCloudProfile } from '../resolve/model';
import { compareStrings as cmp } from '../core/order';
import { ShootPurpose } from '../core/types';
import { classificationOf, daysUntilExpiry, ExpirableVersion, isExpired, VersionClassification } from '../core/versions';
import { ResolvedFleet } from '../resolve/model';

/** How a version in use stands at the report date. */
export enum VersionStatus {
  /** Offered and not about to expire. */
  SUPPORTED = 'supported',
  /** Offered as a preview. */
  PREVIEW = 'preview',
  /** Offered but deprecated. */
  DEPRECATED = 'deprecated',
  /** Expires within the horizon. */
  EXPIRING = 'expiring',
  /** Past its expiration date. */
  EXPIRED = 'expired',
  /** Not offered by the shoot's CloudProfile (any more). */
  UNLISTED = 'unlisted',
}

/** How full one DataStore of a seed is. */
export interface DataStoreUsage {
  /** Name of the DataStore. */
  readonly name: string;
  /** Its driver (etcd, PostgreSQL, …). */
  readonly driver: string;
  /** Shoots it takes. */
  readonly capacity: number;
  /** Shoots placed on it. */
  readonly shoots: number;
}

/** How full one seed is. */
export interface SeedUsage {
  /** Name of the seed. */
  readonly name: string;
  /** Its infrastructure. */
  readonly provider: string;
  /** Its region. */
  readonly region: string;
  /** Most shoots it hosts. */
  readonly capacity: number;
  /** Shoots placed on it. */
  readonly shoots: number;
  /** Its DataStores. */
  readonly dataStores: DataStoreUsage[];
  /** The management stack it runs: every component with its version, and whether the fleet declared it (else the default). */
  readonly stack: Array<{ readonly component: string; readonly version: string; readonly declared: boolean }>;
  /** Terraform engine of its runner, with its version when known (`opentofu 1.12.1`). */
  readonly terraformEngine: string;
  /** Work-arounds it opted into. */
  readonly workarounds: string[];
  /** Rows of the compatibility table (lib/core/compatibility.ts) its versions and shoots hit: deprecations, and known-bad rows it works around. */
  readonly compatibility: Array<{ readonly id: string; readonly kind: string; readonly detail: string; readonly removal?: string }>;
}

/** Shoots running one Kubernetes version. */
export interface VersionCount {
  /** The Kubernetes version. */
  readonly version: string;
  /** Keys of the shoots whose control plane runs this version. */
  readonly shoots: string[];
  /** How the version stands at the report date. */
  readonly status: VersionStatus;
}

/** Shoots of one purpose. */
export interface PurposeCount {
  /** The purpose. */
  readonly purpose: ShootPurpose;
  /** How many shoots have it. */
  readonly shoots: number;
}

/** What an expiring version is. */
export enum ExpiringKind {
  /** A Kubernetes version of a CloudProfile. */
  KUBERNETES = 'kubernetes',
  /** A machine image version of a CloudProfile. */
  MACHINE_IMAGE = 'machine-image',
}

/** A version in use that expires within the horizon (or already has). */
export interface ExpiringVersion {
  /** Kubernetes or machine image. */
  readonly kind: ExpiringKind;
  /** The CloudProfile offering it. */
  readonly cloudProfile: string;
  /** Image name, for machine images. */
  readonly image?: string;
  /** The version. */
  readonly version: string;
  /** Its expiration date, `YYYY-MM-DD`. */
  readonly expirationDate: string;
  /** Whole days from the report date; negative when already expired. */
  readonly daysLeft: number;
  /** Its classification in the CloudProfile. */
  readonly classification: VersionClassification;
  /** Who uses it: shoot keys (control planes) and `<shoot key>/<pool>` (worker pools). */
  readonly usedBy: string[];
}

/** Worker capacity in one zone. */
export interface ZoneWorkers {
  /** The region. */
  readonly region: string;
  /** The zone. */
  readonly zone: string;
  /** Worker pools with a share in this zone. */
  readonly pools: number;
  /** Sum of the pools' minimum in this zone. */
  readonly minimum: number;
  /** Sum of the pools' maximum in this zone. */
  readonly maximum: number;
}

/** The figures of one fleet that the HTML report shows. */
export interface FleetFacts {
  /** Name of the fleet (its file name). */
  readonly fleet: string;
  /** Name of the garden. */
  readonly garden: string;
  /** Report date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Horizon for expiry, in days. */
  readonly days: number;
  /** Every seed with its usage. */
  readonly seeds: SeedUsage[];
  /** Number of shoots. */
  readonly shoots: number;
  /** Number of worker pools. */
  readonly workerPools: number;
  /** Sum of the pools' minimum nodes. */
  readonly nodesMinimum: number;
  /** Sum of the pools' maximum nodes. */
  readonly nodesMaximum: number;
  /** Highest version first. */
  readonly byVersion: VersionCount[];
  /** In the order of {@link ShootPurpose}; purposes without shoots left out. */
  readonly byPurpose: PurposeCount[];
  /** Soonest first. */
  readonly expiring: ExpiringVersion[];
  /** By region, then zone. */
  readonly zones: ZoneWorkers[];
}

/** The status of `version` in `offered` at `now`, given a horizon of `days`. */
export function versionStatus(offered: readonly ExpirableVersion[], version: string, now: Date, days: number): VersionStatus {
  const entry = offered.find((v) => v.version === version);
  if (!entry) return VersionStatus.UNLISTED;
  if (isExpired(entry, now)) return VersionStatus.EXPIRED;
  const left = daysUntilExpiry(entry, now);
  if (left !== undefined && left <= days) return VersionStatus.EXPIRING;
  return classificationOf(entry) as unknown as VersionStatus;
}

const STATUS_RANK = [VersionStatus.EXPIRED, VersionStatus.UNLISTED, VersionStatus.EXPIRING, VersionStatus.DEPRECATED, VersionStatus.PREVIEW, VersionStatus.SUPPORTED];

/** Orders versions semantically where they are semver, else as text. */
export function compareVersions(a: string, b: string): number {
  const va = semver.valid(a) ?? semver.valid(semver.coerce(a));
  const vb = semver.valid(b) ?? semver.valid(semver.coerce(b));
  if (va && vb && va !== vb) return semver.compare(va, vb);
  return cmp(a, b);
}

/** `YYYY-MM-DD` of a date (UTC). */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The facts of one resolved fleet at `now`, with expiry looked at `days` ahead. */
export function fleetFacts(name: string, fleet: ResolvedFleet, now: Date, days: number): FleetFacts {
  const seeds: SeedUsage[] = fleet.seeds.map((s) => ({
    name: s.name, provider: s.provider, region: s.region, capacity: s.capacity, shoots: s.shoots.length,
    dataStores: s.dataStores.map((d) => ({ name: d.name, driver: d.driver, capacity: d.capacity, shoots: d.shoots.length })),
    stack: COMPONENTS.map((c) => ({ component: c.title, version: s.stack.versions[c.field], declared: s.stack.declared.includes(c.field) })),
    terraformEngine: `${s.stack.terraformEngine}${s.stack.terraformEngineVersion ? ` ${s.stack.terraformEngineVersion}` : ''}`,
    workarounds: [...s.stack.workarounds],
    compatibility: matchingRows(s.stack.versions, stackUses(fleet.shoots.filter((x) => x.seed === s.name))).map((r) => ({
      id: r.id, kind: r.kind, detail: r.detail, ...(r.removal ? { removal: `${componentInfo(r.removal.component).title} ${r.removal.version}` } : {}),
    })),
  }));

  const versions = new Map<string, { shoots: string[]; status: VersionStatus }>();
  for (const shoot of fleet.shoots) {
    const status = versionStatus(shoot.cloudProfile.props.kubernetesVersions, shoot.kubernetesVersion, now, days);
    const entry = versions.get(shoot.kubernetesVersion) ?? { shoots: [], status };
    entry.shoots.push(shoot.key);
    if (STATUS_RANK.indexOf(status) < STATUS_RANK.indexOf(entry.status)) entry.status = status;
    versions.set(shoot.kubernetesVersion, entry);
  }
  const byVersion = [...versions.entries()].sort(([a], [b]) => compareVersions(b, a))
    .map(([version, v]) => ({ version, shoots: v.shoots.sort(), status: v.status }));

  const byPurpose = (Object.values(ShootPurpose) as ShootPurpose[])
    .map((purpose) => ({ purpose, shoots: fleet.shoots.filter((s) => s.purpose === purpose).length }))
    .filter((p) => p.shoots > 0);

  const expiring: ExpiringVersion[] = [];
  const profiles = new Map<string, ResolvedCloudProfile>();
  for (const p of fleet.cloudProfiles) profiles.set(p.name, p);
  for (const profile of [...profiles.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const shoots = fleet.shoots.filter((s) => s.cloudProfile.name === profile.name);
    const consider = (kind: ExpiringKind, v: ExpirableVersion, usedBy: string[], image?: string): void => {
      const left = daysUntilExpiry(v, now);
      if (left === undefined || left > days || (left < 0 && usedBy.length === 0)) return;
      expiring.push({ kind, cloudProfile: profile.name, image, version: v.version, expirationDate: v.expirationDate!, daysLeft: left, classification: classificationOf(v), usedBy });
    };
    for (const v of profile.props.kubernetesVersions) {
      const usedBy = [
        ...shoots.filter((s) => s.kubernetesVersion === v.version).map((s) => s.key),
        ...shoots.flatMap((s) => s.workers.filter((w) => w.kubernetesVersion === v.version && s.kubernetesVersion !== v.version).map((w) => `${s.key}/${w.name}`)),
      ].sort();
      consider(ExpiringKind.KUBERNETES, v, usedBy);
    }
    for (const image of profile.props.machineImages) {
      for (const v of image.versions) {
        const usedBy = shoots.flatMap((s) => s.workers.filter((w) => w.image.name === image.name && w.image.version === v.version).map((w) => `${s.key}/${w.name}`)).sort();
        consider(ExpiringKind.MACHINE_IMAGE, v, usedBy, image.name);
      }
    }
  }
  expiring.sort((a, b) => a.daysLeft - b.daysLeft || cmp(a.kind, b.kind) || cmp(a.image ?? '', b.image ?? '') || compareVersions(a.version, b.version));

  const zones = new Map<string, ZoneWorkers>();
  let workerPools = 0;
  let nodesMinimum = 0;
  let nodesMaximum = 0;
  for (const shoot of fleet.shoots) {
    for (const pool of shoot.workers) {
      workerPools++;
      nodesMinimum += pool.minimum;
      nodesMaximum += pool.maximum;
      for (const share of pool.zoneShares) {
        const key = `${shoot.region}\u0000${share.zone}`;
        const z = zones.get(key) ?? { region: shoot.region, zone: share.zone, pools: 0, minimum: 0, maximum: 0 };
        zones.set(key, { ...z, pools: z.pools + 1, minimum: z.minimum + share.minimum, maximum: z.maximum + share.maximum });
      }
    }
  }

  return {
    fleet: name, garden: fleet.name, date: isoDate(now), days, seeds, shoots: fleet.shoots.length, workerPools, nodesMinimum, nodesMaximum,
    byVersion, byPurpose, expiring,
    zones: [...zones.values()].sort((a, b) => cmp(a.region, b.region) || cmp(a.zone, b.zone)),
  };
}
