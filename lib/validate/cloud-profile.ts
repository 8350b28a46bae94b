/**
 * Checks on one CloudProfile, independent of the rest of the fleet.
 */
import { X509Certificate } from 'crypto';
import * as ipaddr from 'ipaddr.js';
import { ErrorList, WarningType } from '../core/problems';
import { validateLabelName } from '../core/names';
import { Architecture, CriName, MachineImageUserDataFormat, ProviderType, enumValues, isEnumValue } from '../core/types';
import * as semver from 'semver';
import { ExpirableVersion, VersionClassification, isFullVersion, parseDate } from '../core/versions';
import { CloudProfileProps, MachineImage } from '../model/cloud-profile';
import { redactAddress, redactHost } from './urls';

const IMAGE_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)(\.(0|[1-9]\d*))?$/;

/** Validates a CloudProfile's own data; appends to `errs`. */
export function validateCloudProfile(name: string, props: CloudProfileProps, errs: ErrorList): void {
  validateLabelName(errs, 'metadata.name', name);
  if (!isEnumValue(ProviderType as any, props.type)) {
    errs.notSupported('spec.type', props.type, enumValues(ProviderType as any));
  }
  validateKubernetesVersions(props, errs);
  validateMachineImages(props.machineImages ?? [], errs);
  validateMachineTypes(props, errs);
  validateVolumeTypes(props, errs);
  validateRegions(props, errs);
  const max = props.limits?.maxNodesTotal;
  if (max !== undefined && (!Number.isInteger(max) || max <= 0)) {
    errs.invalid('spec.limits.maxNodesTotal', max, 'must be a positive integer');
  }
  if (props.type === ProviderType.OPENSTACK) {
    if (props.vsphere) errs.forbidden('spec.providerConfig', 'vsphere', 'vSphere settings are not allowed in an OpenStack CloudProfile');
    if (!props.openstack) errs.required('spec.providerConfig', 'OpenStack settings are required for an OpenStack CloudProfile');
    else validateOpenStackConfig(props, errs);
  }
  if (props.type === ProviderType.VSPHERE) {
    if (props.openstack) errs.forbidden('spec.providerConfig', 'openstack', 'OpenStack settings are not allowed in a vSphere CloudProfile');
    if (!props.vsphere) errs.required('spec.providerConfig', 'vSphere settings are required for a vSphere CloudProfile');
    else validateVSphereConfig(props, errs);
  }
}

function validateExpirable(v: ExpirableVersion, field: string, errs: ErrorList): void {
  if (v.classification !== undefined && !isEnumValue(VersionClassification as any, v.classification)) {
    errs.notSupported(`${field}.classification`, v.classification, enumValues(VersionClassification as any));
  }
  if (v.expirationDate !== undefined && parseDate(v.expirationDate) === undefined) {
    errs.invalid(`${field}.expirationDate`, v.expirationDate, 'must be an ISO 8601 date (2026-12-31) or date-time');
  }
}

function validateKubernetesVersions(props: CloudProfileProps, errs: ErrorList): void {
  const versions = props.kubernetesVersions ?? [];
  if (versions.length === 0) errs.required('spec.kubernetes.versions', 'at least one Kubernetes version must be offered');
  const seen = new Set<string>();
  versions.forEach((v, i) => {
    const field = `spec.kubernetes.versions[${i}]`;
    if (!isFullVersion(v.version)) errs.invalid(`${field}.version`, v.version, 'must be a semantic version MAJOR.MINOR.PATCH');
    else if (seen.has(v.version)) errs.duplicate(`${field}.version`, v.version);
    seen.add(v.version);
    validateExpirable(v, field, errs);
  });
}

