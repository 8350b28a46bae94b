/**
 * A project as its shoots see it, apart from the Project construct (./project.ts creates shoots,
 * so ./shoot.ts refers to its project through this interface: no import cycle).
 */
import type { Node } from 'constructs';

/** Properties of a {@link Project}. */
export interface ProjectProps {
  /**
   * Name of the project (at most 10 characters).
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * What the project is for.
   * @default - none
   */
  readonly description?: string;
  /**
   * Who owns the project (a user or group name, e-mail address).
   * @default - none
   */
  readonly owner?: string;
  /**
   * Labels added to every shoot of the project.
   * @default - none
   */
  readonly labels?: Record<string, string>;
}

/** A project: what a shoot reads of the project it belongs to. */
export interface IProject {
  /** The construct node (its path is the project's construct path). */
  readonly node: Node;
  /** Name of the project. */
  readonly name: string;
  /** Namespace of the project in the garden (`garden-<name>`). */
  readonly namespace: string;
  /** The properties as given. */
  readonly props: ProjectProps;
}
