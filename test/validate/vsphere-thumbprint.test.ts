/**
 * vCenter's certificate is pinned (issue 16): the CloudProfile's region thumbprint reaches CAPV,
 * the vSphere CPI and the CSI driver; a malformed one is an error, a missing one a warning.
 */
import { formatFieldError, formatFieldWarning } from '../../lib/core/problems';
import { resolveFleet } from '../../lib/resolve/fleet';
import { Manifest } from '../../lib/core/manifest';
import { EXAMPLE_FLEETS, NOW, renderExample, snapshotInventory } from '../support/fleets';

const SHA1 = '3C:41:2A:9E:7B:55:0D:18:C2:6F:8A:E4:91:37:B0:5D:2E:6C:F1:A8';

function withThumbprint(thumbprint: unknown) {
  const garden = EXAMPLE_FLEETS.vsphere();
  const profile = garden.cloudProfiles[0] as any;
  profile.props = { ...profile.props, vsphere: { ...profile.props.vsphere, regions: profile.props.vsphere.regions.map((r: any) => ({ ...r, thumbprint })) } };
  const r = resolveFleet(garden, { now: NOW, previous: snapshotInventory('vsphere') });
  return { errors: r.errors.map(formatFieldError), warnings: r.warnings.map(formatFieldWarning) };
}

test.each<[string, unknown, string | undefined, string | undefined]>([
  ['a SHA-1 fingerprint', SHA1, undefined, undefined],
  ['a SHA-256 fingerprint', Array.from({ length: 32 }, () => 'AB').join(':'), undefined, undefined],
  ['none: a warning', undefined, undefined, 'corp/vsphere spec.providerConfig.regions[0].thumbprint: Discouraged: not set'],
  ['no colons', '3C412A9E7B550D18C26F8AE49137B05D2E6CF1A8', 'corp/vsphere spec.providerConfig.regions[0].thumbprint: Invalid', undefined],
  ['a wrong length', '3C:41:2A', 'corp/vsphere spec.providerConfig.regions[0].thumbprint: Invalid', undefined],
])('%s', (_why, thumbprint, error, warning) => {
  const { errors, warnings } = withThumbprint(thumbprint);
  if (error) expect(errors.some((e) => e.startsWith(error))).toBe(true);
  else expect(errors).toEqual([]);
  if (warning) expect(warnings.some((w) => w.startsWith(warning))).toBe(true);
  else expect(warnings.filter((w) => w.includes('thumbprint'))).toEqual([]);
});

test('the example pins it everywhere vCenter is dialled: VSphereCluster, VSphereMachineTemplate, CPI, CSI', () => {
  const { tree } = renderExample('vsphere');
  const all = [...tree.values()].flatMap((f) => (f.kind === 'manifests' ? f.objects : [])) as Manifest[];
  const clusters = all.filter((o) => o.kind === 'VSphereCluster');
  expect(clusters.length).toBeGreaterThan(0);
  for (const c of clusters) expect((c.spec as any).thumbprint).toBe(SHA1);
  for (const t of all.filter((o) => o.kind === 'VSphereMachineTemplate')) expect((t.spec as any).template.spec.thumbprint).toBe(SHA1);
  const cpi = all.find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'vsphere-cpi')!;
  expect((cpi.spec as any).values.config.thumbprint).toBe(SHA1);
  const csi = all.find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'vsphere-csi')!;
  expect((csi.spec as any).values.global.config.global['insecure-flag']).toBe(false);
  expect(Object.values((csi.spec as any).values.global.config.vcenter)[0]).toMatchObject({ thumbprint: SHA1 });
});
