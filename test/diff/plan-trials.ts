/**
 * The diff against real Terraform (the trials of plan-property.test.ts, and of
 * test/support/trust-figures.ts with more of them): random (seeded, reproducible) changes to the example fleets —
 * pool sizes, zones, provisioners, pools, images, machine types, node ranges, floating pools,
 * vSphere folders — rendered before and after; for every stack in both, a state is built from
 * the old stack and the new one is planned against it offline (see plan-judge.ts).
 *
 * Asserted for every trial and stack:
 *  1. every instance `terraform plan` destroys is an instance the diff shows removed or replaced,
 *     and the shoot's verdict is destructive;
 *  2. every instance the diff shows removed is one the plan destroys (so the count "N to destroy"
 *     is Terraform's), and "N to add" is Terraform's count of creates;
 *  3. a verdict stricter than the plan is one of the listed kinds (see STRICTER below), each
 *     counted and printed.
 *
 * Kubernetes objects have no offline judge; the same trials assert the rule instead: a removed
 * MachineDeployment, Cluster or control-plane object of a shoot that stays makes it destructive.
 */
import { Provisioner } from '../../lib/core/types';
import { ChangeKind, DestructiveClass, DiffItem, FleetDiff, ItemType } from '../../lib/diff/model';
import { diffMutation } from './example-diff';
import { addFloatingPool, all, floatingPool, Mutation, nodesCidr, poolImage, poolMachineType, poolProvisioner, poolSize, poolZones, removePool, vsphereFolder } from './mutations';
import { destroyed, plan, stateOf } from './plan-judge';
import { prng } from '../../bench/generator';

/**
 * Where seedbed is deliberately stricter than an offline plan, and why:
 *  - `replace`/`disrupt`: the offline provider never answers "requires replace" and applies no
 *    provider logic, so the plan shows an in-place update (or nothing, for a data source it fills
 *    with placeholders); the real provider replaces (ForceNew) or disrupts (router gateway, server
 *    rebuild or resize, VM folder move) — read from its source, see terraform-rules.ts;
 *  - `kubernetes`: a Cluster API object removed (machines or control plane), which no plan shows.
 */
export const STRICTER = ['replace', 'disrupt', 'kubernetes'] as const;


/** The changes a trial picks from, per example fleet (each valid on its own). */
const CANDIDATES: Record<string, Array<(r: () => number) => Mutation>> = {
  openstack: [
    (r) => { const n = 2 + Math.floor(r() * 3); return poolSize('shop', 'edge-sued', 'static', n, n); },
    () => all(poolZones('shop', 'edge-sued', 'static', ['eu-sued-1a']), poolSize('shop', 'edge-sued', 'static', 2, 2)),
    () => poolZones('shop', 'edge-sued', 'static', ['eu-sued-1b', 'eu-sued-1a']),
    () => poolImage('shop', 'edge-sued', 'static', 'gardenlinux', '1700.1.0'),
    () => poolMachineType('shop', 'edge-sued', 'static', 'm1.xlarge'),
    () => poolProvisioner('shop', 'edge-sued', 'static', Provisioner.CLUSTER_API),
    () => nodesCidr('shop', 'edge-sued', '10.252.0.0/16'),
    () => all(addFloatingPool('public-2', 'eu-sued-1'), floatingPool('shop', 'edge-sued', 'public-2')),
    () => all(poolProvisioner('platform', 'sandbox', 'default', Provisioner.TERRAFORM), poolSize('platform', 'sandbox', 'default', 1, 1)),
    () => poolZones('shop', 'staging', 'web', ['eu-nord-1a']),
    () => removePool('data', 'analytics', 'gpu'),
  ],
  vsphere: [
    (r) => { const n = 1 + Math.floor(r() * 5); return poolSize('it', 'branch', 'static', n, n); },
    () => poolZones('it', 'branch', 'static', ['muc-b']),
    () => all(poolZones('it', 'branch', 'static', ['muc-a', 'muc-b']), poolSize('it', 'branch', 'static', 4, 4)),
    () => poolImage('it', 'branch', 'static', 'ubuntu', '22.4.5'),
    () => poolMachineType('it', 'branch', 'static', 'medium'),
    () => vsphereFolder('k8s'),
    () => nodesCidr('it', 'branch', '10.60.21.0/24'),
  ],
};

/** Picks 1–3 distinct candidates of one fleet. */
function pickTrial(r: () => number): { fleet: string; mutation: Mutation } {
  const fleet = r() < 0.5 ? 'openstack' : 'vsphere';
  const list = CANDIDATES[fleet];
  const n = 1 + Math.floor(r() * 3);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, list.length)) chosen.add(Math.floor(r() * list.length));
  // Later picks of the same pool override earlier ones; the fleet validation has the last word.
  return { fleet, mutation: all(...[...chosen].sort((a, b) => a - b).map((i) => list[i](r))) };
}

function stacks(files: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [p, text] of files) {
    const m = /^terraform\/[^/]+\/([^/]+)\/cdk\.tf\.json$/.exec(p);
    if (m) out.set(m[1], text);
  }
  return out;
}

function itemsOf(diff: FleetDiff, shoot: string): DiffItem[] {
  return diff.scopes.filter((s) => s.shoot === shoot).flatMap((s) => s.items);
}

function isDestructiveShoot(diff: FleetDiff, shoot: string): boolean {
  return diff.scopes.some((s) => s.shoot === shoot && [...s.findings, ...s.items.flatMap((i) => i.findings)].length > 0);
}

const states = new Map<string, Promise<{ state: unknown; instances: string[] }>>();
function cachedState(text: string): Promise<{ state: unknown; instances: string[] }> {
  let s = states.get(text);
  if (!s) {
    s = stateOf(text);
    states.set(text, s);
  }
  return s;
}

