/**
 * The validation problem model, after Kubernetes' `field.ErrorList` as Gardener uses it: errors,
 * which stop synth, and warnings beside them (same shape), which do not.
 *
 * Validators are pure functions that append to an {@link ErrorList}; they never throw for
 * fleet data. One aggregation step turns the errors into a {@link FleetValidationError}; the
 * warnings travel with the result.
 */
import { count } from './plural';
import { compareStrings as cmp } from './order';

/** What kind of problem a {@link FieldError} describes. */
export enum ErrorType {
  /** A value that must be set is missing. */
  REQUIRED = 'Required',
  /** A value is malformed or out of range. */
  INVALID = 'Invalid',
  /** A value is not one of the allowed values. */
  NOT_SUPPORTED = 'NotSupported',
  /** A value is well-formed but not allowed in this context. */
  FORBIDDEN = 'Forbidden',
  /** A value must be unique and is not. */
  DUPLICATE = 'Duplicate',
  /** A value is longer than allowed. */
  TOO_LONG = 'TooLong',
  /** A collection or quantity exceeds its limit. */
  TOO_MANY = 'TooMany',
}

/** One problem found in the fleet definition. */
export interface FieldError {
  /** Construct path of the object the problem belongs to, e.g. `acme/api`. */
  readonly path: string;
  /** Field path inside that object, in Gardener's spelling, e.g. `spec.provider.workers[1].maximum`. */
  readonly field: string;
  /** The kind of problem. */
  readonly type: ErrorType;
  /** The offending value, rendered as text (`undefined` for Required). */
  readonly value?: string;
  /** What is wrong, in words. */
  readonly detail: string;
  /** The allowed values, when there is a closed set. */
  readonly allowed?: string[];
}

/** What kind of concern a {@link FieldWarning} describes. */
export enum WarningType {
  /** A value that still works but is on its way out (a deprecated version, a setting to be removed). */
  DEPRECATED = 'Deprecated',
  /** A value that stops working at a known date (an expiring version). */
  EXPIRING = 'Expiring',
  /** A value that is set but has no effect where it is. */
  IGNORED = 'Ignored',
  /** A value that works but is probably not what was meant. */
  DISCOURAGED = 'Discouraged',
}

/** One concern about the fleet definition that does not stop synth. Same shape as a {@link FieldError}. */
export interface FieldWarning {
  /** Construct path of the object the warning belongs to, e.g. `acme/api`. */
  readonly path: string;
  /** Field path inside that object, in Gardener's spelling, e.g. `spec.kubernetes.version`. */
  readonly field: string;
  /** The kind of concern. */
  readonly type: WarningType;
  /** The value concerned, rendered as text. */
  readonly value?: string;
  /** What the concern is, in words. */
  readonly detail: string;
}

/** Renders a value for an error message: stable, short, never a secret. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined; // a cycle or a BigInt inside
  }
  if (json === undefined) return `(a ${typeof value === 'object' && value !== null ? value.constructor?.name ?? 'object' : typeof value})`;
  return json.length > 120 ? json.slice(0, 117) + '...' : json;
}

/**
 * Collects {@link FieldError}s (and {@link FieldWarning}s) for one construct path. A list can be
 * scoped to another path with {@link ErrorList.at}; all scopes append to the same underlying arrays.
 */
export class ErrorList {
  private readonly sink: FieldError[];
  private readonly warningSink: FieldWarning[];
  /** Construct path errors are reported against. */
  public readonly path: string;

  /**
   * Creates an empty list.
   * @param path - the construct path errors are reported against
   * @param sink - the array errors are appended to (shared by scoped views)
   * @param warningSink - the array warnings are appended to (shared by scoped views)
   */
  constructor(path = '', sink: FieldError[] = [], warningSink: FieldWarning[] = []) {
    this.path = path;
    this.sink = sink;
    this.warningSink = warningSink;
  }

  /** A view on the same list that reports against another construct path. */
  public at(path: string): ErrorList {
    return new ErrorList(path, this.sink, this.warningSink);
  }

  /** Every error recorded so far, in the order found. */
  public get errors(): readonly FieldError[] {
    return this.sink;
  }

  /** Every warning recorded so far, in the order found. */
  public get warnings(): readonly FieldWarning[] {
    return this.warningSink;
  }

  /** Records a warning against this list's construct path; it does not count as an error. */
  public warn(field: string, value: unknown, detail: string, type: WarningType = WarningType.DISCOURAGED): void {
    this.warningSink.push({ path: this.path, field, type, ...(value === undefined ? {} : { value: showValue(value) }), detail });
  }

