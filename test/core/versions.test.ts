import * as semver from 'semver';
import {
  ExpirableVersion, VersionClassification, classificationOf, compareVersions, daysUntilExpiry, isExpired, isFullVersion, isMinorVersion,
  minorDistance, minorOf, parseDate, pickDefaultVersion, satisfiesRange,
} from '../../lib/core/versions';

const NOW = new Date('2026-11-25T00:00:00Z');
const { PREVIEW, SUPPORTED, DEPRECATED } = VersionClassification;

describe('isFullVersion and isMinorVersion', () => {
  test.each([
    ['1.33.5', true, false],
    ['0.0.0', true, false],
    ['1.33', false, true],
    ['1.0', false, true],
    ['1', false, false],
    ['v1.33.5', false, false],
    ['1.33.5-rc.1', false, false],
    ['1.33.5+build.1', false, false],
    ['01.33.5', false, false],
    ['1.033.5', false, false],
    ['1.33.05', false, false],
    ['01.33', false, false],
    [' 1.33.5', false, false],
    ['1.33.x', false, false],
    ['', false, false],
  ])('%j: full=%s minor=%s', (v, full, minor) => {
    expect(isFullVersion(v)).toBe(full);
    expect(isMinorVersion(v)).toBe(minor);
  });

  it('rejects non-strings without throwing', () => {
    expect(isFullVersion(1.33 as unknown as string)).toBe(false);
    expect(isMinorVersion(undefined as unknown as string)).toBe(false);
  });
});

