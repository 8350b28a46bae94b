/**
 * Platform services: named bundles (Kubernetes manifests or a Helm chart) that the fleet's
 * multi-cluster layer distributes to the shoots a placement rule selects.
 */
import { Construct } from 'constructs';
import { checkConstructId } from './ids';
import { copyData } from '../core/json';
import { PatchOperation, ProviderType, ServiceSourceType, ShootPurpose } from '../core/types';
import { Seed } from './seed';
import { Shoot } from './shoot';
import { hasMarker, mark, markerOf } from './marker';

// Enums live in core/types (so renderers need not import the model); re-exported here for readers of the model.
export { ServiceSourceType, PatchOperation } from '../core/types';

const PLATFORM_SERVICE_MARKER = markerOf('PlatformService');
const BURST_PARTNERS_MARKER = markerOf('BurstPartners');

/** Which shoots a platform service (or an override of it) applies to. Every criterion given must hold. */
export interface ShootPlacement {
  /**
   * Labels the shoot must carry (its own labels and its project's).
   * @default - any labels
   */
  readonly matchLabels?: Record<string, string>;
  /**
   * Purposes the shoot may have.
   * @default - any purpose
   */
  readonly purposes?: ShootPurpose[];
  /**
   * Regions the shoot may be in.
   * @default - any region
   */
  readonly regions?: string[];
  /**
   * Providers the shoot may run on.
   * @default - any provider
   */
  readonly providers?: ProviderType[];
  /**
   * Seeds the shoot's control plane may be hosted by.
   * @default - any seed
   */
  readonly seeds?: Seed[];
  /**
   * Shoots left out even when they match.
   * @default - none
   */
  readonly excludeShoots?: Shoot[];
}

/** A Helm chart. */
export interface HelmChartSource {
  /** Chart repository: `https://charts.example.com` or `oci://registry.example.com/charts`. */
  readonly repositoryUrl: string;
  /** Chart name. */
  readonly chart: string;
  /** Exact chart version (semver). */
  readonly version: string;
  /**
   * Values passed to the chart.
   * @default - the chart's defaults
   */
  readonly values?: Record<string, any>;
  /**
   * Name of the Helm release.
   * @default - the service's name
   */
  readonly releaseName?: string;
}

/** The content of a platform service. */
export class ServiceSource {
  /**
   * Kubernetes objects given inline (plain JSON: `apiVersion`, `kind`, `metadata.name`, …).
   * Namespaced objects without `metadata.namespace` go into the service's namespace. Secrets
   * with values are refused: credentials are references.
   */
  public static fromManifests(manifests: Record<string, any>[]): ServiceSource {
    // Copied (so later edits of the caller's objects do not change the fleet), keeping what JSON would drop or crash on for the props check to report.
    return new ServiceSource(ServiceSourceType.MANIFESTS, Array.isArray(manifests) ? manifests.map((m) => copyData(m)) : manifests, undefined);
  }

  /** A Helm chart installed into the service's namespace. */
  public static fromHelmChart(chart: HelmChartSource): ServiceSource {
    return new ServiceSource(ServiceSourceType.HELM_CHART, undefined, { ...chart, values: chart.values ? copyData(chart.values) : undefined });
  }

  private constructor(
    /** What the source is. */
    public readonly type: ServiceSourceType,
    /** The objects, for {@link ServiceSourceType.MANIFESTS}. */
    public readonly manifests: Record<string, any>[] | undefined,
    /** The chart, for {@link ServiceSourceType.HELM_CHART}. */
    public readonly helmChart: HelmChartSource | undefined,
  ) {}
}

/** One JSON Patch operation on the objects of a manifests source. */
export interface ServicePatch {
  /** Kind of the objects patched. */
  readonly kind: string;
  /**
   * Name of the object patched.
   * @default - every object of the kind
   */
  readonly name?: string;
  /** Operation. */
  readonly op: PatchOperation;
  /** JSON Pointer into the object (`/spec/replicas`). */
  readonly path: string;
  /**
   * Value, for `add` and `replace`.
   * @default - none (required except for `remove`)
   */
  readonly value?: any;
}

