/**
 * The infrastructure stage: the tofu-controller Terraform object, the runner's service account,
 * how secrets reach the runner, and the health expressions the stage waits with.
 */
import { celEnv, isCelError, parse, plan } from '@bufbuild/cel';
import { parse as parseYaml } from 'yaml';
import { ProviderType, ShootLifecycle, TerraformStateBackend } from '../../../lib';
import { renderShoot } from '../../../lib/pipeline/render';
import { Stage } from '../../../lib/core/stages';
import { TERRAFORM_OBJECT_NAME, joinSecretName, outputsSecretName, renderInfrastructure } from '../../../lib/render/terraform';
import { JOIN_UNIT, apiServerEndpoint, escapeTemplate, joinUserData } from '../../../lib/render/terraform/cloud-init';
import { TERRAFORM_HEALTH_CHECK } from '../../../lib/render/terraform/gitops';
import { SchemaRegistry } from '../../../lib/schema';
import { EXAMPLE_FLEETS, renderOne, resolve, resolveExample, shootsOf, smallFleet, staticPool } from './fleets';

const terraformObject = (objects: any[]) => objects.find((o) => o.kind === 'Terraform');

describe('the Terraform object of a shoot', () => {
  const edge = renderOne(smallFleet({ provider: ProviderType.OPENSTACK }));
  const tf = terraformObject(edge.objects);

  test('lives in the shoot namespace and applies the stack directory from the seed\'s GitRepository', () => {
    expect(tf.apiVersion).toBe('infra.contrib.fluxcd.io/v1alpha2');
    expect(tf.metadata).toMatchObject({ name: TERRAFORM_OBJECT_NAME, namespace: 'shoot--retail--edge' });
    expect(tf.metadata.labels).toMatchObject({ 'seedbed.io/shoot': 'edge', 'seedbed.io/project': 'retail', 'seedbed.io/seed': 'seed-1' });
    expect(tf.spec).toMatchObject({
      interval: '10m',
      approvePlan: 'auto',
      path: './out/terraform/seed-1/retail--edge',
      sourceRef: { kind: 'GitRepository', name: 'seedbed', namespace: 'flux-system' },
      serviceAccountName: 'tf-runner',
      backendConfig: { secretSuffix: 'shoot--retail--edge', inClusterConfig: true },
      destroyResourcesOnDeletion: false,
    });
  });

  test('provider credentials come from the credentials Secret as runner environment, the join inputs from the join Secret', () => {
    expect(tf.spec.runnerPodTemplate.spec.envFrom).toEqual([{ secretRef: { name: 'openstack-credentials' } }]);
    expect(tf.spec.varsFrom).toEqual([{ kind: 'Secret', name: 'edge-worker-join', varsKeys: ['join_token', 'ca_cert_hash'], optional: true }]);
    expect(joinSecretName(resolve(smallFleet({ provider: ProviderType.OPENSTACK })).shoots[0])).toBe('edge-worker-join');
    // The variables the Secret feeds are exactly the stack's variables.
    expect(Object.keys(edge.stack.variable).sort()).toEqual([...tf.spec.varsFrom[0].varsKeys].sort());
  });

  test('every output of the stack is written to the outputs Secret', () => {
    expect(tf.spec.writeOutputsToSecret.name).toBe(outputsSecretName(resolve(smallFleet({ provider: ProviderType.OPENSTACK })).shoots[0]));
    expect(tf.spec.writeOutputsToSecret.outputs).toEqual(Object.keys(edge.stack.output).sort());
  });

  test('the runner service account is bound to tofu-controller\'s runner role in the namespace', () => {
    const sa = edge.objects.find((o) => o.kind === 'ServiceAccount');
    const rb = edge.objects.find((o) => o.kind === 'RoleBinding');
    expect(sa!.metadata).toMatchObject({ name: 'tf-runner', namespace: 'shoot--retail--edge' });
    expect(rb).toMatchObject({
      metadata: { name: 'tf-runner', namespace: 'shoot--retail--edge' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'tf-runner-role' },
      subjects: [{ kind: 'ServiceAccount', name: 'tf-runner', namespace: 'shoot--retail--edge' }],
    });
  });

  test('shoots without static pools read no join Secret', () => {
    const capi = renderOne(smallFleet({ provider: ProviderType.VSPHERE, pools: [['p', { machineType: 'm1.large', volume: { sizeGiB: 50 } }]] }));
    expect(terraformObject(capi.objects).spec.varsFrom).toBeUndefined();
    expect(capi.stack.variable).toBeUndefined();
  });

  test('a decommissioning shoot destroys its infrastructure when the object is deleted', () => {
    const leaving = renderOne(smallFleet({ provider: ProviderType.OPENSTACK, lifecycle: ShootLifecycle.DECOMMISSIONING }));
    expect(terraformObject(leaving.objects).spec.destroyResourcesOnDeletion).toBe(true);
  });

  test('S3 or HTTP state: the stack\'s backend block rules, credentials from their own Secret; settings override defaults', () => {
    const s3 = renderOne(smallFleet({
      provider: ProviderType.OPENSTACK,
      terraform: {
        stateBackend: TerraformStateBackend.S3, s3: { bucket: 'tfstate' }, stateCredentialsSecretName: 'tfstate-s3',
        interval: '30m', runnerServiceAccountName: 'infra-runner', runnerClusterRoleName: 'infra-runner',
      },
    }));
    const spec = terraformObject(s3.objects).spec;
    expect(spec.backendConfig).toEqual({ disable: true });
    expect(spec.runnerPodTemplate.spec.envFrom).toEqual([{ secretRef: { name: 'openstack-credentials' } }, { secretRef: { name: 'tfstate-s3' } }]);
    expect(spec.interval).toBe('30m');
    expect(spec.serviceAccountName).toBe('infra-runner');
    expect(s3.objects.find((o) => o.kind === 'RoleBinding')!.roleRef.name).toBe('infra-runner');
  });

  test('the stage waits for Ready of the current generation', () => {
    expect(edge.healthCheckExprs).toEqual([TERRAFORM_HEALTH_CHECK]);
    const env = celEnv();
    const current = plan(env, parse(TERRAFORM_HEALTH_CHECK.current));
    const failed = plan(env, parse(TERRAFORM_HEALTH_CHECK.failed));
    const object = (generation: number, status?: object) => ({ apiVersion: 'infra.contrib.fluxcd.io/v1alpha2', kind: 'Terraform', metadata: { generation }, ...(status ? { status } : {}) });
    const ready = (s: string) => [{ type: 'Ready', status: s, reason: 'x' }];
    const cases: Array<[object, boolean, boolean]> = [
      [object(1), false, false],
      [object(1, {}), false, false],
      [object(2, { observedGeneration: 2, conditions: ready('True') }), true, false],
      [object(3, { observedGeneration: 2, conditions: ready('True') }), false, false],
      [object(2, { observedGeneration: 2, conditions: ready('Unknown') }), false, false],
      [object(2, { observedGeneration: 2, conditions: ready('False') }), false, true],
    ];
    for (const [o, isCurrent, isFailed] of cases) {
      const c = current(o as any);
      const f = failed(o as any);
      expect(isCelError(c) || isCelError(f)).toBe(false);
      expect({ o, current: c, failed: f }).toEqual({ o, current: isCurrent, failed: isFailed });
    }
  });

  test('the infrastructure stage comes first in the shoot\'s chain', () => {
    const fleet = resolve(smallFleet({ provider: ProviderType.OPENSTACK }));
    const { seed, shoot } = shootsOf(fleet)[0];
    const rendered = renderShoot(fleet, seed, shoot);
    expect([...rendered.stages.keys()][0]).toBe(Stage.INFRASTRUCTURE);
    expect(rendered.stages.get(Stage.INFRASTRUCTURE)!.objects.map((o) => o.kind)).toEqual(['ServiceAccount', 'RoleBinding', 'NetworkPolicy', 'Terraform']);
    expect(rendered.terraform).toEqual(renderInfrastructure(fleet, seed, shoot).stack);
  });
});

