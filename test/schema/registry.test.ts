import { SchemaRegistry } from '../../lib/schema';
import * as fx from './fixtures';

const registry = SchemaRegistry.load();

/** Returns the object after applying `change` to it. */
function broken(make: () => any, change: (o: any) => void): any {
  const o = make();
  change(o);
  return o;
}

/** `field: message` lines, for readable failures. */
const lines = (obj: any) => registry.validate(obj).map((p) => `${p.field}: ${p.message}`);

describe('valid objects validate clean', () => {
  test.each([
    ['TenantControlPlane', fx.tenantControlPlane],
    ['DataStore', fx.dataStore],
    ['Kustomization', fx.kustomization],
    ['GitRepository', fx.gitRepository],
    ['tofu-controller Terraform', fx.terraform],
    ['Namespace', fx.namespace],
    ['NetworkPolicy', fx.networkPolicy],
    ['PodDisruptionBudget', fx.podDisruptionBudget],
    ['CAPI Cluster', fx.capiCluster],
    ['CAPI MachineDeployment', fx.machineDeployment],
    ['Gardener Shoot', fx.shoot],
  ])('%s', (_name, make) => {
    expect(lines(make())).toEqual([]);
  });
});

/** [case, object, expected problems as [field, message fragment]] */
const BROKEN: Array<[string, any, Array<[string, string]>]> = [
  // unknown fields
  ['TenantControlPlane: unknown field', broken(fx.tenantControlPlane, (o) => { o.spec.controlPlane.deployment.replicaCount = 2; }),
    [['spec.controlPlane.deployment.replicaCount', 'field not declared in schema']]],
  ['Namespace: unknown field in spec', broken(fx.namespace, (o) => { o.spec = { finalizer: ['kubernetes'] }; }),
    [['spec.finalizer', 'field not declared in schema']]],
  ['Kustomization: unknown field in metadata', broken(fx.kustomization, (o) => { o.metadata.label = { a: 'b' }; }),
    [['metadata.label', 'field not declared in schema']]],
  // wrong types
  ['TenantControlPlane: replicas as string', broken(fx.tenantControlPlane, (o) => { o.spec.controlPlane.deployment.replicas = 'two'; }),
    [['spec.controlPlane.deployment.replicas', 'Invalid value: "two": must be of type integer']]],
  ['PodDisruptionBudget: maxUnavailable as bool (int-or-string)', broken(fx.podDisruptionBudget, (o) => { o.spec.maxUnavailable = true; }),
    [['spec.maxUnavailable', 'must be of type integer or string']]],
  ['NetworkPolicy: port as object', broken(fx.networkPolicy, (o) => { o.spec.ingress[0].ports[0].port = { number: 6443 }; }),
    [['spec.ingress[0].ports[0].port', 'must be of type integer or string']]],
  ['Shoot: minimum as string', broken(fx.shoot, (o) => { o.spec.provider.workers[0].minimum = '1'; }),
    [['spec.provider.workers[0].minimum', 'Invalid value: "1": must be of type integer']]],
  ['TenantControlPlane: replicas beyond int32', broken(fx.tenantControlPlane, (o) => { o.spec.controlPlane.deployment.replicas = 2 ** 31; }),
    [['spec.controlPlane.deployment.replicas', 'must be of format int32']]],
  // missing required
  ['DataStore: no endpoints', broken(fx.dataStore, (o) => { delete o.spec.endpoints; }),
    [['spec.endpoints', 'Required value']]],
  ['Kustomization: no prune', broken(fx.kustomization, (o) => { delete o.spec.prune; }),
    [['spec.prune', 'Required value']]],
  ['GitRepository: no url', broken(fx.gitRepository, (o) => { delete o.spec.url; }),
    [['spec.url', 'Required value']]],
  ['MachineDeployment: no clusterName in template', broken(fx.machineDeployment, (o) => { delete o.spec.template.spec.clusterName; }),
    [['spec.template.spec.clusterName', 'Required value']]],
  ['Shoot: no region', broken(fx.shoot, (o) => { delete o.spec.region; }),
    [['spec.region', 'Required value']]],
  ['Shoot: no cloudProfile.name (kind is relaxed, name is not)', broken(fx.shoot, (o) => { o.spec.cloudProfile = { kind: 'CloudProfile' }; }),
    [['spec.cloudProfile.name', 'Required value']]],
  ['Terraform: no sourceRef', broken(fx.terraform, (o) => { delete o.spec.sourceRef; }),
    [['spec.sourceRef', 'Required value']]],
  // enums and patterns
  ['TenantControlPlane: serviceType not in enum', broken(fx.tenantControlPlane, (o) => { o.spec.controlPlane.service.serviceType = 'Ingress'; delete o.spec.networkProfile.loadBalancerSourceRanges; }),
    [['spec.controlPlane.service.serviceType', 'Unsupported value: "Ingress": supported values: "ClusterIP", "NodePort", "LoadBalancer"']]],
  ['Kustomization: sourceRef.kind not in enum', broken(fx.kustomization, (o) => { o.spec.sourceRef.kind = 'HelmRepository'; }),
    [['spec.sourceRef.kind', 'Unsupported value: "HelmRepository"']]],
  ['Terraform: approvePlan fine, storeReadablePlan not in enum', broken(fx.terraform, (o) => { o.spec.storeReadablePlan = 'yaml'; }),
    [['spec.storeReadablePlan', 'Unsupported value: "yaml": supported values: "none", "json", "human"']]],
  ['Kustomization: interval pattern', broken(fx.kustomization, (o) => { o.spec.interval = '10 minutes'; }),
    [['spec.interval', "Invalid value: \"10 minutes\": should match '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'"]]],
  ['Cluster: controlPlaneRef.name pattern', broken(fx.capiCluster, (o) => { o.spec.controlPlaneRef.name = 'API'; }),
    [['spec.controlPlaneRef.name', 'Invalid value: "API": should match']]],
  // CEL rules from the CRDs
  ['TenantControlPlane CEL: loadBalancerSourceRanges only with LoadBalancer', broken(fx.tenantControlPlane, (o) => { o.spec.controlPlane.service.serviceType = 'ClusterIP'; }),
    [['spec', 'Invalid value: LoadBalancer source ranges are supported only with LoadBalancer service type']]],
  ['TenantControlPlane CEL: podCidr must be a CIDR (isCIDR)', broken(fx.tenantControlPlane, (o) => { o.spec.networkProfile.podCidr = '10.244.0.0/33'; }),
    [['spec.networkProfile.podCidr', 'Invalid value: podCidr must be empty or a valid CIDR']]],
  ['TenantControlPlane CEL: advertiseAddress must be an IP (isIP)', broken(fx.tenantControlPlane, (o) => { o.spec.networkProfile.advertiseAddress = '10.0.0.300'; }),
    [['spec.networkProfile.advertiseAddress', 'Invalid value:']]],
  ['TenantControlPlane CEL: ingress and gateway are exclusive', broken(fx.tenantControlPlane, (o) => { o.spec.controlPlane.ingress = { hostname: 'api.example.com' }; o.spec.controlPlane.gateway = { hostname: 'api.example.com' }; }),
    [['spec.controlPlane', 'Invalid value:']]],
  ['DataStore CEL: non-etcd driver needs tlsConfig or basicAuth', broken(fx.dataStore, (o) => { delete o.spec.basicAuth; }),
    [['spec', 'Invalid value: When driver is not etcd, either tlsConfig or basicAuth must be provided']]],
  ['DataStore CEL: basicAuth username needs secretReference or content', broken(fx.dataStore, (o) => { o.spec.basicAuth.username = {}; }),
    [['spec', 'Invalid value: When driver is not etcd and basicAuth exists, username must have secretReference or content']]],
  ['Kustomization CEL: kubeConfig needs exactly one ref', broken(fx.kustomization, (o) => { o.spec.kubeConfig = { secretRef: { name: 'a' }, configMapRef: { name: 'b' } }; }),
    [['spec.kubeConfig', 'Invalid value: exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef must be specified']]],
  ['GitRepository CEL: serviceAccountName only with azure/aws', broken(fx.gitRepository, (o) => { o.spec.serviceAccountName = 'git'; }),
    [['spec', "Invalid value: serviceAccountName can only be set when provider is 'azure' or 'aws'"]]],
  ['Cluster CEL: unhealthy condition type may not be Ready', broken(fx.capiCluster, (o) => {
    o.spec.topology = { classRef: { name: 'openstack' }, version: 'v1.33.4', controlPlane: { healthCheck: { checks: { unhealthyMachineConditions: [{ type: 'Ready', status: 'False', timeoutSeconds: 300 }] } } } };
    delete o.spec.controlPlaneRef;
    delete o.spec.infrastructureRef;
  }), [['spec.topology.controlPlane.healthCheck.checks.unhealthyMachineConditions[0].type', 'Invalid value: type must not be one of: Ready']]],
  // metadata
  ['Namespace: name must be a DNS-1123 label', broken(fx.namespace, (o) => { o.metadata.name = 'shoot.acme'; }),
    [['metadata.name', 'Invalid value: "shoot.acme": must be a DNS-1123 label']]],
  ['TenantControlPlane: name must be a DNS-1123 subdomain', broken(fx.tenantControlPlane, (o) => { o.metadata.name = 'Shoot_API'; }),
    [['metadata.name', 'Invalid value: "Shoot_API": must be a DNS-1123 subdomain']]],
  ['Shoot: name must be a DNS-1123 label', broken(fx.shoot, (o) => { o.metadata.name = 'api.v2'; }),
    [['metadata.name', 'must be a DNS-1123 label']]],
  ['NetworkPolicy: name missing', broken(fx.networkPolicy, (o) => { delete o.metadata.name; }),
    [['metadata.name', 'Required value']]],
  ['Namespace: cluster-scoped kind with a namespace', broken(fx.namespace, (o) => { o.metadata.namespace = 'default'; }),
    [['metadata.namespace', 'Forbidden: not allowed on this type']]],
  ['GitRepository: label value too long and with a space', broken(fx.gitRepository, (o) => { o.metadata.labels = { 'seedbed.io/note': 'not a label' }; }),
    [['metadata.labels[seedbed.io/note]', 'a label value must be empty or consist of alphanumerics']]],
  ['GitRepository: label value as number', broken(fx.gitRepository, (o) => { o.metadata.labels = { tier: 1 }; }),
    [['metadata.labels[tier]', 'Invalid value: 1: must be of type string']]],
  ['Kustomization: bad annotation key', broken(fx.kustomization, (o) => { o.metadata.annotations = { 'a/b/c': 'x' }; }),
    [['metadata.annotations[a/b/c]', 'annotation key a qualified name must be']]],
  // unknown kinds and missing identity
  ['unknown kind in a known apiVersion', { apiVersion: 'kamaji.clastix.io/v1alpha1', kind: 'TenantDataPlane', metadata: { name: 'x' } },
    [['kind', 'Unsupported value: "TenantDataPlane": no schema for this kind in kamaji.clastix.io/v1alpha1']]],
  ['unknown apiVersion', { apiVersion: 'kamaji.clastix.io/v9', kind: 'TenantControlPlane', metadata: { name: 'x' } },
    [['apiVersion', 'Unsupported value: "kamaji.clastix.io/v9": no schema for this apiVersion']]],
  ['missing kind', { apiVersion: 'v1', metadata: { name: 'x' } },
    [['kind', 'Required value']]],
];

