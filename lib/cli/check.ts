/**
 * The checks `synth` and `validate` run on the rendered tree before anything is written.
 */
import { ResolvedFleet } from '../garden/model';
import { RenderedTree } from '../render/manifest';

/** Problems of the rendered tree, as `<file>: <problem>` lines. */
export function checkRenderedTree(_tree: RenderedTree, _fleet: ResolvedFleet): string[] {
  return [];
}
