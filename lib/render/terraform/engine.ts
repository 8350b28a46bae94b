/**
 * The one place where seedbed touches cdktf.
 *
 * Every import from `cdktf`, from `@cdktf/provider-vsphere` and from the generated OpenStack
 * bindings lives in this file; the per-shoot stack renderers import what they need from here.
 * If seedbed moves to another CDK-for-Terraform implementation (cdktf was archived upstream),
 * this file is what changes.
 *
 * What the engine adds on top of cdktf:
 * - {@link ShootStackDefinition}: what a shoot's stack holds, with the typed configs of the
 *   provider bindings, rendered to `cdk.tf.json` content by the engine itself (milliseconds
 *   faster per stack than cdktf's synthesis) or, through {@link ShootStackDefinition.toCdktfStack},
 *   by cdktf — the two give the same bytes, which a test checks on every example fleet;
 * - {@link ShootStack}: an isolated cdktf stack per shoot (its own construct root, no cdktf `App`,
 *   no output directory), rendered straight to a plain JSON object with sorted keys and without
 *   cdktf's construct-path metadata;
 * - Terraform names chosen by the renderer ({@link ShootStack.name}) instead of construct-path
 *   hashes, so refactoring the construct tree never changes a resource address;
 * - providers pinned to the exact version the bindings were generated from, with fully
 *   qualified sources and no credentials;
 * - the state backend as a typed choice ({@link StateBackend});
 * - `prevent_destroy`, `moved` and `import` blocks, and sensitive input variables.
 */
import { Construct, Node } from 'constructs';
import {
  TerraformDataSource,
  TerraformElement,
  TerraformLocal,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
  Token,
} from 'cdktf';
// Aspects run during synthesis; cdktf does not export the function that invokes them.
import { invokeAspects } from 'cdktf/lib/synthesize/synthesizer';
import * as vsphere from '@cdktf/provider-vsphere';
import { sortStrings } from '../../core/order';
import * as openstack from '../../imports/providers/openstack';
import { unmarkLiterals } from './literals';

export { openstack, vsphere };
export type { IResolvable, ITerraformDependable } from 'cdktf';
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
} from 'cdktf';

/** Registry host written in front of every provider source, so the source is unambiguous. */
const REGISTRY_HOST = 'registry.terraform.io';

