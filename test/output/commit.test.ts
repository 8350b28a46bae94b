/**
 * Issue 17, item 2: a commit that cannot tear, and a lock two synths never both hold.
 *
 * * kill -9 at every step of a commit (a real child process, SIGKILL from the step hook): the
 *   folder is the old tree or the new tree byte for byte, or holds the journal; after the next
 *   command's recovery it is always the old or the new tree;
 * * an I/O error at every step (in process): the same, and the error thrown is that I/O error;
 * * N processes racing on a stale lock: exactly one holds it, every round;
 * * ENOSPC while writing the lock leaves no lock; a read-only folder reports the write's error.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sha256Hex } from '../../lib/core/hash';
import { JOURNAL_FILE, listManagedFiles, LOCK_FILE, MANAGED_ENTRIES, OutputFolderError, recoverOutput, scanManaged, stageTree, TornOutputError, writeTree } from '../../lib/output/writer';
import { raceStaleLock } from '../support/lock-race';
import { compiledWriter, KILL_AT_STEP_SCRIPT } from '../support/writer-child';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-commit-'));
}

/** Output-relative path → SHA-256 of its bytes, for every managed file. */
function hashes(dir: string): Map<string, string> {
  return new Map(listManagedFiles(dir).map((f) => [f, sha256Hex(fs.readFileSync(path.join(dir, f), 'utf8'))]));
}

function hashesOf(files: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, c]) => [f, sha256Hex(c)]));
}

function seedbedLeftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((e) => e.startsWith('.seedbed')).sort();
}

// Every kind of change at once: changed, unchanged, removed, new file in an existing folder, a
// new folder (moved whole), a file becoming a folder and a folder becoming a file.
const OLD = new Map([
  ['fleet.json', '{"old":true}\n'],
  ['garden/x.yaml', 'same\n'],
  ['seeds/a/kustomization.yaml', 'a\n'],
  ['seeds/a/gone.yaml', 'gone\n'],
  ['seeds/a/becomes-folder', 'file\n'],
  ['seeds/a/becomes-file/inner.yaml', 'inner\n'],
  ['terraform/a/x/cdk.tf.json', '{"x":1}\n'],
  ['terraform/a/y/cdk.tf.json', '{"y":1}\n'],
]);
const NEW = new Map([
  ['fleet.json', '{"new":true}\n'],
  ['garden/x.yaml', 'same\n'],
  ['seeds/a/kustomization.yaml', 'a changed\n'],
  ['seeds/a/added.yaml', 'added\n'],
  ['seeds/a/becomes-folder/inner.yaml', 'now inside\n'],
  ['seeds/a/becomes-file', 'now a file\n'],
  ['seeds/b/kustomization.yaml', 'b\n'],
  ['seeds/b/shoots/p--s/flux.yaml', 's\n'],
  ['terraform/a/x/cdk.tf.json', '{"x":2}\n'],
]);

/** The steps a commit from OLD to NEW makes, recorded by the hook. */
function commitSteps(): string[] {
  const dir = tmp();
  writeTree(dir, OLD);
  const steps: string[] = [];
  stageTree(dir, NEW, { onCommitStep: (i, what) => steps.push(`${i} ${what}`) }).commit();
  expect(hashes(dir)).toEqual(hashesOf(NEW));
  return steps;
}


