/**
 * External tools some tests need. A missing tool fails the test loudly; it is never skipped.
 */
import { execFile, execFileSync, spawnSync } from 'child_process';
import * as os from 'os';

export function requireTool(name: string): string {
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = which.stdout.trim();
  if (which.status !== 0 || !found) {
    throw new Error(`'${name}' is required by this test but is not on PATH. Install it (CI machines have it at /usr/local/bin/${name}).`);
  }
  return found;
}

/** `kubectl kustomize <dir>`; returns the built YAML or throws with kubectl's own error. */
export function kustomize(dir: string): string {
  const kubectl = requireTool('kubectl');
  try {
    return execFileSync(kubectl, ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e: any) {
    throw new Error(`kubectl kustomize ${dir} failed: ${e.stderr || e.message}`);
  }
}

/**
 * `kubectl kustomize` of every folder, several at a time (one per core: the test waits on
 * kubectl, so the test's own core is free): each folder's built YAML, or the error
 * {@link kustomize} would throw for it, by folder.
 */
export async function kustomizeAll(dirs: readonly string[], concurrency = Math.max(2, os.cpus().length)): Promise<Map<string, string | Error>> {
  const kubectl = requireTool('kubectl');
  const results = new Map<string, string | Error>();
  const todo = [...new Set(dirs)];
  const one = (dir: string) => new Promise<void>((resolve) => {
    execFile(kubectl, ['kustomize', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      results.set(dir, error ? new Error(`kubectl kustomize ${dir} failed: ${stderr || error.message}`) : stdout);
      resolve();
    });
  });
  const lane = async () => {
    for (let dir = todo.shift(); dir !== undefined; dir = todo.shift()) await one(dir);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, lane));
  return results;
}
