/**
 * seedbed's Gardener rules applied to Gardener objects themselves (Seed, Gardenlet, ManagedSeed,
 * Shoot), not to the fleet: the same validators as lib/validate/gardener.ts, each fed from the
 * object's fields. It lets the rendered `garden/` folder — or any Gardener manifests, such as the
 * examples of the Gardener repository — be checked by the rules seedbed mirrors, and a new set of
 * Shoots be checked against the previous one. Pure; never throws for object data.
 */
import { ErrorList, FieldError } from '../core/problems';
import { GARDEN_NAMESPACE } from '../core/gardener-extensions';
import {
  GardenerShootState, validateGardenerSeed, validateGardenerShootUpdate, validateManagedSeed, validateOciRepository, validateSeedGardenerDns,
} from './gardener';

/** A Kubernetes object as parsed from YAML. */
type Obj = { apiVersion?: unknown; kind?: unknown; metadata?: any; spec?: any };

const isObj = (x: unknown): x is Record<string, any> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const list = (x: unknown): any[] => (Array.isArray(x) ? x : []);
const idOf = (o: Obj) => `${String(o.kind)} ${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${String(o.metadata?.name ?? '?')}`;
const group = (o: Obj) => String(o.apiVersion ?? '').split('/')[0];

/** The Seed a Seed, Gardenlet or ManagedSeed object stands for: its name, template and the field path of its spec. */
interface SeedOf {
  readonly name: string;
  readonly template: { metadata?: any; spec?: any } | undefined;
  readonly specPath: string;
}

function seedOf(o: Obj): SeedOf | undefined {
  const name = String(o.metadata?.name ?? '');
  if (group(o) === 'core.gardener.cloud' && o.kind === 'Seed') return { name, template: o, specPath: 'spec' };
  if (group(o) !== 'seedmanagement.gardener.cloud') return undefined;
  const config = o.kind === 'Gardenlet' ? o.spec?.config : o.kind === 'ManagedSeed' ? o.spec?.gardenlet?.config : undefined;
  const base = o.kind === 'Gardenlet' ? 'spec.config' : 'spec.gardenlet.config';
  if (!isObj(config) || !isObj(config.seedConfig)) return { name, template: undefined, specPath: `${base}.seedConfig.spec` };
  return { name, template: config.seedConfig, specPath: `${base}.seedConfig.spec` };
}

/** Reads a DNS provider of a Seed spec into the shape the seed rules read. */
function dnsEntry(x: any): { type?: string; domain?: string; credentials?: { name?: string; namespace?: string } } | undefined {
  if (!isObj(x)) return undefined;
  const ref = isObj(x.credentialsRef) ? x.credentialsRef : isObj(x.secretRef) ? x.secretRef : undefined;
  return { type: str(x.type), domain: str(x.domain), credentials: ref ? { name: str(ref.name), namespace: str(ref.namespace) } : undefined };
}

/** Prefixes every error's field with `prefix` (the validators report fields relative to a Seed). */
function under(errs: ErrorList, prefix: string, f: (e: ErrorList) => void): void {
  const inner = new ErrorList(errs.path);
  f(inner);
  for (const e of inner.errors) errs.add({ ...e, path: errs.path, field: e.field.replace(/^spec/, prefix) });
}

function shootState(o: Obj): GardenerShootState {
  const s = o.spec ?? {};
  const ha = s.controlPlane?.highAvailability?.failureTolerance?.type;
  return {
    cloudProfile: str(s.cloudProfile?.name) ?? str(s.cloudProfileName), region: str(s.region), provider: str(s.provider?.type),
    networking: isObj(s.networking) ? { type: str(s.networking.type), pods: str(s.networking.pods), services: str(s.networking.services), nodes: str(s.networking.nodes) } : undefined,
    dnsDomain: str(s.dns?.domain), failureTolerance: str(ha) ?? 'none', workerCount: list(s.provider?.workers).length,
  };
}

/**
 * Checks Gardener objects with the rules seedbed mirrors (see lib/validate/gardener.ts for each rule's
 * upstream source); `previous` are the same objects as they were (their Shoots are compared with
 * the new ones). Returns every problem, each against `<Kind> <namespace>/<name>`.
 */
