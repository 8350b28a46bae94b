/**
 * The work-around of the `kamaji-provider-bootstrap-rbac` row of lib/core/compatibility.ts, for
 * seeds that opt into it (`workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC]`).
 *
 * Since Cluster API v1.14 the kubeadm bootstrap controller reads the object a worker's Cluster
 * names in `spec.controlPlaneRef`, to learn the control plane's Kubernetes version
 * (kubernetes-sigs/cluster-api v1.14.0, bootstrap/kubeadm/reconcilers/kubeadmconfig/kubeadmconfig_controller.go:832),
 * but its own RBAC covers only kubeadmcontrolplanes (same file, line 81). Kamaji's Cluster API
 * provider up to v0.20.0 grants nothing more; upstream fixed it after v0.20.0 by binding the
 * bootstrap controller's service account to the provider's manager role
 * (clastix/cluster-api-control-plane-provider-kamaji daa1cb67, config/rbac/capi_kubeadm_bootstrap_role_binding.yaml).
 * We grant less: read access to kamajicontrolplanes only, which is what the controller needs.
 *
 * The service account is Cluster API's: `manager` in `capi-kubeadm-bootstrap-system` with the
 * name prefix `capi-kubeadm-bootstrap-` (cluster-api v1.14.0, bootstrap/kubeadm/config/default/kustomization.yaml
 * and config/rbac/service_account.yaml), the defaults the upstream fix also binds.
 */
import { Manifest } from '../../core/manifest';
import { KubeClusterRole, KubeClusterRoleBinding } from '../../imports/k8s';

/** Name of the ClusterRole and its binding. */
export const KAMAJI_BOOTSTRAP_RBAC_NAME = 'seedbed-kamaji-bootstrap-reader';
/** Cluster API's kubeadm bootstrap controller: its service account and namespace. */
export const KUBEADM_BOOTSTRAP_SERVICE_ACCOUNT = { name: 'capi-kubeadm-bootstrap-manager', namespace: 'capi-kubeadm-bootstrap-system' };

/** The ClusterRole and ClusterRoleBinding that let the kubeadm bootstrap controller read KamajiControlPlanes. */
export function renderKamajiBootstrapRbac(labels: Record<string, string>): Manifest[] {
  return [
    KubeClusterRole.manifest({
      metadata: { name: KAMAJI_BOOTSTRAP_RBAC_NAME, labels },
      rules: [{ apiGroups: ['controlplane.cluster.x-k8s.io'], resources: ['kamajicontrolplanes'], verbs: ['get', 'list', 'watch'] }],
    }),
    KubeClusterRoleBinding.manifest({
      metadata: { name: KAMAJI_BOOTSTRAP_RBAC_NAME, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: KAMAJI_BOOTSTRAP_RBAC_NAME },
      subjects: [{ kind: 'ServiceAccount', ...KUBEADM_BOOTSTRAP_SERVICE_ACCOUNT }],
    }),
  ];
}
