/**
 * The example OpenStack fleet against a modified copy (test/diff/fixtures/openstack-modified.ts):
 * the per-seed and per-shoot summary, exactly, and the Markdown for a pull-request comment.
 */
import { parseAllDocuments } from 'yaml';
import { formatMarkdown, formatText, isDestructive, MARKDOWN_MARKER, summaryLines, totalLine } from '../../lib/diff/format';
import { diffOutputs } from '../../lib/diff/engine';
import { FleetDiff } from '../../lib/diff/model';
import { resolveFleetOrThrow } from '../../lib/resolve/fleet';
import { INVENTORY_FILE, parseInventory } from '../../lib/output/inventory';
import { serializeTree } from '../../lib/pipeline/synth';
import { renderFleet } from '../../lib/pipeline/render';
import { NOW, renderExample } from '../support/fleets';
import modifiedOpenstackFleet from './fixtures/openstack-modified';

/** Objects, kustomization files and Terraform resource instances of one shoot in a rendered output, counted independently of the diff. */
function shootContents(files: ReadonlyMap<string, string>, seed: string, key: string): { objects: number; files: number; terraform: number } {
  let objects = 0;
  let kustomizations = 0;
  let terraform = 0;
  for (const [p, text] of files) {
    if (p.startsWith(`seeds/${seed}/shoots/${key}/`)) {
      if (p.endsWith('kustomization.yaml')) kustomizations++;
      else objects += parseAllDocuments(text).filter((d) => (d as any).toJS()?.metadata?.name).length;
    }
    if (p === `terraform/${seed}/${key}/cdk.tf.json`) {
      // Resource instances, as `terraform plan` counts them: data sources, outputs, variables,
      // providers, locals and settings are not resources; a literal for_each map is one per key.
      const doc = JSON.parse(text);
      for (const byName of Object.values<any>(doc.resource ?? {})) {
        for (const body of Object.values<any>(byName)) {
          if (body.for_each !== undefined && typeof body.for_each === 'object') terraform += Object.keys(body.for_each).length;
          else if (body.for_each !== undefined) throw new Error(`${p}: for_each not literal; count it by hand`);
          else terraform += 1;
        }
      }
    }
  }
  return { objects, files: kustomizations, terraform };
}