export function checkGardenerObjects(objects: readonly unknown[], previous: readonly unknown[] = []): FieldError[] {
  const errs = new ErrorList('');
  const objs = objects.filter(isObj) as Obj[];
  const shoots = objs.filter((o) => group(o) === 'core.gardener.cloud' && o.kind === 'Shoot');
  const seeds = new Map<string, SeedOf>();
  for (const o of objs) {
    const seed = seedOf(o);
    if (!seed) continue;
    const e = errs.at(idOf(o));
    seeds.set(seed.name, seed);
    if (o.kind !== 'Seed' && o.metadata?.namespace !== GARDEN_NAMESPACE) {
      // pkg/api/seedmanagement/validation/gardenlet.go ValidateGardenlet; plugin/pkg/managedseed/validator/admission.go.
      e.invalid('metadata.namespace', o.metadata?.namespace ?? '', 'namespace must be garden');
    }
    if (o.kind === 'Gardenlet') validateOciRepository(o.spec?.deployment?.helm?.ociRepository, 'spec.deployment.helm.ociRepository', e);
    if (o.kind === 'ManagedSeed' && !str(o.spec?.shoot?.name)) e.required('spec.shoot.name', 'shoot name is required');
    if (o.kind === 'ManagedSeed' && o.spec?.gardenlet?.bootstrap !== undefined && !['ServiceAccount', 'BootstrapToken', 'None'].includes(o.spec.gardenlet.bootstrap)) {
      e.notSupported('spec.gardenlet.bootstrap', o.spec.gardenlet.bootstrap, ['ServiceAccount', 'BootstrapToken', 'None']);
    }
    const t = seed.template;
    if (o.kind !== 'Seed' && str(t?.metadata?.name)) {
      // pkg/api/seedmanagement/validation/managedseed.go validateGardenletConfiguration.
      e.forbidden(`${seed.specPath.replace(/\.spec$/, '')}.metadata.name`, t!.metadata.name, 'seed name is forbidden');
    }
    const managedShoot = o.kind === 'ManagedSeed' && str(o.spec?.shoot?.name)
      ? shoots.find((s) => s.metadata?.namespace === GARDEN_NAMESPACE && s.metadata?.name === o.spec.shoot.name) : undefined;
    if (o.kind === 'ManagedSeed' && str(o.spec?.shoot?.name) && !managedShoot) {
      // plugin/pkg/managedseed/validator/admission.go: the shoot is looked up in the ManagedSeed's namespace.
      e.invalid('spec.shoot.name', o.spec.shoot.name, `shoot ${GARDEN_NAMESPACE}/${o.spec.shoot.name} not found`);
    }
    if (managedShoot && managedShoot.spec?.kubernetes?.verticalPodAutoscaler?.enabled !== true) {
      e.invalid('spec.shoot.name', o.spec.shoot.name, 'shoot VPA has to be enabled for managed seeds');
    }
    if (!isObj(t?.spec)) continue;
    const spec = t!.spec;
    const dns = { gardenerProvider: dnsEntry(spec.dns?.provider), gardenerInternal: dnsEntry(spec.dns?.internal) };
    under(e, seed.specPath, (x) => {
      validateSeedGardenerDns(dns as any, x);
      validateGardenerSeed({ hasIngress: isObj(spec.ingress), dns: dns as any, backup: isObj(spec.backup) ? { provider: str(spec.backup.provider) } : undefined }, x);
    });
    if (managedShoot) {
      const shoot = managedShoot;
      const st = shootState(shoot);
      validateManagedSeed(
        {
          name: seed.name, provider: str(spec.provider?.type) ?? '', region: str(spec.provider?.region) ?? '', zones: list(spec.provider?.zones),
          ingressDomain: str(spec.ingress?.domain) ?? '', networks: { nodes: str(spec.networks?.nodes), pods: str(spec.networks?.pods) ?? '', services: str(spec.networks?.services) ?? '' },
        },
        {
          name: shoot.metadata.name, namespace: GARDEN_NAMESPACE, backend: 'gardener', seed: str(shoot.spec?.seedName), provider: st.provider ?? '', region: st.region ?? '',
          dnsDomain: st.dnsDomain, networking: st.networking ?? {}, workers: list(shoot.spec?.provider?.workers).map((w) => ({ zones: list(w?.zones) })),
        },
        e,
      );
    }
  }
  // plugin/pkg/shoot/validator/admission.go: a Shoot on a tainted seed tolerates every taint.
  for (const shoot of shoots) {
    const seed = seeds.get(str(shoot.spec?.seedName) ?? '');
    const tolerations = list(shoot.spec?.tolerations);
    for (const taint of list(seed?.template?.spec?.taints)) {
      const ok = tolerations.some((t) => t?.key === taint?.key && (t?.value === undefined || t.value === taint?.value));
      if (!ok) errs.at(idOf(shoot)).forbidden('spec.tolerations', taint?.key, `seed ${seed!.name} has taint ${taint?.key}${taint?.value ? `=${taint.value}` : ''} and the shoot does not tolerate it`);
    }
  }
  // The update rules, against the same Shoot as it was.
  const before = new Map((previous.filter(isObj) as Obj[]).filter((o) => group(o) === 'core.gardener.cloud' && o.kind === 'Shoot').map((o) => [idOf(o), o]));
  for (const shoot of shoots) {
    const old = before.get(idOf(shoot));
    if (old) validateGardenerShootUpdate(shootState(shoot), shootState(old), errs.at(idOf(shoot)), 'the previous object');
  }
  return [...errs.errors];
}
