/**
 * Fleet-level settings of the multi-cluster layer: which systems the fleet renders objects for,
 * and what each system needs to know about its hub. Set on the {@link Garden} as `multiCluster`.
 */

import { KarmadaSyncMode, MultiClusterSystem } from '../core/types';

// Enums live in core/types (so renderers need not import the model); re-exported here for readers of the model.
export { MultiClusterSystem, KarmadaSyncMode } from '../core/types';

/** Karmada settings. */
export interface KarmadaSettings {
  /**
   * How members sync.
   * @default KarmadaSyncMode.PUSH
   */
  readonly syncMode?: KarmadaSyncMode;
  /**
   * Namespace in the Karmada control plane holding each member's kubeconfig Secret
   * (`<cluster>-kubeconfig`, provided by the platform team, never rendered).
   * @default 'karmada-cluster'
   */
  readonly clusterSecretNamespace?: string;
}

/** Open Cluster Management settings. */
export interface OpenClusterManagementSettings {
  /**
   * Name of the ManagedClusterSet every shoot of the fleet joins.
   * @default - the garden's name
   */
  readonly clusterSetName?: string;
  /**
   * Hub namespace the Placements (and the ManagedClusterSetBinding) live in.
   * @default 'seedbed-services'
   */
  readonly placementNamespace?: string;
}

/** Clusternet settings. */
export interface ClusternetSettings {
  /**
   * Parent-cluster namespace the Subscriptions and the service manifests live in.
   * @default 'seedbed-services'
   */
  readonly namespace?: string;
}

/** One resource type Clusterpedia keeps in sync from every shoot. */
export interface ClusterpediaSyncResource {
  /** API group (`''` for the core group). */
  readonly group: string;
  /**
   * Versions to sync.
   * @default - every version Clusterpedia finds
   */
  readonly versions?: string[];
  /** Resources (plural, lower case: `deployments`), or `*` for every resource of the group. */
  readonly resources: string[];
}

/** Clusterpedia settings. */
export interface ClusterpediaSettings {
  /**
   * Resources synced from every shoot.
   * @default - core pods, services, nodes, namespaces, configmaps; apps deployments, statefulsets, daemonsets
   */
  readonly syncResources?: ClusterpediaSyncResource[];
}

/** Kubermatic settings. */
export interface KubermaticSettings {
  /**
   * Namespace of the Kubermatic installation on its master cluster.
   * @default 'kubermatic'
   */
  readonly namespace?: string;
}

/** Liqo settings. */
export interface LiqoSettings {
  /**
   * Namespace in each consumer shoot whose pods Liqo may offload to the providers (teams that want
   * to burst deploy into it; it is never pruned, as it holds their workloads).
   * @default 'burst'
   */
  readonly offloadedNamespace?: string;
}

/** Admiralty settings. */
export interface AdmiraltySettings {
  /**
   * Namespace in each shoot that holds the Targets, Sources and the partners' kubeconfig Secrets.
   * @default 'admiralty'
   */
  readonly namespace?: string;
}

/** The multi-cluster layer of a fleet. */
export interface MultiClusterSettings {
  /** Systems to render objects for, each into `garden/multicluster/<system>/` (and into the shoots' addons where the system needs objects there). */
  readonly systems: MultiClusterSystem[];
  /**
   * Karmada settings.
   * @default - push mode, kubeconfigs in `karmada-cluster`
   */
  readonly karmada?: KarmadaSettings;
  /**
   * Open Cluster Management settings.
   * @default - one ManagedClusterSet named after the garden
   */
  readonly openClusterManagement?: OpenClusterManagementSettings;
  /**
   * Clusternet settings.
   * @default - Subscriptions in `seedbed-services`
   */
  readonly clusternet?: ClusternetSettings;
  /**
   * Clusterpedia settings.
   * @default - the default resource set
   */
  readonly clusterpedia?: ClusterpediaSettings;
  /**
   * Kubermatic settings.
   * @default - Kubermatic in `kubermatic`
   */
  readonly kubermatic?: KubermaticSettings;
  /**
   * Liqo settings.
   * @default - offloading from the namespace `burst`
   */
  readonly liqo?: LiqoSettings;
  /**
   * Admiralty settings.
   * @default - objects in `admiralty`
   */
  readonly admiralty?: AdmiraltySettings;
}
