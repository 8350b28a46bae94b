/**
 * Generates the cdktf bindings for the OpenStack Terraform provider into
 * `lib/imports/providers/openstack/` from the provider schema dump in
 * `../shared/terraform/schemas/openstack.json`.
 *
 * `@cdktf/provider-openstack` is not published, and `cdktf get` would need network access and a
 * `terraform init`, so we feed the schema straight into `@cdktf/provider-generator`. Only the
 * resources and data sources listed in {@link WANTED} are generated, which keeps the binding small
 * and the type-check fast. Descriptions are removed from the schema first, so the output carries
 * no upstream prose and does not churn when wording changes upstream.
 *
 * Usage: `npm run gen:openstack`. The output is committed; never edit it by hand, re-run this.
 * Running it twice produces byte-identical files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeMaker,
  TerraformProviderConstraint,
  TerraformProviderGenerator,
} from '@cdktf/provider-generator';
import { ConstructsMakerProviderTarget, LANGUAGES } from '@cdktf/commons';

/** What seedbed uses from the OpenStack provider. Add a row here, re-run, commit. */
const WANTED: ReadonlyArray<{ readonly kind: 'resource' | 'data'; readonly type: string }> = [
  { kind: 'resource', type: 'openstack_networking_network_v2' },
  { kind: 'resource', type: 'openstack_networking_subnet_v2' },
  { kind: 'resource', type: 'openstack_networking_router_v2' },
  { kind: 'resource', type: 'openstack_networking_router_interface_v2' },
  { kind: 'resource', type: 'openstack_networking_secgroup_v2' },
  { kind: 'resource', type: 'openstack_networking_secgroup_rule_v2' },
  { kind: 'resource', type: 'openstack_networking_port_v2' },
  { kind: 'resource', type: 'openstack_networking_floatingip_v2' },
  { kind: 'resource', type: 'openstack_compute_keypair_v2' },
  { kind: 'resource', type: 'openstack_compute_servergroup_v2' },
  { kind: 'resource', type: 'openstack_compute_instance_v2' },
  { kind: 'resource', type: 'openstack_blockstorage_volume_v3' },
  { kind: 'data', type: 'openstack_networking_network_v2' },
  { kind: 'data', type: 'openstack_networking_router_v2' },
  { kind: 'data', type: 'openstack_images_image_v2' },
  { kind: 'data', type: 'openstack_compute_flavor_v2' },
];

/** Registry source of the provider, as written into `required_providers`. */
const PROVIDER_SOURCE = 'terraform-provider-openstack/openstack';
const PROVIDER_ADDRESS = `registry.terraform.io/${PROVIDER_SOURCE}`;

const repoRoot = path.resolve(__dirname, '..');
const schemaDir = path.resolve(repoRoot, '../shared/terraform/schemas');
const schemaFile = path.join(schemaDir, 'openstack.json');
const sourcesFile = path.join(schemaDir, 'SOURCES.md');
const importsDir = path.join(repoRoot, 'lib', 'imports');
const outDir = path.join(importsDir, 'providers', 'openstack');

type Json = { [key: string]: unknown };

/** Reads the pinned provider version from the provenance table of SOURCES.md. */
function providerVersion(): string {
  const text = fs.readFileSync(sourcesFile, 'utf8');
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[1] === '`openstack.json`' && cells[2] === `\`${PROVIDER_ADDRESS}\``) {
      const m = /^(\d+\.\d+\.\d+)\b/.exec(cells[3] ?? '');
      if (m) return m[1];
    }
  }
  throw new Error(`no version for ${PROVIDER_ADDRESS} in ${sourcesFile}`);
}

/**
 * Removes descriptions (upstream prose) everywhere in a schema subtree. Only text values are
 * prose: an attribute that is itself called `description` (an object in `attributes`) stays.
 */
function stripDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripDescriptions);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if ((k === 'description' || k === 'description_kind') && typeof v === 'string') continue;
    out[k] = stripDescriptions(v);
  }
  return out;
}

/** The schema reduced to the provider block plus the WANTED types, in table order. */
function reducedSchema(version: string): Json {
  const full = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const provider = full.provider_schemas?.[PROVIDER_ADDRESS];
  if (!provider) throw new Error(`${schemaFile} has no provider ${PROVIDER_ADDRESS}`);
  const resources: Json = {};
  const dataSources: Json = {};
  for (const { kind, type } of WANTED) {
    const from = kind === 'resource' ? provider.resource_schemas : provider.data_source_schemas;
    const entry = from?.[type];
    if (!entry) throw new Error(`${kind} ${type} is not in ${schemaFile}`);
    (kind === 'resource' ? resources : dataSources)[type] = stripDescriptions(entry);
  }
  return {
    format_version: full.format_version,
    provider_schemas: {
      [PROVIDER_ADDRESS]: {
        provider: stripDescriptions(provider.provider),
        resource_schemas: resources,
        data_source_schemas: dataSources,
      },
    },
    provider_versions: { [PROVIDER_ADDRESS]: version },
  };
}

async function main(): Promise<void> {
  const version = providerVersion();
  const schema = reducedSchema(version);
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema as never);
  // An exact version constraint: stacks pin the provider to the schema we generated from.
  const constraint = new TerraformProviderConstraint({ name: 'openstack', source: PROVIDER_SOURCE, version });
  generator.generate(new ConstructsMakerProviderTarget(constraint, LANGUAGES[0]));
  fs.rmSync(outDir, { recursive: true, force: true });
  await generator.save(importsDir); // writes providers/openstack/** below importsDir
  const files = listFiles(outDir);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  process.stdout.write(
    `openstack ${version}: ${WANTED.length} types, ${files.length} files, ${Math.round(bytes / 1024)} KiB in ` +
      `${path.relative(repoRoot, outDir)}\n`,
  );
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

main().catch((err) => {
  process.stderr.write(`gen-openstack: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
