import { Construct, IConstruct } from 'constructs';
import { checkConstructId } from './ids';
import { CloudProfile, CloudProfileProps } from './cloud-profile';
import { ControlPlaneBackend, GitOpsEngine, SchedulingStrategy, SeedRegistration, TerraformStateBackend } from '../core/types';
import { BurstPartners, BurstPartnersProps, PlatformService, PlatformServiceProps } from './platform-service';
import { MultiClusterSettings } from './multicluster-settings';
import type { CredentialsSettings } from './credentials-binding';
import { Project, ProjectProps } from './project';
import { Seed, SeedProps } from './seed';
import { Shoot } from './shoot';
import { hasMarker, mark, markerOf } from './marker';
import type { ManagementStack } from '../core/stack';

// Enums live in core/types (so renderers need not import the model); re-exported here for readers of the model.
export { GitOpsEngine, SchedulingStrategy, TerraformStateBackend } from '../core/types';

const GARDEN_MARKER = markerOf('Garden');

/** Distance between two regions, for {@link SchedulingStrategy.MINIMAL_DISTANCE}. Symmetric. */
export interface RegionDistance {
  /** One region (the order of `from` and `to` does not matter). */
  readonly from: string;
  /** The other region. */
  readonly to: string;
  /** Any non-negative number; smaller is nearer. */
  readonly distance: number;
}

/** Scheduler settings. */
export interface SchedulingSettings {
  /**
   * Strategy.
   * @default SchedulingStrategy.SAME_REGION
   */
  readonly strategy?: SchedulingStrategy;
  /**
   * Region distances for the minimal-distance strategy.
   * @default - none; only same-region seeds qualify
   */
  readonly regionDistances?: RegionDistance[];
}

/** How the seeds of gardener-backend shoots are registered with Gardener, unless a seed says otherwise. */
export interface GardenletDefaults {
  /**
   * How each seed is registered.
   * @default SeedRegistration.GARDENLET
   */
  readonly registration?: SeedRegistration;
  /**
   * Full OCI reference (`<repository>:<tag>` or `<repository>@sha256:<digest>`) of the gardenlet Helm
   * chart gardener-operator deploys for seeds registered by a Gardenlet.
   * @default 'europe-docker.pkg.dev/gardener-project/releases/charts/gardener/gardenlet:v1.149.3'
   */
  readonly chartRef?: string;
}

/** The platform repository each seed's GitOps engine pulls the rendered output from. */
export interface PlatformRepository {
  /** Clone URL (`https://git.example.com/platform/fleet.git` or `ssh://…`). */
  readonly url: string;
  /**
   * Branch.
   * @default 'main'
   */
  readonly branch?: string;
  /**
   * Name of the Secret (in each seed's GitOps namespace) holding the Git credentials.
   * @default - none (a public repository)
   */
  readonly secretName?: string;
  /**
   * Folder in the repository the rendered output is committed to: `synth` writes it and every seed
   * reconciles it (one setting decides both; `synth --out` inside the repository must agree).
   * @default - `dist/<garden name>`
   */
  readonly path?: string;
}

/** S3 (or S3-compatible) state: one object per shoot, `<keyPrefix>/<project>--<shoot>/terraform.tfstate`. */
export interface TerraformS3StateSettings {
  /** Bucket holding the states. */
  readonly bucket: string;
  /**
   * Folder in the bucket the states are kept under.
   * @default - the garden's name
   */
  readonly keyPrefix?: string;
  /**
   * Region of the bucket.
   * @default 'us-east-1'
   */
  readonly region?: string;
  /**
   * URL of an S3-compatible endpoint (MinIO, Ceph RGW, Swift's S3 API).
   * @default - AWS S3
   */
  readonly endpoint?: string;
}

/** HTTP state: one state per shoot at `<address>/<project>--<shoot>`. */
export interface TerraformHttpStateSettings {
  /** Base URL; the shoot key is appended as the last path segment. */
  readonly address: string;
  /**
   * Whether to lock the state at `<state address>/lock` while Terraform runs.
   * @default true
   */
  readonly locking?: boolean;
  /**
   * HTTP method that locks.
   * @default 'LOCK'
   */
  readonly lockMethod?: string;
  /**
   * HTTP method that unlocks.
   * @default 'UNLOCK'
   */
  readonly unlockMethod?: string;
}

