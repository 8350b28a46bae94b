import * as path from 'path';
import { isCelError, isCelList, isCelMap, parse, plan } from '@bufbuild/cel';
import { compileRule, evaluateRule, kubernetesCelEnv } from '../../lib/schema/cel/rules';
import { defaultSharedDir } from '../../lib/schema/paths';
import { SchemaNode, forEachSubschema } from '../../lib/schema/schema-walk';
import { listFiles, readCrds } from '../../lib/schema/sources';
import { RawProblem, applyDefaults, checkRulesAndLists } from '../../lib/schema/structural';
import { renderPath } from '../../lib/schema/problems';

/** The CRD folders scripts/import-crds.ts imports from. */
const IMPORTED_FOLDERS = ['kamaji', 'flux', 'cluster-api', 'cluster-api-provider-openstack', 'cluster-api-provider-vsphere', 'k0smotron', 'argo-cd'];

/**
 * Rules known not to compile, as `<kind>: <rule>` → reason. Keep this list small; today every
 * rule compiles.
 */
const KNOWN_EXCEPTIONS: { [kindAndRule: string]: string } = {};

describe('every CEL rule of the imported CRD kinds compiles', () => {
  const rules: Array<{ where: string; rule: any }> = [];
  for (const folder of IMPORTED_FOLDERS) {
    for (const file of listFiles(path.join(defaultSharedDir(), 'crds', folder))) {
      if (!/\.ya?ml$/.test(file)) continue;
      for (const crd of readCrds(file)) {
        for (const version of crd.spec.versions ?? []) {
          const visit = (node: SchemaNode) => {
            for (const rule of node['x-kubernetes-validations'] ?? []) rules.push({ where: `${crd.spec.names.kind}`, rule });
            forEachSubschema(node, visit);
          };
          if (version.schema?.openAPIV3Schema) visit(version.schema.openAPIV3Schema);
        }
      }
    }
  }

  test('there are rules to check (the CRDs were found)', () => {
    expect(rules.length).toBeGreaterThan(100);
  });

  test('all compile, apart from the known exceptions', () => {
    const failures = rules
      .map(({ where, rule }) => ({ id: `${where}: ${rule.rule}`, error: compileRule(rule).error }))
      .filter((r) => r.error !== undefined && !(r.id in KNOWN_EXCEPTIONS))
      .map((r) => `${r.id} => ${r.error}`);
    expect(failures).toEqual([]);
  });

  test('message expressions, where present, compile too', () => {
    const failures = rules
      .filter(({ rule }) => rule.messageExpression)
      .filter(({ rule }) => compileRule(rule).messageProgram === undefined)
      .map(({ where, rule }) => `${where}: ${rule.messageExpression}`);
    expect(failures).toEqual([]);
  });
});

/** Evaluates an expression with `self` bound, returning plain JS values (lists as arrays). */
function run(expression: string, self: unknown = {}): unknown {
  const result = plan(kubernetesCelEnv(), parse(expression))({ self } as any);
  if (isCelError(result)) return `error: ${result.message}`;
  if (isCelList(result)) return [...result];
  if (isCelMap(result)) return Object.fromEntries([...(result as any)._map ?? []]);
  return result;
}

