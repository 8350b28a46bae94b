/**
 * Every Secret or ConfigMap a seed's objects refer to (and every secret store an ExternalSecret
 * reads) must come from somewhere: rendered in the output, created by a named controller under its
 * upstream naming rule, or a prerequisite of the seed that the fleet declares (credentials — never
 * rendered). Anything else is a reference nobody satisfies, and the object waiting on it would
 * stall: a problem.
 *
 * The prerequisites of each seed are written to `seeds/<seed>/prerequisites.json` (the Secrets to
 * create or commit SOPS-encrypted, the stores External Secrets reads, their keys — from the
 * credentials contract, lib/core/credentials.ts — and who reads them), so a platform team
 * bootstraps a seed from a list, not from reading controllers' source.
 *
 * The garden side (garden/, the multi-cluster hubs and the bootstrap that applies them) gets the
 * same treatment in `garden/prerequisites.json`, each entry with the cluster it must exist in
 * ({@link checkGardenSecretReferences}).
 */
import { Manifest, RenderedTree } from '../core/manifest';
import { WRITES_SECRET_ANNOTATION } from '../core/labels';
import { parseOutputPath } from '../layout/paths';
import { ResolvedFleet, ResolvedSeed } from '../resolve/model';
import { optionalCredentialsKeys, requiredCredentialsKeys, STORE_FIELDS } from '../core/credentials';
import { ControlPlaneBackend, CredentialsDelivery, GitOpsEngine, SecretStoreKind } from '../core/types';
import { GARDEN_CLUSTER, hubClusterName, kubeconfigSecretName } from '../core/gitops';
import { gardenArgoDir, gardenFluxDir, KUSTOMIZATION_FILE, multiclusterDir } from '../layout/paths';
import { credentialsSopsFile } from '../layout/paths';
import { KAMAJI_NAMESPACE } from '../render/kamaji';
// Stages applied inside the shoot: their references resolve in the shoot, not in the seed.
import { appliedInShoot } from './seed-controllers';
import { shootsByKey } from './fleet-index';

/** Kinds of objects a seed's objects refer to by name: Secrets, ConfigMaps and External Secrets stores. */
export type ReferencedKind = 'Secret' | 'ConfigMap' | 'SecretStore' | 'ClusterSecretStore';

/** One reference of an object to a Secret, ConfigMap or secret store. */
export interface ObjectReference {
  readonly kind: ReferencedKind;
  readonly namespace: string;
  readonly name: string;
  /** The key read, when the reference names one. */
  readonly key?: string;
  /** `<file>: <Kind> <namespace>/<name> <field>`. */
  readonly from: string;
  /** Whether the object works without the Secret (then nothing needs to make it). */
  readonly optional: boolean;
  /**
   * Whether the object waits for the Secret (false: it reconciles without it and picks it up later,
   * like a Terraform object's optional `varsFrom`, which still needs a producer).
   */
  readonly waits?: boolean;
}

/**
 * A Secret (or External Secrets store) the seed needs before it reconciles: what the fleet declares
 * and the output refers to.
 */
export interface SeedPrerequisite {
  readonly kind: 'Secret' | 'SecretStore' | 'ClusterSecretStore';
  /** Namespace (empty for a ClusterSecretStore). */
  readonly namespace: string;
  readonly name: string;
  /** Keys its readers need (for a store: the fields each entry read must hold). */
  readonly keys: string[];
  /** Keys some reader uses when present (none needs them). */
  readonly optionalKeys?: string[];
  /** The SOPS-encrypted file of the platform repository that holds it, when it is delivered that way. */
  readonly file?: string;
  /** What it is for. */
  readonly purpose: string;
  /** The objects that read it (`Kind namespace/name`). */
  readonly readBy: string[];
}

const FIELD_REFS = new Set(['secretRef', 'configMapRef', 'identityRef', 'secretReference']);

/** Every Secret/ConfigMap reference of an object (secretRef, configMapRef, identityRef, secretReference, valuesFrom, varsFrom, pod Secret volumes). */
export function referencesOf(o: Manifest, file: string): readonly ObjectReference[] {
  // The checks (Secret producers, Argo CD waves, the shoot folders' comments) ask for the same
  // rendered objects, which no longer change by then: walked once per object and file.
  let byFile = referencesMemo.get(o);
  if (!byFile) referencesMemo.set(o, (byFile = new Map()));
  let refs = byFile.get(file);
  if (!refs) byFile.set(file, (refs = findReferences(o, file)));
  return refs;
}

