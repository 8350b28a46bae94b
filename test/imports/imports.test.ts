import * as fs from 'fs';
import { KubeConfigMap } from '../../lib/imports/k8s';
import * as path from 'path';
import { Testing } from 'cdk8s';
import * as capi from '../../lib/imports/cluster.x-k8s.io';
import * as fluxKustomize from '../../lib/imports/kustomize.toolkit.fluxcd.io';
import * as k8s from '../../lib/imports/k8s';
import * as kamaji from '../../lib/imports/kamaji.clastix.io';
import * as tofu from '../../lib/imports/infra.contrib.fluxcd.io';
import { SchemaRegistry } from '../../lib/schema';

const importsDir = path.join(__dirname, '..', '..', 'lib', 'imports');
const registry = SchemaRegistry.load();

describe('generated L1 classes', () => {
  test('instantiated in a chart, they synthesize objects that validate clean', () => {
    const chart = Testing.chart();
    new k8s.KubeNamespace(chart, 'ns', { metadata: { name: 'shoot--acme--api' } });
    new k8s.KubePodDisruptionBudget(chart, 'pdb', {
      metadata: { name: 'kube-apiserver', namespace: 'shoot--acme--api' },
      spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: { app: 'kube-apiserver' } } },
    });
    new kamaji.TenantControlPlane(chart, 'tcp', {
      metadata: { name: 'api', namespace: 'shoot--acme--api' },
      spec: {
        dataStore: 'pooled-etcd-1',
        controlPlane: {
          deployment: { replicas: 2 },
          service: { serviceType: kamaji.TenantControlPlaneSpecControlPlaneServiceServiceType.LOAD_BALANCER },
        },
        kubernetes: {
          version: 'v1.33.4',
          kubelet: { cgroupfs: kamaji.TenantControlPlaneSpecKubernetesKubeletCgroupfs.SYSTEMD, configurationJsonPatches: [{ op: kamaji.TenantControlPlaneSpecKubernetesKubeletConfigurationJsonPatchesOp.ADD, path: '/maxPods', value: 120 }] },
        },
        networkProfile: { port: 6443 },
      },
    });
    new fluxKustomize.Kustomization(chart, 'ks', {
      metadata: { name: 'acme--api', namespace: 'flux-system' },
      spec: {
        interval: '10m',
        prune: true,
        sourceRef: { kind: fluxKustomize.KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: 'platform' },
        dependsOn: [{ name: 'acme--api--infrastructure' }],
      },
    });
    new tofu.Terraform(chart, 'tf', {
      metadata: { name: 'acme--api--infrastructure', namespace: 'flux-system' },
      spec: { interval: '10m', path: './terraform/seed-1/acme--api', sourceRef: { kind: tofu.TerraformSpecSourceRefKind.GIT_REPOSITORY, name: 'platform' } },
    });
    new capi.Cluster(chart, 'cluster', {
      metadata: { name: 'api', namespace: 'shoot--acme--api' },
      spec: { controlPlaneRef: { apiGroup: 'controlplane.cluster.x-k8s.io', kind: 'KamajiControlPlane', name: 'api' } },
    });

    const manifests = Testing.synth(chart);
    expect(manifests.map((m) => `${m.apiVersion} ${m.kind}`)).toEqual([
      'v1 Namespace',
      'policy/v1 PodDisruptionBudget',
      'kamaji.clastix.io/v1alpha1 TenantControlPlane',
      'kustomize.toolkit.fluxcd.io/v1 Kustomization',
      'infra.contrib.fluxcd.io/v1alpha2 Terraform',
      'cluster.x-k8s.io/v1beta2 Cluster',
    ]);
    // Renamed properties go back to their upstream spelling.
    expect(manifests[2].spec.kubernetes.kubelet.configurationJSONPatches).toEqual([{ op: 'add', path: '/maxPods', value: 120 }]);
    for (const m of manifests) {
      expect(registry.validate(m).map((p) => `${m.kind} ${p.field}: ${p.message}`)).toEqual([]);
    }
  });

  test('toJson() of a single object validates clean and a broken one does not', () => {
    const chart = Testing.chart();
    const ds = new kamaji.DataStore(chart, 'ds', {
      metadata: { name: 'pooled-etcd-1' },
      spec: {
        driver: kamaji.DataStoreSpecDriver.ETCD,
        endpoints: ['etcd-0.etcd:2379'],
        tlsConfig: {
          certificateAuthority: {
            certificate: { secretReference: { name: 'etcd-ca', namespace: 'kamaji-system', keyPath: 'ca.crt' } },
            privateKey: { secretReference: { name: 'etcd-ca', namespace: 'kamaji-system', keyPath: 'ca.key' } },
          },
          clientCertificate: {
            certificate: { secretReference: { name: 'etcd-client', namespace: 'kamaji-system', keyPath: 'tls.crt' } },
            privateKey: { secretReference: { name: 'etcd-client', namespace: 'kamaji-system', keyPath: 'tls.key' } },
          },
        },
      },
    });
    expect(registry.validate(ds.toJson())).toEqual([]);
    const json = ds.toJson();
    delete json.spec.tlsConfig.clientCertificate.privateKey;
    expect(registry.validate(json).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'spec: CEL rule not evaluable: field not found: privateKey (rule: (self.driver == "etcd") ? (self.tlsConfig != null && (has(self.tlsConfig.clientCertificate.privateKey.secretReference) || has(self.tlsConfig.clientCertificate.privateKey.content))) : true)',
      'spec.tlsConfig.clientCertificate.privateKey: Required value',
    ]);
  });
});

