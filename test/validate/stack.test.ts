/**
 * The management stack: declared versions are checked (form, schemas seedbed has), seeds override
 * the garden field by field, and the compatibility table turns known-bad combinations into errors
 * (unless the work-around is opted into) and deprecations into warnings — one test fleet per row.
 */
import { COMPATIBILITY, CompatibilityKind, StackUse, matchingRows, satisfies } from '../../lib/core/compatibility';
import { formatFieldError, formatFieldWarning } from '../../lib/core/problems';
import {
  ENGINE_FLOOR, ManagementStack, STOCK_RUNNER_OPENTOFU, StackWorkaround, TerraformEngine, engineConstraint, resolveStack, schemasFor, stockRunnerOpenTofu,
} from '../../lib/core/stack';
import { ControlPlaneBackend } from '../../lib/core/types';
import { buildFleet, resolve, seedSpec } from '../fixtures/fleet';

/** The fixture fleet (Kamaji shoots with Cluster API pools on OpenStack) with the garden's and seed-1's stacks replaced. */
function run(garden: ManagementStack | undefined, seed1?: ManagementStack, backend?: ControlPlaneBackend) {
  const built = buildFleet((spec) => {
    (spec.garden as any).managementStack = garden;
    if (backend) (spec.garden as any).defaultBackend = backend;
    if (seed1) seedSpec(spec, 'seed-1').props.managementStack = seed1;
  });
  const result = resolve(built);
  return { errors: result.errors.map(formatFieldError), warnings: result.warnings.filter((w) => w.field.startsWith('managementStack')).map(formatFieldWarning), fleet: result.fleet };
}

