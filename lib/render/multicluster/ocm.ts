/**
 * Open Cluster Management: what the OCM hub holds for the fleet
 * (`garden/multicluster/open-cluster-management/`) and the Klusterlet in each member.
 *
 *   clusterset.yaml           the ManagedClusterSet, the placement namespace and its ManagedClusterSetBinding
 *   clusters.yaml             per shoot its cluster namespace and ManagedCluster
 *   service-<service>.yaml    per service a Placement and one ManifestWork per cluster
 *
 * Registration. Each shoot is a ManagedCluster named after its key, accepted up front
 * (`hubAcceptsClient`), in the fleet's ManagedClusterSet (the exclusive
 * `cluster.open-cluster-management.io/clusterset` label), labelled like the shoot (its own and its
 * project's labels, seedbed's fleet/project/shoot/purpose/seed/provider/region labels) and with
 * `name: <key>`, the label Placements select on; its client config is the shoot's API server URL.
 * OCM's registration is double opt-in: the agent in the shoot asks to join, the hub accepts. The
 * agent is configured by a Klusterlet (operator.open-cluster-management.io/v1, `klusterlet`) that
 * the seed's Flux applies inside the shoot, with the cluster name: it registers with the hub
 * through the kubeconfig in the Secret `bootstrap-hub-kubeconfig` of the agent namespace
 * `open-cluster-management-agent`, which the platform team provides (never rendered); the
 * registration operator that reconciles the Klusterlet is installed by the platform team too, and
 * the agent's certificate signing request is approved by the hub's auto-approval or an admin.
 * Shoots of the gardener backend have nothing applied inside them from a seed: their Klusterlet
 * is the platform team's to apply. The cluster namespace `<key>` is rendered with the
 * ManagedCluster (OCM would create it on acceptance) so that the ManifestWorks in it apply in the
 * same pass; both carry the shoot's labels, so `diff` files them under the shoot.
 *
 * Placement. A Placement per service, in the placement namespace, over the fleet's cluster set,
 * whose only predicate is `name In [<the service's clusters>]`: its decision is exactly the list the
 * model decided, for whatever reads PlacementDecisions (add-ons, policies, Argo CD's OCM
 * integration). The objects travel in ManifestWorks, one per (service, cluster) in the cluster's
 * namespace, each carrying the service's objects with that cluster's overrides already applied
 * (Helm values merged, JSON patches applied; see ./common.ts). Not a ManifestWorkReplicaSet: that
 * API is v1alpha1 behind a feature gate, has no per-cluster variation (an override would need
 * its own Placement and replica set per combination of overrides), and would leave which cluster
 * gets what to the Placement controller at run time; explicit ManifestWorks make every cluster's
 * content reviewable in the rendered diff, and a shoot that leaves a placement loses its
 * ManifestWork (OCM then deletes the objects from it). A service no shoot matches renders nothing.
 */
import { shootLabels } from '../../core/labels';
import { ResolvedFleet, ResolvedShoot } from '../../resolve/model';
import { KubeNamespace } from '../../imports/k8s';
import {
  ManagedCluster, ManagedClusterSet, ManagedClusterSetBinding, ManagedClusterSetSpecClusterSelectorSelectorType, Placement,
} from '../../imports/cluster.open-cluster-management.io';
import { Klusterlet } from '../../imports/operator.open-cluster-management.io';
import { ManifestWork } from '../../imports/work.open-cluster-management.io';
import { ResolvedMultiCluster, ResolvedPlatformService } from '../../resolve/multicluster-model';
import { Manifest } from '../../core/manifest';
import {
  apiServerUrl, clusterLabels, finalServiceObjects, hasMemberStage, hubLabels, placedServices, serviceLabels, serviceObjects,
} from './common';
import type { HubFile, SystemRender } from './types';

/** Label that puts a ManagedCluster into a ManagedClusterSet. */
export const OCM_CLUSTERSET_LABEL = 'cluster.open-cluster-management.io/clusterset';
/** Label naming a ManagedCluster; the Placements select on it. */
export const OCM_NAME_LABEL = 'name';
/** Namespace of the OCM agent in a member. */
export const OCM_AGENT_NAMESPACE = 'open-cluster-management-agent';

