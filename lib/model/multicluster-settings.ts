/**
 * Fleet-level settings of the multi-cluster layer: which systems the fleet renders objects for,
 * and what each system needs to know about its hub. Set on the {@link Garden} as `multiCluster`.
 */

/** A multi-cluster system seedbed renders registration, placement or peering objects for. */
export enum MultiClusterSystem {
  /** Karmada: Cluster registration, PropagationPolicy / ClusterPropagationPolicy, OverridePolicy. */
  KARMADA = 'karmada',
  /** Open Cluster Management: ManagedCluster, ManagedClusterSet (+ binding), Placement, ManifestWork. */
  OPEN_CLUSTER_MANAGEMENT = 'open-cluster-management',
  /** Clusternet: ManagedCluster registration data, Subscription, Localization / Globalization. */
  CLUSTERNET = 'clusternet',
  /** Clusterpedia: one PediaCluster per shoot, for fleet-wide search. */
  CLUSTERPEDIA = 'clusterpedia',
  /** Kubermatic Kubernetes Platform: the `kubermatic.k8c.io` objects that fit seedbed's model. */
  KUBERMATIC = 'kubermatic',
  /** Liqo: ForeignCluster peerings between burst partners. */
  LIQO = 'liqo',
  /** Admiralty: Target / Source pairs between burst partners. */
  ADMIRALTY = 'admiralty',
}

/** How Karmada reaches a member cluster. */
export enum KarmadaSyncMode {
  /** Karmada's control plane pushes to the member with the kubeconfig in `secretRef`. */
  PUSH = 'Push',
  /** An agent in the member pulls from Karmada; no credentials of the member at the hub. */
  PULL = 'Pull',
}

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
