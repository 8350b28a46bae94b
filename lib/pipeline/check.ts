/**
 * The schema check of a rendered tree in this thread: every Kubernetes object against the
 * upstream schema of its kind (CRDs and OpenAPI in the schema folder, CEL rules included). The
 * `synth` and `validate` commands run the same check on a second thread, with the verdicts of
 * earlier runs (see ../schema/parallel); this is the library's way to run it directly.
 */
import { RenderedTree } from '../core/manifest';
import { SchemaRegistry } from '../schema';
import { fileProblemLines } from '../schema/problems';
import type { ResolvedFleet } from '../resolve/model';
import { schemaSetOfFile } from './steps';

/**
 * Problems of the rendered tree, as `<file>: <Kind namespace/name> <field>: <problem>` lines.
 * `registry` defaults to `SchemaRegistry.load()` (the `../shared` beside a seedbed checkout); a
 * platform repository passes `SchemaRegistry.load(dir)` for its own schema folder.
 */
export function checkRenderedTree(tree: RenderedTree, registry: SchemaRegistry = SchemaRegistry.load(), fleet?: ResolvedFleet): string[] {
  const problems: string[] = [];
  // With the fleet, each seed's files are checked against its stack's schema set (lib/core/stack.ts).
  const sets = new Map((fleet?.seeds ?? []).map((s) => [s.name, s.stack.schemaSet]));
  for (const [file, f] of tree) {
    if (f.kind !== 'manifests') continue;
    const set = schemaSetOfFile(file, sets);
    problems.push(...fileProblemLines(file, f.objects, set === '' ? registry : registry.forSet(set)));
  }
  return problems;
}