/** How shoot infrastructure is applied with Terraform (state backend, runner settings). */
export interface TerraformSettings {
  /**
   * Where each shoot's state is kept.
   * @default TerraformStateBackend.KUBERNETES
   */
  readonly stateBackend?: TerraformStateBackend;
  /**
   * S3 settings; required when `stateBackend` is S3.
   * @default - none
   */
  readonly s3?: TerraformS3StateSettings;
  /**
   * HTTP settings; required when `stateBackend` is HTTP.
   * @default - none
   */
  readonly http?: TerraformHttpStateSettings;
  /**
   * Name of a Secret in each shoot namespace whose keys become environment variables of the
   * Terraform runner, for the state backend's credentials (`AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`,
   * or `TF_HTTP_USERNAME`/`TF_HTTP_PASSWORD`).
   * @default - none; the Kubernetes backend needs none
   */
  readonly stateCredentialsSecretName?: string;
  /**
   * How often tofu-controller plans and applies each stack (a Go duration such as `10m`).
   * @default '10m'
   */
  readonly interval?: string;
  /**
   * Service account the Terraform runner pods use in each shoot namespace.
   * @default 'tf-runner'
   */
  readonly runnerServiceAccountName?: string;
  /**
   * ClusterRole bound to the runner's service account in each shoot namespace (tofu-controller's
   * Helm chart installs it).
   * @default 'tf-runner-role'
   */
  readonly runnerClusterRoleName?: string;
}

/**
 * Secrets the platform repository keeps encrypted with SOPS, one folder per seed
 * (`<path>/<seed>/*.yaml`), which each Flux seed decrypts and applies before its shoots (Flux
 * `spec.decryption`): how credentials reach a seed without a value in plain text in Git.
 */
export interface SopsSecrets {
  /**
   * Folder of the repository holding one folder of encrypted Secrets per seed.
   * @default 'secrets'
   */
  readonly path?: string;
  /**
   * Secret in each seed's `flux-system` holding the private age key (key `age.agekey`).
   * @default 'sops-age'
   */
  readonly decryptionSecretName?: string;
}

/** Properties of a {@link Garden}. */
export interface GardenProps {
  /** Repository the seeds reconcile from. */
  readonly repository: PlatformRepository;
  /**
   * Encrypted Secrets in the repository that Flux seeds decrypt and apply before their shoots.
   * @default - none (the seeds' Secrets are created out of band; see each seed's prerequisites.json)
   */
  readonly sopsSecrets?: SopsSecrets;
  /**
   * Defaults of the projects' credentials bindings: how their Secrets reach the seeds.
   * @default - SOPS when `sopsSecrets` is set, else created by the platform team (manual)
   */
  readonly credentials?: CredentialsSettings;
  /**
   * GitOps engine in the seeds.
   * @default GitOpsEngine.FLUX
   */
  readonly gitOpsEngine?: GitOpsEngine;
  /**
   * Backend of shoots that do not choose one.
   * @default ControlPlaneBackend.KAMAJI
   */
  readonly defaultBackend?: ControlPlaneBackend;
  /**
   * DNS domain under which shoots get `<shoot>.<project>.<domain>`.
   * @default - shoots have no default domain
   */
  readonly dnsDomain?: string;
  /**
   * Scheduler settings.
   * @default - same region
   */
  readonly scheduling?: SchedulingSettings;
  /**
   * Terraform settings for the shoots' infrastructure stacks.
   * @default - state in the seed (tofu-controller's Kubernetes backend)
   */
  readonly terraform?: TerraformSettings;
  /**
   * The multi-cluster layer: systems that register the shoots and place platform services on them
   * ({@link PlatformService}), or peer burst partners ({@link BurstPartners}).
   * @default - none; no multi-cluster objects are rendered
   */
  readonly multiCluster?: MultiClusterSettings;
  /**
   * How the seeds hosting gardener-backend shoots are registered with Gardener (each seed may override).
   * @default - each seed by a Gardenlet with the default gardenlet chart
   */
  readonly gardenlet?: GardenletDefaults;
  /**
   * The versions of the controllers the seeds run (Cluster API and its providers, Kamaji,
   * k0smotron, Flux, tofu-controller and its engine, Argo CD, the multi-cluster systems): the
   * fleet's default, which each seed may override field by field. Renderers emit what these
   * versions serve, and the schema check uses their schemas.
   * @default - the versions seedbed's schemas come from (see `COMPONENTS` in lib/core/stack.ts)
   */
  readonly managementStack?: ManagementStack;
}

