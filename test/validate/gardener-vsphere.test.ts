/**
 * provider-vsphere v0.33.2 maps one VM template per image name and version, without an architecture
 * (pkg/apis/vsphere/helper/helper.go FindImage; pkg/controller/worker/machine_images.go), so a
 * gardener-backend vSphere pool runs amd64 and needs an amd64 template (lib/validate/gardener.ts).
 */
import { ErrorList, formatFieldError } from '../../lib/core/problems';
import { validateGardenerVSpherePools, VSphereTemplateMapping } from '../../lib/validate/gardener';
import { ControlPlaneBackend } from '../../lib';
import { resolveFleet } from '../../lib/resolve/fleet';
import { loadFleet } from '../render/capi/support';

const S = 'corp/team/app';
const templates: VSphereTemplateMapping[] = [
  { name: 'gardenlinux', version: '1877.3.0' },
  { name: 'gardenlinux', version: '1877.3.0', architecture: 'arm64' },
  { name: 'ubuntu', version: '24.4.0', architecture: 'arm64' },
];
const pool = (architecture: string, name: string, version: string) => ({ architecture, image: { name, version } });

function run(workers: ReturnType<typeof pool>[]): string[] {
  const errs = new ErrorList(S);
  validateGardenerVSpherePools(workers, templates, errs);
  return errs.errors.map(formatFieldError);
}

describe('validateGardenerVSpherePools', () => {
  it('accepts amd64 pools with an amd64 template', () => {
    expect(run([pool('amd64', 'gardenlinux', '1877.3.0')])).toEqual([]);
  });
  test.each<[string, ReturnType<typeof pool>[], string[]]>([
    ['an arm64 pool, even with an arm64 template (provider-vsphere reads no architecture)', [pool('arm64', 'gardenlinux', '1877.3.0')], [
      `${S} spec.provider.workers[0].machine.architecture: NotSupported: provider-vsphere maps one template per image version, without an architecture: gardener-backend vSphere pools run amd64 only (got "arm64"; allowed: amd64)`,
    ]],
    ['a version with only an arm64 template', [pool('amd64', 'gardenlinux', '1877.3.0'), pool('amd64', 'ubuntu', '24.4.0')], [
      `${S} spec.provider.workers[1].machine.image.version: Invalid: the CloudProfile's vSphere settings map no amd64 template for ubuntu 24.4.0, so provider-vsphere finds no image for the pool (got "24.4.0")`,
    ]],
    ['a version with no template', [pool('amd64', 'gardenlinux', '1592.9.0')], [
      `${S} spec.provider.workers[0].machine.image.version: Invalid: the CloudProfile's vSphere settings map no amd64 template for gardenlinux 1592.9.0, so provider-vsphere finds no image for the pool (got "1592.9.0")`,
    ]],
  ])('refuses %s', (_why, workers, expected) => {
    expect(run(workers)).toEqual(expected);
  });

  it('runs for the vSphere example switched to the gardener backend: its pools are all amd64 with templates', () => {
    const garden = loadFleet('vsphere');
    (garden.props as any).defaultBackend = ControlPlaneBackend.GARDENER;
    for (const s of garden.shoots) (s.props as any).backend = ControlPlaneBackend.GARDENER;
    const { errors } = resolveFleet(garden, { now: new Date('2026-11-25T00:00:00Z') });
    // Only the seeds' missing Gardener DNS settings: no pool is refused.
    expect([...new Set(errors.map((e) => e.field))].sort()).toEqual(['spec.dns.internal', 'spec.dns.provider']);
  });
});
