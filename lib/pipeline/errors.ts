/**
 * The errors the pipeline raises besides the fleet's own problems (`FleetValidationError`):
 * a fleet file that does not type-check, a rendered output that fails its checks, and a mistake in how the pipeline was called. They
 * live apart from the steps so that the command line can tell them apart without loading the
 * renderers or the schema check.
 */
import { count } from '../core/plural';

/** Raised when the rendered output fails its checks; the output folder is as it was. */
export class OutputCheckError extends Error {
  /**
   * The error for the problems found; its message lists them all.
   * @param problems - every problem found, as `<file>: <Kind namespace/name> <field>: <problem>` lines
   */
  constructor(
    /** Every problem found, as `<file>: <Kind namespace/name> <field>: <problem>` lines, in file order. */
    public readonly problems: string[],
  ) {
    super(`the rendered output has ${count(problems.length, 'problem')}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'OutputCheckError';
  }
}

/** Raised when a fleet file does not type-check; the fleet has not run. */
export class FleetTypeError extends Error {
  /**
   * The error for the compiler's diagnostics.
   * @param diagnostics - every error, as `<file>:<line>:<column> - error TS<code>: <message>`
   */
  constructor(public readonly diagnostics: string[]) {
    super(`the fleet definition does not type-check (${count(diagnostics.length, 'error')}):\n${diagnostics.map((d) => `  - ${d}`).join('\n')}`);
    this.name = 'FleetTypeError';
  }
}

/** A mistake in how the command was called. */
export class UsageError extends Error {
  /**
   * Creates the error.
   * @param message - what was wrong, shown to the user as is
   */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
