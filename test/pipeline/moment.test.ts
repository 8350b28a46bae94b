/**
 * The whole-run short cut (lib/pipeline/unchanged-run) keys on what the moment decides, which it
 * learns from lib/core/versions.ts (`observeExpiryDates`): that is sound only while the moment
 * reaches a synth's result through those functions alone. This guard fails when code that
 * resolves, validates or renders reads the clock or a time some other way.
 */
import * as fs from 'fs';
import * as path from 'path';
import { daysUntilExpiry, daysUntilExpiryWithin, expiryFacts, isExpired, observeExpiryDates } from '../../lib/core/versions';

const ROOT = path.join(__dirname, '..', '..', 'lib');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('the moment reaches a synth only through lib/core/versions.ts', () => {
  test('no other code that resolves, validates or renders reads the clock or a time', () => {
    const readers = /\bgetTime\(|\bDate\.now\(|\bDate\.parse\(|\bgetUTC\w+\(|\bget(FullYear|Month|Date|Day|Hours)\(|\bvalueOf\(\)/;
    const found: string[] = [];
    for (const folder of ['resolve', 'validate', 'model', 'render', 'layout', 'pipeline', 'output', 'core']) {
      for (const file of sources(path.join(ROOT, folder))) {
        const rel = path.relative(ROOT, file);
        // The worker-join script is text rendered into the stacks (it runs on a machine, not here);
        // the output lock's age decides whether a lock is taken over, never what is rendered.
        if (rel === 'core/versions.ts' || rel === path.join('render', 'terraform', 'join.ts') || rel === path.join('output', 'lock.ts')) continue;
        fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          if (!/^\s*(\*|\/\/)/.test(line) && readers.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(found).toEqual([]);
  });

  test('each question is observed, and answered the same way at a moment that decides the same', () => {
    const v = { version: '1.31.13', expirationDate: '2027-03-31' };
    const at = (iso: string) => new Date(iso);
    const { value, dates } = observeExpiryDates(() => [isExpired(v, at('2027-03-15T00:00:00Z')), daysUntilExpiry(v, at('2027-03-15T00:00:00Z')),
      daysUntilExpiryWithin(v, at('2026-12-01T00:00:00Z'), 30)]);
    expect(value).toEqual([false, 16, undefined]);
    expect([...dates].sort()).toEqual(['d30:2027-03-31', 'd:2027-03-31', 'e:2027-03-31']);
    // 120 and 100 days before: the warning window (30 days) answers the same, the plain day count does not.
    expect(expiryFacts('d30:2027-03-31', at('2026-12-01T00:00:00Z'))).toBe(expiryFacts('d30:2027-03-31', at('2026-12-21T00:00:00Z')));
    expect(expiryFacts('d:2027-03-31', at('2026-12-01T00:00:00Z'))).not.toBe(expiryFacts('d:2027-03-31', at('2026-12-21T00:00:00Z')));
    expect(expiryFacts('e:2027-03-31', at('2027-03-31T23:59:58Z'))).toBe('false');
    expect(expiryFacts('e:2027-03-31', at('2027-04-01T00:00:00Z'))).toBe('true');
    // Nested observations reach the outer one.
    const outer = observeExpiryDates(() => observeExpiryDates(() => isExpired({ version: '1', expirationDate: '2030-01-01' }, at('2026-01-01T00:00:00Z'))));
    expect([...outer.dates]).toEqual(['e:2030-01-01']);
  });
});
