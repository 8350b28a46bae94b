/**
 * Infrastructure of a shoot: its Terraform stack (OpenStack or vSphere, one per shoot, state kept
 * per shoot) and the objects of the infrastructure stage that apply it with tofu-controller.
 *
 * Secrets never enter the stack: provider and state-backend credentials reach the runner pod as
 * environment variables from Secrets in the shoot namespace, and the join inputs of static
 * machines arrive as sensitive variables from the join Secret at apply time.
 */
import { ProviderType } from '../../core/types';
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../resolve/model';
import { Manifest } from '../../core/manifest';
import { ShootStack, ShootStackDefinition } from './engine';
import { TERRAFORM_HEALTH_CHECK, renderInfrastructureObjects } from './gitops';
import { buildOpenStackStack } from './openstack';
import { buildVSphereStack } from './vsphere';
import { markFleetData } from './literals';

export { joinSecretName, outputsSecretName, staticPools } from './common';
export { renderJoinProducer, renderJoinTokenRequest } from './join';
export { TERRAFORM_OBJECT_NAME } from './gitops';

/** What the infrastructure of one shoot renders to. */
export interface InfrastructureRender {
  /** Terraform JSON of the shoot's stack; undefined when the shoot needs none. */
  readonly stack?: unknown;
  /** Objects of the infrastructure stage (the tofu-controller Terraform object). */
  readonly objects: Manifest[];
  /** Health expressions for the infrastructure stage. */
  readonly healthCheckExprs?: Array<{ apiVersion: string; kind: string; current: string; failed?: string }>;
}

/** Defines the Terraform stack of a shoot (before rendering it to JSON), with the names of its outputs. */
export function defineShootStack(rawFleet: ResolvedFleet, rawSeed: ResolvedSeed, rawShoot: ResolvedShoot): { stack: ShootStackDefinition; outputs: string[] } {
  // Fleet data enters the stack here, and only here, with its strings marked as literals
  // (lib/render/terraform/literals.ts): nothing a user wrote is ever evaluated by Terraform.
  const fleet = fleetSettings(rawFleet);
  const seed = markedSeed(rawSeed);
  const shoot = markFleetData(rawShoot);
  switch (shoot.provider) {
    case ProviderType.OPENSTACK:
      return buildOpenStackStack(fleet, seed, shoot);
    case ProviderType.VSPHERE:
      return buildVSphereStack(fleet, seed, shoot);
    default:
      throw new Error(`${shoot.path}: no infrastructure renderer for provider ${shoot.provider}`);
  }
}

const markedSeeds = new WeakMap<ResolvedSeed, ResolvedSeed>();

/**
 * A seed as the stack renderers see it: marked as literals once per seed rather than once per
 * shoot (a seed of 100 shoots was copied 100 times). The copy is shared by the stacks of the
 * seed's shoots, so it is frozen: a renderer that wrote into it would fail at once instead of
 * changing another shoot's stack. Resolved data does not change once resolved; the copy is keyed
 * by the seed object itself, so two seeds (of two fleets, even of the same name) never share one.
 */
function markedSeed(seed: ResolvedSeed): ResolvedSeed {
  let marked = markedSeeds.get(seed);
  if (!marked) {
    marked = deepFreeze(markFleetData(seed), new Set());
    markedSeeds.set(seed, marked);
  }
  return marked;
}

/** Freezes plain objects and arrays, recursively (what {@link markFleetData} copies); returns `value`. */
function deepFreeze<T>(value: T, seen: Set<object>): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  seen.add(value);
  for (const key of Object.keys(value)) deepFreeze((value as { [key: string]: unknown })[key], seen);
  return Object.freeze(value);
}

/**
 * The fleet as the stack renderers see it: its name and settings, marked as literals. The
 * collections (seeds, shoots, CloudProfiles, projects) are not copied for every stack: a renderer
 * gets its seed and shoot as arguments, and reading them through the fleet fails loudly.
 */
function fleetSettings(fleet: ResolvedFleet): ResolvedFleet {
  const { name, repository, gitOpsEngine, terraform, sopsSecrets } = fleet;
  const view = markFleetData({ name, repository, gitOpsEngine, terraform, sopsSecrets });
  for (const key of ['cloudProfiles', 'projects', 'seeds', 'shoots', 'multiCluster']) {
    Object.defineProperty(view, key, {
      enumerable: false,
      get: () => {
        throw new Error(`the Terraform renderers read fleet.${key} unmarked: take it as an argument of defineShootStack instead`);
      },
    });
  }
  return view as unknown as ResolvedFleet;
}

/**
 * Builds the stack of a shoot as cdktn constructs, for escape hatches (rendering it gives the JSON
 * {@link renderInfrastructure} gives).
 */
export function buildShootStack(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): { stack: ShootStack; outputs: string[] } {
  const { stack, outputs } = defineShootStack(fleet, seed, shoot);
  return { stack: stack.toStack(), outputs };
}

/** Renders the infrastructure of one shoot. */
export function renderInfrastructure(fleet: ResolvedFleet, seed: ResolvedSeed, shoot: ResolvedShoot): InfrastructureRender {
  const { stack, outputs } = defineShootStack(fleet, seed, shoot);
  return {
    stack: stack.toTerraformJson(),
    objects: renderInfrastructureObjects(fleet, seed, shoot, outputs),
    healthCheckExprs: [{ ...TERRAFORM_HEALTH_CHECK }],
  };
}
