/**
 * The one place where seedbed touches CDK Terrain (cdktn), the maintained successor of the archived
 * cdktf with the same construct model.
 *
 * Every import from `cdktn` and from the provider bindings generated with it
 * (`lib/imports/providers/`, by `scripts/gen-providers.ts`) lives in this file; the per-shoot stack
 * renderers import what they need from here.
 *
 * A stack is rendered through public API only. A {@link ShootStackDefinition} (what the stack
 * renderers build) renders itself: each element's attributes come from its binding's
 * `configToTerraform()`, a public static method that `scripts/gen-providers.ts` adds to every
 * generated binding (the binding's own `synthesizeAttributes()`, read from the config), so no
 * construct is built per element. The same definition also becomes a {@link ShootStack} holding
 * the bindings' own constructs ({@link ShootStackDefinition.toStack}, for escape hatches and
 * `App.synth()`), which cdktn's `toTerraform()` of each element renders; the two give the same
 * bytes (test/render/terraform/definition.test.ts, on every example fleet). Either way the engine
 * finishes the document (backend, required version, moved and import blocks, sorted keys, no `//`
 * metadata).
 *
 * What the engine adds on top of cdktn:
 * - {@link ShootStackDefinition}: what a shoot's stack holds, with the typed configs of the
 *   provider bindings and Terraform expressions (not tokens) between elements;
 * - {@link ShootStack}: an isolated stack per shoot (its own construct root, no `App`, no output
 *   directory), rendered straight to a plain JSON object with sorted keys and without cdktn's
 *   construct-path metadata;
 * - Terraform names chosen by the renderer ({@link ShootStack.name}) instead of construct-path
 *   hashes, so refactoring the construct tree never changes a resource address;
 * - providers pinned to the exact version the bindings were generated from, with the short
 *   `namespace/type` source that Terraform and OpenTofu each resolve against their own registry,
 *   and no credentials;
 * - the state backend as a typed choice ({@link StateBackend});
 * - `prevent_destroy`, `moved` and `import` blocks, and sensitive input variables.
 */
import { Construct, IConstruct, Node } from 'constructs';
import {
  Aspects,
  DefaultTokenResolver,
  IAspect,
  StringConcat,
  TerraformDataSource,
  TerraformElement,
  TerraformLocal,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
  Token,
  Tokenization,
} from 'cdktn';
import { sortStrings } from '../../core/order';
import { ENGINE_FLOOR, EngineConstraint, TerraformEngine } from '../../core/stack';
import * as openstack from '../../imports/providers/openstack';
import * as vsphere from '../../imports/providers/vsphere';
import { unmarkLiterals } from './literals';

export { openstack, vsphere };
export type { IResolvable, ITerraformDependable } from 'cdktn';
export {
  App,
  Fn,
  Token,
  TerraformDataSource,
  TerraformElement,
  TerraformIterator,
  TerraformLocal,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
} from 'cdktn';

/** Terraform's default registry host; a provider source naming it is written without it ({@link shortProviderSource}). */
const TERRAFORM_REGISTRY_HOST = 'registry.terraform.io';

/**
 * The constraint of a stack whose props name no engine: the oldest Terraform that reads
 * everything the engine emits (`import` blocks need 1.5; lib/core/stack.ts `ENGINE_FLOOR`).
 */
const DEFAULT_ENGINE_CONSTRAINT: EngineConstraint = { requiredVersion: `>= ${ENGINE_FLOOR[TerraformEngine.TERRAFORM]}` };

/** What a Terraform name (the second part of a resource address) may look like. */
const TERRAFORM_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Keys that carry credentials in provider or backend blocks. They must come from the
 * environment (or a Secret mounted into the runner), so the engine refuses to render them.
 */
const CREDENTIAL_KEYS: ReadonlySet<string> = new Set([
  'access_key',
  'application_credential_id',
  'application_credential_secret',
  'cert',
  'key',
  'password',
  'secret_key',
  'token',
  'user',
  'user_id',
  'user_name',
  'username',
]);

/** Keys of {@link CREDENTIAL_KEYS} that mean something else in one block (S3's `key` is the object key). */
const NOT_CREDENTIALS: { readonly [block: string]: readonly string[] } = {
  'terraform.backend.s3': ['key'],
};

// ---------------------------------------------------------------------------------------------
// State backends
// ---------------------------------------------------------------------------------------------

/** Where a shoot's Terraform state is kept. */
export enum StateBackendType {
  /** A Secret in a Kubernetes cluster; what tofu-controller uses in the seed. */
  KUBERNETES = 'kubernetes',
  /** An S3 or S3-compatible bucket (MinIO, Ceph RGW, OpenStack Swift's S3 API). */
  S3 = 's3',
  /** An HTTP endpoint speaking Terraform's REST state protocol (e.g. GitLab's). */
  HTTP = 'http',
}