describe('kill -9 at every step of a commit', () => {
  const steps = commitSteps();

  test('the commit has the steps expected (journal first, renames, removals, journal removed last)', () => {
    expect(steps[0]).toBe('0 write .seedbed-journal');
    expect(steps[1]).toBe('1 rename .seedbed-journal');
    expect(steps.filter((s) => / rename (seeds|terraform|fleet)/.test(s)).length).toBeGreaterThanOrEqual(6);
    expect(steps.some((s) => s.endsWith('remove seeds/a/gone.yaml'))).toBe(true);
    expect(steps.at(-3)).toMatch(/ remove \.seedbed-journal$/);
    expect(steps.length).toBeGreaterThanOrEqual(14);
  });

  test('after a kill at any step the tree is old or new, or the journal is there; the next command makes it old or new exactly', () => {
    const writer = compiledWriter();
    const work = tmp();
    const child = path.join(work, 'child.js');
    fs.writeFileSync(child, KILL_AT_STEP_SCRIPT);
    const filesFile = path.join(work, 'new.json');
    fs.writeFileSync(filesFile, JSON.stringify([...NEW]));
    const old = hashesOf(OLD);
    const fresh = hashesOf(NEW);
    const outcomes: string[] = [];
    for (let at = 0; at <= steps.length; at++) {
      const dir = path.join(work, `out-${at}`);
      writeTree(dir, OLD);
      const r = spawnSync(process.execPath, [child, writer, dir, String(at), filesFile], { encoding: 'utf8' });
      if (at < steps.length) expect({ at, signal: r.signal, stderr: r.stderr }).toEqual({ at, signal: 'SIGKILL', stderr: '' });
      else expect({ at, status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ at, status: 0, stdout: 'committed', stderr: '' });
      const now = hashes(dir);
      const journal = fs.existsSync(path.join(dir, JOURNAL_FILE));
      const state = equal(now, old) ? 'old' : equal(now, fresh) ? 'new' : 'torn';
      // Torn only with the journal there to complete it.
      expect({ at, state, journal }).toEqual({ at, state, journal: state === 'torn' ? true : journal });
      // The next command (any: they all call recoverOutput first) completes it.
      recoverOutput(dir);
      const after = hashes(dir);
      expect({ at, recovered: equal(after, old) || equal(after, fresh) }).toEqual({ at, recovered: true });
      expect(fs.existsSync(path.join(dir, JOURNAL_FILE))).toBe(false);
      outcomes.push(`${at}:${state}${journal ? '+journal' : ''}`);
      // And the next synth finds a folder it can write, with nothing left behind.
      writeTree(dir, NEW);
      expect(hashes(dir)).toEqual(fresh);
      expect(seedbedLeftovers(dir)).toEqual([]);
    }
    // Some kills did leave a torn tree (the journal was needed), and both ends were seen.
    expect(outcomes.some((o) => o.includes('torn'))).toBe(true);
    expect(outcomes[0]).toBe('0:old');
    expect(outcomes.at(-1)).toBe(`${steps.length}:new`);
  });
});

