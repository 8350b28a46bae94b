/**
 * Presenting a diff: text for terminals (details, then the summary), Markdown for a pull-request
 * comment (summary table, then the details of each seed and shoot folded in <details>).
 */
import { count } from '../core/plural';
import { ChangeCounts, ChangeKind, DESTRUCTIVE_CLASS_ORDER, DestructiveClass, DiffItem, FieldChange, Finding, FleetDiff, ItemType, ScopeDiff, ScopeType, ShootStatus } from './model';
import { relativeFile } from './parse';

/** Marker at the top of the Markdown, so CI can find and update its own comment. */
export const MARKDOWN_MARKER = '<!-- seedbed-diff -->';

/** Fields shown per item before the rest is summarized. */
const MAX_FIELDS = 40;
/** Size the Markdown is kept under (GitHub rejects comments over 65,536 characters). */
const MAX_MARKDOWN = 60_000;

/** Counts of a list of items (Terraform: resource instances, not blocks). */
export function countItems(items: readonly DiffItem[]): ChangeCounts {
  const c = {
    objects: { added: 0, changed: 0, removed: 0 },
    terraform: { added: 0, changed: 0, replaced: 0, removed: 0, orphaned: 0 },
    files: { added: 0, changed: 0, removed: 0 },
  };
  for (const i of items) {
    if (i.type === ItemType.TERRAFORM) {
      // Resource instances only, as `terraform plan` counts them: data sources, locals, outputs… are not resources.
      // A resource its stack's removal leaves in the cloud (destroyResourcesOnDeletion: false) is not destroyed.
      const orphaned = i.change === ChangeKind.REMOVED && i.findings.length > 0 && i.findings.every((f) => f.class === DestructiveClass.TERRAFORM_ORPHANED);
      if (i.block === undefined || i.block === 'resource') c.terraform[orphaned ? 'orphaned' : i.change]++;
    }
    else {
      const bucket = i.type === ItemType.OBJECT ? c.objects : c.files;
      bucket[i.change === ChangeKind.REPLACED ? 'changed' : i.change]++;
    }
  }
  return c;
}

/** Every finding of a scope: its own, then its items'. */
export function scopeFindings(scope: ScopeDiff): Finding[] {
  return [...scope.findings, ...scope.items.flatMap((i) => i.findings)];
}

/** The destructive classes of a scope, in report order. */
export function scopeClasses(scope: ScopeDiff): DestructiveClass[] {
  const found = new Set(scopeFindings(scope).map((f) => f.class));
  return DESTRUCTIVE_CLASS_ORDER.filter((c) => found.has(c));
}

/** True when the diff has any destructive change. */
export function isDestructive(diff: FleetDiff): boolean {
  return diff.scopes.some((s) => scopeFindings(s).length > 0);
}