/** Settings of the Kubernetes state backend. */
export interface KubernetesStateBackendProps {
  /**
   * Suffix of the Secret holding the state; Terraform names it `tfstate-<workspace>-<suffix>`.
   * tofu-controller uses the name of its `Terraform` object here.
   */
  readonly secretSuffix: string;
  /** Namespace of the state Secret (the namespace of the `Terraform` object in the seed). */
  readonly namespace: string;
  /**
   * Whether Terraform talks to the cluster it runs in, through its service account.
   * When false, the kubeconfig comes from the environment (`KUBE_CONFIG_PATH`).
   * @default true
   */
  readonly inClusterConfig?: boolean;
  /**
   * Labels put on the state Secret.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
}

/** Settings of the S3 (or S3-compatible) state backend. Keys come from `AWS_*` variables. */
export interface S3StateBackendProps {
  /** Bucket that holds the state. */
  readonly bucket: string;
  /** Object key of the state file, e.g. `seed-a/project--shoot/terraform.tfstate`. */
  readonly key: string;
  /**
   * Region of the bucket; S3-compatible stores usually accept any value.
   * @default 'us-east-1'
   */
  readonly region?: string;
  /**
   * URL of an S3-compatible endpoint.
   * @default - AWS S3
   */
  readonly endpoint?: string;
  /**
   * Whether to address the bucket as `<endpoint>/<bucket>` rather than `<bucket>.<endpoint>`.
   * @default - true when `endpoint` is set, false otherwise
   */
  readonly usePathStyle?: boolean;
  /**
   * Whether to lock the state with a lock object next to it (needs Terraform >= 1.10 or
   * OpenTofu >= 1.10).
   * @default true
   */
  readonly useLockfile?: boolean;
}

/** Settings of the HTTP state backend. Credentials come from `TF_HTTP_USERNAME`/`TF_HTTP_PASSWORD`. */
export interface HttpStateBackendProps {
  /** URL the state is read from and written to. */
  readonly address: string;
  /**
   * URL to lock the state.
   * @default - no locking
   */
  readonly lockAddress?: string;
  /**
   * URL to unlock the state.
   * @default - no locking
   */
  readonly unlockAddress?: string;
  /**
   * HTTP method used to lock.
   * @default 'LOCK'
   */
  readonly lockMethod?: string;
  /**
   * HTTP method used to unlock.
   * @default 'UNLOCK'
   */
  readonly unlockMethod?: string;
  /**
   * Whether to accept a server certificate that does not verify.
   * @default false
   */
  readonly skipCertVerification?: boolean;
}

/**
 * Where and how a stack keeps its state. Create one with {@link StateBackend.kubernetes},
 * {@link StateBackend.s3} or {@link StateBackend.http}.
 */
export class StateBackend {
  /** State in a Kubernetes Secret, the way tofu-controller keeps it in the seed. */
  public static kubernetes(props: KubernetesStateBackendProps): StateBackend {
    requireText('secretSuffix', props.secretSuffix);
    requireText('namespace', props.namespace);
    return new StateBackend(StateBackendType.KUBERNETES, {
      secret_suffix: props.secretSuffix,
      namespace: props.namespace,
      in_cluster_config: props.inClusterConfig ?? true,
      labels: props.labels && Object.keys(props.labels).length > 0 ? { ...props.labels } : undefined,
    });
  }

  /** State in an S3 or S3-compatible bucket. */
  public static s3(props: S3StateBackendProps): StateBackend {
    requireText('bucket', props.bucket);
    requireText('key', props.key);
    const compatible = props.endpoint !== undefined;
    if (compatible) requireText('endpoint', props.endpoint);
    return new StateBackend(StateBackendType.S3, {
      bucket: props.bucket,
      key: props.key,
      region: props.region ?? 'us-east-1',
      endpoints: compatible ? { s3: props.endpoint } : undefined,
      use_path_style: props.usePathStyle ?? compatible,
      use_lockfile: props.useLockfile ?? true,
      // An S3-compatible store has no AWS account, STS or instance metadata to check against.
      skip_credentials_validation: compatible ? true : undefined,
      skip_metadata_api_check: compatible ? true : undefined,
      skip_region_validation: compatible ? true : undefined,
      skip_requesting_account_id: compatible ? true : undefined,
    });
  }

  /** State behind an HTTP endpoint. */
  public static http(props: HttpStateBackendProps): StateBackend {
    requireText('address', props.address);
    return new StateBackend(StateBackendType.HTTP, {
      address: props.address,
      lock_address: props.lockAddress,
      unlock_address: props.unlockAddress,
      lock_method: props.lockMethod,
      unlock_method: props.unlockMethod,
      skip_cert_verification: props.skipCertVerification,
    });
  }

  /** Which kind of backend this is. */
  public readonly type: StateBackendType;
  private readonly settings: { [key: string]: unknown };

  private constructor(type: StateBackendType, settings: { [key: string]: unknown }) {
    this.type = type;
    this.settings = dropUndefined(settings);
  }

  /** The value of `terraform.backend` in the stack JSON, e.g. `{ kubernetes: { ... } }`. */
  public toBackendBlock(): { [key: string]: any } {
    return { [this.type]: JSON.parse(JSON.stringify(this.settings)) };
  }
}

// ---------------------------------------------------------------------------------------------
// Providers
// ---------------------------------------------------------------------------------------------

/** Non-secret settings of the OpenStack provider; credentials come from `OS_*` variables or clouds.yaml. */
export interface OpenStackProviderProps {
  /**
   * Region to create resources in.
   * @default - from `OS_REGION_NAME`
   */
  readonly region?: string;
  /**
   * Entry of clouds.yaml to use (the file itself is mounted from a Secret).
   * @default - from `OS_CLOUD`, or plain `OS_*` variables
   */
  readonly cloud?: string;
  /**
   * Keystone URL (an endpoint, not a credential).
   * @default - from `OS_AUTH_URL`
   */
  readonly authUrl?: string;
}

/** Non-secret settings of the vSphere provider; credentials come from `VSPHERE_USER`/`VSPHERE_PASSWORD`. */
export interface VSphereProviderProps {
  /**
   * vCenter server name or address.
   * @default - from `VSPHERE_SERVER`
   */
  readonly server?: string;
  /**
   * Whether to accept a vCenter certificate that does not verify.
   * @default false
   */
  readonly allowUnverifiedSsl?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The stack
// ---------------------------------------------------------------------------------------------

/** Settings of a {@link ShootStack}. */
export interface ShootStackProps {
  /**
   * Where the stack keeps its state. There is no default on purpose: a state location guessed
   * wrongly looks like an empty state, and Terraform would then create everything again.
   */
  readonly backend: StateBackend;
  /**
   * The version constraints of the engine that runs the stack (`terraform.required_version`, and
   * `language.compatible_with.opentofu` for OpenTofu 1.12 and later), from the seed's declared
   * engine (lib/core/stack.ts `engineConstraint`).
   * @default - `required_version = ">= 1.5.0"`, the oldest Terraform that reads the stack
   */
  readonly engine?: EngineConstraint;
}

/** Settings of a sensitive input variable. */
export interface SensitiveVariableProps {
  /** What the variable holds, for whoever supplies it. */
  readonly description: string;
  /**
   * Value used when none is supplied; never put a secret here. Lets a stack plan before the
   * Secret that feeds the variable exists (e.g. `''`, with resources that wait for a real value).
   * @default - none: the variable must be supplied
   */
  readonly default?: string;
}

/** Settings of an output value. */
export interface StackOutputProps {
  /** The value, usually an attribute of a resource (`network.id`). */
  readonly value: string;
  /**
   * What the output holds.
   * @default - no description
   */
  readonly description?: string;
  /**
   * Whether Terraform hides the value in its own output.
   * @default false
   */
  readonly sensitive?: boolean;
}
/**
 * One shoot's Terraform stack: a construct root of its own, rendered to `cdk.tf.json` content by
 * {@link ShootStack.toTerraformJson}.
 *
 * Every resource, data source, variable and output in it must get its Terraform name from
 * {@link ShootStack.name} (or the helpers that name for you); rendering fails for anything cdktn
 * would otherwise name after its construct path.
 */
export class ShootStack extends TerraformStack {
  /** The stack that `construct` belongs to; throws when it is in none. */
  public static forConstruct(construct: Construct): ShootStack {
    const stack = TerraformStack.of(construct);
    if (!(stack instanceof ShootStack)) {
      throw new Error(`${construct.node.path} is not inside a ShootStack`);
    }
    return stack;
  }

