/**
 * Upgrade plans: for every shoot whose Kubernetes or machine image version expires within the
 * horizon, the path off it — one minor version at a time through versions the CloudProfile
 * offers (not preview, not expired), the control plane before its workers, each step in its own
 * maintenance window, machine images to the newest supported version.
 *
 * The path stops at the first version that does not expire within the horizon: the plan gets the
 * shoot out of trouble, it does not chase the newest release.
 */
import { count } from '../core/plural';
import * as semver from 'semver';
import type { MachineImage, MachineImageVersion } from '../model/cloud-profile';
import { ResolvedCloudProfile } from '../resolve/model';
import { Architecture } from '../core/types';
import { classificationOf, daysUntilExpiry, ExpirableVersion, isExpired, isFullVersion, minorOf, pickDefaultVersion, VersionClassification } from '../core/versions';
import { ResolvedFleet, ResolvedShoot, ResolvedWorkerPool } from '../resolve/model';
import { compareVersions, isoDate } from './facts';
import { DatedWindow, nextWindows } from './maintenance';

/** What a step changes. */
export enum UpgradeKind {
  /** A Kubernetes version. */
  KUBERNETES = 'kubernetes',
  /** A machine image version. */
  MACHINE_IMAGE = 'machine-image',
}

/** Which part of the shoot a step touches. */
export enum UpgradeTarget {
  /** The hosted control plane. */
  CONTROL_PLANE = 'control-plane',
  /** The worker pools. */
  WORKERS = 'workers',
}

/** Why a shoot is in the plan. */
export interface ExpiryReason {
  /** Kubernetes or machine image. */
  readonly kind: UpgradeKind;
  /** The worker pool, when it is a pool's version. */
  readonly pool?: string;
  /** Image name, for machine images. */
  readonly image?: string;
  /** The expiring version. */
  readonly version: string;
  /** Its expiration date, `YYYY-MM-DD`. */
  readonly expirationDate: string;
  /** Whole days from now; negative when already expired. */
  readonly daysLeft: number;
}

/** One change within a step. */
export interface UpgradeChange {
  /** Kubernetes or machine image. */
  readonly kind: UpgradeKind;
  /** The worker pool; absent for the control plane. */
  readonly pool?: string;
  /** Image name, for machine images. */
  readonly image?: string;
  /** The version before the step. */
  readonly from: string;
  /** The version after it. */
  readonly to: string;
}

/** One step: one maintenance window, one part of the shoot. */
export interface UpgradeStep {
  /** 1-based. */
  readonly step: number;
  /** The maintenance window the step runs in. */
  readonly window: DatedWindow;
  /** Control plane or workers. */
  readonly target: UpgradeTarget;
  /** What the step changes. */
  readonly changes: UpgradeChange[];
}

/** The plan of one shoot. */
export interface ShootUpgradePlan {
  /** `<project>--<shoot>`. */
  readonly shoot: string;
  /** The shoot's project. */
  readonly project: string;
  /** The shoot's name. */
  readonly name: string;
  /** The seed hosting its control plane. */
  readonly seed: string;
  /** Its daily maintenance window (`HHMMSS+ZZZZ`). */
  readonly maintenance: { readonly begin: string; readonly end: string };
  /** The expiring versions that put it in the plan. */
  readonly reasons: ExpiryReason[];
  /** The steps, in order. */
  readonly steps: UpgradeStep[];
  /** The earliest expiration date among the reasons. */
  readonly deadline: string;
  /** True when the last step's window begins after the deadline. */
  readonly late: boolean;
  /** What the plan cannot do (no next minor offered, no newer image). */
  readonly problems: string[];
}

/** The plan of one fleet. */
export interface FleetUpgradePlan {
  /** Name of the fleet. */
  readonly fleet: string;
  /** The shoots with something expiring. */
  readonly shoots: ShootUpgradePlan[];
}

/** The whole plan document (the JSON format). */
export interface UpgradePlan {
  /** Version of the document format. */
  readonly apiVersion: 'seedbed.io/v1alpha1';
  /** Kind of the document. */
  readonly kind: 'UpgradePlan';
  /** The moment the plan is computed from (ISO 8601). */
  readonly now: string;
  /** The horizon, in days. */
  readonly days: number;
  /** Last day of the horizon, `YYYY-MM-DD`. */
  readonly until: string;
  /** One plan per fleet. */
  readonly fleets: FleetUpgradePlan[];
}

/** Options of {@link planFleet}. */
export interface UpgradePlanOptions {
  /** The moment windows are counted from and expiry is judged against. */
  readonly now: Date;
  /** Versions expiring within this many days are planned away from. */
  readonly days: number;
}

