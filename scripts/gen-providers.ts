/**
 * Generates the CDK Terrain (cdktn) bindings for the Terraform providers seedbed uses into
 * `lib/imports/providers/<provider>/`, from the provider schema dumps in
 * `../shared/terraform/schemas/` (`openstack.json`, `vsphere.json`).
 *
 * No prebuilt package fits (none exists for OpenStack; the vSphere one was built for the archived
 * cdktf), and `cdktn get` would need network access and a `terraform init`, so we feed the schema
 * straight into `@cdktn/provider-generator`. Only the resources and data sources listed in
 * {@link PROVIDERS} are generated, which keeps the bindings small and the type-check fast.
 * Descriptions are removed from the schema first, so the output carries no upstream prose and does
 * not churn when wording changes upstream.
 *
 * Usage: `npm run gen:providers` (all) or `npm run gen:providers -- vsphere` (one). The output is
 * committed; never edit it by hand, re-run this. Running it twice produces byte-identical files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeMaker,
  TerraformProviderConstraint,
  TerraformProviderGenerator,
} from '@cdktn/provider-generator';
import { ConstructsMakerProviderTarget, LANGUAGES } from '@cdktn/commons';

type Wanted = ReadonlyArray<{ readonly kind: 'resource' | 'data'; readonly type: string }>;

interface ProviderSpec {
  /** Local name of the provider (`required_providers` key, folder under lib/imports/providers). */
  readonly name: string;
  /** Registry source, `namespace/type`, as written into `required_providers`. */
  readonly source: string;
  /** Schema dump below ../shared/terraform/schemas. */
  readonly schemaFile: string;
  /** What seedbed uses from the provider. Add a row here, re-run, commit. */
  readonly wanted: Wanted;
}

const PROVIDERS: readonly ProviderSpec[] = [
  {
    name: 'openstack',
    source: 'terraform-provider-openstack/openstack',
    schemaFile: 'openstack.json',
    wanted: [
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
    ],
  },
  {
    name: 'vsphere',
    source: 'vmware/vsphere',
    schemaFile: 'vsphere.json',
    wanted: [
      { kind: 'resource', type: 'vsphere_folder' },
      { kind: 'resource', type: 'vsphere_resource_pool' },
      { kind: 'resource', type: 'vsphere_tag_category' },
      { kind: 'resource', type: 'vsphere_tag' },
      { kind: 'resource', type: 'vsphere_distributed_port_group' },
      { kind: 'resource', type: 'vsphere_virtual_machine' },
      { kind: 'resource', type: 'vsphere_compute_cluster_vm_anti_affinity_rule' },
      { kind: 'data', type: 'vsphere_datacenter' },
      { kind: 'data', type: 'vsphere_compute_cluster' },
      { kind: 'data', type: 'vsphere_datastore' },
      { kind: 'data', type: 'vsphere_resource_pool' },
      { kind: 'data', type: 'vsphere_storage_policy' },
      { kind: 'data', type: 'vsphere_network' },
      { kind: 'data', type: 'vsphere_distributed_virtual_switch' },
      { kind: 'data', type: 'vsphere_virtual_machine' },
    ],
  },
];

/** Host of the addresses in the schema dumps (`terraform providers schema -json` writes it out). */
const SCHEMA_HOST = 'registry.terraform.io';

const repoRoot = path.resolve(__dirname, '..');
const schemaDir = path.resolve(repoRoot, '../shared/terraform/schemas');
const sourcesFile = path.join(schemaDir, 'SOURCES.md');
const importsDir = path.join(repoRoot, 'lib', 'imports');

type Json = { [key: string]: unknown };

/** Reads the pinned provider version from the provenance table of SOURCES.md. */
function providerVersion(spec: ProviderSpec, address: string): string {
  const text = fs.readFileSync(sourcesFile, 'utf8');
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[1] === `\`${spec.schemaFile}\`` && cells[2] === `\`${address}\``) {
      const m = /^(\d+\.\d+\.\d+)\b/.exec(cells[3] ?? '');
      if (m) return m[1];
    }
  }
  throw new Error(`no version for ${address} in ${sourcesFile}`);
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