const referencesMemo = new WeakMap<Manifest, Map<string, readonly ObjectReference[]>>();

/**
 * Where {@link findReferences} is in an object: the field it started at, or a step below a place
 * (a map key or a list index). Its text ({@link fieldText}) is made only where a reference is
 * found (or a field's text decides, a pod volume's): building it for every value walked cost more
 * than the search itself.
 */
type Field = string | { readonly up: Field; readonly key: string } | { readonly up: Field; readonly index: number };

/** `spec.a.b[0].c`: keys joined with dots, list indexes in brackets. */
function fieldText(f: Field): string {
  if (typeof f === 'string') return f;
  const up = fieldText(f.up);
  return 'key' in f ? (up ? `${up}.${f.key}` : f.key) : `${up}[${f.index}]`;
}

function findReferences(o: Manifest, file: string): ObjectReference[] {
  const out: ObjectReference[] = [];
  const ns = o.metadata?.namespace ?? '';
  const where = (field: string) => `${file}: ${o.kind} ${ns ? `${ns}/` : ''}${o.metadata?.name} ${field}`;
  const walk = (v: unknown, field: Field) => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x !== null && typeof x === 'object') walk(x, { up: field, index: i });
      }
      return;
    }
    if (v === null || typeof v !== 'object') return;
    for (const k of Object.keys(v as Record<string, unknown>)) {
      const x = (v as Record<string, unknown>)[k];
      // Only objects and lists hold references (a scalar has nothing to walk into).
      if (x === null || typeof x !== 'object') continue;
      const f: Field = { up: field, key: k };
      const ref = x as Record<string, any>;
      // external-secrets.io/v1 ExternalSecret spec.secretStoreRef (kind SecretStore unless set).
      if (k === 'secretStoreRef' && typeof ref.name === 'string') {
        const kind = ref.kind === 'ClusterSecretStore' ? 'ClusterSecretStore' : 'SecretStore';
        out.push({ kind, namespace: kind === 'ClusterSecretStore' ? '' : ns, name: ref.name, from: where(fieldText(f)), optional: false });
        continue;
      }
      if (FIELD_REFS.has(k) && typeof ref.name === 'string'
        && (k !== 'identityRef' || ref.kind === undefined || ref.kind === 'Secret' || ref.type === 'Secret')) {
        out.push({
          kind: k === 'configMapRef' ? 'ConfigMap' : 'Secret', namespace: ref.namespace ?? ns, name: ref.name,
          key: ref.key ?? ref.keyPath, from: where(fieldText(f)), optional: ref.optional === true,
        });
        continue;
      }
      // A pod's Secret volume (`volumes[i].secret.secretName`): the pod does not start without it.
      if (k === 'secret' && typeof ref.secretName === 'string' && /\.volumes\[\d+\]$/.test(fieldText(field))) {
        out.push({ kind: 'Secret', namespace: ns, name: ref.secretName, key: ref.items?.[0]?.key, from: where(fieldText(f)), optional: ref.optional === true });
        continue;
      }
      if ((k === 'valuesFrom' || k === 'varsFrom') && Array.isArray(x)) {
        x.forEach((e: any, i: number) => {
          if (e && (e.kind === 'Secret' || e.kind === 'ConfigMap') && typeof e.name === 'string') {
            // An optional varsFrom of a Terraform object only lets the stack plan before the Secret
            // exists (static machines wait for it: render/terraform/common.ts local.join_ready);
            // something must still make it, or the machines never come.
            const optional = e.optional === true && !(k === 'varsFrom' && o.kind === 'Terraform');
            const waits = e.optional !== true;
            out.push({ kind: e.kind, namespace: ns, name: e.name, key: e.valuesKey, from: where(`${fieldText(f)}[${i}]`), optional, waits });
          }
        });
        continue;
      }
      walk(x, f);
    }
  };
  walk(o.spec, 'spec');
  return out;
}

/**
 * Secrets controllers create, by their upstream naming rule, when the object that makes them is
 * in the same namespace: name → what makes it.
 */
