/**
 * Checks of the infrastructure settings of shoots and worker pools (OpenStack, vSphere):
 * what the Terraform stack renderers need beyond the Gardener fields.
 */
import { CloudProfile } from '../cloudprofile/cloud-profile';
import { ErrorList } from '../core/errors';
import { ProviderType, Provisioner } from '../core/types';
import { WorkerPool } from '../worker-pool/worker-pool';
import { Shoot } from './shoot';

/** Validates a shoot's provider settings against its provider and CloudProfile. */
export function validateInfrastructureSettings(shoot: Shoot, provider: ProviderType, errs: ErrorList): void {
  const p = shoot.props;
  if (p.openstack && provider !== ProviderType.OPENSTACK) errs.forbidden('spec.provider.infrastructureConfig', 'openstack', `OpenStack settings on a ${provider} shoot`);
  if (p.vsphere && provider !== ProviderType.VSPHERE) errs.forbidden('spec.provider.infrastructureConfig', 'vsphere', `vSphere settings on a ${provider} shoot`);
  const os = p.openstack;
  const cfg = p.cloudProfile?.props.openstack;
  if (os && cfg && provider === ProviderType.OPENSTACK) {
    const pools = cfg.floatingPools.filter((f) => f.region === undefined || f.region === p.region).map((f) => f.name);
    if (os.floatingPoolName !== undefined && !pools.includes(os.floatingPoolName)) {
      errs.notSupported('spec.provider.infrastructureConfig.floatingPoolName', os.floatingPoolName, pools);
    }
    const lbs = (cfg.loadBalancerProviders ?? [{ name: 'amphora' }]).filter((l) => l.region === undefined || l.region === p.region).map((l) => l.name);
    if (os.loadBalancerProvider !== undefined && !lbs.includes(os.loadBalancerProvider)) {
      errs.notSupported('spec.provider.controlPlaneConfig.loadBalancerProvider', os.loadBalancerProvider, lbs);
    }
    if (os.existingRouterId !== undefined && !os.existingRouterId) errs.required('spec.provider.infrastructureConfig.networks.router.id');
    if (os.existingNetworkId !== undefined && !os.existingNetworkId) errs.required('spec.provider.infrastructureConfig.networks.id');
  }
}

/** Validates a worker pool's provider settings. */
export function validateWorkerInfrastructureSettings(
  pool: WorkerPool, field: string, _provisioner: Provisioner, profile: CloudProfile | undefined, errs: ErrorList,
): void {
  const provider = profile?.type;
  if (pool.props.openstack && provider !== undefined && provider !== ProviderType.OPENSTACK) {
    errs.forbidden(`${field}.providerConfig`, 'openstack', `OpenStack settings on a ${provider} pool`);
  }
  if (pool.props.vsphere && provider !== undefined && provider !== ProviderType.VSPHERE) {
    errs.forbidden(`${field}.providerConfig`, 'vsphere', `vSphere settings on a ${provider} pool`);
  }
}