  /** Number of errors recorded so far. */
  public get length(): number {
    return this.sink.length;
  }

  /** Records an error; its path defaults to this list's construct path. */
  public add(error: Omit<FieldError, 'path'> & { path?: string }): void {
    this.sink.push({ ...error, path: error.path ?? this.path });
  }

  /** Records that a required field is missing. */
  public required(field: string, detail = 'must be set'): void {
    this.add({ field, type: ErrorType.REQUIRED, detail });
  }

  /** Records that a field's value is malformed. */
  public invalid(field: string, value: unknown, detail: string): void {
    this.add({ field, type: ErrorType.INVALID, value: showValue(value), detail });
  }

  /** Records a value outside the allowed set, naming the allowed values. */
  public notSupported(field: string, value: unknown, allowed: readonly string[], detail = 'not supported'): void {
    this.add({ field, type: ErrorType.NOT_SUPPORTED, value: showValue(value), detail, allowed: [...allowed] });
  }

  /** Records a value that is well-formed but not allowed here. */
  public forbidden(field: string, value: unknown, detail: string): void {
    this.add({ field, type: ErrorType.FORBIDDEN, value: showValue(value), detail });
  }

  /** Records a value that must be unique but is not. */
  public duplicate(field: string, value: unknown, detail = 'must be unique'): void {
    this.add({ field, type: ErrorType.DUPLICATE, value: showValue(value), detail });
  }

  /** Records a string longer than `max` characters. */
  public tooLong(field: string, value: unknown, max: number): void {
    this.add({ field, type: ErrorType.TOO_LONG, value: showValue(value), detail: `must be no more than ${max} characters` });
  }

  /** Records a list or count beyond its limit. */
  public tooMany(field: string, value: unknown, detail: string): void {
    this.add({ field, type: ErrorType.TOO_MANY, value: showValue(value), detail });
  }
}

/** Formats one error as `<construct path> <field>: <what is wrong> (got <value>; allowed: …)`. */
export function formatFieldError(e: FieldError): string {
  return formatProblem(e, e.allowed);
}

/** `<path> <field>: <type>: <detail> (got <value>; allowed: …)`, the one format of errors and warnings. */
function formatProblem(p: FieldError | FieldWarning, allowed?: readonly string[]): string {
  const facts: string[] = [];
  if (p.value !== undefined) facts.push(`got ${p.value}`);
  if (allowed) facts.push(`allowed: ${allowed.length ? allowed.join(', ') : 'none'}`);
  const where = p.path ? `${p.path} ${p.field}` : p.field;
  return `${where}: ${p.type}: ${p.detail}${facts.length ? ` (${facts.join('; ')})` : ''}`;
}

/** Sorted by path, then field, then type, then message, so reports are stable. */
function sortByPlace<T extends FieldError | FieldWarning>(list: readonly T[], format: (p: T) => string): T[] {
  return [...list].sort((a, b) => cmp(a.path, b.path) || cmp(a.field, b.field) || cmp(a.type, b.type) || cmp(format(a), format(b)));
}

/** Formats one warning as `<construct path> <field>: <type>: <what is the concern> (got <value>)`. */
export function formatFieldWarning(w: FieldWarning): string {
  return formatProblem(w);
}

/** Sorts warnings by path, then field, then message, so reports are stable. */
export function sortWarnings(warnings: readonly FieldWarning[]): FieldWarning[] {
  return sortByPlace(warnings, formatFieldWarning);
}

/** Sorts errors by path, then field, then message, so reports are stable. */
export function sortErrors(errors: readonly FieldError[]): FieldError[] {
  return sortByPlace(errors, formatFieldError);
}

/**
 * Thrown by synthesis when the fleet definition has problems; carries all of them.
 * Nothing has been written when this is thrown.
 */
export class FleetValidationError extends Error {
  /** Every problem found, sorted by construct path and field. */
  public readonly problems: FieldError[];

  /**
   * Creates the error; its message lists every problem.
   * @param problems - every problem found; they are sorted for the message
   */
  constructor(problems: readonly FieldError[]) {
    const sorted = sortErrors(problems);
    super(`the fleet definition has ${count(sorted.length, 'problem')}:\n` +
      sorted.map((p) => `  - ${formatFieldError(p)}`).join('\n'));
    this.name = 'FleetValidationError';
    this.problems = sorted;
  }
}
