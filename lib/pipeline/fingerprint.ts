/**
 * A fingerprint of a fleet definition as constructed: everything the resolver can read of it,
 * before it is resolved. An incremental synth compares it with the one of the last synth to
 * tell, without resolving or rendering anything, that the fleet is the same (see
 * pipeline/incremental, "whole-run short cut").
 *
 * What it covers, for each construct of the garden's tree in tree order: its id, its class, and
 * every property of its own (the props as given, lists such as a shoot's overrides, the markers),
 * walked in full. Construct references (a shoot's seed or CloudProfile) are written as their
 * construct path. It stops at — returns undefined for, so that the synth renders as usual —
 * anything whose meaning it cannot capture as data:
 *
 * - a construct of a class other than seedbed's own model classes (a subclass may override what
 *   the resolver reads, in code the fingerprint does not cover);
 * - a value that is not JSON-like data: a function, a Map or Set, a Date, an instance of a class
 *   other than seedbed's value classes (IntOrPercent, ServiceSource), a property with a getter,
 *   a reference to a construct outside the garden;
 * - a cycle through plain data.
 *
 * Object keys are kept in their own order (the resolver may iterate them), so the fingerprint
 * can only be more particular than the data. Numbers are written exactly (`Object.is` apart:
 * -0 and 0 differ), strings JSON-escaped, and every value carries its type.
 */
import { Construct, IConstruct } from 'constructs';
import * as crypto from 'crypto';
import { CloudProfile } from '../model/cloud-profile';
import { CredentialsBinding } from '../model/credentials-binding';
import { Garden } from '../model/garden';
import { BurstPartners, PlatformService, ServiceSource } from '../model/platform-service';
import { Project } from '../model/project';
import { DataStore, Seed } from '../model/seed';
import { Shoot } from '../model/shoot';
import { IntOrPercent, WorkerPool } from '../model/worker-pool';

/** The construct classes whose instances the fingerprint covers: seedbed's model, exactly. */
const MODEL_CLASSES: ReadonlySet<object> = new Set<object>([
  Garden.prototype, CloudProfile.prototype, CredentialsBinding.prototype, PlatformService.prototype, BurstPartners.prototype,
  Project.prototype, Seed.prototype, DataStore.prototype, Shoot.prototype, WorkerPool.prototype,
]);

/** Value classes of seedbed that props may hold: covered by their own fields. */
const VALUE_CLASSES: ReadonlyMap<object, string> = new Map<object, string>([
  [IntOrPercent.prototype, 'IntOrPercent'], [ServiceSource.prototype, 'ServiceSource'],
]);

/** Thrown inside the walk when a value cannot be fingerprinted. */
class Unsupported extends Error {}

/**
 * The fingerprint (SHA-256, hex) of `garden`'s construct tree, or undefined when it holds
 * something the fingerprint cannot capture (see the module's comment).
 */
export function modelFingerprint(garden: Garden): string | undefined {
  const inTree = new Set<IConstruct>();
  const all: IConstruct[] = [];
  const collect = (c: IConstruct) => {
    inTree.add(c);
    all.push(c);
    for (const child of c.node.children) collect(child);
  };
  collect(garden);
  const hash = crypto.createHash('sha256');
  // The text of one construct at a time (V8 joins the pieces cheaply), hashed construct by construct.
  let text = '';
  const onPath = new Set<object>();
  const value = (v: unknown): void => {
    switch (typeof v) {
      case 'string':
        text += `s${v.length}:${v}`;
        return;
      case 'number':
        text += (Object.is(v, -0) ? 'n-0;' : `n${v};`);
        return;
      case 'boolean':
        text += (v ? 'T' : 'F');
        return;
      case 'undefined':
        text += ('U');
        return;
      case 'bigint':
        text += (`b${v};`);
        return;
      case 'object':
        break;
      default:
        throw new Unsupported();
    }
    if (v === null) {
      text += ('N');
      return;
    }
    if (Construct.isConstruct(v)) {
      if (!inTree.has(v)) throw new Unsupported();
      text += (`@${JSON.stringify(v.node.path)}`);
      return;
    }
    if (onPath.has(v)) throw new Unsupported();
    onPath.add(v);
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype) throw new Unsupported();
      text += (`[${v.length};`);
      // Holes and extra properties are seen through the property list below.
      fields(v, true);
      text += (']');
    } else {
      const proto = Object.getPrototypeOf(v);
      const valueClass = VALUE_CLASSES.get(proto);
      if (proto !== Object.prototype && proto !== null && valueClass === undefined) throw new Unsupported();
      text += (`{${valueClass ?? ''};`);
      fields(v, false);
      text += ('}');
    }
    onPath.delete(v);
  };
  /** Every own property (string and symbol keys, enumerable or not), in their own order. */
  const fields = (o: object, array: boolean, skip?: string): void => {
    const names = Object.getOwnPropertyNames(o);
    for (let i = 0; i < names.length; i++) {
      const key = names[i];
      if (key === skip || (array && key === 'length')) continue;
      const d = Object.getOwnPropertyDescriptor(o, key)!;
      if (d.get !== undefined || d.set !== undefined) throw new Unsupported();
      text += `k${key.length}${d.enumerable ? ':' : '!'}${key}`;
      value(d.value);
    }
    const symbols = Object.getOwnPropertySymbols(o);
    for (let i = 0; i < symbols.length; i++) {
      const key = symbols[i];
      const d = Object.getOwnPropertyDescriptor(o, key)!;
      if (d.get !== undefined || d.set !== undefined) throw new Unsupported();
      text += `y${JSON.stringify(key.description ?? '')}${Symbol.keyFor(key) === undefined ? '?' : ''}${d.enumerable ? ':' : '!'}`;
      value(d.value);
    }
  };
  try {
    text += ('seedbed-model-1\n');
    for (const c of all) {
      const proto = Object.getPrototypeOf(c);
      if (!MODEL_CLASSES.has(proto)) throw new Unsupported();
      text += (`\n${JSON.stringify(c.node.path)} ${proto.constructor.name} ${c.node.children.length}\n`);
      onPath.add(c);
      fields(c, false, 'node');
      onPath.delete(c);
      // UTF-16 code units as they are: a lone surrogate must not hash like U+FFFD (as UTF-8 would).
      hash.update(text, 'utf16le');
      text = '';
    }
    return hash.digest('hex');
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