describe('every infrastructure object of the example fleets validates against its upstream schema', () => {
  const registry = SchemaRegistry.load();
  test.each(Object.keys(EXAMPLE_FLEETS))('%s', (name) => {
    const fleet = resolveExample(name);
    for (const { seed, shoot } of shootsOf(fleet)) {
      for (const object of renderInfrastructure(fleet, seed, shoot).objects) {
        expect({ shoot: shoot.key, kind: object.kind, problems: registry.validate(object) }).toEqual({ shoot: shoot.key, kind: object.kind, problems: [] });
      }
    }
  });
});

describe('cloud-init user data of static machines', () => {
  const fleet = resolve(smallFleet({
    provider: ProviderType.VSPHERE,
    vsphere: { sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq1Tz5m3Jf0bq8vV7dQ0yXk2cUu9rWnP4sLhE6gA1tB ops@acme.example' },
    pools: [
      ['new', staticPool({ labels: { 'acme.example/tier': 'edge' }, taints: [{ key: 'acme.example/edge', value: 'true', effect: 'NoSchedule' as any }] })],
      ['old', staticPool({ kubernetesVersion: '1.30.14' })],
    ],
  }));
  const { seed, shoot } = shootsOf(fleet)[0];
  const inputs = { token: 'var.join_token', caCertHash: 'var.ca_cert_hash' };
  const text = (pool: string) => joinUserData({ seed, shoot, pool: shoot.workers.find((w) => w.name === pool)!, inputs, sshPublicKey: shoot.vsphere?.sshPublicKey });
  /** What the machine receives once Terraform has put the join inputs in. */
  const applied = (t: string) => t.replace('${var.join_token}', 'abcdef.0123456789abcdef').replace('${var.ca_cert_hash}', 'sha256:00ff').replace(/\$\$\{/g, '${');

  test('a #cloud-config that writes the kubeadm join configuration and starts the join unit', () => {
    const t = text('new');
    expect(t.startsWith('#cloud-config\n')).toBe(true);
    const config = parseYaml(applied(t));
    expect(config.ssh_authorized_keys).toEqual([shoot.vsphere!.sshPublicKey]);
    expect(config.runcmd).toEqual([['systemctl', 'daemon-reload'], ['systemctl', 'enable', '--now', '--no-block', JOIN_UNIT]]);
    const join = parseYaml(config.write_files[0].content);
    expect(config.write_files[0]).toMatchObject({ path: '/etc/seedbed/kubeadm-join.yaml', permissions: '0600' });
    expect(join).toEqual({
      apiVersion: 'kubeadm.k8s.io/v1beta4',
      kind: 'JoinConfiguration',
      discovery: { bootstrapToken: { apiServerEndpoint: 'api.shoot--retail--edge.seed-1.acme.example:6443', token: 'abcdef.0123456789abcdef', caCertHashes: ['sha256:00ff'] } },
      nodeRegistration: {
        criSocket: 'unix:///run/containerd/containerd.sock',
        kubeletExtraArgs: [{ name: 'node-labels', value: 'acme.example/tier=edge,seedbed.io/worker-pool=new' }],
        taints: [{ key: 'acme.example/edge', value: 'true', effect: 'NoSchedule' }],
      },
    });
    expect(apiServerEndpoint(seed, shoot)).toBe('api.shoot--retail--edge.seed-1.acme.example:6443');
    expect(config.write_files[1].content).toContain('ExecStart=/usr/bin/env kubeadm join --config /etc/seedbed/kubeadm-join.yaml\nRestart=on-failure');
  });

  test('kubelets older than 1.31 get kubeadm\'s v1beta3 configuration', () => {
    const join = parseYaml(parseYaml(applied(text('old'))).write_files[0].content);
    expect(join.apiVersion).toBe('kubeadm.k8s.io/v1beta3');
    expect(join.nodeRegistration.kubeletExtraArgs).toEqual({ 'node-labels': 'seedbed.io/worker-pool=old' });
  });

  test('only the two join inputs are Terraform references; everything else is literal', () => {
    const refs = text('new').match(/(?<!\$)\$\{[^}]*\}/g);
    expect(refs).toEqual(['${var.ca_cert_hash}', '${var.join_token}']);  // in the emitter's sorted key order
    expect(escapeTemplate('a ${b} %{c} d')).toBe('a $${b} %%{c} d');
  });
});
