/**
 * Counts what the example fleets render, per kind, and prints two markdown tables (one column per
 * example): the Kubernetes objects under snapshots/<example>/ (seeds/ and garden/; kustomize's own
 * kustomization.yaml files are build instructions, not objects, and are left out), and the
 * Terraform resources and data sources of the stacks under snapshots/<example>/terraform/.
 *
 *   npm run object-counts                 # every example under snapshots/
 *   npm run object-counts -- openstack    # only the examples named
 *
 * A kind served by two API groups (Cluster of cluster.x-k8s.io and of k0smotron.io) is shown with
 * its group. Reads the committed snapshots only; writes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';

const SNAPSHOTS = path.join(__dirname, '..', 'snapshots');
const KUSTOMIZE_CONFIG_GROUP = 'kustomize.config.k8s.io';

type Counts = Map<string, number>;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out.sort();
}

const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0] : 'core');

/** Kubernetes objects per `kind|group` of one example. */
export function kubernetesCounts(example: string): Counts {
  const counts: Counts = new Map();
  for (const scope of ['garden', 'seeds']) {
    for (const file of filesUnder(path.join(SNAPSHOTS, example, scope)).filter((f) => /\.ya?ml$/.test(f))) {
      for (const doc of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
        const o = doc.toJS() as { apiVersion?: string; kind?: string } | null;
        if (!o || typeof o.kind !== 'string' || typeof o.apiVersion !== 'string') continue;
        const group = groupOf(o.apiVersion);
        if (group === KUSTOMIZE_CONFIG_GROUP) continue;
        const key = `${o.kind}|${group}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Terraform resources and data sources per type of one example (`stacks` counts the stacks). */
export function terraformCounts(example: string): Counts {
  const counts: Counts = new Map();
  for (const file of filesUnder(path.join(SNAPSHOTS, example, 'terraform')).filter((f) => f.endsWith('cdk.tf.json'))) {
    counts.set('stacks', (counts.get('stacks') ?? 0) + 1);
    const stack = JSON.parse(fs.readFileSync(file, 'utf8')) as { resource?: Record<string, Record<string, unknown>>; data?: Record<string, Record<string, unknown>> };
    for (const [prefix, blocks] of [['', stack.resource], ['data.', stack.data]] as const) {
      for (const [type, named] of Object.entries(blocks ?? {})) {
        const key = `${prefix}${type}`;
        counts.set(key, (counts.get(key) ?? 0) + Object.keys(named).length);
      }
    }
  }
  return counts;
}

function table(title: string, examples: string[], perExample: Counts[], label: (key: string, all: string[]) => string): string {
  const keys = [...new Set(perExample.flatMap((c) => [...c.keys()]))].sort((a, b) => {
    if (a === 'stacks') return -1;
    if (b === 'stacks') return 1;
    return a.localeCompare(b, 'en');
  });
  const lines = [
    `| ${title} | ${examples.join(' | ')} |`,
    `| --- | ${examples.map(() => '---:').join(' | ')} |`,
    ...keys.map((k) => `| ${label(k, keys)} | ${perExample.map((c) => String(c.get(k) ?? 0)).join(' | ')} |`),
    `| **total** | ${perExample.map((c) => String([...c].filter(([k]) => k !== 'stacks').reduce((s, [, n]) => s + n, 0))).join(' | ')} |`,
  ];
  return lines.join('\n');
}

function main(argv: string[]): void {
  const all = fs.readdirSync(SNAPSHOTS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const unknown = argv.filter((a) => !all.includes(a));
  if (unknown.length > 0) {
    process.stderr.write(`object-counts: no example ${unknown.join(', ')} under snapshots/ (there are: ${all.join(', ')})\n`);
    process.exitCode = 2;
    return;
  }
  const examples = argv.length > 0 ? argv : all;
  const kube = examples.map(kubernetesCounts);
  const kubeLabel = (key: string, keys: string[]) => {
    const [kind, group] = key.split('|');
    const ambiguous = keys.filter((k) => k.split('|')[0] === kind).length > 1;
    return ambiguous ? `${kind} (${group})` : kind;
  };
  process.stdout.write(`${table('Kubernetes kind', examples, kube, kubeLabel)}\n\n`);
  process.stdout.write(`${table('Terraform type', examples, examples.map(terraformCounts), (k) => (k === 'stacks' ? '*stacks*' : `\`${k}\``))}\n`);
}

if (require.main === module) main(process.argv.slice(2));
