/**
 * Ports every hosted control plane uses, whatever runs it, and how its endpoints are published and spread.
 */
import { DnsRecordProvider } from './types';

/** Port of every hosted API server (Kamaji, k0smotron, KubeadmControlPlane). */
export const API_SERVER_PORT = 6443;

/** Annotation naming the host names external-dns publishes for a Service's addresses. */
export const EXTERNAL_DNS_HOSTNAME_ANNOTATION = 'external-dns.alpha.kubernetes.io/hostname';

/**
 * The annotations that get DNS records made for an API server Service: external-dns's hostname
 * annotation with every name, comma-separated, when the seed's provider is external-dns; none
 * otherwise (or when there are no names).
 */
export function dnsRecordAnnotations(provider: DnsRecordProvider, names: readonly string[]): Record<string, string> {
  return provider === DnsRecordProvider.EXTERNAL_DNS && names.length > 0 ? { [EXTERNAL_DNS_HOSTNAME_ANNOTATION]: names.join(',') } : {};
}

/**
 * How strictly hosted control-plane replicas are spread: over zones strictly only where the
 * seed's nodes carry zone labels (a strict spread over a label no node has leaves pods pending);
 * over hosts always strictly (every node has its host name label).
 */
export function spreadWhenUnsatisfiable(overZones: boolean, seedZoneLabels: boolean): 'DoNotSchedule' | 'ScheduleAnyway' {
  return overZones && !seedZoneLabels ? 'ScheduleAnyway' : 'DoNotSchedule';
}
