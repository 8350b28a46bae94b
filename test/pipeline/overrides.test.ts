/**
 * The escape hatch: `Shoot.addOverride` patches rendered objects for fields seedbed does not
 * model. Checked in resolve (bad input → path + field), applied after rendering (an override that
 * fits nothing → path + field, nothing written), marked on the object and named by `diff`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import openstackFleet from '../../fleets/openstack';
import { FleetValidationError, formatFieldError } from '../../lib/core/problems';
import { ControlPlaneBackend, PatchOperation } from '../../lib/core/types';
import { diffFleet } from '../../lib/diff/fleet';
import { formatText } from '../../lib/diff/format';
import { readBaselineDir } from '../../lib/diff/baseline';
import { Garden } from '../../lib/model/garden';
import { ObjectOverride, Shoot } from '../../lib/model/shoot';
import { shootHash } from '../../lib/output/inventory';
import { synth } from '../../lib/pipeline/synth';
import { renderFleet } from '../../lib/pipeline/render';
import { resolveFleet, resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { NOW, REPO_ROOT, snapshotInventory } from '../support/fleets';

const REPLICAS: ObjectOverride = {
  name: 'five-replicas', kind: 'KamajiControlPlane', objectName: 'prod',
  patches: [{ op: PatchOperation.REPLACE, path: '/spec/replicas', value: 5 }],
};

function fleetWith(...overrides: ObjectOverride[]): Garden {
  const garden = openstackFleet();
  const prod = garden.shoots.find((s) => s.key === 'shop--prod')!;
  for (const o of overrides) prod.addOverride(o);
  return garden;
}

const problems = (garden: Garden) => resolveFleet(garden, { now: NOW, previous: snapshotInventory('openstack') }).errors.map(formatFieldError);

function renderError(garden: Garden): string[] {
  const fleet = resolveFleetOrThrow(garden, { now: NOW, previous: snapshotInventory('openstack') });
  try {
    renderFleet(fleet);
  } catch (e) {
    if (e instanceof FleetValidationError) return e.problems.map(formatFieldError);
    throw e;
  }
  return [];
}

describe('an override', () => {
  test('patches the object it names, marks it, and changes nothing else', () => {
    const before = renderFleet(resolveFleetOrThrow(openstackFleet(), { now: NOW, previous: snapshotInventory('openstack') }));
    const after = renderFleet(resolveFleetOrThrow(fleetWith(REPLICAS), { now: NOW, previous: snapshotInventory('openstack') }));
    const file = 'seeds/nord-2/shoots/shop--prod/control-plane/control-plane.yaml';
    const objects = (after.get(file) as any).objects;
    const kcp = objects.find((o: any) => o.kind === 'KamajiControlPlane');
    expect(kcp.spec.replicas).toBe(5);
    expect(kcp.metadata.annotations['seedbed.io/overridden-by']).toBe('nordcloud/shop/prod/overrides/five-replicas');
    expect(objects.filter((o: any) => o.metadata.annotations?.['seedbed.io/overridden-by'])).toHaveLength(1);
    for (const [p, f] of before) if (p !== file) expect([p, after.get(p)]).toEqual([p, f]);
  });

  test('changes the shoot\'s hash, and only that shoot\'s', () => {
    const a = resolveFleetOrThrow(openstackFleet(), { now: NOW, previous: snapshotInventory('openstack') });
    const b = resolveFleetOrThrow(fleetWith(REPLICAS), { now: NOW, previous: snapshotInventory('openstack') });
    const changed = a.shoots.filter((s, i) => shootHash(s) !== shootHash(b.shoots[i])).map((s) => s.key);
    expect(changed).toEqual(['shop--prod']);
  });

  test('is named by diff on every change it makes', () => {
    const baseline = readBaselineDir(path.join(REPO_ROOT, 'snapshots', 'openstack'));
    const d = diffFleet('openstack', fleetWith(REPLICAS), baseline, { now: NOW });
    const text = formatText(d, { color: false });
    expect(text).toContain('~ KamajiControlPlane shoot--shop--prod/prod  (control-plane/control-plane.yaml)  [overridden by nordcloud/shop/prod/overrides/five-replicas]');
    expect(text).toContain('spec.replicas: 3 → 5');
  });

  test('that matches nothing, or does not fit, stops synth with every problem and writes nothing', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-override-')), 'out');
    const garden = fleetWith(
      { name: 'nothing', kind: 'TenantControlPlane', patches: [{ op: PatchOperation.REPLACE, path: '/spec/x', value: 1 }] },
      { name: 'unfit', kind: 'KamajiControlPlane', patches: [{ op: PatchOperation.REPLACE, path: '/spec/noSuchField', value: 1 }] },
    );
    expect(renderError(garden)).toEqual([
      'nordcloud/shop/prod overrides[0].kind: Invalid: matches no object rendered for the shoot: TenantControlPlane (got "nothing")',
      'nordcloud/shop/prod overrides[1].patches: Invalid: unfit on KamajiControlPlane prod: replace /spec/noSuchField: the member does not exist (got "unfit")',
    ]);
    expect(() => synth(garden, { outDir: out, now: NOW })).toThrow(FleetValidationError);
    expect(fs.existsSync(out)).toBe(false);
  });
});

test('a patch reaching a member through the prototype (constructor, toString, __proto__) does not fit: nothing is replaced or silently not removed', () => {
  const garden = fleetWith(
    { name: 'ctor', kind: 'KamajiControlPlane', patches: [{ op: PatchOperation.REPLACE, path: '/spec/constructor', value: 'x' }] },
    { name: 'tostring', kind: 'KamajiControlPlane', patches: [{ op: PatchOperation.REMOVE, path: '/metadata/labels/toString' }] },
    { name: 'proto', kind: 'KamajiControlPlane', patches: [{ op: PatchOperation.ADD, path: '/__proto__/polluted', value: 'yes' }] },
  );
  expect(renderError(garden)).toEqual([
    'nordcloud/shop/prod overrides[0].patches: Invalid: ctor on KamajiControlPlane prod: replace /spec/constructor: the member does not exist (got "ctor")',
    'nordcloud/shop/prod overrides[1].patches: Invalid: tostring on KamajiControlPlane prod: remove /metadata/labels/toString: the member does not exist (got "tostring")',
    'nordcloud/shop/prod overrides[2].patches: Invalid: proto on KamajiControlPlane prod: add /__proto__/polluted: the path does not exist (got "proto")',
  ]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('bad overrides are fleet errors with path and field', () => {
  const shoot = (name = 'ok'): ObjectOverride => ({ ...REPLICAS, name });
  test.each<[string, ObjectOverride[], string]>([
    ['a name that is no DNS label', [shoot('Bad_Name')], 'nordcloud/shop/prod overrides[0].name: Invalid'],
    ['a duplicate name', [shoot('a'), shoot('a')], 'nordcloud/shop/prod overrides[1].name: Duplicate'],
    ['a kind that is no kind', [{ ...REPLICAS, kind: 'kamajicontrolplane' }], 'nordcloud/shop/prod overrides[0].kind: Invalid'],
    ['no patches', [{ ...REPLICAS, patches: [] }], 'nordcloud/shop/prod overrides[0].patches: Required'],
    ['a path that is no JSON Pointer', [{ ...REPLICAS, patches: [{ op: PatchOperation.REPLACE, path: 'spec.replicas', value: 1 }] }], 'nordcloud/shop/prod overrides[0].patches[0].path: Invalid'],
    ['an unknown operation', [{ ...REPLICAS, patches: [{ op: 'move' as PatchOperation, path: '/spec', value: 1 }] }], 'nordcloud/shop/prod overrides[0].patches[0].op: NotSupported'],
    ['renaming the object', [{ ...REPLICAS, patches: [{ op: PatchOperation.REPLACE, path: '/metadata/name', value: 'x' }] }], 'nordcloud/shop/prod overrides[0].patches[0].path: Forbidden'],
    ['moving it to another namespace', [{ ...REPLICAS, patches: [{ op: PatchOperation.ADD, path: '/metadata/namespace', value: 'kube-system' }] }], 'nordcloud/shop/prod overrides[0].patches[0].path: Forbidden'],
    ['Secret data', [{ name: 's', kind: 'Secret', patches: [{ op: PatchOperation.ADD, path: '/stringData', value: { password: 'x' } }] }], 'nordcloud/shop/prod overrides[0].patches[0].path: Forbidden'],
    ['a missing value', [{ ...REPLICAS, patches: [{ op: PatchOperation.ADD, path: '/spec/x' }] }], 'nordcloud/shop/prod overrides[0].patches[0].value: Required'],
    ['a value JSON cannot hold', [{ ...REPLICAS, patches: [{ op: PatchOperation.ADD, path: '/spec/x', value: () => 1 }] }], 'nordcloud/shop/prod overrides[0].patches[0].value: Invalid'],
    ['a non-finite number', [{ ...REPLICAS, patches: [{ op: PatchOperation.ADD, path: '/spec/x', value: Infinity }] }], 'nordcloud/shop/prod overrides[0].patches[0].value: Invalid'],
  ])('%s', (_why, overrides, expected) => {
    const found = problems(fleetWith(...overrides));
    expect(found.length).toBe(1);
    expect(found[0].startsWith(expected)).toBe(true);
  });

  test('a shoot of the gardener backend has no seed objects to override', () => {
    const garden = openstackFleet();
    const gardener = garden.shoots.find((s: Shoot) => s.props.backend === ControlPlaneBackend.GARDENER);
    if (!gardener) return expect(garden.shoots.length).toBeGreaterThan(0);
    gardener.addOverride(REPLICAS);
    expect(problems(garden).some((p) => p.includes('overrides: Forbidden'))).toBe(true);
  });
});

describe('the override is visible in the rendered YAML', () => {
  test('as an annotation a reviewer can grep for', () => {
    const tree = renderFleet(resolveFleetOrThrow(fleetWith(REPLICAS), { now: NOW, previous: snapshotInventory('openstack') }));
    const text = [...tree.entries()].filter(([p]) => p.endsWith('control-plane.yaml') && p.includes('shop--prod')).map(([, f]) => f);
    expect(text).toHaveLength(1);
    const docs = parseAllDocuments(require('../../lib/output/serialize').serializeFile(text[0])).map((d) => d.toJS());
    expect(docs.find((d: any) => d.kind === 'KamajiControlPlane').metadata.annotations['seedbed.io/overridden-by']).toBe('nordcloud/shop/prod/overrides/five-replicas');
  });
});