/** The schema reduced to the provider block plus the wanted types, in table order. */
function reducedSchema(spec: ProviderSpec, address: string, version: string): Json {
  const file = path.join(schemaDir, spec.schemaFile);
  const full = JSON.parse(fs.readFileSync(file, 'utf8'));
  const provider = full.provider_schemas?.[address];
  if (!provider) throw new Error(`${file} has no provider ${address}`);
  const resources: Json = {};
  const dataSources: Json = {};
  for (const { kind, type } of spec.wanted) {
    const from = kind === 'resource' ? provider.resource_schemas : provider.data_source_schemas;
    const entry = from?.[type];
    if (!entry) throw new Error(`${kind} ${type} is not in ${file}`);
    (kind === 'resource' ? resources : dataSources)[type] = stripDescriptions(entry);
  }
  return {
    format_version: full.format_version,
    provider_schemas: {
      [address]: {
        provider: stripDescriptions(provider.provider),
        resource_schemas: resources,
        data_source_schemas: dataSources,
      },
    },
    provider_versions: { [address]: version },
  };
}

async function generate(spec: ProviderSpec): Promise<void> {
  const address = `${SCHEMA_HOST}/${spec.source}`;
  const version = providerVersion(spec, address);
  const schema = reducedSchema(spec, address, version);
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema as never);
  // An exact version constraint: stacks pin the provider to the schema we generated from.
  const constraint = new TerraformProviderConstraint({ name: spec.name, source: spec.source, version });
  generator.generate(new ConstructsMakerProviderTarget(constraint, LANGUAGES[0]));
  const outDir = path.join(importsDir, 'providers', spec.name);
  fs.rmSync(outDir, { recursive: true, force: true });
  await generator.save(importsDir); // writes providers/<name>/** below importsDir
  const files = listFiles(outDir);
  for (const file of files) {
    if (path.basename(file) === 'index.ts' && path.dirname(file) !== outDir) addConfigToTerraform(file);
  }
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  process.stdout.write(
    `${spec.name} ${version}: ${spec.wanted.length} types, ${files.length} files, ${Math.round(bytes / 1024)} KiB in ` +
      `${path.relative(repoRoot, outDir)}\n`,
  );
}

/** Marks what seedbed adds to the generator's output. */
const ADDED = 'seedbed (scripts/gen-providers.ts)';

/**
 * Adds a public static `configToTerraform(config)` to the resource, data source or provider class
 * of a generated file: the attributes `synthesizeAttributes()` gives for an instance constructed
 * with `config`, without constructing one. It is the generated `synthesizeAttributes()` with each
 * `this._field` read from `config` instead, as the generated constructor assigns it. Single nested
 * blocks go through their generated `OutputReference`, as the constructor's assignment does, so a
 * block is normalized the same way (a block whose members are all undefined is left out). Fails
 * when the generated code does not have the expected shape, rather than emit something else.
 */
