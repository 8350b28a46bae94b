/**
 * JSON Patch (RFC 6902: add, replace, remove) on rendered objects, applied by cdk8s's `JsonPatch`:
 * platform-service overrides and the escape hatch (`Shoot.addOverride`) use it.
 */
import { JsonPatch } from 'cdk8s';
import { cloneJson, isObject } from './json';
import { PatchOperation } from './types';

/** A JSON patch operation as the systems write it. */
export interface JsonPatchOp {
  readonly op: PatchOperation;
  readonly path: string;
  readonly value?: any;
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Applies JSON patch operations (add, replace, remove) to a copy of `doc`, with cdk8s's
 * `JsonPatch` (RFC 6902). Each operation is first checked against the document as the earlier ones
 * left it: a patch that does not fit the object (missing parent, missing member for
 * replace/remove, an index past the end) is a fleet error the model could not see; it throws with
 * `context` so synth stops instead of emitting a wrong object.
 */
export function applyJsonPatch<T>(doc: T, ops: readonly JsonPatchOp[], context: string): T {
  let root: any = cloneJson(doc);
  for (const op of ops) {
    checkPatchTarget(root, op, context);
    const patch = op.op === PatchOperation.ADD ? JsonPatch.add(op.path, cloneJson(op.value))
      : op.op === PatchOperation.REPLACE ? JsonPatch.replace(op.path, cloneJson(op.value)) : JsonPatch.remove(op.path);
    root = JsonPatch.apply(root, patch);
  }
  return root as T;
}

/** Throws unless `op` fits `root`: its parent exists, and so does the member it replaces or removes. */
function checkPatchTarget(root: unknown, op: JsonPatchOp, context: string): void {
  const tokens = op.path.split('/').slice(1).map(unescapePointer);
  if (tokens.length === 0) {
    if (op.op === PatchOperation.REMOVE) throw new Error(`${context}: cannot remove the whole object`);
    return;
  }
  let parent: any = root;
  for (const t of tokens.slice(0, -1)) {
    // Own members only: `constructor`, `toString` or `__proto__` are found on every object through its prototype, not in the document.
    const next = Array.isArray(parent) ? parent[arrayIndex(t, parent.length - 1, op.path, context)] : isObject(parent) && Object.hasOwn(parent, t) ? parent[t] : undefined;
    if (next === undefined || next === null || typeof next !== 'object') throw new Error(`${context}: ${op.op} ${op.path}: the path does not exist`);
    parent = next;
  }
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    if (op.op === PatchOperation.ADD) {
      if (last !== '-') arrayIndex(last, parent.length, op.path, context);
    } else {
      arrayIndex(last, parent.length - 1, op.path, context);
    }
  } else if (op.op !== PatchOperation.ADD && !Object.hasOwn(parent, last)) {
    throw new Error(`${context}: ${op.op} ${op.path}: the member does not exist`);
  }
}

function arrayIndex(token: string, max: number, path: string, context: string): number {
  if (!/^(0|[1-9][0-9]*)$/.test(token) || Number(token) > max) throw new Error(`${context}: ${path}: ${token} is not an index of the list`);
  return Number(token);
}


/** The fields that make an object's identity, which GitOps engines and `diff` key on. */
export const IDENTITY_POINTERS: readonly string[] = ['/apiVersion', '/kind', '/metadata/name', '/metadata/namespace'];

/**
 * Whether a JSON Pointer touches an object's identity: one of {@link IDENTITY_POINTERS}, a field
 * inside one, or a field holding one (`/metadata`, and `''`/`/` for the whole object) — removing
 * or replacing `/metadata` changes the name as surely as patching `/metadata/name`.
 */
export function isIdentityPointer(pointer: string): boolean {
  const p = pointer.split('/').map((t, i) => (i === 0 ? t : unescapePointer(t))).join('/');
  if (p === '' || p === '/') return true;
  return IDENTITY_POINTERS.some((x) => p === x || p.startsWith(`${x}/`) || x.startsWith(`${p}/`));
}
