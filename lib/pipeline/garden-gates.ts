/**
 * The garden side's convergence check, for both engines: every object the garden's bootstrap
 * applies (pipeline/garden.ts) must find what Gardener's admission looks up already applied, and
 * healthy where it is made asynchronously, by an earlier step. Read from the rendered tree, so a
 * layout or renderer change that breaks the order fails synth instead of freezing the garden.
 *
 * What Gardener looks up (gardener v1.149.3):
 * * an object of a project namespace needs that namespace, which the project controller makes
 *   after the Project is created and reports by `status.phase: Ready`
 *   (pkg/controllermanager/controller/project/project/reconciler.go); a Shoot's project is looked up
 *   by its namespace (plugin/pkg/shoot/validator/admission.go `ProjectForNamespaceFromLister`);
 * * a Shoot needs its CloudProfile, its Seed and its credentials binding (same file);
 * * a ManagedSeed needs its Shoot (plugin/pkg/managedseed/validator).
 * "Earlier" is a step the given step depends on (Flux `dependsOn`, transitively), or a step in a
 * lower sync wave of the garden's root Application (Argo CD: ./argo-waves.ts gardenArgoSteps). A
 * namespace made by Gardener counts as ready only behind a gate that waits for it: a Flux health
 * check on the Namespace or on the Project (with the Project's health expression), or Argo CD's
 * Project and Application health checks in the bootstrap's `argocd-cm`.
 */
import { RenderedTree } from '../core/manifest';
import { Manifest } from '../core/manifest';
import { PROJECT_HEALTH, SEED_REGISTRARS } from '../core/gitops';
import { gardenFluxDir, KUSTOMIZATION_FILE } from '../layout/paths';
import { GARDEN_NAMESPACE, projectNamespace } from './garden';

/** One step as the check reads it back from the rendered bootstrap. */
export interface ReadStep {
  readonly name: string;
  /** The bootstrap file it is declared in. */
  readonly file: string;
  /** The output folder it applies (undefined when its path names no rendered folder). */
  readonly folder?: string;
  /** Names of the steps that are applied, and healthy, before it. */
  readonly before: Set<string>;
  /** Namespaces, Projects and Seeds (by name) whose readiness the step waits for. */
  readonly waitsFor: { readonly namespaces: Set<string>; readonly projects: Set<string>; readonly seeds: Set<string> };
  /** Whether it applies into the garden cluster (hub steps are not Gardener's). */
  readonly garden: boolean;
}

