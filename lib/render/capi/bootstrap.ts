/**
 * Bootstrap templates of worker pools: how a new machine joins the shoot. Kubeadm for Kamaji and
 * the upstream Cluster API backend, k0s for k0smotron. Node labels and taints of the pool are
 * set at join time (kubelet flags), the only place every bootstrap provider supports them.
 */
import { ResolvedShoot, ResolvedWorkerPool } from '../../resolve/model';
import { K0sWorkerConfigTemplate, KubeadmConfigTemplate, KubeadmConfigTemplateSpecTemplateSpecFormat } from '../../imports/bootstrap.cluster.x-k8s.io';
import { Manifest } from '../../core/manifest';
import { MachineImageUserDataFormat } from '../../core/types';
import { withTemplateName } from './names';

/** Node label Gardener puts on every node of a pool; seedbed does the same. */
export const POOL_NODE_LABEL = 'worker.gardener.cloud/pool';

/** How a pool's machines bootstrap. */
export enum BootstrapFlavor {
  /** kubeadm join (`KubeadmConfigTemplate`). */
  KUBEADM = 'kubeadm',
  /** k0s worker (`K0sWorkerConfigTemplate`). */
  K0S = 'k0s',
}

const KUBELET_ALLOWED = new Set([
  'kubernetes.io/hostname', 'kubernetes.io/arch', 'kubernetes.io/os', 'beta.kubernetes.io/arch', 'beta.kubernetes.io/os',
  'beta.kubernetes.io/instance-type', 'node.kubernetes.io/instance-type', 'failure-domain.beta.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/region', 'topology.kubernetes.io/zone',
]);

/**
 * Splits a pool's node labels into those the kubelet may set on its own Node and those only
 * Cluster API may set (it copies `node-role.kubernetes.io/*`, `node-restriction.kubernetes.io/*`
 * and `node.cluster.x-k8s.io/*` labels from the Machine to the Node).
 */
export function splitNodeLabels(labels: Record<string, string>): { kubelet: Record<string, string>; machine: Record<string, string> } {
  const kubelet: Record<string, string> = {};
  const machine: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) {
    const domain = key.includes('/') ? key.split('/')[0] : '';
    const restricted = domain === 'kubernetes.io' || domain === 'k8s.io' || domain.endsWith('.kubernetes.io') || domain.endsWith('.k8s.io');
    const kubeletOwned = KUBELET_ALLOWED.has(key) || ['kubelet.kubernetes.io', 'node.kubernetes.io'].some((d) => domain === d || domain.endsWith(`.${d}`));
    if (!restricted || kubeletOwned) kubelet[key] = value;
    else machine[key] = value;
  }
  for (const [key, value] of Object.entries(labels)) {
    const domain = key.includes('/') ? key.split('/')[0] : '';
    if (domain === 'node.cluster.x-k8s.io' || domain.endsWith('.node.cluster.x-k8s.io')) {
      delete kubelet[key];
      machine[key] = value;
    }
  }
  return { kubelet, machine };
}

/** The labels a pool's kubelets register with: the pool label and the pool's own labels, sorted. */
export function kubeletNodeLabels(pool: ResolvedWorkerPool): string {
  const labels: Record<string, string> = { ...splitNodeLabels(pool.labels).kubelet, [POOL_NODE_LABEL]: pool.name };
  return Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`).join(',');
}

/** The version k0s is released under for a Kubernetes version. */
export function k0sVersion(kubernetesVersion: string): string {
  return `v${kubernetesVersion}+k0s.0`;
}

/** The bootstrap template of a pool, named `<shoot>-<pool>-<hash of its spec>`. */
export function renderBootstrapTemplate(
  shoot: ResolvedShoot, pool: ResolvedWorkerPool, flavor: BootstrapFlavor, labels: Record<string, string>,
): Manifest {
  const base = `${shoot.name}-${pool.name}`;
  const metadata = { name: base, namespace: shoot.technicalId, labels };
  if (flavor === BootstrapFlavor.K0S) {
    const taints = pool.taints.map((t) => `${t.key}${t.value !== undefined ? `=${t.value}` : ''}:${t.effect}`);
    return withTemplateName(base, K0sWorkerConfigTemplate.manifest({
      metadata,
      spec: {
        template: {
          spec: {
            version: k0sVersion(pool.kubernetesVersion),
            args: [
              '--enable-cloud-provider',
              `--labels=${kubeletNodeLabels(pool)}`,
              ...(taints.length > 0 ? [`--taints=${taints.join(',')}`] : []),
            ],
          },
        },
      },
    }));
  }
  return withTemplateName(base, KubeadmConfigTemplate.manifest({
    metadata,
    spec: {
      template: {
        spec: {
          // Ignition images (Flatcar) ignore cloud-config. Cluster API renders Ignition only with the
          // KubeadmBootstrapFormatIgnition feature gate on (kubernetes-sigs/cluster-api v1.14.0:
          // bootstrap/kubeadm/webhooks/admission/kubeadmconfig.go refuses `format: ignition` without
          // it; bootstrap/kubeadm/pkg/ignition generates the config): a prerequisite of the seed.
          format: pool.userDataFormat === MachineImageUserDataFormat.IGNITION
            ? KubeadmConfigTemplateSpecTemplateSpecFormat.IGNITION
            : KubeadmConfigTemplateSpecTemplateSpecFormat.CLOUD_HYPHEN_CONFIG,
          joinConfiguration: {
            nodeRegistration: {
              kubeletExtraArgs: [
                { name: 'cloud-provider', value: 'external' },
                { name: 'node-labels', value: kubeletNodeLabels(pool) },
              ],
              taints: pool.taints.length > 0 ? pool.taints.map((t) => ({ key: t.key, value: t.value, effect: t.effect as string })) : undefined,
            },
          },
        },
      },
    },
  }));
}
