/**
 * The upgrade plan of a seed's management stack: given target versions, the order in which to
 * upgrade the components and what each step changes in the rendered output.
 *
 * The order is Cluster API's: the core before its providers (a provider's new release declares
 * the contract of the core it needs), then the hosted control planes, the GitOps and Terraform
 * controllers, the multi-cluster systems. A step is moved earlier when taking the canonical order
 * would pass through a known-bad combination of the compatibility table (lib/core/compatibility.ts)
 * that the target does not have — e.g. CAPO v0.15 before Cluster API v1.16, which drops the v1beta1
 * contract CAPO v0.14 speaks.
 */
import { COMPATIBILITY, CompatibilityKind, CompatibilityRow, StackUse, matchingRows } from '../core/compatibility';
import { COMPONENTS, StackComponent, StackWorkaround, atLeast, componentInfo, schemasFor } from '../core/stack';

/** The order components are upgraded in when nothing forces another. */
const CANONICAL: readonly StackComponent[] = [
  'kubernetes', 'clusterApi', 'clusterApiProviderOpenStack', 'clusterApiProviderVSphere', 'kamajiClusterApiProvider', 'k0smotron',
  'kamaji', 'flux', 'tofuController', 'argoCd', 'karmada', 'openClusterManagement', 'clusternet', 'clusterpedia', 'kubermatic', 'liqo', 'admiralty',
];

/** One step of the plan. */
export interface StackUpgradeStep {
  readonly component: StackComponent;
  readonly title: string;
  readonly from: string;
  readonly to: string;
  /** What the step changes in what seedbed renders (apiVersion switches), and why it is where it is. */
  readonly notes: string[];
}

/** A plan, or the reasons there is none. */
export interface StackUpgradePlan {
  readonly steps: StackUpgradeStep[];
  /** Target versions seedbed cannot render for, and known-bad combinations the target itself has. */
  readonly problems: string[];
}

type Versions = { readonly [C in StackComponent]: string };

/** What changes in the rendered output when `component` goes from `from` to `to`. */
function renderedChanges(component: StackComponent, from: string, to: string): string[] {
  if (component === 'clusterApiProviderOpenStack') {
    // The same rule the renderer follows (lib/render/capi/infrastructure.ts capoServesV1beta2).
    const v2 = (v: string) => atLeast(v, 'v0.15.0-0');
    if (v2(from) !== v2(to)) {
      const [a, b] = v2(to) ? ['v1beta1', 'v1beta2'] : ['v1beta2', 'v1beta1'];
      return [`OpenStackCluster and OpenStackMachineTemplate switch from infrastructure.cluster.x-k8s.io/${a} to ${b}: the same objects `
        + '(CAPO converts them), the machine templates keep their names, no machine rolls; `seedbed diff` shows them as safe changes'];
    }
  }
  return [];
}

/**
 * Plans the upgrade of one seed's stack from `current` to `target` (the components to change),
 * for what the seed renders (`uses`).
 */
export function planStackUpgrade(
  current: Versions, target: Partial<Versions>, uses: ReadonlySet<StackUse>,
  options: { readonly workarounds?: readonly StackWorkaround[]; readonly table?: readonly CompatibilityRow[] } = {},
): StackUpgradePlan {
  const table = options.table ?? COMPATIBILITY;
  const workarounds = options.workarounds ?? [];
  const problems: string[] = [];
  const final: Versions = { ...current, ...target };
  for (const [c, v] of Object.entries(target) as Array<[StackComponent, string]>) {
    if (!COMPONENTS.some((x) => x.field === c)) { problems.push(`unknown component ${c} (known: ${COMPONENTS.map((x) => x.field).join(', ')})`); continue; }
    const m = schemasFor(c, v);
    if (m.found === 'none') problems.push(`${componentInfo(c).title} ${v}: seedbed has no schemas of it (has: ${m.available.join(', ')})`);
  }
  // Known-bad rows, less those the seed works around (it renders their work-around).
  const bad = (v: Versions) => new Set(matchingRows(v, uses, table)
    .filter((r) => r.kind === CompatibilityKind.KNOWN_BAD && !(r.workaround && workarounds.includes(r.workaround))).map((r) => r.id));
  const finalBad = bad(final);
  for (const id of finalBad) problems.push(`the target is a known-bad combination [${id}] (lib/core/compatibility.ts)`);
  if (problems.length > 0) return { steps: [], problems };

  let state: Versions = { ...current };
  let remaining = CANONICAL.filter((c) => target[c] !== undefined && target[c] !== current[c]);
  const steps: StackUpgradeStep[] = [];
  while (remaining.length > 0) {
    // The first component in the canonical order whose step passes through no known-bad combination the target lacks.
    const safe = remaining.find((c) => [...bad({ ...state, [c]: final[c] })].every((id) => finalBad.has(id)));
    const c = safe ?? remaining[0];
    const notes = renderedChanges(c, state[c], final[c]);
    if (safe !== undefined && safe !== remaining[0]) {
      const skipped = remaining[0];
      const rows = [...bad({ ...state, [skipped]: final[skipped] })].filter((id) => !finalBad.has(id));
      notes.unshift(`before ${componentInfo(skipped).title}: upgrading that first would pass through ${rows.map((r) => `[${r}]`).join(', ')}`);
    }
    if (safe === undefined) notes.unshift('every order passes through a known-bad combination; plan a maintenance window');
    steps.push({ component: c, title: componentInfo(c).title, from: state[c], to: final[c], notes });
    state = { ...state, [c]: final[c] };
    remaining = remaining.filter((x) => x !== c);
  }
  return { steps, problems };
}

/** The plan as text, one numbered line per step. */
export function formatStackUpgrade(seed: string, plan: StackUpgradePlan): string {
  if (plan.problems.length > 0) return [`seed ${seed}: no plan:`, ...plan.problems.map((p) => `  - ${p}`)].join('\n');
  if (plan.steps.length === 0) return `seed ${seed}: the stack already runs the target versions`;
  return [`seed ${seed}: management stack upgrade, in this order:`, ...plan.steps.flatMap((s, i) => [
    `  ${i + 1}. ${s.title} ${s.from} → ${s.to}`, ...s.notes.map((n) => `     ${n}`),
  ])].join('\n');
}