/** The output folder a `path` of a Flux Kustomization or Argo CD Application names: the longest rendered kustomize root it ends with. */
export function folderOfPath(tree: RenderedTree, repoPath: string): string | undefined {
  const p = repoPath.replace(/^\.\//, '');
  let best: string | undefined;
  for (const k of tree.keys()) {
    if (!k.endsWith(`/${KUSTOMIZATION_FILE}`)) continue;
    const folder = k.slice(0, -KUSTOMIZATION_FILE.length - 1);
    if ((p === folder || p.endsWith(`/${folder}`)) && (best === undefined || folder.length > best.length)) best = folder;
  }
  return best;
}

/** The steps of a Flux garden bootstrap (garden/flux-system/gotk-sync.yaml), or undefined when there is none. */
export function gardenFluxSteps(tree: RenderedTree): ReadStep[] | undefined {
  const file = `${gardenFluxDir()}/gotk-sync.yaml`;
  const boot = tree.get(file);
  if (boot?.kind !== 'manifests') return undefined;
  const ks = boot.objects.filter((o) => o.kind === 'Kustomization' && !String((o.spec as any)?.path ?? '').endsWith(`/${gardenFluxDir()}`));
  const deps = new Map(ks.map((k) => [k.metadata.name, ((k.spec as any)?.dependsOn ?? []).map((d: any) => String(d.name)) as string[]]));
  const closure = (name: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (n: string) => {
      for (const d of deps.get(n) ?? []) if (!seen.has(d)) { seen.add(d); visit(d); }
    };
    visit(name);
    return seen;
  };
  return ks.map((k) => {
    const spec = k.spec as any;
    const exprs: any[] = spec?.healthCheckExprs ?? [];
    const projectExpr = exprs.some((e) => String(e.apiVersion).split('/')[0] === PROJECT_HEALTH.apiVersion.split('/')[0] && e.kind === 'Project'
      && String(e.current).includes("'Ready'"));
    const checks: any[] = spec?.healthChecks ?? [];
    const folder = folderOfPath(tree, String(spec?.path ?? ''));
    return {
      name: k.metadata.name,
      file,
      folder,
      before: closure(k.metadata.name),
      waitsFor: {
        namespaces: new Set(checks.filter((c) => c.kind === 'Namespace' && (c.apiVersion ?? 'v1') === 'v1').map((c) => String(c.name))),
        // Without the expression, kstatus would call a Project without conditions Current at once.
        projects: new Set(projectExpr ? checks.filter((c) => c.kind === 'Project').map((c) => String(c.name)) : []),
        seeds: new Set(checks.filter((c) => c.kind === 'Seed' && String(c.apiVersion).startsWith('core.gardener.cloud/')).map((c) => String(c.name))),
      },
      garden: folder !== undefined && !folder.startsWith('garden/multicluster/'),
    };
  });
}

interface Placed {
  readonly step: ReadStep;
  readonly file: string;
  readonly object: Manifest;
}

const describe = (o: Manifest) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

/**
 * Problems of the garden's order, as `garden: <file>: <Kind> <namespace>/<name> <field>: <what is
 * missing>`; `steps` are the bootstrap's steps as read back (Flux or Argo CD).
 */
export function checkGardenOrder(tree: RenderedTree, steps: readonly ReadStep[]): string[] {
  const problems: string[] = [];
  const byName = new Map(steps.map((s) => [s.name, s]));
  const placed: Placed[] = [];
  const owned = new Set<string>();
  for (const step of steps) {
    if (step.folder === undefined) {
      problems.push(`garden: ${step.file}: ${step.name} spec.path: names no rendered folder`);
      continue;
    }
    for (const [p, f] of tree) {
      if (!p.startsWith(`${step.folder}/`) || f.kind !== 'manifests') continue;
      owned.add(p);
      for (const object of f.objects) placed.push({ step, file: p, object });
    }
  }
  // Every garden object is applied by some step (a folder no step applies is never reconciled).
  for (const [p, f] of tree) {
    if (!p.startsWith('garden/') || f.kind !== 'manifests' || owned.has(p) || /^garden\/(flux-system|argocd)\//.test(p)) continue;
    problems.push(`garden: ${p}: applied by no step of the garden's bootstrap`);
  }
  const garden = placed.filter((x) => x.step.garden);
  const find = (kinds: readonly string[], name: string, namespace?: string) => garden.filter((x) => kinds.includes(x.object.kind)
    && x.object.metadata.name === name && (namespace === undefined || x.object.metadata.namespace === namespace));
  const earlier = (x: Placed, y: Placed) => x.step.before.has(y.step.name);
  const need = (x: Placed, field: string, kinds: readonly string[], name: unknown, namespace?: string) => {
    if (typeof name !== 'string') return;
    const where = `garden: ${x.file}: ${describe(x.object)} ${field}`;
    const found = find(kinds, name, namespace);
    const what = `${kinds.join(' or ')} ${namespace ? `${namespace}/` : ''}${name}`;
    if (found.length === 0) problems.push(`${where}: ${what} is not rendered in garden/, and Gardener refuses the object without it`);
    else if (!found.some((y) => earlier(x, y))) {
      problems.push(`${where}: ${what} is applied by ${found.map((y) => y.step.name).join(', ')}, which is not applied before ${x.step.name}: `
        + 'the step is dry-run in one go and Gardener refuses the object until it exists');
    }
  };
  const projects = garden.filter((x) => x.object.kind === 'Project');
  for (const x of garden) {
    const o = x.object;
    const ns = o.metadata.namespace;
    if (ns !== undefined && ns !== GARDEN_NAMESPACE) {
      const where = `garden: ${x.file}: ${describe(o)} metadata.namespace`;
      const owner = projects.filter((p) => projectNamespace(p.object) === ns);
      if (owner.length === 0) {
        problems.push(`${where}: namespace ${ns} belongs to no Project rendered in garden/; Gardener makes a project namespace only for its Project`);
      } else if (!owner.some((p) => earlier(x, p))) {
        problems.push(`${where}: Project ${owner[0].object.metadata.name} (${owner[0].step.name}) is not applied before ${x.step.name}, and its namespace ${ns} only exists after it`);
      } else {
        const gated = [...x.step.before].map((n) => byName.get(n)).some((s) => s !== undefined
          && (s.waitsFor.namespaces.has(ns) || owner.some((p) => s.waitsFor.projects.has(p.object.metadata.name))));
        if (!gated) {
          problems.push(`${where}: no step before ${x.step.name} waits for namespace ${ns} (a health check on the Namespace or on Project `
            + `${owner[0].object.metadata.name}); Gardener's project controller makes it after the Project is created`);
        }
      }
    }
    const spec = o.spec as any;
    if (o.kind === 'Shoot') {
      need(x, 'spec.cloudProfile', [spec?.cloudProfile?.kind ?? 'CloudProfile'], spec?.cloudProfile?.name ?? spec?.cloudProfileName,
        spec?.cloudProfile?.kind === 'NamespacedCloudProfile' ? ns : undefined);
      need(x, 'spec.seedName', ['Seed', ...SEED_REGISTRARS], spec?.seedName);
      // A Seed a gardenlet registers exists only once gardenlet runs: an earlier step must wait for it.
      const registrars = typeof spec?.seedName === 'string' ? find(SEED_REGISTRARS, spec.seedName).filter((y) => earlier(x, y)) : [];
      if (registrars.length > 0 && !find(['Seed'], spec.seedName).some((y) => earlier(x, y))
        && ![...x.step.before].some((n) => byName.get(n)?.waitsFor.seeds.has(spec.seedName))) {
        problems.push(`garden: ${x.file}: ${describe(o)} spec.seedName: Seed ${spec.seedName} is registered by gardenlet for ${registrars[0].object.kind} `
          + `${spec.seedName} (${registrars[0].step.name}), and no step before ${x.step.name} waits for it to exist`);
      }
      need(x, 'spec.credentialsBindingName', ['CredentialsBinding'], spec?.credentialsBindingName, ns);
      need(x, 'spec.secretBindingName', ['SecretBinding'], spec?.secretBindingName, ns);
    }
    if (o.kind === 'ManagedSeed') need(x, 'spec.shoot.name', ['Shoot'], spec?.shoot?.name, ns);
  }
  // A gate on a namespace nothing makes never turns healthy.
  for (const s of steps) {
    if (!s.garden) continue;
    const upTo = (p: Placed) => p.step === s || s.before.has(p.step.name);
    for (const n of s.waitsFor.namespaces) {
      if (!projects.some((p) => upTo(p) && projectNamespace(p.object) === n)) {
        problems.push(`garden: ${s.file}: Kustomization ${s.name} spec.healthChecks: waits for Namespace ${n}, which no Project applied by it or before it makes`);
      }
    }
    for (const n of s.waitsFor.projects) {
      if (!projects.some((p) => upTo(p) && p.object.metadata.name === n)) {
        problems.push(`garden: ${s.file}: Kustomization ${s.name} spec.healthChecks: waits for Project ${n}, which is not applied by it or before it`);
      }
    }
  }
  return [...new Set(problems)];
}
