/**
 * Checks on one seed and its DataStores.
 */
import { ErrorList } from '../core/problems';
import { overlaps, validateCidr } from '../core/cidr';
import { validateLabelName, validateLabels, validateQualifiedName, validateSubdomain } from '../core/names';
import { DataStoreDriver, DnsRecordProvider, ProviderType, enumValues, isEnumValue } from '../core/types';
import { DataStore, Seed, ServiceType } from '../model/seed';
import { redactHost } from './urls';
import { validateSeedGardenerDns } from './gardener';

const ENDPOINT = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?):(\d{1,5})$/;

/** Validates a seed's own data; appends to `errs` (scoped to the seed's path). */
export function validateSeed(seed: Seed, errs: ErrorList): void {
  const p = seed.props;
  validateLabelName(errs, 'metadata.name', seed.name);
  if (!isEnumValue(ProviderType as any, p.provider)) {
    errs.notSupported('spec.provider.type', p.provider, enumValues(ProviderType as any));
  }
  const profile = p.cloudProfile;
  if (profile) {
    if (profile.type !== p.provider) {
      errs.invalid('spec.provider.type', p.provider, `must match the type of CloudProfile ${profile.name} (${profile.type})`);
    }
    const region = profile.region(p.region);
    if (!region) {
      errs.notSupported('spec.provider.region', p.region, profile.props.regions.map((r) => r.name), `is not a region of CloudProfile ${profile.name}`);
    } else {
      const zones = region.zones.map((z) => z.name);
      (p.zones ?? []).forEach((z, i) => {
        if (!zones.includes(z)) errs.notSupported(`spec.provider.zones[${i}]`, z, zones, `is not a zone of region ${p.region}`);
      });
    }
  } else if (!p.region) {
    errs.required('spec.provider.region');
  }
  const seenZones = new Set<string>();
  (p.zones ?? []).forEach((z, i) => {
    if (seenZones.has(z)) errs.duplicate(`spec.provider.zones[${i}]`, z);
    seenZones.add(z);
  });
  if (!Number.isInteger(seed.capacity) || seed.capacity < 1) {
    errs.invalid('spec.settings.capacity.shoots', seed.capacity, 'must be a positive integer');
  }
  if (!p.ingressDomain) errs.required('spec.ingress.domain');
  else validateSubdomain(errs, 'spec.ingress.domain', p.ingressDomain);
  validateSeedNetworks(seed, errs);
  validateLabels(errs, 'metadata.labels', p.labels);
  const taintKeys = new Set<string>();
  (p.taints ?? []).forEach((t, i) => {
    validateQualifiedName(errs, `spec.taints[${i}].key`, t.key);
    if (taintKeys.has(t.key)) errs.duplicate(`spec.taints[${i}].key`, t.key);
    taintKeys.add(t.key);
  });
  if (p.backup) {
    if (!p.backup.provider) errs.required('spec.backup.provider');
    if (!p.backup.credentials?.name) errs.required('spec.backup.credentialsRef.name', 'backup credentials must reference a Secret');
    else validateSubdomain(errs, 'spec.backup.credentialsRef.name', p.backup.credentials.name);
  }
  const cp = p.controlPlane;
  if (cp?.serviceType !== undefined && !isEnumValue(ServiceType as any, cp.serviceType)) {
    errs.notSupported('spec.controlPlane.serviceType', cp.serviceType, enumValues(ServiceType as any));
  }
  if (p.zoneLabels !== undefined && typeof p.zoneLabels !== 'boolean') errs.invalid('spec.settings.zoneLabels', p.zoneLabels, 'must be true or false');
  if (p.dns?.provider !== undefined && !isEnumValue(DnsRecordProvider as any, p.dns.provider)) {
    errs.notSupported('spec.dns.provider', p.dns.provider, enumValues(DnsRecordProvider as any));
  }
  validateSeedGardenerDns(p.dns, errs);
  const names = new Set<string>();
  seed.dataStores.forEach((ds, i) => {
    validateDataStore(ds, i, errs.at(ds.node.path));
    if (names.has(ds.name)) errs.at(ds.node.path).duplicate(`spec.dataStores[${i}].name`, ds.name);
    names.add(ds.name);
  });
}

