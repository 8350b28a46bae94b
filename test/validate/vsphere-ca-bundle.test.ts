/**
 * vCenter's CA bundle (issue 16): PEM CA certificates in the CloudProfile region, public data like
 * the thumbprint. Validated (certificates only, CA:TRUE, never a private key) and delivered to the
 * vSphere CPI (its cloud config patched: `caFile` + the bundle) and CSI driver (`ca-file` + the
 * bundle as a ConfigMap the release deploys and mounts). CAPV verifies only a thumbprint: a CA
 * without one is a warning. The certificates are a real (throw-away) CA and a leaf it signed.
 */
import { formatFieldError, formatFieldWarning } from '../../lib/core/problems';
import { resolveFleet } from '../../lib/resolve/fleet';
import { renderFleet } from '../../lib/pipeline/render';
import { Manifest } from '../../lib/core/manifest';
import { EXAMPLE_FLEETS, NOW, snapshotInventory } from '../support/fleets';

const CA = [
  '-----BEGIN CERTIFICATE-----',
  'MIIBwzCCAWmgAwIBAgIULQ19HMJOLUI4fyzw4lmh0RzUxagwCgYIKoZIzj0EAwIw',
  'LzENMAsGA1UECgwEQ29ycDEeMBwGA1UEAwwVQ29ycCBJbnRlcm5hbCBSb290IENB',
  'MB4XDTI2MTIwNzE1MzgwOVoXDTM2MTIwNDE1MzgwOVowLzENMAsGA1UECgwEQ29y',
  'cDEeMBwGA1UEAwwVQ29ycCBJbnRlcm5hbCBSb290IENBMFkwEwYHKoZIzj0CAQYI',
  'KoZIzj0DAQcDQgAERGinzmJdD82tCiatlmw/gYuZUFKQJdH4v5qXCXvdVUFLohc4',
  'nWbfjnuJPeA+jHE0IZdWB0U4c9NS/ymFDkn6KqNjMGEwHQYDVR0OBBYEFEzzu9/l',
  'MAvkqfgnua4USTLKIwpoMB8GA1UdIwQYMBaAFEzzu9/lMAvkqfgnua4USTLKIwpo',
  'MA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMAoGCCqGSM49BAMCA0gA',
  'MEUCIQC0MElPcEOtJUl8etvwf8ZvLnAD0TJSwBG78mv4H5L8PgIgbKVPmQ/Iq92M',
  '/ys4kFsaZKbV0N2VvQSS+Z+avavLD+8=',
  '-----END CERTIFICATE-----',
].join('\n') + '\n';
const LEAF = [
  '-----BEGIN CERTIFICATE-----',
  'MIIBvjCCAWSgAwIBAgIUTnLIr+ZN7uNleYfFjBsajvIfEBcwCgYIKoZIzj0EAwIw',
  'LzENMAsGA1UECgwEQ29ycDEeMBwGA1UEAwwVQ29ycCBJbnRlcm5hbCBSb290IENB',
  'MB4XDTI2MTIwNzE1MzgwOVoXDTI3MTIwNzE1MzgwOVowHzEdMBsGA1UEAwwUdmNl',
  'bnRlci5jb3JwLmV4YW1wbGUwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQhhfxa',
  'F8mdmrrLnRDogRZ8c9nexIQZ0yHalQDzdlCYalQcIv9hA35dIgrPs+ueVp7hhrbR',
  'OGqD2wanhOPQC37Zo24wbDAJBgNVHRMEAjAAMB8GA1UdEQQYMBaCFHZjZW50ZXIu',
  'Y29ycC5leGFtcGxlMB0GA1UdDgQWBBTNm7M8OY0MOcvFuBlRTIkzppk5gzAfBgNV',
  'HSMEGDAWgBRM87vf5TAL5Kn4J7muFEkyyiMKaDAKBggqhkjOPQQDAgNIADBFAiAK',
  '+MdP3H4Q/c8zqybG1QAPW/SqHyyED/SMjjlKRYreSQIhAP9MkUj0FSbOLsCwLsVJ',
  'iToxKuJuHxhi6uYX3zrYqTYo',
  '-----END CERTIFICATE-----',
].join('\n') + '\n';
const KEY = [
  '-----BEGIN PRIVATE KEY-----',
  'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgLK9aipQ1pGermusU',
  'iZb/Co1jFuQW20a0vTGWE8dGA56hRANCAAQhhfxaF8mdmrrLnRDogRZ8c9nexIQZ',
  '0yHalQDzdlCYalQcIv9hA35dIgrPs+ueVp7hhrbROGqD2wanhOPQC37Z',
  '-----END PRIVATE KEY-----',
].join('\n') + '\n';
const SHA1 = '3C:41:2A:9E:7B:55:0D:18:C2:6F:8A:E4:91:37:B0:5D:2E:6C:F1:A8';
const F = 'corp/vsphere spec.providerConfig.regions[0]';

function withCa(caBundle: unknown, withThumbprint = true) {
  const thumbprint = withThumbprint ? SHA1 : undefined;
  const garden = EXAMPLE_FLEETS.vsphere();
  const profile = garden.cloudProfiles[0] as any;
  profile.props = { ...profile.props, vsphere: { ...profile.props.vsphere, regions: profile.props.vsphere.regions.map((r: any) => ({ ...r, thumbprint, caBundle })) } };
  const r = resolveFleet(garden, { now: NOW, previous: snapshotInventory('vsphere') });
  return { ...r, errorLines: r.errors.map(formatFieldError), warningLines: r.warnings.map(formatFieldWarning) };
}

