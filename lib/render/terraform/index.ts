/**
 * Infrastructure of a shoot: its Terraform stack and the objects of the infrastructure stage.
 * (Filled in by the OpenStack and vSphere stack renderers.)
 */
import { ResolvedFleet, ResolvedSeed, ResolvedShoot } from '../../garden/model';
import { Manifest } from '../manifest';

/** What the infrastructure of one shoot renders to. */
export interface InfrastructureRender {
  /** Terraform JSON of the shoot's stack; undefined when the shoot needs none. */
  readonly stack?: unknown;
  /** Objects of the infrastructure stage (the tofu-controller Terraform object). */
  readonly objects: Manifest[];
  /** Health expressions for the infrastructure stage. */
  readonly healthCheckExprs?: Array<{ apiVersion: string; kind: string; current: string; failed?: string }>;
}

export function renderInfrastructure(_fleet: ResolvedFleet, _seed: ResolvedSeed, _shoot: ResolvedShoot): InfrastructureRender {
  return { objects: [] };
}
