import { Construct } from 'constructs';
import { checkConstructId } from './ids';
import { projectNamespace } from '../core/names';
import { Shoot, ShootProps } from './shoot';
import { CredentialsBinding, CredentialsBindingProps } from './credentials-binding';
import { hasMarker, mark, markerOf } from './marker';
import type { IProject, ProjectProps } from './project-types';

const PROJECT_MARKER = markerOf('Project');

export type { IProject, ProjectProps } from './project-types';

/**
 * A tenant. Owns shoots; maps to the garden namespace `garden-<name>` (the project `garden` to `garden`).
 * Shoots are added with {@link Project.addShoot} (or created in its scope: `new Shoot(project, 'api', { ... })`).
 */
export class Project extends Construct implements IProject {
  /** Returns true when `x` is a Project (also one made by another copy of seedbed). */
  public static isProject(x: unknown): x is Project {
    return hasMarker(x, PROJECT_MARKER);
  }

  /** Name of the project. */
  public readonly name: string;
  /** Namespace of the project in the garden (`garden-<name>`; `garden` for the project named `garden`). */
  public readonly namespace: string;
  /** The properties as given. */
  public readonly props: ProjectProps;

  /** Adds a project to the garden; `id` is its name. */
  constructor(scope: Construct, id: string, props: ProjectProps = {}) {
    checkConstructId(scope, id, 'Project');
    super(scope, id);
    mark(this, PROJECT_MARKER);
    this.props = props;
    this.name = props?.name ?? id;
    this.namespace = projectNamespace(this.name);
  }

  /** Adds a shoot to the project; `id` is its name unless `props.name` is set. */
  public addShoot(id: string, props: ShootProps): Shoot {
    return new Shoot(this, id, props);
  }

  /**
   * Adds a binding to a named credential of one provider (never a value); `id` is its name unless
   * `props.name` is set. Shoots of the project use it with `credentials: binding`.
   */
  public addCredentialsBinding(id: string, props: CredentialsBindingProps): CredentialsBinding {
    return new CredentialsBinding(this, id, props);
  }

  /** Credentials bindings of the project in the order added. */
  public get credentialsBindings(): CredentialsBinding[] {
    return this.node.children.filter(CredentialsBinding.isCredentialsBinding);
  }

  /** Shoots of the project in the order added. */
  public get shoots(): Shoot[] {
    return this.node.children.filter(Shoot.isShoot);
  }
}
