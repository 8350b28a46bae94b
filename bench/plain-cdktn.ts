/**
 * The plain CDK Terrain (cdktn) way, for comparison only: one cdktn App with a stack per shoot, each
 * holding the provider bindings' own constructs (providers, resources, data sources, locals,
 * variables, outputs, the state backend) as a cdktn user builds them, synthesized with
 * App.synth(). The stack definitions (what goes into each stack) are made beforehand, outside any
 * timing; the App writes each stack's cdk.tf.json with the content seedbed renders for it.
 */
import { ResolvedFleet } from '../lib/resolve/model';
import { defineShootStack } from '../lib/render/terraform';
import { App, ShootStackDefinition } from '../lib/render/terraform/engine';

/** The stack definitions of every shoot with a Terraform stack (made outside the timed part). */
export function plainCdktnDefinitions(fleet: ResolvedFleet): ShootStackDefinition[] {
  const seeds = new Map(fleet.seeds.map((seed) => [seed.name, seed]));
  return fleet.shoots.map((shoot) => defineShootStack(fleet, seeds.get(shoot.seed)!, shoot).stack);
}

/** The cdktn App holding a stack per definition: what App.synth() then writes into `outdir`. */
export function buildPlainCdktnApp(definitions: readonly ShootStackDefinition[], outdir: string): App {
  const app = new App({ outdir });
  for (const definition of definitions) definition.toStack(app);
  return app;
}
