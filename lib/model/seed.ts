import { Construct, Node } from 'constructs';
import { checkConstructId } from './ids';
import { CloudProfile } from './cloud-profile';
import { DataStoreDriver, DnsRecordProvider, ProviderType, SecretReference, SeedRegistration, ServiceType } from '../core/types';
import { hasMarker, mark, markerOf } from './marker';
import type { ManagementStack } from '../core/stack';

// Enums live in core/types (so renderers need not import the model); re-exported here for readers of the model.
export { DnsRecordProvider, SeedRegistration, ServiceType } from '../core/types';

const DATA_STORE_MARKER = markerOf('DataStore');
const SEED_MARKER = markerOf('Seed');

/** A taint on a seed; only shoots that tolerate it are scheduled there. */
export interface SeedTaint {
  /** Taint key. */
  readonly key: string;
  /**
   * Taint value.
   * @default - no value
   */
  readonly value?: string;
}

/** IP ranges of the seed cluster itself. */
export interface SeedNetworks {
  /**
   * Node range of the seed.
   * @default - unknown; not checked for overlaps
   */
  readonly nodes?: string;
  /** Pod range of the seed. */
  readonly pods: string;
  /** Service range of the seed. */
  readonly services: string;
}

/** Where the seed keeps backups of the control-plane state it hosts. */
export interface SeedBackup {
  /**
   * Backup provider (`s3`, `swift`, `openstack`). On seeds hosting gardener-backend shoots it must be
   * one a Gardener extension registers for BackupBucket, or an alias of one (`swift` is `openstack`).
   */
  readonly provider: string;
  /**
   * Bucket or container.
   * @default - named after the seed
   */
  readonly bucket?: string;
  /**
   * Region of the backup storage.
   * @default - the seed's region
   */
  readonly region?: string;
  /** Secret holding the storage credentials. */
  readonly credentials: SecretReference;
}

/** How hosted API servers are exposed in this seed. */
export interface SeedControlPlaneSettings {
  /**
   * Service type of the hosted API servers.
   * @default ServiceType.LOAD_BALANCER
   */
  readonly serviceType?: ServiceType;
  /**
   * Load-balancer class for the API server Services.
   * @default - the seed's default
   */
  readonly loadBalancerClass?: string;
  /**
   * Annotations on the API server Services (load-balancer settings).
   * @default - none
   */
  readonly serviceAnnotations?: Record<string, string>;
}

/** A DNS provider a Gardener seed manages records with: its type and the credentials it uses. */
export interface SeedDnsProvider {
  /** Type of the DNS provider, as a Gardener DNS extension registers it (`openstack-designate`, `aws-route53`). */
  readonly type: string;
  /** Secret holding the DNS provider's credentials (namespace `garden` unless set). */
  readonly credentials: SecretReference;
}

/** The DNS provider and domain a Gardener seed creates the internal records of its shoots in. */
export interface SeedInternalDns {
  /** Type of the DNS provider, as a Gardener DNS extension registers it (`openstack-designate`). */
  readonly type: string;
  /** Domain of the internal records (`internal.seeds.example.com`). */
  readonly domain: string;
  /** Secret holding the DNS provider's credentials (namespace `garden` unless set). */
  readonly credentials: SecretReference;
}

/** How the API server names of the shoots a seed hosts get their DNS records. */
export interface SeedDnsSettings {
  /**
   * What publishes the records of `api.<technical id>.<ingress domain>` and `api.<shoot domain>`.
   * @default DnsRecordProvider.EXTERNAL_DNS
   */
  readonly provider?: DnsRecordProvider;
  /**
   * The DNS provider the Gardener seed manages its ingress domain with (the Seed's `spec.dns.provider`).
   * Required when the seed hosts shoots of the gardener backend.
   * @default - none
   */
  readonly gardenerProvider?: SeedDnsProvider;
  /**
   * The Gardener seed's internal DNS (the Seed's `spec.dns.internal`).
   * Required when the seed hosts shoots of the gardener backend.
   * @default - none
   */
  readonly gardenerInternal?: SeedInternalDns;
}

/**
 * A shoot as a seed's registration names it: a {@link Shoot} of the garden (./shoot.ts imports
 * this file, so the Shoot class is not named here: no import cycle). Validation checks that it is one.
 */