test.each<[string, unknown, string[]]>([
  ['a CA certificate', CA, []],
  ['a chain of two (CA twice, CRLF line ends)', (CA + CA).replace(/\n/g, '\r\n'), []],
  ['a leaf certificate', LEAF, [`${F}.caBundle[0]: Invalid: is not a CA certificate (basic constraints CA:TRUE): give the CA that signed vCenter's certificate, or its thumbprint (got "CN=vcenter.corp.example")`]],
  ['a private key next to the CA', CA + KEY, [`${F}.caBundle: Forbidden: holds a private key: only the CA certificates go here, a key must never be in the fleet (got "(a PEM private key)")`]],
  ['text around the certificate', `vcenter CA:\n${CA}`, [`${F}.caBundle: Invalid: must be PEM CERTIFICATE blocks and nothing else (got "vcenter CA:")`]],
  ['a template injection', `${CA}{{ .Values.secret }}`, [`${F}.caBundle: Invalid: must be PEM CERTIFICATE blocks and nothing else (got "{{ .Values.secret }}")`]],
  ['a corrupted certificate', CA.replace(/\n[A-Za-z0-9+/]{20}/, '\nAAAAAAAAAAAAAAAAAAAA'), [`${F}.caBundle[0]: Invalid: is not a readable X.509 certificate (got "(PEM block)")`]],
  ['a public key block', CA.replace(/CERTIFICATE/g, 'PUBLIC KEY'), [`${F}.caBundle[0]: Invalid: must be a PEM CERTIFICATE block (got "PUBLIC KEY")`]],
  ['empty', '', [`${F}.caBundle: Invalid: must be PEM-encoded CA certificates (got "")`]],
])('%s', (_why, bundle, errors) => {
  expect(withCa(bundle).errorLines).toEqual(errors);
});

test('a CA without a thumbprint: CAPV still connects unverified — a warning naming why', () => {
  const { errorLines, warningLines } = withCa(CA, false);
  expect(errorLines).toEqual([]);
  expect(warningLines.filter((w) => w.includes('thumbprint'))).toEqual([
    `${F}.thumbprint: Discouraged: not set: CAPV verifies vCenter only against a thumbprint and connects without verifying its certificate (the caBundle reaches the vSphere CPI and CSI only) (got "vcenter-muc.corp.example")`,
  ]);
});

test('the bundle reaches the CPI (patched cloud config) and the CSI driver (ca-file, ConfigMap, mounts); CAPV keeps the thumbprint', () => {
  const { fleet } = withCa(CA);
  const all = [...renderFleet(fleet!).values()].flatMap((f) => (f.kind === 'manifests' ? f.objects : [])) as Manifest[];
  const cpi = all.find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'vsphere-cpi')! as any;
  const patch = JSON.parse(cpi.spec.postRenderers[0].kustomize.patches[0].patch);
  expect(cpi.spec.postRenderers[0].kustomize.patches[0].target).toEqual({ kind: 'ConfigMap', name: 'vsphere-cloud-config' });
  expect(patch.data['ca.crt']).toBe(CA);
  expect(patch.data['vsphere.conf']).toContain(`  thumbprint: "${SHA1}"\n  caFile: /etc/cloud/ca.crt\n`);
  const csi = all.find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'vsphere-csi')! as any;
  expect(csi.spec.values.global.config.global).toMatchObject({ 'ca-file': '/etc/vcenter-ca/ca.crt', 'insecure-flag': false });
  expect(csi.spec.values.extraDeploy).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'vcenter-ca' }, data: { 'ca.crt': CA } }]);
  expect(csi.spec.values.controller.extraVolumes).toEqual([{ name: 'vcenter-ca', configMap: { name: 'vcenter-ca' } }]);
  expect(csi.spec.values.controller.global.extraVolumeMounts).toEqual([{ name: 'vcenter-ca', mountPath: '/etc/vcenter-ca', readOnly: true }]);
  for (const c of all.filter((o) => o.kind === 'VSphereCluster')) expect((c.spec as any).thumbprint).toBe(SHA1);
  // Nothing secret travels with it.
  expect(JSON.stringify(all)).not.toContain('PRIVATE KEY');
});

test('the bundle reaches the Terraform runner: a ConfigMap in the shoot namespace, mounted and added to SSL_CERT_DIR next to the system roots', () => {
  const { fleet } = withCa(CA);
  const all = [...renderFleet(fleet!).values()].flatMap((f) => (f.kind === 'manifests' ? f.objects : [])) as Manifest[];
  const runners = all.filter((o) => o.kind === 'Terraform') as any[];
  expect(runners.length).toBeGreaterThan(0);
  for (const tf of runners) {
    const ns = tf.metadata.namespace;
    const cm = all.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'vcenter-ca' && o.metadata.namespace === ns) as any;
    expect(cm.data).toEqual({ 'ca.crt': CA });
    expect(tf.spec.runnerPodTemplate.spec).toMatchObject({
      env: [{ name: 'SSL_CERT_DIR', value: '/etc/seedbed/vcenter-ca:/etc/ssl/certs' }],
      volumes: [{ name: 'vcenter-ca', configMap: { name: 'vcenter-ca' } }],
      volumeMounts: [{ name: 'vcenter-ca', mountPath: '/etc/seedbed/vcenter-ca', readOnly: true }],
    });
  }
  // Without a bundle the runner is unchanged.
  const plain = [...renderFleet(withCa(undefined).fleet!).values()].flatMap((f) => (f.kind === 'manifests' ? f.objects : [])) as any[];
  for (const tf of plain.filter((o) => o.kind === 'Terraform')) expect(Object.keys(tf.spec.runnerPodTemplate.spec)).toEqual(['envFrom']);
  expect(plain.some((o) => o.kind === 'ConfigMap' && o.metadata.name === 'vcenter-ca' && o.metadata.namespace?.startsWith('shoot--'))).toBe(false);
});
