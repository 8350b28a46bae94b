import { ProviderType } from '../../../lib';
import { contentHash, zoneRollout } from '../../../lib/render/capi';
import { Manifest } from '../../../lib/core/manifest';
import { objectsOf, one, renderFleetFile, renderSmall } from './support';

const MIN = 'cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size';
const MAX = 'cluster.x-k8s.io/cluster-api-autoscaler-node-group-max-size';

describe('MachineDeployments per pool and zone', () => {
  const { tree } = renderSmall();
  const mds = objectsOf(tree, 'MachineDeployment');

  test('one per zone, named after shoot, pool and zone, in the workers stage of the shoot', () => {
    expect(mds.map((m) => m.metadata.name)).toEqual(['web-web-z-a', 'web-web-z-b', 'web-web-z-c']);
    expect(objectsOf(tree, 'MachineDeployment', 'seeds/seed-1/shoots/shop--web/workers/workers.yaml')).toHaveLength(3);
    for (const md of mds) {
      expect(md.metadata.namespace).toBe('shoot--shop--web');
      expect(md.spec.clusterName).toBe('web');
      expect(md.spec.template.spec.clusterName).toBe('web');
      expect(md.spec.template.spec.version).toBe('v1.33.5');
    }
  });

  test('minimum 4 and maximum 8 over three zones: autoscaler bounds 2/3, 1/3, 1/2 and no replicas in Git', () => {
    expect(mds.map((m) => [m.metadata.annotations?.[MIN], m.metadata.annotations?.[MAX], m.spec.replicas])).toEqual([
      ['2', '3', undefined], ['1', '3', undefined], ['1', '2', undefined],
    ]);
  });

  test('a zone with equal minimum and maximum has fixed replicas and no autoscaler annotations', () => {
    const fixed = objectsOf(renderSmall({ minimum: 3, maximum: 3 }).tree, 'MachineDeployment');
    expect(fixed.map((m) => [m.spec.replicas, m.metadata.annotations])).toEqual([[1, undefined], [1, undefined], [1, undefined]]);
  });

  test('a zone that may scale from zero tells the autoscaler what a node offers', () => {
    const md = objectsOf(renderSmall({ minimum: 0, maximum: 3 }).tree, 'MachineDeployment')[0];
    expect(md.metadata.annotations).toEqual({
      [MIN]: '0',
      [MAX]: '1',
      'capacity.cluster-autoscaler.kubernetes.io/cpu': '4',
      'capacity.cluster-autoscaler.kubernetes.io/memory': '8Gi',
      'capacity.cluster-autoscaler.kubernetes.io/labels': 'node.example.com/role=web,worker.gardener.cloud/pool=web',
      'capacity.cluster-autoscaler.kubernetes.io/taints': 'dedicated=web:NoSchedule',
    });
  });

  test('a hibernated shoot has every MachineDeployment at zero, without autoscaler bounds', () => {
    const hibernated = objectsOf(renderSmall({ hibernated: true }).tree, 'MachineDeployment');
    expect(hibernated.map((m) => [m.spec.replicas, m.metadata.annotations])).toEqual([[0, undefined], [0, undefined], [0, undefined]]);
  });

  test('rollout takes the zone shares of maxSurge and maxUnavailable; a 0/0 zone surges one', () => {
    expect(mds.map((m) => m.spec.rollout.strategy)).toEqual([
      { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    ]);
    expect(zoneRollout({ zone: 'a', minimum: 1, maximum: 1, maxSurge: '25%', maxUnavailable: 0 })).toEqual({ maxSurge: '25%', maxUnavailable: 0 });
    expect(zoneRollout({ zone: 'a', minimum: 1, maximum: 1, maxSurge: 0, maxUnavailable: 1 })).toEqual({ maxSurge: 0, maxUnavailable: 1 });
  });

  test('on OpenStack the zone is the machine failure domain; selector and machine labels match', () => {
    mds.forEach((md, i) => {
      expect(md.spec.template.spec.failureDomain).toBe(['z-a', 'z-b', 'z-c'][i]);
      expect(md.spec.selector.matchLabels).toEqual({ 'cluster.x-k8s.io/cluster-name': 'web', 'cluster.x-k8s.io/deployment-name': md.metadata.name });
      expect(md.spec.template.metadata.labels).toEqual({
        ...md.spec.selector.matchLabels,
        'seedbed.io/worker-pool': 'web',
        // Only Cluster API may put node-role labels on nodes; it copies them from the Machine.
        'node-role.kubernetes.io/web': '',
      });
    });
  });

  test('the example fleet: shop/prod pool web (6..30 over three zones, maxSurge 3) spreads like Gardener', () => {
    const { tree: example } = renderFleetFile('openstack');
    const web = ['a', 'b', 'c'].map((z) => one(example, 'MachineDeployment', `prod-web-eu-nord-1${z}`, 'shoot--shop--prod'));
    expect(web.map((m) => [m.metadata.annotations?.[MIN], m.metadata.annotations?.[MAX]])).toEqual([['2', '10'], ['2', '10'], ['2', '10']]);
    expect(web.map((m) => m.spec.rollout.strategy.rollingUpdate)).toEqual([
      { maxSurge: 1, maxUnavailable: 0 }, { maxSurge: 1, maxUnavailable: 0 }, { maxSurge: 1, maxUnavailable: 0 },
    ]);
    // platform/sandbox is hibernated.
    expect(one(example, 'MachineDeployment', 'sandbox-default-eu-sued-1a').spec.replicas).toBe(0);
  });
});

describe('machine and bootstrap templates', () => {
  const { tree, shoot } = renderSmall();
  const md = objectsOf(tree, 'MachineDeployment')[0];
  const osmt = one(tree, 'OpenStackMachineTemplate', md.spec.template.spec.infrastructureRef.name);
  const kct = one(tree, 'KubeadmConfigTemplate', md.spec.template.spec.bootstrap.configRef.name);

  test('the MachineDeployment points at both templates with v1beta2 references', () => {
    expect(md.spec.template.spec.infrastructureRef).toEqual({ apiGroup: 'infrastructure.cluster.x-k8s.io', kind: 'OpenStackMachineTemplate', name: osmt.metadata.name });
    expect(md.spec.template.spec.bootstrap.configRef).toEqual({ apiGroup: 'bootstrap.cluster.x-k8s.io', kind: 'KubeadmConfigTemplate', name: kct.metadata.name });
  });

  test('template names end in a short hash of their spec', () => {
    expect(osmt.metadata.name).toBe(`web-web-${contentHash(osmt.spec.template.spec)}`);
    expect(kct.metadata.name).toBe(`web-web-${contentHash(kct.spec.template.spec)}`);
    expect(osmt.metadata.name).toMatch(/^web-web-[0-9a-f]{8}$/);
  });

  test('the OpenStack template: flavor, Glance image of the CloudProfile, the stack network, subnet and security group by name', () => {
    expect(osmt.spec.template.spec).toEqual({
      flavor: 'm1.large',
      image: { filter: { name: 'gardenlinux-1877.3.0' } },
      ports: [{ network: { filter: { name: shoot.technicalId } }, fixedIPs: [{ subnet: { filter: { name: shoot.technicalId } } }] }],
      securityGroups: [{ filter: { name: shoot.technicalId } }],
    });
  });

  test('the bootstrap template joins with external cloud provider, the pool labels and taints', () => {
    expect(kct.spec.template.spec).toEqual({
      format: 'cloud-config',
      joinConfiguration: {
        nodeRegistration: {
          kubeletExtraArgs: [
            { name: 'cloud-provider', value: 'external' },
            { name: 'node-labels', value: 'node.example.com/role=web,worker.gardener.cloud/pool=web' },
          ],
          taints: [{ key: 'dedicated', value: 'web', effect: 'NoSchedule' }],
        },
      },
    });
  });

  test('one MachineHealthCheck per pool, selecting the pool\'s machines', () => {
    const mhc = one(tree, 'MachineHealthCheck', 'web-web');
    expect(mhc.spec.clusterName).toBe('web');
    expect(mhc.spec.selector).toEqual({ matchLabels: { 'cluster.x-k8s.io/cluster-name': 'web', 'seedbed.io/worker-pool': 'web' } });
    expect(mhc.spec.checks.unhealthyNodeConditions).toEqual([
      { type: 'Ready', status: 'False', timeoutSeconds: 600 },
      { type: 'Ready', status: 'Unknown', timeoutSeconds: 600 },
    ]);
  });
});

describe('changing a pool rotates its templates', () => {
  const names = (tree: Map<string, any>) => {
    const md = objectsOf(tree, 'MachineDeployment');
    return {
      infra: md.map((m: Manifest) => m.spec.template.spec.infrastructureRef.name),
      bootstrap: md.map((m: Manifest) => m.spec.template.spec.bootstrap.configRef.name),
      templates: objectsOf(tree, 'OpenStackMachineTemplate').map((t) => t.metadata.name),
      mds: md.map((m: Manifest) => m.metadata.name),
    };
  };
  const before = names(renderSmall().tree);

  test('a new image version: a new OpenStackMachineTemplate, and every MachineDeployment of the pool points at it', () => {
    const { tree } = renderSmall({ imageVersion: '1877.4.0' });
    const after = names(tree);
    expect(after.templates).toHaveLength(1);
    expect(after.templates[0]).not.toBe(before.templates[0]);
    expect(after.infra).toEqual([after.templates[0], after.templates[0], after.templates[0]]);
    expect(one(tree, 'OpenStackMachineTemplate', after.templates[0]).spec.template.spec.image).toEqual({ filter: { name: 'gardenlinux-1877.4.0' } });
    // The MachineDeployments keep their names (so Cluster API rolls their machines) and the bootstrap is unchanged.
    expect(after.mds).toEqual(before.mds);
    expect(after.bootstrap).toEqual(before.bootstrap);
  });

  test('a new machine type rotates the template too; unchanged input renders the same names', () => {
    expect(names(renderSmall({ machineType: 'm1.xlarge' }).tree).templates[0]).not.toBe(before.templates[0]);
    expect(names(renderSmall().tree)).toEqual(before);
  });

  test('on vSphere a new image rotates every zone\'s template', () => {
    const a = objectsOf(renderSmall({ provider: ProviderType.VSPHERE }).tree, 'MachineDeployment').map((m) => m.spec.template.spec.infrastructureRef.name);
    const b = objectsOf(renderSmall({ provider: ProviderType.VSPHERE, imageVersion: '1877.4.0' }).tree, 'MachineDeployment')
      .map((m) => m.spec.template.spec.infrastructureRef.name);
    expect(new Set(a).size).toBe(3);
    a.forEach((name, i) => expect(b[i]).not.toBe(name));
  });
});

describe('vSphere machine templates', () => {
  const { tree, shoot } = renderSmall({ provider: ProviderType.VSPHERE });

  test('one template per zone, placed in the zone\'s compute cluster under the shoot\'s resource pool and folder', () => {
    const mds = objectsOf(tree, 'MachineDeployment');
    const templates = mds.map((m) => one(tree, 'VSphereMachineTemplate', m.spec.template.spec.infrastructureRef.name).spec.template.spec);
    expect(mds.map((m) => m.spec.template.spec.failureDomain)).toEqual([undefined, undefined, undefined]);
    expect(templates.map((t) => [t.resourcePool, t.datastore])).toEqual([
      [`/DC/host/ca/Resources/k8s/${shoot.technicalId}`, 'ds'],
      [`/DC/host/cb/Resources/k8s/${shoot.technicalId}`, 'ds'],
      [`/DC/host/cc/Resources/k8s/${shoot.technicalId}`, 'ds-c'],
    ]);
    expect(templates[0]).toMatchObject({
      server: 'vc.example.com', datacenter: 'DC', folder: `/DC/vm/k8s/${shoot.technicalId}`, template: 'templates/gl-1877.3',
      cloneMode: 'fullClone', numCPUs: 4, memoryMiB: 8192, diskGiB: 60,
      network: { devices: [{ networkName: 'workers', dhcp4: true }] },
    });
  });
});
