/**
 * cloud-init user data of static (terraform) worker machines: it joins the machine to the shoot's
 * hosted control plane with `kubeadm join`, retrying until the control plane answers.
 *
 * The result is a Terraform template string: the join token and CA hash appear only as references
 * to the stack's sensitive variables, so no secret value is ever written into the JSON. Everything
 * else is escaped so that Terraform reads it literally.
 */
import * as semver from 'semver';
import { toYaml } from '../../core/yaml';
import { LABELS } from '../../core/labels';
import { ResolvedSeed, ResolvedShoot, ResolvedWorkerPool } from '../../resolve/model';

/** Where the kubeadm join configuration is written on the machine. */
export const JOIN_CONFIG_PATH = '/etc/seedbed/kubeadm-join.yaml';
/** The systemd unit that joins the machine. */
export const JOIN_UNIT = 'seedbed-join.service';

/** The API server endpoint workers join: `api.<technical id>.<seed ingress domain>:6443`. */
export function apiServerEndpoint(seed: ResolvedSeed, shoot: ResolvedShoot): string {
  return `${shoot.apiServer.seedHost}:${shoot.apiServer.port}`;
}

/** Terraform expressions the user data refers to. */
export interface JoinInputs {
  /** Expression of the bootstrap token, e.g. `var.join_token`. */
  readonly token: string;
  /** Expression of the CA certificate hash (`sha256:…`), e.g. `var.ca_cert_hash`. */
  readonly caCertHash: string;
}

/** Settings of one pool's user data. */
export interface UserDataProps {
  readonly seed: ResolvedSeed;
  readonly shoot: ResolvedShoot;
  readonly pool: ResolvedWorkerPool;
  readonly inputs: JoinInputs;
  /**
   * SSH public key for the default user.
   * @default - none
   */
  readonly sshPublicKey?: string;
}

// Stand-ins replaced by Terraform references after the YAML is written (plain words, so YAML
// leaves them as they are).
const TOKEN_MARK = 'SEEDBED-JOIN-TOKEN-REFERENCE';
const HASH_MARK = 'SEEDBED-CA-CERT-HASH-REFERENCE';

/** The user data (`#cloud-config`) of one static pool, as a Terraform template string. */
export function joinUserData(props: UserDataProps): string {
  const { seed, shoot, pool } = props;
  const nodeLabels: Record<string, string> = { ...pool.labels, [LABELS.pool]: pool.name };
  const labelArg = Object.keys(nodeLabels).sort().map((k) => `${k}=${nodeLabels[k]}`).join(',');
  // kubeadm's v1beta4 config (Kubernetes >= 1.31) lists extra args; v1beta3 maps them.
  const v1beta4 = semver.gte(semver.coerce(pool.kubernetesVersion) ?? '0.0.0', '1.31.0');
  const join = {
    apiVersion: v1beta4 ? 'kubeadm.k8s.io/v1beta4' : 'kubeadm.k8s.io/v1beta3',
    kind: 'JoinConfiguration',
    discovery: {
      bootstrapToken: {
        apiServerEndpoint: apiServerEndpoint(seed, shoot),
        token: TOKEN_MARK,
        caCertHashes: [HASH_MARK],
      },
    },
    nodeRegistration: {
      criSocket: 'unix:///run/containerd/containerd.sock',
      kubeletExtraArgs: v1beta4 ? [{ name: 'node-labels', value: labelArg }] : { 'node-labels': labelArg },
      taints: pool.taints.map((t) => ({ key: t.key, ...(t.value !== undefined ? { value: t.value } : {}), effect: t.effect })),
    },
  };
  const unit = [
    '[Unit]',
    `Description=Join ${shoot.technicalId} (seedbed)`,
    'Wants=network-online.target',
    'After=network-online.target containerd.service',
    'ConditionPathExists=!/etc/kubernetes/kubelet.conf',
    '',
    '[Service]',
    'Type=oneshot',
    'Environment=PATH=/opt/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    // A failed attempt leaves files behind; start every attempt from a clean node.
    'ExecStartPre=-/usr/bin/env kubeadm reset --force',
    `ExecStart=/usr/bin/env kubeadm join --config ${JOIN_CONFIG_PATH}`,
    'Restart=on-failure',
    'RestartSec=30',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
  const config: Record<string, unknown> = {
    ...(props.sshPublicKey ? { ssh_authorized_keys: [props.sshPublicKey.trim()] } : {}),
    write_files: [
      { path: JOIN_CONFIG_PATH, owner: 'root:root', permissions: '0600', content: toYaml(join) },
      { path: `/etc/systemd/system/${JOIN_UNIT}`, owner: 'root:root', permissions: '0644', content: unit },
    ],
    runcmd: [
      ['systemctl', 'daemon-reload'],
      ['systemctl', 'enable', '--now', '--no-block', JOIN_UNIT],
    ],
  };
  const text = `#cloud-config\n${toYaml(config)}`;
  return escapeTemplate(text)
    .split(TOKEN_MARK).join(`\${${props.inputs.token}}`)
    .split(HASH_MARK).join(`\${${props.inputs.caCertHash}}`);
}

/** Escapes Terraform's template sequences (`${`, `%{`) so the text is taken literally. */
export function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
