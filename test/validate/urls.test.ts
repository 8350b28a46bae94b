/**
 * validatePropsUrls names each URL it refuses by its field path; the path segment of a key is kept
 * per key, so keys that look alike must still give their own segments, asked any number of times.
 */
import { ErrorList } from '../../lib/core/problems';
import { validatePropsUrls } from '../../lib/validate/urls';

describe('validatePropsUrls field paths', () => {
  const secretUrl = 'https://user:token@git.example.com/repo.git';
  test('keys that look alike get their own segments, twice over', () => {
    const props = {
      'a-b': secretUrl, 'a b': secretUrl, '1a': secretUrl, a1: secretUrl, _x: [secretUrl], 'x.y': { inner: secretUrl }, '': secretUrl,
    };
    for (let round = 0; round < 2; round++) {
      const errs = new ErrorList('garden/shoot');
      validatePropsUrls(errs, props);
      expect(errs.errors.map((e) => e.field)).toEqual([
        'spec.a-b', 'spec["a b"]', 'spec["1a"]', 'spec.a1', 'spec._x[0]', 'spec["x.y"].inner', 'spec[""]',
      ]);
    }
  });
});
