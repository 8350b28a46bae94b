/**
 * What `seedbed diff` finds: per seed and per shoot, the Kubernetes objects and Terraform
 * resources added, changed or removed, each change with its fields, and the findings that make
 * a change destructive.
 */

/** What happened to an object, a Terraform resource or a file. */
export enum ChangeKind {
  /** New in the rendered output. */
  ADDED = 'added',
  /** Present in both, with different content. */
  CHANGED = 'changed',
  /** A Terraform resource whose changed attributes force Terraform to destroy and re-create it. */
  REPLACED = 'replaced',
  /** Gone from the rendered output. */
  REMOVED = 'removed',
}

/**
 * The classes of destructive change. Anything not in one of these classes is safe: Flux or
 * Terraform applies it in place without losing state.
 */
export enum DestructiveClass {
  /** A shoot is no longer in the fleet: its control plane, datastore content and infrastructure go. */
  SHOOT_REMOVED = 'shoot-removed',
  /** A worker pool is no longer in a shoot: its machines are drained and deleted. */
  WORKER_POOL_REMOVED = 'worker-pool-removed',
  /** A pod, service, node or subnet range changed: a running cluster cannot be renumbered. */
  CIDR_CHANGED = 'cidr-changed',
  /** A shoot's control plane moves to another DataStore or schema (or a DataStore leaves its seed): its state stays behind. */
  DATASTORE_CHANGED = 'datastore-changed',
  /** The driver of a DataStore changed (etcd ↔ SQL): the data is not migrated. */
  DATASTORE_DRIVER_CHANGED = 'datastore-driver-changed',
  /** A shoot's control plane moves to another backend (Kamaji, k0smotron, …). */
  BACKEND_CHANGED = 'backend-changed',
  /** A shoot moves to another seed: a control-plane migration. */
  SEED_CHANGED = 'seed-changed',
  /** A Terraform resource is replaced, or disrupted in place, by an attribute change (see the table in terraform-rules.ts). */
  TERRAFORM_REPLACED = 'terraform-replaced',
  /** A Terraform resource is no longer in its stack: Terraform destroys it. */
  TERRAFORM_REMOVED = 'terraform-removed',
  /** A stack's state backend changed: Terraform would no longer find the state of what it created. */
  TERRAFORM_BACKEND_CHANGED = 'terraform-backend-changed',
  /**
   * A stack goes with its Terraform object while `destroyResourcesOnDeletion` is false: nothing
   * destroys its resources, they stay in the cloud unmanaged (and billed) until deleted by hand.
   */
  TERRAFORM_ORPHANED = 'terraform-orphaned',
  /**
   * Cluster API machines go while their shoot and pool stay (a zone dropped from a pool, a pool
   * moved from Cluster API to static machines): a removed MachineDeployment deletes its machines.
   */
  MACHINES_REMOVED = 'machines-removed',
  /**
   * A shoot's Cluster API Cluster or control-plane object goes while the shoot stays (its last
   * Cluster API pool moved to static machines): deleting them deletes the control plane they own.
   */
  CONTROL_PLANE_REMOVED = 'control-plane-removed',
  /**
   * A field of a Gardener object that gardener-apiserver (or the provider extension's admission)
   * refuses to change on an existing object: the change cannot be applied; the object must be replaced.
   */
  GARDENER_IMMUTABLE = 'gardener-immutable',
  /**
   * A Gardener Seed, or the Gardenlet or ManagedSeed registering it, leaves Git: pruned, the seed is
   * deleted (a ManagedSeed takes its gardenlet with it) and hangs in deletion while shoots remain on it.
   */
  SEED_REMOVED = 'seed-removed',
}

/** Destructive classes in the order they are reported. */
export const DESTRUCTIVE_CLASS_ORDER: readonly DestructiveClass[] = Object.values(DestructiveClass);

/** Why a change is destructive. */
export interface Finding {
  /** The class of destructive change. */
  readonly class: DestructiveClass;
  /** What is affected, e.g. `TenantControlPlane shoot--shop--prod/prod` or `shoot shop--prod`. */
  readonly subject: string;
  /** What changes, in one line, e.g. `spec.networkProfile.podCidr: 100.96.0.0/11 → 100.100.0.0/14`. */
  readonly detail: string;
}

/** One changed field of an object or resource. Values are already redacted where needed. */
export interface FieldChange {
  /** JSON path, e.g. `spec.networkProfile.podCidr` or `metadata.labels["seedbed.io/shoot"]`. */
  readonly path: string;
  /** Display text of the old value; undefined when the field is new. */
  readonly old?: string;
  /** Display text of the new value; undefined when the field is gone. */
  readonly new?: string;
}

