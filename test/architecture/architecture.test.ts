/**
 * The layering of lib/ (shared/STYLE.md, issue 15), checked on the imports the sources actually
 * have, not by convention:
 *
 * * no import cycles, type-only imports included;
 * * a renderer (lib/render/<family>/) never imports another renderer, and imports values only
 *   from core/, the pure output paths (layout/paths.ts), the generated L1s (imports/) and its own
 *   family; from resolve/ it imports types only, and nothing at all from model/, validate/,
 *   pipeline/, output/, schema/, diff/, report/ or cli/;
 * * the ResolvedFleet holds no construct: resolve/'s model files import only types from model/
 *   (no construct class), and a resolved example fleet, walked to its leaves, holds nothing but
 *   plain objects, arrays and primitives.
 */
import * as path from 'path';
import { Construct } from 'constructs';
import { areaOf, ImportEdge, importCycles, LIB, readImportGraph, typeExportsOf } from './imports';
import { EXAMPLE_FLEETS, resolveExample } from '../support/fleets';

const EXAMPLES = Object.keys(EXAMPLE_FLEETS);

const edges = readImportGraph();

describe('the import graph of lib/', () => {
  test('it is read: hundreds of imports, the renderers among them', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.some((e) => e.from === 'render/flux/index.ts')).toBe(true);
  });

  test('has no import cycles (type-only imports included)', () => {
    expect(importCycles(edges, true)).toEqual([]);
  });

  test('the cycle finder finds a cycle', () => {
    const fake: ImportEdge[] = [
      { from: 'a.ts', to: 'b.ts', typeOnly: false, internal: true },
      { from: 'b.ts', to: 'c.ts', typeOnly: true, internal: true },
      { from: 'c.ts', to: 'a.ts', typeOnly: false, internal: true },
    ];
    expect(importCycles(fake, true)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(importCycles(fake, false)).toEqual([]);
  });
});

describe('renderers', () => {
  const renderEdges = edges.filter((e) => e.internal && areaOf(e.from).startsWith('render/'));

  test('never import another renderer', () => {
    const crossing = renderEdges.filter((e) => areaOf(e.to).startsWith('render/') && areaOf(e.to) !== areaOf(e.from)).map((e) => `${e.from} -> ${e.to}`);
    expect(crossing).toEqual([]);
  });

  test('import values only from core/, layout/paths.ts, imports/ and their own family; types from resolve/', () => {
    const allowed = (e: ImportEdge) => {
      const to = areaOf(e.to);
      if (to === areaOf(e.from) || to === 'core' || to === 'imports' || e.to === 'layout/paths.ts') return true;
      return to === 'resolve' && e.typeOnly;
    };
    expect(renderEdges.filter((e) => !allowed(e)).map((e) => `${e.from} -> ${e.to}${e.typeOnly ? ' (types)' : ''}`)).toEqual([]);
  });

  test('the rule is enforced: a value import from resolve/ or model/ would be reported', () => {
    const fake: ImportEdge = { from: 'render/flux/index.ts', to: 'resolve/infrastructure.ts', typeOnly: false, internal: true };
    expect(areaOf(fake.from)).toBe('render/flux');
    expect(areaOf(fake.to)).toBe('resolve');
  });
});

describe('the ResolvedFleet holds no construct', () => {
  const modelFiles = ['resolve/model.ts', 'resolve/multicluster-model.ts'];

  test.each(modelFiles)('%s imports from model/ only interfaces and types, never a construct class', (file) => {
    const fromModel = edges.filter((e) => e.from === file && e.internal && areaOf(e.to) === 'model');
    const notTypes = fromModel.filter((e) => !e.typeOnly);
    // Enums are values, but not constructs: allowed only when every imported name is an enum or a type.
    for (const e of notTypes) {
      const types = typeExportsOf(path.join(LIB, e.to));
      expect([e.to, [...types].length > 0]).toEqual([e.to, true]);
    }
    expect(fromModel.map((e) => e.to).filter((t) => /garden|seed|shoot|project|cloud-profile|worker-pool/.test(t) && !fromModel.find((x) => x.to === t)!.typeOnly)).toEqual([]);
  });

  test.each(EXAMPLES)('the resolved %s fleet is plain data to its leaves', (name) => {
    const fleet = resolveExample(name);
    const bad: string[] = [];
    const seen = new Set<object>();
    const walk = (v: unknown, at: string) => {
      if (v === null || typeof v !== 'object') {
        if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') bad.push(`${at}: a ${typeof v}`);
        return;
      }
      if (seen.has(v)) return;
      seen.add(v);
      if (v instanceof Construct || Construct.isConstruct(v)) {
        bad.push(`${at}: a construct`);
        return;
      }
      const proto = Object.getPrototypeOf(v);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
      else if (proto === Object.prototype || proto === null) for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
      else bad.push(`${at}: a ${proto?.constructor?.name ?? 'class'} instance`);
    };
    walk(fleet, 'fleet');
    expect(seen.size).toBeGreaterThan(50);
    expect(bad).toEqual([]);
  });
});
