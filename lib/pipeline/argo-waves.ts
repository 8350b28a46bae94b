/**
 * The Argo CD counterpart of the readiness-gate check (readiness-gates.ts): within a shoot's
 * Application, Argo CD applies a sync wave only once every object of the earlier waves is healthy,
 * and an object is held to a health check only when Argo CD has one for its kind — the
 * `resource.customizations.health.<group>_<Kind>` keys seedbed renders into each seed's
 * `argocd-cm` (render/argocd). An object of such a kind in wave N that needs something from a later
 * wave never turns healthy, and the waves after N are never applied. So, per shoot, every gated
 * object must find, in its own wave or an earlier one:
 * * every object it refers to (`…Ref` fields with a kind and a name, `clusterName`) that the
 *   shoot's Application renders;
 * * every Secret it reads (referencesOf) that a rendered object makes — itself rendered, or
 *   created by a controller under its upstream naming rule (controllerMade: the admin kubeconfig
 *   of the control plane, the Terraform outputs, an ExternalSecret's target);
 * an Application, the cluster Secret its `spec.destination.name` names (an ExternalSecret builds it);
 * and an object whose health needs Ready nodes (MachineDeployment Available) needs, in an earlier
 * wave, a CNI (unless the backend brings one) and a cloud controller manager: kubelets run with
 * `--cloud-provider=external`, so a node stays tainted and without providerID until a CCM runs.
 * The CCM is a Flux HelmRelease; the CNI an Argo CD Application with a Helm source (`spec.source.chart`),
 * which gates its wave only through the `argoproj.io_Application` health check in `argocd-cm`.
 *
 * Argo CD's ordering (waves, then health before the next wave) is documented in its sync-waves
 * guide; the Lua health keys follow argoproj/argo-cd@v3.5.1 `docs/operator-manual/health.md`.
 * Objects without the annotation are wave 0, as Argo CD reads them.
 *
 * The garden's Argo CD bootstrap is read back here as well ({@link gardenArgoSteps}); its order is
 * checked with the Flux one's in ./garden-gates.ts.
 */
import { Manifest, RenderedTree } from '../core/manifest';
import { ControlPlaneBackend, NetworkingType } from '../core/types';
import { IN_SHOOT_STAGES } from '../core/stages';
import { gardenArgoDir, parseOutputPath } from '../layout/paths';
import { ResolvedFleet, ResolvedShoot } from '../resolve/model';
import { controllerMade, referencesOf } from './secret-references';
import { folderOfPath, ReadStep } from './garden-gates';
import { SEED_REGISTRARS } from '../core/gitops';

const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
const SECRET_TYPE = 'argocd.argoproj.io/secret-type';
const HEALTH_PREFIX = 'resource.customizations.health.';
/** Helm charts that are a CNI, and charts that are a cloud controller manager (render/addons/system-components). */
const CNI_CHARTS = new Set(['cilium', 'tigera-operator']);
const CCM_CHARTS = new Set(['openstack-cloud-controller-manager', 'vsphere-cpi']);
/** Kinds whose health means Ready nodes. */
const NODE_GATES = new Set(['MachineDeployment']);

interface Placed {
  readonly file: string;
  readonly object: Manifest;
  readonly wave: number;
}

const groupOf = (o: { apiVersion?: string; apiGroup?: string }): string =>
  (o.apiGroup ?? (o.apiVersion?.includes('/') ? o.apiVersion.split('/')[0] : ''));
const describe = (p: Placed): string => `${p.object.kind} ${p.object.metadata.namespace ? `${p.object.metadata.namespace}/` : ''}${p.object.metadata.name}`;

/** Whether the backend brings a CNI of its own (k0s's built-in Calico). */
function backendCni(shoot: ResolvedShoot): boolean {
  return shoot.backend === ControlPlaneBackend.K0SMOTRON && shoot.networking.type === NetworkingType.CALICO;
}

