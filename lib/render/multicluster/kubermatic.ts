/**
 * Kubermatic Kubernetes Platform (KKP): the `kubermatic.k8c.io` objects whose meaning matches
 * seedbed's model, for the KKP master cluster.
 *
 *   garden/multicluster/kubermatic/projects.yaml   one Project per seedbed project (cluster-scoped)
 *   garden/multicluster/kubermatic/seeds.yaml      one Seed per seedbed seed, in `multiCluster.kubermatic.namespace`
 *
 * Why these and nothing more. KKP's objects are not an inventory: each one tells a KKP controller
 * to run something. seedbed renders an object only when what KKP then does is true to the fleet.
 *
 * * `Project` — a tenant that owns clusters, in both models. Named after the seedbed project;
 *   KKP keeps it as bookkeeping. Its members (KKP `User`s and `UserProjectBinding`s) are not
 *   rendered: seedbed knows an owner's e-mail at most, and those kinds are not in the pinned CRDs.
 *   The owner is kept as an annotation for whoever adds the binding.
 * * `Seed` — a cluster that hosts control planes as pods, one namespace each: exactly what a
 *   seedbed seed is. Its datacenters come from the seed's region in the CloudProfile, one per
 *   zone, named `<seed>-<zone>` (KKP wants datacenter names unique across seeds, and two seedbed
 *   seeds may share a region). The kubeconfig is a reference to the Secret `<seed>-kubeconfig`
 *   (key `kubeconfig`) in the same namespace, provided by the platform team. Be aware of what a
 *   Seed does: KKP's operator installs its seed components into the seed, and KKP users may then
 *   create KKP-managed clusters there. Those live in KKP's `cluster-<id>` namespaces, next to
 *   seedbed's `shoot--…` ones, and do not count against the capacity seedbed schedules with.
 *   OpenStack datacenters carry the region's Keystone URL, the zone and DNS servers; vSphere
 *   datacenters the zone's compute cluster and datastore (a zone without a datastore, in the zone
 *   or its region, gets no datacenter). Images are listed for the operating systems KKP knows
 *   (ubuntu, flatcar, rhel, rockylinux), each with the image of its newest version in the
 *   CloudProfile (amd64); other images (gardenlinux) are left out because KKP could not boot them.
 *
 * Both kinds are never pruned: deleting a KKP Project deletes the KKP clusters in it, and a Seed
 * may host some. Removing a project or seed from the fleet leaves its KKP object for a person to
 * delete.
 *
 * Not rendered, on purpose:
 *
 * * `Cluster` — a KKP Cluster is a control plane KKP itself runs: its seed controller would create
 *   a namespace, etcd, API server and machine controller for it. Our shoots' control planes are
 *   run by Kamaji, k0smotron, Cluster API or Gardener; a Cluster object would make KKP build a
 *   second, competing control plane (or fight over one). Our shoots therefore do not appear in
 *   KKP as Clusters. KKP's way to list clusters it does not run is an imported "external
 *   cluster" (`ExternalCluster` with a kubeconfig reference); its CRD is not among the pinned
 *   CRDs, so it cannot be checked against a schema and is left for when it is.
 * * `Preset` — holds provider credentials as values; seedbed never renders secret values.
 * * `KubermaticConfiguration` — the installation's own settings, owned by whoever runs KKP.
 * * machine-controller `MachineDeployment`s — our workers are Cluster API machines or
 *   Terraform VMs.
 *
 * Nothing goes into the shoots.
 */
import * as semver from 'semver';
import type { ResolvedCloudProfile } from '../../resolve/model';
import { FLUX_PRUNE_DISABLED, LABELS } from '../../core/labels';
import { compareStrings as cmp } from '../../core/order';
import { Architecture, ProviderType } from '../../core/types';
import { ResolvedFleet, ResolvedProject, ResolvedSeed } from '../../resolve/model';
import { Project, Seed, SeedSpecDatacenters } from '../../imports/kubermatic.k8c.io';
import { ResolvedMultiCluster } from '../../resolve/multicluster-model';
import { Manifest } from '../../core/manifest';
import { hubLabels } from './common';
import { SystemRender } from './types';

/** Machine image names of a CloudProfile that KKP knows as operating systems, by KKP's name. */
export const KUBERMATIC_OPERATING_SYSTEMS: Readonly<Record<string, string>> = {
  flatcar: 'flatcar',
  rhel: 'rhel',
  rockylinux: 'rockylinux',
  ubuntu: 'ubuntu',
};

/** Annotation carrying the seedbed project's owner on the KKP Project. */
export const KUBERMATIC_OWNER_ANNOTATION = 'seedbed.io/owner';