export interface IShootRef {
  /** The shoot's name. */
  readonly name: string;
  /** Its construct node. */
  readonly node: Node;
}

/**
 * How a seed hosting gardener-backend shoots is registered with Gardener: which
 * `seedmanagement.gardener.cloud` object carries its Seed (the gardenlet, not Git, then owns the Seed).
 */
export interface SeedGardenletSettings {
  /**
   * Gardenlet (an existing cluster) or ManagedSeed (a shoot of the `garden` project).
   * @default - the garden's `gardenlet.registration`, else SeedRegistration.GARDENLET
   */
  readonly registration?: SeedRegistration;
  /**
   * The shoot that becomes this seed; required for a ManagedSeed and only allowed there. It must be a
   * gardener-backend shoot of the project named `garden` (namespace `garden`), with its own DNS domain,
   * hosted on another seed, in the seed's provider, region and networks.
   * @default - none
   */
  readonly shoot?: IShootRef;
  /**
   * Full OCI reference of the gardenlet Helm chart (Gardenlet only).
   * @default - the garden's `gardenlet.chartRef`
   */
  readonly chartRef?: string;
  /**
   * Name of a Secret in the garden's `garden` namespace holding a kubeconfig of the seed cluster, for
   * gardener-operator's first deployment of the gardenlet into a cluster other than its own
   * (Gardenlet only). gardener-operator deletes the Secret and clears the reference once the gardenlet
   * runs; remove this setting then, or the GitOps engine sets the reference again.
   * @default - none: the gardenlet is deployed into the garden's runtime cluster
   */
  readonly kubeconfigSecretName?: string;
}

/** TLS material of a DataStore, by Secret reference. */
export interface DataStoreTls {
  /** Secret holding the CA (`tls.crt`, and `tls.key` for etcd, where Kamaji signs client certificates). */
  readonly certificateAuthority: SecretReference;
  /**
   * Secret holding the client certificate (`tls.crt`, `tls.key`).
   * @default - none
   */
  readonly clientCertificate?: SecretReference;
}

/** Properties of a {@link DataStore}. */
export interface DataStoreProps {
  /**
   * Name of the DataStore (cluster-scoped in the seed).
   * @default - the construct id
   */
  readonly name?: string;
  /** Backing store. */
  readonly driver: DataStoreDriver;
  /** Endpoints, `host:port`. */
  readonly endpoints: string[];
  /**
   * TLS material; required for etcd.
   * @default - none
   */
  readonly tls?: DataStoreTls;
  /**
   * Secret with `username` and `password` keys, for SQL and NATS drivers.
   * @default - none
   */
  readonly basicAuth?: SecretReference;
  /**
   * How many shoots' control planes the DataStore takes.
   * @default 100
   */
  readonly capacity?: number;
}

/** A pooled datastore a seed offers to the control planes it hosts (a Kamaji DataStore). */
export class DataStore extends Construct {
  /** Returns true when `x` is a DataStore (also one made by another copy of seedbed). */
  public static isDataStore(x: unknown): x is DataStore {
    return hasMarker(x, DATA_STORE_MARKER);
  }

  /** Name of the DataStore. */
  public readonly name: string;
  /** The seed offering it. */
  public readonly seed: Seed;
  /** Shoots it takes. */
  public readonly capacity: number;
  /** The properties as given. */
  public readonly props: DataStoreProps;

  /**
   * Adds a DataStore to a seed; prefer {@link Seed.addDataStore}.
   * @param scope - the {@link Seed} offering it (any other scope is a mistake and throws)
   * @param id - the DataStore's name, unless `props.name` is set
   * @param props - the DataStore's settings
   */
  constructor(scope: Construct, id: string, props: DataStoreProps) {
    checkConstructId(scope, id, 'DataStore');
    if (!Seed.isSeed(scope)) {
      throw new Error(`DataStore '${id}' must be created in the scope of a Seed`);
    }
    super(scope, id);
    mark(this, DATA_STORE_MARKER);
    this.seed = scope;
    this.props = props;
    this.name = props?.name ?? id;
    this.capacity = props?.capacity ?? 100;
  }
}

