/**
 * User data of static (terraform) worker machines: cloud-config or Ignition, joining the machine to
 * the shoot's hosted control plane with `kubeadm join` (or as a k0s worker for k0smotron shoots),
 * retrying until the control plane answers.
 *
 * The result is a Terraform template string: the join token and CA hash appear only as references
 * to the stack's sensitive variables, so no secret value is ever written into the JSON. Everything
 * else is escaped so that Terraform reads it literally.
 */
import * as semver from 'semver';
import { toYaml } from '../../core/yaml';
import { LABELS } from '../../core/labels';
import { ResolvedSeed, ResolvedShoot, ResolvedWorkerPool } from '../../resolve/model';
import { ControlPlaneBackend, MachineImageUserDataFormat } from '../../core/types';

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
  /** Expression of the CA certificate hash (`sha256:…`), e.g. `var.ca_cert_hash`; none for k0s tokens. */
  readonly caCertHash?: string;
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

/** Where the k0s join token is written on the machine, and the script that installs the k0s worker. */
export const K0S_TOKEN_PATH = '/etc/seedbed/k0s-join-token';
export const K0S_JOIN_SCRIPT_PATH = '/etc/seedbed/k0s-join.sh';
/** Where k0s is installed: writable on every image, Flatcar's read-only /usr included. */
export const K0S_INSTALL_PATH = '/opt/bin';
/** Ignition spec version of the Ignition user data (Flatcar ships Ignition with spec 3.3 support since its 2022 releases). */
export const IGNITION_VERSION = '3.3.0';
/**
 * Stand-in for the machine's name in Ignition user data: Ignition sets no hostname of its own, so
 * the stack replaces it per machine (`replace(local.user_data_<pool>, HOSTNAME_MARK, <name>)`).
 */
export const HOSTNAME_MARK = 'SEEDBED-MACHINE-HOSTNAME';

interface BootFile { readonly path: string; readonly mode: number; readonly content: string }
interface BootUnit { readonly name: string; readonly content: string }

/** Quotes a word for a POSIX shell. */
function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'"'"'`)}'`;
}

/**
 * The systemd unit that joins a machine: a oneshot service, retried every 30 s until it succeeds
 * (the control plane may not answer yet), skipped once the file that joining leaves exists.
 */
