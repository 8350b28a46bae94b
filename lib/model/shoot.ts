import { Construct } from 'constructs';
import { checkConstructId } from './ids';
import { CloudProfile } from './cloud-profile';
import { shootKey, shootTechnicalId } from '../core/names';
import { ControlPlaneBackend, FailureToleranceType, NetworkingType, PatchOperation, ProviderType, ShootLifecycle, ShootPurpose, VSphereShareLevel } from '../core/types';
import type { IProject } from './project-types';
import { DataStore, Seed } from './seed';
import type { CredentialsBinding } from './credentials-binding';
import { WorkerPool, WorkerPoolProps } from './worker-pool';
import { hasMarker, mark, markerOf } from './marker';

// Enums live in core/types (so renderers need not import the model); re-exported here for readers of the model.
export { NetworkingType, ShootLifecycle, VSphereShareLevel } from '../core/types';

const SHOOT_MARKER = markerOf('Shoot');
// Project's marker, checked here without a run-time import of project.ts (which imports this file for addShoot).
const PROJECT_MARKER = markerOf('Project');

/** IP ranges and CNI of a shoot. */
export interface ShootNetworking {
  /**
   * CNI. seedbed installs it (a Helm release in the shoot's system-components stage) for the
   * kamaji and cluster-api backends; k0smotron shoots get k0s's built-in Calico (or Cilium
   * installed by seedbed when set to Cilium); gardener shoots get Gardener's networking extension.
   * @default - NetworkingType.CILIUM for the kamaji and cluster-api backends; NetworkingType.CALICO for k0smotron and gardener
   */
  readonly type?: NetworkingType;
  /**
   * Pod range.
   * @default '100.96.0.0/11'
   */
  readonly pods?: string;
  /**
   * Service range.
   * @default '100.64.0.0/13'
   */
  readonly services?: string;
  /**
   * Node range (the infrastructure network's subnet).
   * @default '10.250.0.0/16'
   */
  readonly nodes?: string;
}

/** When and what the maintenance of a shoot updates. */
export interface ShootMaintenance {
  /**
   * Start of the daily window, `HHMMSS+ZZZZ` (`220000+0100`).
   * @default - a start between 22:00 and 04:00 UTC derived from the shoot's name
   */
  readonly timeWindowBegin?: string;
  /**
   * End of the daily window, `HHMMSS+ZZZZ`.
   * @default - one hour after the start
   */
  readonly timeWindowEnd?: string;
  /**
   * Whether patch updates of Kubernetes are applied automatically.
   * @default true
   */
  readonly autoUpdateKubernetesVersion?: boolean;
  /**
   * Whether machine image updates are applied automatically.
   * @default true
   */
  readonly autoUpdateMachineImageVersion?: boolean;
}

/** A hibernation schedule: cron expressions for waking up and going to sleep. */
export interface HibernationSchedule {
  /**
   * When to hibernate (cron, five fields).
   * @default - never
   */
  readonly start?: string;
  /**
   * When to wake up (cron, five fields).
   * @default - never
   */
  readonly end?: string;
  /**
   * Time zone of the schedule (IANA name).
   * @default 'UTC'
   */
  readonly location?: string;
}

/** Hibernation of a shoot. */
export interface ShootHibernation {
  /**
   * Whether the shoot is hibernated now.
   * @default false
   */
  readonly enabled?: boolean;
  /**
   * Schedules.
   * @default - none
   */
  readonly schedules?: HibernationSchedule[];
}

/** Which seeds may host a shoot that does not pin one. */
export interface SeedSelector {
  /**
   * Labels the seed must carry.
   * @default - any labels
   */
  readonly matchLabels?: Record<string, string>;
  /**
   * Provider types of seeds that may host the control plane.
   * @default - the shoot's provider type
   */
  readonly providerTypes?: ProviderType[];
}

/** A toleration of a seed taint. */
export interface Toleration {
  /** Taint key. */
  readonly key: string;
  /**
   * Taint value; without a value every value is tolerated.
   * @default - every value
   */
  readonly value?: string;
}

/**
 * A state move in a shoot's Terraform stack: what Terraform knew at `from` now lives at `to`, so
 * it is kept rather than destroyed and created again (a `moved` block).
 */
export interface TerraformMove {
  /** The earlier address, e.g. `openstack_networking_network_v2.network`. */
  readonly from: string;
  /** The address in the rendered stack, e.g. `openstack_networking_network_v2.nodes`. */
  readonly to: string;
}

