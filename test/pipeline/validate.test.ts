/**
 * validate() is a dry run of synth(): the same steps (lib/pipeline/steps), the same tree, and
 * nothing written. The `validate` and `synth` commands both go through those steps.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../lib/cli/main';
import * as steps from '../../lib/pipeline/steps';
import { synth } from '../../lib/pipeline/synth';
import { validate } from '../../lib/pipeline/validate';
import { defaultSharedDir } from '../../lib/schema/paths';
import { EXAMPLE_FLEETS, NOW, REPO_ROOT } from '../support/fleets';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-validate-')); });
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('validate renders what synth writes, checks it, and writes nothing', () => {
  const spy = jest.spyOn(steps, 'runSteps');
  const checked = validate(EXAMPLE_FLEETS.vsphere(), { schemas: defaultSharedDir(), now: NOW });
  const out = path.join(dir, 'out');
  const written = synth(EXAMPLE_FLEETS.vsphere(), { outDir: out, schemas: defaultSharedDir(), now: NOW });
  expect(spy).toHaveBeenCalledTimes(2);
  expect(checked.problems).toEqual([]);
  expect(checked.schemaCheck).toEqual({ files: written.schemaCheck!.files, knownValid: 0 });
  expect(checked.tree).toEqual(written.tree);
  expect(checked.fleet).toEqual(written.fleet);
  expect(fs.readdirSync(dir)).toEqual(['out']);
});

test('validate returns the schema problems instead of throwing them', () => {
  const runSteps = steps.runSteps;
  const spy = jest.spyOn(steps, 'runSteps').mockImplementation((garden, options, then) =>
    runSteps(garden, options, (r) => then({ ...r, verdict: () => ['seeds/x.yaml: Namespace x metadata.name: bad'] })));
  const result = validate(EXAMPLE_FLEETS.vsphere(), { schemas: defaultSharedDir(), now: NOW });
  expect(spy).toHaveBeenCalledTimes(1);
  expect(result.problems).toEqual(['seeds/x.yaml: Namespace x metadata.name: bad']);
});

test('the validate and synth commands go through the same pipeline steps', async () => {
  const spy = jest.spyOn(steps, 'runSteps');
  const fleet = path.join(REPO_ROOT, 'fleets', 'vsphere.ts');
  const io = { out: () => undefined, err: () => undefined, cwd: dir, env: {} };
  const common = ['--now', '2026-11-25', '--schemas', defaultSharedDir(), '--no-cache'];
  expect(await run(['validate', fleet, '--out', path.join(dir, 'out'), ...common], io)).toBe(0);
  expect(await run(['synth', fleet, '--out', path.join(dir, 'out'), ...common], io)).toBe(0);
  expect(spy).toHaveBeenCalledTimes(2);
  const [validateCall, synthCall] = spy.mock.calls;
  // The same baseline (the output folder's fleet.json) and the same checks; only synth serializes every file.
  // synth reads fleet.json itself, once, to hold the same text under its lock (none here: a first synth).
  const { previousText, ...synthSteps } = synthCall[1];
  expect(previousText).toBeNull();
  expect(validateCall[1]).toEqual({ ...synthSteps, serializeAll: false });
  expect(synthCall[1]).toMatchObject({ schemas: defaultSharedDir(), previousDir: path.join(dir, 'out'), serializeAll: true });
  expect(fs.existsSync(path.join(dir, 'out', 'fleet.json'))).toBe(true);
});
