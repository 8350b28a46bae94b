/**
 * The compatibility table of the management stack, as data: which combinations of component
 * versions are known to be broken (an error, unless the fleet opts into a work-around), and which
 * APIs the declared versions deprecate, with the release that stops serving them (a warning).
 * Every row cites its upstream evidence (repository, tag or commit, file). `validate` and
 * `synth` read it through lib/validate/stack.ts; `seedbed report` and `upgrade-plan` print it.
 */
import { StackComponent, StackWorkaround, atLeast, parseStackVersion } from './stack';

/** What a row says. */
export enum CompatibilityKind {
  /** The combination does not work: refused, unless a work-around is opted into. */
  KNOWN_BAD = 'known-bad',
  /** The declared versions use an API on its way out: reported as a warning. */
  DEPRECATION = 'deprecation',
}

/** One version condition: `component` at least `from` (inclusive) and below `before` (exclusive). */
export interface VersionCondition {
  readonly component: StackComponent;
  /** Lowest version the condition holds for (`v1.14.0`); absent: any lower version. */
  readonly from?: string;
  /** First version it no longer holds for; absent: every later version. */
  readonly before?: string;
}

/** What of the rendered output a row concerns, so it applies only to seeds that render it. */
export enum StackUse {
  /** Shoots whose control plane is a KamajiControlPlane (Kamaji shoots with Cluster API worker pools). */
  KAMAJI_CONTROL_PLANE = 'kamaji-control-plane',
  /** OpenStack infrastructure objects of Cluster API (OpenStack shoots with Cluster API machines). */
  OPENSTACK_MACHINES = 'openstack-machines',
  /** Any Cluster API object. */
  CLUSTER_API = 'cluster-api',
}

/** One row of the table. */
export interface CompatibilityRow {
  /** Stable id, used in messages and tests. */
  readonly id: string;
  readonly kind: CompatibilityKind;
  /** The row applies when every condition holds... */
  readonly when: readonly VersionCondition[];
  /** ...and the seed renders this. */
  readonly uses: StackUse;
  /** The component whose field the problem is reported against. */
  readonly field: StackComponent;
  /** What goes wrong, in our words. */
  readonly detail: string;
  /** For deprecations: the release of `removal.component` that stops serving the API. */
  readonly removal?: { readonly component: StackComponent; readonly version: string };
  /** The work-around that makes a known-bad combination work, when there is one. */
  readonly workaround?: StackWorkaround;
  /** The fix upstream, when there is one. */
  readonly fix?: string;
  /** Upstream files that show it: `owner/repo@ref:path[:line]`. */
  readonly evidence: readonly string[];
}

