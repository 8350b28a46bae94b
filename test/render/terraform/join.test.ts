/**
 * Static workers that join: the producer of the join Secret (CronJob + RBAC for kubeadm shoots, a
 * JoinTokenRequest for k0smotron), the CA hash computed as kubeadm does, Ignition user data for
 * Flatcar, escaping of hostile labels, and the convergence check that requires the producer.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ControlPlaneBackend, ProviderType } from '../../../lib';
import { RenderedTree } from '../../../lib/core/manifest';
import { checkSecretReferences } from '../../../lib/pipeline/secret-references';
import { renderSeed } from '../../../lib/pipeline/render';
import { joinUserData } from '../../../lib/render/terraform/cloud-init';
import { JOIN_PRODUCER_IMAGE, JOIN_SCRIPT, joinSchedule } from '../../../lib/render/terraform/join';
import { renderInfrastructure } from '../../../lib/render/terraform';
import { terraformPlan, terraformValidate, formatDiagnostics } from '../../support/terraform';
import { JOIN_VARIABLES, cleanUpStacks, resolve, smallFleet, staticPool, writeStack } from './fleets';

afterAll(cleanUpStacks);

function seedTree(backend?: ControlPlaneBackend, provider = ProviderType.OPENSTACK, flatcar = false): RenderedTree {
  const fleet = resolve(smallFleet({ provider, backend, pools: [['static', staticPool(flatcar ? { image: { name: 'flatcar' } } : {})]] }));
  const tree: RenderedTree = new Map();
  renderSeed(fleet, fleet.seeds[0], tree);
  return tree;
}
const objectsOf = (tree: RenderedTree) => [...tree.entries()].flatMap(([p, f]) => (f.kind === 'manifests' ? f.objects.map((o) => ({ path: p, o })) : []));

describe('the join Secret producer of kubeadm shoots', () => {
  test.each([
    [ControlPlaneBackend.KAMAJI, { secretName: 'edge-admin-kubeconfig', items: [{ key: 'admin.svc', path: 'kubeconfig' }] }],
    [ControlPlaneBackend.CLUSTER_API, { secretName: 'edge-kubeconfig', items: [{ key: 'value', path: 'kubeconfig' }] }],
  ])('%s: CronJob, ServiceAccount, Role and RoleBinding in the system-components stage', (backend, volume) => {
    const objects = objectsOf(seedTree(backend));
    const cron = objects.find((x) => x.o.kind === 'CronJob')!;
    expect(cron.path).toBe('seeds/seed-1/shoots/retail--edge/system-components/system-components.yaml');
    const c = cron.o as any;
    expect(c.metadata).toMatchObject({ name: 'worker-join', namespace: 'shoot--retail--edge', annotations: { 'seedbed.io/writes-secret-name': 'edge-worker-join' } });
    expect(c.spec.schedule).toMatch(/^[0-9]-59\/10 \* \* \* \*$/);
    expect(c.spec.concurrencyPolicy).toBe('Forbid');
    const pod = c.spec.jobTemplate.spec.template.spec;
    expect(pod.serviceAccountName).toBe('worker-join');
    expect(pod.containers[0].image).toBe(JOIN_PRODUCER_IMAGE);
    expect(pod.containers[0].image).toMatch(/^docker\.io\/library\/node:\d+\.\d+\.\d+-alpine\d+\.\d+$/);
    expect(pod.volumes.find((v: any) => v.name === 'shoot-kubeconfig').secret).toEqual(volume);
    const env = Object.fromEntries(pod.containers[0].env.map((e: any) => [e.name, e.value]));
    expect(env).toMatchObject({
      JOIN_SECRET_NAMESPACE: 'shoot--retail--edge', JOIN_SECRET_NAME: 'edge-worker-join', TOKEN_TTL_HOURS: '24', TOKEN_RENEW_BEFORE_HOURS: '12',
      BOOTSTRAP_TOKEN_GROUPS: 'system:bootstrappers:kubeadm:default-node-token',
    });
    const role = objects.find((x) => x.o.kind === 'Role' && x.o.metadata.name === 'worker-join')!.o as any;
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['secrets'], verbs: ['create'] },
      { apiGroups: [''], resources: ['secrets'], resourceNames: ['edge-worker-join'], verbs: ['get', 'update'] },
    ]);
    const binding = objects.find((x) => x.o.kind === 'RoleBinding' && x.o.metadata.name === 'worker-join')!.o as any;
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'worker-join', namespace: 'shoot--retail--edge' }]);
    // No secret value anywhere in the output: the only Secret data is what the CronJob writes at run time.
    expect(objects.filter((x) => x.o.kind === 'Secret')).toEqual([]);
  });

  test('the schedule is spread by shoot and stable', () => {
    const fleet = resolve(smallFleet({ provider: ProviderType.OPENSTACK }));
    expect(joinSchedule(fleet.shoots[0])).toBe(joinSchedule(fleet.shoots[0]));
  });

  test('the convergence check fails when nothing produces the join Secret', () => {
    const fleet = resolve(smallFleet({ provider: ProviderType.OPENSTACK }));
    const tree = seedTree();
    expect(checkSecretReferences(fleet, tree).problems).toEqual([]);
    const file = 'seeds/seed-1/shoots/retail--edge/system-components/system-components.yaml';
    const f = tree.get(file)! as { kind: 'manifests'; objects: any[] };
    tree.set(file, { kind: 'manifests', objects: f.objects.filter((o) => o.kind !== 'CronJob') });
    expect(checkSecretReferences(fleet, tree).problems).toEqual([
      'seed seed-1: seeds/seed-1/shoots/retail--edge/infrastructure/infrastructure.yaml: Terraform shoot--retail--edge/infrastructure spec.varsFrom[0]: '
      + 'Secret shoot--retail--edge/edge-worker-join is neither rendered, nor made by a controller, nor a declared prerequisite of the seed',
    ]);
  });
});

describe('the CA hash is computed as kubeadm computes it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-join-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const script = path.join(dir, 'join.js');
  fs.writeFileSync(script, JOIN_SCRIPT);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const join = require(script);

  test.each([['rsa:2048'], ['ec']])('%s CA: sha256 of the DER SubjectPublicKeyInfo, like openssl pkey | sha256sum', (kind) => {
    const key = path.join(dir, `${kind.replace(':', '')}.key`);
    const crt = path.join(dir, `${kind.replace(':', '')}.crt`);
    const newkey = kind === 'ec' ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'] : ['-newkey', kind];
    execFileSync('openssl', ['req', '-x509', ...newkey, '-nodes', '-keyout', key, '-out', crt, '-days', '1', '-subj', '/CN=kubernetes'], { stdio: 'ignore' });
    const der = execFileSync('openssl', ['x509', '-in', crt, '-noout', '-pubkey']);
    const spki = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'DER'], { input: der });
    const expected = `sha256:${require('node:crypto').createHash('sha256').update(spki).digest('hex')}`;
    expect(join.caCertHash(fs.readFileSync(crt))).toBe(expected);
  });

  test('reads a client-go kubeconfig and refuses one without credentials', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const text = ['apiVersion: v1', 'clusters:', '- cluster:', `    certificate-authority-data: ${b64('CA')}`, '    server: https://edge.shoot--retail--edge.svc:6443',
      '  name: edge', 'users:', '- name: admin', '  user:', `    client-certificate-data: ${b64('CERT')}`, `    client-key-data: ${b64('KEY')}`, ''].join('\n');
    const k = join.readKubeconfig(text);
    expect(k.server).toBe('https://edge.shoot--retail--edge.svc:6443');
    expect([k.ca.toString(), k.cert.toString(), k.key.toString()]).toEqual(['CA', 'CERT', 'KEY']);
    expect(() => join.readKubeconfig('apiVersion: v1\nclusters: []\n')).toThrow('the shoot kubeconfig needs server');
  });
});

describe('k0smotron shoots join static workers with a k0s token', () => {
  test('a JoinTokenRequest, varsFrom its Secret key token, k0s user data', () => {
    const tree = seedTree(ControlPlaneBackend.K0SMOTRON);
    const objects = objectsOf(tree);
    const jtr = objects.find((x) => x.o.kind === 'JoinTokenRequest')!.o as any;
    expect(jtr.apiVersion).toBe('k0smotron.io/v1beta2');
    expect(jtr.metadata).toMatchObject({ name: 'edge-worker-join', namespace: 'shoot--retail--edge' });
    expect(jtr.spec).toEqual({ clusterName: 'edge', role: 'worker', expiry: '0s' });
    expect(objects.some((x) => x.o.kind === 'CronJob')).toBe(false);
    const tf = objects.find((x) => x.o.kind === 'Terraform')!.o as any;
    expect(tf.spec.varsFrom).toEqual([{ kind: 'Secret', name: 'edge-worker-join', varsKeys: ['token:join_token'], optional: true }]);
    const fleet = resolve(smallFleet({ provider: ProviderType.OPENSTACK, backend: ControlPlaneBackend.K0SMOTRON }));
    expect(checkSecretReferences(fleet, tree).problems).toEqual([]);
    const stack = renderInfrastructure(fleet, fleet.seeds[0], fleet.shoots[0]).stack as any;
    expect(stack.variable.ca_cert_hash).toBeUndefined();
    const userData = stack.locals.user_data_pool_static as string;
    expect(userData).toContain('k0s install worker'.split(' ').map((w) => `'${w}'`).join(' ').replace("'k0s'", "'/opt/bin/k0s'"));
    expect(userData).toContain("'--token-file' '/etc/seedbed/k0s-join-token'");
    expect(userData).toContain('content: ${var.join_token}');
    expect(userData).not.toContain('kubeadm');
  });
});

describe('Ignition user data for Flatcar', () => {
  const fill = (text: string) => text
    .replace(/\$\{urlencode\(var\.join_token\)\}/g, encodeURIComponent(JOIN_VARIABLES.join_token))
    .replace(/\$\{urlencode\(var\.ca_cert_hash\)\}/g, encodeURIComponent(JOIN_VARIABLES.ca_cert_hash));

  test('parses as Ignition 3.3 with the join unit, the join config and the hostname', () => {
    const fleet = resolve(smallFleet({ provider: ProviderType.OPENSTACK, pools: [['static', staticPool({ image: { name: 'flatcar' }, labels: { tier: 'edge' } })]] }));
    const stack = renderInfrastructure(fleet, fleet.seeds[0], fleet.shoots[0]).stack as any;
    const ign = JSON.parse(fill(stack.locals.user_data_pool_static));
    expect(ign.ignition.version).toBe('3.3.0');
    expect(ign.systemd.units).toEqual([expect.objectContaining({ name: 'seedbed-join.service', enabled: true })]);
    expect(ign.systemd.units[0].contents).toContain('ExecStart=/usr/bin/env kubeadm join --config /etc/seedbed/kubeadm-join.yaml');
    const files = Object.fromEntries(ign.storage.files.map((f: any) => [f.path, f]));
    expect(files['/etc/seedbed/kubeadm-join.yaml'].mode).toBe(0o600);
    const join = decodeURIComponent(files['/etc/seedbed/kubeadm-join.yaml'].contents.source.replace(/^data:,/, ''));
    expect(join).toContain(`token: ${JOIN_VARIABLES.join_token}`);
    expect(join).toContain(JOIN_VARIABLES.ca_cert_hash);
    expect(join).toContain('seedbed.io/worker-pool=static,tier=edge');
    expect(files['/etc/hostname'].contents.source).toBe('data:,SEEDBED-MACHINE-HOSTNAME%0A');
    expect(stack.resource.openstack_compute_instance_v2.pool_static.user_data)
      .toBe('${replace(local.user_data_pool_static, "SEEDBED-MACHINE-HOSTNAME", "shoot--retail--edge-static-${each.key}")}');
    expect(stack.resource.openstack_compute_instance_v2.pool_static.lifecycle.ignore_changes).toEqual(['user_data']);
  });

  test('vSphere passes Ignition through guestinfo.ignition.config.data', () => {
    const fleet = resolve(smallFleet({ provider: ProviderType.VSPHERE, pools: [['static', staticPool({ image: { name: 'flatcar' } })]] }));
    const vm = (renderInfrastructure(fleet, fleet.seeds[0], fleet.shoots[0]).stack as any).resource.vsphere_virtual_machine.pool_static;
    expect(vm.extra_config).toEqual({
      'guestinfo.ignition.config.data': '${base64encode(replace(local.user_data_pool_static, "SEEDBED-MACHINE-HOSTNAME", "shoot--retail--edge-static-${each.key}"))}',
      'guestinfo.ignition.config.data.encoding': 'base64',
    });
    expect(vm.lifecycle.ignore_changes).toEqual(['extra_config']);
  });

  test.each([
    ['openstack kamaji', ProviderType.OPENSTACK, undefined],
    ['vsphere kamaji', ProviderType.VSPHERE, undefined],
    ['openstack k0smotron', ProviderType.OPENSTACK, ControlPlaneBackend.K0SMOTRON],
  ])('%s Flatcar stack passes terraform validate and plan offline', async (_n, provider, backend) => {
    const fleet = resolve(smallFleet({ provider, backend, pools: [['static', staticPool({ image: { name: 'flatcar' } })]] }));
    const doc = renderInfrastructure(fleet, fleet.seeds[0], fleet.shoots[0]).stack as any;
    const variables = backend ? { join_token: JOIN_VARIABLES.join_token } : JOIN_VARIABLES;
    const dir = writeStack(doc);
    const [v, p] = await Promise.all([terraformValidate(dir, { variables }), terraformPlan(dir, { variables })]);
    expect(formatDiagnostics(v.diagnostics)).toBe('');
    expect(formatDiagnostics(p.diagnostics)).toBe('');
    expect(p.ok).toBe(true);
    expect(p.changes.filter((c) => /^(openstack_compute_instance_v2|vsphere_virtual_machine)\./.test(c.address)).length).toBe(3);
  }, 120000);
});

describe('hostile labels and taints cannot inject Terraform template syntax', () => {
  const fleet = resolve(smallFleet({ provider: ProviderType.OPENSTACK }));
  const seed = fleet.seeds[0];
  const base = fleet.shoots[0];
  const pool = { ...base.workers[0], labels: { 'x/${file("/etc/passwd")}': '%{ for x in [1] }${x}%{ endfor }' }, taints: [{ key: '${var.join_token}', value: "'; rm -rf / #", effect: 'NoSchedule' }] } as any;
  const inputs = { token: 'var.join_token', caCertHash: 'var.ca_cert_hash' };
  // Every ${ or %{ left unescaped must be one of ours.
  const unescaped = (text: string) => [...text.matchAll(/(?<![$%])[$%]\{[^}]*\}/g)].map((m) => m[0]);

  test.each([
    ['cloud-config, kubeadm', { ...base }, 'cloud-config'],
    ['ignition, kubeadm', { ...base }, 'ignition'],
    ['cloud-config, k0s', { ...base, backend: ControlPlaneBackend.K0SMOTRON }, 'cloud-config'],
    ['ignition, k0s', { ...base, backend: ControlPlaneBackend.K0SMOTRON }, 'ignition'],
  ])('%s', (_n, shoot, format) => {
    const text = joinUserData({ seed, shoot: shoot as any, pool: { ...pool, userDataFormat: format }, inputs });
    const ours = format === 'ignition'
      ? ['${urlencode(var.join_token)}', '${urlencode(var.ca_cert_hash)}']
      : ['${var.join_token}', '${var.ca_cert_hash}'];
    expect(unescaped(text).every((m) => ours.includes(m))).toBe(true);
    expect(unescaped(text).length).toBeGreaterThan(0);
  });
});