describe('parseDate', () => {
  test.each([
    ['2026-11-25', '2026-11-25T23:59:59.000Z'],
    ['2026-02-28', '2026-02-28T23:59:59.000Z'],
    ['2028-02-29', '2028-02-29T23:59:59.000Z'],
    ['2026-11-25T10:00:00Z', '2026-11-25T10:00:00.000Z'],
    ['2026-11-25T10:00:00.5Z', '2026-11-25T10:00:00.500Z'],
    ['2026-11-25T10:00:00+01:00', '2026-11-25T09:00:00.000Z'],
  ])('parses %s as %s (a date lasts until the end of its day, UTC)', (text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso);
  });

  test.each([
    ['a month 13', '2026-13-01'],
    ['February 30', '2026-02-30'],
    ['February 29 of a common year', '2026-02-29'],
    ['April 31', '2026-04-31'],
    ['day 0', '2026-11-00'],
    ['a two-digit year', '26-11-25'],
    ['a date-time without a zone', '2026-11-25T10:00'],
    ['hour 99', '2026-11-25T99:00:00Z'],
    ['slashes', '2026/11/25'],
    ['words', 'next year'],
    ['an empty string', ''],
    ['a number', 20261125 as unknown as string],
  ])('fails for %s (%j)', (_why, text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('isExpired and daysUntilExpiry', () => {
  test.each([
    ['no expiration date', undefined, false, undefined],
    ['expired yesterday', '2026-11-24', true, -1],
    ['expires at the end of today', '2026-11-25', false, 0],
    ['expires tomorrow', '2026-11-26', false, 1],
    ['expired a year ago', '2025-11-25', true, -365],
    ['expired one second ago', '2026-11-24T23:59:59Z', true, -1],
    ['malformed date (reported by the CloudProfile check)', 'soon', false, undefined],
  ])('%s', (_why, expirationDate, expired, days) => {
    const v: ExpirableVersion = { version: '1.0.0', expirationDate };
    expect(isExpired(v, NOW)).toBe(expired);
    expect(daysUntilExpiry(v, NOW)).toBe(days);
  });
});

describe('classificationOf', () => {
  it('defaults to supported', () => {
    expect(classificationOf({ version: '1.0.0' })).toBe(SUPPORTED);
    expect(classificationOf({ version: '1.0.0', classification: PREVIEW })).toBe(PREVIEW);
  });
});

describe('pickDefaultVersion', () => {
  const v = (version: string, classification?: VersionClassification, expirationDate?: string): ExpirableVersion =>
    ({ version, classification, expirationDate });

  test.each<[string, ExpirableVersion[], string | undefined, string | undefined]>([
    ['the highest supported version', [v('1.32.9'), v('1.33.5'), v('1.33.4')], undefined, '1.33.5'],
    ['never a preview, even when it is the highest', [v('1.34.1', PREVIEW), v('1.33.5')], undefined, '1.33.5'],
    ['never an expired version', [v('1.33.5', SUPPORTED, '2026-01-01'), v('1.32.9')], undefined, '1.32.9'],
    ['supported over a higher deprecated version', [v('1.33.5', DEPRECATED), v('1.32.9')], undefined, '1.32.9'],
    ['a deprecated version when nothing is supported', [v('1.33.5', DEPRECATED, '2027-01-01'), v('1.34.0', PREVIEW)], undefined, '1.33.5'],
    ['nothing when only previews are offered', [v('1.34.1', PREVIEW)], undefined, undefined],
    ['nothing when everything has expired', [v('1.30.1', SUPPORTED, '2026-06-30'), v('1.29.1', DEPRECATED, '2026-01-01')], undefined, undefined],
    ['nothing from an empty list', [], undefined, undefined],
    ['within a minor', [v('1.33.5'), v('1.32.9'), v('1.32.8')], '1.32', '1.32.9'],
    ['within a minor, skipping its preview patch', [v('1.32.10', PREVIEW), v('1.32.9')], '1.32', '1.32.9'],
    ['nothing for a minor that is not offered', [v('1.33.5')], '1.31', undefined],
    ['compares numerically, not as text', [v('1.9.0'), v('1.10.0')], undefined, '1.10.0'],
    ['skips malformed entries', [v('1.40'), v('garbage'), v('1.33.5')], undefined, '1.33.5'],
  ])('picks %s', (_why, versions, prefix, expected) => {
    expect(pickDefaultVersion(versions, NOW, prefix)?.version).toBe(expected);
  });
});

describe('minorOf and minorDistance', () => {
  it('computes minors and their distance', () => {
    expect(minorOf('1.33.5')).toBe('1.33');
    expect(minorDistance('1.30.14', '1.33.5')).toBe(3);
    expect(minorDistance('1.33.5', '1.33.0')).toBe(0);
    expect(minorDistance('1.33.0', '1.32.9')).toBe(-1);
  });
});

/**
 * The answers kept by text (isFullVersion, dates, MAJOR.MINOR.PATCH, ranges) are those of semver
 * and of the date parser for every text, asked in any order: texts that look alike but differ get
 * their own answers.
 */
describe('answers kept by text', () => {
  const texts = ['1.33.5', '1.33.05', 'v1.33.5', ' 1.33.5', '1.33.5 ', '=1.33.5', '1.33.5-rc.1', '1.33.5+b1', '1.33', '1.3.35', '13.3.5', '1.33.50',
    '9007199254740992.0.0', '0.0.0', '', 'garbage'];
  it('isFullVersion, minorOf, minorDistance and compareVersions agree with semver for look-alike versions, asked twice', () => {
    for (let round = 0; round < 2; round++) {
      for (const a of texts) {
        const full = semver.valid(a) !== null && semver.clean(a) === a && !a.includes('-');
        expect([a, isFullVersion(a)]).toEqual([a, full]);
        if (!full) continue;
        expect(minorOf(a)).toBe(`${semver.major(a)}.${semver.minor(a)}`);
        for (const b of texts.filter(isFullVersion)) {
          expect([a, b, compareVersions(a, b)]).toEqual([a, b, semver.compare(a, b)]);
          expect([a, b, minorDistance(a, b)]).toEqual([a, b, semver.minor(b) - semver.minor(a) + 100 * (semver.major(b) - semver.major(a))]);
        }
      }
    }
  });

  it('satisfiesRange agrees with semver.satisfies for look-alike versions and ranges', () => {
    const ranges = ['>=1.33.0', '>=1.33.5', '>1.33.5', '<1.33.5', '1.33.x', '~1.33.4', '^1.32.0', '>= 1.33.5', 'garbage', ''];
    for (let round = 0; round < 2; round++) {
      for (const v of ['1.33.5', '1.33.4', '1.34.0', '1.33.5-rc.1', 'v1.33.5']) {
        for (const r of ranges) expect([v, r, satisfiesRange(v, r)]).toEqual([v, r, semver.satisfies(v, r)]);
      }
    }
  });

  it('expiry follows each date text, also dates that differ by a day or a zone', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const cases: Array<[string, boolean | undefined]> = [
      ['2026-11-24', true], ['2026-11-25', false], ['2026-11-25T11:59:59Z', true], ['2026-11-25T12:00:01Z', false],
      ['2026-11-25T12:00:01+01:00', true], ['2026-02-30', undefined], ['2026-11-25T', undefined], ['26-11-25', undefined],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [date, expired] of cases) {
        const entry = { version: '1.33.5', expirationDate: date };
        expect([date, parseDate(date) === undefined]).toEqual([date, expired === undefined]);
        expect([date, isExpired(entry, now)]).toEqual([date, expired === true]);
        expect([date, daysUntilExpiry(entry, now) !== undefined]).toEqual([date, expired !== undefined]);
      }
    }
    // A Date handed out is the caller's to change: the next caller still gets the right one.
    parseDate('2026-11-24')!.setTime(0);
    expect(parseDate('2026-11-24')!.toISOString()).toBe('2026-11-24T23:59:59.000Z');
  });
});
