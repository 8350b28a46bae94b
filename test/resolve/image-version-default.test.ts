/**
 * A machine image version given as MAJOR or MAJOR.MINOR completes as Gardener completes it
 * (gardener/gardener v1.149.3: plugin/pkg/shoot/mutator/admission.go getDefaultMachineImage →
 * pkg/api/core/helper/cloudprofile.go DetermineLatestMachineImageVersion): the highest version within
 * it for the pool's architecture, never a preview, a deprecated one only when no supported one
 * qualifies; an exact version is taken as it is. Expired versions are never picked (Gardener's
 * validator refuses them for new pools).
 */
import { ErrorList, formatFieldError } from '../../lib/core/problems';
import { Architecture, ControlPlaneBackend } from '../../lib/core/types';
import { VersionClassification } from '../../lib/core/versions';
import { resolveShoot } from '../../lib/resolve/shoot';
import { FleetSpec, NOW, ShootSpec, buildFleet, shootSpec } from '../fixtures/fleet';

function resolve(edit: (s: ShootSpec, spec: FleetSpec) => void): { versions: string[]; errors: string[] } {
  const built = buildFleet((spec) => edit(shootSpec(spec, 'shop/prod'), spec));
  const shoot = built.shoots['shop/prod'];
  const errs = new ErrorList(shoot.node.path);
  const draft = resolveShoot(shoot, { now: NOW, defaultBackend: ControlPlaneBackend.KAMAJI, gardenDnsDomain: 'k8s.example.com' }, errs);
  return { versions: draft.workers.map((w) => `${w.image.name}@${w.image.version}`), errors: errs.errors.map(formatFieldError) };
}

/** gardenlinux in the fixture: 1877.3.0 (amd64, arm64), 1592.9.0 deprecated, 1443.10.0 deprecated and expired, 1900.0.0 preview. */
const image = (version: string) => (s: ShootSpec) => { s.pools[0].props.image = { name: 'gardenlinux', version }; };

describe('partial machine image versions', () => {
  test.each<[string, (s: ShootSpec, spec: FleetSpec) => void, string]>([
    ['MAJOR picks the highest supported version in it', image('1877'), 'gardenlinux@1877.3.0'],
    ['MAJOR.MINOR picks within the minor', image('1877.3'), 'gardenlinux@1877.3.0'],
    ['a leading v is read as Gardener reads it', image('v1877'), 'gardenlinux@1877.3.0'],
    ['a deprecated version when no supported one is in it (DetermineLatestMachineImageVersion falls back)', image('1592'), 'gardenlinux@1592.9.0'],
    ['a supported version over a newer deprecated one', (s, spec) => {
      spec.profiles[0].props.machineImages[0].versions.push({ version: '1877.4.0', classification: VersionClassification.DEPRECATED });
      (spec.profiles[0].props.openstack!.machineImages as any[]).push({ name: 'gardenlinux', version: '1877.4.0', image: 'gardenlinux-1877.4.0' });
      image('1877')(s);
    }, 'gardenlinux@1877.3.0'],
    ['an exact version as it is', image('1877.3.0'), 'gardenlinux@1877.3.0'],
  ])('%s', (_why, edit, expected) => {
    const { versions, errors } = resolve(edit);
    expect(errors).toEqual([]);
    expect(versions[0]).toBe(expected);
  });

  const F = 'fleet/shop/prod/web spec.provider.workers[0].machine.image.version';
  test.each<[string, (s: ShootSpec, spec: FleetSpec) => void, string]>([
    ['only a preview version is in it (never picked)', image('1900'),
      `${F}: NotSupported: image gardenlinux has no supported or deprecated, unexpired 1900.x version for amd64 and Kubernetes 1.33.5 (preview versions are never picked); name a full version (got "1900"; allowed: 1877.3.0, 1592.9.0, 1900.0.0)`],
    ['only an expired version is in it', image('1443'),
      `${F}: NotSupported: image gardenlinux has no supported or deprecated, unexpired 1443.x version for amd64 and Kubernetes 1.33.5 (preview versions are never picked); name a full version (got "1443"; allowed: 1877.3.0, 1592.9.0, 1900.0.0)`],
    ['no version in it is built for the architecture', (s) => { s.pools[0].props.machineType = 'a1.large'; s.pools[0].props.architecture = Architecture.ARM64; image('1592')(s); },
      `${F}: NotSupported: image gardenlinux has no supported or deprecated, unexpired 1592.x version for arm64 and Kubernetes 1.33.5 (preview versions are never picked); name a full version (got "1592"; allowed: 1877.3.0)`],
    ['no such minor', image('1877.9'),
      `${F}: NotSupported: image gardenlinux has no supported or deprecated, unexpired 1877.9.x version for amd64 and Kubernetes 1.33.5 (preview versions are never picked); name a full version (got "1877.9"; allowed: 1877.3.0, 1592.9.0, 1900.0.0)`],
  ])('refuses: %s', (_why, edit, expected) => {
    expect(resolve(edit).errors).toEqual([expected]);
  });

  it('refuses a malformed version as before (not a partial version)', () => {
    expect(resolve(image('1877.x')).errors).toEqual([expect.stringContaining(`${F}: NotSupported: is not a version of image gardenlinux`)]);
  });
});