  /** Where this stack keeps its state. */
  public readonly backend: StateBackend;
  /** The engine's version constraints the stack carries. */
  public readonly engine: EngineConstraint;
  private readonly moves: Array<{ from: string; to: TerraformResource | string }> = [];
  private readonly imports: Array<{ to: string; id: string }> = [];
  private readonly pins = new Map<string, { source: string; version: string }>();
  /** What {@link ShootStack.addOverride} set, merged over the rendered document. */
  private readonly overrides: { [key: string]: any } = {};

  /**
   * @param id identifies the stack in errors only; it appears nowhere in the rendered JSON.
   * @param props where the stack keeps its state
   * @param scope a cdktn `App` to put the stack in, for `App.synth()` (which then writes the
   * stack's `cdk.tf.json` with the same content as {@link ShootStack.toTerraformJson}); by default
   * the stack is a root of its own: no App, no output directory, nothing shared between shoots
   */
  public constructor(id: string, props: ShootStackProps, scope?: Construct) {
    super(scope as Construct, id);
    this.backend = props.backend;
    this.engine = props.engine ?? DEFAULT_ENGINE_CONSTRAINT;
  }

  /**
   * Gives a resource, data source, variable or output its Terraform name, the second part of
   * its address (`openstack_networking_network_v2.<name>`). Call it right after creating the
   * element, before anything refers to it.
   */
  public name(element: TerraformElement, name: string): void {
    checkName(name, element.node.path);
    if (TerraformStack.of(element) !== this) {
      throw new Error(`${element.node.path} does not belong to stack ${this.node.id}`);
    }
    element.overrideLogicalId(name);
  }

  /** Adds the OpenStack provider, pinned to the version its bindings were generated from. */
  public addOpenStackProvider(props: OpenStackProviderProps = {}): openstack.provider.OpenstackProvider {
    const provider = new openstack.provider.OpenstackProvider(this, 'provider-openstack', openStackProviderConfig(props));
    this.pinProvider(provider);
    return provider;
  }

  /** Adds the vSphere provider, pinned to the version its bindings were generated from. */
  public addVSphereProvider(props: VSphereProviderProps = {}): vsphere.provider.VsphereProvider {
    const provider = new vsphere.provider.VsphereProvider(this, 'provider-vsphere', vsphereProviderConfig(props));
    this.pinProvider(provider);
    return provider;
  }

  /**
   * Sets a value at a dotted path of the rendered document (an escape hatch), e.g.
   * `terraform.required_providers.openstack.version`; it is merged over what the elements render.
   */
  public addOverride(path: string, value: any): void {
    super.addOverride(path, value);
    const parts = path.split('.');
    let at = this.overrides;
    for (const part of parts.slice(0, -1)) {
      if (at[part] === null || typeof at[part] !== 'object' || Array.isArray(at[part])) at[part] = {};
      at = at[part];
    }
    at[parts[parts.length - 1]] = value;
  }

  /**
   * Sets or clears `lifecycle.prevent_destroy` on a resource: Terraform then refuses any plan
   * that would destroy it.
   */
  public preventDestroy(resource: TerraformResource, enabled: boolean = true): void {
    const lifecycle = { ...(resource.lifecycle ?? {}), preventDestroy: enabled ? true : undefined };
    const hasAny = Object.values(lifecycle).some((v) => v !== undefined);
    resource.lifecycle = hasAny ? lifecycle : undefined;
  }

  /**
   * Records that `resource` used to live at `fromAddress` (e.g.
   * `openstack_networking_network_v2.network`), so Terraform moves its state instead of
   * destroying and recreating it. May be called several times for a chain of renames.
   */
  public addMoved(fromAddress: string, resource: TerraformResource): void {
    requireText('fromAddress', fromAddress);
    this.moves.push({ from: fromAddress, to: resource });
  }

  /**
   * Records a move between two addresses given as text, e.g. into one instance of a `for_each`
   * resource (`openstack_compute_instance_v2.pool_a["zone-1-0"]`). Terraform ignores a move
   * whose target is not declared, so check the target before calling this.
   */
  public addMovedAddress(fromAddress: string, toAddress: string): void {
    this.moves.push(checkedMove(fromAddress, toAddress));
  }

  /**
   * Makes Terraform adopt an existing object as the resource (instance) at `toAddress`, given as
   * text (an `import` block). Terraform refuses to plan when the target is not declared.
   */
  public addImportAddress(toAddress: string, id: string): void {
    this.imports.push(checkedImport(toAddress, id));
  }

  /**
   * Makes Terraform adopt an existing object (by its provider-specific id) as `resource`
   * instead of creating it (an `import` block).
   */
  public addImport(resource: TerraformResource, id: string): void {
    requireText('id', id);
    resource.importFrom(id);
  }

  /**
   * Declares a sensitive string variable (e.g. a worker join token) whose value is supplied at
   * apply time (`TF_VAR_<name>` from a Secret), never written into the JSON.
   * @returns the variable; use `.stringValue` to refer to it
   */
  public addSensitiveVariable(name: string, props: SensitiveVariableProps): TerraformVariable {
    const variable = new TerraformVariable(this, `variable-${name}`, sensitiveVariableConfig(props));
    this.name(variable, name);
    return variable;
  }

  /** Declares an output value. */
  public addOutput(name: string, props: StackOutputProps): TerraformOutput {
    const output = new TerraformOutput(this, `output-${name}`, {
      value: props.value,
      description: props.description,
      sensitive: props.sensitive,
    });
    this.name(output, name);
    return output;
  }