/** An existing object a shoot's Terraform stack adopts instead of creating it (an `import` block). */
export interface TerraformImport {
  /** The address in the rendered stack, e.g. `openstack_networking_router_v2.nodes`. */
  readonly to: string;
  /** The provider's id of the existing object. */
  readonly id: string;
}

/** Which ports the security group of an OpenStack shoot opens for NodePort services. */
export interface OpenStackNodePortSettings {
  /**
   * First port of the range.
   * @default 30000
   */
  readonly minimum?: number;
  /**
   * Last port of the range.
   * @default 32767
   */
  readonly maximum?: number;
  /**
   * IPv4 ranges (CIDR) allowed to reach the ports; empty to open none.
   * @default ['0.0.0.0/0']
   */
  readonly sourceRanges?: string[];
}

/** OpenStack settings of a shoot's infrastructure. */
export interface ShootOpenStackSettings {
  /**
   * External network (floating pool) for the router gateway.
   * @default - the CloudProfile's first floating pool of the region
   */
  readonly floatingPoolName?: string;
  /**
   * Octavia provider for load balancers.
   * @default - the CloudProfile's first provider of the region
   */
  readonly loadBalancerProvider?: string;
  /**
   * ID of an existing network to use instead of creating one. Shoots sharing a network need disjoint node ranges.
   * @default - a network is created for the shoot
   */
  readonly existingNetworkId?: string;
  /**
   * ID of an existing router to use instead of creating one.
   * @default - a router is created for the shoot
   */
  readonly existingRouterId?: string;
  /**
   * SSH public key (OpenSSH format) installed on the shoot's machines through a Nova keypair.
   * @default - no keypair
   */
  readonly sshPublicKey?: string;
  /**
   * Which ports the security group opens for NodePort services, and to whom.
   * @default - TCP and UDP 30000-32767 from anywhere
   */
  readonly nodePorts?: OpenStackNodePortSettings;
  /**
   * Earlier addresses of objects in the shoot's Terraform stack, so Terraform moves their state
   * instead of destroying and recreating them.
   * @default - none
   */
  readonly moves?: TerraformMove[];
  /**
   * Existing objects the shoot's Terraform stack adopts instead of creating.
   * @default - none
   */
  readonly imports?: TerraformImport[];
}

/** Shares, reservations and limits of the resource pools of a vSphere shoot (one per zone). */
export interface VSphereResourcePoolSettings {
  /**
   * CPU shares.
   * @default VSphereShareLevel.NORMAL
   */
  readonly cpuShareLevel?: VSphereShareLevel;
  /**
   * CPU guaranteed to the pool, in MHz.
   * @default 0
   */
  readonly cpuReservationMHz?: number;
  /**
   * Most CPU the pool may use, in MHz.
   * @default - unlimited
   */
  readonly cpuLimitMHz?: number;
  /**
   * Memory shares.
   * @default VSphereShareLevel.NORMAL
   */
  readonly memoryShareLevel?: VSphereShareLevel;
  /**
   * Memory guaranteed to the pool, in MiB.
   * @default 0
   */
  readonly memoryReservationMiB?: number;
  /**
   * Most memory the pool may use, in MiB.
   * @default - unlimited
   */
  readonly memoryLimitMiB?: number;
}

/** A distributed port group created for one vSphere shoot. */
export interface VSphereDistributedPortGroupSettings {
  /** Distributed virtual switch of the region's datacenter the port group is created on. */
  readonly switchName: string;
  /**
   * VLAN the port group tags its traffic with (1-4094).
   * @default - no VLAN tagging
   */
  readonly vlanId?: number;
  /**
   * Name of the port group.
   * @default - the shoot's technical id (`shoot--<project>--<shoot>`)
   */
  readonly name?: string;
}

/** vSphere settings of a shoot's infrastructure. */
export interface ShootVSphereSettings {
  /**
   * Network (port group) for the shoot's VMs. Shoots sharing a network need disjoint node ranges.
   * @default - the CloudProfile's network of the region
   */
  readonly network?: string;
  /**
   * A port group of the shoot's own for its VMs, instead of `network`.
   * @default - none; the VMs attach to `network`
   */
  readonly distributedPortGroup?: VSphereDistributedPortGroupSettings;
  /**
   * Shares, reservations and limits of the shoot's resource pools.
   * @default - normal shares, no reservation, no limit
   */
  readonly resourcePool?: VSphereResourcePoolSettings;
  /**
   * SSH public key (OpenSSH format) cloud-init installs on static (terraform) worker VMs.
   * @default - no key
   */
  readonly sshPublicKey?: string;
  /**
   * Earlier addresses of objects in the shoot's Terraform stack, so Terraform moves their state
   * instead of destroying and recreating them.
   * @default - none
   */
  readonly moves?: TerraformMove[];
  /**
   * Existing objects the shoot's Terraform stack adopts instead of creating.
   * @default - none
   */
  readonly imports?: TerraformImport[];
}

