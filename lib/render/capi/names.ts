/**
 * Names of the Cluster API objects of a shoot, and of the infrastructure they point at.
 *
 * Everything of a shoot lives in its namespace in the seed (`shoot--<project>--<shoot>`), so
 * names only need to be unique there. The CAPI `Cluster` and the control-plane object are named
 * after the shoot, which keeps the names Kamaji and k0smotron derive from them (the
 * TenantControlPlane, the admin kubeconfig Secret) the same as without Cluster API.
 */
import { sha256Hex } from '../../core/hash';
import { DNS1123_LABEL_MAX } from '../../core/names';
import { ResolvedShoot, ResolvedWorkerPool } from '../../resolve/model';
import { contentHash } from './hash';

/** Name of the shoot's CAPI `Cluster`, of its control-plane object and of its infrastructure cluster. */
export function clusterName(shoot: ResolvedShoot): string {
  return shoot.name;
}

/** Turns any text into a DNS-1123 label part: lower case, runs of other characters become '-'. */
export function labelPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Keeps a name within a DNS-1123 label: too long names are cut and end in a hash of the whole. */
export function fitLabel(name: string, max = DNS1123_LABEL_MAX): string {
  if (name.length <= max) return name;
  const hash = sha256Hex(name).slice(0, 6);
  return `${name.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/**
 * Name of the MachineDeployment of a pool in one zone: `<shoot>-<pool>-<zone>`. Named after the
 * zone (not its position), so adding or removing a zone leaves the other zones' machines alone.
 */
export function machineDeploymentName(shoot: ResolvedShoot, pool: ResolvedWorkerPool, zone: string): string {
  return fitLabel(`${shoot.name}-${pool.name}-${labelPart(zone)}`);
}

/** Name of the MachineHealthCheck of a pool. */
export function machineHealthCheckName(shoot: ResolvedShoot, pool: ResolvedWorkerPool): string {
  return fitLabel(`${shoot.name}-${pool.name}`);
}

/** Name of an immutable template: a base name and the hash of the template's spec. */
export function templateName(base: string, spec: unknown): string {
  const hash = contentHash(spec);
  return `${fitLabel(base, DNS1123_LABEL_MAX - hash.length - 1)}-${hash}`;
}

/**
 * Names a rendered template (`spec.template.spec`) after a hash of what it will apply: the hash
 * is taken from the emitted JSON, so it covers exactly what the API server will see.
 */
export function withTemplateName<T extends { metadata: { name: string } ; spec: { template: { spec: unknown } } }>(base: string, template: T): T {
  return { ...template, metadata: { ...template.metadata, name: templateName(base, template.spec.template.spec) } };
}