function expiresWithin(v: ExpirableVersion | undefined, now: Date, days: number): boolean {
  const left = v ? daysUntilExpiry(v, now) : undefined;
  return left !== undefined && left <= days;
}

function usable(v: ExpirableVersion, now: Date): boolean {
  return classificationOf(v) !== VersionClassification.PREVIEW && !isExpired(v, now);
}

/**
 * Kubernetes versions from `from` to the first one that does not expire within the horizon:
 * a newer patch of the same minor if that suffices, else one minor at a time.
 */
export function kubernetesPath(offered: readonly ExpirableVersion[], from: string, options: UpgradePlanOptions): { path: string[]; problem?: string } {
  const safe = (version: string) => !expiresWithin(offered.find((v) => v.version === version), options.now, options.days);
  const patch = pickDefaultVersion(offered.filter((v) => isFullVersion(v.version) && semver.gt(v.version, from)), options.now, minorOf(from));
  if (patch && safe(patch.version)) return { path: [patch.version] };
  const path: string[] = [];
  let current = from;
  for (let guard = 0; guard < 50; guard++) {
    const next = `${semver.major(current)}.${semver.minor(current) + 1}`;
    const pick = pickDefaultVersion(offered, options.now, next);
    if (!pick) return { path, problem: `the CloudProfile offers no usable ${next} version to upgrade ${current} to` };
    path.push(pick.version);
    current = pick.version;
    if (safe(current)) return { path };
  }
  return { path };
}

function hasProviderImage(profile: ResolvedCloudProfile, name: string, version: string, architecture: Architecture): boolean {
  const mappings = profile.props.openstack?.machineImages ?? profile.props.vsphere?.machineImages;
  if (!mappings) return true;
  return mappings.some((m) => m.name === name && m.version === version && (m.architecture ?? Architecture.AMD64) === architecture);
}

/** The newest supported version of a pool's image that runs `kubelet` on its architecture; undefined when none is newer. */
export function newestImage(profile: ResolvedCloudProfile, pool: ResolvedWorkerPool, kubelet: string, now: Date): MachineImageVersion | undefined {
  const image = imageOf(profile, pool.image.name);
  if (!image) return undefined;
  const fits = (v: MachineImageVersion) => usable(v, now)
    && (v.architectures ?? [Architecture.AMD64]).includes(pool.architecture)
    && (!v.kubeletVersionConstraint || semver.satisfies(kubelet, v.kubeletVersionConstraint))
    && hasProviderImage(profile, image.name, v.version, pool.architecture);
  const candidates = image.versions.filter(fits);
  const rank = (v: MachineImageVersion) => (classificationOf(v) === VersionClassification.SUPPORTED ? 1 : 0);
  const best = [...candidates].sort((a, b) => rank(b) - rank(a) || compareVersions(b.version, a.version))[0];
  return best && compareVersions(best.version, pool.image.version) > 0 ? best : undefined;
}

