/**
 * The system components every seed-managed shoot gets (CNI, cloud controller manager, CSI), as
 * Helm releases installed into the shoot by the seed's helm-controller, and the StorageClasses of
 * its CloudProfile's volume types.
 */
import { ControlPlaneBackend, NetworkingType } from '../../../lib/core/types';
import { Manifest } from '../../../lib/core/manifest';
import { Stage } from '../../../lib/core/stages';
import { renderShoot } from '../../../lib/pipeline/render';
import { CHART_VERSIONS } from '../../../lib/render/addons/system-components';
import { ResolvedFleet } from '../../../lib/resolve/model';
import { EXAMPLE_FLEETS, NOW, renderExample, resolveExample, snapshotInventory } from '../../support/fleets';
import { resolveFleetOrThrow } from '../../../lib/resolve/fleet';

function releasesOf(fleet: ResolvedFleet, key: string): Manifest[] {
  const shoot = fleet.shoots.find((s) => s.key === key)!;
  const seed = fleet.seeds.find((s) => s.name === shoot.seed)!;
  return renderShoot(fleet, seed, shoot).stages.get(Stage.SYSTEM_COMPONENTS)?.objects ?? [];
}
const byName = (objects: Manifest[], name: string): any => objects.find((o) => o.metadata.name === name);

