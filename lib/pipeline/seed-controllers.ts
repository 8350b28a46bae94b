/**
 * The controllers a seed must run before its folder reconciles, named from what is rendered into
 * it: every object applied in the seed (not the stages applied inside a shoot) is reconciled by
 * some controller, and each kind of object maps to exactly one row of the table below. The rows
 * also carry what the other convergence checks take for granted about that controller — the
 * namespace and pod labels the NetworkPolicy flows admit (lib/pipeline/network-flows.ts), the
 * feature gate a rendered setting needs — so `seeds/<seed>/prerequisites.json` (`controllers`)
 * lists what to install and where, next to the Secrets to provide.
 *
 * A kind no row knows is a problem: the check cannot name who reconciles it, and a seed
 * bootstrapped from the list would leave it unreconciled.
 *
 * Versions are the seed's management stack (lib/core/stack.ts), where the controller is one of
 * its components.
 */
import { Manifest, RenderedTree } from '../core/manifest';
import { EXTERNAL_DNS_HOSTNAME_ANNOTATION } from '../core/endpoints';
import { FLUX_NAMESPACE } from '../core/gitops';
import type { StackComponent } from '../core/stack';
import { parseOutputPath } from '../layout/paths';
import { ResolvedFleet, ResolvedSeed } from '../resolve/model';
import { KAMAJI_NAMESPACE } from '../render/kamaji';
import { K0SMOTRON_NAMESPACE } from '../render/k0smotron';
import { TOFU_CONTROLLER_POD_LABELS } from '../render/terraform/gitops';

/** One controller a seed needs: what to install, and where the checks expect it. */
export interface SeedController {
  /** The controller (its upstream name). */
  readonly name: string;
  /** Version from the seed's management stack, when the controller is one of its components. */
  readonly version?: string;
  /** Namespace it must run in (the NetworkPolicies admit it from there, or its objects live there). */
  readonly namespace?: string;
  /** Labels its pods must carry (the NetworkPolicies select it by them). */
  readonly podLabels?: Record<string, string>;
  /** Settings it must run with for what is rendered (feature gates). */
  readonly settings?: string[];
  /** The kinds of the seed's objects it reconciles (`Kind` or `Kind (group)`), sorted. */
  readonly reconciles: string[];
}

interface Row {
  readonly name: string;
  readonly component?: StackComponent;
  /** Fixed namespace the checks expect (else, for `namespaceOfObjects`, the namespace its objects live in). */
  readonly namespace?: string;
  readonly namespaceOfObjects?: boolean;
  readonly podLabels?: Record<string, string>;
  readonly matches: (group: string, kind: string) => boolean;
  /** Settings a given object needs. */
  readonly settings?: (o: Manifest) => string[];
  /** Whether the seed's list names it (not for the seed's own Kubernetes, which every seed is). */
  readonly unlisted?: boolean;
}

const CAPI = 'cluster.x-k8s.io';
const CONTROLPLANE = `controlplane.${CAPI}`;
const BOOTSTRAP = `bootstrap.${CAPI}`;
const INFRASTRUCTURE = `infrastructure.${CAPI}`;

/**
 * Kind → controller. Groups and kinds are the ones of the upstream CRDs seedbed renders
 * (../shared/crds/SOURCES.md); the namespaces and labels are the ones lib/pipeline/network-flows.ts
 * admits (its entries cite the upstream files).
 */