/** The plan of one shoot; undefined when nothing it uses expires within the horizon. */
export function planShoot(shoot: ResolvedShoot, options: UpgradePlanOptions): ShootUpgradePlan | undefined {
  const { now, days } = options;
  const profile = shoot.cloudProfile;
  const offered = profile.props.kubernetesVersions;
  const entry = (version: string) => offered.find((v) => v.version === version);
  const reasons: ExpiryReason[] = [];
  const reason = (kind: UpgradeKind, v: ExpirableVersion, pool?: string, image?: string): void => {
    reasons.push({ kind, pool, image, version: v.version, expirationDate: v.expirationDate!, daysLeft: daysUntilExpiry(v, now)! });
  };

  const cpEntry = entry(shoot.kubernetesVersion);
  const cpExpiring = expiresWithin(cpEntry, now, days);
  if (cpExpiring) reason(UpgradeKind.KUBERNETES, cpEntry!);
  const pinnedExpiring = shoot.workers.filter((w) => w.kubernetesVersion !== shoot.kubernetesVersion && expiresWithin(entry(w.kubernetesVersion), now, days));
  for (const w of pinnedExpiring) reason(UpgradeKind.KUBERNETES, entry(w.kubernetesVersion)!, w.name);
  const imageExpiring = shoot.workers.filter((w) => expiresWithin(imageOf(profile, w.image.name)?.versions.find((v) => v.version === w.image.version), now, days));
  for (const w of imageExpiring) reason(UpgradeKind.MACHINE_IMAGE, imageOf(profile, w.image.name)!.versions.find((v) => v.version === w.image.version)!, w.name, w.image.name);
  if (reasons.length === 0) return undefined;

  const problems: string[] = [];
  type Draft = { target: UpgradeTarget; changes: UpgradeChange[] };
  const drafts: Draft[] = [];
  const poolVersion = new Map(shoot.workers.map((w) => [w.name, w.kubernetesVersion]));
  const pendingImages = new Map(imageExpiring.map((w) => [w.name, w]));

  const imageChanges = (kubeletOf: (pool: string) => string): UpgradeChange[] => {
    const out: UpgradeChange[] = [];
    for (const [name, pool] of pendingImages) {
      const target = newestImage(profile, pool, kubeletOf(name), now);
      if (!target) continue;
      out.push({ kind: UpgradeKind.MACHINE_IMAGE, pool: name, image: pool.image.name, from: pool.image.version, to: target.version });
      pendingImages.delete(name);
    }
    return out;
  };

  if (cpExpiring) {
    const { path, problem } = kubernetesPath(offered, shoot.kubernetesVersion, options);
    if (problem) problems.push(`control plane: ${problem}`);
    let cp = shoot.kubernetesVersion;
    for (const target of path) {
      drafts.push({ target: UpgradeTarget.CONTROL_PLANE, changes: [{ kind: UpgradeKind.KUBERNETES, from: cp, to: target }] });
      cp = target;
      const changes: UpgradeChange[] = [];
      for (const w of shoot.workers) {
        const current = poolVersion.get(w.name)!;
        if (semver.lt(current, target)) {
          changes.push({ kind: UpgradeKind.KUBERNETES, pool: w.name, from: current, to: target });
          poolVersion.set(w.name, target);
        }
      }
      changes.push(...imageChanges((pool) => poolVersion.get(pool)!));
      if (changes.length > 0) drafts.push({ target: UpgradeTarget.WORKERS, changes });
    }
  } else {
    // Pools pinned to an expiring version catch up with the control plane, one minor at a time.
    const paths = new Map<string, string[]>();
    for (const w of pinnedExpiring) {
      const { path, problem } = kubernetesPath(offered.filter((v) => isFullVersion(v.version) && semver.lte(v.version, shoot.kubernetesVersion)), w.kubernetesVersion, options);
      if (problem) problems.push(`pool ${w.name}: ${problem}`);
      paths.set(w.name, path);
    }
    const longest = Math.max(0, ...[...paths.values()].map((p) => p.length));
    for (let i = 0; i < longest; i++) {
      const changes: UpgradeChange[] = [];
      for (const [pool, path] of paths) {
        if (i >= path.length) continue;
        changes.push({ kind: UpgradeKind.KUBERNETES, pool, from: poolVersion.get(pool)!, to: path[i] });
        poolVersion.set(pool, path[i]);
      }
      changes.push(...imageChanges((pool) => poolVersion.get(pool)!));
      drafts.push({ target: UpgradeTarget.WORKERS, changes });
    }
  }
  const rest = imageChanges((pool) => poolVersion.get(pool)!);
  if (rest.length > 0) drafts.push({ target: UpgradeTarget.WORKERS, changes: rest });
  for (const [name, pool] of pendingImages) problems.push(`pool ${name}: the CloudProfile offers no newer usable ${pool.image.name} version than ${pool.image.version}`);

  const windows = nextWindows(shoot.maintenance.timeWindowBegin, shoot.maintenance.timeWindowEnd, now, drafts.length);
  const steps = drafts.map((d, i) => ({ step: i + 1, window: windows[i], target: d.target, changes: d.changes }));
  const deadline = reasons.map((r) => r.expirationDate).sort()[0];
  const last = steps[steps.length - 1];
  const late = !!last && last.window.begin.slice(0, 10) > deadline;
  return {
    shoot: shoot.key, project: shoot.project, name: shoot.name, seed: shoot.seed,
    maintenance: { begin: shoot.maintenance.timeWindowBegin, end: shoot.maintenance.timeWindowEnd },
    reasons, steps, deadline, late, problems,
  };
}

/** The plan of every shoot of a fleet that needs one, by shoot key. */
export function planFleet(name: string, fleet: ResolvedFleet, options: UpgradePlanOptions): FleetUpgradePlan {
  return { fleet: name, shoots: fleet.shoots.map((s) => planShoot(s, options)).filter((p): p is ShootUpgradePlan => !!p) };
}