export function controllerMade(objects: readonly Manifest[]): Map<string, string> {
  const made = new Map<string, string>();
  for (const o of objects) forEachMadeSecret(o, (id, by) => made.set(id, by));
  return made;
}

/**
 * The Secrets one object has a controller make ({@link controllerMade}), each handed to `add` as
 * `<namespace>/<name>` and what makes it, in the order controllerMade records them.
 */
export function forEachMadeSecret(o: Manifest, add: (id: string, by: string) => void): void {
  const at = (ns: string | undefined, name: string) => `${ns ?? ''}/${name}`;
  const ns = o.metadata?.namespace;
  const name = o.metadata?.name;
  const slash = o.apiVersion.indexOf('/');
  const group = slash < 0 ? o.apiVersion : o.apiVersion.slice(0, slash);
  // clastix/kamaji@ddbabd87:controllers/resources.go getKubeconfigResources (`<tcp>-admin-kubeconfig`);
  // the Kamaji CAPI provider creates the TenantControlPlane of its own name.
  if (o.kind === 'TenantControlPlane' || o.kind === 'KamajiControlPlane') add(at(ns, `${name}-admin-kubeconfig`), `Kamaji (${o.kind} ${name})`);
  // kubernetes-sigs/cluster-api v1.14: util/secret (`<cluster>-kubeconfig`, key value), written by the control plane provider.
  if (group === 'cluster.x-k8s.io' && o.kind === 'Cluster') add(at(ns, `${name}-kubeconfig`), `Cluster API (Cluster ${name})`);
  // k0sproject/k0smotron: internal/controller/k0smotron.io/k0smotroncluster_kubeconfig.go (`<name>-kubeconfig`).
  if (group === 'k0smotron.io' && o.kind === 'Cluster') add(at(ns, `${name}-kubeconfig`), `k0smotron (Cluster ${name})`);
  // flux-iac/tofu-controller: spec.writeOutputsToSecret.
  const outputs = (o.spec as any)?.writeOutputsToSecret?.name;
  if (o.kind === 'Terraform' && typeof outputs === 'string') add(at(ns, outputs), `tofu-controller (Terraform ${name})`);
  // k0sproject/k0smotron v2.1.0: internal/controller/k0smotron.io/jointokenrequest_controller.go
  // generateSecret (a Secret of the request's name and namespace, key `token`).
  if (group === 'k0smotron.io' && o.kind === 'JoinTokenRequest') add(at(ns, name!), `k0smotron (JoinTokenRequest ${name})`);
  // What seedbed renders to write a Secret at run time says so (render/terraform/join.ts CronJob).
  const writes = o.metadata?.annotations?.[WRITES_SECRET_ANNOTATION];
  if (typeof writes === 'string') add(at(ns, writes), `${o.kind} ${name} (${WRITES_SECRET_ANNOTATION})`);
  // external-secrets: the target Secret (spec.target.name, else the ExternalSecret's name).
  if (o.kind === 'ExternalSecret') add(at(ns, (o.spec as any)?.target?.name ?? name), `external-secrets (ExternalSecret ${name})`);
}