/** The figures of a run. */
export interface PlanTally {
  /** Trials whose mutated fleet was valid (and so diffed and planned). */
  trials: number;
  /** Trials whose mutated fleet the validation refused (skipped). */
  invalid: number;
  /** Stacks planned against a state built from their old version. */
  stacksPlanned: number;
  /** Resource instances the plans destroyed, in all. */
  planDestroys: number;
  /** Verdicts that disagreed with the plan (a destroy the diff missed or called safe, or a removal the plan does not make). */
  disagreements: number;
  /** Verdicts stricter than the plan, per listed kind (see STRICTER). */
  stricter: Record<string, number>;
}

/**
 * Runs `trials` seeded trials (see the module comment); returns the figures and every failure,
 * each naming its trial and the seed so that it can be repeated.
 */
export async function runPlanTrials(seed: number, trials: number): Promise<{ tally: PlanTally; failures: string[] }> {
  const r = prng(seed);
  const tally: PlanTally = { trials: 0, invalid: 0, stacksPlanned: 0, planDestroys: 0, disagreements: 0, stricter: Object.fromEntries(STRICTER.map((k) => [k, 0])) as Record<string, number> };
  const failures: string[] = [];
  for (let t = 0; t < trials; t++) {
    const { fleet, mutation } = pickTrial(r);
    let rendered;
    try {
      rendered = diffMutation(fleet, mutation);
    } catch (e) {
      if ((e as Error).name !== 'FleetValidationError') throw e;
      tally.invalid++;
      continue;
    }
    tally.trials++;
    const { diff, before, after } = rendered;
    const old = stacks(before);
    const now = stacks(after);
    const where = `trial ${t} (seed ${seed}) ${fleet}: ${mutation.describe}`;
    const jobs: Array<() => Promise<void>> = [];
    for (const [shoot, text] of now) {
      const oldText = old.get(shoot);
      if (oldText === text) continue;
      jobs.push(async () => {
        const items = itemsOf(diff, shoot).filter((i) => i.type === ItemType.TERRAFORM && (i.block ?? 'resource') === 'resource');
        if (oldText === undefined) {
          const p = await plan(text);
          const creates = p.changes.filter((c) => c.action === 'create').length;
          const added = items.filter((i) => i.change === ChangeKind.ADDED).length;
          if (creates !== added) failures.push(`${where}: new stack ${shoot}: terraform plan creates ${creates}, the diff says ${added} to add`);
          return;
        }
        const { state } = await cachedState(oldText);
        const p = await plan(text, state);
        tally.stacksPlanned++;
        if (p.errors.length > 0) { failures.push(`${where}: terraform plan of ${shoot} failed: ${p.errors.join('; ')}`); return; }
        const planGone = destroyed(p);
        const diffGone = items.filter((i) => i.change === ChangeKind.REMOVED).map((i) => i.id).sort();
        const diffReplaced = new Set(items.filter((i) => i.change === ChangeKind.REPLACED).map((i) => i.id));
        tally.planDestroys += planGone.length;
        const unseen = planGone.filter((a) => !diffGone.includes(a) && !diffReplaced.has(a));
        if (unseen.length > 0) { tally.disagreements++; failures.push(`${where}: terraform destroys ${unseen.join(', ')} in ${shoot}; the diff does not say so`); }
        if (planGone.length > 0 && !isDestructiveShoot(diff, shoot)) { tally.disagreements++; failures.push(`${where}: terraform destroys in ${shoot}; the diff says safe`); }
        const phantom = diffGone.filter((a) => !planGone.includes(a));
        if (phantom.length > 0) { tally.disagreements++; failures.push(`${where}: the diff destroys ${phantom.join(', ')} in ${shoot}; terraform does not`); }
        const adds = p.changes.filter((c) => c.action === 'create').length;
        const diffAdds = items.filter((i) => i.change === ChangeKind.ADDED).length;
        if (adds !== diffAdds) failures.push(`${where}: ${shoot}: terraform creates ${adds}, the diff says ${diffAdds} to add`);
        // Stricter than the plan: destructive Terraform findings with nothing destroyed.
        const findings = items.flatMap((i) => i.findings);
        if (planGone.length === 0) {
          if (findings.some((f) => f.class === DestructiveClass.TERRAFORM_REPLACED && /forces replacement/.test(f.detail))) tally.stricter.replace++;
          if (findings.some((f) => f.class === DestructiveClass.TERRAFORM_REPLACED && /disrupts in place/.test(f.detail))) tally.stricter.disrupt++;
          const other = findings.filter((f) => f.class !== DestructiveClass.TERRAFORM_REPLACED);
          if (other.length > 0) failures.push(`${where}: ${shoot}: findings ${other.map((f) => `${f.class} ${f.subject}`).join(', ')} while terraform destroys nothing`);
        }
      });
    }
    // Kubernetes: a removed Cluster API object of a shoot that stays is destructive.
    for (const s of diff.scopes) {
      if (s.type !== 'shoot' || s.status === 'removed') continue;
      const removedCapi = s.items.filter((i) => i.type === ItemType.OBJECT && i.change === ChangeKind.REMOVED && /^(MachineDeployment|Cluster|KamajiControlPlane|K0smotronControlPlane|KubeadmControlPlane|TenantControlPlane) /.test(i.id));
      if (removedCapi.length > 0) {
        if (!isDestructiveShoot(diff, s.shoot!)) failures.push(`${where}: ${s.shoot}: ${removedCapi.map((i) => i.id).join(', ')} removed; the diff says safe`);
        else tally.stricter.kubernetes++;
      }
    }
    for (let i = 0; i < jobs.length; i += 2) await Promise.all(jobs.slice(i, i + 2).map((job) => job()));
  }
  return { tally, failures };
}
