/**
 * A shoot's folder, explained where a reviewer opens it: comments at the top of the shoot's
 * `kustomization.yaml` (its stages in order, where its Terraform stack is, how the in-shoot stages
 * reach the shoot, where the seed's prerequisites are listed) and of each stage's
 * `kustomization.yaml` (what it comes after, and every Secret its objects read with where that
 * Secret comes from: rendered in which folder, made by which controller from which object, or a
 * prerequisite of the seed and how it is delivered).
 *
 * The Secret sources are decided with the same rules as the convergence check
 * (lib/pipeline/secret-references.ts: rendered, made by a controller under its upstream naming
 * rule, declared prerequisite), so the comments cannot tell a different story from the check.
 * Kustomize ignores comments; they change no object.
 */
import { Manifest, RenderedTree } from '../core/manifest';
import { IN_SHOOT_STAGES, Stage, STAGE_ORDER } from '../core/stages';
import { GitOpsEngine } from '../core/types';
import { KUSTOMIZATION_FILE, parseOutputPath, prerequisitesFile, shootDir, stackFile, stageDir } from '../layout/paths';
import { ResolvedFleet, ResolvedSeed } from '../resolve/model';
import { declaredPrerequisites, forEachMadeSecret, referencesOf } from './secret-references';
import { appliedInShoot } from './seed-controllers';
import { shootsByKey } from './fleet-index';

/** Where a Secret a stage reads comes from, in words. */
type Source = string;

/** The folder of an output path inside its shoot folder (`control-plane/`, or `.` for the shoot folder itself). */
function folderInShoot(path: string): string {
  const rest = parseOutputPath(path).rest;
  const parts = rest.split('/');
  return parts.length > 1 ? `${parts[0]}/` : './';
}

/**
 * Puts the comments on the shoot folders of one seed's rendered part (the files are replaced,
 * with their resources unchanged).
 */
