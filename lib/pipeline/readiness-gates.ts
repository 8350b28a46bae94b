/**
 * Every readiness gate of a shoot's chain must be satisfiable by what is applied no later than
 * the gate: a health check on a kind needs that kind in its stage or an earlier one, and a gate
 * that needs Ready nodes (MachineDeployment Available) needs, in an earlier stage, a CNI and — with
 * the external cloud provider every seedbed kubelet runs with — a cloud controller manager (which
 * sets providerID, without which Cluster API never links a Node to its Machine). Read from the
 * rendered tree, so whatever renders the chain, a gate nothing can satisfy fails synth instead of
 * freezing a shoot on its seed.
 *
 * The garden side (garden/ and the hubs, applied by the garden's own bootstrap) is held to the same
 * rule by ./garden-gates.ts: what Gardener's admission looks up comes from an earlier step, and a
 * project namespace only behind a gate that waits for it.
 */
import { ControlPlaneBackend, NetworkingType } from '../core/types';
import { RenderedTree } from '../core/manifest';
import { CREDENTIALS_DIR, parseOutputPath } from '../layout/paths';
import { STAGE_ORDER } from '../core/stages';
import { ResolvedFleet, ResolvedShoot } from '../resolve/model';
import { gardenArgoSteps } from './argo-waves';
import { checkGardenOrder, gardenFluxSteps } from './garden-gates';

/** Helm charts that are a CNI, and charts that are a cloud controller manager (render/addons/system-components). */
const CNI_CHARTS = new Set(['cilium', 'tigera-operator']);
const CCM_CHARTS = new Set(['openstack-cloud-controller-manager', 'vsphere-cpi']);
/** Kinds whose health means Ready nodes. */
const NODE_GATES = new Set(['MachineDeployment']);

/** Whether the backend brings a CNI of its own (k0s's built-in Calico). */
function backendCni(shoot: ResolvedShoot): boolean {
  return shoot.backend === ControlPlaneBackend.K0SMOTRON && shoot.networking.type === NetworkingType.CALICO;
}

/**
 * Problems with the readiness gates of each seed-managed shoot's Flux chain, as
 * `<shoot path>: <file> Kustomization <name> healthCheckExprs: <what is missing>`.
 */
export function checkReadinessGates(fleet: ResolvedFleet, tree: RenderedTree): string[] {
  const problems: string[] = [];
  type Entry = { stages: Map<string, { kinds: Set<string>; charts: Set<string> }>; chainFile?: string };
  const byShoot = new Map<string, Entry>();
  for (const [p, file] of tree) {
    const info = parseOutputPath(p);
    if (info.scope !== 'shoot' || file.kind !== 'manifests') continue;
    const entry: Entry = byShoot.get(info.shoot!) ?? { stages: new Map() };
    byShoot.set(info.shoot!, entry);
    const stage = info.rest.split('/')[0];
    if (info.rest === 'flux.yaml') entry.chainFile = p;
    // The credentials folder (an ExternalSecret) is gated like a stage, before the first one.
    if (!STAGE_ORDER.includes(stage as never) && stage !== CREDENTIALS_DIR) continue;
    const s = entry.stages.get(stage) ?? { kinds: new Set<string>(), charts: new Set<string>() };
    for (const o of file.objects) {
      s.kinds.add(`${o.apiVersion.split('/')[0]}/${o.kind}`);
      if (o.kind === 'HelmRelease') s.charts.add((o.spec as any)?.chart?.spec?.chart);
    }
    entry.stages.set(stage, s);
  }
  const gardenSteps = gardenFluxSteps(tree) ?? gardenArgoSteps(tree);
  problems.push(...checkGardenOrder(tree, gardenSteps ?? []));
  for (const shoot of fleet.shoots) {
    const entry = byShoot.get(shoot.key);
    if (!entry?.chainFile) continue;
    const chain = (tree.get(entry.chainFile) as { objects: any[] }).objects.filter((o) => o.kind === 'Kustomization');
    const seen = { kinds: new Set<string>(), charts: new Set<string>() };
    for (const k of chain) {
      const stage = String(k.metadata?.labels?.['seedbed.io/stage'] ?? '');
      const mine = entry.stages.get(stage);
      for (const x of mine?.kinds ?? []) seen.kinds.add(x);
      for (const x of mine?.charts ?? []) seen.charts.add(x);
      for (const h of k.spec?.healthCheckExprs ?? []) {
        const where = `${shoot.path}: ${entry.chainFile} Kustomization ${k.metadata.name} healthCheckExprs`;
        const kind = `${String(h.apiVersion).split('/')[0]}/${h.kind}`;
        if (!seen.kinds.has(kind)) problems.push(`${where}: waits for ${h.kind} (${h.apiVersion}), which no stage up to ${stage} applies`);
        if (NODE_GATES.has(h.kind)) {
          if (!backendCni(shoot) && ![...seen.charts].some((c) => CNI_CHARTS.has(c))) {
            problems.push(`${where}: waits for Ready nodes (${h.kind}), but no earlier stage installs a CNI: the nodes would stay NotReady`);
          }
          if (![...seen.charts].some((c) => CCM_CHARTS.has(c))) {
            problems.push(`${where}: waits for Ready nodes (${h.kind}), but no earlier stage installs a cloud controller manager: `
              + 'kubelets run with --cloud-provider=external, so nodes keep the uninitialized taint and get no providerID');
          }
        }
      }
    }
  }
  return problems;
}