describe('Kubernetes CEL library functions', () => {
  test.each([
    // standard library and macros used by the CRDs
    ["size(self.xs) == 2 && self.xs.size() == 2", { xs: [1n, 2n] }, true],
    ["has(self.a) && !has(self.b)", { a: 1n }, true],
    ["self.xs.all(x, self.xs.exists_one(y, x == y))", { xs: ['a', 'b'] }, true],
    ["self.xs.all(x, self.xs.exists_one(y, x == y))", { xs: ['a', 'a'] }, false],
    ["[has(self.a), has(self.b)].filter(x, x == true).size() == 1", { a: 1n }, true],
    ["self.s.matches('^(Linux|LVM)$') && self.s.startsWith('Li') && self.s.endsWith('ux') && self.s.contains('nu')", { s: 'Linux' }, true],
    ["!(self.t in ['Ready', 'Available'])", { t: 'Ready' }, false],
    ["duration('90s').getSeconds() < duration('2m').getSeconds()", {}, true],
    ["int('m-3'.substring('m-3'.lastIndexOf('-') + 1)) < 5", {}, true],
    // strings extension
    ["'Etcd'.lowerAscii()", {}, 'etcd'],
    ["'a,b,c'.split(',')", {}, ['a', 'b', 'c']],
    ["['a', 'b'].join('-')", {}, 'a-b'],
    ["'shoot--acme'.indexOf('--')", {}, 5n],
    ["'%s/%d'.format(['pods', 3])", {}, 'pods/3'],
    // ip and cidr
    ["isIP('10.0.0.1') && isIP('fd00::1') && !isIP('10.0.0.300') && !isIP('::ffff:10.0.0.1')", {}, true],
    ["ip('10.0.0.1').family() == 4 && ip('::1').isLoopback()", {}, true],
    ["isCIDR('10.0.0.0/8') && !isCIDR('10.0.0.0/33') && !isCIDR('10.0.0.1')", {}, true],
    ["cidr('10.0.0.0/8').containsIP('10.1.2.3') && !cidr('10.0.0.0/8').containsIP('11.0.0.1')", {}, true],
    ["cidr('10.0.0.0/8').containsCIDR('10.1.0.0/16') && cidr('10.1.2.3/16').masked() == cidr('10.1.0.0/16')", {}, true],
    ["cidr('fd00::/48').prefixLength()", {}, 48n],
    // url
    ["isURL('https://api.example.com:6443/healthz') && !isURL('api.example.com')", {}, true],
    ["url('https://api.example.com:6443/x?a=1').getHostname() + ':' + url('https://api.example.com:6443/x').getPort()", {}, 'api.example.com:6443'],
    ["url('https://[fd00::1]:443/x').getHost()", {}, '[fd00::1]'],
    // quantity
    ["isQuantity('1.5Gi') && !isQuantity('1.5 Gi')", {}, true],
    ["quantity('1Gi').isGreaterThan(quantity('1G')) && quantity('500m').isLessThan(quantity('1'))", {}, true],
    ["quantity('2k').asInteger()", {}, 2000n],
    ["quantity('1Gi').compareTo(quantity('1024Mi'))", {}, 0n],
    // lists and regex
    ["[1, 2, 3].isSorted() && [3, 1].sum() == 4 && [3, 1].min() == 1 && [3, 1].max() == 3", {}, true],
    ["[1, 2, 2].indexOf(2) == 1 && [1, 2, 2].lastIndexOf(2) == 2", {}, true],
    ["'v1.33.4'.find('[0-9]+')", {}, '1'],
    ["'v1.33.4'.findAll('[0-9]+')", {}, ['1', '33', '4']],
  ])('%s', (expression, self, expected) => {
    expect(run(expression, self)).toEqual(expected);
  });

  test('invalid input to a constructor is an evaluation error', () => {
    expect(run("ip('nope')")).toBe("error: IP Address 'nope' parse error");
  });
});

describe('rule compilation', () => {
  test.each([
    ['unknown function', 'self.isSemver()', "undeclared method 'isSemver' with 0 argument(s)"],
    ['unknown variable', 'other == self', "undeclared reference to 'other'"],
    ['syntax error', 'self ==', 'syntax error'],
    ['wrong arity', "isCIDR(self, 'x')", "undeclared function 'isCIDR' with 2 argument(s)"],
  ])('%s is not evaluable', (_name, rule, fragment) => {
    const compiled = compileRule({ rule });
    expect(compiled.error).toContain(fragment);
    expect(evaluateRule(compiled, 'x')).toEqual({ status: 'error', message: compiled.error });
  });

  test('rules using oldSelf are transition rules and are skipped on create', () => {
    const compiled = compileRule({ rule: 'self == oldSelf' });
    expect(compiled.transition).toBe(true);
    expect(evaluateRule(compiled, 'x')).toEqual({ status: 'skipped' });
  });

  test('a rule that does not return a bool is not evaluable', () => {
    expect(evaluateRule(compileRule({ rule: 'size(self)' }), 'abc')).toEqual({ status: 'error', message: 'rule did not evaluate to a bool' });
  });
});

