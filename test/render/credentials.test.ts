/**
 * The credentials contract end to end: every consumer's required keys are produced by the shape
 * each delivery mode declares; the ExternalSecret is schema-valid, keeps hostile settings literal,
 * and is applied and waited for before anything reads its Secret; the convergence check knows who
 * makes the Secret.
 */
import {
  App, CredentialsDelivery, Garden, GitOpsEngine, ProviderType,
} from '../../lib';
import {
  CREDENTIALS_CONSUMERS, CREDENTIALS_KEYS, credentialsConsumers, optionalCredentialsKeys, requiredCredentialsKeys,
} from '../../lib/core/credentials';
import { Manifest, RenderedTree } from '../../lib/core/manifest';
import { checkReadinessGates } from '../../lib/pipeline/readiness-gates';
import { renderFleet } from '../../lib/pipeline/render';
import { checkSecretReferences, SeedPrerequisite } from '../../lib/pipeline/secret-references';
import { credentialsTemplate, renderCredentialsExternalSecret } from '../../lib/render/credentials';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { ResolvedFleet, ResolvedShoot } from '../../lib/resolve/model';
import { SchemaRegistry } from '../../lib/schema';
import { NOW } from '../fixtures/fleet';
import { objectsOf, smallFleet } from './capi/support';

const PROVIDERS = [ProviderType.OPENSTACK, ProviderType.VSPHERE];

/** The small fleet of a provider with its shoot's credentials delivered as given. */
function render(provider: ProviderType, delivery: CredentialsDelivery, gitOpsEngine = GitOpsEngine.FLUX): { fleet: ResolvedFleet; tree: RenderedTree; shoot: ResolvedShoot } {
  const garden = smallFleet({ provider, gitOpsEngine });
  Object.assign(garden.props as object, {
    ...(delivery === CredentialsDelivery.SOPS ? { sopsSecrets: {} } : {}),
    credentials: { delivery, ...(delivery === CredentialsDelivery.EXTERNAL_SECRET ? { externalSecret: { store: 'vault' } } : {}) },
  });
  const fleet = resolveFleetOrThrow(garden, { now: NOW });
  return { fleet, tree: renderFleet(fleet), shoot: fleet.shoots[0] };
}

/** Keys the rendered objects read from the shoot's credentials Secret by name (valuesFrom valuesKey). */
function keysReadByName(tree: RenderedTree, shoot: ResolvedShoot): string[] {
  const keys = new Set<string>();
  for (const o of objectsOf(tree)) {
    for (const v of (o.spec as any)?.valuesFrom ?? []) if (v.name === shoot.credentials.name && v.valuesKey) keys.add(v.valuesKey);
  }
  return [...keys];
}

/** Objects that refer to the credentials Secret as a whole: `Kind` of each. */
function readers(tree: RenderedTree, shoot: ResolvedShoot): string[] {
  const name = shoot.credentials.name;
  return objectsOf(tree).filter((o) => JSON.stringify(o.spec ?? {}).includes(`"name":"${name}"`) && o.kind !== 'ExternalSecret').map((o) => o.kind).sort();
}