function validateMachineImages(images: MachineImage[], errs: ErrorList): void {
  if (images.length === 0) errs.required('spec.machineImages', 'at least one machine image must be offered');
  const names = new Set<string>();
  images.forEach((image, i) => {
    const field = `spec.machineImages[${i}]`;
    validateLabelName(errs, `${field}.name`, image.name);
    if (names.has(image.name)) errs.duplicate(`${field}.name`, image.name);
    names.add(image.name);
    if (!image.versions || image.versions.length === 0) errs.required(`${field}.versions`, 'at least one version must be offered');
    if (image.userDataFormat !== undefined && !isEnumValue(MachineImageUserDataFormat as any, image.userDataFormat)) {
      errs.notSupported(`${field}.userDataFormat`, image.userDataFormat, enumValues(MachineImageUserDataFormat as any));
    }
    const versions = new Set<string>();
    (image.versions ?? []).forEach((v, j) => {
      const vf = `${field}.versions[${j}]`;
      if (typeof v.version !== 'string' || !IMAGE_VERSION.test(v.version)) errs.invalid(`${vf}.version`, v.version, 'must be a version MAJOR.MINOR or MAJOR.MINOR.PATCH');
      else if (versions.has(v.version)) errs.duplicate(`${vf}.version`, v.version);
      versions.add(v.version);
      validateExpirable(v, vf, errs);
      (v.architectures ?? []).forEach((a, k) => {
        if (!isEnumValue(Architecture as any, a)) errs.notSupported(`${vf}.architectures[${k}]`, a, enumValues(Architecture as any));
      });
      if (v.architectures !== undefined && v.architectures.length === 0) errs.required(`${vf}.architectures`, 'must name at least one architecture');
      (v.cri ?? []).forEach((c, k) => {
        if (!isEnumValue(CriName as any, c)) errs.notSupported(`${vf}.cri[${k}].name`, c, enumValues(CriName as any));
      });
      if (v.kubeletVersionConstraint !== undefined && semver.validRange(v.kubeletVersionConstraint) === null) {
        errs.invalid(`${vf}.kubeletVersionConstraint`, v.kubeletVersionConstraint, 'must be a semantic version range such as ">= 1.30"');
      }
    });
  });
}

function validateMachineTypes(props: CloudProfileProps, errs: ErrorList): void {
  const types = props.machineTypes ?? [];
  if (types.length === 0) errs.required('spec.machineTypes', 'at least one machine type must be offered');
  const names = new Set<string>();
  types.forEach((t, i) => {
    const field = `spec.machineTypes[${i}]`;
    if (!t.name) errs.required(`${field}.name`);
    else if (names.has(t.name)) errs.duplicate(`${field}.name`, t.name);
    names.add(t.name);
    if (!(t.cpu > 0)) errs.invalid(`${field}.cpu`, t.cpu, 'must be greater than 0');
    if (!(t.memoryGiB > 0)) errs.invalid(`${field}.memory`, t.memoryGiB, 'must be greater than 0');
    if (t.gpu !== undefined && !(Number.isInteger(t.gpu) && t.gpu >= 0)) errs.invalid(`${field}.gpu`, t.gpu, 'must be a non-negative integer');
    if (t.architecture !== undefined && !isEnumValue(Architecture as any, t.architecture)) {
      errs.notSupported(`${field}.architecture`, t.architecture, enumValues(Architecture as any));
    }
    if (t.storageGiB !== undefined && !(t.storageGiB > 0)) errs.invalid(`${field}.storage.size`, t.storageGiB, 'must be greater than 0');
  });
}

function validateVolumeTypes(props: CloudProfileProps, errs: ErrorList): void {
  const names = new Set<string>();
  (props.volumeTypes ?? []).forEach((t, i) => {
    const field = `spec.volumeTypes[${i}]`;
    if (!t.name) errs.required(`${field}.name`);
    else if (names.has(t.name)) errs.duplicate(`${field}.name`, t.name);
    names.add(t.name);
    if (!t.class) errs.required(`${field}.class`);
    if (t.minSizeGiB !== undefined && !(Number.isInteger(t.minSizeGiB) && t.minSizeGiB > 0)) {
      errs.invalid(`${field}.minSize`, t.minSizeGiB, 'must be a positive integer (GiB)');
    }
  });
}

function validateRegions(props: CloudProfileProps, errs: ErrorList): void {
  const regions = props.regions ?? [];
  if (regions.length === 0) errs.required('spec.regions', 'at least one region must be offered');
  const machineTypes = (props.machineTypes ?? []).map((m) => m.name);
  const volumeTypes = (props.volumeTypes ?? []).map((v) => v.name);
  const names = new Set<string>();
  regions.forEach((r, i) => {
    const field = `spec.regions[${i}]`;
    if (!r.name) errs.required(`${field}.name`);
    else if (names.has(r.name)) errs.duplicate(`${field}.name`, r.name);
    names.add(r.name);
    if (!r.zones || r.zones.length === 0) errs.required(`${field}.zones`, 'at least one zone must be offered');
    const zones = new Set<string>();
    (r.zones ?? []).forEach((z, j) => {
      const zf = `${field}.zones[${j}]`;
      if (!z.name) errs.required(`${zf}.name`);
      else if (zones.has(z.name)) errs.duplicate(`${zf}.name`, z.name);
      zones.add(z.name);
      (z.unavailableMachineTypes ?? []).forEach((m, k) => {
        if (!machineTypes.includes(m)) errs.notSupported(`${zf}.unavailableMachineTypes[${k}]`, m, machineTypes, 'names no machine type of this CloudProfile');
      });
      (z.unavailableVolumeTypes ?? []).forEach((v, k) => {
        if (!volumeTypes.includes(v)) errs.notSupported(`${zf}.unavailableVolumeTypes[${k}]`, v, volumeTypes, 'names no volume type of this CloudProfile');
      });
    });
  });
}

