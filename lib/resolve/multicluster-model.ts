/**
 * The resolved multi-cluster layer: plain data with defaults applied and every placement
 * evaluated to a sorted list of clusters. Renderers read only this (and the resolved shoots).
 *
 * A shoot's cluster name in every multi-cluster system is its key, `<project>--<shoot>`
 * ({@link ResolvedShoot.key}): unique in the fleet, a DNS label, and stable.
 */
import { ProviderType, ShootPurpose } from '../core/types';
import { ServiceSourceType } from '../core/types';
import type { HelmChartSource, ServicePatch } from '../model/platform-service';
import { KarmadaSyncMode, MultiClusterSystem } from '../core/types';
import type { ClusterpediaSyncResource } from '../model/multicluster-settings';

/** A Helm chart source with its release name defaulted. */
export interface ResolvedHelmChart extends HelmChartSource {
  /** Name of the Helm release (the service's name unless set). */
  readonly releaseName: string;
}

/** A placement rule as plain data (seeds and shoots by name). */
export interface ResolvedPlacement {
  /** Labels a shoot must carry (its own or its project's); empty matches any. */
  readonly matchLabels: Record<string, string>;
  /** Purposes a shoot may have; empty allows any. */
  readonly purposes: ShootPurpose[];
  /** Regions a shoot may be in; empty allows any. */
  readonly regions: string[];
  /** Providers a shoot may run on; empty allows any. */
  readonly providers: ProviderType[];
  /** Names of the seeds a shoot's control plane may be hosted by; empty allows any. */
  readonly seeds: string[];
  /** Keys of the shoots left out even when they match. */
  readonly excludeShoots: string[];
}

/** An override with the clusters it applies to. */
export interface ResolvedServiceOverride {
  /** Name of the override, unique within the service. */
  readonly name: string;
  /** Which of the service's shoots it applies to, as given. */
  readonly placement: ResolvedPlacement;
  /** Keys of the service's shoots the override applies to, sorted. */
  readonly clusters: string[];
  /** JSON patches of the service's objects, in the order given (empty for a Helm chart service). */
  readonly patches: ServicePatch[];
  /** Helm values merged over the chart's values, when given (Helm chart services only). */
  readonly values?: Record<string, any>;
}

/** A platform service with its placement evaluated. */
export interface ResolvedPlatformService {
  /** Name of the service; names the placement objects of every system. */
  readonly name: string;
  /** Construct path, as shown in error messages. */
  readonly path: string;
  /** Namespace in each shoot the service is installed into (the service's name unless set). */
  readonly namespace: string;
  /** Whether the service is made of manifests or a Helm chart. */
  readonly sourceType: ServiceSourceType;
  /**
   * The objects of a manifests source (empty for a Helm chart); namespaced ones that named no
   * namespace are placed in the service's `namespace`.
   */
  readonly manifests: Record<string, any>[];
  /** The chart of a Helm source, with `releaseName` defaulted. */
  readonly helmChart?: ResolvedHelmChart;
  /** Which shoots get the service, as given (empty criteria: every shoot). */
  readonly placement: ResolvedPlacement;
  /** Keys of the shoots the service lands on, sorted. */
  readonly clusters: string[];
  /** Overrides, in the order given. */
  readonly overrides: ResolvedServiceOverride[];
}

/** A consumer shoot and the shoots it may offload to. */
export interface ResolvedBurstPartners {
  /** Construct path, as shown in error messages. */
  readonly path: string;
  /** Key of the consumer. */
  readonly consumer: string;
  /** Keys of the providers, sorted. */
  readonly providers: string[];
}

/** The multi-cluster layer, with every default applied. */
export interface ResolvedMultiCluster {
  /** Systems in the order of {@link MultiClusterSystem}'s declaration. */
  readonly systems: MultiClusterSystem[];
  /** Karmada, defaults applied: sync mode (`Push`) and the namespace of members' kubeconfig Secrets (`karmada-cluster`). */
  readonly karmada: { readonly syncMode: KarmadaSyncMode; readonly clusterSecretNamespace: string };
  /** Open Cluster Management, defaults applied: ManagedClusterSet name (the garden's name) and Placement namespace (`seedbed-services`). */
  readonly openClusterManagement: { readonly clusterSetName: string; readonly placementNamespace: string };
  /** Clusternet, default applied: namespace of the Subscriptions and service manifests (`seedbed-services`). */
  readonly clusternet: { readonly namespace: string };
  /** Clusterpedia: resources synced from every shoot (as given, else the default set). */
  readonly clusterpedia: { readonly syncResources: ClusterpediaSyncResource[] };
  /** Kubermatic, default applied: namespace of the installation (`kubermatic`). */
  readonly kubermatic: { readonly namespace: string };
  /** Liqo, default applied: namespace in each consumer whose pods may be offloaded (`burst`). */
  readonly liqo: { readonly offloadedNamespace: string };
  /** Admiralty, default applied: namespace of the Targets, Sources and kubeconfig Secrets in each shoot (`admiralty`). */
  readonly admiralty: { readonly namespace: string };
  /** Sorted by name. */
  readonly services: ResolvedPlatformService[];
  /** Sorted by consumer. */
  readonly burstPartners: ResolvedBurstPartners[];
}