/** `objects: 1 added, 2 changed; Terraform: 1 to replace; files: 1 changed`. */
export function describeCounts(items: readonly DiffItem[]): string {
  const c = countItems(items);
  const parts: string[] = [];
  const list = (pairs: Array<[number, string]>) => pairs.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`).join(', ');
  const objects = list([[c.objects.added, 'added'], [c.objects.changed, 'changed'], [c.objects.removed, 'removed']]);
  if (objects) parts.push(`objects: ${objects}`);
  const tf = list([[c.terraform.added, 'to add'], [c.terraform.changed, 'to change'], [c.terraform.replaced, 'to replace'], [c.terraform.removed, 'to destroy'], [c.terraform.orphaned, 'left unmanaged']]);
  if (tf) parts.push(`Terraform: ${tf}`);
  const files = list([[c.files.added, 'added'], [c.files.changed, 'changed'], [c.files.removed, 'removed']]);
  if (files) parts.push(`files: ${files}`);
  return parts.length > 0 ? parts.join('; ') : 'no object changes';
}

/** `shoot shop--prod on nord-2 (moved from nord-1)`, `seed nord-1`, `garden`. */
export function scopeLabel(scope: ScopeDiff): string {
  if (scope.type === ScopeType.GARDEN) return 'garden';
  if (scope.type === ScopeType.SEED) return `seed ${scope.seed}`;
  const status = scope.status === ShootStatus.ADDED ? ' (new)'
    : scope.status === ShootStatus.REMOVED ? ' (removed)'
      : scope.status === ShootStatus.MOVED ? ` (moved from ${scope.previousSeed})` : '';
  return `shoot ${scope.shoot} on ${scope.seed}${status}`;
}

/** `safe` or `DESTRUCTIVE (cidr-changed, terraform-replaced)`. */
export function verdict(scope: ScopeDiff): string {
  const classes = scopeClasses(scope);
  return classes.length === 0 ? 'safe' : `DESTRUCTIVE (${classes.join(', ')})`;
}

/** One summary line per scope: `shoot shop--prod on nord-2: objects: 1 changed — DESTRUCTIVE (cidr-changed)`. */
export function summaryLines(diff: FleetDiff): string[] {
  return diff.scopes.map((s) => `${scopeLabel(s)}: ${describeCounts(s.items)} — ${verdict(s)}`);
}

/** The closing line of a fleet: what changed and whether any of it is destructive. */
export function totalLine(diff: FleetDiff): string {
  if (diff.scopes.length === 0) return `${diff.fleet}: no changes against ${diff.baseline}`;
  const shoots = diff.scopes.filter((s) => s.type === ScopeType.SHOOT);
  const seeds = diff.scopes.filter((s) => s.type === ScopeType.SEED);
  const garden = diff.scopes.some((s) => s.type === ScopeType.GARDEN);
  const parts = [
    shoots.length > 0 ? count(shoots.length, 'shoot') : '',
    seeds.length > 0 ? count(seeds.length, 'seed') : '',
    garden ? 'the garden' : '',
  ].filter(Boolean);
  const destructive = diff.scopes.filter((s) => scopeFindings(s).length > 0);
  const verdictText = destructive.length === 0 ? 'no destructive changes' : `${destructive.length} with destructive changes`;
  return `${diff.fleet}: ${parts.join(', ')} changed against ${diff.baseline}; ${verdictText}`;
}


const SYMBOL: Record<ChangeKind, string> = {
  [ChangeKind.ADDED]: '+',
  [ChangeKind.CHANGED]: '~',
  [ChangeKind.REPLACED]: '-/+',
  [ChangeKind.REMOVED]: '-',
};

function fieldLine(f: FieldChange): string {
  return `${f.path}: ${f.old ?? '(none)'} → ${f.new ?? '(none)'}`;
}

function itemHeader(item: DiffItem): string {
  const where = item.type === ItemType.FILE ? '' : `  (${relativeFile(item.file)})`;
  const overridden = item.overriddenBy ? `  [overridden by ${item.overriddenBy.join(', ')}]` : '';
  return `${SYMBOL[item.change]} ${item.id}${where}${overridden}`;
}

function findingLine(f: Finding): string {
  return `! ${f.class}: ${f.subject}: ${f.detail}`;
}

/** Findings as lines; more than two with the same class and detail become one line listing their subjects. */
function groupFindings(findings: readonly Finding[]): string[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.class}\u0000${f.detail}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const lines: string[] = [];
  const done = new Set<string>();
  for (const f of findings) {
    const key = `${f.class}\u0000${f.detail}`;
    const group = groups.get(key)!;
    if (group.length <= 2) {
      lines.push(findingLine(f));
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    lines.push(`! ${f.class}: ${f.detail} (${group.length}): ${group.map((g) => g.subject).join(', ')}`);
  }
  return lines;
}

/** The detail lines of a scope (findings, then items with their fields), unindented. */
export function detailLines(scope: ScopeDiff): string[] {
  const lines: string[] = [];
  for (const f of scope.findings) lines.push(findingLine(f));
  for (const group of groupFindings(scope.items.flatMap((i) => i.findings))) lines.push(group);
  for (const item of scope.items) {
    lines.push(itemHeader(item));
    const shown = item.fields.slice(0, MAX_FIELDS);
    for (const f of shown) lines.push(`    ${fieldLine(f)}`);
    if (item.fields.length > shown.length) lines.push(`    … and ${count(item.fields.length - shown.length, 'more field')}`);
  }
  return lines;
}

/** Options of the text format. */
export interface TextOptions {
  /** Use ANSI colours. @default false */
  readonly color?: boolean;
}

/** Terminal text of one fleet's diff: details per scope, then the summary. */
export function formatText(diff: FleetDiff, options: TextOptions = {}): string {
  const c = colours(options.color ?? false);
  const out: string[] = [];
  if (!diff.baselineFound) out.push(c.dim(`${diff.fleet}: no output in ${diff.baseline}; everything is new`)); // only a fleet new at the ref gets here
  for (const scope of diff.scopes) {
    out.push(c.bold(scopeLabel(scope)));
    for (const line of detailLines(scope)) {
      const painted = line.startsWith('!') ? c.red(line)
        : line.startsWith('-/+') ? c.yellow(line)
          : line.startsWith('+') ? c.green(line)
            : line.startsWith('-') ? c.red(line)
              : line.startsWith('~') ? c.yellow(line) : line;
      out.push(`  ${painted}`);
    }
    out.push('');
  }
  if (diff.scopes.length > 0) out.push(c.bold(`Summary of ${diff.fleet} (${diff.baseline} → rendered):`));
  for (const [i, line] of summaryLines(diff).entries()) {
    out.push(`  ${scopeFindings(diff.scopes[i]).length > 0 ? c.red(line) : line}`);
  }
  out.push(isDestructive(diff) ? c.red(totalLine(diff)) : totalLine(diff));
  return out.join('\n');
}

function colours(on: boolean) {
  const wrap = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), red: wrap('31'), green: wrap('32'), yellow: wrap('33') };
}

/** Escapes text for a Markdown table cell or inline text. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** A code fence longer than any run of backticks in `text`. */
function fence(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function countCell(items: readonly DiffItem[], type: ItemType): string {
  const c = countItems(items);
  if (type === ItemType.TERRAFORM) {
    const t = c.terraform;
    return [[t.added, 'to add'], [t.changed, 'to change'], [t.replaced, 'to replace'], [t.removed, 'to destroy'], [t.orphaned, 'left unmanaged']]
      .filter(([n]) => (n as number) > 0).map(([n, w]) => `${n} ${w}`).join(', ') || '–';
  }
  const o = type === ItemType.OBJECT ? c.objects : c.files;
  return [[o.added, '+'], [o.changed, '~'], [o.removed, '-']].filter(([n]) => (n as number) > 0).map(([n, s]) => `${s}${n}`).join(' ') || '–';
}

/** The Markdown of several fleets' diffs, for one pull-request comment. */
export function formatMarkdown(diffs: readonly FleetDiff[]): string {
  const head: string[] = [MARKDOWN_MARKER, '## seedbed diff', ''];
  const bodies = diffs.map((d) => markdownFleet(d));
  let text = [...head, ...bodies.map((b) => b.summary + b.details)].join('\n');
  if (text.length > MAX_MARKDOWN) {
    // Keep every summary; drop details from the end until it fits.
    const note = '\n_Details left out to fit one comment; run `seedbed diff` locally for all of them._\n';
    text = [...head, ...bodies.map((b) => b.summary)].join('\n') + note;
    for (const b of bodies) {
      if (text.length + b.details.length > MAX_MARKDOWN) break;
      text = text.replace(b.summary, b.summary + b.details);
    }
  }
  return `${text.trimEnd()}\n`;
}

function markdownFleet(diff: FleetDiff): { summary: string; details: string } {
  const s: string[] = [];
  s.push(`### \`${diff.fleet}\` against ${md(diff.baseline)}`, '');
  if (!diff.baselineFound) s.push('_No baseline output: everything is new._', '');
  if (diff.scopes.length === 0) {
    s.push('No changes.', '');
    return { summary: `${s.join('\n')}\n`, details: '' };
  }
  const destructive = diff.scopes.filter((x) => scopeFindings(x).length > 0);
  s.push(destructive.length > 0
    ? `**:warning: ${count(destructive.length, 'part')} of the fleet with destructive changes.** Merging needs an explicit \`--allow-destructive\` review.`
    : ':white_check_mark: No destructive changes.', '');
  s.push('| seed | shoot | objects | Terraform | files | verdict |', '| --- | --- | --- | --- | --- | --- |');
  for (const scope of diff.scopes) {
    const shoot = scope.type === ScopeType.SHOOT ? md(scopeLabel(scope).replace(/^shoot (\S+) on \S+/, '$1')) : scope.type === ScopeType.SEED ? '_(seed)_' : '_(garden)_';
    const classes = scopeClasses(scope);
    const v = classes.length === 0 ? 'safe' : `:warning: **destructive**: ${classes.map((x) => `\`${x}\``).join(', ')}`;
    s.push(`| ${md(scope.seed ?? 'garden')} | ${shoot} | ${countCell(scope.items, ItemType.OBJECT)} | ${countCell(scope.items, ItemType.TERRAFORM)} | ${countCell(scope.items, ItemType.FILE)} | ${v} |`);
  }
  s.push('');
  const d: string[] = [];
  for (const scope of diff.scopes) {
    const findings = scopeFindings(scope);
    d.push(`<details><summary><b>${md(scopeLabel(scope))}</b>: ${md(describeCounts(scope.items))}${findings.length > 0 ? ' — :warning: destructive' : ''}</summary>`, '');
    if (findings.length > 0) {
      for (const line of [...scope.findings.map(findingLine), ...groupFindings(scope.items.flatMap((i) => i.findings))]) {
        const m = /^! ([a-z-]+): (.*)$/.exec(line)!;
        d.push(`- :warning: **${m[1]}**: ${md(m[2])}`);
      }
      d.push('');
    }
    const body = scope.items.flatMap((item) => {
      const lines = [itemHeader(item)];
      const shown = item.fields.slice(0, MAX_FIELDS);
      for (const f of shown) lines.push(`    ${fieldLine(f)}`);
      if (item.fields.length > shown.length) lines.push(`    … and ${count(item.fields.length - shown.length, 'more field')}`);
      return lines;
    }).join('\n');
    if (body) {
      const f = fence(body);
      d.push(`${f}diff`, body, f, '');
    }
    d.push('</details>', '');
  }
  return { summary: `${s.join('\n')}\n`, details: `${d.join('\n')}\n` };
}
