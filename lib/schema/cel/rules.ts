/**
 * Compiling and evaluating `x-kubernetes-validations` rules the way the API server does on
 * create: `self` is the value at the rule's schema node; rules that refer to `oldSelf` are
 * transition rules and are skipped (there is no old object on create).
 *
 * "Compiling" here means: the rule parses, every identifier is `self`, `oldSelf`, a
 * comprehension variable or a type name, and every function or method it calls exists with
 * that number of arguments. @bufbuild/cel has no type checker, so this is what stands in for
 * the API server's compile step; a rule that fails it is reported, never skipped.
 */
import { CelEnv, CelResult, celEnv, isCelError, parse, plan } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { KUBERNETES_CEL_FUNCS } from './k8s-library';

/** One entry of `x-kubernetes-validations`. */
export interface CelRule {
  readonly rule: string;
  readonly message?: string;
  readonly messageExpression?: string;
  readonly fieldPath?: string;
  readonly reason?: string;
  readonly optionalOldSelf?: boolean;
}

/** A rule after compilation. */
export interface CompiledRule {
  readonly source: CelRule;
  /** True when the rule refers to `oldSelf` (a transition rule). */
  readonly transition: boolean;
  /** Why the rule cannot be evaluated, when it cannot. */
  readonly error?: string;
  readonly program?: (bindings: { self: unknown }) => CelResult;
  readonly messageProgram?: (bindings: { self: unknown }) => CelResult;
}

/** Outcome of evaluating one rule on one value. */
export interface RuleOutcome {
  /** `pass`, `fail` (the rule returned false), or `error` (not evaluable). */
  readonly status: 'pass' | 'fail' | 'error' | 'skipped';
  /** For `fail`: the message; for `error`: why. */
  readonly message?: string;
}

const TYPE_IDENTS = new Set(['int', 'uint', 'double', 'bool', 'string', 'bytes', 'list', 'map', 'null_type', 'type', 'dyn']);

let sharedEnv: CelEnv | undefined;

/** The CEL environment: standard library, strings extension, Kubernetes libraries. */
export function kubernetesCelEnv(): CelEnv {
  sharedEnv ??= celEnv({ funcs: [...strings, ...KUBERNETES_CEL_FUNCS] });
  return sharedEnv;
}

const cache = new Map<string, CompiledRule>();

/** Compiles a rule (cached by its text and message expression). */
export function compileRule(source: CelRule): CompiledRule {
  const key = JSON.stringify([source.rule, source.messageExpression ?? '', source.optionalOldSelf ?? false]);
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compileUncached(source);
    cache.set(key, compiled);
  }
  return compiled.source === source ? compiled : { ...compiled, source };
}

function compileUncached(source: CelRule): CompiledRule {
  const env = kubernetesCelEnv();
  const checked = check(source.rule, env);
  if (checked.error) return { source, transition: checked.transition, error: checked.error };
  if (checked.transition && source.optionalOldSelf) {
    return { source, transition: true, error: 'optionalOldSelf needs CEL optional types, which the evaluator does not support' };
  }
  let messageProgram: CompiledRule['messageProgram'];
  if (source.messageExpression) {
    const m = check(source.messageExpression, env);
    if (!m.error && !m.transition) messageProgram = plan(env, parse(source.messageExpression)) as any;
  }
  return {
    source,
    transition: checked.transition,
    program: plan(env, parse(source.rule)) as any,
    messageProgram,
  };
}

/** Parses an expression and checks identifiers and function names; see the module doc. */
function check(expression: string, env: CelEnv): { error?: string; transition: boolean } {
  let root: any;
  try {
    root = parse(expression).expr;
  } catch (err) {
    return { error: `syntax error: ${(err as Error).message}`, transition: false };
  }
  const problems: string[] = [];
  let transition = false;
  const visit = (e: any, scope: ReadonlySet<string>): void => {
    if (!e || !e.exprKind) return;
    const v = e.exprKind.value;
    switch (e.exprKind.case) {
      case 'identExpr':
        if (v.name === 'oldSelf') transition = true;
        else if (v.name !== 'self' && !scope.has(v.name) && !TYPE_IDENTS.has(v.name)) problems.push(`undeclared reference to '${v.name}'`);
        return;
      case 'selectExpr':
        visit(v.operand, scope);
        return;
      case 'callExpr': {
        const fn: string = v.function;
        if (!isOperator(fn)) {
          const group = env.funcs.find(fn);
          const arity = v.args.length;
          const isMethod = v.target !== undefined;
          const ok = group !== undefined && [...group].some((f) => (f.target !== undefined) === isMethod && f.arguments.length === arity);
          if (!ok) problems.push(`undeclared ${isMethod ? 'method' : 'function'} '${fn}' with ${arity} argument(s)`);
        }
        if (v.target) visit(v.target, scope);
        v.args.forEach((a: any) => visit(a, scope));
        return;
      }
      case 'listExpr':
        v.elements.forEach((x: any) => visit(x, scope));
        return;
      case 'structExpr':
        if (v.messageName) problems.push(`message construction '${v.messageName}' is not supported`);
        v.entries.forEach((x: any) => {
          if (x.keyKind?.case === 'mapKey') visit(x.keyKind.value, scope);
          visit(x.value, scope);
        });
        return;
      case 'comprehensionExpr': {
        visit(v.iterRange, scope);
        visit(v.accuInit, scope);
        const inner = new Set([...scope, v.iterVar, v.accuVar, ...(v.iterVar2 ? [v.iterVar2] : [])]);
        visit(v.loopCondition, inner);
        visit(v.loopStep, inner);
        visit(v.result, inner);
        return;
      }
      default:
        return;
    }
  };
  visit(root, new Set());
  return problems.length > 0 ? { error: problems.join('; '), transition } : { transition };
}

/** Operators the parser produces (`_&&_`, `@in`, `!_`, `_[_]`, `@not_strictly_false`...). */
function isOperator(name: string): boolean {
  return /^[_@!-]/.test(name);
}

/** Evaluates a compiled rule with `self` bound to a CEL value. */
export function evaluateRule(compiled: CompiledRule, self: unknown): RuleOutcome {
  // A rule we cannot compile is reported even when it is a transition rule: the API server
  // would have compiled it when the CRD was installed, so the gap is ours and must show.
  if (compiled.error || !compiled.program) return { status: 'error', message: compiled.error ?? 'not compiled' };
  if (compiled.transition) return { status: 'skipped' };
  let result: CelResult;
  try {
    result = compiled.program({ self });
  } catch (err) {
    return { status: 'error', message: (err as Error).message };
  }
  if (isCelError(result)) return { status: 'error', message: result.message };
  if (result === true) return { status: 'pass' };
  if (result !== false) return { status: 'error', message: 'rule did not evaluate to a bool' };
  return { status: 'fail', message: failureMessage(compiled, self) };
}

function failureMessage(compiled: CompiledRule, self: unknown): string {
  const { source } = compiled;
  if (compiled.messageProgram) {
    try {
      const m = compiled.messageProgram({ self });
      if (typeof m === 'string' && m.trim() !== '' && !m.includes('\n')) return m;
    } catch {
      // fall back to the static message, as the API server does
    }
  }
  if (source.message) return source.message;
  return `failed rule: ${source.rule}`;
}