function joinUnit(u: { readonly description: string; readonly after: string; readonly joinedWhen: string; readonly service: readonly string[] }): string {
  return [
    '[Unit]',
    `Description=${u.description}`,
    'Wants=network-online.target',
    `After=${u.after}`,
    `ConditionPathExists=!${u.joinedWhen}`,
    '',
    '[Service]',
    'Type=oneshot',
    ...u.service,
    'Restart=on-failure',
    'RestartSec=30',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
}

/** The files and the unit that join a machine with kubeadm (kamaji and cluster-api backends). */
function kubeadmJoin(seed: ResolvedSeed, shoot: ResolvedShoot, pool: ResolvedWorkerPool): { files: BootFile[]; unit: BootUnit } {
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
  const unit = joinUnit({
    description: `Join ${shoot.technicalId} (seedbed)`,
    after: 'network-online.target containerd.service',
    joinedWhen: '/etc/kubernetes/kubelet.conf',
    service: [
      'Environment=PATH=/opt/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      // A failed attempt leaves files behind; start every attempt from a clean node.
      'ExecStartPre=-/usr/bin/env kubeadm reset --force',
      `ExecStart=/usr/bin/env kubeadm join --config ${JOIN_CONFIG_PATH}`,
    ],
  });
  return { files: [{ path: JOIN_CONFIG_PATH, mode: 0o600, content: toYaml(join) }], unit: { name: JOIN_UNIT, content: unit } };
}

/**
 * The files and the unit that join a machine as a k0s worker (k0smotron backend): the k0s token of
 * the shoot's JoinTokenRequest in a file, then what k0smotron's own worker bootstrap runs — download
 * k0s at the pool's version from get.k0s.sh, `k0s install worker --token-file`, `k0s start`
 * (k0sproject/k0smotron v2.1.0: internal/controller/bootstrap/worker_bootstrap_controller.go,
 * internal/controller/util/download.go `DownloadCommands`).
 */
function k0sJoin(shoot: ResolvedShoot, pool: ResolvedWorkerPool): { files: BootFile[]; unit: BootUnit } {
  const nodeLabels: Record<string, string> = { ...pool.labels, [LABELS.pool]: pool.name };
  const labels = Object.keys(nodeLabels).sort().map((k) => `${k}=${nodeLabels[k]}`).join(',');
  const taints = pool.taints.map((t) => `${t.key}${t.value !== undefined ? `=${t.value}` : ''}:${t.effect}`).join(',');
  // k0s is released per Kubernetes version as v<version>+k0s.0 (as the Cluster API k0s pools use).
  const version = `v${pool.kubernetesVersion}+k0s.0`;
  const k0s = `${K0S_INSTALL_PATH}/k0s`;
  const install = [k0s, 'install', 'worker', '--token-file', K0S_TOKEN_PATH, '--enable-cloud-provider', `--labels=${labels}`,
    ...(taints ? [`--taints=${taints}`] : [])];
  const script = [
    '#!/bin/sh',
    'set -eu',
    `mkdir -p ${K0S_INSTALL_PATH}`,
    `if [ ! -x ${k0s} ]; then`,
    `  curl -sSfL --retry 5 https://get.k0s.sh | K0S_INSTALL_PATH=${K0S_INSTALL_PATH} K0S_VERSION=${shellQuote(version)} sh`,
    'fi',
    install.map(shellQuote).join(' '),
    `${k0s} start`,
    '',
  ].join('\n');
  const unit = joinUnit({
    description: `Join ${shoot.technicalId} as a k0s worker (seedbed)`,
    after: 'network-online.target',
    // k0s install writes this unit; once it exists the machine has joined.
    joinedWhen: '/etc/systemd/system/k0sworker.service',
    service: [`ExecStart=/bin/sh ${K0S_JOIN_SCRIPT_PATH}`],
  });
  return {
    files: [
      { path: K0S_TOKEN_PATH, mode: 0o600, content: TOKEN_MARK },
      { path: K0S_JOIN_SCRIPT_PATH, mode: 0o700, content: script },
    ],
    unit: { name: JOIN_UNIT, content: unit },
  };
}

/**
 * The user data of one static pool, as a Terraform template string: `#cloud-config` for
 * cloud-init images, Ignition JSON (spec 3) for Flatcar and other Ignition images; joining with
 * kubeadm, or with k0s for k0smotron shoots.
 */
export function joinUserData(props: UserDataProps): string {
  const { seed, shoot, pool } = props;
  const { files, unit } = shoot.backend === ControlPlaneBackend.K0SMOTRON ? k0sJoin(shoot, pool) : kubeadmJoin(seed, shoot, pool);
  if (pool.userDataFormat === MachineImageUserDataFormat.IGNITION) return ignitionUserData(files, unit, props);
  const config: Record<string, unknown> = {
    ...(props.sshPublicKey ? { ssh_authorized_keys: [props.sshPublicKey.trim()] } : {}),
    write_files: [
      ...files.map((f) => ({ path: f.path, owner: 'root:root', permissions: `0${f.mode.toString(8)}`, content: f.content })),
      { path: `/etc/systemd/system/${unit.name}`, owner: 'root:root', permissions: '0644', content: unit.content },
    ],
    runcmd: [
      ['systemctl', 'daemon-reload'],
      ['systemctl', 'enable', '--now', '--no-block', unit.name],
    ],
  };
  const text = `#cloud-config\n${toYaml(config)}`;
  return escapeTemplate(text)
    .split(TOKEN_MARK).join(`\${${props.inputs.token}}`)
    .split(HASH_MARK).join(`\${${props.inputs.caCertHash}}`);
}

/**
 * Ignition (spec 3.3) user data: the same files, as data URLs, and the join unit, enabled. File
 * contents are percent-encoded, so nothing in them (labels, taints) can read as a Terraform
 * template; the join inputs are spliced in through `urlencode()`. The hostname file holds
 * {@link HOSTNAME_MARK}, which the stack replaces with each machine's name.
 */
function ignitionUserData(files: BootFile[], unit: BootUnit, props: UserDataProps): string {
  const dataUrl = (content: string) => `data:,${encodeURIComponent(content)}`;
  const config = {
    ignition: { version: IGNITION_VERSION },
    ...(props.sshPublicKey ? { passwd: { users: [{ name: 'core', sshAuthorizedKeys: [props.sshPublicKey.trim()] }] } } : {}),
    storage: {
      files: [
        { path: '/etc/hostname', mode: 0o644, overwrite: true, contents: { source: dataUrl(`${HOSTNAME_MARK}\n`) } },
        ...files.map((f) => ({ path: f.path, mode: f.mode, overwrite: true, contents: { source: dataUrl(f.content) } })),
      ],
    },
    systemd: { units: [{ name: unit.name, enabled: true, contents: unit.content }] },
  };
  return escapeTemplate(JSON.stringify(config))
    .split(TOKEN_MARK).join(`\${urlencode(${props.inputs.token})}`)
    .split(HASH_MARK).join(`\${urlencode(${props.inputs.caCertHash})}`);
}

/** Escapes Terraform's template sequences (`${`, `%{`) so the text is taken literally. */
export function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
