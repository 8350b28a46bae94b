/**
 * The OpenStack example fleet with a multi-cluster layer: every shoot registered with Karmada,
 * Open Cluster Management, Clusternet, Clusterpedia and Kubermatic; two platform services placed
 * by purpose and labels, with per-region and per-purpose overrides; the GPU shoot bursting to two
 * shoots in the south through Liqo and Admiralty.
 */
import {
  BurstPartners, Garden, MultiClusterSystem, PatchOperation, PlatformService, ServiceOverride, ServiceSource, Shoot, ShootPurpose,
} from '../lib';
import { buildOpenStackFleet } from './openstack';

export default function openstackMultiClusterFleet(): Garden {
  const garden = buildOpenStackFleet({
    variant: 'openstack-multicluster',
    multiCluster: {
      systems: [
        MultiClusterSystem.KARMADA, MultiClusterSystem.OPEN_CLUSTER_MANAGEMENT, MultiClusterSystem.CLUSTERNET,
        MultiClusterSystem.CLUSTERPEDIA, MultiClusterSystem.KUBERMATIC, MultiClusterSystem.LIQO, MultiClusterSystem.ADMIRALTY,
      ],
    },
  });
  const shoot = (key: string): Shoot => {
    const found = garden.shoots.find((s) => s.key === key);
    if (!found) throw new Error(`the example fleet has no shoot ${key}`);
    return found;
  };

  addMonitoring(garden);
  addShopBaseline(garden);

  // The GPU analytics shoot borrows capacity from the data project's shoots in the south.
  new BurstPartners(garden, 'analytics-burst', { consumer: shoot('data--analytics'), providers: [shoot('data--lake'), shoot('data--etl')] });
  return garden;
}

/** Monitoring for every shoot that runs something that matters; production keeps data longer. */
export function addMonitoring(garden: Garden): PlatformService {
  return new PlatformService(garden, 'monitoring', {
    source: ServiceSource.fromHelmChart({
      repositoryUrl: 'https://prometheus-community.github.io/helm-charts',
      chart: 'kube-prometheus-stack',
      version: '77.5.0',
      values: { grafana: { enabled: false }, prometheus: { prometheusSpec: { retention: '7d' } } },
    }),
    placement: { purposes: [ShootPurpose.PRODUCTION, ShootPurpose.DEVELOPMENT] },
    overrides: [
      { name: 'production', placement: { purposes: [ShootPurpose.PRODUCTION] }, values: { prometheus: { prometheusSpec: { retention: '30d' } } } },
    ],
  });
}

/**
 * The shop's baseline: quotas and who to call, with the south's on-call team in eu-sued-1
 * (`moreOverrides` come after that one).
 */
export function addShopBaseline(garden: Garden, moreOverrides: ServiceOverride[] = []): PlatformService {
  return new PlatformService(garden, 'shop-baseline', {
    namespace: 'shop-platform',
    source: ServiceSource.fromManifests([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop-platform' } },
      {
        apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'platform-contacts' },
        data: { 'on-call': 'shop-sre@nordcloud.example', 'escalation': 'platform-team@nordcloud.example' },
      },
      {
        apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'defaults' },
        spec: { limits: [{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, defaultRequest: { cpu: '100m', memory: '128Mi' } }] },
      },
    ]),
    placement: { matchLabels: { 'cost-center': 'cc-4711' } },
    overrides: [
      {
        name: 'sued',
        placement: { regions: ['eu-sued-1'] },
        patches: [{ kind: 'ConfigMap', name: 'platform-contacts', op: PatchOperation.REPLACE, path: '/data/on-call', value: 'shop-sre-sued@nordcloud.example' }],
      },
      ...moreOverrides,
    ],
  });
}