const ROWS: readonly Row[] = [
  // fluxcd/source-controller api/v1 (GitRepository, HelmRepository, OCIRepository).
  { name: 'Flux source-controller', component: 'flux', namespace: FLUX_NAMESPACE, matches: (g) => g === 'source.toolkit.fluxcd.io' },
  // fluxcd/kustomize-controller api/v1; it applies into shoots through admin.svc (network-flows).
  { name: 'Flux kustomize-controller', component: 'flux', namespace: FLUX_NAMESPACE, matches: (g) => g === 'kustomize.toolkit.fluxcd.io' },
  // fluxcd/helm-controller api/v2; installs the system components into shoots through admin.svc (network-flows) — on Argo CD seeds the cloud provider's only, the CNI being an Argo CD Application.
  { name: 'Flux helm-controller', component: 'flux', namespace: FLUX_NAMESPACE, matches: (g) => g === 'helm.toolkit.fluxcd.io' },
  // flux-iac/tofu-controller api/v1alpha2; its pods dial the runners (network-flows: namespace and labels of the Helm chart install).
  { name: 'tofu-controller', component: 'tofuController', namespace: FLUX_NAMESPACE, podLabels: TOFU_CONTROLLER_POD_LABELS, matches: (g) => g === 'infra.contrib.fluxcd.io' },
  // clastix/kamaji api/v1alpha1; the controller dials each tenant API server from kamaji-system (network-flows).
  { name: 'Kamaji', component: 'kamaji', namespace: KAMAJI_NAMESPACE, matches: (g) => g === 'kamaji.clastix.io' },
  // clastix/cluster-api-control-plane-provider-kamaji api/v1alpha2.
  { name: 'Kamaji Cluster API control plane provider', component: 'kamajiClusterApiProvider', matches: (g, k) => g === CONTROLPLANE && k === 'KamajiControlPlane' },
  // kubernetes-sigs/cluster-api: core (api/core), kubeadm control plane and bootstrap providers.
  { name: 'Cluster API', component: 'clusterApi', matches: (g) => g === CAPI },
  { name: 'Cluster API kubeadm control plane provider', component: 'clusterApi', matches: (g, k) => g === CONTROLPLANE && k === 'KubeadmControlPlane' },
  {
    name: 'Cluster API kubeadm bootstrap provider', component: 'clusterApi', matches: (g, k) => g === BOOTSTRAP && k === 'KubeadmConfigTemplate',
    // cluster-api v1.14 bootstrap/kubeadm: format ignition is refused unless the KubeadmBootstrapFormatIgnition gate is on.
    settings: (o) => ((o.spec as any)?.template?.spec?.format === 'ignition' ? ['feature gate KubeadmBootstrapFormatIgnition (EXP_KUBEADM_BOOTSTRAP_FORMAT_IGNITION=true)'] : []),
  },
  // kubernetes-sigs/cluster-api-provider-openstack and -vsphere api/.
  { name: 'Cluster API provider OpenStack (CAPO)', component: 'clusterApiProviderOpenStack', matches: (g, k) => g === INFRASTRUCTURE && k.startsWith('OpenStack') },
  { name: 'Cluster API provider vSphere (CAPV)', component: 'clusterApiProviderVSphere', matches: (g, k) => g === INFRASTRUCTURE && k.startsWith('VSphere') },
  // k0sproject/k0smotron: its own API, its control plane and bootstrap providers; the controller dials k0s from its namespace (network-flows).
  {
    name: 'k0smotron', component: 'k0smotron', namespace: K0SMOTRON_NAMESPACE,
    matches: (g, k) => g === 'k0smotron.io' || (g === CONTROLPLANE && k.startsWith('K0s')) || (g === BOOTSTRAP && k.startsWith('K0s')),
  },
  // external-secrets/external-secrets apis/externalsecrets/v1.
  { name: 'External Secrets Operator', matches: (g) => g === 'external-secrets.io' },
  // argoproj/argo-cd manifests/crds; the Applications (the CNI's and the in-shoot stages') live in the namespace Argo CD watches.
  { name: 'Argo CD', component: 'argoCd', namespaceOfObjects: true, matches: (g) => g === 'argoproj.io' },
  // Kubernetes NetworkPolicy does nothing unless the seed's network plugin enforces it.
  { name: 'a CNI enforcing NetworkPolicy (the seed\'s network plugin)', matches: (g) => g === 'networking.k8s.io' },
  // Built-in kinds the API server and kube-controller-manager handle: known, not listed.
  {
    name: 'Kubernetes', unlisted: true,
    matches: (g) => g === 'core' || g === 'rbac.authorization.k8s.io' || g === 'batch' || g === 'policy' || g === 'storage.k8s.io' || g === 'apps',
  },
];

/** The row of a group and kind, found once per pair (every object of a seed asks): group → kind → row, bounded. */
const rowsByGroup = new Map<string, Map<string, Row | undefined>>();
let rowsKnown = 0;
function rowOf(group: string, kind: string): Row | undefined {
  let byKind = rowsByGroup.get(group);
  if (byKind?.has(kind)) return byKind.get(kind);
  const row = ROWS.find((r) => r.matches(group, kind));
  if (rowsKnown >= 10_000) {
    rowsByGroup.clear();
    rowsKnown = 0;
    byKind = undefined;
  }
  if (!byKind) rowsByGroup.set(group, (byKind = new Map()));
  byKind.set(kind, row);
  rowsKnown++;
  return row;
}

/** A row of its own, named by what the objects carry rather than by their kind. */
const EXTERNAL_DNS = 'external-dns';

const groupOf = (apiVersion: string): string => {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? 'core' : apiVersion.slice(0, slash);
};

