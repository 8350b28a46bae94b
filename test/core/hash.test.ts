/**
 * Content hashes: sha256Hex is SHA-256 of the UTF-8 bytes, and a shoot's content hash in
 * fleet.json is the digest of its resolved definition written as sorted JSON, whichever way the
 * text is put together.
 */
import { createHash } from 'crypto';
import { sha256Hex } from '../../lib/core/hash';
import { canonical, stableJson } from '../../lib/core/json';
import { ResolvedFleet } from '../../lib/resolve/model';
import { shootHash } from '../../lib/output/inventory';
import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLE_FLEETS, REPO_ROOT, resolveExample } from '../support/fleets';

/** The definition of a shoot's content hash, written out the long way. */
function longWay(shoot: ResolvedFleet['shoots'][number]): string {
  // Names resolve/ derives from what is hashed (infrastructure, API server, control-plane machines,
  // image references) are left out: they add nothing, and leaving them out kept every hash as it was.
  const { cloudProfile, infrastructure: _i, apiServer: _a, controlPlaneMachine: _c, dataStoreSchema: _s, dataStoreUsername: _u, workers, ...rest } = shoot;
  const plainWorkers = workers.map(({ imageReference: _r, ...w }) => w);
  return createHash('sha256').update(stableJson({ ...rest, workers: plainWorkers, cloudProfile: { name: cloudProfile.name, props: cloudProfile.props } })).digest('hex');
}

describe('sha256Hex', () => {
  test.each([
    ['empty', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['ASCII', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%s', (_name, text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  test('hashes the UTF-8 bytes, as createHash does', () => {
    for (const text of ['grüße — ☸', '𝔰𝔢𝔢𝔡', 'a\u0000b', 'x'.repeat(100_000)]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('shootHash', () => {
  test.each(Object.keys(EXAMPLE_FLEETS))('example fleet %s: the hashes committed in its snapshot are what the shoots hash to', (name) => {
    const committed = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'snapshots', name, 'fleet.json'), 'utf8')).shoots;
    for (const shoot of resolveExample(name).shoots) expect([shoot.key, shootHash(shoot)]).toEqual([shoot.key, committed[shoot.key].contentHash]);
  });

  test.each(Object.keys(EXAMPLE_FLEETS))('example fleet %s: every shoot, with and without the profile texts of the fleet', (name) => {
    const fleet = resolveExample(name);
    const profileTexts = new Map<object, string>();
    for (const shoot of fleet.shoots) {
      expect(shootHash(shoot, profileTexts)).toBe(longWay(shoot));
      expect(shootHash(shoot)).toBe(longWay(shoot));
    }
    // One text per CloudProfile the fleet's shoots use.
    expect(profileTexts.size).toBe(new Set(fleet.shoots.map((s) => s.cloudProfile)).size);
  });

  test('shoots with odd members (integer-like keys, undefined, functions, an own toJSON, an own __proto__) hash as the canonical copy of the long way', () => {
    const shoot = resolveExample('openstack').shoots[0];
    const copyWay = (s: typeof shoot) => {
      const { cloudProfile, infrastructure: _i, apiServer: _a, controlPlaneMachine: _c, dataStoreSchema: _s, dataStoreUsername: _u, workers, ...rest } = s;
      const plainWorkers = workers.map(({ imageReference: _r, ...w }) => w);
      return createHash('sha256').update(JSON.stringify(canonical({ ...rest, workers: plainWorkers, cloudProfile: { name: cloudProfile.name, props: cloudProfile.props } }))).digest('hex');
    };
    const odd: Array<Record<string, unknown>> = [
      { 10: 'ten', 9: 'nine', 'zz': 1 },
      { dnsDomain: undefined, f: () => 1, s: Symbol('s') },
      { toJSON: () => ({ replaced: true }) },
      { toJSON: 'not a function' },
      JSON.parse('{"__proto__": {"toJSON": 1}}'),
      { infrastructure: { changed: true }, apiServer: 'left out all the same' },
    ];
    for (const extra of odd) {
      const changed = Object.assign({ ...shoot }, extra) as typeof shoot;
      if (Object.prototype.hasOwnProperty.call(extra, '__proto__')) Object.defineProperty(changed, '__proto__', { value: { toJSON: 1 }, enumerable: true, writable: true, configurable: true });
      expect(shootHash(changed, new Map())).toBe(copyWay(changed));
    }
    // Left-out members change nothing; a kept one changes the hash.
    expect(shootHash({ ...shoot, apiServer: { ...shoot.apiServer, port: 1 } }, new Map())).toBe(shootHash(shoot));
    expect(shootHash({ ...shoot, dnsDomain: `x${shoot.dnsDomain ?? ''}` }, new Map())).not.toBe(shootHash(shoot));
  });

  test('a shoot whose own fields hold the stand-in for its profile is hashed the long way', () => {
    const shoot = resolveExample('openstack').shoots[0];
    const odd = { ...shoot, name: '\u0000seedbed-cloud-profile\u0000', labels: { cloudProfile: '\u0000seedbed-cloud-profile\u0000' } } as typeof shoot;
    expect(shootHash(odd, new Map())).toBe(longWay(odd));
  });
});
