/**
 * The YAML emitter: what it writes for tricky scalars, and that YAML 1.2 (core schema) and
 * YAML 1.1 readers — the `yaml` package in both modes here, Go's yaml via kustomize below —
 * read back exactly the data it was given.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { parseAllDocuments, parseDocument } from 'yaml';
import { canonical, manifestsToYaml, toYaml } from '../../lib/output/serialize';
import { EXAMPLE_FLEETS, renderExample } from '../support/fleets';
import { kustomize } from '../support/tools';

const VERSIONS = ['1.2', '1.1'] as const;

/** The value of a one-document YAML text under a YAML version; fails on any error or warning. */
function read(text: string, version: typeof VERSIONS[number]): unknown {
  const doc = parseDocument(text, { version });
  expect(doc.errors).toEqual([]);
  expect(doc.warnings).toEqual([]);
  return doc.toJS();
}

function expectRoundTrip(value: unknown): void {
  const text = toYaml(value);
  for (const version of VERSIONS) expect(read(text, version)).toEqual(canonical(value));
}

describe('scalars', () => {
  /** [value, how it is written after `v: `] */
  const CASES: Array<[unknown, string]> = [
    // plain where nothing else could be read
    ['nord-1', 'nord-1'],
    ['v1.33.5', 'v1.33.5'],
    ['kamaji.clastix.io/v1alpha1', 'kamaji.clastix.io/v1alpha1'],
    ['10.96.0.0/16', '10.96.0.0/16'],
    ['fe80::1', 'fe80::1'],
    ['a#b', 'a#b'],
    ['a:b', 'a:b'],
    ['yesterday', 'yesterday'],
    ['e2e', 'e2e'],
    ['Grüße, 世界', 'Grüße, 世界'],
    ['...x', '...x'],
    // null and booleans, YAML 1.1's included, in any capitalization
    ['', '""'], ['~', '"~"'], ['null', '"null"'], ['Null', '"Null"'], ['NULL', '"NULL"'],
    ['true', '"true"'], ['False', '"False"'], ['yes', '"yes"'], ['No', '"No"'], ['ON', '"ON"'],
    ['off', '"off"'], ['y', '"y"'], ['N', '"N"'], ['yEs', '"yEs"'],
    // numbers: decimal, octal, hexadecimal, binary, sexagesimal, underscored, floats of both versions
    ['8132', '"8132"'], ['-1', '"-1"'], ['+1', '"+1"'], ['0700', '"0700"'], ['0o17', '"0o17"'],
    ['0x1F', '"0x1F"'], ['0b1010', '"0b1010"'], ['190:20:30', '"190:20:30"'], ['1_000', '"1_000"'],
    ['1.5', '"1.5"'], ['.5', '".5"'], ['5.', '"5."'], ['1e5', '"1e5"'], ['1.5E-3', '"1.5E-3"'],
    ['e5', '"e5"'], ['1.33.5', '"1.33.5"'], ['10.0.0.1', '"10.0.0.1"'], ['.', '"."'],
    ['.inf', '".inf"'], ['-.Inf', '"-.Inf"'], ['.NaN', '".NaN"'],
    // timestamps, merge and value keys
    ['2026-11-25', '"2026-11-25"'], ['2001-12-14t21:59:43.10-05:00', '"2001-12-14t21:59:43.10-05:00"'],
    ['<<', '"<<"'], ['=', '"="'],
    // leading indicators
    ...[...'-?:,[]{}#&*!|>\'"%@`'].map((c): [string, string] => [`${c}x`, JSON.stringify(`${c}x`)]),
    ['- x', '"- x"'], ['--flag', '"--flag"'], ['---', '"---"'], ['...', '"..."'],
    // spaces, comments, mapping indicators
    [' x', '" x"'], ['x ', '"x "'], ['a: b', '"a: b"'], ['a:', '"a:"'], ['a #b', '"a #b"'],
    // characters that need escapes
    ['a\tb', '"a\\tb"'], ['a\rb', '"a\\rb"'], ['a\u0001b', '"a\\u0001b"'], ['a\u007fb', '"a\\u007fb"'],
    ['a\u0085b', '"a\\u0085b"'], ['a\u2028b', '"a\\u2028b"'], ['a\u2029b', '"a\\u2029b"'],
    ['\ufeffx', '"\\ufeffx"'], ['a\ud800b', '"a\\ud800b"'], ['"quoted"', '"\\"quoted\\""'], ['back\\slash', 'back\\slash'],
    // numbers, booleans, null
    [0, '0'], [8132, '8132'], [-3, '-3'], [0.25, '0.25'], [-0, '-0.0'], [1e21, '1.0e+21'], [1.5e-7, '1.5e-7'],
    [5e-324, '5.0e-324'], [2 ** 53 + 2, '9007199254740994'], [true, 'true'], [false, 'false'], [null, 'null'],
    // empty collections
    [{}, '{}'], [[], '[]'], [{ a: undefined }, '{}'],
  ];

  test.each(CASES)('%j is written as %s and read back as it was', (value, written) => {
    expect(toYaml({ v: value })).toBe(`v: ${written}\n`);
    expectRoundTrip({ v: value });
  });

  /** [value, the lines after `v:`] */
  const MULTI_LINE: Array<[string, string]> = [
    ['line1\nline2', ' |-\n  line1\n  line2'],
    ['a\nb\n', ' |\n  a\n  b'],
    ['a\n\n\n', ' |+\n  a\n\n'],
    ['\nfoo', ' |-\n\n  foo'],
    ['  indented\nnext', ' |2-\n    indented\n  next'],
    ['\n  indented', ' |2-\n\n    indented'],
    ['# not a comment\n---\n...', ' |-\n  # not a comment\n  ---\n  ...'],
    ['a\n\tb', ' |-\n  a\n  \tb'],
    // what a block scalar cannot hold exactly, or Go's yaml does not read, is double-quoted
    ['a \nb', ' "a \\nb"'],
    ['a\n \nb', ' "a\\n \\nb"'],
    ['\n', ' "\\n"'],
    ['\n\n', ' "\\n\\n"'],
    ['\tx\ny', ' "\\tx\\ny"'],
    ['a\r\nb', ' "a\\r\\nb"'],
    ['a\n\u2028', ' "a\\n\\u2028"'],
  ];

  test.each(MULTI_LINE)('multi-line %j', (value, written) => {
    expect(toYaml({ v: value })).toBe(`v:${written}\n`);
    expectRoundTrip({ v: value });
    expectRoundTrip({ list: [value, { k: value }, [value]] });
  });

  test('keys are quoted by the same rules; very long keys are explicit', () => {
    const long = 'k'.repeat(1100);
    const value = { 'on': 1, 'y': 2, '': 3, 'a b': 4, 'x:': 5, '-': 6, '8080': 7, 'app.kubernetes.io/name': 8, [long]: { z: 1 } };
    expect(toYaml(value)).toBe(`"": 3\n"-": 6\n"8080": 7\na b: 4\napp.kubernetes.io/name: 8\n? "${long}"\n:\n  z: 1\n"on": 1\n"x:": 5\n"y": 2\n`);
    expectRoundTrip(value);
  });

  test('a document that is a single value', () => {
    expect(toYaml('plain')).toBe('plain\n');
    expect(toYaml('yes')).toBe('"yes"\n');
    expect(toYaml('two\nlines')).toBe('|-\n  two\n  lines\n');
    expect(toYaml('  two\nlines')).toBe('"  two\\nlines"\n');
    expect(toYaml(5)).toBe('5\n');
    expect(toYaml(null)).toBe('null\n');
    expect(toYaml([])).toBe('[]\n');
    expect(toYaml({})).toBe('{}\n');
    for (const v of ['plain', 'yes', 'two\nlines', '  two\nlines', 5, null, [], {}]) expectRoundTrip(v);
  });

  test('values YAML cannot hold as data are refused, with where they are', () => {
    expect(() => toYaml({ spec: { replicas: NaN } })).toThrow('cannot write NaN as YAML at spec.replicas');
    expect(() => toYaml({ a: [1, Infinity] })).toThrow('cannot write Infinity as YAML at a[1]');
    expect(() => toYaml({ at: new Date(0) })).toThrow('cannot write an instance of Date as YAML at at');
    expect(() => toYaml({ f: () => 1 })).toThrow('cannot write a function as YAML at f');
    expect(() => toYaml({ n: 1n })).toThrow('cannot write a bigint as YAML at n');
  });
});