describe('broken objects report exactly the expected problems', () => {
  test.each(BROKEN)('%s', (_name, obj, expected) => {
    const problems = registry.validate(obj);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toHaveLength(expected.length);
    expected.forEach(([fieldPath, fragment], i) => {
      expect(problems[i].field).toBe(fieldPath);
      expect(problems[i].message).toContain(fragment);
    });
  });
});

describe('problems', () => {
  test('carry the identity of the object', () => {
    const [p] = registry.validate(broken(fx.kustomization, (o) => { delete o.spec.prune; }));
    expect(p).toEqual({
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      name: 'acme--api--control-plane',
      namespace: 'flux-system',
      field: 'spec.prune',
      message: 'Required value',
    });
  });

  test('come in a deterministic order (by field path, indices numerically)', () => {
    const obj = broken(fx.networkPolicy, (o) => {
      o.spec.ingress = Array.from({ length: 12 }, () => ({ ports: [{ port: {} }] }));
      o.spec.zzz = 1;
      o.metadata.name = 'Bad';
    });
    const fields = registry.validate(obj).map((p) => p.field);
    expect(fields).toEqual([
      'metadata.name',
      ...Array.from({ length: 12 }, (_, i) => `spec.ingress[${i}].ports[0].port`),
      'spec.zzz',
    ]);
    expect(registry.validate(obj)).toEqual(registry.validate(obj));
  });

  test('several problems in one object are all reported', () => {
    const obj = broken(fx.tenantControlPlane, (o) => {
      o.metadata.name = 'Bad_Name';
      o.spec.bogus = 1;
      o.spec.dataStore = 5;
      o.spec.controlPlane.service.serviceType = 'Nope';
      delete o.spec.kubernetes.kubelet;
    });
    expect(lines(obj)).toEqual([
      'metadata.name: Invalid value: "Bad_Name": must be a DNS-1123 subdomain: lower case alphanumerics, \'-\' or \'.\', starting and ending with an alphanumeric',
      'spec: Invalid value: LoadBalancer source ranges are supported only with LoadBalancer service type',
      'spec.bogus: field not declared in schema',
      'spec.controlPlane.service.serviceType: Unsupported value: "Nope": supported values: "ClusterIP", "NodePort", "LoadBalancer"',
      'spec.dataStore: Invalid value: 5: must be of type string',
      'spec.kubernetes.kubelet: Required value',
    ]);
  });

  test('bad input is a problem, not a crash', () => {
    expect(registry.validate(null)).toEqual([{ apiVersion: '', kind: '', name: '', field: '', message: 'Invalid value: null: a Kubernetes object must be a JSON object' }]);
    expect(lines([])).toEqual([': Invalid value: "array": a Kubernetes object must be a JSON object']);
    expect(lines({ kind: 'Namespace' })).toEqual(['apiVersion: Required value: apiVersion must be set']);
    expect(lines({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ok' }, spec: 'x' })).toEqual(['spec: Invalid value: "x": must be of type object']);
  });
});

describe('sources', () => {
  test.each([
    ['v1', 'Namespace', true],
    ['v1', 'Secret', true],
    ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', true],
    ['kamaji.clastix.io/v1alpha1', 'TenantControlPlane', true],
    ['controlplane.cluster.x-k8s.io/v1alpha2', 'KamajiControlPlane', true],
    ['infra.contrib.fluxcd.io/v1alpha1', 'Terraform', true],
    ['infra.contrib.fluxcd.io/v1alpha2', 'Terraform', true],
    ['core.gardener.cloud/v1beta1', 'CloudProfile', true],
    ['security.gardener.cloud/v1alpha1', 'WorkloadIdentity', true],
    ['multicluster.admiralty.io/v1alpha1', 'Source', true],
    ['cluster.karmada.io/v1alpha1', 'Cluster', true],
    ['cluster.karmada.io/v1alpha2', 'Cluster', false],
    ['kamaji.clastix.io/v1alpha1', 'Shoot', false],
    ['v2', 'Namespace', false],
  ])('has(%s, %s) is %s', (apiVersion, kind, expected) => {
    expect(registry.has(apiVersion, kind)).toBe(expected);
  });

  test('built-ins come from the Kubernetes OpenAPI files, Gardener kinds from the strict schemas', () => {
    expect(registry.sourceOf('policy/v1', 'PodDisruptionBudget')).toBe('crds/kubernetes/release-1.33/apis__policy__v1_openapi.json');
    expect(registry.sourceOf('core.gardener.cloud/v1beta1', 'Shoot')).toBe('crds/gardener/core/strict/shoot-core-v1beta1.json');
    expect(registry.sourceOf('kamaji.clastix.io/v1alpha1', 'DataStore')).toBe('crds/kamaji/kamaji.clastix.io_datastores.yaml');
  });

  test('a kind defined by two CRD files comes from the one serving more versions', () => {
    expect(registry.sourceOf('addon.open-cluster-management.io/v1alpha1', 'ClusterManagementAddOn'))
      .toBe('crds/open-cluster-management/addon/v1beta1/0000_00_addon.open-cluster-management.io_clustermanagementaddons.crd.yaml');
  });

  test('Admiralty CRDs (Helm templates) load with their templated labels line replaced', () => {
    expect(lines({ apiVersion: 'multicluster.admiralty.io/v1alpha1', kind: 'Source', metadata: { name: 's', namespace: 'n' }, spec: { serviceAccountName: 'sa' } })).toEqual([]);
  });

  test("Karmada's Cluster (aggregated API, no CRD) comes from its Swagger document, cluster-scoped and closed", () => {
    expect(registry.sourceOf('cluster.karmada.io/v1alpha1', 'Cluster')).toBe('crds/karmada/openapi/swagger.json');
    const cluster = {
      apiVersion: 'cluster.karmada.io/v1alpha1', kind: 'Cluster', metadata: { name: 'acme--api' },
      spec: { syncMode: 'Push', apiEndpoint: 'https://api.example.com', secretRef: { namespace: 'karmada-cluster', name: 'acme--api' }, region: 'eu-1' },
    };
    expect(lines(cluster)).toEqual([]);
    expect(lines({ ...cluster, metadata: { name: 'c', namespace: 'x' }, spec: { ...cluster.spec, apiEndpoint: 3, foo: 1 } })).toEqual([
      'metadata.namespace: Forbidden: not allowed on this type (the kind is cluster-scoped)',
      'spec.apiEndpoint: Invalid value: 3: must be of type string',
      'spec.foo: field not declared in schema',
    ]);
  });

  test('Gardener: the three required entries the API server does not enforce are relaxed', () => {
    expect(lines(fx.shoot())).toEqual([]); // no spec.cloudProfile.kind
    expect(lines({ apiVersion: 'security.gardener.cloud/v1alpha1', kind: 'WorkloadIdentity', metadata: { name: 'w', namespace: 'garden-acme' }, spec: { audiences: ['a'], targetSystem: { type: 'openstack' } } })).toEqual([]);
    // (the README lists no exception for the template's cloudProfile.kind, so it stays required)
    const shootTemplate = { spec: { cloudProfile: { kind: 'CloudProfile', name: 'openstack-eu' }, provider: { type: 'openstack' } } };
    const set = { apiVersion: 'seedmanagement.gardener.cloud/v1alpha1', kind: 'ManagedSeedSet', metadata: { name: 'm', namespace: 'garden' }, spec: { selector: {}, template: { spec: { gardenlet: {} } }, shootTemplate } };
    expect(lines(set)).toEqual([]);
    // ...but only those: a Shoot still needs kubernetes/provider/region.
    expect(lines({ ...fx.shoot(), spec: { ...shootTemplate.spec, cloudProfile: { name: 'openstack-eu' } } })).toEqual(['spec.kubernetes: Required value', 'spec.region: Required value']);
  });
});

describe('formats', () => {
  test.each([
    ['Secret data must be base64', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'n' }, data: { key: 'not base64!' } },
      ['data[key]: Invalid value: "not base64!": must be of format byte']],
    ['Secret data in base64 is fine', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'n' }, data: { key: 'aGVsbG8=' } }, []],
    ['ConfigMap data must be strings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'n' }, data: { port: 80 } },
      ['data[port]: Invalid value: 80: must be of type string']],
    ['Terraform: int32 field with a fraction', broken(fx.terraform, (o) => { o.spec.parallelism = 1.5; }),
      ['spec.parallelism: Invalid value: 1.5: must be of type integer']],
  ])('%s', (_name, obj, expected) => {
    expect(lines(obj)).toEqual(expected);
  });
});

