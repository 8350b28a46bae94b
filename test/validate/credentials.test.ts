/**
 * Credentials bindings (Project.addCredentialsBinding) and the binding a shoot uses: every problem
 * reported at once, each at the construct path and field it concerns.
 */
import {
  CloudProfile, CredentialsBinding, CredentialsDelivery, Garden, GitOpsEngine, Project, ProviderType, SecretStoreKind, Shoot, ShootProps,
} from '../../lib';
import { formatFieldError } from '../../lib/core/problems';
import { resolveFleet } from '../../lib/resolve/fleet';
import { validateBinding, validateShootCredentials } from '../../lib/validate/credentials';
import { ErrorList } from '../../lib/core/problems';
import { NOW } from '../fixtures/fleet';
import { smallFleet } from '../render/capi/support';

interface Scene {
  readonly garden: Garden;
  readonly shop: Project;
  readonly other: Project;
  readonly profile: CloudProfile;
  /** Adds a shoot `shop/api` like the small fleet's with the props given. */
  shoot(props: Partial<ShootProps>, project?: Project): Shoot;
}

/** The small fleet (one OpenStack shoot `shop/web`), with the garden settings given, and a second project. */
function scene(garden: Partial<ConstructorParameters<typeof Garden>[2]> = {}): Scene {
  const g = smallFleet({ gitOpsEngine: garden.gitOpsEngine });
  // Garden props are read-only for users; the tests set the settings under test after the fact.
  Object.assign(g.props as object, garden);
  const shop = g.projects.find((p) => p.name === 'shop')!;
  const other = g.addProject('other');
  const profile = g.cloudProfiles[0];
  return {
    garden: g, shop, other, profile,
    shoot: (props, project = shop) => {
      const s = project.addShoot('api', { cloudProfile: profile, region: 'r1', kubernetesVersion: '1.33.5', ...props });
      s.addWorkerPool('w', { machineType: 'm1.large', minimum: 1, maximum: 3 });
      return s;
    },
  };
}

function problems(s: Scene): string[] {
  const r = resolveFleet(s.garden, { now: NOW });
  return r.errors.map((e) => `${e.path} ${e.field} ${e.type}`).sort();
}

