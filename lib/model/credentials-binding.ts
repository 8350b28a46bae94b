import { Construct } from 'constructs';
import { checkConstructId } from './ids';
import { CredentialsDelivery, ProviderType, SecretStoreKind } from '../core/types';
import { hasMarker, mark, markerOf } from './marker';

// Enums live in core/types (so renderers need not import the model); re-exported here for readers of the model.
export { CredentialsDelivery, SecretStoreKind } from '../core/types';

const BINDING_MARKER = markerOf('CredentialsBinding');
// Project's marker, checked without a run-time import of project.ts (which imports this file).
const PROJECT_MARKER = markerOf('Project');

/** Where an `ExternalSecret` reads a binding's credentials from. */
export interface ExternalSecretSource {
  /** Name of the External Secrets store (installed in each seed by the platform team). */
  readonly store: string;
  /**
   * Kind of the store.
   * @default SecretStoreKind.CLUSTER_SECRET_STORE
   */
  readonly storeKind?: SecretStoreKind;
  /**
   * Key of the entry in the store that holds the credential's fields (OpenStack:
   * `applicationCredentialId`, `applicationCredentialSecret`; vSphere: `username`, `password`).
   * @default - `<project>/<binding name>`
   */
  readonly remoteKey?: string;
  /**
   * How often the Secret is refreshed from the store (a Go duration).
   * @default '1h'
   */
  readonly refreshInterval?: string;
}

/** Garden-wide defaults of credentials bindings. */
export interface CredentialsSettings {
  /**
   * Delivery of bindings that do not choose one (also of shoots that name their binding by a string).
   * @default - CredentialsDelivery.SOPS when the garden has `sopsSecrets`, else CredentialsDelivery.MANUAL
   */
  readonly delivery?: CredentialsDelivery;
  /**
   * The store of `externalSecret` bindings that do not name one.
   * @default - none; such a binding must name its store
   */
  readonly externalSecret?: ExternalSecretSource;
}

/** Properties of a {@link CredentialsBinding}. */
export interface CredentialsBindingProps {
  /** Infrastructure the credential is for; shoots using the binding must be of this provider. */
  readonly provider: ProviderType;
  /**
   * Name of the binding, which is also the name of the Secret its consumers read in each shoot namespace.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * How the Secret reaches the seeds.
   * @default - the garden's `credentials.delivery`
   */
  readonly delivery?: CredentialsDelivery;
  /**
   * The store and entry, for `CredentialsDelivery.EXTERNAL_SECRET`.
   * @default - the garden's `credentials.externalSecret`, with the remote key `<project>/<name>`
   */
  readonly externalSecret?: ExternalSecretSource;
}

/**
 * A project's binding to a named credential of one provider — Gardener's `CredentialsBinding`.
 * It never holds a value: it names the Secret the shoot's consumers read (CAPO/CAPV, the Terraform
 * runner, the cloud provider's controllers) and says how that Secret reaches the seed. Created with
 * {@link Project.addCredentialsBinding}; a shoot uses it with `credentials: binding`.
 */
export class CredentialsBinding extends Construct {
  /** Returns true when `x` is a CredentialsBinding (also one made by another copy of seedbed). */
  public static isCredentialsBinding(x: unknown): x is CredentialsBinding {
    return hasMarker(x, BINDING_MARKER);
  }

  /** Name of the binding (and of the Secret). */
  public readonly name: string;
  /** The properties as given. */
  public readonly props: CredentialsBindingProps;

  /**
   * Adds a binding to a project; prefer {@link Project.addCredentialsBinding}.
   * @param scope - the owning Project (any other scope is a mistake and throws)
   * @param id - the binding's name, unless `props.name` is set
   * @param props - the binding's settings
   */
  constructor(scope: Construct, id: string, props: CredentialsBindingProps) {
    checkConstructId(scope, id, 'CredentialsBinding');
    if (!hasMarker(scope, PROJECT_MARKER)) {
      throw new Error(`CredentialsBinding '${id}' must be created in the scope of a Project`);
    }
    super(scope, id);
    mark(this, BINDING_MARKER);
    this.props = props;
    this.name = props.name ?? id;
  }
}