/** Properties of a {@link Seed}. */
export interface SeedProps {
  /**
   * Name of the seed.
   * @default - the construct id
   */
  readonly name?: string;
  /** Infrastructure of the shoots the seed hosts. */
  readonly provider: ProviderType;
  /** Region the seed runs in. */
  readonly region: string;
  /**
   * CloudProfile the seed's region and zones come from; checked when given.
   * @default - region and zones are not checked
   */
  readonly cloudProfile?: CloudProfile;
  /**
   * Zones the seed's own nodes span (zone-tolerant control planes need three).
   * @default - every zone of the region in the CloudProfile, else none
   */
  readonly zones?: string[];
  /**
   * Whether the seed's nodes carry the `topology.kubernetes.io/zone` label. Only then are the
   * control planes of zone-tolerant shoots strictly spread over zones (`DoNotSchedule`); without
   * it the spread is a preference (`ScheduleAnyway`), since a strict spread over a label no node
   * has leaves the pods pending.
   * @default - true for OpenStack seeds (the OpenStack cloud controller labels nodes with their
   *   availability zone), false for vSphere seeds (the vSphere cloud provider labels zones only
   *   when it is given zone and region tag categories)
   */
  readonly zoneLabels?: boolean;
  /**
   * Most shoots the seed hosts.
   * @default 250
   */
  readonly capacity?: number;
  /** DNS domain under which the seed exposes control planes (`seed-1.example.com`). */
  readonly ingressDomain: string;
  /** IP ranges of the seed cluster. */
  readonly networks: SeedNetworks;
  /**
   * Labels used by shoots' seed selectors.
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Taints; only shoots that tolerate every one are scheduled here.
   * @default - none
   */
  readonly taints?: SeedTaint[];
  /**
   * Whether the scheduler may pick the seed for shoots without a pinned seed.
   * @default true
   */
  readonly visible?: boolean;
  /**
   * Backup of control-plane state.
   * @default - none
   */
  readonly backup?: SeedBackup;
  /**
   * How hosted API servers are exposed.
   * @default - LoadBalancer Services
   */
  readonly controlPlane?: SeedControlPlaneSettings;
  /**
   * How the API server names of hosted shoots get DNS records.
   * @default - external-dns annotations on the API server Services
   */
  readonly dns?: SeedDnsSettings;
  /**
   * How the seed is registered with Gardener when it hosts gardener-backend shoots.
   * @default - the garden's `gardenlet` defaults
   */
  readonly gardenlet?: SeedGardenletSettings;
  /**
   * The versions of the controllers this seed runs, where they differ from the garden's
   * `managementStack` (each field left out keeps the garden's, else the default).
   * @default - the garden's management stack
   */
  readonly managementStack?: ManagementStack;
}

/**
 * A Kubernetes cluster hosting the control planes of many shoots, one namespace per shoot.
 * DataStores are added with {@link Seed.addDataStore}.
 */
export class Seed extends Construct {
  /** Returns true when `x` is a Seed (also one made by another copy of seedbed). */
  public static isSeed(x: unknown): x is Seed {
    return hasMarker(x, SEED_MARKER);
  }

  /** Name of the seed. */
  public readonly name: string;
  /** Most shoots the seed hosts. */
  public readonly capacity: number;
  /** The properties as given. */
  public readonly props: SeedProps;

  /** Adds a seed to the garden; `id` is its name. */
  constructor(scope: Construct, id: string, props: SeedProps) {
    checkConstructId(scope, id, 'Seed');
    super(scope, id);
    mark(this, SEED_MARKER);
    this.props = props;
    this.name = props?.name ?? id;
    this.capacity = props?.capacity ?? 250;
  }

  /** Adds a pooled DataStore offered to the control planes of this seed. */
  public addDataStore(id: string, props: DataStoreProps): DataStore {
    return new DataStore(this, id, props);
  }

  /** DataStores in the order added. */
  public get dataStores(): DataStore[] {
    return this.node.children.filter(DataStore.isDataStore);
  }

  /** The seed's zones, with their default. */
  public get zones(): string[] {
    if (this.props.zones) return [...this.props.zones];
    return this.props.cloudProfile?.region(this.props.region)?.zones.map((z) => z.name) ?? [];
  }
}