/** The Secrets the fleet declares as prerequisites of a seed (credentials and certificates it names; never rendered). */
export function declaredPrerequisites(fleet: ResolvedFleet, seed: ResolvedSeed): SeedPrerequisite[] {
  const out: SeedPrerequisite[] = [];
  if (fleet.repository.secretName) {
    out.push({ kind: 'Secret', namespace: 'flux-system', name: fleet.repository.secretName, keys: [], purpose: 'Git credentials of the platform repository (Flux source-controller)', readBy: [] });
  }
  const sops = fleet.sopsSecrets;
  if (sops) {
    out.push({ kind: 'Secret', namespace: 'flux-system', name: sops.decryptionSecretName, keys: ['age.agekey'], purpose: `private age key that decrypts ${sops.path}/${seed.name}/ (Flux kustomize-controller)`, readBy: [] });
  }
  const byKey = shootsByKey(fleet);
  for (const key of seed.shoots) {
    const shoot = byKey.get(key)!;
    const binding = shoot.credentials;
    const what = `infrastructure credentials of shoot ${shoot.key} (${shoot.provider}, binding ${binding.name})`;
    const es = binding.externalSecret;
    if (binding.delivery === CredentialsDelivery.EXTERNAL_SECRET && es) {
      // The ExternalSecret rendered in the shoot namespace makes the Secret; the store is the seed's.
      out.push({
        kind: es.storeKind, namespace: es.storeKind === SecretStoreKind.CLUSTER_SECRET_STORE ? '' : shoot.technicalId, name: es.store,
        keys: [...STORE_FIELDS[shoot.provider]].map((f) => `${es.remoteKey}:${f}`),
        purpose: `External Secrets store (the external-secrets operator, external-secrets.io/v1, installed in the seed) holding ${what}`, readBy: [],
      });
    } else {
      const file = binding.delivery === CredentialsDelivery.SOPS && sops ? credentialsSopsFile(sops.path, seed.name, shoot.technicalId, binding.name) : undefined;
      const optional = optionalCredentialsKeys(shoot.provider);
      out.push({
        kind: 'Secret', namespace: shoot.technicalId, name: binding.name, keys: requiredCredentialsKeys(shoot.provider),
        ...(optional.length > 0 ? { optionalKeys: optional } : {}),
        ...(file ? { file } : {}),
        purpose: file ? `${what}; commit it SOPS-encrypted as ${file}` : `${what}; create it in the seed`, readBy: [],
      });
    }
    if (fleet.terraform.stateCredentialsSecretName) {
      out.push({ kind: 'Secret', namespace: shoot.technicalId, name: fleet.terraform.stateCredentialsSecretName, keys: [], purpose: 'credentials of the Terraform state backend', readBy: [] });
    }
  }
  for (const ds of seed.dataStores) {
    const refs = [ds.tls?.certificateAuthority, ds.tls?.clientCertificate, ds.basicAuth].filter((r): r is NonNullable<typeof r> => !!r);
    for (const r of refs) out.push({ kind: 'Secret', namespace: r.namespace ?? KAMAJI_NAMESPACE, name: r.name, keys: [], purpose: `DataStore ${ds.name} credentials/certificates`, readBy: [] });
  }
  // Keyed by namespace/name (a ClusterSecretStore has no namespace).
  const unique = new Map<string, SeedPrerequisite>();
  for (const p of out) {
    const id = `${p.namespace}/${p.name}`;
    const seen = unique.get(id);
    if (!seen) unique.set(id, p);
    // One store serves many shoots: it must hold every entry they read.
    else if (seen.kind === p.kind && p.kind !== 'Secret') unique.set(id, { ...seen, keys: [...seen.keys, ...p.keys.filter((x) => !seen.keys.includes(x))], purpose: `External Secrets store (the external-secrets operator, external-secrets.io/v1, installed in the seed) holding the infrastructure credentials of the seed's shoots` });
  }
  return [...unique.values()];
}

