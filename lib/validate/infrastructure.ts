/**
 * Checks of the infrastructure settings of shoots and worker pools (OpenStack, vSphere):
 * what the Terraform stack renderers need beyond the Gardener fields.
 *
 * The Terraform addresses of a shoot's stack are decided here too, from fleet identifiers only
 * (pool names, fixed words), so that the renderer and the checks of `moves`/`imports` agree on
 * them and a refactor of the construct tree never changes one.
 */
import { CloudProfile } from '../model/cloud-profile';
import { canonicalText, isCanonical, parseCidr } from '../core/cidr';
import { ErrorList } from '../core/problems';
import { DNS1123_LABEL_MAX, validateSubdomain } from '../core/names';
import { ProviderType, Provisioner, enumValues, isEnumValue } from '../core/types';
import { redactAddress } from './urls';
import {
  TerraformHttpStateSettings, TerraformS3StateSettings, TerraformSettings, TerraformStateBackend,
} from '../model/garden';
import {
  ServerGroupPolicy, VSphereAntiAffinity, WorkerPool,
} from '../model/worker-pool';
import {
  Shoot, ShootOpenStackSettings, TerraformImport, TerraformMove, VSphereShareLevel,
} from '../model/shoot';

// The Terraform addresses of a shoot's stack (decided in lib/core/terraform-names.ts, checked here).
export {
  DEFAULT_NODE_PORT_MAX, DEFAULT_NODE_PORT_MIN, OPENSTACK_RULES, poolTerraformName, stackResourceAddresses, type StackLayoutInput,
  staticMachineKey, staticMachineName,
} from '../core/terraform-names';
import {
  DEFAULT_NODE_PORT_MAX, DEFAULT_NODE_PORT_MIN, stackResourceAddresses, StackLayoutInput, staticMachineKey, staticMachineName,
} from '../core/terraform-names';

// ---------------------------------------------------------------------------------------------
// shoot settings
// ---------------------------------------------------------------------------------------------

