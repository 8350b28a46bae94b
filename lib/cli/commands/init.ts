/**
 * `seedbed init`: scaffolds a platform repository — the package that depends on seedbed, a small
 * commented fleet, the cdk8s/cdktn app wiring, the pull-request workflow, SOPS settings and a
 * README for the platform team. The files come from `templates/init/` in the seedbed package,
 * the fleet from `templates/fleets/<provider>.ts` (`{{name}}`-style tokens in them are replaced)
 * and the workflow from `ci/github-actions.yml`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DNS1123_LABEL_MAX, isDns1123Label } from '../../core/names';
import { ProviderType } from '../../core/types';
import {
  CREDENTIALS_KEYS, OPENSTACK_CLOUD_NAME, credentialsConsumers, optionalCredentialsKeys, requiredCredentialsKeys,
} from '../../core/credentials';
import { UsageError } from '../../pipeline/errors';
import { resolveSchemaDir, SETTINGS_FILE } from '../../pipeline/schemas';
import { repoRoot } from '../../schema/paths';
import { CommandContext } from '../context';

/** The seedbed package's package.json. */
function ownPackage(): { version: string; dependencies: Record<string, string>; devDependencies?: Record<string, string> } {
  return JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8'));
}

/** The version of the running seedbed. */
export function seedbedVersion(): string {
  return ownPackage().version;
}

/** Options of {@link initProject}. */
export interface InitOptions {
  /** The folder to scaffold into; created when missing. */
  readonly directory: string;
  /**
   * The garden's name (a DNS label): names the fleet's objects and the package.
   * @default - the folder's name, when it is a DNS label
   */
  readonly name?: string;
  /**
   * The infrastructure of the example fleet: its CloudProfile, seed and shoots.
   * @default ProviderType.OPENSTACK
   */
  readonly provider?: ProviderType;
  /**
   * URL of the Git repository the seeds' Flux pulls the rendered output from.
   * @default - an example URL under git.<name>.example, to be replaced
   */
  readonly repository?: string;
  /**
   * The version specifier of the seedbed dependency in package.json (e.g. `file:../seedbed-0.1.0.tgz`).
   * @default - `^<the running seedbed's version>`
   */
  readonly seedbedSpec?: string;
  /**
   * Folder holding the upstream CRDs (`crds/`), recorded in seedbed.json; relative paths are
   * taken from `cwd` and written relative to the new repository.
   * @default - none recorded: the command looks in `schemas/` and `../shared`
   */
  readonly schemas?: string;
  /** The folder relative paths are taken from (the command's working directory). */
  readonly cwd: string;
  /**
   * Write into a folder that already holds files (files of the same name are overwritten).
   * @default false
   */
  readonly force?: boolean;
}

/** What {@link initProject} did. */
export interface InitResult {
  /** The repository's folder. */
  readonly directory: string;
  /** The garden's name. */
  readonly name: string;
  /** The files written, relative to the folder, sorted. */
  readonly files: string[];
  /** True when the repository URL is the example one and needs replacing. */
  readonly exampleRepository: boolean;
}

/** What differs between the providers' scaffolds: the fleet (templates/fleets/<provider>.ts) and these README parts. */
const PROVIDERS: Record<ProviderType, { cloud: string; addShoot: string; binding: string }> = {
  [ProviderType.OPENSTACK]: {
    cloud: 'OpenStack cloud',
    binding: 'openstack-shop',
    addShoot: [
      "const staging = new Shoot(shop, 'staging', {",
      "  cloudProfile: profile,",
      "  region: 'eu-1',",
      "  kubernetesVersion: '1.33.5',",
      "  purpose: ShootPurpose.EVALUATION,",
      "  credentials,",
      "});",
      "staging.addWorkerPool('default', { machineType: 'm1.large', minimum: 2, maximum: 4 });",
    ].join('\n'),
  },
  [ProviderType.VSPHERE]: {
    cloud: 'vSphere datacenter',
    binding: 'vsphere-shop',
    addShoot: [
      "const staging = new Shoot(shop, 'staging', {",
      "  cloudProfile: profile,",
      "  region: 'dc-1',",
      "  kubernetesVersion: '1.33.5',",
      "  purpose: ShootPurpose.EVALUATION,",
      "  credentials,",
      "  // The port group is shared: a node range no other shoot uses.",
      "  networking: { nodes: '10.60.8.0/22', pods: '100.96.0.0/16', services: '100.64.0.0/16' },",
      "});",
      "staging.addWorkerPool('default', { machineType: 'medium', minimum: 2, maximum: 4, volume: { sizeGiB: 60 } });",
    ].join('\n'),
  },
};

