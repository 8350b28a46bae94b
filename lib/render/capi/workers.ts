/**
 * Worker pools on Cluster API: per pool a bootstrap template, machine template(s) and a
 * MachineHealthCheck, and per pool and zone a MachineDeployment.
 *
 * Sizes follow Gardener: a pool's minimum, maximum, maxSurge and maxUnavailable are spread over
 * its zones (the model's zone shares). A zone whose minimum and maximum differ is left to the
 * cluster-autoscaler: it carries the autoscaler's min/max annotations and no `replicas`, so Git
 * never fights the autoscaler (Cluster API starts such a MachineDeployment at its minimum).
 * A hibernated shoot has every MachineDeployment at zero.
 *
 * Templates are immutable upstream, so their names end in a hash of their spec: a change (a new
 * image, another machine type, other labels) creates a new template and repoints the
 * MachineDeployments, which rolls the machines as maxSurge/maxUnavailable allow.
 */
import type { ResolvedStack } from '../../core/stack';
import { LABELS } from '../../core/labels';
import { Provisioner, WorkerUpdateStrategy } from '../../core/types';
import { ResolvedShoot, ResolvedWorkerPool, ZoneShare } from '../../resolve/model';
import {
  MachineDeployment, MachineDeploymentSpecRolloutStrategyRollingUpdateMaxSurge as MaxSurge,
  MachineDeploymentSpecRolloutStrategyRollingUpdateMaxUnavailable as MaxUnavailable, MachineDeploymentSpecRolloutStrategyType, MachineHealthCheck,
  MachineHealthCheckSpecRemediationTriggerIfUnhealthyLessThanOrEqualTo as UnhealthyLimit,
} from '../../imports/cluster.x-k8s.io';
import { Manifest } from '../../core/manifest';
import { BootstrapFlavor, kubeletNodeLabels, renderBootstrapTemplate, splitNodeLabels } from './bootstrap';
import { CLUSTER_NAME_LABEL } from './cluster';
import { refTo, renderMachineTemplates } from './infrastructure';
import { clusterName, machineDeploymentName, machineHealthCheckName } from './names';

/** Autoscaler annotations on MachineDeployments. */
export const AUTOSCALER_MIN = 'cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size';
export const AUTOSCALER_MAX = 'cluster.x-k8s.io/cluster-api-autoscaler-node-group-max-size';
/** What a node of a pool offers, for the autoscaler to scale a zone up from zero. */
export const CAPACITY_PREFIX = 'capacity.cluster-autoscaler.kubernetes.io';
/** Label Cluster API puts on the machines of a MachineDeployment. */
export const DEPLOYMENT_NAME_LABEL = 'cluster.x-k8s.io/deployment-name';

/** How long a machine may take to become a node, and how long a node may be unready (Gardener's defaults). */
export const NODE_STARTUP_TIMEOUT_SECONDS = 20 * 60;
export const NODE_UNHEALTHY_TIMEOUT_SECONDS = 10 * 60;
/** How long draining a node may take before the machine is deleted anyway (Gardener's default). */
export const NODE_DRAIN_TIMEOUT_SECONDS = 2 * 60 * 60;
/** Remediation stops when more than this share of a pool is unhealthy (likely not the machines' fault). */
export const MAX_UNHEALTHY = '40%';

/** The worker pools of a shoot that Cluster API provisions. */
export function clusterApiPools(shoot: ResolvedShoot): ResolvedWorkerPool[] {
  return shoot.workers.filter((w) => w.provisioner === Provisioner.CLUSTER_API);
}

/** Health of the workers stage: every MachineDeployment reconciled and available. */
export const WORKERS_HEALTH = [{
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'MachineDeployment',
  current: 'has(status.observedGeneration) && status.observedGeneration == metadata.generation'
    + " && has(status.conditions) && status.conditions.exists(c, c.type == 'Available' && c.status == 'True')",
  failed: "has(status.phase) && status.phase == 'Failed'",
}];

/** Labels of a pool's objects. */
function poolLabels(shoot: ResolvedShoot, base: Record<string, string>, pool: ResolvedWorkerPool): Record<string, string> {
  return { ...base, [LABELS.pool]: pool.name, [CLUSTER_NAME_LABEL]: clusterName(shoot) };
}

/** Replicas and autoscaler annotations of one zone of a pool. */
export function zoneScaling(shoot: ResolvedShoot, pool: ResolvedWorkerPool, share: ZoneShare): { replicas?: number; annotations: Record<string, string> } {
  if (shoot.hibernation.enabled) return { replicas: 0, annotations: {} };
  if (share.minimum === share.maximum) return { replicas: share.minimum, annotations: {} };
  const annotations: Record<string, string> = { [AUTOSCALER_MIN]: String(share.minimum), [AUTOSCALER_MAX]: String(share.maximum) };
  if (share.minimum === 0) {
    annotations[`${CAPACITY_PREFIX}/cpu`] = String(pool.machineType.cpu);
    annotations[`${CAPACITY_PREFIX}/memory`] = `${pool.machineType.memoryGiB}Gi`;
    if (pool.machineType.gpu) annotations[`${CAPACITY_PREFIX}/gpu-count`] = String(pool.machineType.gpu);
    annotations[`${CAPACITY_PREFIX}/labels`] = kubeletNodeLabels(pool);
    if (pool.taints.length > 0) annotations[`${CAPACITY_PREFIX}/taints`] = pool.taints.map((t) => `${t.key}=${t.value ?? ''}:${t.effect}`).join(',');
  }
  return { annotations };
}

