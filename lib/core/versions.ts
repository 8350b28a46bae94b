/**
 * Kubernetes and machine image versions: classification, expiry and selection.
 * "Now" is always an argument; nothing here reads the clock.
 */
import * as semver from 'semver';

/** How a version is offered in a CloudProfile (Gardener's classifications). */
export enum VersionClassification {
  /** Offered for trying out; never chosen as a default. */
  PREVIEW = 'preview',
  /** The normal state of a version. */
  SUPPORTED = 'supported',
  /** Still usable, but on its way out; expect an expiration date. */
  DEPRECATED = 'deprecated',
}

/** A version entry as offered by a CloudProfile. */
export interface ExpirableVersion {
  /** The version, `MAJOR.MINOR.PATCH`. */
  readonly version: string;
  /**
   * How the version is offered.
   * @default VersionClassification.SUPPORTED
   */
  readonly classification?: VersionClassification;
  /**
   * Day after which the version may no longer be used by new shoots or pools, ISO 8601 (`2026-12-31`).
   * @default - never expires
   */
  readonly expirationDate?: string;
}

/**
 * Answers of the functions below that depend on one text alone, by text: a fleet asks the same few
 * versions and dates for every shoot and pool. Bounded; a text's answer never changes.
 */
class TextMemo<T> {
  private readonly answers = new Map<string, T>();
  constructor(private readonly compute: (text: string) => T) {}
  public get(text: string): T {
    let answer = this.answers.get(text);
    if (answer === undefined && !this.answers.has(text)) {
      answer = this.compute(text);
      if (this.answers.size >= 10_000) this.answers.clear();
      this.answers.set(text, answer);
    }
    return answer as T;
  }
}

const fullVersions = new TextMemo((v) => semver.valid(v) !== null && semver.clean(v) === v && !v.includes('-'));

/** True for a strict `MAJOR.MINOR.PATCH` version. */
export function isFullVersion(v: string): boolean {
  return typeof v === 'string' && fullVersions.get(v);
}

/** MAJOR, MINOR and PATCH of a full version (see isFullVersion). */
const fullVersionParts = new TextMemo((v) => {
  const parsed = semver.parse(v)!;
  return [parsed.major, parsed.minor, parsed.patch] as const;
});

/** True for `MAJOR.MINOR` (a version that defaulting completes to a patch). */
export function isMinorVersion(v: string): boolean {
  return typeof v === 'string' && /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(v);
}

/** Parses an ISO 8601 date or date-time; `undefined` when malformed. */
export function parseDate(text: string): Date | undefined {
  const time = typeof text === 'string' ? dateTimes.get(text) : undefined;
  return time === undefined ? undefined : new Date(time);
}

/** The time (ms since the epoch) of an ISO 8601 date or date-time (see {@link parseDate}); `undefined` when malformed. */
function dateTime(text: string): number | undefined {
  return typeof text === 'string' ? dateTimes.get(text) : undefined;
}

const dateTimes = new TextMemo((text) => parseDateUncached(text)?.getTime());

function parseDateUncached(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(text)) return undefined;
  const d = new Date(text.length === 10 ? `${text}T23:59:59Z` : text);
  if (Number.isNaN(d.getTime())) return undefined;
  // Date rolls impossible days over (2026-02-30 becomes March 2); reject them instead.
  const [y, m, day] = text.slice(0, 10).split('-').map(Number);
  const calendar = new Date(Date.UTC(y, m - 1, day));
  if (calendar.getUTCFullYear() !== y || calendar.getUTCMonth() !== m - 1 || calendar.getUTCDate() !== day) return undefined;
  return d;
}

/** What was asked about the moment while {@link observeExpiryDates} runs (see there). */
let observed: Set<string> | undefined;

/**
 * Runs `fn` and returns, with its value, every question about the moment {@link isExpired},
 * {@link daysUntilExpiry} and {@link daysUntilExpiryWithin} answered meanwhile, each as a tagged
 * expiration date (`e:` expired?, `d:` days until, `d<N>:` days until when at most N). These
 * three are the only places where the moment reaches a result (everything else here goes through
 * them), so a computation that asked the same questions gives the same result at another moment
 * that answers each of them the same ({@link expiryFacts}); an incremental synth keys on that
 * (see pipeline/unchanged-run).
 */
export function observeExpiryDates<T>(fn: () => T): { readonly value: T; readonly dates: ReadonlySet<string> } {
  const outer = observed;
  const dates = new Set<string>();
  observed = dates;
  try {
    const value = fn();
    return { value, dates };
  } finally {
    observed = outer;
    if (outer) for (const d of dates) outer.add(d);
  }
}