describe('structure', () => {
  test('block style, two spaces, lists under their key, keys sorted, undefined left out', () => {
    const value = {
      spec: { ports: [{ port: 80, name: 'http' }, { port: 443 }], nested: [[1, 2], [], {}], selector: {}, skip: undefined },
      kind: 'Service',
      list: ['a', ['b', ['c']], { k: 'v', l: ['x'] }],
    };
    expect(toYaml(value)).toBe([
      'kind: Service',
      'list:',
      '  - a',
      '  - - b',
      '    - - c',
      '  - k: v',
      '    l:',
      '      - x',
      'spec:',
      '  nested:',
      '    - - 1',
      '      - 2',
      '    - []',
      '    - {}',
      '  ports:',
      '    - name: http',
      '      port: 80',
      '    - port: 443',
      '  selector: {}',
      '',
    ].join('\n'));
    expectRoundTrip(value);
  });

  test('a multi-document stream separates objects with ---', () => {
    const objects: any[] = [{ kind: 'A', metadata: { name: 'a' } }, { kind: 'B', metadata: { name: 'b' }, data: { x: 'y\n\n' } }];
    const text = manifestsToYaml(objects);
    expect(text).toBe('kind: A\nmetadata:\n  name: a\n---\ndata:\n  x: |+\n    y\n\nkind: B\nmetadata:\n  name: b\n');
    for (const version of VERSIONS) expect(parseAllDocuments(text, { version }).map((d: any) => d.toJS())).toEqual(objects);
  });
});