describe('structural pass', () => {
  /** A small CRD-like schema with the features under test. */
  const schema: SchemaNode = {
    type: 'object',
    properties: {
      spec: {
        'type': 'object',
        'x-kubernetes-validations': [
          { rule: 'self.replicas <= self.maxReplicas', messageExpression: "'replicas ' + string(self.replicas) + ' exceed ' + string(self.maxReplicas)", fieldPath: '.replicas' },
          { rule: "self.mode != 'Forbidden'", message: 'mode may not be Forbidden', reason: 'FieldValueForbidden' },
          { rule: 'self.replicas == oldSelf.replicas', message: 'immutable' },
          { rule: 'self.unknownFn()', message: 'never evaluated' },
        ],
        'properties': {
          replicas: { type: 'integer' },
          maxReplicas: { type: 'integer', default: 3 },
          mode: { type: 'string', default: 'Auto' },
          ports: {
            'type': 'array',
            'x-kubernetes-list-type': 'map',
            'x-kubernetes-list-map-keys': ['port', 'protocol'],
            'items': { type: 'object', properties: { port: { type: 'integer' }, protocol: { type: 'string', default: 'TCP' } } },
          },
          tags: { 'type': 'array', 'x-kubernetes-list-type': 'set', 'items': { type: 'string' } },
          labels: { type: 'object', additionalProperties: { 'type': 'string', 'x-kubernetes-validations': [{ rule: 'self.size() <= 3' }] } },
        },
      },
    },
  };

  function check(spec: any, skip: string[] = []): string[] {
    const obj = { spec };
    applyDefaults(obj, schema, {});
    const out: RawProblem[] = [];
    checkRulesAndLists(obj, schema, {}, new Set(skip), out);
    return out.map((p) => `${renderPath(p.path)}: ${p.message}`);
  }

  const notEvaluable = "spec: CEL rule not evaluable: undeclared method 'unknownFn' with 0 argument(s) (rule: self.unknownFn())";

  test('defaults are applied before rules run; messageExpression and fieldPath shape the problem', () => {
    expect(check({ replicas: 5 })).toEqual([
      'spec.replicas: Invalid value: replicas 5 exceed 3',
      notEvaluable,
    ]);
  });

  test('reason picks the message prefix; a static message is used as is', () => {
    expect(check({ replicas: 1, mode: 'Forbidden' })).toEqual(['spec: Forbidden: mode may not be Forbidden', notEvaluable]);
  });

  test('list-type map and set duplicates (map keys after defaulting), rules on map values', () => {
    expect(check({ replicas: 1, ports: [{ port: 80 }, { port: 80, protocol: 'TCP' }, { port: 80, protocol: 'UDP' }], tags: ['a', 'b', 'a'], labels: { tier: 'gold', zone: 'eu' } })).toEqual([
      notEvaluable,
      'spec.ports[1]: Duplicate value: {"port":80,"protocol":"TCP"}',
      'spec.tags[2]: Duplicate value: "a"',
      'spec.labels[tier]: Invalid value: failed rule: self.size() <= 3',
    ]);
  });

  test('values under a type error are not entered', () => {
    expect(check({ replicas: 5 }, ['spec'])).toEqual([]);
  });

  test('problems at places of the same shape each carry their own path (paths are made only where a problem is)', () => {
    const items: SchemaNode = {
      type: 'object',
      properties: {
        list: {
          type: 'array',
          items: {
            'type': 'object',
            'x-kubernetes-validations': [{ rule: 'self.a < 10', message: 'a too big' }],
            'properties': {
              a: { type: 'integer' },
              nested: { 'type': 'array', 'x-kubernetes-list-type': 'set', 'items': { type: 'string' } },
              byName: { type: 'object', additionalProperties: { 'type': 'string', 'x-kubernetes-validations': [{ rule: "self != 'x'", message: 'no x' }] } },
            },
          },
        },
      },
    };
    const run = (obj: unknown, skip: string[] = []) => {
      const out: RawProblem[] = [];
      checkRulesAndLists(obj, items, {}, new Set(skip), out);
      return out.map((p) => `${renderPath(p.path)}: ${p.message}`);
    };
    const obj = { list: [{ a: 1, nested: ['p', 'p'], byName: { 'k.a': 'x' } }, { a: 11, nested: ['q'], byName: { ok: 'y' } }, { a: 12, nested: ['r', 's', 'r'], byName: { 'k/b': 'x' } }] };
    expect(run(obj)).toEqual([
      'list[0].nested[1]: Duplicate value: "p"',
      'list[0].byName[k.a]: Invalid value: no x',
      'list[1]: Invalid value: a too big',
      'list[2]: Invalid value: a too big',
      'list[2].nested[2]: Duplicate value: "r"',
      'list[2].byName[k/b]: Invalid value: no x',
    ]);
    // A type error at one place skips that place only.
    expect(run(obj, ['list[2]', 'list[0].nested'])).toEqual(['list[0].byName[k.a]: Invalid value: no x', 'list[1]: Invalid value: a too big']);
  });
});