describe('the contract table', () => {
  test('every row names its provider, consumer, how it reads, at least one required key, and upstream evidence `<repo>@<version>: <path>`', () => {
    for (const row of CREDENTIALS_CONSUMERS) {
      expect(row.keys.filter((k) => !k.optional).length).toBeGreaterThan(0);
      expect(row.evidence).toMatch(/^[\w.-]+\/[\w.-]+@[\w.-]+: \S+/);
      expect(row.via.length).toBeGreaterThan(0);
    }
    expect(credentialsConsumers(ProviderType.OPENSTACK).map((c) => c.consumer)).toEqual(['CAPO', 'Terraform runner', 'OpenStack CCM + Cinder CSI']);
    expect(credentialsConsumers(ProviderType.VSPHERE).map((c) => c.consumer)).toEqual(['CAPV', 'Terraform runner', 'vSphere CPI + CSI']);
  });

  test('the keys: required ones per provider (table order), optional ones apart', () => {
    expect(requiredCredentialsKeys(ProviderType.OPENSTACK)).toEqual(['clouds.yaml', 'OS_APPLICATION_CREDENTIAL_ID', 'OS_APPLICATION_CREDENTIAL_SECRET']);
    expect(optionalCredentialsKeys(ProviderType.OPENSTACK)).toEqual(['cacert', 'OS_AUTH_URL']);
    expect(requiredCredentialsKeys(ProviderType.VSPHERE)).toEqual(['username', 'password', 'VSPHERE_USER', 'VSPHERE_PASSWORD']);
    expect(optionalCredentialsKeys(ProviderType.VSPHERE)).toEqual([]);
  });

  test.each(PROVIDERS)('%s: what the rendered objects read by key is in the table; every kind of reader the table names reads the Secret', (provider) => {
    const { tree, shoot } = render(provider, CredentialsDelivery.MANUAL);
    const tableKeys = new Set(credentialsConsumers(provider).flatMap((c) => c.keys.map((k) => k.key)));
    const read = keysReadByName(tree, shoot);
    expect(read.length).toBeGreaterThan(0);
    for (const key of read) expect([key, tableKeys.has(key)]).toEqual([key, true]);
    const kinds = readers(tree, shoot);
    const expected = provider === ProviderType.OPENSTACK ? ['HelmRelease', 'OpenStackCluster', 'Terraform'] : ['HelmRelease', 'HelmRelease', 'Terraform', 'VSphereCluster'];
    expect(kinds).toEqual(expected);
  });
});

describe('every consumer\'s required keys are produced by the declared shape, for every delivery', () => {
  const union = (provider: ProviderType) => new Set(credentialsConsumers(provider).flatMap((c) => c.keys.filter((k) => !k.optional).map((k) => k.key)));

  test.each(PROVIDERS)('%s, externalSecret: the template builds a superset of the union of the consumers\' required keys', (provider) => {
    const { tree, shoot } = render(provider, CredentialsDelivery.EXTERNAL_SECRET);
    const es = objectsOf(tree, 'ExternalSecret').find((o) => o.metadata.namespace === shoot.technicalId)!;
    const built = Object.keys((es.spec as any).target.template.data);
    for (const key of union(provider)) expect([key, built.includes(key)]).toEqual([key, true]);
    // Nothing beyond the table: a key no consumer reads would be a second, unreviewed list.
    const table = new Set(credentialsConsumers(provider).flatMap((c) => c.keys.map((k) => k.key)));
    for (const key of built) expect([key, table.has(key)]).toEqual([key, true]);
    // And no prerequisite Secret for it: the ExternalSecret makes it.
    const list = checkSecretReferences(render(provider, CredentialsDelivery.EXTERNAL_SECRET).fleet, tree).prerequisites.get('seed-1')!;
    expect(list.find((p) => p.kind === 'Secret' && p.name === shoot.credentials.name)).toBeUndefined();
  });

  test.each(PROVIDERS.flatMap((p) => [CredentialsDelivery.SOPS, CredentialsDelivery.MANUAL].map((d) => [p, d] as const)))(
    '%s, %s: the prerequisite listing names exactly the required keys (and the optional ones apart)', (provider, delivery) => {
      const { fleet, tree, shoot } = render(provider, delivery);
      const { problems, prerequisites } = checkSecretReferences(fleet, tree);
      expect(problems).toEqual([]);
      const creds = prerequisites.get('seed-1')!.find((p) => p.namespace === shoot.technicalId && p.name === shoot.credentials.name) as SeedPrerequisite;
      expect(new Set(creds.keys)).toEqual(union(provider));
      expect(creds.optionalKeys ?? []).toEqual(optionalCredentialsKeys(provider));
      if (delivery === CredentialsDelivery.SOPS) {
        expect(creds.file).toBe(`secrets/seed-1/${shoot.technicalId}/${shoot.credentials.name}.enc.yaml`);
        expect(creds.purpose).toContain(`commit it SOPS-encrypted as ${creds.file}`);
      } else {
        expect(creds.file).toBeUndefined();
        expect(creds.purpose).toContain('create it in the seed');
      }
    });
});