/**
 * The whole fleet. Like a cdk8s `Chart` or a cdktn `TerraformStack`, it is created in a scope:
 * usually the {@link App} at the root of a fleet file, `new Garden(new App(), 'corp', { ... })`
 * (a cdk8s or cdktn `App`, or any construct, will do). CloudProfiles, projects and seeds are
 * created in its scope, shoots in the scope of their project. Construct paths in problem reports
 * start at the garden's id when its scope is a root without an id, as every `App` is.
 */
export class Garden extends Construct {
  /** Returns true when `x` is a Garden (also one made by another copy of seedbed). */
  public static isGarden(x: unknown): x is Garden {
    return hasMarker(x, GARDEN_MARKER);
  }

  /** Name of the garden (the fleet). */
  public readonly name: string;
  /** The properties as given. */
  public readonly props: GardenProps;

  /**
   * The garden `construct` belongs to: the nearest Garden among its scopes (itself, if it is one).
   * Throws when the construct is in no garden, which is a mistake in how the model was built.
   */
  public static of(construct: IConstruct): Garden {
    const garden = [...construct.node.scopes].reverse().find(Garden.isGarden);
    if (!garden) throw new Error(`${construct.node.path || construct.node.id} is not in the scope of a Garden`);
    return garden;
  }

  /**
   * Creates a fleet.
   * @param scope - the app (or any construct) the garden belongs to
   * @param id - the garden's name, which also names the fleet in the rendered output
   * @param props - the garden's settings
   */
  constructor(scope: Construct, id: string, props: GardenProps) {
    checkConstructId(scope, id, 'Garden');
    super(scope, id);
    mark(this, GARDEN_MARKER);
    this.name = id;
    this.props = props;
  }

  /** Adds a CloudProfile: the catalogue shoots and seeds of one infrastructure are checked against. */
  public addCloudProfile(id: string, props: CloudProfileProps): CloudProfile {
    return new CloudProfile(this, id, props);
  }

  /** Adds a seed; `id` is its name unless `props.name` is set. */
  public addSeed(id: string, props: SeedProps): Seed {
    return new Seed(this, id, props);
  }

  /** Adds a project; `id` is its name unless `props.name` is set. Shoots are added to the project. */
  public addProject(id: string, props?: ProjectProps): Project {
    return new Project(this, id, props);
  }

  /** Adds a platform service, placed on the shoots its placement selects. */
  public addPlatformService(id: string, props: PlatformServiceProps): PlatformService {
    return new PlatformService(this, id, props);
  }

  /** Adds a burst partnership between a consumer shoot and its providers. */
  public addBurstPartners(id: string, props: BurstPartnersProps): BurstPartners {
    return new BurstPartners(this, id, props);
  }

  /** CloudProfiles in construction order. */
  public get cloudProfiles(): CloudProfile[] {
    return this.node.findAll().filter(CloudProfile.isCloudProfile);
  }

  /** Projects in construction order. */
  public get projects(): Project[] {
    return this.node.findAll().filter(Project.isProject);
  }

  /** Seeds in construction order. */
  public get seeds(): Seed[] {
    return this.node.findAll().filter(Seed.isSeed);
  }

  /** Shoots in construction order. */
  public get shoots(): Shoot[] {
    return this.node.findAll().filter(Shoot.isShoot);
  }

  /** Platform services in construction order. */
  public get platformServices(): PlatformService[] {
    return this.node.findAll().filter(PlatformService.isPlatformService);
  }

  /** Burst partnerships in construction order. */
  public get burstPartners(): BurstPartners[] {
    return this.node.findAll().filter(BurstPartners.isBurstPartners);
  }
}
