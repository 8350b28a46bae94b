/**
 * The plain cdktf way, for comparison only: one cdktf App with a stack per shoot, each holding
 * the provider bindings' own constructs (providers, resources, data sources, locals, variables,
 * outputs, the state backend) as a cdktf user builds them, synthesized with App.synth(). The
 * stack definitions (what goes into each stack) are made beforehand, outside any timing; the App
 * writes each stack's cdk.tf.json with the content seedbed renders for it without cdktf.
 */
import { ResolvedFleet } from '../lib/resolve/model';
import { defineShootStack } from '../lib/render/terraform';
import { App, ShootStackDefinition } from '../lib/render/terraform/engine';

/** The stack definitions of every shoot with a Terraform stack (made outside the timed part). */
export function plainCdktfDefinitions(fleet: ResolvedFleet): ShootStackDefinition[] {
  const seeds = new Map(fleet.seeds.map((seed) => [seed.name, seed]));
  return fleet.shoots.map((shoot) => defineShootStack(fleet, seeds.get(shoot.seed)!, shoot).stack);
}

/** The cdktf App holding a stack per definition: what App.synth() then writes into `outdir`. */
export function buildPlainCdktfApp(definitions: readonly ShootStackDefinition[], outdir: string): App {
  const app = new App({ outdir });
  for (const definition of definitions) definition.toCdktfStack(app);
  return app;
}