describe('lib/imports', () => {
  test('index.ts exports every group as a namespace', () => {
    const index = fs.readFileSync(path.join(importsDir, 'index.ts'), 'utf8');
    const namespaces = [...index.matchAll(/^export \* as (\w+) from '\.\/(.+)';$/gm)].map((m) => `${m[1]}=${m[2]}`);
    expect(namespaces).toEqual([
      'admiralty=multicluster.admiralty.io',
      'argocd=argoproj.io',
      'capi=cluster.x-k8s.io',
      'capiAddons=addons.cluster.x-k8s.io',
      'capiBootstrap=bootstrap.cluster.x-k8s.io',
      'capiControlPlane=controlplane.cluster.x-k8s.io',
      'capiInfrastructure=infrastructure.cluster.x-k8s.io',
      'clusternetApps=apps.clusternet.io',
      'clusternetClusters=clusters.clusternet.io',
      'clusterpedia=cluster.clusterpedia.io',
      'fluxHelm=helm.toolkit.fluxcd.io',
      'fluxKustomize=kustomize.toolkit.fluxcd.io',
      'fluxSource=source.toolkit.fluxcd.io',
      'k0smotron=k0smotron.io',
      'k8s=k8s',
      'kamaji=kamaji.clastix.io',
      'karmadaPolicy=policy.karmada.io',
      'kubermatic=kubermatic.k8c.io',
      'liqoCore=core.liqo.io',
      'liqoOffloading=offloading.liqo.io',
      'ocmCluster=cluster.open-cluster-management.io',
      'ocmOperator=operator.open-cluster-management.io',
      'ocmWork=work.open-cluster-management.io',
      'tofu=infra.contrib.fluxcd.io',
    ]);
    for (const [, file] of namespaces.map((n) => n.split('='))) {
      expect(fs.existsSync(path.join(importsDir, `${file}.ts`))).toBe(true);
    }
  });

  test('generated files are marked as generated and carry no upstream descriptions', () => {
    for (const file of fs.readdirSync(importsDir).filter((f) => f.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(importsDir, file), 'utf8');
      expect(text.startsWith('// Generated by scripts/import-crds.ts')).toBe(true);
      // json2jsii turns a schema description into a doc comment line; with descriptions
      // stripped, the only doc lines left are cdk8s' own boilerplate and @schema tags.
      const prose = text.split('\n').filter((l) => /^\s*\* [A-Z][a-z]+ [a-z]+ [a-z]+ /.test(l) && !/Renders |This can be used|Returns the apiVersion|Defines a "|Converts an object/.test(l));
      expect(prose).toEqual([]);
    }
  });

  test('the README says the files are generated and by which script', () => {
    const readme = fs.readFileSync(path.join(importsDir, 'README.md'), 'utf8');
    expect(readme).toContain('generated by `scripts/import-crds.ts`');
    expect(readme).toContain('npm run import:crds');
  });

  test('undefined values are dropped in one pass, keys in order, and a __proto__ key stays a plain property', () => {
    for (const file of fs.readdirSync(importsDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      expect(fs.readFileSync(path.join(importsDir, file), 'utf8')).not.toMatch(/reduce\(\(r, i\) => \(i\[1\] === undefined\) \? r : \(\{ \.\.\.r, \[i\[0\]\]: i\[1\] \}\)/);
    }
    const data: Record<string, string> = { b: '2', a: '1', skipped: undefined as unknown as string };
    Object.defineProperty(data, '__proto__', { value: 'p', enumerable: true, writable: true, configurable: true });
    const m = KubeConfigMap.manifest({ metadata: { name: 'x', labels: { z: 'z', gone: undefined as unknown as string } }, data });
    expect(Object.keys(m.data)).toEqual(['b', 'a', '__proto__']);
    expect(Object.getPrototypeOf(m.data)).toBe(Object.prototype);
    expect(m.data.__proto__).toBe('p');
    expect(m.metadata.labels).toEqual({ z: 'z' });
    expect(Object.keys(m).sort()).toEqual(['apiVersion', 'data', 'kind', 'metadata']);
  });
});