/** Object references of an object: `…Ref` fields naming a kind and a name, and `clusterName` (a Cluster API Cluster). */
function objectRefs(o: Manifest): Array<{ kind: string; name: string; namespace?: string; field: string }> {
  const out: Array<{ kind: string; name: string; namespace?: string; field: string }> = [];
  const walk = (v: unknown, field: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${field}[${i}]`));
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, any>)) {
      const f = `${field}.${k}`;
      if (k.endsWith('Ref') && x && typeof x === 'object' && typeof x.kind === 'string' && typeof x.name === 'string') {
        out.push({ kind: x.kind, name: x.name, namespace: x.namespace, field: f });
      } else if (k === 'clusterName' && typeof x === 'string' && groupOf(o).endsWith('cluster.x-k8s.io')) {
        out.push({ kind: 'Cluster', name: x, field: f });
      } else walk(x, f);
    }
  };
  walk(o.spec, 'spec');
  return out;
}

/**
 * Problems with the sync waves of each Argo CD shoot, as
 * `<shoot path>: <file>: <Kind> <namespace>/<name> <field>: <what is missing>` (the form of the Secret reference check).
 */
export function checkArgoWaves(fleet: ResolvedFleet, tree: RenderedTree): string[] {
  // The kinds each seed's Argo CD holds to a health check.
  const gatedBySeed = new Map<string, Set<string>>();
  for (const [p, file] of tree) {
    const info = parseOutputPath(p);
    if (info.scope !== 'seed' || file.kind !== 'manifests') continue;
    for (const o of file.objects) {
      if (o.kind !== 'ConfigMap' || o.metadata.name !== 'argocd-cm') continue;
      const keys = Object.keys((o as any).data ?? {}).filter((k) => k.startsWith(HEALTH_PREFIX)).map((k) => k.slice(HEALTH_PREFIX.length));
      gatedBySeed.set(info.seed!, new Set(keys));
    }
  }
  const placedByShoot = new Map<string, Placed[]>();
  for (const [p, file] of tree) {
    const info = parseOutputPath(p);
    if (info.scope !== 'shoot' || file.kind !== 'manifests' || !gatedBySeed.has(info.seed!)) continue;
    // The in-shoot stages are Applications of their own, targeting the shoot cluster.
    if (IN_SHOOT_STAGES.has(info.rest.split('/')[0] as never)) continue;
    const list = placedByShoot.get(info.shoot!) ?? [];
    placedByShoot.set(info.shoot!, list);
    for (const o of file.objects) {
      const raw = o.metadata.annotations?.[SYNC_WAVE];
      list.push({ file: p, object: o, wave: raw === undefined ? 0 : Number(raw) });
    }
  }

  const problems: string[] = [];
  for (const shoot of fleet.shoots) {
    const placed = placedByShoot.get(shoot.key);
    const gated = gatedBySeed.get(shoot.seed);
    if (!placed || !gated) continue;
    // Where each object and each Secret comes from (the earliest wave when several make it).
    const objects = new Map<string, Placed>();
    const secrets = new Map<string, { by: Placed; who: string }>();
    const earliest = <T extends { wave: number }>(m: Map<string, T>, k: string, v: T, wave: number) => {
      const before = m.get(k) as any;
      if (!before || (before.by ?? before).wave > wave) m.set(k, v);
    };
    for (const x of placed) {
      const ns = x.object.metadata.namespace ?? '';
      earliest(objects, `${x.object.kind}/${ns}/${x.object.metadata.name}`, x, x.wave);
      if (x.object.kind === 'Secret') earliest(secrets as any, `${ns}/${x.object.metadata.name}`, { by: x, who: 'rendered', wave: x.wave } as any, x.wave);
      for (const [k, who] of controllerMade([x.object])) earliest(secrets as any, k, { by: x, who, wave: x.wave } as any, x.wave);
    }
    // A chart is installed by a Flux HelmRelease (the cloud provider's) or, on Argo CD seeds, an
    // Argo CD Application with a Helm source (the CNI's: render/argocd renderCniApplications).
    const chartOf = (o: Manifest): string | undefined => (o.kind === 'HelmRelease' ? (o.spec as any)?.chart?.spec?.chart
      : o.kind === 'Application' && groupOf(o) === 'argoproj.io' ? (o.spec as any)?.source?.chart : undefined);
    // Argo CD's cluster Secrets by the cluster name they declare (an ExternalSecret's template, render/argocd renderShootArgo).
    const clusters = new Map<string, Placed>();
    for (const x of placed) {
      const template = x.object.kind === 'ExternalSecret' ? (x.object.spec as any)?.target?.template : undefined;
      const name = template?.data?.name;
      if (template?.metadata?.labels?.[SECRET_TYPE] !== 'cluster' || typeof name !== 'string') continue;
      const before = clusters.get(name);
      if (!before || before.wave > x.wave) clusters.set(name, x);
    }
    const charts = (pick: Set<string>, before: number) => placed.some((x) => x.wave < before && pick.has(chartOf(x.object) ?? ''));

    for (const g of placed) {
      if (!gated.has(`${groupOf(g.object)}_${g.object.kind}`)) continue;
      const ns = g.object.metadata.namespace ?? '';
      const where = (field: string) => `${shoot.path}: ${g.file}: ${describe(g)} ${field}`;
      for (const r of objectRefs(g.object)) {
        const target = objects.get(`${r.kind}/${r.namespace ?? ns}/${r.name}`);
        if (target && target.wave > g.wave) {
          problems.push(`${where(r.field)}: waits in wave ${g.wave} for ${describe(target)}, which is applied only in wave ${target.wave} (${target.file})`);
        }
      }
      // An Application deploys through the cluster Secret its destination names: made no later than its wave.
      const destination = g.object.kind === 'Application' ? (g.object.spec as any)?.destination?.name : undefined;
      const cluster = typeof destination === 'string' ? clusters.get(destination) : undefined;
      if (typeof destination === 'string' && !cluster) {
        problems.push(`${where('spec.destination.name')}: deploys to cluster ${destination}, but no object of the shoot makes its Argo CD cluster Secret `
          + `(an ExternalSecret whose target is labelled ${SECRET_TYPE}: cluster with name ${destination}): the Application never syncs`);
      }
      if (cluster && cluster.wave > g.wave) {
        problems.push(`${where('spec.destination.name')}: waits in wave ${g.wave} for Argo CD's cluster Secret of ${destination}, `
          + `which ${describe(cluster)} makes only in wave ${cluster.wave} (${cluster.file})`);
      }
      for (const r of referencesOf(g.object, g.file)) {
        if (r.kind !== 'Secret' || r.waits === false) continue;
        const made = secrets.get(`${r.namespace}/${r.name}`);
        if (made && made.by.wave > g.wave) {
          problems.push(`${r.from.startsWith(`${g.file}: `) ? `${shoot.path}: ${r.from}` : where('spec')}: waits in wave ${g.wave} for Secret ${r.namespace}/${r.name}, `
            + `which ${made.who === 'rendered' ? 'is rendered' : `${made.who} makes`} only in wave ${made.by.wave} (${made.by.file})`);
        }
      }
      if (NODE_GATES.has(g.object.kind)) {
        const field = where(`metadata.annotations[${SYNC_WAVE}]`);
        if (!backendCni(shoot) && !charts(CNI_CHARTS, g.wave)) {
          problems.push(`${field}: waits in wave ${g.wave} for Ready nodes, but no earlier wave installs a CNI: the nodes would stay NotReady`);
        }
        if (!charts(CCM_CHARTS, g.wave)) {
          problems.push(`${field}: waits in wave ${g.wave} for Ready nodes, but no earlier wave installs a cloud controller manager: `
            + 'kubelets run with --cloud-provider=external, so nodes keep the uninitialized taint and get no providerID');
        }
      }
    }
  }
  return [...new Set(problems)];
}