export function explainShootFolders(fleet: ResolvedFleet, seed: ResolvedSeed, part: RenderedTree): void {
  const entries: Array<{ file: string; object: Manifest }> = [];
  // …and per shoot folder, so each shoot is explained from its own objects.
  const byShoot = new Map<string, Array<{ file: string; object: Manifest }>>();
  for (const [p, f] of part) {
    const info = parseOutputPath(p);
    if (info.seed !== seed.name || f.kind !== 'manifests' || (info.scope === 'shoot' && appliedInShoot(info.rest))) continue;
    const own = info.scope === 'shoot' && info.shoot !== undefined ? (byShoot.get(info.shoot) ?? []) : undefined;
    if (own && info.shoot !== undefined) byShoot.set(info.shoot, own);
    for (const object of f.objects) {
      entries.push({ file: p, object });
      own?.push({ file: p, object });
    }
  }
  // Every Secret the seed's objects make or render, with the file it is made in.
  const rendered = new Map<string, string>();
  const made = new Map<string, { by: string; file: string }>();
  for (const { file, object } of entries) {
    if (object.kind === 'Secret') rendered.set(`${object.metadata.namespace ?? ''}/${object.metadata.name}`, file);
    forEachMadeSecret(object, (id, by) => made.set(id, { by, file }));
  }
  const declared = new Map(declaredPrerequisites(fleet, seed).map((p) => [`${p.namespace}/${p.name}`, p]));
  const prerequisites = prerequisitesFile(seed.name);
  const sourceOf = (namespace: string, name: string, optional: boolean): Source => {
    const id = `${namespace}/${name}`;
    const at = (file: string) => `${folderInShoot(file)}`;
    const r = rendered.get(id);
    if (r) return `rendered in ${at(r)}`;
    const m = made.get(id);
    if (m) return `made by ${m.by}, in ${parseOutputPath(m.file).scope === 'shoot' ? at(m.file) : m.file}`;
    const d = declared.get(id);
    if (d?.kind === 'Secret') return d.file ? `seed prerequisite, committed SOPS-encrypted as ${d.file} (${prerequisites})` : `seed prerequisite, created in the seed by the platform team (${prerequisites})`;
    return optional ? 'optional; nothing makes it' : `not found (${prerequisites} and the checks say more)`;
  };

  const argo = fleet.gitOpsEngine === GitOpsEngine.ARGOCD;
  const byKey = shootsByKey(fleet);
  for (const key of seed.shoots) {
    const shoot = byKey.get(key);
    const dir = shootDir(seed.name, key);
    const mine = byShoot.get(key) ?? [];
    const own = part.get(`${dir}/${KUSTOMIZATION_FILE}`);
    if (!shoot || own?.kind !== 'kustomization') continue;
    const stages = STAGE_ORDER.filter((s) => part.has(`${stageDir(seed.name, key, s)}/${KUSTOMIZATION_FILE}`));
    const hasCredentials = part.has(`${dir}/credentials/${KUSTOMIZATION_FILE}`);
    const chain = [...(hasCredentials ? ['credentials'] : []), ...stages];
    const inShoot = stages.filter((s) => IN_SHOOT_STAGES.has(s));
    const stack = part.has(stackFile(seed.name, key)) ? stackFile(seed.name, key) : undefined;
    // How the in-shoot stages reach the shoot: the admin kubeconfig their Kustomization (or the Argo CD cluster Secret) uses.
    const kubeconfig = mine.filter((e) => e.object.metadata.namespace === shoot.technicalId)
      .map((e) => (e.object.spec as any)?.kubeConfig?.secretRef).find((r) => r && typeof r.name === 'string' && r.key);
    // On Argo CD the in-shoot Applications deploy to the cluster Secret an ExternalSecret builds from that kubeconfig.
    const clusterSecret = argo ? mine.find((e) => e.file.startsWith(`${dir}/`) && e.object.kind === 'ExternalSecret'
      && (e.object.spec as any)?.target?.template?.metadata?.labels?.['argocd.argoproj.io/secret-type'] === 'cluster') : undefined;
    const via = clusterSecret
      ? `Argo CD's cluster Secret ${clusterSecret.object.metadata.namespace}/${(clusterSecret.object.spec as any).target.name}, which ExternalSecret ${clusterSecret.object.metadata.name} (argocd.yaml) builds from ${kubeconfig?.name ?? 'the admin kubeconfig'}`
      : kubeconfig ? `${kubeconfig.name} (key ${kubeconfig.key})` : undefined;
    const cniApps = argo ? mine.filter((e) => e.file.startsWith(`${stageDir(seed.name, key, 'system-components')}/`) && e.object.kind === 'Application')
      .map((e) => e.object.metadata.name) : [];
    const lines = [
      `Shoot ${shoot.project}/${shoot.name} on seed ${seed.name}, namespace ${shoot.technicalId}.`,
      `Applied in this order, each step once the one before is healthy (${argo ? 'Argo CD sync waves: the annotation on each object, and argocd.yaml' : 'Flux Kustomizations with dependsOn: flux.yaml'}):`,
      `  ${chain.join(' -> ')}`,
      ...(stack ? [`infrastructure/ has tofu-controller run the Terraform stack ${stack}.`] : []),
      ...(inShoot.length > 0 && via
        ? [`${inShoot.map((s) => `${s}/`).join(' and ')} ${inShoot.length > 1 ? 'are' : 'is'} applied inside the shoot, through ${via}.`]
        : []),
      // On Argo CD the CNI is an Application of its own in system-components/ (render/argocd renderCniApplications), deployed the same way.
      ...(cniApps.length > 0 && clusterSecret
        ? [`system-components/ installs the CNI inside the shoot as Argo CD Application${cniApps.length > 1 ? 's' : ''} ${cniApps.join(', ')}, through that cluster Secret (${(clusterSecret.object.spec as any).target.name}).`]
        : []),
      ...(kubeconfig ? [`${kubeconfig.name}: ${sourceOf(shoot.technicalId, kubeconfig.name, false)}.`] : []),
      `What the seed must run and hold first: ${prerequisites}.`,
    ];
    part.set(`${dir}/${KUSTOMIZATION_FILE}`, { ...own, comments: lines });

    // Flux: the stage's Kustomization in flux.yaml (what it depends on, what it waits for); Argo CD: the objects' sync wave.
    const fluxFile = `${dir}/flux.yaml`;
    const argoFile = `${dir}/argocd.yaml`;
    const fluxStage = (stage: string) => mine.find((e) => e.file === fluxFile && e.object.kind === 'Kustomization'
      && e.object.metadata.labels?.['seedbed.io/stage'] === stage)?.object;
    const order = (stage: string, i: number): string => {
      const k = fluxStage(stage);
      if (k) {
        const after = ((k.spec as any).dependsOn ?? []).map((d: { name: string; namespace?: string }) => (d.namespace ? `${d.namespace}/${d.name}` : d.name));
        const gates = ((k.spec as any).healthCheckExprs ?? []).map((h: { kind: string }) => h.kind);
        // kustomize-controller with wait: every applied object must be ready (kstatus); healthCheckExprs say what ready is for these kinds.
        const health = (k.spec as any).wait === true
          ? `; healthy when every object it applies is ready${gates.length > 0 ? ` (${gates.join(', ')}: by the expressions in flux.yaml)` : ''}`
          : gates.length > 0 ? `; healthy when its ${gates.join(', ')} ${gates.length > 1 ? 'are' : 'is'} ready` : '';
        return `Flux Kustomization ${k.metadata.name} (flux.yaml)${after.length > 0 ? `, after ${after.join(', ')}` : ''}${health}`;
      }
      const app = mine.find((e) => e.file === argoFile && e.object.kind === 'Application' && e.object.metadata.labels?.['seedbed.io/stage'] === stage)?.object;
      if (app) return `Argo CD Application ${app.metadata.name} (argocd.yaml), sync wave ${app.metadata.annotations?.['argocd.argoproj.io/sync-wave']}`;
      // A stage may span waves (system-components: the cloud provider's HelmReleases, then the CNI's Applications in dependsOn order).
      const stagePrefix = `${stageDir(seed.name, key, stage)}/`;
      const waves = [...new Set(mine.filter((e) => e.file.startsWith(stagePrefix))
        .map((e) => e.object.metadata.annotations?.['argocd.argoproj.io/sync-wave']).filter((w): w is string => w !== undefined))]
        .sort((a, b) => Number(a) - Number(b));
      if (waves.length > 0) return `Argo CD sync wave${waves.length > 1 ? 's' : ''} ${waves.join(', ')} of the shoot's Application`;
      return i <= 0 ? 'applied first' : `applied after ${stages[i - 1]}`;
    };
    // The credentials step (an ExternalSecret making the binding's Secret), when the shoot has one.
    const credentialsPath = `${dir}/credentials/${KUSTOMIZATION_FILE}`;
    const credentials = part.get(credentialsPath);
    if (credentials?.kind === 'kustomization') {
      const made = mine.filter((e) => e.file.startsWith(`${dir}/credentials/`) && e.object.kind === 'ExternalSecret').map(({ object }) => {
        const spec = object.spec as any;
        return `  Secret ${spec?.target?.name ?? object.metadata.name}: made by ExternalSecret ${object.metadata.name} from ${spec?.secretStoreRef?.kind ?? 'SecretStore'} ${spec?.secretStoreRef?.name} (a seed prerequisite: ${prerequisites})`;
      });
      part.set(credentialsPath, { ...credentials, comments: [`Credentials of shoot ${shoot.project}/${shoot.name}: ${order('credentials', -1)}.`, ...made] });
    }
    for (const [i, stage] of stages.entries()) {
      const path = `${stageDir(seed.name, key, stage)}/${KUSTOMIZATION_FILE}`;
      const file = part.get(path);
      if (file?.kind !== 'kustomization') continue;
      const head = `Stage ${stage} of shoot ${shoot.project}/${shoot.name}: ${order(stage, i)}.`;
      if (IN_SHOOT_STAGES.has(stage as Stage)) {
        part.set(path, { ...file, comments: [head, 'Its objects are applied inside the shoot, not in the seed (see ../kustomization.yaml).'] });
        continue;
      }
      const reads = new Map<string, Set<string>>();
      const sources = new Map<string, Source>();
      const stagePrefix = `${stageDir(seed.name, key, stage)}/`;
      for (const { file: f, object } of mine) {
        if (!f.startsWith(stagePrefix)) continue;
        for (const ref of referencesOf(object, f)) {
          if (ref.kind !== 'Secret') continue;
          const name = ref.namespace === shoot.technicalId ? ref.name : `${ref.namespace}/${ref.name}`;
          const readers = reads.get(name) ?? new Set<string>();
          readers.add(`${object.kind} ${object.metadata.name}`);
          reads.set(name, readers);
          // A reader that does not wait for it (a Terraform object's optional varsFrom) goes on without it until it exists.
          const later = ref.waits === false ? '; not waited for: read once it exists' : '';
          if (!sources.has(name) || ref.optional === false) sources.set(name, `${sourceOf(ref.namespace, ref.name, ref.optional)}${later}`);
        }
      }
      const secretLines = [...reads.keys()].sort().map((name) => `  ${name} (read by ${[...reads.get(name)!].sort().join(', ')}): ${sources.get(name)}`);
      part.set(path, { ...file, comments: [head, ...(secretLines.length > 0 ? ['Secrets its objects read, and where each comes from:', ...secretLines] : ['Its objects read no Secret.'])] });
    }
  }
}