describe('credentials bindings and shoots', () => {
  test('a fleet with a declared binding used by its shoot is valid, and a string naming it resolves to it', () => {
    const s = scene();
    const b = s.shop.addCredentialsBinding('openstack-prod', { provider: ProviderType.OPENSTACK });
    s.shoot({ credentials: b });
    s.shop.addShoot('db', { cloudProfile: s.profile, region: 'r1', kubernetesVersion: '1.33.5', credentialsBinding: 'openstack-prod' })
      .addWorkerPool('w', { machineType: 'm1.large', minimum: 1, maximum: 3 });
    const r = resolveFleet(s.garden, { now: NOW });
    expect(r.errors).toEqual([]);
    const shoots = r.fleet!.shoots;
    expect(shoots.find((x) => x.name === 'api')!.credentials).toMatchObject({ name: 'openstack-prod', declared: true, delivery: CredentialsDelivery.MANUAL });
    expect(shoots.find((x) => x.name === 'db')!.credentials).toMatchObject({ name: 'openstack-prod', declared: true });
    // The default: an implied binding `<provider>-credentials` of the shoot's project.
    expect(shoots.find((x) => x.name === 'web')!.credentials).toMatchObject({ name: 'openstack-credentials', declared: false, project: 'shop' });
    expect(r.fleet!.projects.find((p) => p.name === 'shop')!.credentialsBindings.map((x) => x.name)).toEqual(['openstack-prod']);
  });

  test('delivery defaults: SOPS when the garden keeps sopsSecrets (Flux), the garden\'s store and `<project>/<name>` for externalSecret', () => {
    const sops = scene({ sopsSecrets: {} });
    sops.shoot({ credentials: sops.shop.addCredentialsBinding('os', { provider: ProviderType.OPENSTACK }) });
    expect(resolveFleet(sops.garden, { now: NOW }).fleet!.shoots.find((x) => x.name === 'api')!.credentials.delivery).toBe(CredentialsDelivery.SOPS);

    const es = scene({ credentials: { delivery: CredentialsDelivery.EXTERNAL_SECRET, externalSecret: { store: 'vault' } } });
    es.shoot({ credentials: es.shop.addCredentialsBinding('os', { provider: ProviderType.OPENSTACK }) });
    const fleet = resolveFleet(es.garden, { now: NOW }).fleet!;
    expect(fleet.shoots.find((x) => x.name === 'api')!.credentials.externalSecret).toEqual({
      store: 'vault', storeKind: SecretStoreKind.CLUSTER_SECRET_STORE, remoteKey: 'shop/os', refreshInterval: '1h',
    });
    // The implied binding of `web` gets the garden's delivery too.
    expect(fleet.shoots.find((x) => x.name === 'web')!.credentials.externalSecret?.remoteKey).toBe('shop/openstack-credentials');
  });

  describe('fails when', () => {
    test.each<[string, Partial<ConstructorParameters<typeof Garden>[2]>, (s: Scene) => void, string[]]>([
      ['the binding is for another provider than the shoot', {}, (s) => {
        s.shoot({ credentials: s.shop.addCredentialsBinding('vs', { provider: ProviderType.VSPHERE }) });
      }, ['small/shop/api spec.credentialsBindingName Invalid']],
      ['a string names a declared binding of another provider', {}, (s) => {
        s.shop.addCredentialsBinding('vs', { provider: ProviderType.VSPHERE });
        s.shoot({ credentialsBinding: 'vs' });
      }, ['small/shop/api spec.credentialsBindingName Invalid']],
      ['the binding belongs to another project', {}, (s) => {
        s.shoot({ credentials: s.other.addCredentialsBinding('os', { provider: ProviderType.OPENSTACK }) });
      }, ['small/shop/api spec.credentialsBindingName Invalid']],
      ['the name is not a DNS subdomain', {}, (s) => {
        s.shop.addCredentialsBinding('bad', { provider: ProviderType.OPENSTACK, name: 'Open_Stack' });
      }, ['small/shop/bad metadata.name Invalid']],
      ['the name is longer than a DNS subdomain', {}, (s) => {
        s.shop.addCredentialsBinding('long', { provider: ProviderType.OPENSTACK, name: `a${'b'.repeat(253)}` });
      }, ['small/shop/long metadata.name TooLong']],
      ['two bindings of a project share a name', {}, (s) => {
        s.shop.addCredentialsBinding('one', { provider: ProviderType.OPENSTACK, name: 'os' });
        s.shop.addCredentialsBinding('two', { provider: ProviderType.OPENSTACK, name: 'os' });
      }, ['small/shop/two metadata.name Duplicate']],
      ['the provider is unknown', {}, (s) => {
        s.shop.addCredentialsBinding('aws', { provider: 'aws' as ProviderType });
      }, ['small/shop/aws provider.type NotSupported']],
      ['the delivery is unknown', {}, (s) => {
        s.shop.addCredentialsBinding('os', { provider: ProviderType.OPENSTACK, delivery: 'carrier-pigeon' as CredentialsDelivery });
      }, ['small/shop/os delivery NotSupported']],
      ['SOPS delivery without sopsSecrets on the garden', {}, (s) => {
        s.shop.addCredentialsBinding('os', { provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.SOPS });
      }, ['small/shop/os delivery Forbidden']],
      ['SOPS delivery on Argo CD seeds', { sopsSecrets: {}, gitOpsEngine: GitOpsEngine.ARGOCD }, (s) => {
        s.shop.addCredentialsBinding('os', { provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.SOPS });
      }, ['small/shop/os delivery Forbidden']],
      ['externalSecret delivery names no store (none on the garden either)', {}, (s) => {
        s.shop.addCredentialsBinding('os', { provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.EXTERNAL_SECRET });
      }, ['small/shop/os externalSecret.store Required']],
      ['the store, store kind, remote key and refresh interval are malformed — all reported', {}, (s) => {
        s.shop.addCredentialsBinding('os', {
          provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.EXTERNAL_SECRET,
          externalSecret: { store: 'Vault Store', storeKind: 'Vault' as SecretStoreKind, remoteKey: 'a b}}{{ .password }}', refreshInterval: 'hourly' },
        });
      }, [
        'small/shop/os externalSecret.refreshInterval Invalid', 'small/shop/os externalSecret.remoteKey Invalid',
        'small/shop/os externalSecret.store Invalid', 'small/shop/os externalSecret.storeKind NotSupported',
      ]],
      ['a store is given to a binding delivered otherwise', {}, (s) => {
        s.shop.addCredentialsBinding('os', { provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.MANUAL, externalSecret: { store: 'vault' } });
      }, ['small/shop/os externalSecret Forbidden']],
      ['the garden\'s default delivery is externalSecret without a store', { credentials: { delivery: CredentialsDelivery.EXTERNAL_SECRET } }, () => undefined,
        ['small spec.credentials.externalSecret.store Required']],
      ['a shoot sets both credentials and credentialsBinding', {}, (s) => {
        s.shoot({ credentials: s.shop.addCredentialsBinding('os', { provider: ProviderType.OPENSTACK }), credentialsBinding: 'os' });
      }, ['small/shop/api spec.credentialsBindingName Forbidden']],
      ['a shoot\'s binding string is not a DNS subdomain', {}, (s) => {
        s.shoot({ credentialsBinding: 'Not A Name' });
      }, ['small/shop/api spec.credentialsBindingName Invalid']],
      ['several bindings and shoots are wrong: every problem at once', {}, (s) => {
        s.shop.addCredentialsBinding('bad', { provider: ProviderType.OPENSTACK, name: 'Bad' });
        s.shop.addCredentialsBinding('a', { provider: ProviderType.VSPHERE, name: 'dup' });
        s.shop.addCredentialsBinding('b', { provider: ProviderType.OPENSTACK, name: 'dup', delivery: CredentialsDelivery.SOPS });
        s.shoot({ credentials: s.other.addCredentialsBinding('vs', { provider: ProviderType.VSPHERE }) });
      }, [
        'small/shop/api spec.credentialsBindingName Invalid', 'small/shop/api spec.credentialsBindingName Invalid',
        'small/shop/b delivery Forbidden', 'small/shop/b metadata.name Duplicate', 'small/shop/bad metadata.name Invalid',
      ]],
    ])('%s', (_, gardenProps, edit, expected) => {
      const s = scene(gardenProps);
      edit(s);
      expect(problems(s)).toEqual(expected);
    });
  });

  test('the report names the construct path, the field, the value and why', () => {
    const s = scene();
    s.shoot({ credentials: s.other.addCredentialsBinding('os', { provider: ProviderType.VSPHERE }) });
    expect(resolveFleet(s.garden, { now: NOW }).errors.map(formatFieldError)).toEqual([
      'small/shop/api spec.credentialsBindingName: Invalid: binding small/other/os belongs to project other; a shoot may only use a binding of its own project (shop) (got "os")',
      'small/shop/api spec.credentialsBindingName: Invalid: binding small/other/os is for provider vsphere, the shoot\'s CloudProfile is openstack (got "os")',
    ]);
  });

  test('a binding is created only in a project (API misuse throws at once)', () => {
    const s = scene();
    expect(() => new CredentialsBinding(s.garden, 'x', { provider: ProviderType.OPENSTACK })).toThrow("CredentialsBinding 'x' must be created in the scope of a Project");
  });
});

