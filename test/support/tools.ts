/**
 * External tools some tests need. A missing tool fails the test loudly; it is never skipped.
 */
import { execFileSync, spawnSync } from 'child_process';

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