/**
 * Kamaji settings of a shoot: for adopting a TenantControlPlane Kamaji already runs, the DataStore
 * schema and user it already has (Kamaji makes both immutable; it named them after the object's
 * UID, or `<namespace>_<name>` in older releases). Set both or neither.
 */
export interface ShootKamajiSettings {
  /**
   * Schema (database, or etcd key prefix) the control plane already keeps its state under.
   * @default - the technical id with `-` as `_` (`shoot__<project>__<shoot>`)
   */
  readonly dataStoreSchema?: string;
  /**
   * DataStore user the control plane already connects as.
   * @default - the same name as the default schema
   */
  readonly dataStoreUsername?: string;
}

/** Properties of a {@link Shoot}. */
export interface ShootProps {
  /**
   * Name of the shoot; project + shoot name at most 21 characters.
   * @default - the construct id
   */
  readonly name?: string;
  /** CloudProfile the shoot's infrastructure comes from. */
  readonly cloudProfile: CloudProfile;
  /** Region of the shoot's infrastructure. */
  readonly region: string;
  /**
   * Seed hosting the control plane.
   * @default - chosen by the scheduler at synth time
   */
  readonly seed?: Seed;
  /**
   * Constraints for the scheduler.
   * @default - any seed of the shoot's provider
   */
  readonly seedSelector?: SeedSelector;
  /**
   * Seed taints the shoot tolerates.
   * @default - none
   */
  readonly tolerations?: Toleration[];
  /**
   * Kubernetes version, `MAJOR.MINOR.PATCH`, or `MAJOR.MINOR` for the newest supported patch.
   * @default - the newest supported version of the CloudProfile
   */
  readonly kubernetesVersion?: string;
  /**
   * What the shoot is for.
   * @default ShootPurpose.EVALUATION
   */
  readonly purpose?: ShootPurpose;
  /**
   * Networking.
   * @default - Calico with Gardener's default ranges
   */
  readonly networking?: ShootNetworking;
  /**
   * Failures the control plane survives.
   * @default FailureToleranceType.NONE
   */
  readonly failureTolerance?: FailureToleranceType;
  /**
   * Maintenance window and automatic updates.
   * @default - a one-hour window at night, automatic updates on
   */
  readonly maintenance?: ShootMaintenance;
  /**
   * Hibernation.
   * @default - not hibernated, no schedules
   */
  readonly hibernation?: ShootHibernation;
  /**
   * DNS domain of the shoot (the API server is `api.<domain>`).
   * @default - `<shoot>.<project>.<garden dnsDomain>` when the garden has a DNS domain
   */
  readonly dnsDomain?: string;
  /**
   * The project's binding to the infrastructure credentials the shoot's consumers (CAPO/CAPV, the
   * Terraform runner, the cloud provider's controllers) read; it must be of the shoot's project and provider.
   * @default - the binding named by `credentialsBinding`
   */
  readonly credentials?: CredentialsBinding;
  /**
   * Name of the credentials binding, for fleets written before {@link CredentialsBinding} existed:
   * a binding of that name declared in the shoot's project is used; any other name is a binding of
   * the shoot's provider with the garden's default delivery. Set `credentials` or this, not both.
   * @default - `<provider type>-credentials`
   */
  readonly credentialsBinding?: string;
  /**
   * Labels of the shoot.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Annotations of the shoot.
   * @default - none
   */
  readonly annotations?: Record<string, string>;
  /**
   * Backend running the hosted control plane.
   * @default - the garden's default backend
   */
  readonly backend?: ControlPlaneBackend;
  /**
   * DataStore of the control plane (Kamaji).
   * @default - assigned from the seed's DataStores within their capacity
   */
  readonly dataStore?: DataStore;
  /**
   * Kamaji settings (kamaji backend only): the DataStore schema and user of an adopted control plane.
   * @default - none: the schema and user are named after the shoot's technical id
   */
  readonly kamaji?: ShootKamajiSettings;
  /**
   * Lifecycle of the shoot.
   * @default ShootLifecycle.ACTIVE
   */
  readonly lifecycle?: ShootLifecycle;
  /**
   * OpenStack settings.
   * @default - none
   */
  readonly openstack?: ShootOpenStackSettings;
  /**
   * vSphere settings.
   * @default - none
   */
  readonly vsphere?: ShootVSphereSettings;
}