function equal(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

describe('an I/O error at every step of a commit', () => {
  const steps = commitSteps();

  test.each(steps.map((s, i) => [i, s]))('step %i (%s): the I/O error is reported; the tree is old, new, or completed by the next command', (at) => {
    const dir = tmp();
    writeTree(dir, OLD);
    const eio = Object.assign(new Error(`EIO: i/o error, step ${at}`), { code: 'EIO' });
    const staged = stageTree(dir, NEW, { onCommitStep: (i) => { if (i === at) throw eio; } });
    let thrown: unknown;
    try {
      staged.commit();
    } catch (e) {
      thrown = e;
    }
    const cleanUp = /remove the staging folder|release the lock/.test(steps[at as number]);
    if (cleanUp) {
      // Committed already: a failing clean-up does not fail the write.
      expect(thrown).toBeUndefined();
    } else {
      expect(thrown).toBe(eio);
      expect((thrown as NodeJS.ErrnoException).code).toBe('EIO');
      expect((thrown as Error).message).toMatch(new RegExp(`^EIO: i/o error, step ${at}( \\(the commit into .* stopped part-way; the next seedbed command completes it from \\.seedbed-journal\\))?$`));
    }
    const now = hashes(dir);
    const state = equal(now, hashesOf(OLD)) ? 'old' : equal(now, hashesOf(NEW)) ? 'new' : 'torn';
    if (state === 'torn') expect(fs.existsSync(path.join(dir, JOURNAL_FILE))).toBe(true);
    // Nothing changed yet: the folder is as it was, with nothing of the commit left.
    if (state === 'old' && !fs.existsSync(path.join(dir, JOURNAL_FILE))) expect(seedbedLeftovers(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    recoverOutput(dir);
    const after = hashes(dir);
    expect(equal(after, hashesOf(OLD)) || equal(after, hashesOf(NEW))).toBe(true);
  });
});

describe('a torn tree that cannot be completed', () => {
  test('a staged file deleted by hand: recovery refuses, naming the files, and reads nothing', () => {
    const dir = tmp();
    writeTree(dir, OLD);
    const staged = stageTree(dir, NEW, { onCommitStep: (i, what) => { if (what === 'rename seeds/a/kustomization.yaml') throw Object.assign(new Error(`EIO at ${i}`), { code: 'EIO' }); } });
    expect(() => staged.commit()).toThrow(/^EIO at \d+ \(the commit into/);
    // Someone "cleans up" the staging folder.
    for (const e of fs.readdirSync(dir)) if (e.startsWith('.seedbed-staging-')) fs.rmSync(path.join(dir, e), { recursive: true });
    let thrown: unknown;
    try {
      recoverOutput(dir);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TornOutputError);
    expect((thrown as Error).message).toBe(`${dir} holds an interrupted commit (.seedbed-journal) that cannot be completed: 4 files without their staged content `
      + '(seeds/a/kustomization.yaml, seeds/b/kustomization.yaml, seeds/b/shoots/p--s/flux.yaml, terraform/a/x/cdk.tf.json); '
      + 'nothing was read; restore the folder from Git (git checkout -- <folder>), remove the journal and synth again');
    // The journal stays, so every later command refuses too.
    expect(fs.existsSync(path.join(dir, JOURNAL_FILE))).toBe(true);
    expect(() => writeTree(dir, NEW)).toThrow(TornOutputError);
  });

  test.each([
    ['not JSON', '{"kind":"SeedbedCommit",'],
    ['a path leaving the folder', JSON.stringify({ kind: 'SeedbedCommit', staging: '.seedbed-staging-1', written: {}, removed: ['../../etc/passwd'] })],
    ['a staging folder outside', JSON.stringify({ kind: 'SeedbedCommit', staging: '../elsewhere', written: {}, removed: [] })],
  ])('a journal with %s is refused and nothing is removed', (_what, text) => {
    const dir = tmp();
    writeTree(dir, OLD);
    fs.writeFileSync(path.join(dir, JOURNAL_FILE), text);
    expect(() => recoverOutput(dir)).toThrow(`${dir} holds an interrupted commit whose journal ${path.join(dir, JOURNAL_FILE)} is not one seedbed wrote; `
      + 'restore the folder from Git (git checkout -- <folder>) and remove the journal');
    expect(hashes(dir)).toEqual(hashesOf(OLD));
  });
});

describe('a journal seedbed did not write (a pull request can commit one) is refused before anything moves', () => {
  /** An interrupted commit from OLD to NEW: the journal and the staging folder, nothing of the output changed yet. */
  function interrupted(): { dir: string; staging: string; journal: { staging: string; written: Record<string, string>; removed: string[] } } {
    const dir = tmp();
    writeTree(dir, OLD);
    // Stopped after the first rename into the output (before it, the writer drops the journal itself).
    let renames = 0;
    const staged = stageTree(dir, NEW, { onCommitStep: (i, what) => { if (/^rename (?!\.seedbed)/.test(what) && renames++ === 1) throw Object.assign(new Error(`EIO at ${i}`), { code: 'EIO' }); } });
    expect(() => staged.commit()).toThrow(/^EIO/);
    const journal = JSON.parse(fs.readFileSync(path.join(dir, JOURNAL_FILE), 'utf8'));
    return { dir, staging: path.join(dir, journal.staging), journal };
  }

  /** A file still in the staging folder (output-relative), the first in sorted order. */
  function stillStaged(staging: string): string {
    const files: string[] = [];
    const walk = (rel: string): void => {
      for (const e of fs.readdirSync(path.join(staging, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(r);
        else files.push(r);
      }
    };
    walk('');
    return files.sort()[0];
  }

  /** Every regular file under the managed entries (no link followed) and beside them → its hash. */
  function snapshot(dir: string): Map<string, string> {
    const { files } = scanManaged(dir);
    return new Map(files.map((f) => [f, sha256Hex(fs.readFileSync(path.join(dir, f), 'utf8'))]));
  }

  function refused(dir: string, lines: string[]): void {
    const before = snapshot(dir);
    let thrown: unknown;
    try {
      recoverOutput(dir);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TornOutputError);
    expect((thrown as Error).message).toBe(`${dir} holds a commit journal (${JOURNAL_FILE}) seedbed refuses to act on; nothing was changed or read:\n`
      + `${lines.map((l) => `  ${l}`).join('\n')}\n`
      + 'a commit seedbed wrote never names these; restore the folder from Git (git checkout -- <folder>) and remove the journal and staging folder');
    expect(snapshot(dir)).toEqual(before);
    expect(fs.existsSync(path.join(dir, JOURNAL_FILE))).toBe(true);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  }

  test('the interrupted commit itself is completed (control)', () => {
    const { dir } = interrupted();
    expect(recoverOutput(dir)).toBe(true);
    expect(hashes(dir)).toEqual(hashesOf(NEW));
    expect(seedbedLeftovers(dir)).toEqual([]);
  });

  test('a staged file whose content does not match its hash: refused, and not one file (not even the good ones) is moved', () => {
    const { dir, staging, journal } = interrupted();
    const victim = stillStaged(staging);
    fs.writeFileSync(path.join(staging, victim), 'evil: true\n');
    refused(dir, [`${journal.staging}/${victim}: its content does not match the journal's hash`]);
  });

  test('a staged file the journal does not list (a workflow at the top, a hostile manifest below seeds/): refused', () => {
    const { dir, staging, journal } = interrupted();
    fs.mkdirSync(path.join(staging, '.github/workflows'), { recursive: true });
    fs.writeFileSync(path.join(staging, '.github/workflows/ci.yml'), 'on: push\n');
    fs.mkdirSync(path.join(staging, 'seeds/evil'), { recursive: true });
    fs.writeFileSync(path.join(staging, 'seeds/evil/rbac.yaml'), 'kind: ClusterRoleBinding\n');
    refused(dir, [`${journal.staging}/.github/workflows/ci.yml: staged, but the journal does not list it`, `${journal.staging}/seeds/evil/rbac.yaml: staged, but the journal does not list it`]);
    expect(fs.existsSync(path.join(dir, '.github'))).toBe(false);
  });

  test('a symbolic link in the staging folder, or a staging folder that is one: refused', () => {
    const { dir, staging, journal } = interrupted();
    const elsewhere = tmp();
    fs.writeFileSync(path.join(elsewhere, 'secret'), 'password\n');
    fs.mkdirSync(path.join(staging, 'seeds'), { recursive: true });
    fs.symlinkSync(path.join(elsewhere, 'secret'), path.join(staging, 'seeds/secret.yaml'));
    refused(dir, [`${journal.staging}/seeds/secret.yaml: a symbolic link in the staging folder`]);
    fs.rmSync(staging, { recursive: true });
    fs.symlinkSync(elsewhere, staging);
    refused(dir, [`${journal.staging}: the staging folder is a symbolic link`]);
    expect(fs.readFileSync(path.join(elsewhere, 'secret'), 'utf8')).toBe('password\n');
  });

  test('a path outside the managed entries, or through a symbolic link (at any depth), written or removed: refused, every one named', () => {
    const dir = tmp();
    writeTree(dir, OLD);
    const outside = tmp();
    fs.mkdirSync(path.join(outside, 'deep'));
    fs.writeFileSync(path.join(outside, 'keep.txt'), 'keep\n');
    fs.writeFileSync(path.join(outside, 'deep', 'keep.txt'), 'keep\n');
    fs.symlinkSync(outside, path.join(dir, 'escape'));
    fs.symlinkSync(outside, path.join(dir, 'terraform/a/link'));
    fs.rmSync(path.join(dir, 'garden'), { recursive: true });
    fs.symlinkSync(outside, path.join(dir, 'garden'));
    fs.writeFileSync(path.join(dir, 'README.md'), 'mine\n');
    fs.writeFileSync(path.join(dir, JOURNAL_FILE), JSON.stringify({
      kind: 'SeedbedCommit', staging: '.seedbed-staging-1', written: { 'garden/keep.txt': sha256Hex('x') },
      removed: ['escape/keep.txt', 'README.md', 'terraform/a/link/deep/keep.txt', 'garden/deep/keep.txt', 'seeds/a/gone.yaml', '.seedbed-lock'],
    }));
    refused(dir, [
      'garden/keep.txt: garden is a symbolic link',
      `escape/keep.txt: not under seedbed's managed entries (${MANAGED_ENTRIES.join(', ')})`,
      `README.md: not under seedbed's managed entries (${MANAGED_ENTRIES.join(', ')})`,
      'terraform/a/link/deep/keep.txt: terraform/a/link is a symbolic link',
      'garden/deep/keep.txt: garden is a symbolic link',
      `.seedbed-lock: not under seedbed's managed entries (${MANAGED_ENTRIES.join(', ')})`,
    ]);
    expect(fs.readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('keep\n');
    expect(fs.readFileSync(path.join(outside, 'deep', 'keep.txt'), 'utf8')).toBe('keep\n');
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('mine\n');
    expect(fs.readFileSync(path.join(dir, 'seeds/a/gone.yaml'), 'utf8')).toBe('gone\n');
    // The writer refuses it the same way: nothing staged, nothing written.
    expect(() => writeTree(dir, NEW)).toThrow(/refuses to act on/);
  });
});

describe('leftovers of a writer killed after its commit', () => {
  test('recovery (what validate runs first) removes its staging folder and its dead lock', () => {
    const dir = tmp();
    writeTree(dir, OLD);
    const staged = stageTree(dir, NEW, { onCommitStep: (_i, what) => { if (what === 'remove the staging folder') throw new Error('killed'); } });
    staged.commit();
    // As if the process had died there: its lock stays too, naming a process that is gone.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${JSON.stringify({ host: os.hostname(), pid: dead, started: new Date().toISOString(), token: 'dead-writer' })}\n`);
    expect(seedbedLeftovers(dir)).toEqual([LOCK_FILE, `.seedbed-staging-${process.pid}`]);
    expect(recoverOutput(dir)).toBe(false);
    expect(seedbedLeftovers(dir)).toEqual([]);
    expect(hashes(dir)).toEqual(hashesOf(NEW));
  });

  test('a running writer\'s staging folder and lock are left alone', () => {
    const dir = tmp();
    writeTree(dir, OLD);
    const staged = stageTree(dir, NEW);
    expect(recoverOutput(dir)).toBe(false);
    expect(seedbedLeftovers(dir)).toEqual([LOCK_FILE, `.seedbed-staging-${process.pid}`]);
    staged.commit();
    expect(hashes(dir)).toEqual(hashesOf(NEW));
  });
});

describe('an inventory read before the lock', () => {
  test('a write whose caller read fleet.json before another write committed is refused, and writes nothing', () => {
    const dir = tmp();
    writeTree(dir, OLD);
    const read = fs.readFileSync(path.join(dir, 'fleet.json'), 'utf8');
    writeTree(dir, NEW);
    expect(() => writeTree(dir, OLD, { readBefore: { path: 'fleet.json', text: read } })).toThrow(new OutputFolderError(
      `${dir}: refusing to write: another synth committed into this folder while this one was rendering (fleet.json changed since it was read); nothing was written; run again`));
    expect(hashes(dir)).toEqual(hashesOf(NEW));
    expect(seedbedLeftovers(dir)).toEqual([]);
    expect(() => writeTree(dir, OLD, { readBefore: { path: 'fleet.json', text: null } })).toThrow(/fleet.json changed since it was read/);
    writeTree(dir, OLD, { readBefore: { path: 'fleet.json', text: fs.readFileSync(path.join(dir, 'fleet.json'), 'utf8') } });
    expect(hashes(dir)).toEqual(hashesOf(OLD));
  });
});

describe('the lock', () => {
  test('8 racers on a stale lock, 200 rounds: exactly one holds it in every round (the old takeover let two in ~1 round of 10)', async () => {
    const race = await raceStaleLock(tmp(), 8, 200);
    expect(race.ready).toEqual(race.ready.map(() => 'ready'));
    const bad: string[] = [];
    race.rounds.forEach((verdicts, round) => {
      for (const v of verdicts) expect(v).toMatch(/^(won|lost another synth is writing into .*)$/);
      const won = verdicts.filter((v) => v === 'won').length;
      if (won !== 1) bad.push(`round ${round}: ${won} held the lock`);
    });
    expect(bad).toEqual([]);
  });

  test('a disk that fills up while the lock is written leaves no lock behind', () => {
    const dir = tmp();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const realFs = require('fs') as typeof fs;
    const enospc = () => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); };
    const spies = [jest.spyOn(realFs, 'writeFileSync').mockImplementation(enospc), jest.spyOn(realFs, 'writeSync').mockImplementation(enospc)];
    try {
      expect(() => writeTree(dir, OLD)).toThrow(expect.objectContaining({ code: 'ENOSPC', message: 'ENOSPC: no space left on device, write' }));
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(seedbedLeftovers(dir)).toEqual([]);
    writeTree(dir, OLD);
    expect(hashes(dir)).toEqual(hashesOf(OLD));
  });

  test('a lock an older seedbed left empty (its write failed) is taken over once a minute old', () => {
    const dir = tmp();
    const lock = path.join(dir, LOCK_FILE);
    fs.writeFileSync(lock, '');
    expect(() => writeTree(dir, OLD)).toThrow(/another synth is writing into/);
    const old = new Date(Date.now() - 120_000);
    fs.utimesSync(lock, old, old);
    writeTree(dir, OLD);
    expect(seedbedLeftovers(dir)).toEqual([]);
  });
});

describe('the original error is the one reported', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const realFs = require('fs') as typeof fs;

  /** Makes every change below `dir` fail as on a read-only file system (running as root, chmod would not stop us). */
  function readOnly(dir: string): jest.SpyInstance[] {
    const inside = (p: unknown) => typeof p === 'string' && p.startsWith(dir);
    const fail = (syscall: string, p: unknown) => Object.assign(new Error(`EROFS: read-only file system, ${syscall} '${p}'`), { code: 'EROFS', syscall, path: p });
    const spies: jest.SpyInstance[] = [];
    const guard = <K extends keyof typeof fs>(name: K, syscall: string, when: (...args: any[]) => boolean = (p) => inside(p)) => {
      const real = (realFs[name] as any).bind(realFs);
      spies.push(jest.spyOn(realFs, name as any).mockImplementation((...args: any[]) => {
        if (when(...args)) throw fail(syscall, args[0]);
        return real(...args);
      }));
    };
    guard('writeFileSync', 'open');
    guard('openSync', 'open', (p, flags) => inside(p) && flags !== undefined && flags !== 'r');
    guard('mkdirSync', 'mkdir', (p) => inside(p) && !realFs.existsSync(p));
    guard('renameSync', 'rename');
    guard('rmSync', 'rm', (p) => inside(p) && realFs.existsSync(p));
    guard('linkSync', 'link', (_a, b) => inside(b));
    guard('unlinkSync', 'unlink');
    guard('rmdirSync', 'rmdir');
    return spies;
  }

  test('a read-only output folder reports EROFS of the first write, and is left as it was', () => {
    const dir = tmp();
    writeTree(dir, OLD);
    const spies = readOnly(dir);
    let thrown: any;
    try {
      writeTree(dir, NEW);
    } catch (e) {
      thrown = e;
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(thrown?.code).toBe('EROFS');
    expect(thrown?.message).toMatch(new RegExp(`^EROFS: read-only file system, open '${dir}/\\.seedbed-lock\\.\\d+-[0-9a-f-]+\\.tmp'$`));
    expect(hashes(dir)).toEqual(hashesOf(OLD));
    expect(seedbedLeftovers(dir)).toEqual([]);
  });

  test('staging that runs out of space reports ENOSPC even when its clean-up fails too', () => {
    const dir = tmp();
    writeTree(dir, OLD);
    const real = { write: realFs.writeFileSync.bind(realFs), rm: realFs.rmSync.bind(realFs) };
    const spies = [
      jest.spyOn(realFs, 'writeFileSync').mockImplementation((p: any, ...rest: any[]) => {
        if (String(p).includes('.seedbed-staging-')) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return (real.write as any)(p, ...rest);
      }),
      jest.spyOn(realFs, 'rmSync').mockImplementation((p: any, ...rest: any[]) => {
        if (String(p).includes('.seedbed-staging-')) throw Object.assign(new Error('EIO: i/o error, rm'), { code: 'EIO' });
        return (real.rm as any)(p, ...rest);
      }),
    ];
    let thrown: any;
    try {
      stageTree(dir, NEW);
    } catch (e) {
      thrown = e;
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(thrown?.code).toBe('ENOSPC');
    expect(hashes(dir)).toEqual(hashesOf(OLD));
    // The lock is released even though the staging folder could not be removed.
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });
});