/** The Secret (in the KKP namespace) holding a seed's kubeconfig, provided by the platform team. */
export function kubermaticSeedKubeconfig(seed: ResolvedSeed, namespace: string): { name: string; namespace: string; fieldPath: string } {
  return { name: `${seed.name}-kubeconfig`, namespace, fieldPath: 'kubeconfig' };
}

/** The KKP Project of a seedbed project. */
export function renderKubermaticProject(fleet: ResolvedFleet, project: ResolvedProject): Manifest {
  return Project.manifest({
    metadata: {
      name: project.name,
      labels: hubLabels(fleet, { [LABELS.project]: project.name }),
      annotations: { ...FLUX_PRUNE_DISABLED, ...(project.owner ? { [KUBERMATIC_OWNER_ANNOTATION]: project.owner } : {}) },
    },
    spec: { name: project.name },
  });
}

/** Image of each KKP operating system: the newest version the mapping lists, amd64. */
function imagesFor<T extends { name: string; version: string; architecture?: Architecture }>(
  mappings: readonly T[], image: (m: T) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [ours, theirs] of Object.entries(KUBERMATIC_OPERATING_SYSTEMS).sort(([a], [b]) => cmp(a, b))) {
    const candidates = mappings
      .filter((m) => m.name === ours && (m.architecture ?? Architecture.AMD64) === Architecture.AMD64)
      .sort((a, b) => semver.rcompare(semver.coerce(a.version) ?? '0.0.0', semver.coerce(b.version) ?? '0.0.0') || cmp(image(a), image(b)));
    if (candidates.length > 0) out[theirs] = image(candidates[0]);
  }
  return out;
}

/** The KKP datacenters of a seed: one per zone of its region. */
export function kubermaticDatacenters(seed: ResolvedSeed, profile: ResolvedCloudProfile): Record<string, SeedSpecDatacenters> {
  const region = profile.props.regions.find((r) => r.name === seed.region);
  const zones = (region?.zones ?? []).map((z) => z.name).filter((z) => seed.zones.length === 0 || seed.zones.includes(z));
  const out: Record<string, SeedSpecDatacenters> = {};
  if (profile.type === ProviderType.OPENSTACK) {
    const os = profile.props.openstack;
    const authUrl = os?.keystoneUrls.find((k) => k.region === seed.region)?.url;
    if (!os || !authUrl) return out;
    const images = imagesFor(os.machineImages.filter((m) => m.region === undefined || m.region === seed.region), (m) => m.image);
    for (const zone of zones) {
      out[`${seed.name}-${zone}`] = {
        spec: {
          openstack: {
            authUrl,
            region: seed.region,
            availabilityZone: zone,
            dnsServers: os.dnsServers ? [...os.dnsServers] : undefined,
            images,
          },
        },
      };
    }
  } else if (profile.type === ProviderType.VSPHERE) {
    const vs = profile.props.vsphere;
    const config = vs?.regions.find((r) => r.name === seed.region);
    if (!vs || !config) return out;
    const templates = imagesFor(vs.machineImages, (m) => m.template);
    for (const zone of zones) {
      const zc = config.zones.find((z) => z.name === zone);
      const datastore = zc?.datastore ?? config.datastore;
      if (!zc || !datastore) continue;
      out[`${seed.name}-${zone}`] = {
        spec: {
          vsphere: {
            endpoint: `https://${config.vcenter}`,
            datacenter: config.datacenter,
            cluster: zc.computeCluster,
            datastore,
            rootPath: `/${config.datacenter}/vm/${config.folder.replace(/^\/+|\/+$/g, '')}`,
            storagePolicy: config.storagePolicy,
            templates,
          },
        },
      };
    }
  }
  return out;
}

/** The KKP Seed of a seedbed seed. Its datacenters come from the seed's CloudProfile. */
export function renderKubermaticSeed(fleet: ResolvedFleet, mc: ResolvedMultiCluster, seed: ResolvedSeed): Manifest {
  const namespace = mc.kubermatic.namespace;
  const profile = seed.cloudProfile;
  return Seed.manifest({
    metadata: {
      name: seed.name,
      namespace,
      labels: hubLabels(fleet, { [LABELS.seed]: seed.name }),
      annotations: { ...FLUX_PRUNE_DISABLED },
    },
    spec: {
      kubeconfig: kubermaticSeedKubeconfig(seed, namespace),
      datacenters: profile ? kubermaticDatacenters(seed, profile) : {},
    },
  });
}

/** KKP's master objects: a Project per project and a Seed per seed. */
export function renderKubermatic(fleet: ResolvedFleet, mc: ResolvedMultiCluster): SystemRender {
  return {
    hub: [
      { name: 'projects.yaml', objects: fleet.projects.map((p) => renderKubermaticProject(fleet, p)) },
      { name: 'seeds.yaml', objects: fleet.seeds.map((s) => renderKubermaticSeed(fleet, mc, s)) },
    ],
    members: new Map(),
  };
}