/** Oldest Terraform that understands everything the engine emits (`import` blocks need 1.5). */
const REQUIRED_TERRAFORM_VERSION = '>= 1.5.0';

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
 * {@link ShootStack.name} (or the helpers that name for you); rendering fails for anything cdktf
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
  private readonly moves: Array<{ from: string; to: TerraformResource | string }> = [];
  private readonly imports: Array<{ to: string; id: string }> = [];

  /**
   * @param id identifies the stack in errors only; it appears nowhere in the rendered JSON.
   * @param props where the stack keeps its state
   * @param scope a cdktf `App` to put the stack in, for `App.synth()` (which then writes the
   * stack's `cdk.tf.json` with the same content as {@link ShootStack.toTerraformJson}); by default
   * the stack is a root of its own: no App, no output directory, nothing shared between shoots
   */
  public constructor(id: string, props: ShootStackProps, scope?: Construct) {
    super(scope as Construct, id);
    this.backend = props.backend;
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

  /** Adds the vSphere provider, pinned to the version `@cdktf/provider-vsphere` was generated from. */
  public addVSphereProvider(props: VSphereProviderProps = {}): vsphere.provider.VsphereProvider {
    const provider = new vsphere.provider.VsphereProvider(this, 'provider-vsphere', vsphereProviderConfig(props));
    this.pinProvider(provider);
    return provider;
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
   * level, without cdktf's `//` metadata, with the backend and pinned providers. Throws when an
   * element has no Terraform name, when two elements share an address, or when a provider or
   * backend block carries a credential.
   */
  public toTerraformJson(): { [key: string]: any } {
    invokeAspects(this);
    return this.toTerraform();
  }

  /**
   * The stack's Terraform document as {@link ShootStack.toTerraformJson} gives it, once aspects
   * have run (cdktf's `App.synth()` runs them, then writes what this returns).
   */
  public toTerraform(): { [key: string]: any } {
    this.checkNames();
    // Moves are kept on the stack rather than through cdktf's moveFromId(), which allows one move
    // per resource; a resource renamed twice needs two blocks. They follow cdktf's own.
    const moves = this.moves.map((m) => ({
      from: m.from,
      to: typeof m.to === 'string' ? m.to : `${m.to.terraformResourceType}.${m.to.friendlyUniqueId}`,
    }));
    return finishDocument(super.toTerraform() as { [key: string]: any }, this.backend, moves, this.imports);
  }

  /**
   * Names cdktf would otherwise derive from construct paths: refuse them. (cdktf calls this for
   * every element that was not named with {@link ShootStack.name}.)
   */
  protected allocateLogicalId(element: TerraformElement | Node): string {
    const path = element instanceof Node ? element.path : element.node.path;
    throw new Error(`${path} has no Terraform name: call ShootStack.name() on it right after creating it`);
  }

  private pinProvider(provider: TerraformProvider): void {
    this.addOverride(`terraform.required_providers.${provider.terraformResourceType}`, pinnedProvider(provider));
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
// The stack definition: rendered by the engine itself, or through cdktf
// ---------------------------------------------------------------------------------------------

/** A resource class generated from a provider schema (an L1 binding such as `openstack.networkingRouterV2.NetworkingRouterV2`). */
export type ResourceBinding<C> = new (scope: Construct, id: string, config: C) => TerraformResource;

/** A data source class generated from a provider schema. */
export type DataSourceBinding<C> = new (scope: Construct, id: string, config: C) => TerraformDataSource;

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
  | { readonly kind: 'resource' | 'data'; readonly binding: new (scope: Construct, id: string, config: any) => TerraformResource | TerraformDataSource;
    readonly type: string; readonly name: string; readonly config: object; readonly options: ElementOptions }
  | { readonly kind: 'local'; readonly name: string; readonly expression: unknown }
  | { readonly kind: 'variable'; readonly name: string; readonly props: SensitiveVariableProps }
  | { readonly kind: 'output'; readonly name: string; readonly props: StackOutputProps };

/**
 * What one shoot's Terraform stack holds — providers, resources and data sources with the typed
 * configs of their provider bindings, locals, variables, outputs, `moved` and `import` blocks —
 * rendered to `cdk.tf.json` content in one of two ways that give the same bytes:
 *
 * - {@link ShootStackDefinition.toTerraformJson}: by the engine itself, straight from the configs.
 *   cdktf's synthesis resolves every value of every stack through its token system, which costs
 *   milliseconds per stack; the definition holds no tokens, so the engine only has to name the
 *   attributes (done by each binding's own generated code) and sort the keys.
 * - {@link ShootStackDefinition.toCdktfStack}: a cdktf {@link ShootStack} built from the same
 *   definition, for cdktf's own synthesis (the reference the fast way is tested against) and as
 *   an escape hatch.
 *
 * References between elements are Terraform expressions (`element.ref('id')`), never cdktf tokens.
 */
export class ShootStackDefinition {
  /** Where the stack keeps its state. */
  public readonly backend: StateBackend;
  private readonly elements: DefinedElement[] = [];
  private readonly addresses = new Set<string>();
  private readonly moves: Array<{ from: string; to: string }> = [];
  private readonly imports: Array<{ to: string; id: string }> = [];

  /**
   * @param id identifies the stack in errors only; it appears nowhere in the rendered JSON.
   */
  public constructor(public readonly id: string, props: ShootStackProps) {
    this.backend = props.backend;
  }

  /** Adds the OpenStack provider, pinned to the version its bindings were generated from. */
  public addOpenStackProvider(props: OpenStackProviderProps = {}): void {
    this.addProvider({ kind: 'provider', type: 'openstack', props: { ...props } });
  }

  /** Adds the vSphere provider, pinned to the version `@cdktf/provider-vsphere` was generated from. */
  public addVSphereProvider(props: VSphereProviderProps = {}): void {
    this.addProvider({ kind: 'provider', type: 'vsphere', props: { ...props } });
  }

  /** Adds a resource named `name` (the second part of its address), configured as its binding's constructor would be. */
  public resource<C extends object>(binding: ResourceBinding<C>, name: string, config: C, options: ElementOptions = {}): StackElement {
    const type = bindingProbe(binding).terraformResourceType;
    this.claim(`${type}.${name}`, name);
    this.elements.push({ kind: 'resource', binding, type, name, config, options });
    return new StackElement(`${type}.${name}`);
  }

  /** Adds a data source named `name`. */
  public dataSource<C extends object>(binding: DataSourceBinding<C>, name: string, config: C, options: Pick<ElementOptions, 'forEach'> = {}): StackElement {
    const type = bindingProbe(binding).terraformResourceType;
    this.claim(`data.${type}.${name}`, name);
    this.elements.push({ kind: 'data', binding, type, name, config, options });
    return new StackElement(`data.${type}.${name}`);
  }

  /** Adds a local value (an expression string, or a literal map or list). */
  public local(name: string, expression: unknown): StackElement {
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
   * Renders the stack without cdktf's synthesis: the content of its `cdk.tf.json` as a plain
   * object, keys sorted at every level, byte for byte what {@link toCdktfStack} followed by
   * {@link ShootStack.toTerraformJson} gives. Throws when a provider or backend block carries a
   * credential, or when a value holds a cdktf token.
   */
  public toTerraformJson(): { [key: string]: any } {
    const doc: { [key: string]: any } = {};
    const terraform: { [key: string]: any } = {};
    const section = (key: string): { [key: string]: any } => (doc[key] ??= {});
    for (const e of this.elements) {
      switch (e.kind) {
        case 'provider': {
          const [binding, config]: [new (scope: Construct, id: string, config: any) => TerraformProvider, object] = e.type === 'openstack'
            ? [openstack.provider.OpenstackProvider, openStackProviderConfig(e.props)]
            : [vsphere.provider.VsphereProvider, vsphereProviderConfig(e.props)];
          const probe = bindingProbe(binding);
          (terraform.required_providers ??= {})[probe.terraformResourceType] = pinnedProvider(probe);
          (section('provider')[probe.terraformResourceType] ??= []).push(synthesizeWithBinding(binding, config));
          break;
        }
        case 'resource':
        case 'data': {
          const attributes = synthesizeWithBinding(e.binding, e.config);
          if (e.kind === 'resource') {
            const lifecycle = lifecycleOf(e.options);
            if (lifecycle) attributes.lifecycle = { prevent_destroy: lifecycle.preventDestroy, ignore_changes: lifecycle.ignoreChanges };
          }
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
    doc.terraform = terraform;
    return finishDocument(doc, this.backend, this.moves, this.imports, this.id);
  }

  /**
   * The same stack as cdktf constructs: a {@link ShootStack} holding the bindings' own resource,
   * data source, provider, local, variable and output constructs. Rendering it with
   * {@link ShootStack.toTerraformJson} runs cdktf's synthesis.
   * @param scope a cdktf `App` to add the stack to (see {@link ShootStack}); by default a root of its own
   */
  public toCdktfStack(scope?: Construct): ShootStack {
    const stack = new ShootStack(this.id, { backend: this.backend }, scope);
    for (const e of this.elements) {
      switch (e.kind) {
        case 'provider':
          if (e.type === 'openstack') stack.addOpenStackProvider(e.props);
          else stack.addVSphereProvider(e.props);
          break;
        case 'resource':
        case 'data': {
          const element = new e.binding(stack, `${e.kind === 'data' ? 'data.' : ''}${e.type}.${e.name}`, e.config);
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
// speed
// ---------------------------------------------------------------------------------------------

/**
 * Runs `fn` (building and rendering stacks) without the stack traces cdktf records for every
 * token it creates. Those traces only decorate cdktf's own token errors, and formatting them
 * (with source maps installed, as under ts-node and jest) costs more than the rest of rendering.
 * Real errors keep their stack traces: only captures into plain objects, which is how cdktf
 * records them, are skipped.
 */
export function withoutTokenTraces<T>(fn: () => T): T {
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, frames) => {
    if (!(error instanceof Error)) return '';
    return previous ? previous(error, frames) : `${String(error)}${frames.map((f) => `\n    at ${f}`).join('')}`;
  };
  try {
    return fn();
  } finally {
    Error.prepareStackTrace = previous;
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
    // The bindings mark user and password as required (the provider reads them from
    // VSPHERE_USER / VSPHERE_PASSWORD when absent); they must stay out of the JSON.
    user: undefined as unknown as string,
    password: undefined as unknown as string,
  };
}

/** The settings of a sensitive string variable; its keys are the same in cdktf's config and in the JSON. */
function sensitiveVariableConfig(props: SensitiveVariableProps) {
  return { type: 'string', description: props.description, sensitive: true, nullable: false, default: props.default };
}

/** `terraform.required_providers.<type>` of a provider: its fully qualified source and the exact version of its bindings. */
function pinnedProvider(provider: TerraformProvider): { source: string; version: string } {
  const version = provider.terraformGeneratorMetadata?.providerVersion;
  const source = provider.terraformProviderSource;
  if (!version || !source) {
    throw new Error(`provider ${provider.terraformResourceType} has no generator metadata to pin it`);
  }
  return { source: source.split('/').length === 2 ? `${REGISTRY_HOST}/${source}` : source, version };
}

/** The `lifecycle` of a resource as cdktf takes it, or undefined when it sets nothing. */
function lifecycleOf(options: ElementOptions): { preventDestroy?: boolean; ignoreChanges?: string[] } | undefined {
  const preventDestroy = options.preventDestroy ? true : undefined;
  const ignoreChanges = options.ignoreChanges ? [...options.ignoreChanges] : undefined;
  return preventDestroy === undefined && ignoreChanges === undefined ? undefined : { preventDestroy, ignoreChanges };
}

/**
 * One instance of each binding class, made once per process in a stack of its own and never
 * rendered: the engine reads its Terraform type and provider metadata, and lets its generated
 * code name the attributes of each config (see {@link synthesizeWithBinding}).
 */
const probes = new WeakMap<Function, any>();
let probeStack: TerraformStack | undefined;

function bindingProbe<T extends TerraformResource | TerraformDataSource | TerraformProvider>(binding: new (scope: Construct, id: string, config: any) => T): T {
  let probe = probes.get(binding);
  if (!probe) {
    probeStack ??= new TerraformStack(undefined as unknown as Construct, 'seedbed-binding-probes');
    probe = new binding(probeStack, `probe-${binding.name}-${probeStack.node.children.length}`, {});
    probes.set(binding, probe);
  }
  return probe;
}

/**
 * The attributes of an element with Terraform's names, from its binding's generated code: the
 * config is put into the probe's fields the way the binding's constructor puts it
 * (`this._<key> = config.<key>`, or `this._<key>.internalValue = …` for blocks), the generated
 * `synthesizeAttributes()` maps them (`adminStateUp` → `admin_state_up`, blocks through their
 * own converters, map keys untouched), and the fields are cleared again.
 */
function synthesizeWithBinding(binding: new (scope: Construct, id: string, config: any) => TerraformElement, config: object): { [key: string]: any } {
  const probe = bindingProbe(binding as any) as any;
  const values = config as { [key: string]: unknown };
  const set: Array<{ field: string; block: boolean }> = [];
  try {
    for (const key of Object.keys(values)) {
      const value = values[key];
      if (value === undefined) continue;
      const field = `_${key}`;
      if (!Object.prototype.hasOwnProperty.call(probe, field)) {
        throw new Error(`${probe.terraformResourceType}: "${key}" is not an attribute or block of the binding`);
      }
      const current = probe[field];
      const block = current !== null && typeof current === 'object' && 'internalValue' in current;
      if (block) current.internalValue = value;
      else probe[field] = value;
      set.push({ field, block });
    }
    return probe.synthesizeAttributes();
  } finally {
    for (const { field, block } of set) {
      if (block) probe[field].internalValue = undefined;
      else probe[field] = undefined;
    }
  }
}

/**
 * Ends a rendered stack the same way on both rendering paths: the state backend, the required
 * Terraform version, the `moved` and `import` blocks (after any `doc` already holds), then
 * {@link clean} and the credential check. `stackId` is given for a document built by the engine
 * itself, whose values must hold no cdktf tokens.
 */
function finishDocument(
  doc: { [key: string]: any },
  backend: StateBackend,
  moves: ReadonlyArray<{ from: string; to: string }>,
  imports: ReadonlyArray<{ to: string; id: string }>,
  stackId?: string,
): { [key: string]: any } {
  const terraform = (doc.terraform ??= {});
  terraform.backend = backend.toBackendBlock();
  terraform.required_version = REQUIRED_TERRAFORM_VERSION;
  if (moves.length > 0) doc.moved = [...(doc.moved ?? []), ...moves.map((m) => ({ ...m }))];
  if (imports.length > 0) doc.import = [...(doc.import ?? []), ...imports.map((i) => ({ ...i }))];
  // The one choke point both rendering paths pass: fleet strings marked as literals where they
  // entered (defineShootStack) are escaped here, so Terraform reads them as the text they are.
  const out = clean(unmarkLiterals(doc), stackId) as { [key: string]: any };
  assertNoCredentials(out);
  return out;
}

function tokenError(stackId: string, what: string): Error {
  return new Error(`${stackId}: ${what} is a cdktf token or object; a ShootStackDefinition holds Terraform expressions (element.ref('id')), which it renders without cdktf`);
}

function dropUndefined(o: { [key: string]: unknown }): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Copies a rendered value with object keys sorted (by code unit, independent of locale), cdktf
 * comment keys (`//`) dropped, and undefined members and array entries dropped (cdktf's
 * resolution leaves none in arrays). With `stackId` (a value built by the engine, not resolved by
 * cdktf) it also refuses cdktf tokens, which only cdktf's synthesis can resolve.
 */
function clean(value: unknown, stackId?: string): unknown {
  if (stackId !== undefined) {
    switch (typeof value) {
      case 'string':
        if (value.includes('TfToken[')) throw tokenError(stackId, value);
        break;
      case 'number':
        if (Token.isUnresolved(value)) throw tokenError(stackId, String(value));
        break;
      case 'function':
      case 'symbol':
      case 'bigint':
        throw new Error(`${stackId}: a ${typeof value} cannot be rendered into a stack`);
      case 'object': {
        if (value === null || Array.isArray(value)) break;
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) throw tokenError(stackId, `a ${proto?.constructor?.name ?? 'class'} instance`);
        break;
      }
    }
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (const item of value) {
      const v = clean(item, stackId);
      if (v !== undefined) list.push(v);
    }
    return list;
  }
  const out: { [key: string]: unknown } = {};
  for (const key of sortStrings(Object.keys(value))) {
    if (key === '//') continue;
    const v = clean((value as { [key: string]: unknown })[key], stackId);
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