describe('a Kamaji shoot on OpenStack (Cilium by default)', () => {
  const fleet = resolveExample('openstack');
  const releases = releasesOf(fleet, 'shop--prod');

  test('gets Cilium, the OpenStack CCM and Cinder CSI, pinned, from the seed\'s chart sources, into the shoot', () => {
    expect(releases.map((r) => `${r.kind} ${r.metadata.name} ${(r.spec as any).chart.spec.chart}@${(r.spec as any).chart.spec.version}`)).toEqual([
      `HelmRelease cilium cilium@${CHART_VERSIONS.cilium}`,
      `HelmRelease openstack-cloud-controller-manager openstack-cloud-controller-manager@${CHART_VERSIONS.openstackCcm}`,
      `HelmRelease openstack-cinder-csi openstack-cinder-csi@${CHART_VERSIONS.cinderCsi}`,
    ]);
    for (const r of releases as any[]) {
      expect(r.metadata.namespace).toBe('shoot--shop--prod');
      expect(r.spec.kubeConfig).toEqual({ secretRef: { name: 'prod-admin-kubeconfig', key: 'admin.svc' } });
      expect(r.spec.targetNamespace).toBe(r.spec.storageNamespace);
      // Installed without waiting for pods: they need nodes, which join in the next stage.
      expect(r.spec.install.disableWait).toBe(true);
      expect(r.spec.chart.spec.sourceRef.namespace).toBe('flux-system');
    }
  });

  test('Cilium replaces kube-proxy (Kamaji renders none with Cilium) and reaches the API server directly', () => {
    const shoot = fleet.shoots.find((s) => s.key === 'shop--prod')!;
    expect(shoot.networking.type).toBe(NetworkingType.CILIUM);
    expect(byName(releases, 'cilium').spec.values).toEqual({
      k8sServiceHost: 'api.shoot--shop--prod.nord-2.seeds.nordcloud.example',
      k8sServicePort: 6443,
      kubeProxyReplacement: 'true',
      ipam: { mode: 'cluster-pool', operator: { clusterPoolIPv4PodCIDRList: [shoot.networking.pods], clusterPoolIPv4MaskSize: 24 } },
      routingMode: 'tunnel',
      tunnelProtocol: 'vxlan',
      operator: { replicas: 2 },
      hubble: { enabled: false },
    });
  });

  test('the CCM runs on workers, tolerates the taint it lifts, and takes credentials and ids from Secrets in the seed', () => {
    const ccm = byName(releases, 'openstack-cloud-controller-manager').spec;
    expect(ccm.values.nodeSelector).toEqual({ 'node-role.kubernetes.io/control-plane': null });
    expect(ccm.values.tolerations).toContainEqual({ key: 'node.cloudprovider.kubernetes.io/uninitialized', value: 'true', effect: 'NoSchedule' });
    expect(ccm.values.cloudConfig.global).toEqual({ 'auth-url': expect.stringMatching(/^https:\/\//), region: 'eu-nord-1' });
    expect(ccm.valuesFrom).toEqual([
      // The Secret of the shop's declared credentials binding.
      { kind: 'Secret', name: 'openstack-shop', valuesKey: 'OS_APPLICATION_CREDENTIAL_ID', targetPath: 'cloudConfig.global.application-credential-id' },
      { kind: 'Secret', name: 'openstack-shop', valuesKey: 'OS_APPLICATION_CREDENTIAL_SECRET', targetPath: 'cloudConfig.global.application-credential-secret' },
      { kind: 'Secret', name: 'prod-infrastructure', valuesKey: 'floating_network_id', targetPath: 'cloudConfig.loadBalancer.floating-network-id' },
      { kind: 'Secret', name: 'prod-infrastructure', valuesKey: 'subnet_id', targetPath: 'cloudConfig.loadBalancer.subnet-id' },
    ]);
    const csi = byName(releases, 'openstack-cinder-csi').spec;
    expect(csi.dependsOn).toEqual([{ name: 'openstack-cloud-controller-manager' }]);
    expect(csi.values.secret).toEqual({ enabled: true, create: false, name: 'cloud-config', filename: 'cloud.conf' });
  });
});

describe('other backends and CNIs', () => {
  const variant = (edit: (g: any) => void) => {
    const garden = EXAMPLE_FLEETS.openstack();
    edit(garden);
    return resolveFleetOrThrow(garden, { now: NOW, previous: snapshotInventory('openstack') });
  };

  test('k0smotron keeps k0s\'s own Calico: no CNI release, only the cloud provider', () => {
    const fleet = resolveExample('openstack-k0smotron');
    const shoot = fleet.shoots.find((s) => s.backend === ControlPlaneBackend.K0SMOTRON)!;
    expect(shoot.networking.type).toBe(NetworkingType.CALICO);
    expect(releasesOf(fleet, shoot.key).map((r) => r.metadata.name)).toEqual(['openstack-cloud-controller-manager', 'openstack-cinder-csi']);
  });

  test('Calico on a Kamaji shoot: its CRDs chart first, then the operator with the shoot\'s pod range and the API endpoint', () => {
    const fleet = variant((g) => { const s = g.shoots.find((x: any) => x.key === 'shop--prod'); s.props.networking = { ...(s.props.networking ?? {}), type: NetworkingType.CALICO }; });
    const releases = releasesOf(fleet, 'shop--prod');
    expect(releases.map((r) => r.metadata.name)).toEqual(['calico-crds', 'calico', 'openstack-cloud-controller-manager', 'openstack-cinder-csi']);
    const calico = byName(releases, 'calico').spec;
    expect(calico.dependsOn).toEqual([{ name: 'calico-crds' }]);
    expect(calico.values.installation.calicoNetwork.ipPools[0]).toMatchObject({ cidr: '100.96.0.0/11', encapsulation: 'VXLAN' });
    expect(calico.values.kubernetesServiceEndpoint).toEqual({ host: 'api.shoot--shop--prod.nord-2.seeds.nordcloud.example', port: '6443' });
  });

  test('a KubeadmControlPlane brings kube-proxy: Cilium does not replace it', () => {
    const fleet = resolveExample('openstack-cluster-api');
    const shoot = fleet.shoots[0];
    expect(byName(releasesOf(fleet, shoot.key), 'cilium').spec.values.kubeProxyReplacement).toBe('false');
  });

  test('vSphere: CPI and CSI, off the control-plane nodes, credentials from the seed (the vCenter key escaped for Helm)', () => {
    const fleet = resolveExample('vsphere');
    const shoot = fleet.shoots[0];
    const releases = releasesOf(fleet, shoot.key);
    expect(releases.map((r) => r.metadata.name)).toEqual(['cilium', 'vsphere-cpi', 'vsphere-csi']);
    const cpi = byName(releases, 'vsphere-cpi').spec;
    expect(cpi.values.daemonset).toEqual({ affinity: null });
    expect(cpi.valuesFrom.map((v: any) => `${v.valuesKey}→${v.targetPath}`)).toEqual(['username→config.username', 'password→config.password']);
    const csi = byName(releases, 'vsphere-csi').spec;
    const vcenter = shoot.infrastructure.vsphere!.region!.vcenter;
    expect(csi.valuesFrom[0].targetPath).toBe(`global.config.vcenter.${vcenter.replace(/\./g, '\\.')}.user`);
    expect(csi.values.global.config.vcenter[vcenter]).toEqual({
      server: vcenter, datacenters: [shoot.infrastructure.vsphere!.region!.datacenter], thumbprint: shoot.infrastructure.vsphere!.region!.thumbprint,
    });
  });
});

describe('every example fleet', () => {
  test.each(Object.keys(EXAMPLE_FLEETS))('%s: no secret value in any release, each chart source rendered once per seed that uses it', (name) => {
    const { tree } = renderExample(name);
    const all = [...tree.entries()].flatMap(([p, f]) => (f.kind === 'manifests' ? f.objects.map((o) => ({ p, o })) : []));
    const releases = all.filter(({ o }) => o.kind === 'HelmRelease');
    // A value under a key that names a secret (password, token, application-credential-secret, …) would be a leak.
    const leaks: string[] = [];
    const walk = (v: unknown, at: string) => {
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
        if (/password|token|credential-secret|secret-key|^user$|username/i.test(k) && typeof x === 'string') leaks.push(`${at}.${k}`);
        walk(x, `${at}.${k}`);
      }
    };
    for (const { o } of releases) walk((o.spec as any).values, `${o.metadata.namespace}/${o.metadata.name}`);
    expect(leaks).toEqual([]);
    // Gardener shoots get their system components from Gardener's extensions.
    expect(releases.length > 0).toBe(!name.endsWith('-gardener'));
    const repos = all.filter(({ o }) => o.kind === 'HelmRepository');
    for (const { p, o } of releases.filter(({ p }) => p.includes('/system-components/'))) {
      const seed = p.split('/')[1];
      const ref = (o.spec as any).chart.spec.sourceRef;
      expect(repos.filter((r) => r.p.startsWith(`seeds/${seed}/addon-sources/`) && r.o.metadata.name === ref.name)).toHaveLength(1);
    }
  });
});

describe('StorageClasses', () => {
  test('one per usable volume type of the CloudProfile, the first the default, provisioned by the CSI driver', () => {
    const { tree } = renderExample('openstack');
    const addons = (tree.get('seeds/nord-2/shoots/shop--prod/addons/addons.yaml') as any).objects.filter((o: Manifest) => o.kind === 'StorageClass');
    expect(addons.map((c: any) => [c.metadata.name, c.provisioner, c.parameters, c.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'], c.volumeBindingMode])).toEqual([
      ['standard', 'cinder.csi.openstack.org', { type: 'standard' }, 'true', 'WaitForFirstConsumer'],
      ['ssd', 'cinder.csi.openstack.org', { type: 'ssd' }, undefined, 'WaitForFirstConsumer'],
    ]);
    const vs = renderExample('vsphere').tree;
    const shoot = [...vs.keys()].find((p) => p.endsWith('/addons/addons.yaml'))!;
    const classes = (vs.get(shoot) as any).objects.filter((o: Manifest) => o.kind === 'StorageClass');
    expect(classes.map((c: any) => [c.metadata.name, c.provisioner, c.parameters])).toEqual([
      ['vsan-default', 'csi.vsphere.vmware.com', { storagepolicyname: 'vsan-default' }],
      ['vsan-gold', 'csi.vsphere.vmware.com', { storagepolicyname: 'vsan-gold' }],
    ]);
  });
});
