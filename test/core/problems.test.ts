import {
  ErrorList, ErrorType, FieldError, FleetValidationError, formatFieldError, formatFieldWarning, showValue, sortErrors, sortWarnings, WarningType,
} from '../../lib/core/problems';

describe('ErrorList', () => {
  it('records each kind of error with its path, field, type, value and allowed values', () => {
    const errs = new ErrorList('fleet/shop/prod');
    errs.required('spec.region');
    errs.invalid('spec.networking.nodes', '10.0.0.1/8', 'must be canonical');
    errs.notSupported('spec.region', 'mars-1', ['eu-1', 'eu-2']);
    errs.forbidden('spec.kubernetes.version', '1.30.14', 'expired');
    errs.duplicate('metadata.name', 'prod');
    errs.tooLong('metadata.name', 'x'.repeat(22), 17);
    errs.tooMany('spec.dataStore', 3, 'full');
    expect(errs.errors).toEqual([
      { path: 'fleet/shop/prod', field: 'spec.region', type: ErrorType.REQUIRED, detail: 'must be set' },
      { path: 'fleet/shop/prod', field: 'spec.networking.nodes', type: ErrorType.INVALID, value: '"10.0.0.1/8"', detail: 'must be canonical' },
      { path: 'fleet/shop/prod', field: 'spec.region', type: ErrorType.NOT_SUPPORTED, value: '"mars-1"', detail: 'not supported', allowed: ['eu-1', 'eu-2'] },
      { path: 'fleet/shop/prod', field: 'spec.kubernetes.version', type: ErrorType.FORBIDDEN, value: '"1.30.14"', detail: 'expired' },
      { path: 'fleet/shop/prod', field: 'metadata.name', type: ErrorType.DUPLICATE, value: '"prod"', detail: 'must be unique' },
      { path: 'fleet/shop/prod', field: 'metadata.name', type: ErrorType.TOO_LONG, value: JSON.stringify('x'.repeat(22)), detail: 'must be no more than 17 characters' },
      { path: 'fleet/shop/prod', field: 'spec.dataStore', type: ErrorType.TOO_MANY, value: '3', detail: 'full' },
    ]);
    expect(errs.length).toBe(7);
  });

  it('scopes views to another path while sharing one list', () => {
    const root = new ErrorList('fleet');
    const pool = root.at('fleet/shop/prod/web');
    pool.required('spec.provider.workers[0].machine.type');
    root.required('spec.repository.url');
    expect(root.errors.map((e) => e.path)).toEqual(['fleet/shop/prod/web', 'fleet']);
    expect(pool.errors).toBe(root.errors);
    expect(pool.path).toBe('fleet/shop/prod/web');
  });

  it('records warnings beside errors, in the same shape, without counting them as errors', () => {
    const root = new ErrorList('fleet');
    const shoot = root.at('fleet/shop/prod');
    shoot.warn('spec.kubernetes.version', '1.31.13', 'deprecated; expires 2027-02-15', WarningType.DEPRECATED);
    root.warn('spec.dnsDomain', undefined, 'no shoot gets a default domain');
    expect(root.warnings).toEqual([
      { path: 'fleet/shop/prod', field: 'spec.kubernetes.version', type: WarningType.DEPRECATED, value: '"1.31.13"', detail: 'deprecated; expires 2027-02-15' },
      { path: 'fleet', field: 'spec.dnsDomain', type: WarningType.DISCOURAGED, detail: 'no shoot gets a default domain' },
    ]);
    expect(shoot.warnings).toBe(root.warnings);
    expect(root.errors).toEqual([]);
    expect(root.length).toBe(0);
    expect(root.warnings.map(formatFieldWarning)).toEqual([
      'fleet/shop/prod spec.kubernetes.version: Deprecated: deprecated; expires 2027-02-15 (got "1.31.13")',
      'fleet spec.dnsDomain: Discouraged: no shoot gets a default domain',
    ]);
    expect(sortWarnings(root.warnings).map((w) => w.path)).toEqual(['fleet', 'fleet/shop/prod']);
  });

  it('lets add() override the path', () => {
    const errs = new ErrorList('fleet');
    errs.add({ path: 'elsewhere', field: 'f', type: ErrorType.INVALID, detail: 'd' });
    expect(errs.errors[0].path).toBe('elsewhere');
  });

  it('copies allowed values so later changes to the source do not leak in', () => {
    const allowed = ['a'];
    const errs = new ErrorList('p');
    errs.notSupported('f', 'b', allowed);
    allowed.push('c');
    expect(errs.errors[0].allowed).toEqual(['a']);
  });
});

describe('showValue', () => {
  test.each<[unknown, string]>([
    [undefined, 'undefined'],
    ['text', '"text"'],
    [42, '42'],
    [false, 'false'],
    [null, 'null'],
    [['a', 1], '["a",1]'],
    [{ a: 1 }, '{"a":1}'],
  ])('shows %p as %s', (value, shown) => {
    expect(showValue(value)).toBe(shown);
  });

  it('cuts long structured values to 120 characters', () => {
    const shown = showValue({ text: 'x'.repeat(200) });
    expect(shown).toHaveLength(120);
    expect(shown.endsWith('...')).toBe(true);
  });
});