describe('declared versions', () => {
  test.each<[string, ManagementStack, string[]]>([
    ['a version that is not semantic', { clusterApi: 'latest', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
      ['fleet managementStack.clusterApi: Invalid: must be a semantic version (MAJOR.MINOR.PATCH, optionally with a leading v and a pre-release, e.g. v1.14.0) (got "latest")']],
    ['a CAPO release seedbed has no schemas of', { clusterApiProviderOpenStack: 'v0.16.0', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
      ['fleet managementStack.clusterApiProviderOpenStack: NotSupported: seedbed has no schemas of Cluster API provider OpenStack v0.16.0, so it cannot render for it: '
        + '../shared/crds/cluster-api-provider-openstack holds v0.14.7, crds-versions/cluster-api-provider-openstack/v0.15.0-beta.0 and no folder '
        + 'crds-versions/cluster-api-provider-openstack/v0.16.0 exists (another patch of a release listed is accepted) (got "v0.16.0"; allowed: v0.14.7, v0.15.0-beta.0)']],
    // A pre-release is accepted only as itself: v0.15.0 (the release) is not v0.15.0-beta.0.
    ['the CAPO release of a pre-release seedbed has', { clusterApiProviderOpenStack: 'v0.15.0', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
      ['fleet managementStack.clusterApiProviderOpenStack: NotSupported: seedbed has no schemas of Cluster API provider OpenStack v0.15.0, so it cannot render for it: '
        + '../shared/crds/cluster-api-provider-openstack holds v0.14.7, crds-versions/cluster-api-provider-openstack/v0.15.0-beta.0 and no folder '
        + 'crds-versions/cluster-api-provider-openstack/v0.15.0 exists (another patch of a release listed is accepted) (got "v0.15.0"; allowed: v0.14.7, v0.15.0-beta.0)']],
    ['a seed Kubernetes minor without schemas', { kubernetes: 'v1.34.0', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
      ['fleet managementStack.kubernetes: NotSupported: seedbed has no schemas of Kubernetes (seed) v1.34.0, so it cannot render for it: '
        + '../shared/crds/kubernetes holds v1.33.7 and no folder crds-versions/kubernetes/v1.34.0 exists (another patch of a release listed is accepted) (got "v1.34.0"; allowed: v1.33.7)']],
    ['an engine version that is not semantic', { terraformEngineVersion: '1.12', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
      ['fleet managementStack.terraformEngineVersion: Invalid: must be a semantic version (MAJOR.MINOR.PATCH, e.g. 1.12.1) (got "1.12")']],
  ])('fails for %s', (_, stack, expected) => {
    expect(run(stack).errors).toEqual(expected);
  });

  test('another patch of a release seedbed has is accepted, and a seed overrides the garden field by field', () => {
    const { errors, fleet } = run(
      { clusterApi: 'v1.14.2', kubernetes: 'v1.33.1', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] },
      { clusterApiProviderOpenStack: 'v0.15.0-beta.0' },
    );
    expect(errors).toEqual([]);
    const [s1, s2] = ['seed-1', 'seed-2'].map((n) => fleet!.seeds.find((s) => s.name === n)!.stack);
    expect(s1.versions).toMatchObject({ clusterApi: 'v1.14.2', kubernetes: 'v1.33.1', clusterApiProviderOpenStack: 'v0.15.0-beta.0', kamajiClusterApiProvider: 'v0.20.0' });
    expect(s1.schemaSet).toBe('cluster-api-provider-openstack@v0.15.0-beta.0');
    expect(s1.declared).toEqual(['kubernetes', 'clusterApi', 'clusterApiProviderOpenStack']);
    expect(s2.versions.clusterApiProviderOpenStack).toBe('v0.14.7');
    expect(s2.schemaSet).toBe('');
  });

  test('the Terraform engine needs a runner image that carries terraform', () => {
    expect(run({ terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.11.4', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] }).errors).toEqual([
      'fleet/seed-1 managementStack.terraformRunnerImage: Required: must be set when the engine is Terraform: tofu-controller\'s runner looks for a `terraform` binary before `tofu`, and its stock runner image ships only OpenTofu',
      'fleet/seed-2 managementStack.terraformRunnerImage: Required: must be set when the engine is Terraform: tofu-controller\'s runner looks for a `terraform` binary before `tofu`, and its stock runner image ships only OpenTofu',
    ]);
  });
});

describe('the compatibility table', () => {
  const kamajiRow = COMPATIBILITY.find((r) => r.id === 'kamaji-provider-bootstrap-rbac')!;

  test('kamaji-provider-bootstrap-rbac: refused on every seed rendering a KamajiControlPlane, with the seed path and field', () => {
    const { errors } = run(undefined);
    const detail = `is a known-bad combination [kamaji-provider-bootstrap-rbac]: ${kamajiRow.detail} (got "v0.20.0")`;
    expect(errors).toEqual([
      `fleet/seed-1 managementStack.kamajiClusterApiProvider: Forbidden: Cluster API v1.14.0 with Kamaji Cluster API provider v0.20.0 (the default version) ${detail}`,
      `fleet/seed-2 managementStack.kamajiClusterApiProvider: Forbidden: Cluster API v1.14.0 with Kamaji Cluster API provider v0.20.0 (the default version) ${detail}`,
    ]);
  });

  test('kamaji-provider-bootstrap-rbac: says where a version was declared; the work-around on one seed clears that seed', () => {
    const { errors } = run({ clusterApi: 'v1.14.0' }, { workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] });
    expect(errors).toEqual([
      `fleet/seed-2 managementStack.kamajiClusterApiProvider: Forbidden: Cluster API v1.14.0 with Kamaji Cluster API provider v0.20.0 (the default version) is a known-bad combination [kamaji-provider-bootstrap-rbac]: ${kamajiRow.detail} (got "v0.20.0")`,
    ]);
  });

  test('kamaji-provider-bootstrap-rbac: not on seeds without a KamajiControlPlane (k0smotron shoots)', () => {
    expect(run(undefined, undefined, ControlPlaneBackend.K0SMOTRON).errors).toEqual([]);
  });

  test('capo-v1beta1-contract-deprecated: a warning (never an error) while CAPO v0.14 runs with Cluster API v1.14; gone with CAPO v0.15', () => {
    const row = COMPATIBILITY.find((r) => r.id === 'capo-v1beta1-contract-deprecated')!;
    const { errors, warnings } = run({ workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] }, { clusterApiProviderOpenStack: 'v0.15.0-beta.0' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      `fleet/seed-2 managementStack.clusterApiProviderOpenStack: Deprecated: Cluster API v1.14.0 with Cluster API provider OpenStack v0.14.7 (the default version) [capo-v1beta1-contract-deprecated]: ${row.detail}; removed in Cluster API v1.16.0 (got "v0.14.7")`,
    ]);
  });

  test('capo-v1beta1-contract-removed: Cluster API v1.16 with CAPO v0.14 matches (the table, as Cluster API v1.16 has no schemas yet)', () => {
    const versions = resolveStack({ clusterApi: 'v1.16.0' }, undefined).versions;
    const rows = matchingRows(versions, new Set([StackUse.CLUSTER_API, StackUse.OPENSTACK_MACHINES]));
    expect(rows.map((r) => `${r.id} ${r.kind}`)).toEqual(['capo-v1beta1-contract-removed known-bad']);
    expect(matchingRows({ ...versions, clusterApiProviderOpenStack: 'v0.15.0-beta.0' }, new Set([StackUse.OPENSTACK_MACHINES]))).toEqual([]);
  });

  test.each<[string, string, string | undefined, boolean]>([
    ['v1.14.0', 'v1.14.0', undefined, true],
    ['v1.13.5', 'v1.14.0', undefined, false],
    ['v0.20.0', undefined as unknown as string, 'v0.20.1', true],
    ['v0.20.1', undefined as unknown as string, 'v0.20.1', false],
    ['v0.15.0-beta.0', undefined as unknown as string, 'v0.15.0-0', false],
    ['v0.14.7', undefined as unknown as string, 'v0.15.0-0', true],
    ['not-a-version', 'v1.0.0', undefined, false],
  ])('satisfies(%s, from %s, before %s) is %s', (version, from, before, expected) => {
    expect(satisfies(version, { component: 'clusterApi', ...(from ? { from } : {}), ...(before ? { before } : {}) })).toBe(expected);
  });

  test('every row cites upstream evidence and names a field; every known-bad row says how to get out of it', () => {
    for (const row of COMPATIBILITY) {
      expect(row.evidence.length).toBeGreaterThan(0);
      for (const e of row.evidence) expect(e).toMatch(/^[\w.-]+\/[\w.-]+@[\w.-]+:\S+$/);
      if (row.kind === CompatibilityKind.DEPRECATION) expect(row.removal).toBeDefined();
    }
  });

  test('schemasFor: default, a version folder, or none with what is available', () => {
    expect(schemasFor('clusterApiProviderOpenStack', 'v0.14.3')).toEqual({ found: 'default' });
    expect(schemasFor('clusterApiProviderOpenStack', '0.15.0-beta.0')).toEqual({ found: 'version', version: 'v0.15.0-beta.0' });
    expect(schemasFor('kamaji', '26.8.2-edge')).toEqual({ found: 'default' });
    expect(schemasFor('kamaji', '26.8.3-edge')).toEqual({ found: 'none', available: ['26.8.2-edge'] });
  });
});

describe('the Terraform engine in tofu-controller\'s objects', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderFleet } = require('../../lib/pipeline/render') as typeof import('../../lib/pipeline/render');
  const runnerSpecs = (stack: ManagementStack) => {
    const { fleet } = run({ ...stack, workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] });
    const tree = renderFleet(fleet!);
    return [...tree.values()].flatMap((f) => (f.kind === 'manifests' ? f.objects : [])).filter((o) => o.kind === 'Terraform').map((o) => o.spec.runnerPodTemplate.spec);
  };

  test('OpenTofu (the default): the stock runner image, no image set', () => {
    const specs = runnerSpecs({});
    expect(specs.length).toBeGreaterThan(0);
    expect(specs.every((s) => s.image === undefined)).toBe(true);
  });

  test('Terraform: every runner pod uses the declared image', () => {
    const specs = runnerSpecs({ terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.11.4', terraformRunnerImage: 'registry.example.com/tf-runner:v0.16.5-terraform-1.11.4' });
    expect(specs.map((s) => s.image)).toEqual(specs.map(() => 'registry.example.com/tf-runner:v0.16.5-terraform-1.11.4'));
  });

  test('a runner image that is not an image reference is refused', () => {
    expect(run({ terraformRunnerImage: 'not an image', workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] }).errors).toEqual([
      'fleet managementStack.terraformRunnerImage: Invalid: must be a container image reference (registry/repository:tag or @digest) (got "not an image")',
    ]);
  });
});

describe('the engine decides the version constraint of every stack', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderFleet } = require('../../lib/pipeline/render') as typeof import('../../lib/pipeline/render');
  const W = { workarounds: [StackWorkaround.KAMAJI_BOOTSTRAP_RBAC] };
  const TF_IMAGE = 'registry.example.com/tf-runner:v0.16.5-terraform-1.11.4';
  /** The engine keys of every stack the fixture fleet renders, by seed (both seeds have stacks). */
  const constraints = (garden: ManagementStack) => {
    const { errors, fleet } = run({ ...garden, ...W });
    expect(errors).toEqual([]);
    const out = new Map<string, Set<string>>();
    for (const [file, f] of renderFleet(fleet!)) {
      if (!file.endsWith('/cdk.tf.json') || f.kind !== 'json') continue;
      const doc = f.value as any;
      const seed = file.split('/')[1];
      if (!out.has(seed)) out.set(seed, new Set());
      out.get(seed)!.add(JSON.stringify({ required_version: doc.terraform.required_version, language: doc.language }));
    }
    return Object.fromEntries([...out].map(([k, v]) => [k, [...v]]));
  };
  const tofu112 = JSON.stringify({ required_version: '>= 1.12.0', language: { compatible_with: { opentofu: '>= 1.12.0' } } });

  test('OpenTofu on the stock runner of tofu-controller v0.16.5 (the default): OpenTofu 1.12.1, so >= 1.12.0 in required_version and language.compatible_with', () => {
    expect(resolveStack(undefined, undefined).terraformEngineVersion).toBe('1.12.1');
    expect(constraints({})).toEqual({ 'seed-1': [tofu112], 'seed-2': [tofu112] });
  });

  test('the stock runner of an older tofu-controller (v0.16.3 ships OpenTofu 1.11.6): required_version only, which OpenTofu 1.11 reads in .tf.json', () => {
    expect(resolveStack({ tofuController: 'v0.16.3' }, undefined).terraformEngineVersion).toBe('1.11.6');
    const only = JSON.stringify({ required_version: '>= 1.11.0' });
    expect(constraints({ tofuController: 'v0.16.3' })).toEqual({ 'seed-1': [only], 'seed-2': [only] });
  });

  test('per seed: a seed on Terraform 1.11.4 with its runner image gets >= 1.11.0 and no language block, the other keeps OpenTofu', () => {
    const { errors, fleet } = run(W, { terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.11.4', terraformRunnerImage: TF_IMAGE });
    expect(errors).toEqual([]);
    const bySeed = new Map<string, unknown>();
    for (const [file, f] of renderFleet(fleet!)) {
      if (file.endsWith('/cdk.tf.json') && f.kind === 'json') bySeed.set(file.split('/')[1], { rv: (f.value as any).terraform.required_version, language: (f.value as any).language });
    }
    expect(Object.fromEntries(bySeed)).toEqual({ 'seed-1': { rv: '>= 1.11.0', language: undefined }, 'seed-2': { rv: '>= 1.12.0', language: { compatible_with: { opentofu: '>= 1.12.0' } } } });
  });

  test('an OpenTofu runner image of the fleet\'s own without a version: only what the stacks need (OpenTofu 1.6.0)', () => {
    expect(resolveStack({ terraformRunnerImage: 'registry.example.com/tofu-runner:1.10' }, undefined).terraformEngineVersion).toBeUndefined();
    const only = JSON.stringify({ required_version: '>= 1.6.0' });
    expect(constraints({ terraformRunnerImage: 'registry.example.com/tofu-runner:1.10' })).toEqual({ 'seed-1': [only], 'seed-2': [only] });
  });

  test.each<[string, Parameters<typeof engineConstraint>[0], ReturnType<typeof engineConstraint>]>([
    ['OpenTofu 1.12.1', { terraformEngine: TerraformEngine.OPENTOFU, terraformEngineVersion: '1.12.1' }, { requiredVersion: '>= 1.12.0', openTofu: '>= 1.12.0' }],
    ['OpenTofu 1.13.0-beta1 (a pre-release: its release)', { terraformEngine: TerraformEngine.OPENTOFU, terraformEngineVersion: '1.13.0-beta1' }, { requiredVersion: '>= 1.13.0', openTofu: '>= 1.13.0' }],
    ['OpenTofu 1.11.6', { terraformEngine: TerraformEngine.OPENTOFU, terraformEngineVersion: '1.11.6' }, { requiredVersion: '>= 1.11.0' }],
    ['OpenTofu, version unknown', { terraformEngine: TerraformEngine.OPENTOFU }, { requiredVersion: '>= 1.6.0' }],
    ['Terraform 1.11.4', { terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.11.4' }, { requiredVersion: '>= 1.11.0' }],
    ['Terraform 1.14.0 (no language block: Terraform does not read one)', { terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.14.0' }, { requiredVersion: '>= 1.14.0' }],
    ['Terraform, version unknown', { terraformEngine: TerraformEngine.TERRAFORM }, { requiredVersion: '>= 1.5.0' }],
    ['Terraform 1.3.9 (below what the stacks need: the floor, and validation refuses it)', { terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.3.9' }, { requiredVersion: '>= 1.5.0' }],
  ])('engineConstraint: %s', (_name, stack, expected) => {
    expect(engineConstraint(stack)).toEqual(expected);
  });

  test('the stock runner table: tofu-controller v0.16.0 to v0.16.5 (runner.Dockerfile TOFU_VERSION at each tag); unknown releases give none', () => {
    expect(STOCK_RUNNER_OPENTOFU).toEqual({ 'v0.16.0': '1.11.3', 'v0.16.1': '1.11.4', 'v0.16.2': '1.11.5', 'v0.16.3': '1.11.6', 'v0.16.4': '1.12.1', 'v0.16.5': '1.12.1' });
    expect(stockRunnerOpenTofu('0.16.5')).toBe('1.12.1');
    expect(stockRunnerOpenTofu('v0.16.6')).toBeUndefined();
    expect(stockRunnerOpenTofu('v0.16.0-rc.4')).toBeUndefined();
    expect(ENGINE_FLOOR).toEqual({ opentofu: '1.6.0', terraform: '1.5.0' });
  });

  const stockDetail = (constraint: string, tc: string, stock: string, want: string) => `the stacks would require OpenTofu ${constraint}, which the stock runner of tofu-controller ${tc} cannot satisfy: it ships OpenTofu ${stock} `
    + `(flux-iac/tofu-controller@${tc}:runner.Dockerfile); set terraformRunnerImage to a runner carrying OpenTofu ${want}, or leave terraformEngineVersion out to render for the stock runner`;

  test.each<[string, ManagementStack, ManagementStack | undefined, string[]]>([
    ['OpenTofu 1.13.0 on the stock runner of v0.16.5 (every seed, all at once)', { terraformEngineVersion: '1.13.0' }, undefined, [
      `fleet/seed-1 managementStack.terraformEngineVersion: Forbidden: ${stockDetail('>= 1.13.0', 'v0.16.5', '1.12.1', '1.13')} (got "1.13.0")`,
      `fleet/seed-2 managementStack.terraformEngineVersion: Forbidden: ${stockDetail('>= 1.13.0', 'v0.16.5', '1.12.1', '1.13')} (got "1.13.0")`,
    ]],
    ['OpenTofu 1.12.1 on a seed whose tofu-controller v0.16.3 ships 1.11.6', {}, { tofuController: 'v0.16.3', terraformEngineVersion: '1.12.1' }, [
      `fleet/seed-1 managementStack.terraformEngineVersion: Forbidden: ${stockDetail('>= 1.12.0', 'v0.16.3', '1.11.6', '1.12')} (got "1.12.1")`,
    ]],
    ['a pre-release of the next OpenTofu on the stock runner', {}, { terraformEngineVersion: '1.13.0-beta1' }, [
      `fleet/seed-1 managementStack.terraformEngineVersion: Forbidden: ${stockDetail('>= 1.13.0', 'v0.16.5', '1.12.1', '1.13')} (got "1.13.0-beta1")`,
    ]],
    ['OpenTofu 1.5.0 (no such OpenTofu; below what the stacks need)', {}, { terraformEngineVersion: '1.5.0', terraformRunnerImage: 'registry.example.com/tofu:1.5' }, [
      'fleet/seed-1 managementStack.terraformEngineVersion: Invalid: OpenTofu 1.5.0 cannot read the stacks seedbed renders (they use import blocks): OpenTofu 1.6.0 or later is needed (OpenTofu\'s first release is 1.6.0) (got "1.5.0")',
    ]],
    ['Terraform 1.4.6 (no import blocks)', {}, { terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.4.6', terraformRunnerImage: TF_IMAGE }, [
      'fleet/seed-1 managementStack.terraformEngineVersion: Invalid: Terraform 1.4.6 cannot read the stacks seedbed renders (they use import blocks): Terraform 1.5.0 or later is needed (got "1.4.6")',
    ]],
  ])('refused: %s', (_name, garden, seed1, expected) => {
    expect(run({ ...garden, ...W }, seed1).errors).toEqual(expected);
  });

  test.each<[string, ManagementStack]>([
    ['OpenTofu 1.12.0 on the stock runner of v0.16.5 (a patch below what it ships)', { terraformEngineVersion: '1.12.0' }],
    ['OpenTofu 1.11.2 on the stock runner of v0.16.5 (older than it ships: the constraint admits 1.12.1)', { terraformEngineVersion: '1.11.2' }],
    ['OpenTofu 1.13.0 with a runner image of the fleet\'s own', { terraformEngineVersion: '1.13.0', terraformRunnerImage: 'registry.example.com/tofu-runner:1.13.0' }],
    ['OpenTofu 1.14.0 on a tofu-controller release seedbed knows no stock runner of (v0.16.6)', { tofuController: 'v0.16.6', terraformEngineVersion: '1.14.0' }],
    ['Terraform 1.5.0, the oldest that reads the stacks', { terraformEngine: TerraformEngine.TERRAFORM, terraformEngineVersion: '1.5.0', terraformRunnerImage: TF_IMAGE }],
  ])('accepted: %s', (_name, garden) => {
    expect(run({ ...garden, ...W }).errors).toEqual([]);
  });
});
