/**
 * Credentials reach a Flux seed encrypted in Git: a per-seed Kustomization decrypts
 * `<sopsSecrets.path>/<seed>/` with the age key in flux-system, the seed's GitRepository keeps that
 * folder, and every shoot's first stage waits for it.
 */
import { formatFieldError } from '../../lib/core/problems';
import { checkSecretReferences } from '../../lib/pipeline/secret-references';
import { resolveFleet } from '../../lib/resolve/fleet';
import { EXAMPLE_FLEETS, NOW, renderExample, snapshotInventory } from '../support/fleets';
import { objectsOf } from './capi/support';

describe('sopsSecrets on the openstack example', () => {
  const { fleet, tree } = renderExample('openstack');

  test('each seed decrypts its own folder with the age key, and keeps that folder in its source', () => {
    for (const seed of fleet.seeds) {
      const boot = (tree.get(`seeds/${seed.name}/flux-system/gotk-sync.yaml`) as any).objects;
      const secrets = boot.find((o: any) => o.kind === 'Kustomization' && o.metadata.name === 'seedbed-secrets');
      expect(secrets.spec).toMatchObject({
        path: `./secrets/${seed.name}`, prune: false,
        decryption: { provider: 'sops', secretRef: { name: 'sops-age' } },
        sourceRef: { kind: 'GitRepository', name: 'seedbed' },
      });
      const repo = boot.find((o: any) => o.kind === 'GitRepository');
      expect(repo.spec.ignore.split('\n')).toContain(`!/secrets/${seed.name}/`);
    }
  });

  test('every shoot\'s first stage waits for the seed\'s Secrets', () => {
    const first = objectsOf(tree, 'Kustomization').filter((k) => k.metadata.labels?.['seedbed.io/stage'] === 'infrastructure');
    expect(first.length).toBe(fleet.shoots.filter((s) => s.backend !== 'gardener').length);
    for (const k of first) expect(k.spec.dependsOn).toEqual([{ name: 'seedbed-secrets', namespace: 'flux-system' }]);
  });

  test('the age key is a prerequisite of every seed', () => {
    const { prerequisites } = checkSecretReferences(fleet, tree);
    for (const seed of fleet.seeds) {
      expect(prerequisites.get(seed.name)).toContainEqual(expect.objectContaining({
        namespace: 'flux-system', name: 'sops-age', keys: ['age.agekey'], readBy: ['Kustomization flux-system/seedbed-secrets'],
      }));
    }
  });
});

test('without sopsSecrets no seed decrypts anything (vsphere example)', () => {
  const { tree } = renderExample('vsphere');
  expect(objectsOf(tree, 'Kustomization').filter((k) => k.spec.decryption)).toEqual([]);
});

test.each([['/abs'], ['../up'], ['']])('sopsSecrets.path %j is refused with path and field', (bad) => {
  const garden = EXAMPLE_FLEETS.openstack();
  (garden.props as any).sopsSecrets = { path: bad };
  const errors = resolveFleet(garden, { now: NOW, previous: snapshotInventory('openstack') }).errors.map(formatFieldError);
  expect(errors).toEqual([expect.stringMatching(/^nordcloud spec\.sopsSecrets\.path: Invalid: must be a relative path inside the repository/)]);
});