  /**
   * Renders the stack: the content of its `cdk.tf.json` as a plain object, keys sorted at every
   * level, without cdktn's `//` metadata, with the backend and pinned providers. Aspects added to
   * the stack or its constructs run first, as `App.synth()` runs them. Throws when an element has
   * no Terraform name, when two elements share an address, or when a provider or backend block
   * carries a credential.
   */
  public toTerraformJson(): { [key: string]: any } {
    runAspects(this);
    return this.toTerraform();
  }

  /**
   * The stack's Terraform document as {@link ShootStack.toTerraformJson} gives it, once aspects
   * have run (cdktn's `App.synth()` runs them, then writes what this returns).
   *
   * Each element renders its own fragment (`TerraformElement.toTerraform()`, the bindings' generated
   * code naming the attributes); a fragment holding cdktn tokens (`network.id`, an iterator, a
   * function call) is resolved with cdktn's resolver, the rest is taken as it is. That is what
   * `TerraformStack.toTerraform()` gives, without resolving token-free fragments twice (for every
   * element and then for the whole document), which would cost most of a stack's rendering time;
   * the stack-level `//` metadata it adds is not wanted here anyway.
   */
  public toTerraform(): { [key: string]: any } {
    this.checkNames();
    const doc: { [key: string]: any } = {};
    for (const element of terraformElements(this)) {
      mergeFragment(doc, this.resolved(element.toTerraform()));
    }
    mergeFragment(doc, this.resolved(this.overrides));
    for (const [type, pin] of this.pins) ((doc.terraform ??= {}).required_providers ??= {})[type] = { ...pin };
    // Moves are kept on the stack rather than through cdktn's moveFromId(), which allows one move
    // per resource; a resource renamed twice needs two blocks. They follow cdktn's own.
    const moves = this.moves.map((m) => ({
      from: m.from,
      to: typeof m.to === 'string' ? m.to : `${m.to.terraformResourceType}.${m.to.friendlyUniqueId}`,
    }));
    return finishDocument(doc, this.backend, this.engine, moves, this.imports);
  }

  /**
   * Names cdktn would otherwise derive from construct paths: refuse them. (cdktn calls this for
   * every element that was not named with {@link ShootStack.name}.)
   */
  protected allocateLogicalId(element: TerraformElement | Node): string {
    const path = element instanceof Node ? element.path : element.node.path;
    throw new Error(`${path} has no Terraform name: call ShootStack.name() on it right after creating it`);
  }

  private pinProvider(provider: TerraformProvider): void {
    this.pins.set(provider.terraformResourceType, pinnedProvider(provider));
  }

  /** `value` with its cdktn tokens resolved in this stack; `value` itself when it holds none. */
  private resolved(value: unknown): any {
    return holdsTokens(value) ? Tokenization.resolve(value, { scope: this, preparing: false, resolver: TOKEN_RESOLVER }) : value;
  }

