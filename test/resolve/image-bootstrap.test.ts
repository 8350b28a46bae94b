/**
 * A pool's image must carry what its bootstrap needs (issue 16): kubeadm pools refuse the Gardener
 * flavour of an image and warn about images whose CloudProfile does not say; static machines of
 * k0smotron shoots join with k0s, so their static machines are accepted.
 */
import { formatFieldError, formatFieldWarning } from '../../lib/core/problems';
import { ControlPlaneBackend, MachineImageBootstrap } from '../../lib/core/types';
import { resolveFleet } from '../../lib/resolve/fleet';
import { buildOpenStackFleet } from '../../fleets/openstack';
import { NOW } from '../support/fleets';

function run(backend: ControlPlaneBackend, bootstrap: MachineImageBootstrap | undefined) {
  const garden = buildOpenStackFleet({ backend });
  const profile = garden.cloudProfiles[0] as any;
  const images = profile.props.machineImages.map((m: any) => (m.name === 'gardenlinux' ? { ...m, bootstrap } : m));
  profile.props = { ...profile.props, machineImages: images };
  const r = resolveFleet(garden, { now: NOW });
  return { errors: r.errors.map(formatFieldError), warnings: r.warnings.map(formatFieldWarning) };
}

test.each<[string, ControlPlaneBackend, MachineImageBootstrap | undefined, RegExp | undefined, RegExp | undefined]>([
  ['kamaji + kubeadm image: fine', ControlPlaneBackend.KAMAJI, MachineImageBootstrap.KUBEADM, undefined, undefined],
  ['kamaji + Gardener flavour: refused', ControlPlaneBackend.KAMAJI, MachineImageBootstrap.GARDENER,
    /^nordcloud\/platform\/ops\/system spec\.provider\.workers\[0\]\.machine\.image\.name: Forbidden: is the Gardener flavour \(node agent, no kubeadm\)/, undefined],
  ['cluster-api + undeclared: a warning', ControlPlaneBackend.CLUSTER_API, undefined, undefined,
    /^nordcloud\/platform\/ops\/system spec\.provider\.workers\[0\]\.machine\.image\.name: Discouraged: CloudProfile openstack does not say whether the image carries kubeadm/],
  ['gardener backend + Gardener flavour: fine', ControlPlaneBackend.GARDENER, MachineImageBootstrap.GARDENER, undefined, undefined],
  ['k0smotron + Gardener flavour: fine (k0s bootstrap)', ControlPlaneBackend.K0SMOTRON, MachineImageBootstrap.GARDENER, undefined, undefined],
])('%s', (_why, backend, bootstrap, error, warning) => {
  const { errors, warnings } = run(backend, bootstrap);
  if (error) expect(errors.some((e) => error.test(e))).toBe(true);
  else expect(errors.filter((e) => e.includes('machine.image.name'))).toEqual([]);
  if (warning) expect(warnings.some((w) => warning.test(w))).toBe(true);
  else expect(warnings.filter((w) => w.includes('machine.image.name'))).toEqual([]);
});

test('static machines of a k0smotron shoot are accepted (they join with a k0s token)', () => {
  const garden = buildOpenStackFleet({ backend: ControlPlaneBackend.K0SMOTRON });
  const edge = garden.shoots.find((s) => s.key === 'shop--edge-sued')!;
  (edge.workerPools[0].props as any).provisioner = 'terraform';
  const errors = resolveFleet(garden, { now: NOW }).errors.map(formatFieldError);
  expect(errors.filter((e) => e.includes('provisioner'))).toEqual([]);
});