/** Whether an object asks external-dns for records (the hostname annotation anywhere in it, e.g. on the API server Service a control plane declares). */
function asksExternalDns(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(asksExternalDns);
  if (v === null || typeof v !== 'object') return false;
  // Object.keys, not Object.entries: no [key, value] pair made per field of every object.
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (k === EXTERNAL_DNS_HOSTNAME_ANNOTATION) return true;
    const x = o[k];
    if (x !== null && typeof x === 'object' && asksExternalDns(x)) return true;
  }
  return false;
}

/** Stages applied inside the shoot (their objects are not the seed's). */
export function appliedInShoot(rest: string): boolean {
  const stage = rest.split('/')[0];
  return stage === 'addons' || stage === 'multicluster';
}

/**
 * The controllers the objects of one seed need, and a problem for every kind no controller of the
 * table reconciles (`<file>: <Kind> <namespace>/<name>: …`).
 */
export function seedControllers(seed: ResolvedSeed, entries: ReadonlyArray<{ file: string; object: Manifest }>): { controllers: SeedController[]; problems: string[] } {
  const found = new Map<string, { row: Row | undefined; kinds: Set<string>; settings: Set<string>; namespaces: Set<string> }>();
  const problems: string[] = [];
  const kindsOfGroup = new Map<string, Set<string>>();
  for (const { object } of entries) {
    const kinds = kindsOfGroup.get(object.kind) ?? new Set<string>();
    kinds.add(groupOf(object.apiVersion));
    kindsOfGroup.set(object.kind, kinds);
  }
  const note = (name: string, row: Row | undefined, kind: string) => {
    const entry = found.get(name) ?? { row, kinds: new Set<string>(), settings: new Set<string>(), namespaces: new Set<string>() };
    entry.kinds.add(kind);
    found.set(name, entry);
    return entry;
  };
  for (const { file, object } of entries) {
    const group = groupOf(object.apiVersion);
    const kind = (kindsOfGroup.get(object.kind)?.size ?? 0) > 1 ? `${object.kind} (${group})` : object.kind;
    const row = rowOf(group, object.kind);
    if (!row) {
      const ns = object.metadata?.namespace;
      problems.push(`seed ${seed.name}: ${file}: ${object.kind} ${ns ? `${ns}/` : ''}${object.metadata?.name}: no controller seedbed knows reconciles ${object.apiVersion} ${object.kind}, so the seed's prerequisites cannot name it`);
      continue;
    }
    const entry = note(row.name, row, kind);
    for (const s of row.settings?.(object) ?? []) entry.settings.add(s);
    if (row.namespaceOfObjects && object.metadata?.namespace) entry.namespaces.add(object.metadata.namespace);
    if (asksExternalDns(object.spec) || asksExternalDns(object.metadata?.annotations)) note(EXTERNAL_DNS, undefined, kind);
  }
  const controllers: SeedController[] = [];
  for (const [name, { row, kinds, settings, namespaces }] of found) {
    if (row?.unlisted) continue;
    const namespace = row?.namespace ?? (namespaces.size === 1 ? [...namespaces][0] : undefined);
    controllers.push({
      name,
      ...(row?.component ? { version: seed.stack.versions[row.component] } : {}),
      ...(namespace ? { namespace } : {}),
      ...(row?.podLabels ? { podLabels: { ...row.podLabels } } : {}),
      ...(settings.size > 0 ? { settings: [...settings].sort() } : {}),
      reconciles: [...kinds].sort(),
    });
  }
  // Table order (what to install first comes first), external-dns last.
  const order = (c: SeedController) => { const i = ROWS.findIndex((r) => r.name === c.name); return i < 0 ? ROWS.length : i; };
  controllers.sort((a, b) => order(a) - order(b));
  return { controllers, problems };
}

/** The objects each seed applies in the seed itself (not inside its shoots), with their files. */
export function seedObjects(tree: RenderedTree): Map<string, Array<{ file: string; object: Manifest }>> {
  const bySeed = new Map<string, Array<{ file: string; object: Manifest }>>();
  for (const [p, f] of tree) {
    const info = parseOutputPath(p);
    if (info.seed === undefined || f.kind !== 'manifests' || info.scope === 'terraform' || (info.scope === 'shoot' && appliedInShoot(info.rest))) continue;
    const list = bySeed.get(info.seed) ?? [];
    for (const object of f.objects) list.push({ file: p, object });
    bySeed.set(info.seed, list);
  }
  return bySeed;
}

/** Every seed's kinds that no controller of the table reconciles (synth and validate fail on them). */
export function checkSeedControllers(fleet: ResolvedFleet, tree: RenderedTree): string[] {
  const bySeed = seedObjects(tree);
  return fleet.seeds.flatMap((seed) => seedControllers(seed, bySeed.get(seed.name) ?? []).problems);
}