describe('formatFieldError', () => {
  test.each<[string, FieldError, string]>([
    ['with value and allowed values',
      { path: 'fleet/shop/prod', field: 'spec.region', type: ErrorType.NOT_SUPPORTED, value: '"mars-1"', detail: 'is not a region', allowed: ['eu-1', 'eu-2'] },
      'fleet/shop/prod spec.region: NotSupported: is not a region (got "mars-1"; allowed: eu-1, eu-2)'],
    ['with an empty allowed list',
      { path: 'p', field: 'f', type: ErrorType.NOT_SUPPORTED, value: '"x"', detail: 'd', allowed: [] },
      'p f: NotSupported: d (got "x"; allowed: none)'],
    ['with a value only',
      { path: 'fleet/shop/prod/web', field: 'spec.provider.workers[0].maximum', type: ErrorType.FORBIDDEN, value: '1', detail: 'must not be less than the number of zones (3)' },
      'fleet/shop/prod/web spec.provider.workers[0].maximum: Forbidden: must not be less than the number of zones (3) (got 1)'],
    ['without value (Required)',
      { path: 'fleet', field: 'spec.repository.url', type: ErrorType.REQUIRED, detail: 'must be set' },
      'fleet spec.repository.url: Required: must be set'],
    ['without a path',
      { path: '', field: 'spec.x', type: ErrorType.INVALID, value: '1', detail: 'bad' },
      'spec.x: Invalid: bad (got 1)'],
  ])('formats an error %s', (_why, error, text) => {
    expect(formatFieldError(error)).toBe(text);
  });
});

describe('sortErrors and FleetValidationError', () => {
  const e = (path: string, field: string, type: ErrorType, detail = 'd'): FieldError => ({ path, field, type, detail });
  const unsorted = [
    e('fleet/shop/prod/web', 'spec.provider.workers[0].minimum', ErrorType.FORBIDDEN),
    e('fleet', 'spec.repository.url', ErrorType.INVALID),
    e('fleet/shop/prod', 'spec.region', ErrorType.NOT_SUPPORTED),
    e('fleet/shop/prod', 'spec.kubernetes.version', ErrorType.FORBIDDEN, 'b'),
    e('fleet/shop/prod', 'spec.kubernetes.version', ErrorType.FORBIDDEN, 'a'),
    e('fleet/shop/prod', 'spec.kubernetes.version', ErrorType.DUPLICATE),
  ];

  it('sorts by path, field, type, then text, without changing the input', () => {
    const copy = [...unsorted];
    expect(sortErrors(unsorted).map((x) => `${x.path}|${x.field}|${x.type}|${x.detail}`)).toEqual([
      'fleet|spec.repository.url|Invalid|d',
      'fleet/shop/prod|spec.kubernetes.version|Duplicate|d',
      'fleet/shop/prod|spec.kubernetes.version|Forbidden|a',
      'fleet/shop/prod|spec.kubernetes.version|Forbidden|b',
      'fleet/shop/prod|spec.region|NotSupported|d',
      'fleet/shop/prod/web|spec.provider.workers[0].minimum|Forbidden|d',
    ]);
    expect(unsorted).toEqual(copy);
  });

  it('lists every problem, sorted, one per line', () => {
    const error = new FleetValidationError(unsorted);
    expect(error.name).toBe('FleetValidationError');
    expect(error).toBeInstanceOf(Error);
    expect(error.problems).toEqual(sortErrors(unsorted));
    expect(error.message).toBe([
      'the fleet definition has 6 problems:',
      '  - fleet spec.repository.url: Invalid: d',
      '  - fleet/shop/prod spec.kubernetes.version: Duplicate: d',
      '  - fleet/shop/prod spec.kubernetes.version: Forbidden: a',
      '  - fleet/shop/prod spec.kubernetes.version: Forbidden: b',
      '  - fleet/shop/prod spec.region: NotSupported: d',
      '  - fleet/shop/prod/web spec.provider.workers[0].minimum: Forbidden: d',
    ].join('\n'));
  });

  it('says "problem" for one', () => {
    expect(new FleetValidationError([unsorted[1]]).message).toBe('the fleet definition has 1 problem:\n  - fleet spec.repository.url: Invalid: d');
  });
});

describe('showValue never throws, whatever a fleet file passes', () => {
  test.each<[string, unknown, string]>([
    ['a function', () => 1, '(a function)'],
    ['a BigInt', BigInt(1), '(a bigint)'],
    ['a symbol', Symbol('x'), '(a symbol)'],
    ['a cycle', (() => { const o: any = {}; o.self = o; return o; })(), '(a Object)'],
    ['an object holding a BigInt', { n: BigInt(1) }, '(a Object)'],
  ])('%s', (_why, value, expected) => {
    expect(showValue(value)).toBe(expected);
  });
});