describe('diff of the example fleet against a modified copy', () => {
  let diff: FleetDiff;
  let before: Map<string, string>;
  let after: Map<string, string>;

  beforeAll(() => {
    const example = renderExample('openstack');
    before = serializeTree(example.fleet, example.tree);
    const modified = resolveFleetOrThrow(modifiedOpenstackFleet(), { now: NOW, previous: parseInventory(before.get(INVENTORY_FILE)) });
    after = serializeTree(modified, renderFleet(modified));
    diff = diffOutputs({ fleet: 'openstack', baseline: 'snapshots/openstack at HEAD', before, after });
  });

  test('the summary has one exact line per changed seed and shoot', () => {
    const etl = shootContents(before, 'sued-1', 'data--etl');
    const canary = shootContents(after, 'nord-1', 'shop--canary');
    expect(summaryLines(diff)).toEqual([
      // Each seed's kustomization and prerequisites.json (the shoots' credentials Secrets).
      'seed nord-1: files: 2 changed — safe',
      'shoot data--analytics on nord-1: objects: 1 changed, 5 removed — DESTRUCTIVE (worker-pool-removed)',
      'shoot platform--ci on nord-1: objects: 1 changed — safe',
      `shoot shop--canary on nord-1 (new): objects: ${canary.objects} added; Terraform: ${canary.terraform} to add; files: ${canary.files} added — safe`,
      'shoot shop--prod on nord-2: objects: 3 changed — DESTRUCTIVE (cidr-changed)',
      'seed sued-1: files: 2 changed — safe',
      `shoot data--etl on sued-1 (removed): objects: ${etl.objects} removed; Terraform: ${etl.terraform} left unmanaged; files: ${etl.files} removed — DESTRUCTIVE (shoot-removed, terraform-orphaned)`,
    ]);
    expect(totalLine(diff)).toBe('openstack: 5 shoots, 2 seeds changed against snapshots/openstack at HEAD; 3 with destructive changes');
    expect(isDestructive(diff)).toBe(true);
  });

  test('the text shows field-level detail with old → new values', () => {
    const text = formatText(diff);
    expect(text).toContain([
      'shoot platform--ci on nord-1',
      '  ~ ConfigMap seedbed-system/shoot-info  (addons/addons.yaml)',
      '      data.maintenanceBegin: "033000+0000" → "010000+0000"',
      '      data.maintenanceEnd: "043000+0000" → "020000+0000"',
    ].join('\n'));
    expect(text).toContain('  ! cidr-changed: ConfigMap seedbed-system/shoot-info: data.podNetwork: 100.96.0.0/11 → 100.128.0.0/10 (pod range; a running cluster cannot be renumbered)');
    expect(text).toContain('  ! worker-pool-removed: shoot data--analytics: worker pool gpu removed (0–4 machines): its machines are drained and deleted');
    expect(text).toContain('      resources[]: (none) → shoots/shop--canary');
    expect(text).toContain('      resources[]: shoots/data--etl → (none)');
    expect(text).not.toMatch(/\x1b\[/);
    expect(formatText(diff, { color: true })).toMatch(/\x1b\[31m/);
  });

  test('the Markdown has a summary table and the details folded per seed and shoot', () => {
    const md = formatMarkdown([diff]);
    const lines = md.split('\n');
    expect(lines[0]).toBe(MARKDOWN_MARKER);
    expect(md).toContain('### `openstack` against snapshots/openstack at HEAD');
    expect(md).toContain('**:warning: 3 parts of the fleet with destructive changes.**');
    expect(lines).toContain('| seed | shoot | objects | Terraform | files | verdict |');
    expect(lines).toContain('| nord-2 | shop--prod | ~3 | – | – | :warning: **destructive**: `cidr-changed` |');
    const canary = shootContents(after, 'nord-1', 'shop--canary');
    expect(lines).toContain(`| nord-1 | shop--canary (new) | +${canary.objects} | ${canary.terraform} to add | +${canary.files} | safe |`);
    expect(lines).toContain('| nord-1 | _(seed)_ | – | – | ~2 | safe |');
    expect(lines.filter((l) => l.startsWith('<details>'))).toHaveLength(7);
    expect(lines.filter((l) => l === '</details>')).toHaveLength(7);
    expect(md).toContain('<details><summary><b>shoot shop--prod on nord-2</b>: objects: 3 changed — :warning: destructive</summary>');
    expect(md).toContain('- :warning: **cidr-changed**: ConfigMap seedbed-system/shoot-info: data.podNetwork: 100.96.0.0/11 → 100.128.0.0/10 (pod range; a running cluster cannot be renumbered)');
    expect(md).toMatch(/```diff\n~ ConfigMap seedbed-system\/shoot-info {2}\(addons\/addons\.yaml\)\n {4}data\.podNetwork: 100\.96\.0\.0\/11 → 100\.128\.0\.0\/10\n/);
    // Fences are balanced.
    expect(lines.filter((l) => l.startsWith('```')).length % 2).toBe(0);
  });

  test('a clean diff says so', () => {
    const clean = diffOutputs({ fleet: 'openstack', baseline: 'HEAD', before, after: before });
    expect(summaryLines(clean)).toEqual([]);
    expect(formatText(clean)).toContain('openstack: no changes against HEAD');
    expect(formatMarkdown([clean])).toContain('No changes.');
  });

  test('Markdown stays under the size of one comment: details go first, summaries stay', () => {
    const big = diffOutputs({ fleet: 'openstack', baseline: 'nothing', before: new Map(), after });
    const md = formatMarkdown([big, big, big, big, big]);
    expect(md.length).toBeLessThan(65_536);
    expect(md.split('\n').filter((l) => l.startsWith('| nord-1 | shop--canary (new) |'))).toHaveLength(5);
  });
});