function validateSeedNetworks(seed: Seed, errs: ErrorList): void {
  const n = seed.props.networks;
  if (!n) {
    errs.required('spec.networks');
    return;
  }
  if (!n.pods) errs.required('spec.networks.pods');
  if (!n.services) errs.required('spec.networks.services');
  const parsed = (['nodes', 'pods', 'services'] as const)
    .map((k) => ({ k, c: validateCidr(errs, `spec.networks.${k}`, n[k]) }))
    .filter((x) => x.c !== undefined);
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      if (overlaps(parsed[i].c!, parsed[j].c!)) {
        errs.invalid(`spec.networks.${parsed[j].k}`, n[parsed[j].k], `must not overlap with spec.networks.${parsed[i].k} (${n[parsed[i].k]})`);
      }
    }
  }
}

/** Validates one DataStore (Kamaji's rules: etcd needs TLS with a client certificate; SQL and NATS need TLS or basic auth). */
export function validateDataStore(ds: DataStore, index: number, errs: ErrorList): void {
  const p = ds.props;
  const field = `spec.dataStores[${index}]`;
  if (!ds.name) errs.required(`${field}.name`); else validateSubdomain(errs, `${field}.name`, ds.name);
  if (!isEnumValue(DataStoreDriver as any, p.driver)) {
    errs.notSupported(`${field}.driver`, p.driver, enumValues(DataStoreDriver as any));
  }
  if (!p.endpoints || p.endpoints.length === 0) errs.required(`${field}.endpoints`, 'at least one endpoint is required');
  (p.endpoints ?? []).forEach((e, i) => {
    if (typeof e === 'string' && e.includes('@')) {
      // The DataStore takes its credentials through basicAuth/tlsConfig; its endpoints are "bare IP/FQDN and port"
      // (clastix/kamaji: charts/kamaji/crds/kamaji.clastix.io_datastores.yaml, 26.8.2-edge): user info here would be rendered as is.
      errs.forbidden(`${field}.endpoints[${i}]`, redactHost(e), 'must not carry credentials (user info before @): give them through basicAuth or tlsConfig');
      return;
    }
    const m = ENDPOINT.exec(e);
    if (!m || Number(m[3]) < 1 || Number(m[3]) > 65535) errs.invalid(`${field}.endpoints[${i}]`, e, 'must be host:port');
  });
  if (p.driver === DataStoreDriver.ETCD) {
    if (!p.tls) errs.required(`${field}.tlsConfig`, 'an etcd DataStore needs TLS: a CA Secret (with its key) and a client certificate Secret');
    else if (!p.tls.clientCertificate) errs.required(`${field}.tlsConfig.clientCertificate`, 'an etcd DataStore needs a client certificate Secret');
    if (p.basicAuth) errs.forbidden(`${field}.basicAuth`, p.basicAuth.name, 'etcd DataStores authenticate with client certificates, not basic auth');
  } else if (p.driver !== undefined && !p.tls && !p.basicAuth) {
    errs.required(`${field}.basicAuth`, `a ${p.driver} DataStore needs basic auth or TLS credentials`);
  }
  for (const [key, ref] of [['tlsConfig.certificateAuthority', p.tls?.certificateAuthority], ['tlsConfig.clientCertificate', p.tls?.clientCertificate], ['basicAuth', p.basicAuth]] as const) {
    if (ref !== undefined && !ref?.name) errs.required(`${field}.${key}.secretReference.name`);
    else if (ref) validateSubdomain(errs, `${field}.${key}.secretReference.name`, ref.name);
  }
  if (!Number.isInteger(ds.capacity) || ds.capacity < 1) errs.invalid(`${field}.capacity`, ds.capacity, 'must be a positive integer');
}
