/**
 * The check of a construct id at the API boundary: JavaScript callers (and jsii languages) can
 * pass a number, `undefined` or `null` where the id belongs, which `constructs` would answer with
 * an internal `TypeError` (`id.replace is not a function`) or "Only root constructs may have an
 * empty ID", neither naming where in the fleet it happened. Internal: not exported from the package.
 */
import { Construct } from 'constructs';
import { ErrorType, FleetValidationError, showValue } from '../core/problems';

/**
 * Throws a {@link FleetValidationError} (one field error against the parent's construct path)
 * unless `id` is a non-empty string. A misuse of the API, so it throws at once; the CLI reports it
 * like every fleet error, without a stack trace.
 */
export function checkConstructId(scope: Construct, id: unknown, kind: string): void {
  if (typeof id === 'string' && id !== '') return;
  let parent = '';
  try {
    parent = scope?.node?.path ?? '';
  } catch {
    parent = '';
  }
  throw new FleetValidationError([{
    path: parent === '' ? '(root)' : parent,
    field: 'id',
    type: ErrorType.INVALID,
    value: showValue(id),
    detail: `the id of a new ${kind} must be a non-empty string (it names the ${kind} and its construct path)`,
  }]);
}