/** The seed and the shoot namespaces of the template fleets (templates/fleets/*.ts), whose credentials Secrets are scaffolded. */
const TEMPLATE_SEED = 'seed-1';
const TEMPLATE_SHOOT_NAMESPACES = ['shoot--shop--prod', 'shoot--shop--dev'];
/** Folder of the repository holding the SOPS-encrypted Secrets (the Garden's `sopsSecrets.path` default). */
const SECRETS_DIR = 'secrets';

/** An obvious placeholder for a key's value: never a value that could work. */
function placeholder(key: string): string {
  return `REPLACE-WITH-${key.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toUpperCase()}`;
}

/**
 * A credentials Secret as the platform team fills it in and then encrypts: every key the
 * credentials contract (core/credentials) requires for the provider, each with a placeholder.
 */
function credentialsPlaceholder(provider: ProviderType, name: string, namespace: string): string {
  const value = (key: string): string[] => {
    if (key === CREDENTIALS_KEYS.cloudsYaml) {
      return [`  ${key}: |`, ...[
        'clouds:',
        `  ${OPENSTACK_CLOUD_NAME}:`,
        '    auth:',
        `      auth_url: ${placeholder('keystone-url')}`,
        `      application_credential_id: ${placeholder('application-credential-id')}`,
        `      application_credential_secret: ${placeholder('application-credential-secret')}`,
        '    auth_type: v3applicationcredential',
        `    region_name: ${placeholder('region')}`,
        '    interface: public',
        '    identity_api_version: 3',
      ].map((l) => `    ${l}`)];
    }
    const shared: Record<string, string> = {
      [CREDENTIALS_KEYS.osApplicationCredentialId]: 'application-credential-id',
      [CREDENTIALS_KEYS.osApplicationCredentialSecret]: 'application-credential-secret',
      [CREDENTIALS_KEYS.username]: 'vcenter-user', [CREDENTIALS_KEYS.vsphereUser]: 'vcenter-user',
      [CREDENTIALS_KEYS.password]: 'vcenter-password', [CREDENTIALS_KEYS.vspherePassword]: 'vcenter-password',
    };
    return [`  ${key}: ${placeholder(shared[key] ?? key)}`];
  };
  const optional = optionalCredentialsKeys(provider);
  return [
    '# PLACEHOLDER, not applied: Flux applies only the files secrets/<seed>/kustomization.yaml lists.',
    '# Replace every REPLACE-WITH-… value, encrypt the file in place (sops --encrypt --in-place <this file>),',
    '# then add it to kustomization.yaml. Keys and who reads them: README.md beside this folder.',
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    'type: Opaque',
    'stringData:',
    ...requiredCredentialsKeys(provider).flatMap(value),
    ...(optional.length > 0 ? [`  # Optional: ${optional.join(', ')} (see README.md).`] : []),
    '',
  ].join('\n');
}

/** The README of a seed's secrets folder: the files, the keys per consumer, and the steps. */
function secretsReadme(provider: ProviderType, binding: string): string {
  const rows = credentialsConsumers(provider).map((c) => `| ${c.consumer} | ${c.keys.map((k) => `\`${k.key}\`${k.optional ? ' (optional)' : ''}`).join(', ')} | ${c.via} | ${c.evidence} |`);
  return [
    `# ${SECRETS_DIR}/${TEMPLATE_SEED}: Secrets seed ${TEMPLATE_SEED} decrypts`,
    '',
    `Flux on seed ${TEMPLATE_SEED} applies this folder (Kustomization \`flux-system/seedbed-secrets\`, SOPS decryption`,
    'with the age key in `flux-system/sops-age`, key `age.agekey`) before any shoot\'s first stage. It applies only what',
    '`kustomization.yaml` lists: the placeholders below stay out until they are filled in and encrypted.',
    '',
    `One file per shoot namespace holds the Secret of the credentials binding \`${binding}\` (\`fleets/main.ts\`):`,
    '',
    ...TEMPLATE_SHOOT_NAMESPACES.map((ns) => `* \`${ns}/${binding}.enc.yaml\``),
    '',
    'For each:',
    '',
    '1. replace every `REPLACE-WITH-…` value with the real one (in your editor, never committed in clear);',
    `2. \`sops --encrypt --in-place ${TEMPLATE_SHOOT_NAMESPACES[0]}/${binding}.enc.yaml\` (\`.sops.yaml\` at the root says for whom);`,
    '3. add the file to `resources` in `kustomization.yaml` and commit.',
    '',
    'The keys, and who reads them in the shoot\'s namespace:',
    '',
    '| consumer | keys | reads it through | upstream |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'A new shoot needs its own file: `npx seedbed synth` lists every Secret a seed needs, with its keys and the file',
    `to commit, in \`dist/main/seeds/${TEMPLATE_SEED}/prerequisites.json\`.`,
    '',
  ].join('\n');
}