  /** Every element must be named, and no two may share an address. */
  private checkNames(): void {
    const seen = new Map<string, string>();
    for (const node of this.node.findAll()) {
      if (!TerraformElement.isTerraformElement(node)) continue;
      let address: string | undefined;
      if (TerraformResource.isTerraformResource(node)) {
        address = `${node.terraformResourceType}.${node.friendlyUniqueId}`;
      } else if (TerraformDataSource.isTerraformDataSource(node)) {
        address = `data.${node.terraformResourceType}.${node.friendlyUniqueId}`;
      } else if (node instanceof TerraformVariable) {
        address = `var.${node.friendlyUniqueId}`;
      } else if (node instanceof TerraformOutput) {
        address = `output.${node.friendlyUniqueId}`;
      }
      if (address === undefined) continue;
      const other = seen.get(address);
      if (other !== undefined) {
        throw new Error(`${node.node.path} and ${other} are both named ${address}`);
      }
      seen.set(address, node.node.path);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The stack definition
// ---------------------------------------------------------------------------------------------

/** A resource class generated from a provider schema (an L1 binding such as `openstack.networkingRouterV2.NetworkingRouterV2`). */
export interface ResourceBinding<C> {
  new (scope: Construct, id: string, config: C): TerraformResource;
  /** The Terraform type of the resource, e.g. `openstack_networking_router_v2` (generated). */
  readonly tfResourceType: string;
  /**
   * The attributes of a resource constructed with `config`, as its `synthesizeAttributes()` gives
   * them (generated into seedbed's bindings by `scripts/gen-providers.ts`).
   */
  configToTerraform(config: C): { [name: string]: any };
}

/** A data source class generated from a provider schema. */
export interface DataSourceBinding<C> {
  new (scope: Construct, id: string, config: C): TerraformDataSource;
  /** The Terraform type of the data source, e.g. `vsphere_datacenter` (generated). */
  readonly tfResourceType: string;
  /** The attributes of a data source constructed with `config` (see {@link ResourceBinding.configToTerraform}). */
  configToTerraform(config: C): { [name: string]: any };
}

/** Meta-arguments of a resource or data source in a {@link ShootStackDefinition}. */
export interface ElementOptions {
  /**
   * `for_each` of the element: a map (written as it is, keys untouched) or an expression.
   * @default - a single instance
   */
  readonly forEach?: unknown;
  /**
   * `lifecycle.prevent_destroy` (resources only).
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * `lifecycle.ignore_changes` (resources only): Terraform attribute names.
   * @default - none
   */
  readonly ignoreChanges?: string[];
}

/** A resource, data source, local or variable of a {@link ShootStackDefinition}. */
export class StackElement {
  /** @internal */
  public constructor(
    /** The address other elements refer to it by, e.g. `data.vsphere_datacenter.region` or `local.join_ready`. */
    public readonly address: string,
  ) {}

  /** A reference to one of its attributes, `${<address>.<attribute>}`. */
  public ref(attribute: string): string {
    return `\${${this.address}.${attribute}}`;
  }

  /** A reference to the element itself, `${<address>}` (for locals and variables). */
  public get expression(): string {
    return `\${${this.address}}`;
  }
}

type DefinedElement =
  | { readonly kind: 'provider'; readonly type: 'openstack'; readonly props: OpenStackProviderProps }
  | { readonly kind: 'provider'; readonly type: 'vsphere'; readonly props: VSphereProviderProps }
  | { readonly kind: 'resource' | 'data'; readonly binding: ResourceBinding<any> | DataSourceBinding<any>;
    readonly type: string; readonly name: string; readonly config: object; readonly options: ElementOptions }
  | { readonly kind: 'local'; readonly name: string; readonly expression: unknown }
  | { readonly kind: 'variable'; readonly name: string; readonly props: SensitiveVariableProps }
  | { readonly kind: 'output'; readonly name: string; readonly props: StackOutputProps };

/**
 * What one shoot's Terraform stack holds — providers, resources and data sources with the typed
 * configs of their provider bindings, locals, variables, outputs, `moved` and `import` blocks.
 *
 * {@link ShootStackDefinition.toTerraformJson} renders it (how a shoot's `cdk.tf.json` is made)
 * through the bindings' generated `configToTerraform()`, without constructing them;
 * {@link ShootStackDefinition.toStack} builds it as a {@link ShootStack} of the bindings' own
 * constructs, which renders to the same document. References between elements are Terraform expressions
 * (`element.ref('id')`), never cdktn tokens, so the renderers stay independent of the construct
 * tree and a definition is plain data until it is rendered.
 */
export class ShootStackDefinition {
  /** Where the stack keeps its state. */
  public readonly backend: StateBackend;
  /** The engine's version constraints the stack carries. */
  public readonly engine: EngineConstraint;
  private readonly elements: DefinedElement[] = [];
  private readonly addresses = new Set<string>();
  private readonly moves: Array<{ from: string; to: string }> = [];
  private readonly imports: Array<{ to: string; id: string }> = [];

  /**
   * @param id identifies the stack in errors only; it appears nowhere in the rendered JSON.
   */
  public constructor(public readonly id: string, props: ShootStackProps) {
    this.backend = props.backend;
    this.engine = props.engine ?? DEFAULT_ENGINE_CONSTRAINT;
  }

  /** Adds the OpenStack provider, pinned to the version its bindings were generated from. */
  public addOpenStackProvider(props: OpenStackProviderProps = {}): void {
    this.addProvider({ kind: 'provider', type: 'openstack', props: { ...props } });
  }

  /** Adds the vSphere provider, pinned to the version its bindings were generated from. */
  public addVSphereProvider(props: VSphereProviderProps = {}): void {
    this.addProvider({ kind: 'provider', type: 'vsphere', props: { ...props } });
  }

  /** Adds a resource named `name` (the second part of its address), configured as its binding's constructor would be. */
  public resource<C extends object>(binding: ResourceBinding<C>, name: string, config: C, options: ElementOptions = {}): StackElement {
    const type = binding.tfResourceType;
    const address = `${type}.${name}`;
    assertNoTokens(config, `${this.id} ${address}`);
    assertNoMetaArguments(config, `${this.id} ${address}`);
    assertNoTokens(options.forEach, `${this.id} ${address} for_each`);
    this.claim(address, name);
    this.elements.push({ kind: 'resource', binding, type, name, config, options });
    return new StackElement(address);
  }

  /** Adds a data source named `name`. */
  public dataSource<C extends object>(binding: DataSourceBinding<C>, name: string, config: C, options: Pick<ElementOptions, 'forEach'> = {}): StackElement {
    const type = binding.tfResourceType;
    const address = `data.${type}.${name}`;
    assertNoTokens(config, `${this.id} ${address}`);
    assertNoMetaArguments(config, `${this.id} ${address}`);
    assertNoTokens(options.forEach, `${this.id} ${address} for_each`);
    this.claim(address, name);
    this.elements.push({ kind: 'data', binding, type, name, config, options });
    return new StackElement(address);
  }

  /** Adds a local value (an expression string, or a literal map or list). */
  public local(name: string, expression: unknown): StackElement {
    assertNoTokens(expression, `${this.id} local.${name}`);
    this.claim(`local.${name}`, name);
    this.elements.push({ kind: 'local', name, expression });
    return new StackElement(`local.${name}`);
  }

  /**
   * Declares a sensitive string variable (e.g. a worker join token) whose value is supplied at
   * apply time (`TF_VAR_<name>` from a Secret), never written into the JSON.
   */
  public addSensitiveVariable(name: string, props: SensitiveVariableProps): StackElement {
    this.claim(`var.${name}`, name);
    this.elements.push({ kind: 'variable', name, props: { ...props } });
    return new StackElement(`var.${name}`);
  }

  /** Declares an output value. */
  public addOutput(name: string, props: StackOutputProps): void {
    assertNoTokens(props.value, `${this.id} output.${name}`);
    this.claim(`output.${name}`, name);
    this.elements.push({ kind: 'output', name, props: { ...props } });
  }

  /**
   * Records a move between two addresses given as text (`moved` block), e.g. into one instance
   * of a `for_each` resource. Terraform ignores a move whose target is not declared.
   */
  public addMovedAddress(fromAddress: string, toAddress: string): void {
    this.moves.push(checkedMove(fromAddress, toAddress));
  }

  /**
   * Makes Terraform adopt an existing object as the resource (instance) at `toAddress` (an
   * `import` block). Terraform refuses to plan when the target is not declared.
   */
  public addImportAddress(toAddress: string, id: string): void {
    this.imports.push(checkedImport(toAddress, id));
  }

  /**
   * Renders the stack: the content of its `cdk.tf.json` as a plain object, keys sorted at every
   * level, what {@link toStack} followed by {@link ShootStack.toTerraformJson} gives. Throws when a config
   * key is not an argument of its binding, or when a provider or backend block carries a
   * credential.
   */
  public toTerraformJson(): { [key: string]: any } {
    return withoutCreationStacks(() => this.render());
  }

  /**
   * The stack as constructs: a {@link ShootStack} holding the bindings' own resource, data
   * source, provider, local, variable and output constructs, each named as defined.
   * @param scope a cdktn `App` to add the stack to (see {@link ShootStack}); by default a root of its own
   */
  public toStack(scope?: Construct): ShootStack {
    const stack = new ShootStack(this.id, { backend: this.backend, engine: this.engine }, scope);
    for (const e of this.elements) {
      switch (e.kind) {
        case 'provider':
          if (e.type === 'openstack') stack.addOpenStackProvider(e.props);
          else stack.addVSphereProvider(e.props);
          break;
        case 'resource':
        case 'data': {
          const element = new e.binding(stack, `${e.kind === 'data' ? 'data.' : ''}${e.type}.${e.name}`, e.config);
          assertArguments(element, e.config, `${this.id}: ${e.type}`);
          stack.name(element, e.name);
          if (e.options.forEach !== undefined) element.addOverride('for_each', e.options.forEach);
          if (e.kind === 'resource') (element as TerraformResource).lifecycle = lifecycleOf(e.options);
          break;
        }
        case 'local':
          stack.name(new TerraformLocal(stack, `local.${e.name}`, e.expression), e.name);
          break;
        case 'variable':
          stack.addSensitiveVariable(e.name, e.props);
          break;
        case 'output':
          stack.addOutput(e.name, e.props);
          break;
      }
    }
    for (const m of this.moves) stack.addMovedAddress(m.from, m.to);
    for (const i of this.imports) stack.addImportAddress(i.to, i.id);
    return stack;
  }

  /**
   * The document {@link toStack} followed by {@link ShootStack.toTerraformJson} gives, built
   * without constructing the stack: each element's attributes come from its binding's generated
   * `configToTerraform()` (the binding's own `synthesizeAttributes()` read from the config), and
   * the rest is what cdktn's `toTerraform()` of each element adds for what a definition can hold
   * (providers, `lifecycle`, `for_each`, locals, variables, outputs; cdktn's meta-arguments are
   * refused where a config enters). A definition holds no tokens, so nothing is left to resolve.
   * test/render/terraform/equivalence.test.ts holds the two to the same bytes.
   */
  private render(): { [key: string]: any } {
    const doc: { [key: string]: any } = {};
    const section = (key: string): { [key: string]: any } => (doc[key] ??= {});
    for (const e of this.elements) {
      switch (e.kind) {
        case 'provider': {
          const [binding, config]: [ProviderBinding<any>, object] = e.type === 'openstack'
            ? [openstack.provider.OpenstackProvider, openStackProviderConfig(e.props)]
            : [vsphere.provider.VsphereProvider, vsphereProviderConfig(e.props)];
          ((section('terraform').required_providers ??= {}) as { [type: string]: unknown })[binding.tfResourceType] = providerPin(binding);
          (section('provider')[binding.tfResourceType] ??= []).push(binding.configToTerraform(config));
          break;
        }
        case 'resource':
        case 'data': {
          assertBindingArguments(e.binding, e.config, `${this.id}: ${e.type}`);
          const attributes = e.binding.configToTerraform(e.config);
          const lifecycle = e.kind === 'resource' ? lifecycleOf(e.options) : undefined;
          if (lifecycle) attributes.lifecycle = { prevent_destroy: lifecycle.preventDestroy, ignore_changes: lifecycle.ignoreChanges };
          if (e.options.forEach !== undefined) attributes.for_each = e.options.forEach;
          (section(e.kind)[e.type] ??= {})[e.name] = attributes;
          break;
        }
        case 'local':
          section('locals')[e.name] = e.expression;
          break;
        case 'variable':
          section('variable')[e.name] = sensitiveVariableConfig(e.props);
          break;
        case 'output':
          section('output')[e.name] = { value: e.props.value, description: e.props.description, sensitive: e.props.sensitive };
          break;
      }
    }
    return finishDocument(doc, this.backend, this.engine, this.moves, this.imports);
  }

  private addProvider(provider: DefinedElement & { kind: 'provider' }): void {
    if (this.elements.some((e) => e.kind === 'provider' && e.type === provider.type)) {
      throw new Error(`${this.id}: the ${provider.type} provider is already added`);
    }
    this.elements.push(provider);
  }

  /** Checks a Terraform name and that no other element has the address. */
  private claim(address: string, name: string): void {
    checkName(name, this.id);
    if (this.addresses.has(address)) {
      throw new Error(`${this.id}: two elements are named ${address}`);
    }
    this.addresses.add(address);
  }
}

// ---------------------------------------------------------------------------------------------
// helpers (not exported)
// ---------------------------------------------------------------------------------------------

function requireText(field: string, value: string | undefined): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${field} must be a non-empty string`);
  }
}

/** Refuses a Terraform name (the second part of an address); `where` starts the message. */
function checkName(name: string, where: string): void {
  if (!TERRAFORM_NAME.test(name)) {
    throw new Error(`${where}: "${name}" is not a valid Terraform name (${TERRAFORM_NAME})`);
  }
}

/** A `moved` block between two addresses given as text. */
function checkedMove(fromAddress: string, toAddress: string): { from: string; to: string } {
  requireText('fromAddress', fromAddress);
  requireText('toAddress', toAddress);
  return { from: fromAddress, to: toAddress };
}

/** An `import` block adopting the object `id` at an address given as text. */
function checkedImport(toAddress: string, id: string): { to: string; id: string } {
  requireText('toAddress', toAddress);
  requireText('id', id);
  return { to: toAddress, id };
}

function openStackProviderConfig(props: OpenStackProviderProps): openstack.provider.OpenstackProviderConfig {
  return { region: props.region, cloud: props.cloud, authUrl: props.authUrl };
}

function vsphereProviderConfig(props: VSphereProviderProps): vsphere.provider.VsphereProviderConfig {
  return {
    vsphereServer: props.server,
    allowUnverifiedSsl: props.allowUnverifiedSsl,
    // The schema marks user and password as required (the provider reads them from
    // VSPHERE_USER / VSPHERE_PASSWORD when absent); they must stay out of the JSON.
    user: undefined as unknown as string,
    password: undefined as unknown as string,
  };
}

/** The settings of a sensitive string variable; its keys are the same in the binding's config and in the JSON. */
function sensitiveVariableConfig(props: SensitiveVariableProps) {
  return { type: 'string', description: props.description, sensitive: true, nullable: false, default: props.default };
}

/**
 * `terraform.required_providers.<type>` of a provider: its source in the short `namespace/type`
 * form (see {@link shortProviderSource}) and the exact version of its bindings.
 */
function pinnedProvider(provider: TerraformProvider): { source: string; version: string } {
  const version = provider.terraformGeneratorMetadata?.providerVersion;
  const source = provider.terraformProviderSource;
  if (!version || !source) {
    throw new Error(`provider ${provider.terraformResourceType} has no generator metadata to pin it`);
  }
  return { source: shortProviderSource(source), version };
}

/**
 * A provider source as seedbed writes it: `namespace/type`, the form Terraform and OpenTofu read
 * alike. Each engine fills in its own default registry host (hashicorp/terraform-registry-address
 * `provider.go`: DefaultProviderRegistryHost `registry.terraform.io`; opentofu/registry-address
 * `provider.go`: DefaultProviderRegistryHost `registry.opentofu.org`), and both registries serve
 * the providers seedbed pins (opentofu/registry `providers/t/terraform-provider-openstack/openstack.json`
 * lists 3.4.0, `providers/v/vmware/vsphere.json` 2.15.0). A source that names
 * `registry.terraform.io` outright would send OpenTofu to HashiCorp's registry instead of its own,
 * so that host is dropped; any other host (a private registry) is kept, as both engines must then
 * ask that one. A source without a namespace is refused: seedbed always names the namespace.
 */
export function shortProviderSource(source: string): string {
  const parts = source.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) {
    throw new Error(`provider source "${source}" is not [hostname/]namespace/type`);
  }
  return parts.length === 3 && parts[0].toLowerCase() === TERRAFORM_REGISTRY_HOST ? `${parts[1]}/${parts[2]}` : source;
}

/** The `lifecycle` of a resource as the bindings take it, or undefined when it sets nothing. */
function lifecycleOf(options: ElementOptions): { preventDestroy?: boolean; ignoreChanges?: string[] } | undefined {
  const preventDestroy = options.preventDestroy ? true : undefined;
  const ignoreChanges = options.ignoreChanges ? [...options.ignoreChanges] : undefined;
  return preventDestroy === undefined && ignoreChanges === undefined ? undefined : { preventDestroy, ignoreChanges };
}

/**
 * cdktn's switch that stops it recording a stack trace for every token-like object it creates
 * (open-constructs/cdk-terrain `packages/cdktn/src/tokens/private/stack-trace.ts`,
 * `captureCreationStack`; tested in `packages/cdktn/test/stack-trace.test.ts`).
 */
const NO_CREATION_STACKS = 'CDKTN_DISABLE_CREATION_STACK';

/**
 * Runs `fn` (rendering a definition, or constructing a binding) with cdktn's creation stacks off.
 * cdktn records one for each block reference it creates (every block of a binding constructed, and
 * the references `configToTerraform()` reads single blocks through), only to decorate errors about tokens;
 * a definition holds none (refused where they enter), and recording them costs more than the rest
 * of rendering. The setting is put back afterwards, so nothing else in the process is affected.
 */
function withoutCreationStacks<T>(fn: () => T): T {
  const previous = process.env[NO_CREATION_STACKS];
  process.env[NO_CREATION_STACKS] = '1';
  try {
    return fn();
  } finally {
    if (previous === undefined) delete process.env[NO_CREATION_STACKS];
    else process.env[NO_CREATION_STACKS] = previous;
  }
}

/** How cdktn resolves tokens in a stack (the resolver `TerraformStack.toTerraform()` uses). */
const TOKEN_RESOLVER = new DefaultTokenResolver(new StringConcat());

/** The Terraform elements of a stack, in construct order, not descending into nested stacks. */
function terraformElements(node: IConstruct, into: TerraformElement[] = []): TerraformElement[] {
  if (TerraformElement.isTerraformElement(node)) into.push(node);
  for (const child of node.node.children) {
    if (!TerraformStack.isStack(child)) terraformElements(child, into);
  }
  return into;
}

/** Whether a rendered fragment holds anything only cdktn's resolver can turn into JSON. */
function holdsTokens(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'number':
      return Token.isUnresolved(value);
    case 'object': {
      if (value === null) return false;
      if (Array.isArray(value)) return Token.isUnresolved(value) || value.some(holdsTokens);
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return true;
      // A map token sits in the keys; the `//` metadata of an element is dropped unread.
      if (Token.isUnresolved(value)) return true;
      for (const key in value) if (key !== '//' && holdsTokens((value as { [key: string]: unknown })[key])) return true;
      return false;
    }
    default:
      return false;
  }
}

/**
 * Merges a resolved fragment into the document the way cdktn merges element fragments: objects
 * member by member, lists appended, undefined members skipped.
 */
function mergeFragment(target: { [key: string]: any }, source: unknown): void {
  if (source === null || typeof source !== 'object') return;
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (target[key] === null || typeof target[key] !== 'object' || Array.isArray(target[key])) target[key] = {};
      mergeFragment(target[key], value);
    } else if (Array.isArray(value) && Array.isArray(target[key])) {
      target[key] = [...target[key], ...value];
    } else {
      target[key] = value;
    }
  }
}

