/**
 * The worker thread of {@link SchemaCheckSession} (see ./parallel): validates the files a synth
 * streams to it against a {@link SchemaRegistry} and answers with the problems once the synth
 * says the last file was sent. Runs only inside a worker; the registry (and the validators it
 * compiled) stays loaded for the next synth of the same process.
 *
 * Messages in (from the synth's thread):
 *   { type: 'begin', dir, port, flag }   a new synth: answer on `port`, then set `flag[0]`; count
 *                                        progress in `flag[1]` after loading and after each file
 *   { type: 'files', indexes, json }     manifests files (their indexes in the synth), as the JSON
 *                                        text of an array holding each file's objects
 *   { type: 'end' }                      every file was sent: answer with the problems
 *   { type: 'cancel' }                   the synth failed before the end: forget it
 * Answer: { problems: [fileIndex, objectIndex, field, message][], error?: string }.
 */
import { parentPort } from 'worker_threads';
import type { MessagePort } from 'worker_threads';
import type { SchemaRegistry } from './registry';

type Problem = [number, number, string, string];

interface Session {
  readonly port: MessagePort;
  readonly flag: Int32Array;
  readonly problems: Problem[];
  registry?: SchemaRegistry;
  error?: string;
}

let session: Session | undefined;

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/**
 * Tells the waiting synth that the check is alive (see STALL_LIMIT_MS in ./parallel). Not a
 * wake-up: the synth looks at the count each time its wait times out; only the answer wakes it.
 */
function progress(s: Session): void {
  Atomics.add(s.flag, 1, 1);
}

function answer(s: Session): void {
  s.port.postMessage({ problems: s.problems, error: s.error });
  s.port.close();
  Atomics.store(s.flag, 0, 1);
  Atomics.notify(s.flag, 0);
}

function onMessage(m: any): void {
  switch (m.type) {
    case 'begin': {
      const s: Session = { port: m.port, flag: new Int32Array(m.flag), problems: [] };
      session = s;
      try {
        // Loaded here rather than imported, so that a failure to load reaches the synth as an answer.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { SchemaRegistry: Registry } = require('./registry') as typeof import('./registry');
        s.registry = Registry.load(m.dir);
      } catch (err) {
        s.error = describe(err);
      }
      progress(s);
      break;
    }
    case 'files': {
      const s = session;
      if (!s || s.error !== undefined || !s.registry) break;
      try {
        const files: unknown[][] = JSON.parse(m.json);
        for (let f = 0; f < files.length; f++) {
          const objects = files[f];
          // The file's schema set: the component versions of its seed (lib/core/stack.ts).
          const set: string = m.sets?.[f] ?? '';
          const registry = set === '' ? s.registry : s.registry.forSet(set);
          // Parsed from JSON text: already the JSON view of the objects.
          for (let i = 0; i < objects.length; i++) {
            for (const p of registry.validate(objects[i], { parsedJson: true })) s.problems.push([m.indexes[f], i, p.field, p.message]);
          }
          progress(s);
        }
      } catch (err) {
        s.error = describe(err);
        progress(s);
      }
      break;
    }
    case 'end':
      if (session) answer(session);
      session = undefined;
      break;
    case 'cancel':
      session = undefined;
      break;
  }
}

if (parentPort) {
  parentPort.on('message', onMessage);
  process.on('uncaughtException', (err) => {
    const s = session;
    session = undefined;
    if (s) {
      s.error = describe(err);
      answer(s);
    }
  });
}
