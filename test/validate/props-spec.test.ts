/**
 * The props spec (lib/validate/props.ts) and the TypeScript interfaces of lib/model stay in
 * step: read with the TypeScript compiler, every data interface the constructs' props reach has
 * the same fields, the same optionality and the same declared types as its spec entry, and every
 * construct with props has a root in the spec. A field added to an interface and not to the spec
 * (or the other way round) fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { CONSTRUCT_PROPS, Field, INTERFACES, PropType } from '../../lib/validate/props';

interface DeclaredField { readonly optional: boolean; readonly type: string }
type Declared = Map<string, { heritage: string[]; fields: Map<string, DeclaredField> }>;

const ROOT = path.join(__dirname, '..', '..', 'lib');
const SOURCES = [
  ...fs.readdirSync(path.join(ROOT, 'model')).filter((f) => f.endsWith('.ts')).map((f) => path.join(ROOT, 'model', f)),
  path.join(ROOT, 'core', 'types.ts'),
  path.join(ROOT, 'core', 'versions.ts'),
  path.join(ROOT, 'core', 'stack.ts'),
];

/** Every exported interface of the sources: its fields as declared (the type's text, `| undefined` left out). */
function readInterfaces(files: ReadonlyArray<{ name: string; text: string }>): Declared {
  const out: Declared = new Map();
  for (const f of files) {
    const sf = ts.createSourceFile(f.name, f.text, ts.ScriptTarget.ES2022, true);
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st) || !st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      const heritage = (st.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(sf)));
      const fields = new Map<string, DeclaredField>();
      for (const m of st.members) {
        if (!ts.isPropertySignature(m) || !m.type) continue;
        fields.set(m.name.getText(sf), { optional: !!m.questionToken, type: m.type.getText(sf).replace(/\s*\|\s*undefined$/, '') });
      }
      out.set(st.name.text, { heritage, fields });
    }
  }
  return out;
}

/** The fields of an interface with those it extends. */
function fieldsOf(declared: Declared, name: string): Map<string, DeclaredField> | undefined {
  const d = declared.get(name);
  if (!d) return undefined;
  const all = new Map<string, DeclaredField>();
  for (const h of d.heritage) for (const [k, v] of fieldsOf(declared, h) ?? []) all.set(k, v);
  for (const [k, v] of d.fields) all.set(k, v);
  return all;
}

/** Every difference between the declared interfaces and the spec, as lines. */
function differences(declared: Declared, spec: Readonly<Record<string, Readonly<Record<string, Field>>>>, roots: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const fields = fieldsOf(declared, name);
    const entry = spec[name];
    if (!fields) return void problems.push(`${name}: in the spec, not an exported interface of lib/model or lib/core`);
    if (!entry) return void problems.push(`${name}: an interface the props use, missing from the spec`);
    for (const [k, f] of fields) {
      const s = entry[k];
      if (!s) { problems.push(`${name}.${k}: declared, missing from the spec`); continue; }
      if (s.optional !== f.optional) problems.push(`${name}.${k}: ${f.optional ? 'optional' : 'required'} in the interface, ${s.optional ? 'optional' : 'required'} in the spec`);
      if (s.type.text !== f.type) problems.push(`${name}.${k}: declared ${f.type}, the spec says ${s.type.text}`);
    }
    for (const k of Object.keys(entry)) if (!fields.has(k)) problems.push(`${name}.${k}: in the spec, not declared`);
    for (const s of Object.values(entry)) for (const t of objectsIn(s.type)) visit(t);
  };
  for (const r of roots) visit(r);
  return problems;
}

/** The data interfaces a type refers to. */
function objectsIn(t: PropType): string[] {
  if (t.kind === 'object') return [t.text];
  if (t.kind === 'array' || t.kind === 'record') return objectsIn(t.of);
  return [];
}

const declared = readInterfaces(SOURCES.map((f) => ({ name: f, text: fs.readFileSync(f, 'utf8') })));
const ROOTS = [...CONSTRUCT_PROPS.map((c) => c.props.text), 'ObjectOverride', 'HelmChartSource'];

describe('the props spec', () => {
  test('reads the interfaces: dozens of them, ShootProps among them', () => {
    expect(declared.size).toBeGreaterThan(50);
    expect(fieldsOf(declared, 'ShootProps')?.get('hibernation')).toEqual({ optional: true, type: 'ShootHibernation' });
    expect([...fieldsOf(declared, 'MachineImageVersion')!.keys()]).toContain('expirationDate'); // from ExpirableVersion
  });

  test('matches every interface the props reach, field by field', () => {
    expect(differences(declared, INTERFACES, ROOTS)).toEqual([]);
  });

  test('has a root for every construct that keeps props, and for every *Props interface', () => {
    const classes: string[] = [];
    for (const f of SOURCES.filter((s) => s.includes(`${path.sep}model${path.sep}`))) {
      const sf = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true);
      for (const st of sf.statements) {
        if (ts.isClassDeclaration(st) && st.name && st.members.some((m) => ts.isPropertyDeclaration(m) && m.name.getText(sf) === 'props')) classes.push(st.name.text);
      }
    }
    expect(classes.length).toBeGreaterThanOrEqual(9);
    expect(classes.sort()).toEqual(CONSTRUCT_PROPS.map((c) => c.construct).sort());
    const propsInterfaces = [...declared.keys()].filter((n) => n.endsWith('Props'));
    expect(propsInterfaces.sort()).toEqual(CONSTRUCT_PROPS.map((c) => c.props.text).sort());
  });

  test('catches a field added to an interface, a retyped field, an optional made required and a spec-only field', () => {
    const changed = readInterfaces([{
      name: 'fake.ts',
      text: 'export interface WorkerVolume { readonly type: string; readonly sizeGiB?: string; readonly iops?: number }\n'
        + 'export interface Fake { readonly volume: WorkerVolume }',
    }]);
    expect(differences(changed, { ...INTERFACES, Fake: { volume: { optional: false, type: { kind: 'object', text: 'WorkerVolume', fields: () => INTERFACES.WorkerVolume } } } }, ['Fake']).sort()).toEqual([
      'WorkerVolume.iops: declared, missing from the spec',
      'WorkerVolume.sizeGiB: declared string, the spec says number',
      'WorkerVolume.sizeGiB: optional in the interface, required in the spec',
      'WorkerVolume.type: required in the interface, optional in the spec',
    ]);
    expect(differences(changed, {}, ['Fake'])).toEqual(['Fake: an interface the props use, missing from the spec']);
  });
});