describe('validateBinding and validateShootCredentials (pure)', () => {
  const ctx = { sopsSecrets: true, gitOpsEngine: GitOpsEngine.FLUX };
  const run = (f: (errs: ErrorList) => void) => {
    const errs = new ErrorList('g/p/b');
    f(errs);
    return errs.errors.map((e) => `${e.field} ${e.type}`);
  };
  test.each<[string, Parameters<typeof validateBinding>[1], string[]]>([
    ['a manual binding', { name: 'os', provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.MANUAL }, []],
    ['a SOPS binding', { name: 'os', provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.SOPS }, []],
    ['an externalSecret binding with a store', { name: 'os', provider: ProviderType.VSPHERE, delivery: CredentialsDelivery.EXTERNAL_SECRET, externalSecret: { store: 'vault', remoteKey: 'kv/data/vsphere:apps' } }, []],
    ['a name with a slash', { name: 'a/b', provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.MANUAL }, ['metadata.name Invalid']],
    ['an empty name', { name: '', provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.MANUAL }, ['metadata.name Invalid']],
    ['a remote key with a newline', { name: 'os', provider: ProviderType.OPENSTACK, delivery: CredentialsDelivery.EXTERNAL_SECRET, externalSecret: { store: 's', remoteKey: 'a\nb' } }, ['externalSecret.remoteKey Invalid']],
  ])('%s', (_, b, expected) => {
    expect(run((errs) => validateBinding(errs, b, ctx))).toEqual(expected);
  });

  test('a shoot: binding of its own project and provider passes; mismatches are reported together', () => {
    const b = { name: 'os', provider: ProviderType.OPENSTACK, project: 'shop', path: 'g/shop/os' };
    expect(run((errs) => validateShootCredentials(errs, { provider: ProviderType.OPENSTACK, project: 'shop', bothSet: false, binding: b }))).toEqual([]);
    expect(run((errs) => validateShootCredentials(errs, { provider: ProviderType.VSPHERE, project: 'data', bothSet: true, binding: b }))).toEqual([
      'spec.credentialsBindingName Forbidden', 'spec.credentialsBindingName Invalid', 'spec.credentialsBindingName Invalid',
    ]);
  });
});
