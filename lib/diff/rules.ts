/**
 * Which changes to Kubernetes objects are destructive. One table, read top to bottom: a change of
 * the field at `path` of an object of `group`/`kind` is of the given class. Paths are dot-separated
 * keys; lists are looked through (`spec.managedSubnets.cidr` covers every subnet).
 *
 * Changes the inventory (fleet.json) describes better — a shoot removed or moved, a pool removed,
 * a DataStore or backend switched — are classified in classify.ts from the inventory; the rows
 * here catch the same facts where they show in the objects, so output without an inventory is
 * still judged.
 */
import { DestructiveClass } from './model';

/** A field of a kind whose change is destructive. */
export interface FieldRule {
  /** API group (`''` for the core group). */
  readonly group: string;
  readonly kind: string;
  /** Only objects of this name. @default - any name */
  readonly name?: string;
  readonly path: string;
  readonly class: DestructiveClass;
  /** Why, in a few words, for the reader of the diff. */
  readonly why: string;
  /** Only a change of a value that was set counts (the upstream check compares only then). @default false */
  readonly onceSet?: boolean;
}

const CIDR = DestructiveClass.CIDR_CHANGED;
const IMMUTABLE = DestructiveClass.GARDENER_IMMUTABLE;
const REFUSED = 'gardener-apiserver refuses the change: the field is immutable';
const RENUMBER = 'a running cluster cannot be renumbered';
const SCHEMA_WHY = 'the control plane would read another, empty schema of its DataStore while its state stays in the old one; Kamaji refuses the change on a live control plane, so it only takes effect when the control plane is re-created';
const USER_WHY = 'the control plane would connect as another DataStore user, without access to its state; Kamaji refuses the change on a live control plane, so it only takes effect when the control plane is re-created';