describe('property: any JSON-like value is read back as it was written', () => {
  /** Pieces that, put together, make strings near every rule above. */
  const FRAGMENTS = [
    'a', 'Z', '0', '1', '9', '.', '_', ':', '-', '+', 'e', 'x', 'o', 'b', ' ', '  ', '\t', '\n', '\r', '#', '!', '&', '*', '?', ',',
    '[', ']', '{', '}', '|', '>', "'", '"', '%', '@', '`', '\\', '~', '<<', '=', 'yes', 'No', 'on', 'OFF', 'y', 'null', 'true',
    '.inf', '.nan', '2026-11-25', '---', '...', 'é', '日本', '😀', '\u0085', '\u2028', '\u2029', '\ufeff', '\u00a0', '\u0000', '\u007f',
    '\ud800', '\udc00',
  ];
  const NUMBER_PIECES = ['0', '1', '7', '9', '30', '_', '.', ':', 'e', 'E', '0x', '0o', '0b', 'f', '+', '-', 'inf', 'nan'];
  const KEYWORDS = ['null', 'true', 'false', 'yes', 'no', 'y', 'n', 'on', 'off', 'yesno', 'nil', 'none'];
  const tricky = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((parts) => parts.join('')),
    // near the numbers, keywords and timestamps of either version
    fc.array(fc.constantFrom(...NUMBER_PIECES), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
    fc.tuple(fc.constantFrom(...KEYWORDS), fc.boolean(), fc.boolean()).map(([w, upper, initial]) => (upper ? w.toUpperCase() : initial ? w[0].toUpperCase() + w.slice(1) : w)),
    fc.stringMatching(/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9:.]{0,8})?$/),
  );
  // Strings opening like a document marker, a comment or an indicator, or with spaces and line
  // separators around them: written at the start of a line (a top-level key, a one-scalar
  // document) they must not end the document or turn into structure (issue 17).
  const LINE_STARTS = ['---', '...', '--- ', '... ', '#', ' ', '  ', '- ', '? ', ': ', '%', '\u2028', '\u2029', '\u0085', '\r', '\ufeff'];
  const lineStart = fc.tuple(fc.constantFrom(...LINE_STARTS), tricky, fc.constantFrom('', ' ', '\u2028', '\n', ':', ' #'))
    .map(([start, rest, end]) => `${start}${rest}${end}`);
  const topLevel = fc.oneof(lineStart, fc.dictionary(fc.oneof(lineStart, tricky), fc.oneof(lineStart, tricky), { minKeys: 1, maxKeys: 4 }));
  const scalar = fc.oneof(
    tricky,
    lineStart,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    map: fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
  }));

  test.each(VERSIONS)('YAML %s', (version) => {
    fc.assert(
      fc.property(value, (v) => {
        expect(read(toYaml(v), version)).toEqual(v);
      }),
      { seed: 20261125, numRuns: 500 },
    );
  });

  test.each(VERSIONS)('YAML %s: top-level keys and one-scalar documents that start like a marker', (version) => {
    fc.assert(
      fc.property(topLevel, (v) => {
        expect(read(toYaml(v), version)).toEqual(v);
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });

  test.each(VERSIONS)('YAML %s: document markers as keys and values are quoted', (version) => {
    for (const s of ['... x', '...', '--- x', '---', '...x', '---x', '... ', '--- #x']) {
      expect(read(toYaml({ [s]: s }), version)).toEqual({ [s]: s });
      expect(read(toYaml(s), version)).toEqual(s);
      expect(read(toYaml([{ [s]: [s] }]), version)).toEqual([{ [s]: [s] }]);
    }
    expect(toYaml({ '... x': 1 })).toBe('"... x": 1\n');
  });
});

describe.each(Object.keys(EXAMPLE_FLEETS))('every object of the %s fleet', (name) => {
  const { tree } = renderExample(name);

  test.each(VERSIONS)('is read back as it was under YAML %s', (version) => {
    let objects = 0;
    for (const [file, f] of tree) {
      if (f.kind !== 'manifests') continue;
      const docs = parseAllDocuments(manifestsToYaml(f.objects), { version });
      for (const d of docs) expect([file, d.errors, d.warnings]).toEqual([file, [], []]);
      expect(docs.map((d: any) => d.toJS())).toEqual(f.objects.map(canonical));
      objects += f.objects.length;
    }
    expect(objects).toBeGreaterThan(0);
  });
});

test("Go's yaml (kustomize) reads tricky values back as they were", () => {
  // Values kustomize can also write back out (it cannot write control characters, U+0085 or
  // U+2028 raw, a block scalar opening with a tab, or keys over 1024 characters).
  const spec: Record<string, unknown> = {
    'yes': 'yes', 'no': 'No', 'on': 'ON', 'off': 'off', 'y': 'y', 'n': 'N', 'nul': 'null', 'tilde': '~', 'oct': '0700',
    'oct2': '0o17', 'hex': '0x1F', 'bin': '0b101', 'sexagesimal': '190:20:30', 'underscore': '1_000', 'float11': '1.33.5',
    'ip': '10.0.0.1', 'exp': '1e5', 'expOnly': 'e5', 'inf': '.inf', 'nan': '.NaN', 'timestamp': '2001-12-14t21:59:43.10-05:00',
    'date': '2026-11-25', 'merge': '<<', 'eq': '=', 'lead': ' x', 'trail': 'x ', 'colon': 'a: b', 'hash': 'a #b', 'dash': '- x',
    'question': '?', 'amp': '&a', 'star': '*a', 'bang': '!x', 'percent': '%x', 'at': '@x', 'backquote': '`x', 'sq': "'x", 'dq': '"x',
    'tab': 'a\tb', 'cr': 'a\rb', 'bom': '\ufeffx', 'block': 'line1\nline2', 'clip': 'a\nb\n', 'keep': 'a\n\n\n',
    'indented': '  indented\nnext', 'leadingEmpty': '\n  x\ny', 'trailingSpace': 'a \nb', 'newline': '\n', 'hashLine': '# x\ny',
    'markers': '---\n...\nz', 'num': 5, 'neg': -3, 'frac': 0.25, 'big': 1e21, 'tiny': 1.5e-7, 't': true, 'f': false, 'nil': null,
    'emptyMap': {}, 'emptyList': [], 'list': ['yes', ['0700', 'a\nb', '  x\ny'], { k: '  x\ny', l: 'a\n\n' }, []],
    'key with spaces': 1, '': 'empty key', 'on:': 'x', '1.0': 'numeric key', 'emoji': '😀 ok',
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-yaml-'));
  fs.writeFileSync(path.join(dir, 'thing.yaml'), manifestsToYaml([{ apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 'thing' }, spec } as any]));
  // A JSON patch makes kustomize decode the object into Go values and encode it again,
  // instead of passing the YAML nodes through as they are.
  const patch = toYaml([{ op: 'add', path: '/spec/added', value: 'x' }]);
  fs.writeFileSync(path.join(dir, 'kustomization.yaml'), toYaml({ resources: ['thing.yaml'], patches: [{ target: { kind: 'Thing' }, patch }] }));
  const [built] = parseAllDocuments(kustomize(dir)).map((d: any) => d.toJS());
  expect(built.spec).toEqual({ ...spec, added: 'x' });
});