/** What kind of thing an item is. */
export enum ItemType {
  /** A Kubernetes object in a YAML stream. */
  OBJECT = 'object',
  /** A resource (or data source, or block) of a Terraform stack. */
  TERRAFORM = 'terraform',
  /** A document without Kubernetes identity (e.g. a kustomization.yaml), compared as a whole. */
  FILE = 'file',
}

/** One object, Terraform resource or file that differs. */
export interface DiffItem {
  /** Whether it is an object, a Terraform resource or a file. */
  readonly type: ItemType;
  /** Display identity: `Kind namespace/name`, a Terraform address, or a file path. */
  readonly id: string;
  /** `apiVersion` of an object (the new one when it changed). */
  readonly apiVersion?: string;
  /**
   * The object's earlier `apiVersion`, when only the version of its group changed (a provider now
   * serving and storing a newer version, e.g. CAPO v0.15's v1beta2): the API server keeps one
   * object and converts it, so this is a change of the same object — objects are identified by
   * group, kind, namespace and name — never a removal and an addition, and by itself not destructive.
   */
  readonly previousApiVersion?: string;
  /**
   * Terraform: the block (`resource`, `data`, `locals`, `variable`, `output`, `provider`, …). Only
   * `resource` items are resource instances, which the Terraform counts count.
   */
  readonly block?: string;
  /** Output file the item is in (the old file when removed), relative to the output root. */
  readonly file: string;
  /** What happened to it. */
  readonly change: ChangeKind;
  /** Field-level detail of a change. Empty for additions and removals. */
  readonly fields: FieldChange[];
  /** Why this change is destructive; empty when it is safe. */
  readonly findings: Finding[];
  /** The escape-hatch overrides (construct paths) that changed the object, on either side. */
  readonly overriddenBy?: string[];
}

/** The part of the output a group of changes belongs to. */
export enum ScopeType {
  /** Objects for the garden cluster (`garden/`). */
  GARDEN = 'garden',
  /** A seed's own objects (flux-system, DataStores). */
  SEED = 'seed',
  /** One shoot's objects and Terraform stack. */
  SHOOT = 'shoot',
}

/** What happened to a shoot as a whole. */
export enum ShootStatus {
  /** The shoot is new. */
  ADDED = 'added',
  /** Something of the shoot changed. */
  CHANGED = 'changed',
  /** The shoot is gone. */
  REMOVED = 'removed',
  /** The shoot moved to another seed. */
  MOVED = 'moved',
}

/** Changes of the garden, one seed (its own objects), or one shoot (objects and Terraform stack). */
export interface ScopeDiff {
  /** Which part of the output this is. */
  readonly type: ScopeType;
  /** The seed: the shoot's seed after the change (before it, for a removed shoot). */
  readonly seed?: string;
  /** Shoot key (`<project>--<shoot>`), for shoot scopes. */
  readonly shoot?: string;
  /** The seed before a move. */
  readonly previousSeed?: string;
  /** What happened to the scope as a whole. */
  readonly status: ShootStatus;
  /** The objects, resources and files that differ. */
  readonly items: DiffItem[];
  /** Findings about the scope as a whole (shoot removed, moved, pool removed…). */
  readonly findings: Finding[];
}

/** Counts of a scope's or fleet's changes. */
export interface ChangeCounts {
  /** Kubernetes objects, by change. */
  readonly objects: Record<'added' | 'changed' | 'removed', number>;
  /**
   * Terraform resource instances (not blocks), by change; `orphaned`: removed with their stack and
   * its Terraform object while `destroyResourcesOnDeletion` is false, so left in the cloud unmanaged.
   */
  readonly terraform: Record<'added' | 'changed' | 'replaced' | 'removed' | 'orphaned', number>;
  /** Other files, by change. */
  readonly files: Record<'added' | 'changed' | 'removed', number>;
}

/** The diff of one fleet against its baseline. */
export interface FleetDiff {
  /** Name of the fleet (its file name). */
  readonly fleet: string;
  /** Where the baseline came from, e.g. `snapshots/openstack at HEAD`. */
  readonly baseline: string;
  /** Whether the baseline had any output at all (a missing or empty baseline is refused by `locateBaseline`; a new fleet has none). */
  readonly baselineFound: boolean;
  /** Scopes with changes: garden first, then seeds by name, each seed's shoots by key. */
  readonly scopes: ScopeDiff[];
}
