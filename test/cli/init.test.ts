/**
 * `seedbed init`: the files of a new platform repository, the refusal to write into a folder that
 * holds something, and the scaffolded fleet — loaded against this repository's lib — validating
 * and rendering.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../lib/cli/main';
import { checkRenderedTree } from '../../lib/pipeline/check';
import { Garden } from '../../lib/model/garden';
import { synthesize } from '../../lib/pipeline/synth';
import { REPO_ROOT } from '../support/fleets';
import { formatDiagnostics, terraformValidate } from '../support/terraform';
import { kustomize } from '../support/tools';
import { parseAllDocuments } from 'yaml';
import { optionalCredentialsKeys, requiredCredentialsKeys } from '../../lib/core/credentials';
import { ProviderType } from '../../lib/core/types';
import { SeedPrerequisite } from '../../lib/pipeline/secret-references';

// The scaffolded fleet imports 'seedbed': here that is this repository's lib, not a package.
jest.mock('seedbed', () => jest.requireActual('../../lib'), { virtual: true });

const VERSION = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;

async function seedbed(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd, env: {} });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-init-'));
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(path.join(dir, e.name), rel) : [rel];
  }).sort();
}

describe('seedbed init', () => {
  test('scaffolds a platform repository into a new folder', async () => {
    const parent = tempDir();
    const r = await seedbed(['init', 'acme', '--repository', 'https://git.acme.example/platform/fleet.git'], parent);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created the platform repository for the garden acme in acme:');
    expect(r.stdout).toContain('  npm install');
    const dir = path.join(parent, 'acme');
    expect(listFiles(dir)).toEqual([
      '.github/workflows/seedbed.yml', '.gitignore', '.sops.yaml', 'README.md', 'apps/cdk8s.ts', 'apps/cdktn.ts',
      'cdk8s.yaml', 'cdktf.json', 'fleets/main.ts', 'package.json',
      'secrets/seed-1/README.md', 'secrets/seed-1/kustomization.yaml',
      'secrets/seed-1/shoot--shop--dev/openstack-shop.enc.yaml', 'secrets/seed-1/shoot--shop--prod/openstack-shop.enc.yaml',
      'tsconfig.json',
    ]);

    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg.dependencies).toEqual({ seedbed: `^${VERSION}` });
    expect(pkg.devDependencies.typescript).toBe('~5.9');
    expect(pkg.devDependencies['cdk8s-cli']).toBeDefined();
    expect(pkg.scripts.synth).toBe('seedbed synth');

    const fleet = fs.readFileSync(path.join(dir, 'fleets', 'main.ts'), 'utf8');
    expect(fleet).toContain("from 'seedbed';");
    expect(fleet).toContain("new Garden(new App(), 'acme', {");
    expect(fleet).toContain("url: 'https://git.acme.example/platform/fleet.git'");
    expect(fleet).not.toMatch(/\{\{\w+\}\}/);

    expect(fs.readFileSync(path.join(dir, 'cdk8s.yaml'), 'utf8')).toContain('app: npx ts-node --transpile-only apps/cdk8s.ts');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.json'), 'utf8')).app).toBe('npx ts-node --transpile-only apps/cdktn.ts');
    expect(fs.readFileSync(path.join(dir, 'apps', 'cdk8s.ts'), 'utf8')).toContain("import { synthCdk8sApp } from 'seedbed/cli';");
    // The workflow is seedbed's own pull-request template, as shipped in ci/.
    expect(fs.readFileSync(path.join(dir, '.github', 'workflows', 'seedbed.yml'), 'utf8'))
      .toBe(fs.readFileSync(path.join(REPO_ROOT, 'ci', 'github-actions.yml'), 'utf8'));
    const sops = fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8');
    expect(sops).toContain('encrypted_regex: ^(data|stringData)$');
    expect(sops).toContain('REPLACE-WITH-TEAM-AGE-PUBLIC-KEY');
    const gitignore = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8').split('\n');
    expect(gitignore).toContain('node_modules/');
    expect(gitignore).not.toContain('dist/'); // the rendered output is committed
    expect(gitignore).toContain('.seedbed-staging-*/'); // left behind only by a killed synth
    expect(gitignore).toContain('.seedbed-lock*');
    expect(gitignore).not.toContain('.seedbed-journal*'); // committed with a torn tree, CI refuses it
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('flux create source git seedbed --namespace=flux-system \\\n  --url=https://git.acme.example/platform/fleet.git');
    expect(readme).toContain('--path=./dist/main/seeds/seed-1');
    expect(readme).toContain('npx seedbed synth --seed seed-1');
    expect(readme).toContain('## Add a shoot');
    expect(readme).toContain('## Promote changes');
    expect(readme).toContain('CloudProfile of the OpenStack cloud underneath');
    expect(readme).toContain("     region: 'eu-1',");
    expect(readme).not.toMatch(/\{\{\w+\}\}/);
  });

  test('the scaffolded fleet validates and renders, with the output path its seeds reconcile', async () => {
    const dir = path.join(tempDir(), 'acme');
    expect((await seedbed(['init', dir], os.tmpdir())).code).toBe(0);
    const mod = jest.requireActual(path.join(dir, 'fleets', 'main.ts'));
    const garden: Garden = mod.default();
    expect(Garden.isGarden(garden)).toBe(true);
    const out = path.join(dir, 'dist', 'main');
    const result = synthesize(garden, { outDir: out, now: new Date(), check: (tree) => checkRenderedTree(tree) });
    expect(result.fleet.seeds.map((s) => s.name)).toEqual(['seed-1']);
    expect(result.fleet.shoots.map((s) => `${s.project}/${s.name}`).sort()).toEqual(['shop/dev', 'shop/prod']);
    expect(garden.props.repository.path).toBe('dist/main');
    const sync = fs.readFileSync(path.join(out, 'seeds', 'seed-1', 'flux-system', 'gotk-sync.yaml'), 'utf8');
    expect(sync).toContain('path: ./dist/main/seeds/seed-1');
    expect(fs.existsSync(path.join(out, 'terraform', 'seed-1', 'shop--prod', 'cdk.tf.json'))).toBe(true);
  });

  test('--provider vsphere: a vSphere fleet that validates, renders and passes terraform validate', async () => {
    const dir = path.join(tempDir(), 'corp');
    const r = await seedbed(['init', dir, '--provider', 'vsphere'], os.tmpdir());
    expect(r.code).toBe(0);
    const fleet = fs.readFileSync(path.join(dir, 'fleets', 'main.ts'), 'utf8');
    expect(fleet).toContain('type: ProviderType.VSPHERE,');
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('CloudProfile of the vSphere datacenter underneath');
    expect(readme).toContain("     networking: { nodes: '10.60.8.0/22', pods: '100.96.0.0/16', services: '100.64.0.0/16' },");

    const garden: Garden = jest.requireActual(path.join(dir, 'fleets', 'main.ts')).default();
    const out = path.join(dir, 'dist', 'main');
    const result = synthesize(garden, { outDir: out, now: new Date(), check: (tree) => checkRenderedTree(tree) });
    expect(result.fleet.shoots.map((s) => `${s.project}/${s.name}`).sort()).toEqual(['shop/dev', 'shop/prod']);
    for (const stack of ['shop--dev', 'shop--prod']) {
      const tf = await terraformValidate(path.join(out, 'terraform', 'seed-1', stack));
      if (!tf.valid) throw new Error(`terraform validate ${stack}:\n${formatDiagnostics(tf.diagnostics)}`);
    }
    // The README's example shoot fits the fleet: added as written, it still validates.
    const snippet = /```ts\n([\s\S]*?)\n {3}```/.exec(readme)![1].split('\n').map((l) => l.slice(3)).join('\n  ');
    fs.writeFileSync(path.join(dir, 'fleets', 'staging.ts'), fleet.replace('\n  return garden;', `\n  ${snippet}\n\n  return garden;`));
    const staged: Garden = jest.requireActual(path.join(dir, 'fleets', 'staging.ts')).default();
    const more = synthesize(staged, { outDir: path.join(dir, 'dist', 'staging'), now: new Date(), check: (tree) => checkRenderedTree(tree) });
    expect(more.fleet.shoots.map((s) => s.name).sort()).toEqual(['dev', 'prod', 'staging']);
  });

  test.each([ProviderType.OPENSTACK, ProviderType.VSPHERE])('%s: SOPS-encrypted credentials scaffolded — one placeholder per shoot with every required key, none of them applied', async (provider) => {
    const dir = path.join(tempDir(), 'acme');
    expect((await seedbed(['init', dir, '--provider', provider], os.tmpdir())).code).toBe(0);
    const binding = `${provider}-shop`;
    const fleet = fs.readFileSync(path.join(dir, 'fleets', 'main.ts'), 'utf8');
    expect(fleet).toContain('sopsSecrets: {},');
    expect(fleet).toContain(`shop.addCredentialsBinding('${binding}', { provider: ProviderType.${provider.toUpperCase()}, delivery: CredentialsDelivery.SOPS });`);

    // What synth says the seed needs is exactly what the scaffold holds: the files, their Secrets, their keys.
    const garden: Garden = jest.requireActual(path.join(dir, 'fleets', 'main.ts')).default();
    const result = synthesize(garden, { outDir: path.join(dir, 'dist', 'main'), now: new Date(), check: (tree) => checkRenderedTree(tree) });
    expect(result.fleet.sopsSecrets).toEqual({ path: 'secrets', decryptionSecretName: 'sops-age' });
    const listed = (JSON.parse(fs.readFileSync(path.join(dir, 'dist', 'main', 'seeds', 'seed-1', 'prerequisites.json'), 'utf8')).prerequisites as SeedPrerequisite[])
      .filter((p) => p.file !== undefined);
    expect(listed.map((p) => p.file).sort()).toEqual([`secrets/seed-1/shoot--shop--dev/${binding}.enc.yaml`, `secrets/seed-1/shoot--shop--prod/${binding}.enc.yaml`]);
    for (const p of listed) {
      const [doc, ...more] = parseAllDocuments(fs.readFileSync(path.join(dir, p.file!), 'utf8')).map((d) => d.toJS());
      expect(more).toEqual([]);
      expect(doc).toMatchObject({ apiVersion: 'v1', kind: 'Secret', metadata: { name: p.name, namespace: p.namespace }, type: 'Opaque' });
      // SOPS encrypts it (.sops.yaml: *.enc.yaml, stringData), and it holds every key the listing names, nothing else.
      expect(p.file).toMatch(/\.enc\.yaml$/);
      expect(Object.keys(doc.stringData).sort()).toEqual([...p.keys].sort());
      expect(Object.keys(doc.stringData).sort()).toEqual([...requiredCredentialsKeys(provider)].sort());
      // Only obvious placeholders: every value line carries REPLACE-WITH-, and no value could be real.
      for (const [key, value] of Object.entries<string>(doc.stringData)) {
        if (key === 'clouds.yaml') {
          const clouds = parseAllDocuments(value)[0].toJS();
          expect(clouds.clouds.openstack.auth).toEqual({
            auth_url: 'REPLACE-WITH-KEYSTONE-URL', application_credential_id: 'REPLACE-WITH-APPLICATION-CREDENTIAL-ID',
            application_credential_secret: 'REPLACE-WITH-APPLICATION-CREDENTIAL-SECRET',
          });
        } else {
          expect([key, value]).toEqual([key, expect.stringMatching(/^REPLACE-WITH-[A-Z-]+$/)]);
        }
      }
      for (const optional of optionalCredentialsKeys(provider)) expect(fs.readFileSync(path.join(dir, p.file!), 'utf8')).toContain(optional);
    }
    // Flux would not apply an unencrypted placeholder: the folder's kustomization lists nothing, so
    // kustomize-controller uses it instead of generating one that takes every YAML file.
    const secrets = path.join(dir, 'secrets', 'seed-1');
    expect(parseAllDocuments(fs.readFileSync(path.join(secrets, 'kustomization.yaml'), 'utf8'))[0].toJS().resources).toEqual([]);
    expect(kustomize(secrets).trim()).toBe('');
    const readme = fs.readFileSync(path.join(secrets, 'README.md'), 'utf8');
    expect(readme).toContain(`sops --encrypt --in-place shoot--shop--prod/${binding}.enc.yaml`);
    expect(readme).toContain('flux-system/seedbed-secrets');
    // The seed's Flux decrypts exactly that folder.
    const sync = fs.readFileSync(path.join(dir, 'dist', 'main', 'seeds', 'seed-1', 'flux-system', 'gotk-sync.yaml'), 'utf8');
    expect(sync).toContain('path: ./secrets/seed-1');
    expect(sync).toContain('!/secrets/seed-1/');
  });

  test('a folder that holds files is refused, unless --force', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine\n');
    const r = await seedbed(['init', dir, '--name', 'acme'], os.tmpdir());
    expect(r.code).toBe(64);
    expect(r.stderr).toBe(`error: ${dir} is not empty (notes.txt); init scaffolds a new repository into an empty folder — pass --force to write into it anyway`);
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);

    const forced = await seedbed(['init', dir, '--name', 'acme', '--force'], os.tmpdir());
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(fs.existsSync(path.join(dir, 'fleets', 'main.ts'))).toBe(true);
  });

  test('a folder holding only .git counts as empty', async () => {
    const dir = path.join(tempDir(), 'fleet');
    fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
    expect((await seedbed(['init', dir], os.tmpdir())).code).toBe(0);
  });

  test('wrong settings are usage errors with a clear message, and nothing is written', async () => {
    const parent = tempDir();
    const cases: Array<[string[], string]> = [
      [['init', 'Acme_Fleet'], "error: the folder name 'Acme_Fleet' is not usable as the garden's name: use lowercase letters, digits and '-', at most 63 characters, starting and ending with a letter or digit (pass --name)"],
      [['init', 'x', '--name', 'Acme'], "error: --name 'Acme' is not a DNS label: use lowercase letters, digits and '-', at most 63 characters, starting and ending with a letter or digit"],
      [['init', 'x', '--repository', 'git@github.com:acme/fleet.git'], "error: --repository 'git@github.com:acme/fleet.git' is not a Git URL Flux can pull (https://… or ssh://…)"],
      [['init', 'x', '--schemas', 'nowhere'], `error: --schemas: ${path.join(parent, 'nowhere')} holds no crds/ folder (it must be the folder holding the upstream CRDs in crds/, e.g. ../shared)`],
      [['init', 'x', '--no-such-flag'], "error: unknown option '--no-such-flag'"],
      [['init', 'x', '--provider', 'aws'], "error: option '--provider <type>' argument 'aws' is invalid. Allowed choices are openstack, vsphere."],
    ];
    for (const [args, message] of cases) {
      const r = await seedbed(args, parent);
      expect({ args, code: r.code, first: r.stderr.split('\n')[0] }).toEqual({ args, code: 64, first: message });
    }
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  test('--schemas is recorded in seedbed.json, relative to the new repository; --seedbed-spec in package.json', async () => {
    const parent = tempDir();
    const shared = path.resolve(REPO_ROOT, '..', 'shared');
    fs.symlinkSync(shared, path.join(parent, 'schemas-checkout'));
    const r = await seedbed(['init', 'platform/acme', '--schemas', 'schemas-checkout', '--seedbed-spec', 'file:../seedbed-0.1.0.tgz'], parent);
    expect(r.code).toBe(0);
    const dir = path.join(parent, 'platform', 'acme');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'seedbed.json'), 'utf8'))).toEqual({ schemas: '../../schemas-checkout' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies).toEqual({ seedbed: 'file:../seedbed-0.1.0.tgz' });
  });
});
