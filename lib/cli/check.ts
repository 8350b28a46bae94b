/**
 * The checks `synth` and `validate` run on the rendered tree before anything is written:
 * every Kubernetes object against the upstream schema of its kind (CRDs and OpenAPI in the
 * schema folder, CEL rules included).
 */
import { ResolvedFleet } from '../garden/model';
import { RenderedTree } from '../render/manifest';
import { SchemaRegistry } from '../schema';
import { fileProblemLines } from '../schema/problems';

/**
 * Problems of the rendered tree, as `<file>: <Kind namespace/name> <field>: <problem>` lines.
 * `registry` defaults to `SchemaRegistry.load()` (the `../shared` beside a seedbed checkout); a
 * platform repository passes `SchemaRegistry.load(dir)` for its own schema folder.
 */
export function checkRenderedTree(tree: RenderedTree, _fleet: ResolvedFleet, registry: SchemaRegistry = SchemaRegistry.load()): string[] {
  const problems: string[] = [];
  for (const [file, f] of tree) if (f.kind === 'manifests') problems.push(...fileProblemLines(file, f.objects, registry));
  return problems;
}