describe('Kubernetes schema extensions', () => {
  const manifestWork = (manifest: any) => ({
    apiVersion: 'work.open-cluster-management.io/v1',
    kind: 'ManifestWork',
    metadata: { name: 'addons', namespace: 'cluster-a' },
    spec: { workload: { manifests: [manifest] } },
  });
  const sealedSecret = (template: any) => ({
    apiVersion: 'bitnami.com/v1alpha1',
    kind: 'SealedSecret',
    metadata: { name: 's', namespace: 'n' },
    spec: { encryptedData: { password: 'AgBy3i4OJSWK+PiTySYZZA==' }, template },
  });

  test.each([
    ['embedded resource: a full object is fine (unknown fields preserved)', manifestWork({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } }), []],
    ['embedded resource: apiVersion and kind are required', manifestWork({ metadata: { name: 'c' } }),
      ['spec.workload.manifests[0].apiVersion: Required value', 'spec.workload.manifests[0].kind: Required value']],
    ['embedded resource: metadata is ObjectMeta', manifestWork({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels: { a: 1 } } }),
      ['spec.workload.manifests[0].metadata.labels[a]: Invalid value: 1: must be of type string']],
    ['embedded resource: checked against its own kind, problems at their place inside', manifestWork({
      apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Not_A_Name' }, data: { replicas: 3 },
    }), [
      'spec.workload.manifests[0].data[replicas]: Invalid value: 3: must be of type string',
      'spec.workload.manifests[0].metadata.name: Invalid value: "Not_A_Name": must be a DNS-1123 subdomain: lower case alphanumerics, \'-\' or \'.\', starting and ending with an alphanumeric',
    ]],
    ['embedded resource: CEL rules and defaults of its kind apply', manifestWork((() => { const t = fx.tenantControlPlane(); t.spec.controlPlane.service.serviceType = 'Bogus'; return t; })()),
      [
        'spec.workload.manifests[0].spec: Invalid value: LoadBalancer source ranges are supported only with LoadBalancer service type',
        'spec.workload.manifests[0].spec.controlPlane.service.serviceType: Unsupported value: "Bogus": supported values: "ClusterIP", "NodePort", "LoadBalancer"',
      ]],
    ['embedded resource: a kind no schema here describes is taken as it is', manifestWork({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { x: 1 } }), []],
    ['Clusternet feed: the template is checked against its own kind', {
      apiVersion: 'apps.clusternet.io/v1alpha1', kind: 'Manifest', metadata: { name: 'configmaps.shop.c', namespace: 'clusternet-reserved' },
      template: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'shop' }, data: { n: 1 } },
    }, ['template.data[n]: Invalid value: 1: must be of type string']],
    ['Clusternet feed: a template without apiVersion and kind', {
      apiVersion: 'apps.clusternet.io/v1alpha1', kind: 'Manifest', metadata: { name: 'm', namespace: 'clusternet-reserved' }, template: { metadata: { name: 'c' } },
    }, ['template.apiVersion: Required value', 'template.kind: Required value']],
    ['nullable: null accepted where the schema says nullable', sealedSecret({ data: null, metadata: null }), []],
    ['nullable: null rejected elsewhere', sealedSecret({ immutable: null }),
      ['spec.template.immutable: Invalid value: null: must be of type boolean']],
  ])('%s', (_name, obj, expected) => {
    expect(lines(obj)).toEqual(expected);
  });
});
