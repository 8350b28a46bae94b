/**
 * Valid objects of the kinds seedbed emits, written as seedbed renders them. Each call returns
 * a fresh copy so tests can break it.
 */

export const tenantControlPlane = (): any => ({
  apiVersion: 'kamaji.clastix.io/v1alpha1',
  kind: 'TenantControlPlane',
  metadata: { name: 'shoot--acme--api', namespace: 'shoot--acme--api', labels: { 'seedbed.io/shoot': 'api' } },
  spec: {
    dataStore: 'pooled-etcd-1',
    controlPlane: {
      deployment: { replicas: 2 },
      service: { serviceType: 'LoadBalancer' },
    },
    kubernetes: { version: 'v1.33.4', kubelet: { cgroupfs: 'systemd' } },
    networkProfile: { port: 6443, serviceCidr: '10.96.0.0/16', podCidr: '10.244.0.0/16', loadBalancerSourceRanges: ['192.0.2.0/24'] },
    addons: { coreDNS: {}, kubeProxy: {}, konnectivity: { server: { port: 8132 } } },
  },
});

export const dataStore = (): any => ({
  apiVersion: 'kamaji.clastix.io/v1alpha1',
  kind: 'DataStore',
  metadata: { name: 'pooled-pg-1' },
  spec: {
    driver: 'PostgreSQL',
    endpoints: ['pg-1.seed.example.com:5432'],
    basicAuth: {
      username: { secretReference: { name: 'pg-1-credentials', namespace: 'kamaji-system', keyPath: 'username' } },
      password: { secretReference: { name: 'pg-1-credentials', namespace: 'kamaji-system', keyPath: 'password' } },
    },
  },
});

export const kustomization = (): any => ({
  apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
  kind: 'Kustomization',
  metadata: { name: 'acme--api--control-plane', namespace: 'flux-system' },
  spec: {
    interval: '10m',
    path: './seeds/seed-1/shoots/acme--api/control-plane',
    prune: true,
    sourceRef: { kind: 'GitRepository', name: 'platform' },
    dependsOn: [{ name: 'acme--api--infrastructure' }],
    timeout: '5m',
    wait: true,
  },
});

export const gitRepository = (): any => ({
  apiVersion: 'source.toolkit.fluxcd.io/v1',
  kind: 'GitRepository',
  metadata: { name: 'platform', namespace: 'flux-system' },
  spec: { interval: '1m', url: 'https://git.example.com/platform/fleet.git', ref: { branch: 'main' }, secretRef: { name: 'git-credentials' } },
});

export const terraform = (): any => ({
  apiVersion: 'infra.contrib.fluxcd.io/v1alpha2',
  kind: 'Terraform',
  metadata: { name: 'acme--api--infrastructure', namespace: 'flux-system' },
  spec: {
    interval: '10m',
    path: './terraform/seed-1/acme--api',
    approvePlan: 'auto',
    sourceRef: { kind: 'GitRepository', name: 'platform' },
    varsFrom: [{ kind: 'Secret', name: 'openstack-credentials' }],
    destroyResourcesOnDeletion: false,
  },
});

export const namespace = (): any => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: 'shoot--acme--api', labels: { 'seedbed.io/project': 'acme' } },
});

export const networkPolicy = (): any => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'deny-other-tenants', namespace: 'shoot--acme--api' },
  spec: {
    podSelector: {},
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shoot--acme--api' } } }], ports: [{ protocol: 'TCP', port: 6443 }] }],
  },
});

export const podDisruptionBudget = (): any => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: 'kube-apiserver', namespace: 'shoot--acme--api' },
  spec: { maxUnavailable: 1, selector: { matchLabels: { 'kamaji.clastix.io/name': 'shoot--acme--api' } } },
});

export const capiCluster = (): any => ({
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  metadata: { name: 'api', namespace: 'shoot--acme--api' },
  spec: {
    clusterNetwork: { pods: { cidrBlocks: ['10.244.0.0/16'] }, services: { cidrBlocks: ['10.96.0.0/16'] } },
    controlPlaneRef: { apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KamajiControlPlane', name: 'api' },
    infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'OpenStackCluster', name: 'api' },
  },
});

export const machineDeployment = (): any => ({
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'MachineDeployment',
  metadata: { name: 'api-worker-a', namespace: 'shoot--acme--api' },
  spec: {
    clusterName: 'api',
    replicas: 3,
    selector: { matchLabels: { 'seedbed.io/pool': 'worker-a' } },
    template: {
      metadata: { labels: { 'seedbed.io/pool': 'worker-a' } },
      spec: {
        clusterName: 'api',
        version: 'v1.33.4',
        bootstrap: { configRef: { apiGroup: 'bootstrap.cluster.x-k8s.io', kind: 'KubeadmConfigTemplate', name: 'api-worker-a' } },
        infrastructureRef: { apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'OpenStackMachineTemplate', name: 'api-worker-a' },
      },
    },
  },
});

export const shoot = (): any => ({
  apiVersion: 'core.gardener.cloud/v1beta1',
  kind: 'Shoot',
  metadata: { name: 'api', namespace: 'garden-acme' },
  spec: {
    cloudProfile: { name: 'openstack-eu' },
    region: 'eu-de-1',
    kubernetes: { version: '1.33.4' },
    networking: { type: 'calico', nodes: '10.250.0.0/16' },
    provider: {
      type: 'openstack',
      workers: [{ name: 'worker-a', machine: { type: 'm1.large', image: { name: 'gardenlinux', version: '1877.3.0' } }, minimum: 1, maximum: 3, zones: ['eu-de-1a'] }],
    },
  },
});