const isZero = (v: number | string) => v === 0 || v === '0%';

/**
 * Rollout of one zone: the zone's share of maxSurge and maxUnavailable. Spreading a small
 * maxSurge over several zones leaves some zones with 0 and 0, which Cluster API would resolve by
 * taking a machine down first; such a zone surges one machine instead.
 */
export function zoneRollout(share: ZoneShare): { maxSurge: number | string; maxUnavailable: number | string } {
  if (isZero(share.maxSurge) && isZero(share.maxUnavailable)) return { maxSurge: 1, maxUnavailable: share.maxUnavailable };
  return { maxSurge: share.maxSurge, maxUnavailable: share.maxUnavailable };
}

/** Every Cluster API object of a shoot's worker pools, in apply order. */
export function renderWorkers(shoot: ResolvedShoot, baseLabels: Record<string, string>, flavor: BootstrapFlavor, stack: ResolvedStack): Manifest[] {
  const objects: Manifest[] = [];
  const cluster = clusterName(shoot);
  for (const pool of clusterApiPools(shoot)) {
    const labels = poolLabels(shoot, baseLabels, pool);
    const bootstrap = renderBootstrapTemplate(shoot, pool, flavor, labels);
    const templates = renderMachineTemplates(shoot, `${shoot.name}-${pool.name}`, pool.zones, {
      machineType: pool.machineType,
      image: pool.image,
      architecture: pool.architecture,
      imageReference: pool.imageReference,
      volume: pool.volume,
      serverGroup: shoot.infrastructure.openstack?.serverGroups[pool.name],
    }, labels, stack);
    objects.push(bootstrap, ...templates.map((t) => t.template));
    const placesByFailureDomain = templates.length === 1 && templates[0].zone === undefined;
    for (const share of pool.zoneShares) {
      const name = machineDeploymentName(shoot, pool, share.zone);
      const infra = placesByFailureDomain ? templates[0].template : templates.find((t) => t.zone === share.zone)!.template;
      const scaling = zoneScaling(shoot, pool, share);
      const selector = { [CLUSTER_NAME_LABEL]: cluster, [DEPLOYMENT_NAME_LABEL]: name };
      const onDelete = pool.updateStrategy === WorkerUpdateStrategy.MANUAL_IN_PLACE_UPDATE;
      const { maxSurge, maxUnavailable } = zoneRollout(share);
      objects.push(MachineDeployment.manifest({
        metadata: {
          name,
          namespace: shoot.technicalId,
          labels: { ...labels, 'topology.kubernetes.io/zone': share.zone },
          annotations: Object.keys(scaling.annotations).length > 0 ? scaling.annotations : undefined,
        },
        spec: {
          clusterName: cluster,
          replicas: scaling.replicas,
          selector: { matchLabels: selector },
          rollout: {
            strategy: onDelete
              ? { type: MachineDeploymentSpecRolloutStrategyType.ON_DELETE }
              : {
                type: MachineDeploymentSpecRolloutStrategyType.ROLLING_UPDATE,
                rollingUpdate: {
                  maxSurge: typeof maxSurge === 'number' ? MaxSurge.fromNumber(maxSurge) : MaxSurge.fromString(maxSurge),
                  maxUnavailable: typeof maxUnavailable === 'number' ? MaxUnavailable.fromNumber(maxUnavailable) : MaxUnavailable.fromString(maxUnavailable),
                },
              },
          },
          template: {
            metadata: {
              labels: { ...selector, [LABELS.pool]: pool.name, ...splitNodeLabels(pool.labels).machine },
              annotations: Object.keys(pool.annotations).length > 0 ? pool.annotations : undefined,
            },
            spec: {
              clusterName: cluster,
              version: `v${pool.kubernetesVersion}`,
              failureDomain: placesByFailureDomain ? share.zone : undefined,
              bootstrap: { configRef: refTo(bootstrap) },
              infrastructureRef: refTo(infra),
              deletion: { nodeDrainTimeoutSeconds: NODE_DRAIN_TIMEOUT_SECONDS },
            },
          },
        },
      }));
    }
    objects.push(MachineHealthCheck.manifest({
      metadata: { name: machineHealthCheckName(shoot, pool), namespace: shoot.technicalId, labels },
      spec: {
        clusterName: cluster,
        selector: { matchLabels: { [CLUSTER_NAME_LABEL]: cluster, [LABELS.pool]: pool.name } },
        checks: {
          nodeStartupTimeoutSeconds: NODE_STARTUP_TIMEOUT_SECONDS,
          unhealthyNodeConditions: [
            { type: 'Ready', status: 'False', timeoutSeconds: NODE_UNHEALTHY_TIMEOUT_SECONDS },
            { type: 'Ready', status: 'Unknown', timeoutSeconds: NODE_UNHEALTHY_TIMEOUT_SECONDS },
          ],
        },
        remediation: { triggerIf: { unhealthyLessThanOrEqualTo: UnhealthyLimit.fromString(MAX_UNHEALTHY) } },
      },
    }));
  }
  return objects;
}