describe('the ExternalSecret', () => {
  const registry = SchemaRegistry.load();

  test.each(PROVIDERS)('%s: external-secrets.io/v1, in the shoot namespace, named after the binding, valid against its schema', (provider) => {
    const { tree, shoot } = render(provider, CredentialsDelivery.EXTERNAL_SECRET);
    const es = objectsOf(tree, 'ExternalSecret').find((o) => o.metadata.namespace === shoot.technicalId)!;
    expect(es.apiVersion).toBe('external-secrets.io/v1');
    expect(es.metadata.name).toBe(shoot.credentials.name);
    expect((es.spec as any).secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'vault' });
    expect((es.spec as any).target.name).toBe(shoot.credentials.name);
    expect((es.spec as any).data.map((d: any) => `${d.remoteRef.key}#${d.remoteRef.property}`)).toEqual(provider === ProviderType.OPENSTACK
      ? ['shop/openstack-credentials#applicationCredentialId', 'shop/openstack-credentials#applicationCredentialSecret']
      : ['shop/vsphere-credentials#username', 'shop/vsphere-credentials#password']);
    expect(registry.validate(es)).toEqual([]);
  });

  test('the schema check applies to it: a store kind the CRD does not allow is reported', () => {
    const { tree, shoot } = render(ProviderType.OPENSTACK, CredentialsDelivery.EXTERNAL_SECRET);
    const es = objectsOf(tree, 'ExternalSecret').find((o) => o.metadata.namespace === shoot.technicalId)!;
    const broken = { ...es, spec: { ...(es.spec as any), secretStoreRef: { kind: 'Vault', name: 'vault' } } };
    expect(registry.validate(broken).length).toBeGreaterThan(0);
  });

  test('OpenStack: clouds.yaml of the cloud `openstack` with the region\'s Keystone URL, the application credential from the store', () => {
    const { tree, shoot } = render(ProviderType.OPENSTACK, CredentialsDelivery.EXTERNAL_SECRET);
    const data = (objectsOf(tree, 'ExternalSecret').find((o) => o.metadata.namespace === shoot.technicalId)!.spec as any).target.template.data;
    expect(data[CREDENTIALS_KEYS.cloudsYaml]).toBe([
      'clouds:',
      '  openstack:',
      '    auth:',
      '      auth_url: {{ "https://keystone.example.com:5000/v3" | toJson }}',
      '      application_credential_id: {{ .applicationCredentialId | toJson }}',
      '      application_credential_secret: {{ .applicationCredentialSecret | toJson }}',
      '    auth_type: v3applicationcredential',
      '    region_name: {{ "r1" | toJson }}',
      '    interface: public',
      '    identity_api_version: 3',
      '',
    ].join('\n'));
    expect(data.OS_APPLICATION_CREDENTIAL_ID).toBe('{{ .applicationCredentialId }}');
    expect(data.OS_APPLICATION_CREDENTIAL_SECRET).toBe('{{ .applicationCredentialSecret }}');
    expect(data.OS_AUTH_URL).toBe('{{ "https://keystone.example.com:5000/v3" }}');
  });

  test('hostile settings stay Go template string literals: no `}}` or quote of theirs closes the literal', () => {
    const { shoot } = render(ProviderType.OPENSTACK, CredentialsDelivery.EXTERNAL_SECRET);
    const hostileUrl = 'https://k.example.com/v3"}}{{ .applicationCredentialSecret }}\n';
    const hostile = {
      ...shoot, region: 'r1"}}{{ env "X" }}',
      cloudProfile: { ...shoot.cloudProfile, props: { ...shoot.cloudProfile.props, openstack: { ...shoot.cloudProfile.props.openstack!, keystoneUrls: [{ region: 'r1"}}{{ env "X" }}', url: hostileUrl }] } } },
    } as ResolvedShoot;
    const t = credentialsTemplate(hostile);
    expect(t.OS_AUTH_URL).toBe(`{{ ${JSON.stringify(hostileUrl)} }}`);
    expect(t.OS_AUTH_URL).toBe('{{ "https://k.example.com/v3\\"}}{{ .applicationCredentialSecret }}\\n" }}');
    expect(t['clouds.yaml']).toContain('region_name: {{ "r1\\"}}{{ env \\"X\\" }}" | toJson }}');
  });

  test('applied before the first stage: a Flux Kustomization waits for Ready, and the first stage depends on it', () => {
    const { fleet, tree, shoot } = render(ProviderType.VSPHERE, CredentialsDelivery.EXTERNAL_SECRET);
    const chain = (tree.get(`seeds/seed-1/shoots/${shoot.key}/flux.yaml`) as { objects: Manifest[] }).objects;
    expect(chain.map((k) => k.metadata.name)).toEqual([
      'shop--web-credentials', 'shop--web-infrastructure', 'shop--web-control-plane', 'shop--web-system-components', 'shop--web-workers', 'shop--web-addons',
    ]);
    const gate = chain[0].spec as any;
    expect(gate.path).toBe('./out/seeds/seed-1/shoots/shop--web/credentials');
    expect(gate.wait).toBe(true);
    expect(gate.healthCheckExprs).toEqual([{
      apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret',
      current: "has(status.conditions) && status.conditions.exists(c, c.type == 'Ready' && c.status == 'True')",
    }]);
    expect((chain[1].spec as any).dependsOn).toEqual([{ name: 'shop--web-credentials' }]);
    // The seed root does not apply the folder itself (only the gate does).
    expect(tree.get(`seeds/seed-1/shoots/${shoot.key}/kustomization.yaml`)).toMatchObject({ kind: 'kustomization', resources: ['namespace.yaml', 'flux.yaml'] });
    expect(tree.get(`seeds/seed-1/shoots/${shoot.key}/credentials/kustomization.yaml`)).toMatchObject({ kind: 'kustomization', resources: ['credentials.yaml'] });
    expect(checkReadinessGates(fleet, tree)).toEqual([]);
  });

  test('with SOPS-encrypted Secrets too, the gate itself waits for them', () => {
    const garden = smallFleet({ provider: ProviderType.OPENSTACK });
    Object.assign(garden.props as object, { sopsSecrets: {}, credentials: { delivery: CredentialsDelivery.EXTERNAL_SECRET, externalSecret: { store: 'vault' } } });
    const fleet = resolveFleetOrThrow(garden, { now: NOW });
    const chain = (renderFleet(fleet).get('seeds/seed-1/shoots/shop--web/flux.yaml') as { objects: Manifest[] }).objects;
    expect((chain[0].spec as any).dependsOn).toEqual([{ name: 'seedbed-secrets', namespace: 'flux-system' }]);
  });

  test('Argo CD: in the namespace\'s wave (-1), listed in the shoot folder', () => {
    const { tree, shoot } = render(ProviderType.VSPHERE, CredentialsDelivery.EXTERNAL_SECRET, GitOpsEngine.ARGOCD);
    const es = objectsOf(tree, 'ExternalSecret').find((o) => o.metadata.namespace === shoot.technicalId)!;
    expect(es.metadata.annotations?.['argocd.argoproj.io/sync-wave']).toBe('-1');
    expect((tree.get(`seeds/seed-1/shoots/${shoot.key}/kustomization.yaml`) as any).resources).toContain('credentials');
  });

  test('the convergence check: the Secret is made by the ExternalSecret, the store is a seed prerequisite; without the ExternalSecret the readers are reported', () => {
    const { fleet, tree, shoot } = render(ProviderType.OPENSTACK, CredentialsDelivery.EXTERNAL_SECRET);
    const { problems, prerequisites } = checkSecretReferences(fleet, tree);
    expect(problems).toEqual([]);
    const store = prerequisites.get('seed-1')!.find((p) => p.name === 'vault')!;
    expect(store).toMatchObject({
      kind: 'ClusterSecretStore', namespace: '', keys: ['shop/openstack-credentials:applicationCredentialId', 'shop/openstack-credentials:applicationCredentialSecret'],
      readBy: ['ExternalSecret shoot--shop--web/openstack-credentials'],
    });
    const without: RenderedTree = new Map([...tree].filter(([p]) => !p.includes('/credentials/')));
    const missing = checkSecretReferences(fleet, without).problems;
    expect(missing).toContain(`seed seed-1: seeds/seed-1/shoots/shop--web/infrastructure/infrastructure.yaml: Terraform ${shoot.technicalId}/infrastructure spec.runnerPodTemplate.spec.envFrom[0].secretRef: `
      + `Secret ${shoot.technicalId}/openstack-credentials is neither rendered, nor made by a controller, nor a declared prerequisite of the seed`);
  });

  test('a store the ExternalSecret names that is neither rendered nor declared is reported', () => {
    const { fleet, tree } = render(ProviderType.OPENSTACK, CredentialsDelivery.EXTERNAL_SECRET);
    const renamed: RenderedTree = new Map([...tree].map(([p, f]) => [p, f.kind === 'manifests'
      ? { ...f, objects: f.objects.map((o) => (o.kind === 'ExternalSecret' ? { ...o, spec: { ...(o.spec as any), secretStoreRef: { kind: 'ClusterSecretStore', name: 'elsewhere' } } } : o)) }
      : f]));
    expect(checkSecretReferences(fleet, renamed).problems).toEqual([
      'seed seed-1: seeds/seed-1/shoots/shop--web/credentials/credentials.yaml: ExternalSecret shoot--shop--web/openstack-credentials spec.secretStoreRef: '
      + 'ClusterSecretStore /elsewhere is neither rendered, nor made by a controller, nor a declared prerequisite of the seed',
    ]);
  });

  test('other deliveries render no ExternalSecret for the credentials', () => {
    for (const d of [CredentialsDelivery.MANUAL, CredentialsDelivery.SOPS]) {
      const { fleet, tree, shoot } = render(ProviderType.OPENSTACK, d);
      expect(objectsOf(tree, 'ExternalSecret')).toEqual([]);
      expect(renderCredentialsExternalSecret(fleet, fleet.seeds[0], shoot)).toBeUndefined();
    }
  });
});