function addConfigToTerraform(file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const where = path.relative(repoRoot, file);
  const cls = /^export class (\w+) extends cdktn\.Terraform(?:Resource|DataSource|Provider) \{$/m.exec(text);
  if (!cls) throw new Error(`${where}: no resource, data source or provider class`);
  const className = cls[1];
  const body = text.slice(cls.index);
  const ctor = /^ {2}public constructor\(scope: Construct, id: string, config: (\w+)(?: = \{\})?\) \{$/m.exec(body);
  if (!ctor) throw new Error(`${where}: no constructor of ${className}`);
  const configType = ctor[1];
  const fromConfig = new Map<string, string>();
  for (const m of body.matchAll(/^ {4}this\.(_\w+)(?:\.internalValue)? = config\.(\w+);$/gm)) fromConfig.set(m[1], m[2]);
  const blocks = new Map<string, { type: string; attribute: string }>();
  for (const m of body.matchAll(/^ {2}private (_\w+) = new (\w+OutputReference)\(this, "(\w+)"\);$/gm)) {
    blocks.set(m[1], { type: m[2], attribute: m[3] });
  }
  // A list of blocks keeps what it is given (`internalValue` is a plain property of a ComplexList).
  const lists = new Set<string>();
  for (const m of body.matchAll(/^ {2}private (_\w+) = new (\w+List)\(this, "\w+", (?:true|false)\);$/gm)) lists.add(m[1]);
  const synth = /^ {2}protected synthesizeAttributes\(\): \{ \[name: string\]: any \} \{\n {4}return \{\n([\s\S]*?)\n {4}\};\n {2}\}$/m.exec(body);
  if (!synth) throw new Error(`${where}: no synthesizeAttributes() in ${className}`);
  const attributes = synth[1].replace(/this\.(_\w+)(\.internalValue)?/g, (_all, field: string, internal?: string) => {
    const key = fromConfig.get(field);
    if (key === undefined) throw new Error(`${where}: ${className}.${field} is not assigned from the config`);
    const block = blocks.get(field);
    if (internal && block) {
      return `(config.${key} === undefined ? undefined : configBlock(new ${block.type}(CONFIG_ONLY, "${block.attribute}"), config.${key}))`;
    }
    if (internal ? !lists.has(field) : block || lists.has(field)) {
      throw new Error(`${where}: ${className}.${field} is not a plain field, a list or a single block`);
    }
    return `config.${key}`;
  });
  if (/\bthis\b/.test(attributes)) throw new Error(`${where}: synthesizeAttributes() of ${className} reads more than its fields`);
  const anchor = /^ {2}public static readonly tfResourceType = "\w+";\n/m.exec(body);
  if (!anchor) throw new Error(`${where}: no tfResourceType in ${className}`);
  const method = [
    '',
    `  // Added by ${ADDED}.`,
    '  /**',
    `  * The Terraform attributes of a ${className} constructed with \`config\`, as its synthesizeAttributes() gives them,`,
    '  * without constructing it.',
    '  *',
    `  * @param config ${configType}`,
    '  */',
    `  public static configToTerraform(config: ${configType}): { [name: string]: any } {`,
    '    return {',
    attributes,
    '    };',
    '  }',
    '',
  ].join('\n');
  const helpers = [
    `// Added by ${ADDED}: what ${className}.configToTerraform() builds block references on; it refers to nothing.`,
    'const CONFIG_ONLY: cdktn.IInterpolatingParent = {',
    '  interpolationForAttribute(attribute: string): cdktn.IResolvable {',
    '    throw new Error(`${attribute} of a config cannot be referred to`);',
    '  },',
    '};',
    '',
    `// Added by ${ADDED}: a block's value read back through its reference, as the constructor stores it.`,
    'function configBlock<T>(reference: { internalValue?: T }, value: T): T | undefined {',
    '  reference.internalValue = value;',
    '  return reference.internalValue;',
    '}',
    '',
    '',
  ].join('\n');
  const insertAt = cls.index + anchor.index + anchor[0].length;
  // The helpers go before the class's doc comment.
  const classDoc = text.lastIndexOf('\n/**\n', cls.index) + 1;
  if (classDoc === 0) throw new Error(`${where}: no doc comment on ${className}`);
  const out = text.slice(0, classDoc) + (blocks.size > 0 ? helpers : '') + text.slice(classDoc, insertAt) + method + text.slice(insertAt);
  fs.writeFileSync(file, out);
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !PROVIDERS.some((p) => p.name === n));
  if (unknown.length > 0) throw new Error(`unknown provider(s) ${unknown.join(', ')}; known: ${PROVIDERS.map((p) => p.name).join(', ')}`);
  for (const spec of PROVIDERS) {
    if (names.length === 0 || names.includes(spec.name)) await generate(spec);
  }
}

main().catch((err) => {
  process.stderr.write(`gen-providers: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