/** One JSON Patch operation (RFC 6902) of an {@link ObjectOverride}. */
export interface ObjectPatch {
  /** Operation. */
  readonly op: PatchOperation;
  /** JSON Pointer into the object (`/spec/controlPlane/deployment/replicas`). */
  readonly path: string;
  /**
   * Value, for `add` and `replace`.
   * @default - none (required except for `remove`)
   */
  readonly value?: any;
}

/**
 * The escape hatch for fields seedbed does not model: JSON patches on one or more of the objects
 * rendered for a shoot (its control plane, workers, addons, … in the seed or in the shoot),
 * applied after rendering and before the schema check. Every object it changes carries the
 * annotation `seedbed.io/overridden-by` (the override's construct path), and `diff` names it on
 * each change of such an object. An override that matches no object, or a patch that does not
 * fit, is a fleet error. Secrets' `data`/`stringData` cannot be patched (no secret value is ever
 * rendered).
 */
export interface ObjectOverride {
  /** Name of the override, unique within the shoot (shown in errors and in `diff`). */
  readonly name: string;
  /** Kind of the objects patched (`TenantControlPlane`, `MachineDeployment`, …). */
  readonly kind: string;
  /**
   * `apiVersion` of the objects patched.
   * @default - any
   */
  readonly apiVersion?: string;
  /**
   * Name of the object patched.
   * @default - every object of the kind
   */
  readonly objectName?: string;
  /** The patches, applied in order. */
  readonly patches: ObjectPatch[];
}

/**
 * A tenant cluster: its control plane runs as pods in a seed, its worker nodes are VMs.
 * Created in the scope of its {@link Project}; worker pools are added with {@link Shoot.addWorkerPool}.
 */
export class Shoot extends Construct {
  /** Returns true when `x` is a Shoot (also one made by another copy of seedbed). */
  public static isShoot(x: unknown): x is Shoot {
    return hasMarker(x, SHOOT_MARKER);
  }

  /** Name of the shoot. */
  public readonly name: string;
  /** The owning project. */
  public readonly project: IProject;
  /** The properties as given. */
  public readonly props: ShootProps;

  /**
   * Adds a shoot to a project; prefer {@link Project.addShoot}.
   * @param scope - the owning {@link Project} (any other scope is a mistake and throws)
   * @param id - the shoot's name, unless `props.name` is set
   * @param props - the shoot's settings
   */
  constructor(scope: Construct, id: string, props: ShootProps) {
    checkConstructId(scope, id, 'Shoot');
    if (!hasMarker(scope, PROJECT_MARKER)) {
      throw new Error(`Shoot '${id}' must be created in the scope of a Project`);
    }
    super(scope, id);
    mark(this, SHOOT_MARKER);
    this.project = scope as unknown as IProject;
    this.props = props;
    this.name = props?.name ?? id;
  }

  /** Adds a worker pool. */
  public addWorkerPool(id: string, props: WorkerPoolProps): WorkerPool {
    return new WorkerPool(this, id, props);
  }

  /**
   * Adds an escape-hatch override: JSON patches on rendered objects of this shoot, for fields
   * seedbed does not model (see {@link ObjectOverride}).
   */
  public addOverride(override: ObjectOverride): void {
    this.overrideList.push(override);
  }

  /** The overrides added, in order. */
  public get overrides(): ObjectOverride[] {
    return [...this.overrideList];
  }

  private readonly overrideList: ObjectOverride[] = [];

  /** Worker pools in the order added. */
  public get workerPools(): WorkerPool[] {
    return this.node.children.filter(WorkerPool.isWorkerPool);
  }

  /** `<project>--<shoot>`: the shoot's folder in the output. */
  public get key(): string {
    return shootKey(this.project.name, this.name);
  }

  /** `shoot--<project>--<shoot>`: the shoot's namespace in its seed. */
  public get technicalId(): string {
    return shootTechnicalId(this.project.name, this.name);
  }
}