/** Per seed: the references nobody satisfies (problems) and the prerequisites the output reads. */
export function checkSecretReferences(fleet: ResolvedFleet, tree: RenderedTree): { problems: string[]; prerequisites: Map<string, SeedPrerequisite[]> } {
  const problems: string[] = [];
  const prerequisites = new Map<string, SeedPrerequisite[]>();
  const bySeed = new Map<string, Array<{ file: string; object: Manifest }>>();
  for (const [p, f] of tree) {
    const info = parseOutputPath(p);
    if (info.seed === undefined || f.kind !== 'manifests' || (info.scope === 'shoot' && appliedInShoot(info.rest))) continue;
    const list = bySeed.get(info.seed) ?? [];
    for (const object of f.objects) list.push({ file: p, object });
    bySeed.set(info.seed, list);
  }
  for (const seed of fleet.seeds) {
    const entries = bySeed.get(seed.name);
    if (!entries) continue;
    const objects = entries.map((e) => e.object);
    const rendered = new Set(objects.filter((o) => o.kind === 'Secret' || o.kind === 'ConfigMap' || o.kind === 'SecretStore' || o.kind === 'ClusterSecretStore')
      .map((o) => `${o.kind}:${o.metadata.namespace ?? ''}/${o.metadata.name}`));
    const made = controllerMade(objects);
    const declared = new Map(declaredPrerequisites(fleet, seed).map((p) => [`${p.namespace}/${p.name}`, { ...p, keys: [...p.keys], readBy: [] as string[] }]));
    for (const { file, object } of entries) {
      for (const ref of referencesOf(object, file)) {
        const id = `${ref.namespace}/${ref.name}`;
        if (ref.optional || rendered.has(`${ref.kind}:${id}`) || (ref.kind === 'Secret' && made.has(id))) continue;
        const candidate = declared.get(id);
        const prerequisite = ref.kind !== 'ConfigMap' && candidate?.kind === ref.kind ? candidate : undefined;
        if (prerequisite) {
          const reader = `${object.kind} ${object.metadata.namespace ? `${object.metadata.namespace}/` : ''}${object.metadata.name}`;
          if (!prerequisite.readBy.includes(reader)) prerequisite.readBy.push(reader);
          if (ref.key !== undefined && !prerequisite.keys.includes(ref.key)) prerequisite.keys.push(ref.key);
          continue;
        }
        problems.push(`seed ${seed.name}: ${ref.from}: ${ref.kind} ${id} is neither rendered, nor made by a controller, nor a declared prerequisite of the seed`);
      }
    }
    prerequisites.set(seed.name, [...declared.values()].filter((p) => p.readBy.length > 0)
      .map((p) => ({ ...p, readBy: [...p.readBy].sort() })).sort((a, b) => (`${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1)));
  }
  // The garden side (garden/, the hubs, their bootstrap) is held to the same rule.
  problems.push(...checkGardenSecretReferences(fleet, tree).problems);
  return { problems, prerequisites };
}

/**
 * A Secret the garden side needs (`garden/prerequisites.json`): the seed list's fields, and the
 * cluster it must exist in.
 */
export interface GardenPrerequisite extends SeedPrerequisite {
  /** `gitops` (where the garden's Flux or Argo CD runs), `garden` (the garden cluster), or `hub-<system>`. */
  readonly cluster: string;
}

/** One Secret a garden-side object reads, in the cluster it reads it from. */
interface GardenReference {
  readonly cluster: string;
  readonly namespace: string;
  readonly name: string;
  readonly key?: string;
  /** `<file>: <Kind> <namespace>/<name> <field>`. */
  readonly from: string;
  /** `Kind namespace/name`. */
  readonly reader: string;
}

/** The cluster the objects of a garden-side file go to: `gitops` for the bootstrap, a hub, or the garden. */
function gardenClusterOf(file: string): string {
  const hub = /^garden\/multicluster\/([^/]+)\//.exec(file);
  if (hub) return hubClusterName(hub[1]);
  return file.startsWith(`${gardenFluxDir()}/`) || file.startsWith(`${gardenArgoDir()}/`) ? 'gitops' : GARDEN_CLUSTER;
}

/** Gardener's `credentialsRef` fields (a CredentialsBinding's, at the top level; a Seed's DNS and backup providers). */
function credentialsRefs(v: unknown, field: string): Array<{ name: string; namespace?: string; field: string }> {
  if (Array.isArray(v)) return v.flatMap((x, i) => credentialsRefs(x, `${field}[${i}]`));
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v as Record<string, any>).flatMap(([k, x]) => (
    k === 'credentialsRef' && x && typeof x === 'object' && (x.kind === undefined || x.kind === 'Secret') && typeof x.name === 'string'
      ? [{ name: x.name as string, namespace: x.namespace as string | undefined, field: field ? `${field}.${k}` : k }]
      : (k === 'metadata' || k === 'status' ? [] : credentialsRefs(x, field ? `${field}.${k}` : k))));
}

/** Every Secret the garden side's objects read: Secret references, `credentialsRef`s, and Argo CD's destination clusters. */
function gardenReferences(tree: RenderedTree): GardenReference[] {
  const out: GardenReference[] = [];
  for (const [file, f] of tree) {
    if (!file.startsWith('garden/') || f.kind !== 'manifests') continue;
    const cluster = gardenClusterOf(file);
    for (const o of f.objects) {
      const ns = o.metadata.namespace ?? '';
      const reader = `${o.kind} ${ns ? `${ns}/` : ''}${o.metadata.name}`;
      for (const r of referencesOf(o, file)) {
        if (r.kind === 'Secret' && !r.optional) out.push({ cluster, namespace: r.namespace, name: r.name, key: r.key, from: r.from, reader });
      }
      for (const r of credentialsRefs(o, '')) out.push({ cluster, namespace: r.namespace ?? ns, name: r.name, from: `${file}: ${reader} ${r.field}`, reader });
      const spec = o.spec as any;
      // Kubermatic's Seed: `spec.kubeconfig`, an object reference to a Secret (key `fieldPath`) (render/multicluster/kubermatic.ts).
      if (o.apiVersion.startsWith('kubermatic.k8c.io/') && o.kind === 'Seed' && typeof spec?.kubeconfig?.name === 'string') {
        out.push({ cluster, namespace: spec.kubeconfig.namespace ?? ns, name: spec.kubeconfig.name, key: spec.kubeconfig.fieldPath, from: `${file}: ${reader} spec.kubeconfig`, reader });
      }
      // Clusterpedia's PediaCluster: `spec.authenticationFrom.<item>` names a Secret of Clusterpedia's own namespace (render/multicluster/clusterpedia.ts).
      if (o.apiVersion.startsWith('cluster.clusterpedia.io/') && o.kind === 'PediaCluster') {
        for (const [item, ref] of Object.entries((spec?.authenticationFrom ?? {}) as Record<string, any>)) {
          if (typeof ref?.name === 'string') out.push({ cluster, namespace: '', name: ref.name, key: ref.key, from: `${file}: ${reader} spec.authenticationFrom.${item}`, reader });
        }
      }
      // Argo CD finds a destination cluster by the `name` key of a Secret labelled argocd.argoproj.io/secret-type: cluster.
      const destination = o.kind === 'Application' ? (o.spec as any)?.destination?.name : undefined;
      if (typeof destination === 'string') out.push({ cluster, namespace: ns, name: destination, from: `${file}: ${reader} spec.destination.name`, reader });
    }
  }
  return out;
}

/**
 * The Secrets the fleet declares for its garden side (none rendered): the repository's credentials
 * and, per cluster a bootstrap step applies into, its kubeconfig (Flux) or cluster Secret (Argo CD);
 * the credentials Secret of each Gardener binding (named like the binding, in the project
 * namespace); each Gardener seed's DNS and backup credentials. A hub's Secrets are those its
 * system's settings name (member kubeconfigs), provided by the platform team: declared as read.
 */
function declaredGardenPrerequisites(fleet: ResolvedFleet, clusters: readonly string[]): GardenPrerequisite[] {
  const out: GardenPrerequisite[] = [];
  const argo = fleet.gitOpsEngine === GitOpsEngine.ARGOCD;
  const engine = argo ? 'argocd' : 'flux-system';
  const entry = (cluster: string, namespace: string, name: string, purpose: string, keys: string[] = []): GardenPrerequisite =>
    ({ kind: 'Secret', cluster, namespace, name, keys, purpose, readBy: [] });
  if (fleet.repository.secretName) out.push(entry('gitops', engine, fleet.repository.secretName, 'Git credentials of the platform repository'));
  for (const c of clusters) {
    const what = c === GARDEN_CLUSTER ? 'the garden cluster (the kube-apiserver Gardener\'s objects are created in)' : `the hub ${c}`;
    out.push(argo
      ? entry('gitops', engine, c, `Argo CD cluster Secret of ${what}: label argocd.argoproj.io/secret-type: cluster, keys name (${c}), server, config`)
      : entry('gitops', engine, kubeconfigSecretName(c), `kubeconfig of ${what}; Flux kustomize-controller applies and health-checks through it`));
  }
  const gardener = fleet.shoots.filter((s) => s.backend === ControlPlaneBackend.GARDENER);
  for (const project of fleet.projects) {
    const names = new Set([...(project.credentialsBindings ?? []).map((b) => b.name), ...gardener.filter((s) => s.project === project.name).map((s) => s.credentials.name)]);
    for (const name of names) {
      out.push(entry(GARDEN_CLUSTER, project.namespace, name, `infrastructure credentials of CredentialsBinding ${project.namespace}/${name}; `
        + `create it once Project ${project.name} is Ready (Gardener makes the namespace), before the project's credentials step: `
        + 'Gardener admits the binding only when the Secret exists and may be read'));
    }
  }
  // One Secret often serves several seeds (DNS credentials): one entry naming what it is for.
  const seedSecrets = new Map<string, { namespace: string; name: string; uses: Set<string>; seeds: Set<string> }>();
  for (const seed of fleet.seeds) {
    const refs = [
      [seed.dns.gardenerProvider?.credentials, 'DNS provider'],
      [seed.dns.gardenerInternal?.credentials, 'internal DNS'],
      [seed.backup?.credentials, 'backup'],
    ] as const;
    for (const [ref, use] of refs) {
      if (!ref) continue;
      const namespace = ref.namespace ?? 'garden';
      const e = seedSecrets.get(`${namespace}/${ref.name}`) ?? { namespace, name: ref.name, uses: new Set<string>(), seeds: new Set<string>() };
      e.uses.add(use);
      e.seeds.add(seed.name);
      seedSecrets.set(`${namespace}/${ref.name}`, e);
    }
  }
  for (const e of seedSecrets.values()) {
    out.push(entry(GARDEN_CLUSTER, e.namespace, e.name, `${[...e.uses].join(' and ')} credentials of Seed${e.seeds.size > 1 ? 's' : ''} ${[...e.seeds].join(', ')}`));
  }
  return out;
}