/** Destructive field changes of Kubernetes objects. */
export const FIELD_RULES: readonly FieldRule[] = [
  // Kamaji
  { group: 'kamaji.clastix.io', kind: 'TenantControlPlane', path: 'spec.networkProfile.podCidr', class: CIDR, why: `pod range; ${RENUMBER}` },
  { group: 'kamaji.clastix.io', kind: 'TenantControlPlane', path: 'spec.networkProfile.serviceCidr', class: CIDR, why: `service range; ${RENUMBER}` },
  { group: 'kamaji.clastix.io', kind: 'TenantControlPlane', path: 'spec.dataStore', class: DestructiveClass.DATASTORE_CHANGED, why: 'the control plane state stays in the old DataStore' },
  // Kamaji refuses a change of either on a live control plane (CEL `self == oldSelf`); a re-created
  // one with another value starts from an empty schema (controller-contracts.md §2, "Defaults").
  { group: 'kamaji.clastix.io', kind: 'TenantControlPlane', path: 'spec.dataStoreSchema', class: DestructiveClass.DATASTORE_CHANGED, why: SCHEMA_WHY },
  { group: 'kamaji.clastix.io', kind: 'TenantControlPlane', path: 'spec.dataStoreUsername', class: DestructiveClass.DATASTORE_CHANGED, why: USER_WHY },
  { group: 'kamaji.clastix.io', kind: 'DataStore', path: 'spec.driver', class: DestructiveClass.DATASTORE_DRIVER_CHANGED, why: 'the data is not migrated between drivers' },
  { group: 'controlplane.cluster.x-k8s.io', kind: 'KamajiControlPlane', path: 'spec.dataStoreName', class: DestructiveClass.DATASTORE_CHANGED, why: 'the control plane state stays in the old DataStore' },
  { group: 'controlplane.cluster.x-k8s.io', kind: 'KamajiControlPlane', path: 'spec.dataStoreSchema', class: DestructiveClass.DATASTORE_CHANGED, why: SCHEMA_WHY },
  { group: 'controlplane.cluster.x-k8s.io', kind: 'KamajiControlPlane', path: 'spec.dataStoreUsername', class: DestructiveClass.DATASTORE_CHANGED, why: USER_WHY },
  // The shoot-info ConfigMap seedbed renders into every shoot
  { group: '', kind: 'ConfigMap', name: 'shoot-info', path: 'data.podNetwork', class: CIDR, why: `pod range; ${RENUMBER}` },
  { group: '', kind: 'ConfigMap', name: 'shoot-info', path: 'data.serviceNetwork', class: CIDR, why: `service range; ${RENUMBER}` },
  { group: '', kind: 'ConfigMap', name: 'shoot-info', path: 'data.nodeNetwork', class: CIDR, why: `node range; ${RENUMBER}` },
  // k0smotron
  { group: 'k0smotron.io', kind: 'Cluster', path: 'spec.k0sConfig.spec.network.podCIDR', class: CIDR, why: `pod range; ${RENUMBER}` },
  { group: 'k0smotron.io', kind: 'Cluster', path: 'spec.k0sConfig.spec.network.serviceCIDR', class: CIDR, why: `service range; ${RENUMBER}` },
  { group: 'controlplane.cluster.x-k8s.io', kind: 'K0smotronControlPlane', path: 'spec.k0sConfig.spec.network.podCIDR', class: CIDR, why: `pod range; ${RENUMBER}` },
  { group: 'controlplane.cluster.x-k8s.io', kind: 'K0smotronControlPlane', path: 'spec.k0sConfig.spec.network.serviceCIDR', class: CIDR, why: `service range; ${RENUMBER}` },
  // Cluster API
  { group: 'cluster.x-k8s.io', kind: 'Cluster', path: 'spec.clusterNetwork.pods.cidrBlocks', class: CIDR, why: `pod range; ${RENUMBER}` },
  { group: 'cluster.x-k8s.io', kind: 'Cluster', path: 'spec.clusterNetwork.services.cidrBlocks', class: CIDR, why: `service range; ${RENUMBER}` },
  { group: 'infrastructure.cluster.x-k8s.io', kind: 'OpenStackCluster', path: 'spec.managedSubnets.cidr', class: CIDR, why: `node subnet; ${RENUMBER}` },
  // Gardener
  { group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.networking.pods', class: CIDR, why: `pod range; ${RENUMBER}` },
  { group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.networking.services', class: CIDR, why: `service range; ${RENUMBER}` },
  { group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.networking.nodes', class: CIDR, why: `node range; ${RENUMBER}` },
  { group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.seedName', class: DestructiveClass.SEED_CHANGED, why: 'control-plane migration to another seed' },
  // Fields gardener-apiserver refuses to change on an existing Shoot (gardener/gardener v1.149.3; the same
  // rules refuse them at synth against fleet.json, lib/validate/gardener.ts validateGardenerShootUpdate).
  { group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.region', class: IMMUTABLE, why: `${REFUSED} (pkg/api/core/validation/shoot.go ValidateShootSpecUpdate)` },
  { group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.cloudProfile.name', class: IMMUTABLE, why: `${REFUSED}: only a change within one CloudProfile hierarchy is allowed (pkg/utils/gardener/cloudprofile.go ValidateCloudProfileChanges)` },
  { group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.provider.type', class: IMMUTABLE, why: `${REFUSED} (pkg/api/core/validation/shoot.go ValidateProviderUpdate)` },
  { group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.networking.type', class: IMMUTABLE, why: `${REFUSED} (pkg/api/core/validation/shoot.go validateNetworkingUpdate)` },
  { group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.dns.domain', class: IMMUTABLE, onceSet: true, why: `${REFUSED} (pkg/api/core/validation/shoot.go validateDNSUpdate)` },
  {
    group: 'core.gardener.cloud', kind: 'Shoot', path: 'spec.controlPlane.highAvailability.failureTolerance.type', class: IMMUTABLE, onceSet: true,
    why: `${REFUSED} once set (pkg/api/core/validation/shoot.go ValidateShootHAConfigUpdate)`,
  },
  // provider-openstack v1.57.0 pkg/apis/openstack/validation/infrastructure.go ValidateInfrastructureConfigUpdate.
  ...['networks.workers', 'networks.id', 'networks.router', 'floatingPoolName'].map((f): FieldRule => ({
    group: 'core.gardener.cloud', kind: 'Shoot', path: `spec.provider.infrastructureConfig.${f}`, class: IMMUTABLE,
    why: 'provider-openstack refuses the change of the InfrastructureConfig (ValidateInfrastructureConfigUpdate)',
  })),
  // gardener v1.149.3 pkg/api/seedmanagement/validation/managedseed.go ValidateManagedSeedSpecUpdate and validateGardenletUpdate.
  ...['spec.shoot.name', 'spec.gardenlet.bootstrap', 'spec.gardenlet.mergeWithParent'].map((path): FieldRule => ({
    group: 'seedmanagement.gardener.cloud', kind: 'ManagedSeed', path, class: IMMUTABLE, why: `${REFUSED} (pkg/api/seedmanagement/validation/managedseed.go)`,
  })),
];

/** A kind whose removal (while its shoot stays) is destructive. */
export interface RemovalRule {
  /** API group (`''` for the core group). */
  readonly group: string;
  readonly kind: string;
  readonly class: DestructiveClass;
  /** Why, in a few words, for the reader of the diff. */
  readonly why: string;
  /** Only objects for which this holds (e.g. a Terraform object that destroys on deletion). @default - every object of the kind */
  readonly when?: (value: any) => boolean;
}

const PRUNED = 'Flux and Argo CD prune it';
const MD_WHY = `${PRUNED}; Cluster API deletes its MachineSets and Machines, which drains and deletes those nodes`;
const CP_WHY = 'the shoot no longer has this Cluster API object';

/**
 * Kinds whose removal is destructive on its own (besides shoot removal, which covers everything
 * of the shoot, and pool removal, which covers its MachineDeployments). A removed DataStore leaves
 * the state of its shoots without a home; a removed MachineDeployment deletes its machines (a zone
 * dropped from a pool, a pool moved to static machines); a removed Cluster or control plane (the
 * last Cluster API pool moved to static machines) takes the control plane with it — or, kept by
 * `prune: disabled`, leaves it behind unmanaged (see the engine's text); a removed Terraform object
 * with `destroyResourcesOnDeletion: true` makes tofu-controller destroy what its state holds.
 *
 * Sources: kubernetes-sigs/cluster-api v1.14.0 `core/reconcilers/machinedeployment/machinedeployment_controller.go`
 * (`reconcileDelete` deletes the MachineDeployment's MachineSets) and
 * `core/reconcilers/machineset/machineset_controller.go` (`reconcileDelete` deletes their Machines), tofu-controller
 * v0.16.5 `controllers/tf_controller_finalizer.go` (destroy on deletion only when
 * `spec.destroyResourcesOnDeletion`) and `api/v1alpha2/terraform_types.go` (defaults to false).
 */
export const REMOVAL_RULES: readonly RemovalRule[] = [
  { group: 'kamaji.clastix.io', kind: 'DataStore', class: DestructiveClass.DATASTORE_CHANGED, why: 'DataStore removed from the seed' },
  { group: 'cluster.x-k8s.io', kind: 'MachineDeployment', class: DestructiveClass.MACHINES_REMOVED, why: MD_WHY },
  { group: 'cluster.x-k8s.io', kind: 'MachineSet', class: DestructiveClass.MACHINES_REMOVED, why: `${PRUNED}; its Machines are drained and deleted` },
  { group: 'cluster.x-k8s.io', kind: 'Machine', class: DestructiveClass.MACHINES_REMOVED, why: `${PRUNED}; the node is drained and deleted` },
  { group: 'cluster.x-k8s.io', kind: 'Cluster', class: DestructiveClass.CONTROL_PLANE_REMOVED, why: CP_WHY },
  { group: 'controlplane.cluster.x-k8s.io', kind: 'KamajiControlPlane', class: DestructiveClass.CONTROL_PLANE_REMOVED, why: CP_WHY },
  { group: 'controlplane.cluster.x-k8s.io', kind: 'K0smotronControlPlane', class: DestructiveClass.CONTROL_PLANE_REMOVED, why: CP_WHY },
  { group: 'controlplane.cluster.x-k8s.io', kind: 'KubeadmControlPlane', class: DestructiveClass.CONTROL_PLANE_REMOVED, why: CP_WHY },
  { group: 'kamaji.clastix.io', kind: 'TenantControlPlane', class: DestructiveClass.CONTROL_PLANE_REMOVED, why: 'the shoot no longer has this control plane object' },
  { group: 'k0smotron.io', kind: 'Cluster', class: DestructiveClass.CONTROL_PLANE_REMOVED, why: 'the shoot no longer has this control plane object' },
  // A seed's registration leaving Git (also a bare Seed of an older seedbed, replaced by its Gardenlet or ManagedSeed).
  { group: 'core.gardener.cloud', kind: 'Seed', class: DestructiveClass.SEED_REMOVED, why: `${PRUNED}: gardener deletes the Seed, which hangs in deletion while shoots remain on it; a Gardenlet or ManagedSeed now registering it takes over only once the bare Seed is kept (prune disabled) or removed from the GitOps inventory by hand` },
  { group: 'seedmanagement.gardener.cloud', kind: 'ManagedSeed', class: DestructiveClass.SEED_REMOVED, why: `${PRUNED}: the ManagedSeed's deletion deletes the seed and its gardenlet` },
  { group: 'seedmanagement.gardener.cloud', kind: 'Gardenlet', class: DestructiveClass.SEED_REMOVED, why: 'the seed is no longer registered from Git; its gardenlet no longer receives updates from this object' },
  {
    group: 'infra.contrib.fluxcd.io', kind: 'Terraform', class: DestructiveClass.TERRAFORM_REMOVED,
    why: 'destroyResourcesOnDeletion is true: tofu-controller plans and applies a destroy of everything in its state when the object is deleted',
    when: (v) => v?.spec?.destroyResourcesOnDeletion === true,
  },
];

/** API group of an `apiVersion` (`apps/v1` → `apps`, `v1` → `''`). */
export function groupOf(apiVersion: string): string {
  const i = apiVersion.lastIndexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}