const DNS_NAME = /^(?=.{1,253}$)[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?)*$/;

/**
 * Checks a vCenter address: a host name or IP address, optionally with `:port` (`[v6]:port` for
 * IPv6). It is rendered as the Terraform provider's `vsphere_server`, CAPV's `VSphereCluster`
 * `spec.server` and the CPI/CSI configuration, none of which may carry credentials: user info
 * (`admin:pw@vcenter`) is refused with the credential redacted from the error, and so is a URL.
 * CAPV's field only says "the address of the vSphere endpoint"
 * (kubernetes-sigs/cluster-api-provider-vsphere: config/default/crd/bases/infrastructure.cluster.x-k8s.io_vsphereclusters.yaml, v1.16.1);
 * seedbed keeps to a host so the same value fits the Terraform provider and the CPI/CSI configuration.
 */
function validateVCenterHost(errs: ErrorList, field: string, value: string): void {
  if (typeof value !== 'string') return; // the props check reports the type
  if (value.includes('@')) {
    errs.forbidden(field, redactHost(value), 'must not carry credentials (user info before @): vCenter credentials come from the shoot\'s credentials binding');
    return;
  }
  const m = /^(\[([0-9A-Fa-f:.]+)\]|[^:[\]]+|[0-9A-Fa-f:.]+)(?::(\d{1,5}))?$/.exec(value);
  let host = m?.[2] ?? m?.[1];
  let port = m?.[3];
  if (m && m[2] === undefined && m[1].includes(':')) {
    host = m[1]; // a bare IPv6 address: no port
    port = undefined;
  }
  const hostOk = host !== undefined && (DNS_NAME.test(host) || isIp(host));
  const portOk = port === undefined || (Number(port) >= 1 && Number(port) <= 65535);
  if (!m || !hostOk || !portOk) errs.invalid(field, value, 'must be a host name or IP address, optionally with :port (not a URL)');
}

