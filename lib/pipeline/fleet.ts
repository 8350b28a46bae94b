/**
 * The pipeline as the public API offers it: static methods (jsii has no free functions).
 */
import { Garden } from '../model/garden';
import { synth, SynthOptions, SynthResult } from './synth';
import { validate, ValidateOptions, ValidateResult } from './validate';

/** Renders and checks a fleet: what `seedbed synth` and `seedbed validate` run. */
export class Fleet {
  /**
   * Validates the fleet rooted at `garden`, renders it, checks every object against its upstream
   * schema and writes the output folder atomically (only files whose bytes changed).
   * Throws `FleetValidationError` (every problem, with path and field) or `OutputCheckError`.
   */
  public static synth(garden: Garden, options: SynthOptions): SynthResult {
    return synth(garden, options);
  }

  /** The same steps as {@link Fleet.synth} without writing the output (a dry run); problems are returned. */
  public static validate(garden: Garden, options: ValidateOptions): ValidateResult {
    return validate(garden, options);
  }

  private constructor() {}
}
