/**
 * Issue 17, "seeds" among the changes the diff must judge like Terraform: a shoot moved to
 * another seed. tofu-controller keeps each stack's state in the seed (the kubernetes backend,
 * in-cluster), so the new seed's runner plans the same stack from an empty state: real
 * `terraform plan` (offline) creates every resource again, while the resources created from the
 * old seed are left to its old Terraform object, which leaves Git. The diff must count exactly
 * those creates and say that every old instance is left behind (or destroyed), never "unchanged".
 */
import { diffOutputs } from '../../lib/diff/engine';
import { countItems, summaryLines } from '../../lib/diff/format';
import { DestructiveClass, FleetDiff } from '../../lib/diff/model';
import { Seed } from '../../lib/model/seed';
import { diffMutation } from './example-diff';
import { Mutation, shootOf } from './mutations';
import { plan, stateOf } from './plan-judge';

const moveShoot = (project: string, shoot: string, seedName: string): Mutation => ({
  describe: `${project}/${shoot}: seed ${seedName}`,
  apply: (g) => {
    const s = shootOf(g, project, shoot);
    const seed = g.node.findAll().find((c): c is Seed => c instanceof Seed && c.node.id === seedName);
    if (!seed) throw new Error(`no seed ${seedName}`);
    (s as { props: unknown }).props = { ...s.props, seed };
  },
});

function scopeOf(diff: FleetDiff, shoot: string) {
  const scope = diff.scopes.find((s) => s.shoot === shoot);
  if (!scope) throw new Error(`no scope for ${shoot}`);
  return scope;
}

const OLD = 'terraform/nord-2/shop--prod/cdk.tf.json';
const NEW = 'terraform/nord-1/shop--prod/cdk.tf.json';

describe('a shoot moved to another seed, judged by terraform plan', () => {
  const { diff, before, after } = diffMutation('openstack', moveShoot('shop', 'prod', 'nord-1'));

  test('the stack leaves the old seed and appears in the new one, with the state in the seed', () => {
    expect(before.has(OLD) && !after.has(OLD) && after.has(NEW)).toBe(true);
    expect(JSON.parse(after.get(NEW)!).terraform.backend.kubernetes.in_cluster_config).toBe(true);
  });

  test('every instance the new seed creates from its empty state is counted "to add"; every old one is left behind', async () => {
    const fromEmpty = await plan(after.get(NEW)!);
    expect(fromEmpty.errors).toEqual([]);
    const creates = fromEmpty.changes.filter((c) => c.action === 'create').map((c) => c.address).sort();
    expect(fromEmpty.changes.every((c) => c.action === 'create')).toBe(true);
    const { instances: old } = await stateOf(before.get(OLD)!);

    const scope = scopeOf(diff, 'shop--prod');
    const counts = countItems(scope.items);
    expect(counts.terraform.added).toBe(creates.length);
    expect(counts.terraform.orphaned).toBe(old.length);
    expect(counts.terraform.removed + counts.terraform.changed + counts.terraform.replaced).toBe(0);
    const orphaned = scope.items.flatMap((i) => i.findings).filter((f) => f.class === DestructiveClass.TERRAFORM_ORPHANED);
    expect(orphaned.map((f) => f.subject).sort()).toEqual([...old].sort());
    expect(orphaned[0].detail).toBe('the shoot moved from seed nord-2; the state of stack shop--prod stays there (kubernetes backend in the seed), so the new seed plans from an empty state and creates it again, while this one stays in the cloud, no longer managed (destroyResourcesOnDeletion: false), until it is deleted by hand or its state is moved');
    expect(creates.length).toBeGreaterThan(5);
  });

  test('the verdict is destructive and the summary line says what Terraform does', () => {
    const scope = scopeOf(diff, 'shop--prod');
    expect(scope.findings.map((f) => f.class)).toContain(DestructiveClass.SEED_CHANGED);
    const line = summaryLines(diff).find((l) => l.startsWith('shoot shop--prod'))!;
    expect(line).toMatch(/^shoot shop--prod on nord-1 \(moved from nord-2\): .*Terraform: (\d+) to add, \1 left unmanaged;.* — DESTRUCTIVE \(seed-changed, terraform-orphaned\)$/);
  });

  test('with a state backend outside the seed (S3), the state follows: the same stack is unchanged', () => {
    const s3 = (text: string) => {
      const doc = JSON.parse(text);
      doc.terraform.backend = { s3: { bucket: 'tfstate', key: 'shop--prod/terraform.tfstate', region: 'eu-nord-1' } };
      return JSON.stringify(doc, null, 2);
    };
    const b = new Map(before); b.set(OLD, s3(before.get(OLD)!));
    const a = new Map(after); a.set(NEW, s3(after.get(NEW)!));
    const moved = diffOutputs({ fleet: 'openstack', baseline: 'baseline', before: b, after: a });
    const counts = countItems(scopeOf(moved, 'shop--prod').items);
    expect(counts.terraform).toEqual({ added: 0, changed: 0, replaced: 0, removed: 0, orphaned: 0 });
    expect(scopeOf(moved, 'shop--prod').findings.map((f) => f.class)).toEqual([DestructiveClass.SEED_CHANGED]);
  });
});