function isIp(value: string): boolean {
  return typeof value === 'string' && ipaddr.isValid(value) && (ipaddr.IPv4.isValidFourPartDecimal(value) || value.includes(':'));
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Image versions × architectures each mapping table must cover. */
function imageBuilds(props: CloudProfileProps): Array<{ name: string; version: string; architecture: string }> {
  const out: Array<{ name: string; version: string; architecture: string }> = [];
  for (const image of props.machineImages ?? []) {
    for (const v of image.versions ?? []) {
      for (const a of v.architectures ?? [Architecture.AMD64]) out.push({ name: image.name, version: v.version, architecture: a });
    }
  }
  return out;
}

function validateImageMappings(
  mappings: ReadonlyArray<{ name: string; version: string; region?: string; architecture?: Architecture }>,
  props: CloudProfileProps, field: string, errs: ErrorList, needsRegion: boolean,
): void {
  const known = imageBuilds(props);
  const regions = (props.regions ?? []).map((r) => r.name);
  mappings.forEach((m, i) => {
    const mf = `${field}[${i}]`;
    if (!known.some((k) => k.name === m.name && k.version === m.version)) {
      errs.notSupported(`${mf}`, `${m.name}@${m.version}`, [...new Set(known.map((k) => `${k.name}@${k.version}`))], 'maps no machine image version of this CloudProfile');
    }
    if (m.region !== undefined && !regions.includes(m.region)) errs.notSupported(`${mf}.region`, m.region, regions);
  });
  for (const k of known) {
    const covered = (region?: string) => mappings.some((m) => m.name === k.name && m.version === k.version
      && (m.architecture ?? Architecture.AMD64) === k.architecture && (m.region === undefined || m.region === region));
    const missing = needsRegion ? regions.filter((r) => !covered(r)) : covered() ? [] : [''];
    for (const r of missing) {
      errs.required(field, `machine image ${k.name}@${k.version} (${k.architecture})${r ? ` has no image in region ${r}` : ' has no image'}`);
    }
  }
}

function validateOpenStackConfig(props: CloudProfileProps, errs: ErrorList): void {
  const os = props.openstack!;
  const regions = (props.regions ?? []).map((r) => r.name);
  const field = 'spec.providerConfig';
  (os.keystoneUrls ?? []).forEach((k, i) => {
    if (!regions.includes(k.region)) errs.notSupported(`${field}.keystoneURLs[${i}].region`, k.region, regions);
    if (!isHttpUrl(k.url)) errs.invalid(`${field}.keystoneURLs[${i}].url`, redactAddress(k.url), 'must be an http(s) URL');
  });
  for (const r of regions) {
    const count = (os.keystoneUrls ?? []).filter((k) => k.region === r).length;
    if (count === 0) errs.required(`${field}.keystoneURLs`, `region ${r} has no Keystone URL`);
    if (count > 1) errs.duplicate(`${field}.keystoneURLs`, r, 'more than one Keystone URL for the region');
    if (!(os.floatingPools ?? []).some((p) => p.region === undefined || p.region === r)) {
      errs.required(`${field}.constraints.floatingPools`, `region ${r} has no floating pool (external network)`);
    }
  }
  (os.floatingPools ?? []).forEach((p, i) => {
    if (!p.name) errs.required(`${field}.constraints.floatingPools[${i}].name`);
    if (p.region !== undefined && !regions.includes(p.region)) errs.notSupported(`${field}.constraints.floatingPools[${i}].region`, p.region, regions);
  });
  (os.loadBalancerProviders ?? []).forEach((p, i) => {
    if (!p.name) errs.required(`${field}.constraints.loadBalancerProviders[${i}].name`);
    if (p.region !== undefined && !regions.includes(p.region)) errs.notSupported(`${field}.constraints.loadBalancerProviders[${i}].region`, p.region, regions);
  });
  (os.dnsServers ?? []).forEach((d, i) => {
    if (!isIp(d)) errs.invalid(`${field}.dnsServers[${i}]`, d, 'must be an IP address');
  });
  validateImageMappings(os.machineImages ?? [], props, `${field}.machineImages`, errs, true);
  (os.machineImages ?? []).forEach((m, i) => {
    // Glance assigns every image a UUID; anything else cannot be an image ID.
    if (m.imageId !== undefined && (typeof m.imageId !== 'string' || !GLANCE_ID.test(m.imageId))) {
      errs.invalid(`${field}.machineImages[${i}].imageId`, m.imageId, 'must be a Glance image ID (a UUID)');
    }
  });
}

const GLANCE_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function validateVSphereConfig(props: CloudProfileProps, errs: ErrorList): void {
  const vs = props.vsphere!;
  const field = 'spec.providerConfig';
  const regions = props.regions ?? [];
  (vs.regions ?? []).forEach((rc, i) => {
    const rf = `${field}.regions[${i}]`;
    const region = regions.find((r) => r.name === rc.name);
    if (!region) {
      errs.notSupported(`${rf}.name`, rc.name, regions.map((r) => r.name));
      return;
    }
    for (const key of ['vcenter', 'datacenter', 'network', 'folder'] as const) {
      if (!rc[key]) errs.required(`${rf}.${key}`);
    }
    if (rc.vcenter) validateVCenterHost(errs, `${rf}.vcenter`, rc.vcenter);
    // An empty optional name is "not set" to the Terraform renderer and the empty name to the Cluster API and Gardener
    // renderers, and a zone's '' hides the region's value: refused, so that every renderer reads the same placement.
    for (const key of ['datastore', 'storagePolicy', 'resourcePool'] as const) {
      if (rc[key] === '') errs.invalid(`${rf}.${key}`, '', `must not be empty: leave ${key} out instead`);
    }
    if (!rc.datastore && !rc.storagePolicy && rc.datastore !== '') errs.required(`${rf}.datastore`, 'one of datastore and storagePolicy must be set');
    if (rc.caBundle !== undefined) validateCaBundle(errs, `${rf}.caBundle`, rc.caBundle);
    if (rc.thumbprint === undefined && rc.caBundle === undefined) {
      errs.warn(`${rf}.thumbprint`, redactHost(String(rc.vcenter)), "not set: CAPV, the vSphere CPI and CSI connect to vCenter without verifying its certificate", WarningType.DISCOURAGED);
    } else if (rc.thumbprint === undefined) {
      // kubernetes-sigs/cluster-api-provider-vsphere@v1.16.1:pkg/session/session.go newClient: `insecure := thumbprint == ""`.
      errs.warn(`${rf}.thumbprint`, redactHost(String(rc.vcenter)), 'not set: CAPV verifies vCenter only against a thumbprint and connects without verifying its certificate (the caBundle reaches the vSphere CPI and CSI only)', WarningType.DISCOURAGED);
    } else if (typeof rc.thumbprint !== 'string' || !/^([0-9A-Fa-f]{2}:){19}[0-9A-Fa-f]{2}$|^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$/.test(rc.thumbprint)) {
      errs.invalid(`${rf}.thumbprint`, rc.thumbprint, 'must be the SHA-1 or SHA-256 fingerprint of the certificate as colon-separated hex (AA:BB:…)');
    }
    const zoneNames = region.zones.map((z) => z.name);
    (rc.zones ?? []).forEach((zc, j) => {
      if (!zoneNames.includes(zc.name)) errs.notSupported(`${rf}.zones[${j}].name`, zc.name, zoneNames);
      if (!zc.computeCluster) errs.required(`${rf}.zones[${j}].computeCluster`);
      for (const key of ['datastore', 'resourcePool'] as const) {
        if (zc[key] === '') errs.invalid(`${rf}.zones[${j}].${key}`, '', `must not be empty: leave ${key} out to use the region's`);
      }
    });
    for (const z of zoneNames) {
      if (!(rc.zones ?? []).some((zc) => zc.name === z)) errs.required(`${rf}.zones`, `zone ${z} has no compute cluster`);
    }
  });
  for (const r of regions) {
    const count = (vs.regions ?? []).filter((rc) => rc.name === r.name).length;
    if (count === 0) errs.required(`${field}.regions`, `region ${r.name} has no vCenter placement`);
    if (count > 1) errs.duplicate(`${field}.regions`, r.name, 'more than one placement for the region');
  }
  (vs.dnsServers ?? []).forEach((d, i) => {
    if (!isIp(d)) errs.invalid(`${field}.dnsServers[${i}]`, d, 'must be an IP address');
  });
  validateImageMappings(vs.machineImages ?? [], props, `${field}.machineImages`, errs, false);
}

/** Largest CA bundle taken (a chain of a few certificates is some kilobytes). */
const CA_BUNDLE_MAX = 65536;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([A-Za-z0-9+/=\r\n]+?)-----END \1-----/g;

/**
 * A vCenter CA bundle: one or more PEM `CERTIFICATE` blocks and nothing else, each a CA
 * certificate (basic constraints CA:TRUE). A private key, or anything that is not a certificate,
 * is refused before it could reach Git.
 */
export function validateCaBundle(errs: ErrorList, field: string, bundle: unknown): void {
  if (typeof bundle !== 'string' || bundle.trim() === '') {
    errs.invalid(field, typeof bundle === 'string' ? bundle : String(bundle), 'must be PEM-encoded CA certificates');
    return;
  }
  if (bundle.length > CA_BUNDLE_MAX) {
    errs.tooLong(field, `${bundle.length} characters`, CA_BUNDLE_MAX);
    return;
  }
  if (/PRIVATE KEY-----/.test(bundle)) {
    errs.forbidden(field, '(a PEM private key)', 'holds a private key: only the CA certificates go here, a key must never be in the fleet');
    return;
  }
  const blocks = [...bundle.matchAll(PEM_BLOCK)];
  const rest = bundle.replace(PEM_BLOCK, '').trim();
  if (blocks.length === 0 || rest !== '') {
    errs.invalid(field, blocks.length === 0 ? bundle.slice(0, 40) : rest.slice(0, 40), 'must be PEM CERTIFICATE blocks and nothing else');
    return;
  }
  blocks.forEach((b, i) => {
    if (b[1] !== 'CERTIFICATE') {
      errs.invalid(`${field}[${i}]`, b[1], 'must be a PEM CERTIFICATE block');
      return;
    }
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(b[0]);
    } catch {
      errs.invalid(`${field}[${i}]`, '(PEM block)', 'is not a readable X.509 certificate');
      return;
    }
    if (!cert.ca) errs.invalid(`${field}[${i}]`, cert.subject.replace(/\n/g, ', '), 'is not a CA certificate (basic constraints CA:TRUE): give the CA that signed vCenter\'s certificate, or its thumbprint');
  });
}