/** The answer the moment gives to one question {@link observeExpiryDates} returned. */
export function expiryFacts(question: string, now: Date): string {
  const colon = question.indexOf(':');
  const tag = question.slice(0, colon);
  const v = { version: '', expirationDate: question.slice(colon + 1) };
  const outer = observed;
  observed = undefined;
  try {
    if (tag === 'e') return String(isExpired(v, now));
    if (tag === 'd') return String(daysUntilExpiry(v, now));
    if (/^d[0-9]+$/.test(tag)) return String(daysUntilExpiryWithin(v, now, Number(tag.slice(1))));
    return `unknown question ${question}`;
  } finally {
    observed = outer;
  }
}

/** True when the version's expiration date lies before `now`. */
export function isExpired(v: ExpirableVersion, now: Date): boolean {
  if (!v.expirationDate) return false;
  observed?.add(`e:${v.expirationDate}`);
  const time = dateTime(v.expirationDate);
  return time !== undefined && time < now.getTime();
}

/** Days from `now` until the version expires (negative when expired); undefined without an expiry. */
export function daysUntilExpiry(v: ExpirableVersion, now: Date): number | undefined {
  if (!v.expirationDate) return undefined;
  observed?.add(`d:${v.expirationDate}`);
  return daysUntil(v.expirationDate, now);
}

function daysUntil(date: string, now: Date): number | undefined {
  const time = dateTime(date);
  return time === undefined ? undefined : Math.floor((time - now.getTime()) / 86_400_000);
}

/**
 * {@link daysUntilExpiry} when at most `limit` days (negative when expired); undefined without an
 * expiry or when further away (a warning window: only the days inside it tell).
 */
export function daysUntilExpiryWithin(v: ExpirableVersion, now: Date, limit: number): number | undefined {
  if (!v.expirationDate) return undefined;
  observed?.add(`d${limit}:${v.expirationDate}`);
  const days = daysUntil(v.expirationDate, now);
  return days === undefined || days > limit ? undefined : days;
}

/** The classification, with its default. */
export function classificationOf(v: ExpirableVersion): VersionClassification {
  return v.classification ?? VersionClassification.SUPPORTED;
}

/**
 * The version a default would pick: the highest that is neither preview nor expired,
 * preferring supported over deprecated. `prefix` (`1.31`) restricts to one minor.
 */
export function pickDefaultVersion<T extends ExpirableVersion>(versions: readonly T[], now: Date, prefix?: string): T | undefined {
  const candidates = versions.filter((v) => isFullVersion(v.version)
    && classificationOf(v) !== VersionClassification.PREVIEW
    && !isExpired(v, now)
    && (prefix === undefined || minorOf(v.version) === prefix));
  const rank = (v: T) => (classificationOf(v) === VersionClassification.SUPPORTED ? 1 : 0);
  // (Full versions only: semver.rcompare(a, b) is compareVersions(b, a).)
  return [...candidates].sort((a, b) => rank(b) - rank(a) || compareVersions(b.version, a.version))[0];
}

/**
 * The Kubernetes version Gardener defaults a shoot to: the highest `supported`, unexpired one
 * (never preview, never deprecated), within `prefix` (`1.31`) when given. Mirrors
 * gardener/gardener v1.149.3: plugin/pkg/shoot/mutator/admission.go defaultKubernetesVersion and
 * findLatestSupportedVersion (which keeps only versions whose lifecycle classification is supported).
 */
export function pickSupportedVersion<T extends ExpirableVersion>(versions: readonly T[], now: Date, prefix?: string): T | undefined {
  return pickDefaultVersion(versions.filter((v) => classificationOf(v) === VersionClassification.SUPPORTED), now, prefix);
}

/** `MAJOR.MINOR` of a full version. */
export function minorOf(version: string): string {
  if (isFullVersion(version)) {
    const [major, minor] = fullVersionParts.get(version);
    return `${major}.${minor}`;
  }
  return `${semver.major(version)}.${semver.minor(version)}`;
}

/** Minor versions between two versions of the same major (b - a). */
export function minorDistance(a: string, b: string): number {
  if (isFullVersion(a) && isFullVersion(b)) {
    const [majorA, minorA] = fullVersionParts.get(a);
    const [majorB, minorB] = fullVersionParts.get(b);
    return minorB - minorA + 100 * (majorB - majorA);
  }
  return semver.minor(b) - semver.minor(a) + 100 * (semver.major(b) - semver.major(a));
}

/**
 * `semver.compare(a, b)` of two full versions (see {@link isFullVersion}): -1, 0 or 1. Other
 * versions are compared by semver itself.
 */
export function compareVersions(a: string, b: string): number {
  if (!isFullVersion(a) || !isFullVersion(b)) return semver.compare(a, b);
  const x = fullVersionParts.get(a);
  const y = fullVersionParts.get(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

const satisfied = new TextMemo((pair) => {
  const [version, range] = pair.split('\0');
  return semver.satisfies(version, range);
});

/** `semver.satisfies(version, range)` of a full version (see {@link isFullVersion}); other versions are asked of semver itself. */
export function satisfiesRange(version: string, range: string): boolean {
  return isFullVersion(version) && typeof range === 'string' && !range.includes('\0') ? satisfied.get(`${version}\0${range}`) : semver.satisfies(version, range);
}


