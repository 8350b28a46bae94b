import { Construct } from 'constructs';
import { checkConstructId } from './ids';
import { Architecture, CriName, Provisioner, ServerGroupPolicy, Taint, VSphereAntiAffinity, WorkerUpdateStrategy } from '../core/types';
import { hasMarker, mark, markerOf } from './marker';

// Enums live in core/types (so renderers need not import the model); re-exported here for readers of the model.
export { ServerGroupPolicy, VSphereAntiAffinity } from '../core/types';

const WORKER_POOL_MARKER = markerOf('WorkerPool');
const INT_OR_PERCENT_MARKER = markerOf('IntOrPercent');

/** A count or a percentage, for `maxSurge` and `maxUnavailable`. */
export class IntOrPercent {
  /** An absolute number of machines. */
  public static count(value: number): IntOrPercent {
    return new IntOrPercent(value, false);
  }

  /** A percentage of the pool (0–100). */
  public static percent(value: number): IntOrPercent {
    return new IntOrPercent(value, true);
  }

  /** Returns true when `x` is an IntOrPercent (also one made by another copy of seedbed). */
  public static isIntOrPercent(x: unknown): x is IntOrPercent {
    return hasMarker(x, INT_OR_PERCENT_MARKER);
  }

  private constructor(
    /** The number: a count, or a percentage when {@link IntOrPercent.isPercent}. */
    public readonly value: number,
    /** Whether {@link IntOrPercent.value} is a percentage. */
    public readonly isPercent: boolean,
  ) {
    mark(this, INT_OR_PERCENT_MARKER);
  }

  /** True when it amounts to zero machines. */
  public get isZero(): boolean {
    return this.value === 0;
  }

  /**
   * The value as Kubernetes writes it: a number, or a string like `25%` (typed `any`, as the
   * exported API has no union types).
   */
  public toJSON(): any {
    return this.isPercent ? `${this.value}%` : this.value;
  }

  /** The value as text: `3` or `25%`. */
  public toString(): string {
    return String(this.toJSON());
  }
}

/** The machine image of a worker pool. */
export interface WorkerImage {
  /** Image name from the CloudProfile. */
  readonly name: string;
  /**
   * Image version from the CloudProfile; `MAJOR` or `MAJOR.MINOR` completes to the newest version within
   * it as Gardener completes it (never a preview; a deprecated one only when no supported one fits).
   * @default - the newest supported, unexpired version for the pool's architecture (a deprecated one when none is supported)
   */
  readonly version?: string;
}

/** The root volume of the machines of a worker pool. */
export interface WorkerVolume {
  /**
   * Volume type from the CloudProfile.
   * @default - the infrastructure's default volume type
   */
  readonly type?: string;
  /** Size in GiB. */
  readonly sizeGiB: number;
}

/** OpenStack settings of a worker pool. */
export interface WorkerPoolOpenStackSettings {
  /**
   * Policy of a server group created for the pool; its id is an output of the shoot's stack and
   * static (terraform) machines are scheduled into it.
   * @default - no server group
   */
  readonly serverGroupPolicy?: ServerGroupPolicy;
}

/** vSphere settings of a worker pool. */
export interface WorkerPoolVSphereSettings {
  /**
   * Anti-affinity of the pool's VMs in each compute cluster; only for static (terraform) pools.
   * @default VSphereAntiAffinity.PREFERRED
   */
  readonly antiAffinity?: VSphereAntiAffinity;
}

/** Properties of a {@link WorkerPool}. */
export interface WorkerPoolProps {
  /**
   * Name of the pool (at most 15 characters).
   * @default - the construct id
   */
  readonly name?: string;
  /** Machine type from the CloudProfile. */
  readonly machineType: string;
  /**
   * Machine image.
   * @default - the first image of the CloudProfile offering the pool's architecture, newest supported version
   */
  readonly image?: WorkerImage;
  /**
   * CPU architecture.
   * @default - the machine type's architecture
   */
  readonly architecture?: Architecture;
  /**
   * Fewest machines in the pool (over all zones).
   * @default - one per zone
   */
  readonly minimum?: number;
  /**
   * Most machines in the pool (over all zones).
   * @default - the minimum
   */
  readonly maximum?: number;
  /**
   * Machines created above the desired count during a rolling update.
   * @default IntOrPercent.count(1)
   */
  readonly maxSurge?: IntOrPercent;
  /**
   * Machines that may be unavailable during a rolling update.
   * @default IntOrPercent.count(0)
   */
  readonly maxUnavailable?: IntOrPercent;
  /**
   * Zones the pool spreads over.
   * @default - every zone of the shoot's region
   */
  readonly zones?: string[];
  /**
   * Root volume.
   * @default - the machine type's own disk
   */
  readonly volume?: WorkerVolume;
  /**
   * Labels on the nodes.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Annotations on the nodes.
   * @default - none
   */
  readonly annotations?: Record<string, string>;
  /**
   * Taints on the nodes.
   * @default - none
   */
  readonly taints?: Taint[];
  /**
   * Container runtime.
   * @default CriName.CONTAINERD
   */
  readonly cri?: CriName;
  /**
   * How updates are applied.
   * @default WorkerUpdateStrategy.AUTO_ROLLING_UPDATE
   */
  readonly updateStrategy?: WorkerUpdateStrategy;
  /**
   * How machines are created.
   * @default Provisioner.CLUSTER_API
   */
  readonly provisioner?: Provisioner;
  /**
   * Kubernetes version of the pool's kubelets (may lag the control plane).
   * @default - the shoot's version
   */
  readonly kubernetesVersion?: string;
  /**
   * OpenStack settings.
   * @default - none
   */
  readonly openstack?: WorkerPoolOpenStackSettings;
  /**
   * vSphere settings.
   * @default - none
   */
  readonly vsphere?: WorkerPoolVSphereSettings;
}

/** A group of identical worker machines of a shoot. Create with `shoot.addWorkerPool()`. */
export class WorkerPool extends Construct {
  /** Returns true when `x` is a WorkerPool (also one made by another copy of seedbed). */
  public static isWorkerPool(x: unknown): x is WorkerPool {
    return hasMarker(x, WORKER_POOL_MARKER);
  }

  /** Name of the pool. */
  public readonly name: string;
  /** The properties as given. */
  public readonly props: WorkerPoolProps;

  /** Adds a worker pool to a shoot; `id` is its name. Prefer `shoot.addWorkerPool()`. */
  constructor(scope: Construct, id: string, props: WorkerPoolProps) {
    checkConstructId(scope, id, 'WorkerPool');
    super(scope, id);
    mark(this, WORKER_POOL_MARKER);
    this.props = props;
    this.name = props?.name ?? id;
  }
}
