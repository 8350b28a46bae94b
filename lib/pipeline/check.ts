/**
 * The schema check of a rendered tree in this thread: every Kubernetes object against the
 * upstream schema of its kind (CRDs and OpenAPI in the schema folder, CEL rules included). The
 * `synth` and `validate` commands run the same check on a second thread, with the verdicts of
 * earlier runs (see ../schema/parallel); this is the library's way to run it directly.
 */
import { RenderedTree } from '../core/manifest';
import { SchemaRegistry } from '../schema';
import { fileProblemLines } from '../schema/problems';

/**
 * Problems of the rendered tree, as `<file>: <Kind namespace/name> <field>: <problem>` lines.
 * `registry` defaults to `SchemaRegistry.load()` (the `../shared` beside a seedbed checkout); a
 * platform repository passes `SchemaRegistry.load(dir)` for its own schema folder.
 */
export function checkRenderedTree(tree: RenderedTree, registry: SchemaRegistry = SchemaRegistry.load()): string[] {
  const problems: string[] = [];
  for (const [file, f] of tree) if (f.kind === 'manifests') problems.push(...fileProblemLines(file, f.objects, registry));
  return problems;
}