/** The kustomization of a seed's secrets folder: nothing until the first encrypted file is added. */
function secretsKustomization(binding: string): string {
  return [
    '# What Flux applies from this folder, and nothing else (kustomize-controller generates a kustomization',
    '# that takes every YAML file only when a folder has none). List each file once it is encrypted:',
    ...TEMPLATE_SHOOT_NAMESPACES.map((ns) => `#   - ${ns}/${binding}.enc.yaml`),
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources: []',
    '',
  ].join('\n');
}

/** Template file names that npm would drop or that would act on the seedbed repository itself. */
const RENAMES: ReadonlyArray<[RegExp, string]> = [
  [/^gitignore$/, '.gitignore'],
  [/^sops\.yaml$/, '.sops.yaml'],
];

function listTemplates(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listTemplates(path.join(dir, e.name), rel) : [rel];
  }).sort();
}

function fill(text: string, values: Record<string, string>, file: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`template ${file}: unknown token {{${key}}}`);
    return values[key];
  });
}

/** The package.json of the new repository. */
function packageJson(name: string, seedbedSpec: string): string {
  const own = ownPackage();
  const dev = own.devDependencies ?? {};
  const pkg = {
    name: `${name}-platform`,
    version: '0.0.0',
    private: true,
    description: `The ${name} fleet as code: seeds, shoots and CloudProfiles rendered by seedbed`,
    scripts: {
      'synth': 'seedbed synth',
      'validate': 'seedbed validate',
      'diff': 'seedbed diff',
      // cdk8s-cli asks the npm registry for its latest version on every command (unless it did in
      // the last 30 minutes), through cdk8s's Yaml.load, whose child process prints a stack trace
      // where the registry cannot be reached. Its `--check-upgrade` option (default true; the
      // environment's `CDK8S_CHECK_UPGRADE=false` does the same, every option reads `CDK8S_*`)
      // turns that off. cdk8s-team/cdk8s-cli: src/cli/index.ts (option 'check-upgrade', `.env('CDK8S')`)
      // and src/upgrades.ts, v2.207.60; cdk8s-team/cdk8s-core: src/_loadurl.mjs (throws on an HTTP error).
      'synth:cdk8s': 'cdk8s synth --check-upgrade=false',
      'test': 'tsc --noEmit && seedbed validate',
    },
    dependencies: { seedbed: seedbedSpec },
    devDependencies: {
      '@types/node': dev['@types/node'],
      'cdk8s-cli': dev['cdk8s-cli'],
      'ts-node': own.dependencies['ts-node'],
      'typescript': own.dependencies.typescript,
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Scaffolds a platform repository; a usage error when the folder is not empty (unless `force`) or a setting is wrong. */
export function initProject(options: InitOptions): InitResult {
  const directory = path.resolve(options.cwd, options.directory);
  if (fs.existsSync(directory)) {
    if (!fs.statSync(directory).isDirectory()) throw new UsageError(`${directory} exists and is not a folder`);
    const present = fs.readdirSync(directory).filter((f) => f !== '.git');
    if (present.length > 0 && !options.force) {
      const shown = present.sort().slice(0, 5).join(', ') + (present.length > 5 ? ', …' : '');
      throw new UsageError(`${directory} is not empty (${shown}); init scaffolds a new repository into an empty folder — pass --force to write into it anyway`);
    }
  }
  const name = options.name ?? path.basename(directory);
  if (!isDns1123Label(name) || name.length > DNS1123_LABEL_MAX) {
    const origin = options.name === undefined ? `the folder name '${name}' is not usable as the garden's name` : `--name '${name}' is not a DNS label`;
    throw new UsageError(`${origin}: use lowercase letters, digits and '-', at most ${DNS1123_LABEL_MAX} characters, starting and ending with a letter or digit${options.name === undefined ? ' (pass --name)' : ''}`);
  }
  if (options.repository !== undefined && !/^(https?|ssh):\/\/\S+$/.test(options.repository)) {
    throw new UsageError(`--repository '${options.repository}' is not a Git URL Flux can pull (https://… or ssh://…)`);
  }
  let schemas: string | undefined;
  if (options.schemas !== undefined) {
    const found = resolveSchemaDir({ cwd: options.cwd, flag: options.schemas });
    schemas = path.isAbsolute(options.schemas) ? found : path.relative(directory, found) || '.';
  }

  const provider = options.provider ?? ProviderType.OPENSTACK;
  if (!(provider in PROVIDERS)) throw new UsageError(`--provider '${provider}' is not supported (allowed: ${Object.keys(PROVIDERS).join(', ')})`);
  const values: Record<string, string> = {
    name,
    repository: options.repository ?? `https://git.${name}.example/platform/${name}.git`,
    seedbedVersion: seedbedVersion(),
    cloud: PROVIDERS[provider].cloud,
    addShoot: PROVIDERS[provider].addShoot.split('\n').map((l) => `   ${l}`).join('\n'),
  };
  const files = new Map<string, string>();
  const templates = path.join(repoRoot(), 'templates', 'init');
  for (const rel of listTemplates(templates)) {
    const target = RENAMES.reduce((p, [from, to]) => p.replace(from, to), rel);
    files.set(target, fill(fs.readFileSync(path.join(templates, rel), 'utf8'), values, rel));
  }
  const fleet = path.join(repoRoot(), 'templates', 'fleets', `${provider}.ts`);
  files.set('fleets/main.ts', fill(fs.readFileSync(fleet, 'utf8'), values, path.relative(repoRoot(), fleet)));
  // The pull-request workflow is seedbed's own GitHub Actions template, as shipped.
  files.set('.github/workflows/seedbed.yml', fs.readFileSync(path.join(repoRoot(), 'ci', 'github-actions.yml'), 'utf8'));
  files.set('package.json', packageJson(name, options.seedbedSpec ?? `^${seedbedVersion()}`));
  // The seed's SOPS folder: a README, a kustomization that applies nothing yet, one placeholder per shoot.
  const binding = PROVIDERS[provider].binding;
  const secrets = `${SECRETS_DIR}/${TEMPLATE_SEED}`;
  files.set(`${secrets}/README.md`, secretsReadme(provider, binding));
  files.set(`${secrets}/kustomization.yaml`, secretsKustomization(binding));
  for (const ns of TEMPLATE_SHOOT_NAMESPACES) files.set(`${secrets}/${ns}/${binding}.enc.yaml`, credentialsPlaceholder(provider, binding, ns));
  if (schemas !== undefined) files.set(SETTINGS_FILE, `${JSON.stringify({ schemas }, null, 2)}\n`);

  for (const [rel, content] of files) {
    const file = path.join(directory, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return { directory, name, files: [...files.keys()].sort(), exampleRepository: options.repository === undefined };
}

/** The options of `seedbed init`. */
export interface InitCommandOptions {
  readonly name?: string;
  readonly provider: string;
  readonly repository?: string;
  readonly schemas?: string;
  readonly seedbedSpec?: string;
  readonly force?: boolean;
}

/** Runs `seedbed init` into `dir` and prints the files created and the next steps. */
export function initCommand(dir: string, opts: InitCommandOptions, { io }: CommandContext): void {
  const result = initProject({
    directory: dir, cwd: io.cwd, name: opts.name, provider: opts.provider as ProviderType, repository: opts.repository, schemas: opts.schemas,
    seedbedSpec: opts.seedbedSpec, force: !!opts.force,
  });
  const shown = path.relative(io.cwd, result.directory) || '.';
  io.out(`created the platform repository for the garden ${result.name} in ${shown}:`);
  for (const f of result.files) io.out(`  ${f}`);
  io.out('next:');
  if (shown !== '.') io.out(`  cd ${shown}`);
  io.out('  npm install');
  io.out('  npx seedbed synth        # renders fleets/main.ts into dist/main/');
  io.out('README.md explains adding shoots, bootstrapping Flux on a seed and promoting changes.');
  if (result.exampleRepository) io.out('The repository URL in fleets/main.ts is an example: set it (or pass --repository) before the seeds pull from it.');
}