/**
 * The steps of an Argo CD garden bootstrap (garden/argocd/argocd.yaml) for the garden's order
 * check (./garden-gates.ts), or undefined when there is none. The root Application applies the
 * step Applications wave by wave and waits, before the next wave, for the earlier ones to be
 * healthy — which Argo CD judges only with an `argoproj.io_Application` health check in
 * `argocd-cm`: without it no step counts as before another. A step waits for the Projects (and the
 * Seeds of the Gardenlets and ManagedSeeds) it applies when `argocd-cm` has a health check for their kind.
 */
export function gardenArgoSteps(tree: RenderedTree): ReadStep[] | undefined {
  const file = `${gardenArgoDir()}/argocd.yaml`;
  const boot = tree.get(file);
  if (boot?.kind !== 'manifests') return undefined;
  const cm = boot.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'argocd-cm');
  const health = new Set(Object.keys((cm as any)?.data ?? {}).filter((k) => k.startsWith(HEALTH_PREFIX)).map((k) => k.slice(HEALTH_PREFIX.length)));
  const apps = boot.objects.filter((o) => o.kind === 'Application' && !String((o.spec as any)?.source?.path ?? '').endsWith(`/${gardenArgoDir()}`));
  const waveOf = (o: Manifest) => Number(o.metadata.annotations?.[SYNC_WAVE] ?? 0);
  return apps.map((a) => {
    const folder = folderOfPath(tree, String((a.spec as any)?.source?.path ?? ''));
    const projects = new Set<string>();
    const seeds = new Set<string>();
    for (const [p, f] of tree) {
      if (folder === undefined || !p.startsWith(`${folder}/`) || f.kind !== 'manifests') continue;
      for (const o of f.objects) {
        const key = `${o.apiVersion.split('/')[0]}_${o.kind}`;
        if (o.kind === 'Project' && health.has(key)) projects.add(o.metadata.name);
        if (SEED_REGISTRARS.includes(o.kind) && health.has(key)) seeds.add(o.metadata.name);
      }
    }
    return {
      name: a.metadata.name,
      file,
      folder,
      before: new Set(health.has('argoproj.io_Application') ? apps.filter((b) => waveOf(b) < waveOf(a)).map((b) => b.metadata.name) : []),
      waitsFor: { namespaces: new Set<string>(), projects, seeds },
      garden: folder !== undefined && !folder.startsWith('garden/multicluster/'),
    };
  });
}
