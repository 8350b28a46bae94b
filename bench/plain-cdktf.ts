/**
 * The plain cdktf way, for comparison only: one cdktf App with a TerraformStack per shoot,
 * holding the same resources and data sources seedbed renders (rebuilt generically from the
 * rendered JSON), synthesized with App.synth().
 */
import { App, TerraformDataSource, TerraformResource, TerraformStack } from 'cdktf';
import { RenderedTree } from '../lib/render/manifest';

/** The cdktf App of the stacks in `tree` (a tree seedbed rendered beforehand, outside any timing). */
export function buildPlainCdktfApp(tree: RenderedTree, outdir: string): App {
  const app = new App({ outdir, skipValidation: true });
  for (const [p, f] of tree) {
    if (f.kind !== 'json' || !p.endsWith('cdk.tf.json')) continue;
    const doc = f.value as any;
    const stack = new TerraformStack(app, p.split('/').slice(1, 3).join('--'));
    for (const [type, byName] of Object.entries<any>(doc.resource ?? {})) {
      for (const [name, body] of Object.entries<any>(byName)) {
        const r = new TerraformResource(stack, `${type}.${name}`, { terraformResourceType: type });
        for (const [k, v] of Object.entries(body)) r.addOverride(k, v);
      }
    }
    for (const [type, byName] of Object.entries<any>(doc.data ?? {})) {
      for (const [name, body] of Object.entries<any>(byName)) {
        const d = new TerraformDataSource(stack, `data.${type}.${name}`, { terraformResourceType: type });
        for (const [k, v] of Object.entries(body)) d.addOverride(k, v);
      }
    }
  }
  return app;
}
