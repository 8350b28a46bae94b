/**
 * Issue 17, item 2, at the command line: every command first completes a commit a killed synth
 * left, and `validate`/`diff` refuse (exit 4, nothing read) a folder where that is impossible.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JOURNAL_FILE, stageTree, writeTree } from '../../lib/output/writer';
import { seedbed } from '../support/cli';
import { REPO_ROOT } from '../support/fleets';

const FLEET = path.join(REPO_ROOT, 'fleets', 'vsphere.ts');

/** An output folder whose commit stopped part-way and whose staging folder is gone: it cannot be completed. */
function tornBeyondRepair(dir: string): void {
  writeTree(dir, new Map([['fleet.json', '{}\n'], ['seeds/a/x.yaml', 'old\n'], ['seeds/a/y.yaml', 'old\n']]));
  const staged = stageTree(dir, new Map([['fleet.json', '{}\n'], ['seeds/a/x.yaml', 'new\n'], ['seeds/a/y.yaml', 'new\n']]), {
    onCommitStep: (_i, what) => { if (what === 'rename seeds/a/y.yaml') throw Object.assign(new Error('EIO'), { code: 'EIO' }); },
  });
  expect(() => staged.commit()).toThrow(/^EIO \(the commit into/);
  for (const e of fs.readdirSync(dir)) if (e.startsWith('.seedbed-staging-')) fs.rmSync(path.join(dir, e), { recursive: true });
}

test('validate and diff refuse a torn output folder they cannot repair: exit 4, the files named, nothing read', async () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-torn-'));
  const out = path.join(cwd, 'snapshots', 'vsphere');
  tornBeyondRepair(out);
  const expected = `error: ${out} holds an interrupted commit (.seedbed-journal) that cannot be completed: 1 file without their staged content (seeds/a/y.yaml); `
    + 'nothing was read; restore the folder from Git (git checkout -- <folder>), remove the journal and synth again';
  const validate = await seedbed(['validate', FLEET, '--now', '2026-11-25', '--no-cache'], { cwd });
  expect({ code: validate.code, stderr: validate.stderr.trim(), stdout: validate.stdout }).toEqual({ code: 4, stderr: expected, stdout: '' });
  const diff = await seedbed(['diff', FLEET, '--against-dir', out, '--now', '2026-11-25'], { cwd });
  expect({ code: diff.code, stderr: diff.stderr.trim(), stdout: diff.stdout }).toEqual({ code: 4, stderr: expected, stdout: '' });
  expect(fs.existsSync(path.join(out, JOURNAL_FILE))).toBe(true);
});

test('upgrade-plan completes a commit a killed synth left before it reads fleet.json', async () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-torn-'));
  const out = path.join(cwd, 'snapshots', 'vsphere');
  writeTree(out, new Map([['seeds/a/x.yaml', 'old\n'], ['seeds/a/y.yaml', 'old\n']]));
  const staged = stageTree(out, new Map([['seeds/a/x.yaml', 'new\n'], ['seeds/a/y.yaml', 'new\n']]), {
    onCommitStep: (_i, what) => { if (what === 'rename seeds/a/y.yaml') throw Object.assign(new Error('EIO'), { code: 'EIO' }); },
  });
  expect(() => staged.commit()).toThrow(/^EIO/);
  expect(fs.readFileSync(path.join(out, 'seeds/a/y.yaml'), 'utf8')).toBe('old\n');
  const r = await seedbed(['upgrade-plan', FLEET, '--now', '2026-11-25'], { cwd });
  expect(r.code).toBe(0);
  expect(fs.readFileSync(path.join(out, 'seeds/a/x.yaml'), 'utf8')).toBe('new\n');
  expect(fs.readFileSync(path.join(out, 'seeds/a/y.yaml'), 'utf8')).toBe('new\n');
  expect(fs.readdirSync(out).filter((e) => e.startsWith('.seedbed'))).toEqual([]);
});
