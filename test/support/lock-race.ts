/**
 * Real processes racing for the output folder's lock: `racers` children (each the compiled
 * writer, started once) are sent the same folder at the same moment, each folder holding a stale
 * lock of a synth that was killed; each child tries `stageTree`, reports `won` or `lost <error>`,
 * and lets go when told. Used by test/output/commit.test.ts and test/support/trust-figures.ts.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LOCK_FILE } from '../../lib/output/writer';
import { compiledWriter } from './writer-child';

const RACER = `
const fs = require('fs');
const w = require(process.argv[2]);
const byte = Buffer.alloc(1);
function line() {
  let s = '';
  for (;;) {
    if (fs.readSync(0, byte, 0, 1, null) === 0) return undefined;
    if (byte[0] === 10) return s;
    s += String.fromCharCode(byte[0]);
  }
}
process.stdout.write('ready\\n');
for (let dir = line(); dir; dir = line()) {
  let staged;
  try {
    staged = w.stageTree(dir, new Map([['seeds/' + process.pid + '.yaml', 'mine\\n']]));
    process.stdout.write('won\\n');
  } catch (e) {
    process.stdout.write('lost ' + e.message.split('\\n')[0] + '\\n');
  }
  line();
  if (staged) staged.abort();
  process.stdout.write('released\\n');
}
`;

/** What the racers said: their first line, and per round each racer's verdict. */
export interface LockRace {
  readonly ready: string[];
  readonly rounds: string[][];
}

/** Runs `rounds` races of `racers` processes in folders under `work` (which it leaves in place). */
export async function raceStaleLock(work: string, racers: number, rounds: number): Promise<LockRace> {
  const script = path.join(work, 'racer.js');
  fs.writeFileSync(script, RACER);
  const writer = compiledWriter();
  const children = Array.from({ length: racers }, () => {
    const p = spawn(process.execPath, [script, writer], { stdio: ['pipe', 'pipe', 'inherit'] });
    let buffer = '';
    const lines: string[] = [];
    const waiting: ((l: string) => void)[] = [];
    p.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const l = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        const w = waiting.shift();
        if (w) w(l);
        else lines.push(l);
      }
    });
    const next = () => (lines.length > 0 ? Promise.resolve(lines.shift()!) : new Promise<string>((r) => waiting.push(r)));
    return { p, next };
  });
  try {
    const ready = await Promise.all(children.map((r) => r.next()));
    const out: string[][] = [];
    for (let round = 0; round < rounds; round++) {
      const dir = path.join(work, `round-${round}`);
      fs.mkdirSync(dir);
      // Left by a synth that was killed: its process is gone.
      fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ host: os.hostname(), pid: 2147483646, started: '2026-01-01T00:00:00.000Z' }));
      for (const r of children) r.p.stdin.write(`${dir}\n`);
      out.push(await Promise.all(children.map((r) => r.next())));
      for (const r of children) r.p.stdin.write('release\n');
      await Promise.all(children.map((r) => r.next()));
    }
    return { ready, rounds: out };
  } finally {
    for (const r of children) r.p.stdin.end();
  }
}