/** The plan document of several fleets. */
export function upgradePlan(fleets: FleetUpgradePlan[], options: UpgradePlanOptions): UpgradePlan {
  return {
    apiVersion: 'seedbed.io/v1alpha1', kind: 'UpgradePlan', now: options.now.toISOString(), days: options.days,
    until: isoDate(new Date(options.now.getTime() + options.days * 86_400_000)), fleets,
  };
}

// ── Formats ────────────────────────────────────────────────────────────────────────────────

function describeChange(c: UpgradeChange): string {
  const who = c.pool ? `pool ${c.pool}: ` : '';
  return c.kind === UpgradeKind.KUBERNETES ? `${who}Kubernetes ${c.from} → ${c.to}` : `${who}${c.image} ${c.from} → ${c.to}`;
}

function describeReason(r: ExpiryReason): string {
  const what = r.kind === UpgradeKind.KUBERNETES ? `Kubernetes ${r.version}` : `${r.image} ${r.version}`;
  const who = r.pool ? `pool ${r.pool}` : 'control plane';
  const when = r.daysLeft < 0 ? `expired on ${r.expirationDate}` : `expires on ${r.expirationDate} (${count(r.daysLeft, 'day')})`;
  return `${who}: ${what} ${when}`;
}

/** `2026-11-26 02:00–04:00 +01:00`. */
export function describeWindow(w: DatedWindow): string {
  const offset = w.begin.slice(16);
  const endOffset = w.end.slice(16);
  const endDay = w.end.slice(0, 10) !== w.begin.slice(0, 10) ? `${w.end.slice(0, 10)} ` : '';
  return `${w.begin.slice(0, 10)} ${w.begin.slice(11, 16)}–${endDay}${w.end.slice(11, 16)} ${offset}${endOffset !== offset ? `/${endOffset}` : ''}`;
}

/** Terminal text of a plan. */
export function formatPlanText(plan: UpgradePlan): string {
  const out: string[] = [];
  for (const fleet of plan.fleets) {
    out.push(`Upgrade plan for ${fleet.fleet} as of ${plan.now.slice(0, 10)}: versions expiring by ${plan.until} (${count(plan.days, 'day')})`);
    if (fleet.shoots.length === 0) out.push('  nothing to do: no shoot uses a version that expires within the horizon');
    for (const s of fleet.shoots) {
      out.push('', `${s.shoot} (seed ${s.seed}, maintenance ${s.maintenance.begin}–${s.maintenance.end})`);
      for (const r of s.reasons) out.push(`  expiring: ${describeReason(r)}`);
      for (const step of s.steps) {
        out.push(`  ${String(step.step).padStart(2)}. ${describeWindow(step.window)}  ${step.target.padEnd(13)} ${step.changes.map(describeChange).join('; ')}`);
      }
      if (s.late) out.push(`  late: the last step comes after ${s.deadline}; run it by hand before then`);
      for (const p of s.problems) out.push(`  blocked: ${p}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Markdown of a plan: one table per fleet. */
export function formatPlanMarkdown(plan: UpgradePlan): string {
  const out: string[] = [];
  for (const fleet of plan.fleets) {
    out.push(`### Upgrade plan: \`${fleet.fleet}\``, '', `As of ${plan.now.slice(0, 10)}; versions expiring by ${plan.until} (${count(plan.days, 'day')}).`, '');
    if (fleet.shoots.length === 0) {
      out.push('Nothing to do: no shoot uses a version that expires within the horizon.', '');
      continue;
    }
    out.push('| shoot | expiring | step | window | target | change |', '| --- | --- | --- | --- | --- | --- |');
    for (const s of fleet.shoots) {
      const expiring = s.reasons.map(describeReason).map(mdCell).join('<br>');
      const notes = [...(s.late ? [`late: finishes after ${s.deadline}`] : []), ...s.problems.map((p) => `blocked: ${p}`)].map(mdCell).join('<br>');
      if (s.steps.length === 0) out.push(`| ${s.shoot} (${s.seed}) | ${expiring} | – | – | – | ${notes || '–'} |`);
      s.steps.forEach((step, i) => {
        const first = i === 0;
        const change = step.changes.map(describeChange).map(mdCell).join('<br>') + (first && notes ? `<br>**${notes}**` : '');
        out.push(`| ${first ? `${s.shoot} (${s.seed})` : ''} | ${first ? expiring : ''} | ${step.step} | ${describeWindow(step.window)} | ${step.target} | ${change} |`);
      });
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** JSON of a plan. */
export function formatPlanJson(plan: UpgradePlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** The machine image of that name in a CloudProfile, if offered. */
function imageOf(profile: ResolvedCloudProfile, name: string): MachineImage | undefined {
  return profile.props.machineImages.find((m) => m.name === name);
}