/** The table. Rows are reviewed like code: each one cites where upstream says so. */
export const COMPATIBILITY: readonly CompatibilityRow[] = [
  {
    id: 'kamaji-provider-bootstrap-rbac',
    kind: CompatibilityKind.KNOWN_BAD,
    when: [
      { component: 'clusterApi', from: 'v1.14.0' },
      // The fix is on master only (daa1cb67, 2026-08-15); no tag carries it, so every release up to v0.20.0 is affected.
      { component: 'kamajiClusterApiProvider', before: 'v0.20.1' },
    ],
    uses: StackUse.KAMAJI_CONTROL_PLANE,
    field: 'kamajiClusterApiProvider',
    detail: 'since Cluster API v1.14 the kubeadm bootstrap controller reads the control plane of a worker\'s Cluster to choose the '
      + 'kubelet version, and Kamaji\'s Cluster API provider up to v0.20.0 does not grant it get on kamajicontrolplanes, so workers '
      + 'never get their bootstrap data; upgrade the provider past v0.20.0 (upstream fix daa1cb67, PR #392, untagged) or opt into '
      + `the work-around (workarounds: ['${StackWorkaround.KAMAJI_BOOTSTRAP_RBAC}'])`,
    workaround: StackWorkaround.KAMAJI_BOOTSTRAP_RBAC,
    fix: 'clastix/cluster-api-control-plane-provider-kamaji#392 (daa1cb674a8342f32372fd498ded514e9e51fd3f, on master, in no tag)',
    evidence: [
      // Reads spec.controlPlaneRef with the API reader...
      'kubernetes-sigs/cluster-api@v1.14.0:bootstrap/kubeadm/reconcilers/kubeadmconfig/kubeadmconfig_controller.go:832',
      // ...while its RBAC grants only kubeadmcontrolplanes in that group.
      'kubernetes-sigs/cluster-api@v1.14.0:bootstrap/kubeadm/reconcilers/kubeadmconfig/kubeadmconfig_controller.go:81',
      'clastix/cluster-api-control-plane-provider-kamaji@daa1cb674a8342f32372fd498ded514e9e51fd3f:config/rbac/capi_kubeadm_bootstrap_role_binding.yaml',
    ],
  },
  {
    id: 'capo-v1beta1-contract-removed',
    kind: CompatibilityKind.KNOWN_BAD,
    when: [
      { component: 'clusterApi', from: 'v1.16.0' },
      { component: 'clusterApiProviderOpenStack', before: 'v0.15.0-0' },
    ],
    uses: StackUse.OPENSTACK_MACHINES,
    field: 'clusterApiProviderOpenStack',
    detail: 'CAPO before v0.15 implements only the v1beta1 Cluster API contract, which Cluster API v1.16 no longer supports; '
      + 'upgrade CAPO to v0.15 (v1beta2) before Cluster API',
    evidence: [
      'kubernetes-sigs/cluster-api-provider-openstack@v0.14.7:config/crd/kustomization.yaml',
      'kubernetes-sigs/cluster-api@v1.14.0:docs/book/src/developer/providers/migrations/v1.13-to-v1.14.md:136',
      'kubernetes-sigs/cluster-api@v1.14.0:docs/book/src/reference/versions.md:273',
    ],
  },
  {
    id: 'capo-v1beta1-contract-deprecated',
    kind: CompatibilityKind.DEPRECATION,
    when: [
      { component: 'clusterApi', from: 'v1.11.0', before: 'v1.16.0' },
      { component: 'clusterApiProviderOpenStack', before: 'v0.15.0-0' },
    ],
    uses: StackUse.OPENSTACK_MACHINES,
    field: 'clusterApiProviderOpenStack',
    detail: 'CAPO before v0.15 serves infrastructure.cluster.x-k8s.io/v1beta1 and implements only the v1beta1 Cluster API contract, '
      + 'deprecated since Cluster API v1.11; upgrade CAPO to v0.15 (renders v1beta2) before Cluster API v1.16',
    removal: { component: 'clusterApi', version: 'v1.16.0' },
    evidence: [
      'kubernetes-sigs/cluster-api-provider-openstack@v0.14.7:config/crd/kustomization.yaml',
      'kubernetes-sigs/cluster-api@v1.14.0:docs/book/src/reference/versions.md:273',
    ],
  },
];

/** Whether `version` satisfies one condition. An unparsable version satisfies none. */
export function satisfies(version: string, c: VersionCondition): boolean {
  if (!parseStackVersion(version)) return false;
  if (c.from !== undefined && !atLeast(version, c.from)) return false;
  if (c.before !== undefined && atLeast(version, c.before)) return false;
  return true;
}

/** The rows that apply to a stack's versions and what the seed renders. */
export function matchingRows(versions: { readonly [C in StackComponent]: string }, uses: ReadonlySet<StackUse>, table: readonly CompatibilityRow[] = COMPATIBILITY): CompatibilityRow[] {
  return table.filter((row) => uses.has(row.uses) && row.when.every((c) => satisfies(versions[c.component], c)));
}

/** The condition of a row as text: `Cluster API ≥ v1.14.0, Kamaji Cluster API provider < v0.20.1`. */
export function describeConditions(row: CompatibilityRow, title: (c: StackComponent) => string): string {
  return row.when.map((c) => {
    const parts: string[] = [];
    if (c.from !== undefined) parts.push(`>= ${c.from}`);
    if (c.before !== undefined) parts.push(`< ${c.before}`);
    return `${title(c.component)} ${parts.join(' and ')}`;
  }).join(', ');
}
