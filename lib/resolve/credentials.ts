/**
 * Credentials bindings: the projects' declared bindings with the garden's defaults applied, and the
 * binding each shoot uses.
 *
 * A shoot names its binding with `credentials` (a {@link CredentialsBinding} of its project) or,
 * as fleets written before bindings were modelled do, with the string `credentialsBinding`: a
 * binding of that name declared in the shoot's project is used; any other name (and the default
 * `<provider>-credentials`) is an implied binding of the shoot's provider with the garden's default
 * delivery. So an existing fleet renders as before, and declaring the binding later changes nothing
 * but what the declaration adds.
 */
import { ErrorList } from '../core/problems';
import { CredentialsDelivery, GitOpsEngine, ProviderType, SecretStoreKind } from '../core/types';
import { CredentialsBinding, ExternalSecretSource } from '../model/credentials-binding';
import type { Garden } from '../model/garden';
import type { Project } from '../model/project';
import type { Shoot } from '../model/shoot';
import { BindingContext, validateBinding, validateShootCredentials } from '../validate/credentials';
import { ResolvedCredentialsBinding } from './model';

/** Refresh interval of ExternalSecrets that do not set one. */
export const DEFAULT_REFRESH_INTERVAL = '1h';

/** The garden-wide defaults and context every binding is resolved with. */
export interface CredentialsScope {
  readonly delivery: CredentialsDelivery;
  readonly externalSecret?: ExternalSecretSource;
  readonly context: BindingContext;
  /** Declared bindings, by project name and binding name (the first of a duplicated name). */
  readonly byProject: Map<string, Map<string, ResolvedCredentialsBinding>>;
  /** Declared bindings by construct. */
  readonly byConstruct: Map<CredentialsBinding, ResolvedCredentialsBinding>;
}

function resolveBinding(
  name: string, path: string, project: string, provider: ProviderType, delivery: CredentialsDelivery | undefined,
  source: ExternalSecretSource | undefined, scope: Pick<CredentialsScope, 'delivery' | 'externalSecret'>, declared: boolean,
): ResolvedCredentialsBinding {
  const d = delivery ?? scope.delivery;
  const es = d === CredentialsDelivery.EXTERNAL_SECRET ? { ...(scope.externalSecret ?? {}), ...(source ?? {}) } : undefined;
  return {
    name, path, project, provider, delivery: d, declared,
    ...(es?.store ? {
      externalSecret: {
        store: es.store,
        storeKind: es.storeKind ?? SecretStoreKind.CLUSTER_SECRET_STORE,
        // The garden's default store serves every project: its remote key is per binding.
        remoteKey: source?.remoteKey ?? `${project}/${name}`,
        refreshInterval: es.refreshInterval ?? DEFAULT_REFRESH_INTERVAL,
      },
    } : {}),
  };
}

/** Resolves and checks every declared binding of the garden (names unique per project). */
export function resolveCredentialsScope(garden: Garden, errs: ErrorList, projects: readonly Project[] = garden.projects): CredentialsScope {
  const p = garden.props;
  const gitOpsEngine = p.gitOpsEngine ?? GitOpsEngine.FLUX;
  const scope = {
    // SOPS by default only where it can work: Flux seeds of a garden that keeps encrypted Secrets.
    delivery: p.credentials?.delivery ?? (p.sopsSecrets && gitOpsEngine === GitOpsEngine.FLUX ? CredentialsDelivery.SOPS : CredentialsDelivery.MANUAL),
    externalSecret: p.credentials?.externalSecret,
    context: { sopsSecrets: p.sopsSecrets !== undefined, gitOpsEngine },
  };
  const gerr = errs.at(garden.node.path || garden.name);
  if (p.credentials?.delivery !== undefined) {
    // The garden's default is checked like a binding of its own (only the delivery and store).
    validateBinding(gerr, { name: 'default', provider: ProviderType.OPENSTACK, delivery: p.credentials.delivery, externalSecret: p.credentials.externalSecret }, scope.context, 'spec.credentials');
  }
  const byProject = new Map<string, Map<string, ResolvedCredentialsBinding>>();
  const byConstruct = new Map<CredentialsBinding, ResolvedCredentialsBinding>();
  for (const project of projects) {
    const own = byProject.get(project.name) ?? new Map<string, ResolvedCredentialsBinding>();
    byProject.set(project.name, own);
    for (const binding of project.credentialsBindings) {
      const berr = errs.at(binding.node.path);
      const b = binding.props;
      const resolved = resolveBinding(binding.name, binding.node.path, project.name, b.provider, b.delivery, b.externalSecret, scope, true);
      validateBinding(berr, {
        name: binding.name, provider: b.provider, delivery: resolved.delivery,
        externalSecret: resolved.delivery === CredentialsDelivery.EXTERNAL_SECRET ? { ...(scope.externalSecret ?? {}), ...(b.externalSecret ?? {}) } : b.externalSecret,
      }, scope.context);
      const seen = own.get(binding.name);
      if (seen) berr.duplicate('metadata.name', binding.name, `project ${project.name} already has a credentials binding of this name (${seen.path})`);
      else own.set(binding.name, resolved);
      byConstruct.set(binding, resolved);
    }
  }
  return { ...scope, byProject, byConstruct };
}

/** The binding a shoot uses (see the module comment), checked against the shoot. */
export function resolveShootCredentials(shoot: Shoot, provider: ProviderType, scope: CredentialsScope, errs: ErrorList): ResolvedCredentialsBinding {
  const p = shoot.props;
  const project = shoot.project.name;
  const chosen = p.credentials;
  let binding: ResolvedCredentialsBinding | undefined;
  if (chosen !== undefined) {
    if (!CredentialsBinding.isCredentialsBinding(chosen)) {
      errs.invalid('spec.credentialsBindingName', String(chosen), 'credentials must be a CredentialsBinding (Project.addCredentialsBinding)');
    } else {
      binding = scope.byConstruct.get(chosen);
      if (!binding) {
        // A binding of another garden: report it, and go on with its name.
        errs.invalid('spec.credentialsBindingName', chosen.name, `binding ${chosen.node.path} belongs to another garden`);
        binding = resolveBinding(chosen.name, chosen.node.path, project, chosen.props.provider, chosen.props.delivery, chosen.props.externalSecret, scope, true);
      }
    }
  } else {
    const name = p.credentialsBinding ?? `${provider}-credentials`;
    binding = scope.byProject.get(project)?.get(name);
    // An implied binding has the garden's delivery, checked once on the garden.
    if (!binding) binding = resolveBinding(name, shoot.node.path, project, provider, undefined, undefined, scope, false);
  }
  validateShootCredentials(errs, {
    provider, project, bothSet: chosen !== undefined && p.credentialsBinding !== undefined,
    binding: binding?.declared ? { name: binding.name, provider: binding.provider, project: binding.project, path: binding.path } : undefined,
  });
  return binding ?? resolveBinding(p.credentialsBinding ?? `${provider}-credentials`, shoot.node.path, project, provider, undefined, undefined, scope, false);
}
