/**
 * The last line of defence for "no secret in the output": every rendered file — manifests,
 * Terraform stacks and the JSON files — is scanned with the rules of lib/core/secrets.ts before
 * anything is written (Secrets with data at any depth, literal values under secret-looking keys,
 * URLs with credentials). The input checks (lib/validate/urls.ts, secret-values.ts) report with
 * the construct path and field; this scan catches whatever reaches the output another way
 * (a renderer, an override), naming the file, the object and the field.
 */
import { RenderedTree, objectId } from '../core/manifest';
import { findSecretValues } from '../core/secrets';

/**
 * Keys that look like secrets but hold, in seedbed's own output, something that is not one:
 * Terraform's sensitive input variables are declared (`variable.join_token`) with a description,
 * never a value.
 */
function allowed(file: string, path: string): boolean {
  return file.endsWith('.tf.json') && /^variable\.[A-Za-z0-9_-]+\.(description|default)$/.test(path);
}

/** Every secret value in a rendered tree, as `<file> <object> <field>: <what>` lines (empty when none). */
export function checkNoSecretValues(tree: RenderedTree): string[] {
  const out: string[] = [];
  for (const [file, f] of tree) {
    if (f.kind === 'manifests') {
      for (const o of f.objects) {
        for (const s of findSecretValues(o)) out.push(`${file} ${objectId(o)} ${s.path}: ${s.detail}`);
      }
    } else if (f.kind === 'json') {
      for (const s of findSecretValues(f.value)) if (!allowed(file, s.path)) out.push(`${file} ${s.path}: ${s.detail}`);
    }
  }
  return out;
}
