/**
 * What the OpenStack and vSphere stacks share: the state backend chosen from the garden's
 * Terraform settings, the inputs of static machines, the names of the Secrets around a stack.
 */
import { ControlPlaneBackend, MachineImageUserDataFormat, Provisioner } from '../../core/types';
import { TerraformStateBackend } from '../../core/types';
import { ResolvedFleet, ResolvedShoot, ResolvedWorkerPool } from '../../resolve/model';
import { staticMachineKey } from '../../core/terraform-names';
import { ShootStackDefinition, StateBackend } from './engine';
import { HOSTNAME_MARK, JoinInputs } from './cloud-init';

/** Names of the join inputs: Terraform variables, and keys of the join Secret that feeds them. */
export const JOIN_TOKEN_VARIABLE = 'join_token';
export const CA_CERT_HASH_VARIABLE = 'ca_cert_hash';

/**
 * Secret in the shoot namespace the runner reads the join inputs from when the shoot has static
 * pools. kubeadm shoots: `join_token` (a bootstrap token valid in the shoot) and `ca_cert_hash`
 * (`sha256:<hash of the CA's public key>`), written by the join CronJob (./join.ts). k0smotron
 * shoots: the Secret k0smotron writes for the JoinTokenRequest of the same name, key `token`.
 */
export function joinSecretName(shoot: ResolvedShoot): string {
  return `${shoot.name}-worker-join`;
}

/** The key of the k0s token in the Secret k0smotron writes for a JoinTokenRequest (see ./join.ts). */
export const K0S_TOKEN_KEY = 'token';

/** tofu-controller `varsKeys` of the join Secret: `<key in the Secret>:<variable>` (runner/server_generate_tf_vars.go parseRenamePattern). */
export function joinVarsKeys(shoot: ResolvedShoot): string[] {
  return shoot.backend === ControlPlaneBackend.K0SMOTRON
    ? [`${K0S_TOKEN_KEY}:${JOIN_TOKEN_VARIABLE}`]
    : [JOIN_TOKEN_VARIABLE, CA_CERT_HASH_VARIABLE];
}

/** Secret in the shoot namespace tofu-controller writes the stack's outputs to, for later stages. */
export function outputsSecretName(shoot: ResolvedShoot): string {
  return `${shoot.name}-infrastructure`;
}

/** The pools whose machines the stack creates. */
export function staticPools(shoot: ResolvedShoot): ResolvedWorkerPool[] {
  return shoot.workers.filter((w) => w.provisioner === Provisioner.TERRAFORM);
}

/** The machines of a static pool: `for_each` key (`<zone>-<index>`) to zone, in zone order. */
export function staticMachines(pool: ResolvedWorkerPool): Array<{ key: string; zone: string }> {
  const out: Array<{ key: string; zone: string }> = [];
  for (const share of pool.zoneShares) {
    for (let i = 0; i < share.minimum; i++) out.push({ key: staticMachineKey(share.zone, i), zone: share.zone });
  }
  return out;
}

/** Where a shoot's state is kept, from the garden's Terraform settings. */
export function stateBackendFor(fleet: ResolvedFleet, shoot: ResolvedShoot): StateBackend {
  const settings = fleet.terraform;
  switch (settings.stateBackend ?? TerraformStateBackend.KUBERNETES) {
    case TerraformStateBackend.S3: {
      const s3 = settings.s3!;
      const prefix = (s3.keyPrefix ?? fleet.name).replace(/\/+$/, '');
      return StateBackend.s3({
        bucket: s3.bucket,
        key: `${prefix}/${shoot.key}/terraform.tfstate`,
        region: s3.region,
        endpoint: s3.endpoint,
      });
    }
    case TerraformStateBackend.HTTP: {
      const http = settings.http!;
      const address = `${http.address.replace(/\/+$/, '')}/${shoot.key}`;
      const locking = http.locking ?? true;
      return StateBackend.http({
        address,
        lockAddress: locking ? `${address}/lock` : undefined,
        unlockAddress: locking ? `${address}/lock` : undefined,
        lockMethod: locking ? http.lockMethod : undefined,
        unlockMethod: locking ? http.unlockMethod : undefined,
      });
    }
    default:
      return StateBackend.kubernetes({ secretSuffix: shoot.technicalId, namespace: shoot.technicalId });
  }
}

/**
 * Declares the join inputs of static machines and `local.join_ready`, which is true once they
 * have a value. Until the join Secret exists the stack plans without static machines: the rest of
 * the infrastructure (and then the control plane that the token is made for) can come first.
 * kubeadm joins need the token and the CA hash; k0s tokens carry the CA themselves.
 */
export function addJoinInputs(stack: ShootStackDefinition, shoot: ResolvedShoot): JoinInputs {
  const k0s = shoot.backend === ControlPlaneBackend.K0SMOTRON;
  stack.addSensitiveVariable(JOIN_TOKEN_VARIABLE, {
    description: k0s
      ? `k0s worker join token of ${shoot.technicalId} (from Secret ${joinSecretName(shoot)}, written by k0smotron)`
      : `Bootstrap token static workers of ${shoot.technicalId} join with (from Secret ${joinSecretName(shoot)})`,
    default: '',
  });
  if (k0s) {
    stack.local('join_ready', `\${nonsensitive(var.${JOIN_TOKEN_VARIABLE} != "")}`);
    return { token: `var.${JOIN_TOKEN_VARIABLE}` };
  }
  stack.addSensitiveVariable(CA_CERT_HASH_VARIABLE, {
    description: `Hash of the CA of ${shoot.technicalId}, sha256:<hex> (from Secret ${joinSecretName(shoot)})`,
    default: '',
  });
  stack.local('join_ready', `\${nonsensitive(var.${JOIN_TOKEN_VARIABLE} != "" && var.${CA_CERT_HASH_VARIABLE} != "")}`);
  return { token: `var.${JOIN_TOKEN_VARIABLE}`, caCertHash: `var.${CA_CERT_HASH_VARIABLE}` };
}

/**
 * The user data a machine gets from its pool's: Ignition user data names no host, so each machine
 * gets its own name in place of the stand-in (cloud-init takes the name from the metadata).
 */
export function machineUserData(pool: ResolvedWorkerPool, local: string, machineName: string): string {
  return pool.userDataFormat === MachineImageUserDataFormat.IGNITION
    ? `\${replace(local.${local}, "${HOSTNAME_MARK}", "${machineName}")}`
    : `\${local.${local}}`;
}

/** `for_each` over a machines local that yields nothing until the join inputs are there. */
export function gatedForEach(machinesLocal: string): string {
  return `\${{ for key, machine in local.${machinesLocal} : key => machine if local.join_ready }}`;
}

/** `${<address>.<attribute>}`. */
export function ref(address: string, attribute: string): string {
  return `\${${address}.${attribute}}`;
}
