/**
 * Issue 17, item 1: a synth overwrites or removes only the files fleet.json lists as seedbed's;
 * it refuses (listing them) files it did not write unless adopting, and refuses to remove every
 * shoot unless allowed.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { listManagedFiles, OutputFolderError } from '../../lib/output/writer';
import { synthesize } from '../../lib/pipeline/synth';
import { EXAMPLE_FLEETS, NOW } from '../support/fleets';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-owner-'));
}

function read(dir: string): Map<string, string> {
  return new Map(listManagedFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

const ADOPT_HINT = 'or adopt them (synth --adopt) to let seedbed overwrite the rendered ones and remove the others';

describe('ownership', () => {
  test('fleet.json lists every file the synth wrote (fleet.json aside), sorted', () => {
    const dir = tmp();
    const result = synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW });
    const files = JSON.parse(fs.readFileSync(path.join(dir, 'fleet.json'), 'utf8')).files;
    expect(files).toEqual(listManagedFiles(dir).filter((f) => f !== 'fleet.json'));
    expect(files.length).toBe(result.files.size - 1);
  });

  test('hand-written files under the managed folders are refused, listed, and survive; --adopt takes them over', () => {
    const dir = tmp();
    synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW });
    const mine = ['seeds/muc-1/notes.md', 'terraform/README.md', 'garden/hand made.yaml'];
    for (const f of mine) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), `mine: ${f}\n`);
    }
    const before = read(dir);
    expect(() => synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW })).toThrow(new OutputFolderError(
      `${dir}: refusing to write: there are 3 files seedbed did not write (its inventory, fleet.json, does not list them): `
      + `garden/hand made.yaml, seeds/muc-1/notes.md, terraform/README.md; move them out of the managed folders, ${ADOPT_HINT}`));
    expect(read(dir)).toEqual(before);
    expect(fs.readdirSync(dir).filter((e) => e.startsWith('.seedbed'))).toEqual([]);
    const adopted = synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW, adopt: true });
    expect(adopted.write.removed).toEqual(['garden/hand made.yaml', 'seeds/muc-1/notes.md', 'terraform/README.md']);
    // Taken over once: the next synth has nothing to refuse.
    expect(synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW }).write.written).toEqual([]);
  });

  test('--out . in a repository with its own terraform/ and fleet.json: refused, both survive', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'terraform'));
    fs.writeFileSync(path.join(dir, 'terraform', 'main.tf'), 'resource "null_resource" "x" {}\n');
    fs.writeFileSync(path.join(dir, 'fleet.json'), '{"fleet": "not seedbed\'s"}\n');
    expect(() => synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW })).toThrow(
      `${dir}: refusing to write: there are 2 files seedbed did not write (its inventory, fleet.json, does not list them): fleet.json, terraform/main.tf;`);
    expect(fs.readFileSync(path.join(dir, 'terraform', 'main.tf'), 'utf8')).toBe('resource "null_resource" "x" {}\n');
    expect(fs.readFileSync(path.join(dir, 'fleet.json'), 'utf8')).toBe('{"fleet": "not seedbed\'s"}\n');
    expect(fs.readdirSync(dir).sort()).toEqual(['fleet.json', 'terraform']);
  });

  test('an inventory of a seedbed that did not record its files owns only itself: refused until adopted', () => {
    const dir = tmp();
    synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW });
    const inventory = JSON.parse(fs.readFileSync(path.join(dir, 'fleet.json'), 'utf8'));
    delete inventory.files;
    fs.writeFileSync(path.join(dir, 'fleet.json'), JSON.stringify(inventory));
    expect(() => synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW })).toThrow(/files seedbed did not write \(its inventory, fleet\.json, does not list them\): seeds\/muc-1\/addon-sources\/kustomization.yaml, /);
    const adopted = synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW, adopt: true });
    expect(adopted.write.written).toEqual(['fleet.json']);
    expect(adopted.write.removed).toEqual([]);
  });

  test('a fleet that removes every shoot is refused, naming them; allowEmpty lets it', () => {
    const dir = tmp();
    synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW });
    const before = read(dir);
    const empty = () => {
      const garden = EXAMPLE_FLEETS.vsphere();
      for (const s of garden.shoots) s.node.scope!.node.tryRemoveChild(s.node.id);
      return garden;
    };
    expect(() => synthesize(empty(), { outDir: dir, now: NOW })).toThrow(new OutputFolderError(
      `${dir}: refusing to remove every shoot: fleet.json lists 6 (apps--erp, apps--erp-test, apps--portal, it--branch, it--monitoring, it--tools) `
      + 'and the fleet renders no shoot; if that is meant, pass --allow-empty (allowEmpty)'));
    expect(read(dir)).toEqual(before);
    const result = synthesize(empty(), { outDir: dir, now: NOW, allowEmpty: true });
    expect(result.write.removed.length).toBeGreaterThan(20);
  });

  test('F7: a synth that another synth overtakes between reading fleet.json and taking the lock is refused (run again), never a wrong --adopt list', () => {
    const dir = tmp();
    synthesize(EXAMPLE_FLEETS.vsphere(), { outDir: dir, now: NOW });
    // The other synth commits while this one renders: just when this one goes to stage
    // (`adopt` is read then, after rendering and before the lock).
    let overtaken = false;
    const options = {
      outDir: dir,
      now: NOW,
      get adopt(): boolean {
        if (!overtaken) {
          overtaken = true;
          synthesize(EXAMPLE_FLEETS.openstack(), { outDir: dir, now: NOW, adopt: true, allowEmpty: true });
        }
        return false;
      },
    };
    let thrown: unknown;
    try {
      synthesize(EXAMPLE_FLEETS.vsphere(), options);
    } catch (e) {
      thrown = e;
    }
    expect(overtaken).toBe(true);
    expect(thrown).toBeInstanceOf(OutputFolderError);
    expect((thrown as Error).message).toBe(`${dir}: refusing to write: another synth committed into this folder while this one was rendering `
      + '(fleet.json changed since it was read); nothing was written; run again');
    // The other synth's output stands, whole.
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'fleet.json'), 'utf8')).fleet).toBe(EXAMPLE_FLEETS.openstack().name);
    expect(fs.readdirSync(dir).filter((e) => e.startsWith('.seedbed'))).toEqual([]);
  });
});