/**
 * Runs the aspects added to `root` or below it, as `App.synth()` does before it renders a stack:
 * each construct is visited by its own aspects and those of its scopes, top down, each aspect at
 * most once per construct however often the stack is rendered.
 */
const visitedBy = new WeakMap<IConstruct, Set<IAspect>>();
function runAspects(root: IConstruct, inherited: readonly IAspect[] = []): void {
  const aspects = [...inherited, ...Aspects.of(root).all];
  let visited = visitedBy.get(root);
  for (const aspect of aspects) {
    if (visited?.has(aspect)) continue;
    aspect.visit(root);
    if (!visited) visitedBy.set(root, (visited = new Set()));
    visited.add(aspect);
  }
  for (const child of root.node.children) runAspects(child, aspects);
}

/**
 * `Token.isUnresolved` of a string or number, remembered: a fleet's stacks repeat the same values
 * (protocols, expressions, sizes) in every shoot, and the answer depends on the value alone. At
 * most {@link UNRESOLVED_CACHE_SIZE} values are kept; the cache starts over when it is full.
 */
const unresolvedValues = new Map<string | number, boolean>();
const UNRESOLVED_CACHE_SIZE = 50_000;
function isUnresolved(value: string | number): boolean {
  let answer = unresolvedValues.get(value);
  if (answer === undefined) {
    answer = Token.isUnresolved(value);
    if (unresolvedValues.size >= UNRESOLVED_CACHE_SIZE) unresolvedValues.clear();
    unresolvedValues.set(value, answer);
  }
  return answer;
}