/**
 * The garden side's Secret references: a reference neither rendered nor declared (above) is a
 * problem, as `garden: <file>: <Kind> <namespace>/<name> <field>: …`; the declared Secrets that are
 * read are the garden's prerequisites, sorted by cluster, namespace and name.
 */
export function checkGardenSecretReferences(fleet: ResolvedFleet, tree: RenderedTree): { problems: string[]; prerequisites: GardenPrerequisite[] } {
  const refs = gardenReferences(tree);
  // The clusters the bootstrap applies into: the garden when it holds Gardener's objects, and each hub with a folder.
  const clusters = [
    ...(fleet.shoots.some((s) => s.backend === ControlPlaneBackend.GARDENER) ? [GARDEN_CLUSTER] : []),
    ...(fleet.multiCluster?.systems ?? []).filter((system) => tree.has(`${multiclusterDir(system)}/${KUSTOMIZATION_FILE}`)).map((system) => hubClusterName(system)),
  ];
  const declared = new Map<string, GardenPrerequisite & { keys: string[]; readBy: string[] }>();
  for (const p of declaredGardenPrerequisites(fleet, clusters)) {
    const id = `${p.cluster}/${p.namespace}/${p.name}`;
    const seen = declared.get(id);
    if (seen) declared.set(id, { ...seen, purpose: seen.purpose === p.purpose ? seen.purpose : `${seen.purpose}; ${p.purpose}` });
    else declared.set(id, { ...p, keys: [...p.keys], readBy: [] });
  }
  const rendered = new Set<string>();
  for (const [file, f] of tree) {
    if (!file.startsWith('garden/') || f.kind !== 'manifests') continue;
    for (const o of f.objects) if (o.kind === 'Secret') rendered.add(`${gardenClusterOf(file)}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
  }
  const problems: string[] = [];
  for (const r of refs) {
    const id = `${r.cluster}/${r.namespace}/${r.name}`;
    if (rendered.has(id)) continue;
    let p = declared.get(id);
    if (!p && r.cluster.startsWith('hub-')) {
      p = { kind: 'Secret', cluster: r.cluster, namespace: r.namespace, name: r.name, keys: [], purpose: `named by the ${r.cluster.slice(4)} settings of the fleet; provided by the platform team in the hub`
        + (r.namespace === '' ? ', in the namespace the system itself runs in (the reference names none)' : ''), readBy: [] };
      declared.set(id, p);
    }
    if (!p) {
      problems.push(`garden: ${r.from}: Secret ${r.namespace ? `${r.namespace}/` : ''}${r.name} (in ${r.cluster === 'gitops' ? 'the cluster the garden\'s GitOps engine runs in' : `cluster ${r.cluster}`}) `
        + 'is neither rendered nor a declared prerequisite of the garden');
      continue;
    }
    if (!p.readBy.includes(r.reader)) p.readBy.push(r.reader);
    if (r.key !== undefined && !p.keys.includes(r.key)) p.keys.push(r.key);
  }
  const order = (x: GardenPrerequisite) => [x.cluster, x.namespace, x.name];
  const prerequisites = [...declared.values()].filter((p) => p.readBy.length > 0)
    .map((p) => ({ ...p, keys: [...p.keys].sort(), readBy: [...p.readBy].sort() }))
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
      return 0;
    });
  return { problems, prerequisites };
}