/** Renders Open Cluster Management's hub objects and the Klusterlet of each member. */
export function renderOpenClusterManagement(fleet: ResolvedFleet, mc: ResolvedMultiCluster): SystemRender {
  const settings = mc.openClusterManagement;
  const labels = hubLabels(fleet);
  const hub: HubFile[] = [
    {
      name: 'clusterset.yaml',
      objects: [
        ManagedClusterSet.manifest({
          metadata: { name: settings.clusterSetName, labels },
          spec: { clusterSelector: { selectorType: ManagedClusterSetSpecClusterSelectorSelectorType.EXCLUSIVE_CLUSTER_SET_LABEL } },
        }),
        KubeNamespace.manifest({ metadata: { name: settings.placementNamespace, labels } }),
        // OCM wants the binding named like the set it binds.
        ManagedClusterSetBinding.manifest({
          metadata: { name: settings.clusterSetName, namespace: settings.placementNamespace, labels },
          spec: { clusterSet: settings.clusterSetName },
        }),
      ],
    },
    { name: 'clusters.yaml', objects: fleet.shoots.flatMap((s) => ocmClusterObjects(fleet, mc, s)) },
  ];
  for (const service of placedServices(mc.services)) hub.push({ name: `service-${service.name}.yaml`, objects: ocmServiceObjects(fleet, mc, service) });
  const members = new Map<string, Manifest[]>();
  for (const shoot of fleet.shoots) if (hasMemberStage(shoot)) members.set(shoot.key, [ocmKlusterlet(fleet, shoot)]);
  return { hub, members };
}

/** The cluster namespace and the ManagedCluster of one shoot. */
export function ocmClusterObjects(fleet: ResolvedFleet, mc: ResolvedMultiCluster, shoot: ResolvedShoot): Manifest[] {
  const url = apiServerUrl(fleet, shoot);
  return [
    KubeNamespace.manifest({ metadata: { name: shoot.key, labels: shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose) } }),
    ManagedCluster.manifest({
      metadata: {
        name: shoot.key,
        labels: { ...clusterLabels(fleet, shoot), [OCM_NAME_LABEL]: shoot.key, [OCM_CLUSTERSET_LABEL]: mc.openClusterManagement.clusterSetName },
      },
      spec: { hubAcceptsClient: true, managedClusterClientConfigs: url ? [{ url }] : undefined },
    }),
  ];
}

/** The Placement of a service and its ManifestWork on each of its clusters. */
export function ocmServiceObjects(fleet: ResolvedFleet, mc: ResolvedMultiCluster, service: ResolvedPlatformService): Manifest[] {
  const labels = serviceLabels(fleet, service);
  const placement = Placement.manifest({
    metadata: { name: service.name, namespace: mc.openClusterManagement.placementNamespace, labels },
    spec: {
      clusterSets: [mc.openClusterManagement.clusterSetName],
      predicates: [{
        requiredClusterSelector: {
          labelSelector: { matchExpressions: [{ key: OCM_NAME_LABEL, operator: 'In', values: [...service.clusters] }] },
        },
      }],
    },
  });
  const objects = serviceObjects(fleet, service);
  const works = service.clusters.map((cluster) => ManifestWork.manifest({
    metadata: { name: service.name, namespace: cluster, labels },
    spec: { workload: { manifests: finalServiceObjects(fleet, service, cluster, objects) } },
  }));
  return [placement, ...works];
}

/** The Klusterlet that makes the agent in a shoot register it under its key. */
export function ocmKlusterlet(fleet: ResolvedFleet, shoot: ResolvedShoot): Manifest {
  const url = apiServerUrl(fleet, shoot);
  return Klusterlet.manifest({
    metadata: { name: 'klusterlet', labels: shootLabels(fleet.name, shoot.project, shoot.name, shoot.purpose) },
    spec: {
      clusterName: shoot.key,
      namespace: OCM_AGENT_NAMESPACE,
      externalServerUrLs: url ? [{ url }] : undefined,
    },
  });
}