/**
 * Refuses cdktn tokens and class instances in a definition: it holds Terraform expressions
 * (`element.ref('id')`) and plain data, which render the same whatever stack they end up in.
 */
function assertNoTokens(value: unknown, where: string): void {
  switch (typeof value) {
    case 'string':
    case 'number':
      if (isUnresolved(value)) throw tokenError(where, String(value));
      return;
    case 'function':
    case 'symbol':
    case 'bigint':
      throw new Error(`${where}: a ${typeof value} cannot be rendered into a stack`);
    case 'object': {
      if (value === null) return;
      if (Array.isArray(value)) {
        for (const item of value) assertNoTokens(item, where);
        return;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw tokenError(where, `a ${proto?.constructor?.name ?? 'class'} instance`);
      for (const key in value) assertNoTokens((value as { [key: string]: unknown })[key], where);
      return;
    }
  }
}

function tokenError(where: string, what: string): Error {
  return new Error(`${where}: ${what} is a cdktn token or object; a ShootStackDefinition holds Terraform expressions (element.ref('id'))`);
}

/** A provider class generated from a provider schema. */
interface ProviderBinding<C> {
  new (scope: Construct, id: string, config: C): TerraformProvider;
  readonly tfResourceType: string;
  configToTerraform(config: C): { [name: string]: any };
}

/**
 * One instance of each binding class, constructed with an empty config in a stack of their own
 * and never rendered: what {@link providerPin} reads the generator metadata from and
 * {@link assertBindingArguments} checks config keys against.
 */
const probes = new Map<Function, TerraformElement>();
let probeStack: TerraformStack | undefined;
function probe(binding: new (scope: Construct, id: string, config: any) => TerraformElement, type: string): TerraformElement {
  let element = probes.get(binding);
  if (!element) {
    probeStack ??= new TerraformStack(undefined as unknown as Construct, 'binding-probes');
    element = withoutCreationStacks(() => new binding(probeStack!, `${probes.size}-${type}`, {}));
    probes.set(binding, element);
  }
  return element;
}

/** `terraform.required_providers.<type>` of a provider binding (see {@link pinnedProvider}). */
function providerPin(binding: ProviderBinding<any>): { source: string; version: string } {
  return { ...pinnedProvider(probe(binding, binding.tfResourceType) as TerraformProvider) };
}

/** {@link assertArguments} for a binding class, without constructing an element for the config. */
function assertBindingArguments(binding: ResourceBinding<any> | DataSourceBinding<any>, config: object, where: string): void {
  let known = argumentsOf.get(binding);
  if (!known) argumentsOf.set(binding, (known = new Map()));
  for (const key in config) {
    if ((config as { [key: string]: unknown })[key] === undefined) continue;
    let argument = known.get(key);
    if (argument === undefined) known.set(key, (argument = key in probe(binding, binding.tfResourceType)));
    if (!argument) throw new Error(`${where}: "${key}" is not an argument or block of the binding`);
  }
}

/**
 * cdktn's meta-arguments of a resource or data source config (`TerraformMetaArguments`, and
 * `TerraformResourceConfig`'s connection and provisioners). A definition takes `for_each` and
 * `lifecycle` as {@link ElementOptions}; the others take cdktn objects, which it does not hold.
 */
const META_ARGUMENTS: ReadonlySet<string> = new Set(['connection', 'count', 'dependsOn', 'forEach', 'lifecycle', 'provider', 'provisioners']);

function assertNoMetaArguments(config: object, where: string): void {
  for (const key in config) {
    if (META_ARGUMENTS.has(key) && (config as { [key: string]: unknown })[key] !== undefined) {
      throw new Error(`${where}: "${key}" is a cdktn meta-argument; a ShootStackDefinition takes for_each and lifecycle as ElementOptions`);
    }
  }
}

/** Refuses config keys that are no argument of the binding (the binding's constructor would drop them silently). */
function assertArguments(element: TerraformElement, config: object, where: string): void {
  for (const [key, value] of Object.entries(config)) {
    if (value !== undefined && !(key in element)) {
      throw new Error(`${where}: "${key}" is not an argument or block of the binding`);
    }
  }
}

/** What {@link assertBindingArguments} found about each key of each binding's probe. */
const argumentsOf = new Map<Function, Map<string, boolean>>();

/**
 * Ends a rendered stack: the state backend, the engine's version constraints, the `moved` and
 * `import` blocks (after any `doc` already holds), then {@link clean} and the credential check.
 */
function finishDocument(
  doc: { [key: string]: any },
  backend: StateBackend,
  engine: EngineConstraint,
  moves: ReadonlyArray<{ from: string; to: string }>,
  imports: ReadonlyArray<{ to: string; id: string }>,
): { [key: string]: any } {
  const terraform = (doc.terraform ??= {});
  terraform.backend = backend.toBackendBlock();
  terraform.required_version = engine.requiredVersion;
  // OpenTofu 1.12 reads its constraint only from here in a .tf.json file
  // (opentofu/opentofu@v1.12.1:internal/configs/diagnostics.go checkVersionRequirements).
  if (engine.openTofu !== undefined) doc.language = { compatible_with: { opentofu: engine.openTofu } };
  if (moves.length > 0) doc.moved = [...(doc.moved ?? []), ...moves.map((m) => ({ ...m }))];
  if (imports.length > 0) doc.import = [...(doc.import ?? []), ...imports.map((i) => ({ ...i }))];
  // The one choke point every stack passes: fleet strings marked as literals where they entered
  // (defineShootStack) are escaped here, so Terraform reads them as the text they are.
  const out = clean(unmarkLiterals(doc)) as { [key: string]: any };
  assertNoCredentials(out);
  return out;
}

function dropUndefined(o: { [key: string]: unknown }): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Copies a rendered value with object keys sorted (by code unit, independent of locale), cdktn
 * comment keys (`//`) dropped, and undefined members and array entries dropped (cdktn's
 * resolution leaves none in arrays).
 */
function clean(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (const item of value) {
      const v = clean(item);
      if (v !== undefined) list.push(v);
    }
    return list;
  }
  const out: { [key: string]: unknown } = {};
  for (const key of sortStrings(Object.keys(value))) {
    if (key === '//') continue;
    const v = clean((value as { [key: string]: unknown })[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Refuses provider or backend blocks that carry a credential. */
function assertNoCredentials(doc: { [key: string]: any }): void {
  const blocks: Array<[string, unknown]> = [];
  for (const [type, configs] of Object.entries(doc.provider ?? {})) {
    for (const config of configs as unknown[]) blocks.push([`provider.${type}`, config]);
  }
  for (const [type, config] of Object.entries(doc.terraform?.backend ?? {})) {
    blocks.push([`terraform.backend.${type}`, config]);
  }
  for (const [where, config] of blocks) {
    for (const key of Object.keys((config ?? {}) as object)) {
      if (CREDENTIAL_KEYS.has(key) && !NOT_CREDENTIALS[where]?.includes(key)) {
        throw new Error(`${where} sets "${key}": credentials must come from the environment, not the stack`);
      }
    }
  }
}