test('a garden built by hand: App + Garden + binding in one go renders', () => {
  const garden = new Garden(new App(), 'g', { repository: { url: 'https://git.example.com/x.git' } });
  expect(garden.addProject('p').addCredentialsBinding('os', { provider: ProviderType.OPENSTACK }).name).toBe('os');
});

test('README "Credentials" states the table: every consumer, every key, every upstream repository and version', () => {
  const fs = jest.requireActual('fs');
  const readme: string = fs.readFileSync(require('path').join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Credentials'), readme.indexOf('## Multi-cluster layer'));
  expect(section.length).toBeGreaterThan(1000);
  for (const row of CREDENTIALS_CONSUMERS) {
    const line = section.split('\n').find((l) => l.startsWith(`| ${row.provider === ProviderType.OPENSTACK ? 'OpenStack' : 'vSphere'} | ${row.consumer.replace('OpenStack ', '').replace('vSphere ', '')} |`));
    expect([row.consumer, line !== undefined]).toEqual([row.consumer, true]);
    for (const k of row.keys) expect([row.consumer, k.key, line!.includes(k.optional ? `*\`${k.key}\`*` : `\`${k.key}\``)]).toEqual([row.consumer, k.key, true]);
    const [repo, version] = row.evidence.split(':')[0].split('@');
    expect([row.consumer, line!.includes(repo.split('/')[1]) && line!.includes(version.replace(/^[a-z-]+-(?=\d)/, ''))]).toEqual([row.consumer, true]);
  }
});
