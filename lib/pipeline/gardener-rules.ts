/**
 * The Gardener rules seedbed mirrors (lib/validate/gardener.ts), run once more over the rendered
 * `garden/` objects themselves (lib/validate/gardener-objects.ts): whatever renders them, a Seed,
 * Gardenlet, ManagedSeed or Shoot that gardener-apiserver would refuse fails synth before anything is
 * written. The hub folders of the multi-cluster systems hold no Gardener objects and are skipped.
 */
import { RenderedTree } from '../core/manifest';
import { formatFieldError } from '../core/problems';
import { GARDEN_DIR } from '../layout/paths';
import { checkGardenerObjects } from '../validate/gardener-objects';

/** Problems of the rendered Gardener objects, as `<file-set> Gardener rule: <Kind ns/name> <field>: <what>`. */
export function checkGardenerRules(tree: RenderedTree): string[] {
  const objects = [...tree].filter(([file, f]) => file.startsWith(`${GARDEN_DIR}/`) && !file.startsWith(`${GARDEN_DIR}/multicluster/`) && f.kind === 'manifests')
    .flatMap(([, f]) => (f.kind === 'manifests' ? f.objects : []));
  return checkGardenerObjects(objects).map((e) => `${GARDEN_DIR}/: Gardener rule: ${formatFieldError(e)}`);
}
