/**
 * `validate` and `synth` run the same checks against the same baseline (the `fleet.json` of the
 * output folder) and so report the same problems, fleet by fleet: over the fixture fleets, every
 * case of the bad-input corpus (with its baseline), the measured disagreements of issue 17 and
 * two example fleets against their committed output.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FleetValidationError, formatFieldError } from '../../lib/core/problems';
import { Garden } from '../../lib/model/garden';
import { OutputCheckError } from '../../lib/pipeline/errors';
import { synth } from '../../lib/pipeline/synth';
import { validate } from '../../lib/pipeline/validate';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { FleetInventory } from '../../lib/resolve/model';
import { defaultSharedDir } from '../../lib/schema/paths';
import { FleetSpec, Mutable, NOW, buildFleet, inventoryOf, openstackSpec, shootSpec, vsphereSpec } from '../fixtures/fleet';
import { CASES } from '../corpus/cases';
import { EXAMPLE_FLEETS, REPO_ROOT } from '../support/fleets';

const SCHEMAS = defaultSharedDir();
let tmp: string;
let cacheDir: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-agree-'));
  cacheDir = path.join(tmp, 'cache');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** An output folder holding only `fleet.json` with `inventory` (none: an empty folder). */
let folders = 0;
function baseline(inventory?: FleetInventory): string {
  const dir = path.join(tmp, `out-${folders++}`);
  fs.mkdirSync(dir, { recursive: true });
  if (inventory) fs.writeFileSync(path.join(dir, 'fleet.json'), JSON.stringify({ kind: 'FleetInventory', shoots: inventory.shoots }));
  return dir;
}

/** Every problem a run reports: the fleet's (formatted) or the rendered output's; none when it passes. */
function problemsOf(run: () => unknown): string[] {
  try {
    const result = run() as { problems?: string[] };
    return result.problems ?? [];
  } catch (e) {
    if (e instanceof FleetValidationError) return e.problems.map(formatFieldError);
    if (e instanceof OutputCheckError) return e.problems;
    throw e;
  }
}

/** The problems of validate and of synth, for the same fleet and the same baseline (each run on a fresh copy of the folder). */
function both(make: () => Garden, inventory?: FleetInventory) {
  const validated = problemsOf(() => validate(make(), { schemas: SCHEMAS, cacheDir, now: NOW, outDir: baseline(inventory) }));
  const synthesized = problemsOf(() => synth(make(), { schemas: SCHEMAS, cacheDir, now: NOW, outDir: baseline(inventory) }));
  return { validated, synthesized };
}

const BASES: Record<string, () => FleetSpec> = { openstack: openstackSpec, vsphere: vsphereSpec };
const baseInventories = new Map<string, FleetInventory>();
function baseInventory(base: string): Mutable<FleetInventory> {
  if (!baseInventories.has(base)) baseInventories.set(base, inventoryOf(resolveFleetOrThrow(buildFleet(undefined, BASES[base]).garden, { now: NOW })));
  return JSON.parse(JSON.stringify(baseInventories.get(base)));
}

describe('validate and synth agree', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('corpus: %s', (_name, c) => {
    const base = c.base ?? 'openstack';
    let inventory: FleetInventory | undefined;
    if (c.previous) {
      inventory = baseInventory(base);
      c.previous(inventory as Mutable<FleetInventory>);
    }
    const make = () => {
      const built = buildFleet(c.edit, BASES[base]);
      c.after?.(built);
      return built.garden;
    };
    const { validated, synthesized } = both(make, inventory);
    expect(validated).toEqual(synthesized);
    expect(validated.length).toBeGreaterThan(0);
  });

  test('a skipped minor upgrade: both refuse it (validate read no fleet.json and passed it)', () => {
    const inventory = baseInventory('openstack');
    inventory.shoots['shop--dev'].kubernetesVersion = '1.31.13';
    const { validated, synthesized } = both(() => buildFleet((s) => { shootSpec(s, 'shop/dev').props.kubernetesVersion = '1.33.5'; }).garden, inventory);
    expect(validated).toEqual(synthesized);
    expect(validated).toEqual([expect.stringMatching(/^fleet\/shop\/dev spec\.kubernetes\.version: Forbidden: /)]);
  });

  test('an expired version a running shoot keeps: both pass it (validate refused it)', () => {
    const edit = (s: FleetSpec) => { shootSpec(s, 'shop/dev').props.kubernetesVersion = '1.30.14'; };
    const inventory = baseInventory('openstack');
    inventory.shoots['shop--dev'].kubernetesVersion = '1.30.14';
    const { validated, synthesized } = both(() => buildFleet(edit).garden, inventory);
    expect(validated).toEqual(synthesized);
    expect(validated).toEqual([]);
    // Without the baseline (a new shoot), both refuse it.
    const fresh = both(() => buildFleet(edit).garden);
    expect(fresh.validated).toEqual(fresh.synthesized);
    expect(fresh.validated).toEqual([expect.stringMatching(/^fleet\/shop\/dev spec\.kubernetes\.version: Forbidden: /)]);
  });

  test.each(['openstack', 'vsphere'])('the example fleet %s against its committed fleet.json', (name) => {
    const committed = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'snapshots', name, 'fleet.json'), 'utf8')) as FleetInventory;
    const { validated, synthesized } = both(EXAMPLE_FLEETS[name], committed);
    expect(validated).toEqual(synthesized);
    expect(validated).toEqual([]);
  });

  test.each(Object.keys(BASES))('the %s fixture fleet', (base) => {
    const { validated, synthesized } = both(() => buildFleet(undefined, BASES[base]).garden, baseInventory(base));
    expect(validated).toEqual(synthesized);
    expect(validated).toEqual([]);
  });
});
