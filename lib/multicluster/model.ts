/**
 * The resolved multi-cluster layer: plain data with defaults applied and every placement
 * evaluated to a sorted list of clusters. Renderers read only this (and the resolved shoots).
 *
 * A shoot's cluster name in every multi-cluster system is its key, `<project>--<shoot>`
 * ({@link ResolvedShoot.key}): unique in the fleet, a DNS label, and stable.
 */
import { ProviderType, ShootPurpose } from '../core/types';
import { HelmChartSource, ServicePatch, ServiceSourceType } from './platform-service';
import { ClusterpediaSyncResource, KarmadaSyncMode, MultiClusterSystem } from './settings';

/** A placement rule as plain data (seeds and shoots by name). */
export interface ResolvedPlacement {
  readonly matchLabels: Record<string, string>;
  readonly purposes: ShootPurpose[];
  readonly regions: string[];
  readonly providers: ProviderType[];
  /** Seed names. */
  readonly seeds: string[];
  /** Keys of the shoots left out. */
  readonly excludeShoots: string[];
}

/** An override with the clusters it applies to. */
export interface ResolvedServiceOverride {
  readonly name: string;
  readonly placement: ResolvedPlacement;
  /** Keys of the service's shoots the override applies to, sorted. */
  readonly clusters: string[];
  readonly patches: ServicePatch[];
  readonly values?: Record<string, any>;
}

/** A platform service with its placement evaluated. */
export interface ResolvedPlatformService {
  readonly name: string;
  readonly path: string;
  readonly namespace: string;
  readonly sourceType: ServiceSourceType;
  /** The objects of a manifests source, namespaced ones placed in {@link namespace} when they named none. */
  readonly manifests: Record<string, any>[];
  /** The chart of a Helm source, with `releaseName` defaulted. */
  readonly helmChart?: Required<Pick<HelmChartSource, 'repositoryUrl' | 'chart' | 'version' | 'releaseName'>> & HelmChartSource;
  readonly placement: ResolvedPlacement;
  /** Keys of the shoots the service lands on, sorted. */
  readonly clusters: string[];
  readonly overrides: ResolvedServiceOverride[];
}

/** A consumer shoot and the shoots it may offload to. */
export interface ResolvedBurstPartners {
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
  readonly karmada: { readonly syncMode: KarmadaSyncMode; readonly clusterSecretNamespace: string };
  readonly openClusterManagement: { readonly clusterSetName: string; readonly placementNamespace: string };
  readonly clusternet: { readonly namespace: string };
  readonly clusterpedia: { readonly syncResources: ClusterpediaSyncResource[] };
  readonly kubermatic: { readonly namespace: string };
  readonly liqo: { readonly offloadedNamespace: string };
  readonly admiralty: { readonly namespace: string };
  /** Sorted by name. */
  readonly services: ResolvedPlatformService[];
  /** Sorted by consumer. */
  readonly burstPartners: ResolvedBurstPartners[];
}