/** A change of a platform service for some of its shoots (per region, purpose, …). */
export interface ServiceOverride {
  /** Name of the override, unique within the service (a DNS label). */
  readonly name: string;
  /** Which of the service's shoots the override applies to. */
  readonly placement: ShootPlacement;
  /**
   * JSON patches of the service's objects (manifests sources).
   * @default - none
   */
  readonly patches?: ServicePatch[];
  /**
   * Helm values merged over the chart's values (Helm chart sources); objects merge key by key,
   * anything else replaces.
   * @default - none
   */
  readonly values?: Record<string, any>;
}

/** Properties of a {@link PlatformService}. */
export interface PlatformServiceProps {
  /**
   * Name of the service (a DNS label); names the placement objects of every system.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Namespace in each shoot the service is installed into.
   * @default - the service's name
   */
  readonly namespace?: string;
  /** What the service is made of. */
  readonly source: ServiceSource;
  /**
   * Which shoots get the service.
   * @default - every shoot of the fleet
   */
  readonly placement?: ShootPlacement;
  /**
   * Changes for some of the service's shoots, applied in the order given.
   * @default - none
   */
  readonly overrides?: ServiceOverride[];
}

/**
 * A platform service distributed to the shoots its placement selects, through each placement
 * system of the garden's `multiCluster.systems` (Karmada, Open Cluster Management, Clusternet).
 * Created in the scope of the {@link Garden}. The shoots it lands on are decided at synth time
 * and written out as explicit, sorted cluster lists.
 */
export class PlatformService extends Construct {
  /** Returns true when `x` is a PlatformService (also one made by another copy of seedbed). */
  public static isPlatformService(x: unknown): x is PlatformService {
    return hasMarker(x, PLATFORM_SERVICE_MARKER);
  }

  /** Name of the service. */
  public readonly name: string;
  /** The properties as given. */
  public readonly props: PlatformServiceProps;

  /**
   * Adds a platform service to the garden.
   * @param scope - the {@link Garden}
   * @param id - construct id, and the service's name unless `props.name` is set
   * @param props - what the service is made of and where it goes
   */
  constructor(scope: Construct, id: string, props: PlatformServiceProps) {
    checkConstructId(scope, id, 'PlatformService');
    super(scope, id);
    mark(this, PLATFORM_SERVICE_MARKER);
    this.props = props;
    this.name = props?.name ?? id;
  }
}

/** Properties of {@link BurstPartners}. */
export interface BurstPartnersProps {
  /** The shoot whose pods may be offloaded. */
  readonly consumer: Shoot;
  /** The shoots that lend it capacity. */
  readonly providers: Shoot[];
}

/**
 * Shoots that lend capacity to another: Liqo peers the consumer with each provider
 * (ForeignCluster), Admiralty gives the consumer a Target per provider and each provider a
 * Source for the consumer. Created in the scope of the {@link Garden}; needs `LIQO` or
 * `ADMIRALTY` in the garden's `multiCluster.systems`.
 */
export class BurstPartners extends Construct {
  /** Returns true when `x` is a BurstPartners (also one made by another copy of seedbed). */
  public static isBurstPartners(x: unknown): x is BurstPartners {
    return hasMarker(x, BURST_PARTNERS_MARKER);
  }

  /** The properties as given. */
  public readonly props: BurstPartnersProps;

  /**
   * Adds a burst partnership to the garden.
   * @param scope - the {@link Garden}
   * @param id - construct id, unique in the garden
   * @param props - the consumer shoot and its providers
   */
  constructor(scope: Construct, id: string, props: BurstPartnersProps) {
    checkConstructId(scope, id, 'BurstPartners');
    super(scope, id);
    mark(this, BURST_PARTNERS_MARKER);
    this.props = props;
  }
}