const CONFIG = 'spec.provider.infrastructureConfig';
const SSH_PUBLIC_KEY = /^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\r\n]*)?$/;
/** A resource address, optionally with one instance key: `type.name`, `type.name[0]`, `type.name["key"]`. */
const ADDRESS = /^([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)(\[(\d+|"[^"\\]*")\])?$/;

/** Validates a shoot's provider settings against its provider and CloudProfile. */
export function validateInfrastructureSettings(shoot: Shoot, provider: ProviderType, errs: ErrorList): void {
  const p = shoot.props;
  if (p.openstack && provider !== ProviderType.OPENSTACK) errs.forbidden('spec.provider.infrastructureConfig', 'openstack', `OpenStack settings on a ${provider} shoot`);
  if (p.vsphere && provider !== ProviderType.VSPHERE) errs.forbidden('spec.provider.infrastructureConfig', 'vsphere', `vSphere settings on a ${provider} shoot`);
  const layout: StackLayoutInput = {
    provider,
    openstack: p.openstack,
    vsphere: p.vsphere,
    pools: shoot.workerPools.map((w) => ({
      name: w.name, provisioner: w.props.provisioner ?? Provisioner.CLUSTER_API, openstack: w.props.openstack, vsphere: w.props.vsphere,
    })),
  };
  const os = p.openstack;
  const cfg = p.cloudProfile?.props.openstack;
  if (os && provider === ProviderType.OPENSTACK) {
    if (cfg) {
      const pools = cfg.floatingPools.filter((f) => f.region === undefined || f.region === p.region).map((f) => f.name);
      if (os.floatingPoolName !== undefined && !pools.includes(os.floatingPoolName)) {
        errs.notSupported(`${CONFIG}.floatingPoolName`, os.floatingPoolName, pools);
      }
      const lbs = (cfg.loadBalancerProviders ?? [{ name: 'amphora' }]).filter((l) => l.region === undefined || l.region === p.region).map((l) => l.name);
      if (os.loadBalancerProvider !== undefined && !lbs.includes(os.loadBalancerProvider)) {
        errs.notSupported('spec.provider.controlPlaneConfig.loadBalancerProvider', os.loadBalancerProvider, lbs);
      }
    }
    if (os.existingRouterId !== undefined && !os.existingRouterId) errs.required(`${CONFIG}.networks.router.id`);
    if (os.existingNetworkId !== undefined && !os.existingNetworkId) errs.required(`${CONFIG}.networks.id`);
    validateSshPublicKey(errs, `${CONFIG}.sshPublicKey`, os.sshPublicKey);
    validateNodePorts(errs, os);
    validateMovesAndImports(errs, os.moves, os.imports, 'openstack_', layout);
  }
  const vs = p.vsphere;
  if (vs && provider === ProviderType.VSPHERE) {
    if (vs.network !== undefined && !vs.network) errs.required(`${CONFIG}.network`);
    const dpg = vs.distributedPortGroup;
    if (dpg) {
      const f = `${CONFIG}.distributedPortGroup`;
      if (vs.network !== undefined) errs.forbidden(`${CONFIG}.network`, vs.network, 'must not be set together with distributedPortGroup: the VMs attach to the shoot\'s own port group');
      if (!dpg.switchName) errs.required(`${f}.switchName`);
      if (dpg.vlanId !== undefined && !(Number.isInteger(dpg.vlanId) && dpg.vlanId >= 1 && dpg.vlanId <= 4094)) {
        errs.invalid(`${f}.vlanId`, dpg.vlanId, 'must be a whole number from 1 to 4094');
      }
      if (dpg.name !== undefined && (dpg.name.trim() === '' || dpg.name.length > 80 || /[%/\\]/.test(dpg.name))) {
        errs.invalid(`${f}.name`, dpg.name, "must be 1 to 80 characters without '%', '/' or '\\'");
      }
    }
    const rp = vs.resourcePool;
    if (rp) {
      const f = `${CONFIG}.resourcePool`;
      for (const key of ['cpuShareLevel', 'memoryShareLevel'] as const) {
        const level = rp[key];
        if (level !== undefined && !isEnumValue(VSphereShareLevel as any, level)) errs.notSupported(`${f}.${key}`, level, enumValues(VSphereShareLevel as any));
      }
      for (const [reservation, limit] of [['cpuReservationMHz', 'cpuLimitMHz'], ['memoryReservationMiB', 'memoryLimitMiB']] as const) {
        const r = rp[reservation];
        const l = rp[limit];
        if (r !== undefined && !(Number.isInteger(r) && r >= 0)) errs.invalid(`${f}.${reservation}`, r, 'must be a non-negative whole number');
        if (l !== undefined && !(Number.isInteger(l) && l > 0)) errs.invalid(`${f}.${limit}`, l, 'must be a positive whole number');
        else if (l !== undefined && r !== undefined && r > l) errs.invalid(`${f}.${reservation}`, r, `must not exceed ${limit} (${l})`);
      }
    }
    validateSshPublicKey(errs, `${CONFIG}.sshPublicKey`, vs.sshPublicKey);
    validateMovesAndImports(errs, vs.moves, vs.imports, 'vsphere_', layout);
  }
}

function validateSshPublicKey(errs: ErrorList, field: string, key: string | undefined): void {
  if (key === undefined) return;
  if (!SSH_PUBLIC_KEY.test(key.trim()) || key.trim() !== key.replace(/\n$/, '')) {
    errs.invalid(field, key.length > 40 ? `${key.slice(0, 37)}...` : key, 'must be one SSH public key in OpenSSH format (`ssh-ed25519 AAAA... comment`)');
  }
}

function validateNodePorts(errs: ErrorList, os: ShootOpenStackSettings): void {
  const np = os.nodePorts;
  if (!np) return;
  const f = `${CONFIG}.nodePorts`;
  const min = np.minimum ?? DEFAULT_NODE_PORT_MIN;
  const max = np.maximum ?? DEFAULT_NODE_PORT_MAX;
  let ok = true;
  for (const [key, v] of [['minimum', np.minimum], ['maximum', np.maximum]] as const) {
    if (v !== undefined && !(Number.isInteger(v) && v >= 1 && v <= 65535)) {
      errs.invalid(`${f}.${key}`, v, 'must be a port number from 1 to 65535');
      ok = false;
    }
  }
  if (ok && min > max) errs.invalid(`${f}.minimum`, min, `must not be greater than maximum (${max})`);
  const seen = new Set<string>();
  (np.sourceRanges ?? []).forEach((r, i) => {
    const cidr = parseCidr(r);
    if (!cidr || cidr.address.kind() !== 'ipv4') errs.invalid(`${f}.sourceRanges[${i}]`, r, 'must be an IPv4 CIDR, like 203.0.113.0/24');
    else if (!isCanonical(cidr)) errs.invalid(`${f}.sourceRanges[${i}]`, r, `must be a canonical CIDR (${canonicalText(cidr)})`);
    if (seen.has(r)) errs.duplicate(`${f}.sourceRanges[${i}]`, r);
    seen.add(r);
  });
}

/**
 * `moves` and `imports` must name resources of the shoot's provider, and their targets must be
 * declared by the stack: Terraform silently ignores a move to an undeclared address, and the
 * object at the old address would then be destroyed.
 */
function validateMovesAndImports(
  errs: ErrorList, moves: readonly TerraformMove[] | undefined, imports: readonly TerraformImport[] | undefined,
  typePrefix: string, layout: StackLayoutInput,
): void {
  const declared = new Set(stackResourceAddresses(layout));
  const target = (field: string, address: string | undefined): boolean => {
    if (!address) {
      errs.required(field);
      return false;
    }
    const m = ADDRESS.exec(address);
    if (!m) {
      errs.invalid(field, address, 'must be a resource address: `<type>.<name>`, optionally with an instance key (`[0]` or `["key"]`)');
      return false;
    }
    if (!m[1].startsWith(typePrefix)) {
      errs.invalid(field, address, `must name a resource of the shoot's provider (\`${typePrefix}…\`)`);
      return false;
    }
    return true;
  };
  const froms = new Set<string>();
  (moves ?? []).forEach((mv, i) => {
    const f = `${CONFIG}.moves[${i}]`;
    if (target(`${f}.to`, mv.to)) {
      const resource = ADDRESS.exec(mv.to)!;
      const base = `${resource[1]}.${resource[2]}`;
      if (!declared.has(base)) errs.notSupported(`${f}.to`, mv.to, [...declared], 'is not a resource of the shoot\'s stack');
    }
    if (target(`${f}.from`, mv.from)) {
      if (mv.from === mv.to) errs.invalid(`${f}.from`, mv.from, 'must differ from `to`');
      else if (declared.has(mv.from)) errs.invalid(`${f}.from`, mv.from, 'is still an address of the stack; a move must start from an address the stack no longer has');
      if (froms.has(mv.from)) errs.duplicate(`${f}.from`, mv.from);
      froms.add(mv.from);
    }
  });
  const tos = new Set<string>();
  (imports ?? []).forEach((im, i) => {
    const f = `${CONFIG}.imports[${i}]`;
    if (target(`${f}.to`, im.to)) {
      const resource = ADDRESS.exec(im.to)!;
      if (!declared.has(`${resource[1]}.${resource[2]}`)) errs.notSupported(`${f}.to`, im.to, [...declared], 'is not a resource of the shoot\'s stack');
      if (tos.has(im.to)) errs.duplicate(`${f}.to`, im.to);
      tos.add(im.to);
    }
    if (!im.id || !im.id.trim()) errs.required(`${f}.id`);
  });
}

// ---------------------------------------------------------------------------------------------
// worker pool settings
// ---------------------------------------------------------------------------------------------

/** Validates a worker pool's provider settings. */
export function validateWorkerInfrastructureSettings(
  pool: WorkerPool, field: string, provisioner: Provisioner, profile: CloudProfile | undefined, errs: ErrorList,
): void {
  const provider = profile?.type;
  const os = pool.props.openstack;
  const vs = pool.props.vsphere;
  if (os && provider !== undefined && provider !== ProviderType.OPENSTACK) {
    errs.forbidden(`${field}.providerConfig`, 'openstack', `OpenStack settings on a ${provider} pool`);
  }
  if (vs && provider !== undefined && provider !== ProviderType.VSPHERE) {
    errs.forbidden(`${field}.providerConfig`, 'vsphere', `vSphere settings on a ${provider} pool`);
  }
  if (os?.serverGroupPolicy !== undefined && !isEnumValue(ServerGroupPolicy as any, os.serverGroupPolicy)) {
    errs.notSupported(`${field}.providerConfig.serverGroup.policy`, os.serverGroupPolicy, enumValues(ServerGroupPolicy as any));
  }
  if (vs?.antiAffinity !== undefined) {
    if (!isEnumValue(VSphereAntiAffinity as any, vs.antiAffinity)) {
      errs.notSupported(`${field}.providerConfig.antiAffinity`, vs.antiAffinity, enumValues(VSphereAntiAffinity as any));
    } else if (provisioner !== Provisioner.TERRAFORM) {
      errs.forbidden(`${field}.providerConfig.antiAffinity`, vs.antiAffinity, 'applies only to static (terraform) pools; Cluster API places its own machines');
    }
  }
  // A static machine's name is its host name and node name: a DNS label.
  const shoot = pool.node.scope;
  if (provisioner === Provisioner.TERRAFORM && Shoot.isShoot(shoot)) {
    const zones = pool.props.zones ?? profile?.region(shoot.props.region)?.zones.map((z) => z.name) ?? [];
    const count = Math.max(pool.props.maximum ?? 0, pool.props.minimum ?? 0, 1);
    for (const zone of zones) {
      const name = staticMachineName(shoot.technicalId, pool.name, staticMachineKey(zone, count - 1));
      if (name.length > DNS1123_LABEL_MAX) {
        errs.invalid(`${field}.name`, pool.name, `static machine names such as ${name} are longer than ${DNS1123_LABEL_MAX} characters; use a shorter pool name`);
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// garden settings
// ---------------------------------------------------------------------------------------------

const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;

/** Validates the garden's Terraform settings (`spec.terraform`). */
export function validateTerraformSettings(settings: TerraformSettings | undefined, errs: ErrorList): void {
  if (!settings) return;
  const f = 'spec.terraform';
  const backend = settings.stateBackend ?? TerraformStateBackend.KUBERNETES;
  if (!isEnumValue(TerraformStateBackend as any, backend)) {
    errs.notSupported(`${f}.stateBackend`, backend, enumValues(TerraformStateBackend as any));
  }
  if (backend === TerraformStateBackend.S3) validateS3(errs, `${f}.s3`, settings.s3);
  else if (settings.s3) errs.forbidden(`${f}.s3`, 's3', `only used with the s3 state backend (got ${backend})`);
  if (backend === TerraformStateBackend.HTTP) validateHttp(errs, `${f}.http`, settings.http);
  else if (settings.http) errs.forbidden(`${f}.http`, 'http', `only used with the http state backend (got ${backend})`);
  if (settings.stateCredentialsSecretName !== undefined) validateSubdomain(errs, `${f}.stateCredentialsSecretName`, settings.stateCredentialsSecretName);
  if (settings.interval !== undefined && !GO_DURATION.test(settings.interval)) {
    errs.invalid(`${f}.interval`, settings.interval, 'must be a duration such as `10m` or `1h30m`');
  }
  if (settings.runnerServiceAccountName !== undefined) validateSubdomain(errs, `${f}.runnerServiceAccountName`, settings.runnerServiceAccountName);
  if (settings.runnerClusterRoleName !== undefined && !/^[^/%]+$/.test(settings.runnerClusterRoleName)) {
    errs.invalid(`${f}.runnerClusterRoleName`, settings.runnerClusterRoleName, "must be a ClusterRole name (no '/' or '%')");
  }
}

function validateS3(errs: ErrorList, f: string, s3: TerraformS3StateSettings | undefined): void {
  if (!s3) {
    errs.required(f, 'the s3 state backend needs a bucket');
    return;
  }
  if (!s3.bucket) errs.required(`${f}.bucket`);
  else if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(s3.bucket)) errs.invalid(`${f}.bucket`, s3.bucket, 'must be an S3 bucket name');
  if (s3.keyPrefix !== undefined && (s3.keyPrefix === '' || s3.keyPrefix.startsWith('/') || s3.keyPrefix.split('/').includes('..'))) {
    errs.invalid(`${f}.keyPrefix`, s3.keyPrefix, 'must be a relative object key prefix');
  }
  if (s3.region !== undefined && !s3.region) errs.required(`${f}.region`);
  if (s3.endpoint !== undefined && !isHttpUrl(s3.endpoint)) errs.invalid(`${f}.endpoint`, redactAddress(s3.endpoint), 'must be an http(s) URL');
}

function validateHttp(errs: ErrorList, f: string, http: TerraformHttpStateSettings | undefined): void {
  if (!http) {
    errs.required(f, 'the http state backend needs an address');
    return;
  }
  if (!http.address) errs.required(`${f}.address`);
  else if (!isHttpUrl(http.address)) errs.invalid(`${f}.address`, redactAddress(http.address), 'must be an http(s) URL');
  for (const key of ['lockMethod', 'unlockMethod'] as const) {
    const m = http[key];
    if (m !== undefined && !/^[A-Z]+$/.test(m)) errs.invalid(`${f}.${key}`, m, 'must be an HTTP method in capitals');
  }
}

/** An http(s) URL; user info is left to the credentials check (validate/urls.ts), which refuses it without echoing it. */
function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
