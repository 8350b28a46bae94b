/**
 * The fleet report: one self-contained HTML file — inline CSS and SVG, no scripts, no fonts or
 * anything else fetched from anywhere. The same facts give the same bytes.
 */
import { count } from '../core/plural';
import { ShootPurpose } from '../core/types';
import { ExpiringKind, FleetFacts, VersionStatus } from './facts';

/** Escapes text for HTML content and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}

/** A number with at most one decimal, for SVG coordinates (no locale, no exponent). */
function n(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

const COLOURS = {
  ok: '#2f855a', warn: '#c27c0e', bad: '#c53030', info: '#2b6cb0', muted: '#a0aec0', track: '#e2e8f0', ink: '#1a202c',
};

const STATUS_COLOUR: Record<VersionStatus, string> = {
  [VersionStatus.SUPPORTED]: COLOURS.ok,
  [VersionStatus.PREVIEW]: COLOURS.info,
  [VersionStatus.DEPRECATED]: '#805ad5',
  [VersionStatus.EXPIRING]: COLOURS.warn,
  [VersionStatus.EXPIRED]: COLOURS.bad,
  [VersionStatus.UNLISTED]: COLOURS.bad,
};

const PURPOSE_COLOURS = ['#3182ce', '#38a169', '#d69e2e', '#e53e3e', '#805ad5', '#319795'];

/** A horizontal usage bar: `used` of `capacity`, coloured by how full it is. */
export function usageBar(used: number, capacity: number, label: string): string {
  const width = 240;
  const ratio = capacity > 0 ? Math.min(used / capacity, 1) : 1;
  const colour = ratio >= 0.9 ? COLOURS.bad : ratio >= 0.7 ? COLOURS.warn : COLOURS.ok;
  const pct = capacity > 0 ? Math.round((used / capacity) * 100) : 100;
  return `<svg class="bar" width="${width}" height="14" viewBox="0 0 ${width} 14" role="img" aria-label="${esc(label)}: ${used} of ${capacity} (${pct}%)">`
    + `<rect width="${width}" height="14" rx="3" fill="${COLOURS.track}"/>`
    + `<rect width="${n(width * ratio)}" height="14" rx="3" fill="${colour}"/></svg>`;
}

/** A horizontal bar chart: one row per entry. */
export function barChart(rows: Array<{ label: string; value: number; colour: string; note?: string }>, title: string): string {
  const rowHeight = 26;
  const labelWidth = 110;
  const barWidth = 300;
  const height = rows.length * rowHeight + 8;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const parts = rows.map((r, i) => {
    const y = 4 + i * rowHeight;
    const w = (barWidth * r.value) / max;
    return `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${esc(r.label)}</text>`
      + `<rect x="${labelWidth}" y="${y + 3}" width="${n(Math.max(w, 2))}" height="18" rx="2" fill="${r.colour}"/>`
      + `<text x="${n(labelWidth + Math.max(w, 2) + 6)}" y="${y + 16}">${r.value}${r.note ? ` · ${esc(r.note)}` : ''}</text>`;
  });
  return `<svg class="chart" width="${labelWidth + barWidth + 140}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 140} ${height}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`;
}

/** A donut chart with a legend, from counts. */
export function donutChart(slices: Array<{ label: string; value: number; colour: string }>, title: string): string {
  const r = 48;
  const c = 2 * Math.PI * r;
  const total = slices.reduce((s, x) => s + x.value, 0);
  let offset = 0;
  const arcs = slices.map((s) => {
    const len = total > 0 ? (c * s.value) / total : 0;
    const arc = `<circle cx="70" cy="70" r="${r}" fill="none" stroke="${s.colour}" stroke-width="26" stroke-dasharray="${n(len)} ${n(c - len)}" stroke-dashoffset="${n(-offset)}" transform="rotate(-90 70 70)"/>`;
    offset += len;
    return arc;
  });
  const legend = slices.map((s, i) => `<rect x="160" y="${16 + i * 22}" width="14" height="14" rx="2" fill="${s.colour}"/>`
    + `<text x="182" y="${28 + i * 22}">${esc(s.label)}: ${s.value}</text>`);
  const height = Math.max(140, 24 + slices.length * 22);
  return `<svg class="chart" width="360" height="${height}" viewBox="0 0 360 ${height}" role="img" aria-label="${esc(title)}">`
    + `<circle cx="70" cy="70" r="${r}" fill="none" stroke="${COLOURS.track}" stroke-width="26"/>${arcs.join('')}`
    + `<text x="70" y="76" text-anchor="middle" class="total">${total}</text>${legend.join('')}</svg>`;
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: ${COLOURS.ink}; background: #f7fafc; }
header h1 { margin: 0 0 4px; font-size: 24px; }
header p { margin: 0 0 16px; color: #4a5568; }
section.fleet { background: #fff; border: 1px solid #e2e8f0; border-radius: 8px; padding: 16px 24px 24px; margin: 0 0 24px; }
h2 { margin: 4px 0 12px; font-size: 20px; }
h2 small { font-weight: normal; color: #718096; font-size: 14px; }
h3 { margin: 24px 0 8px; font-size: 16px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { min-width: 120px; padding: 10px 14px; border-radius: 6px; background: #edf2f7; }
.card b { display: block; font-size: 22px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #edf2f7; vertical-align: middle; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #718096; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.grid { display: flex; flex-wrap: wrap; gap: 32px; }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: ${COLOURS.ink}; }
svg text.total { font-size: 20px; font-weight: 600; }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; color: #fff; }
.empty { color: #718096; font-style: italic; }
.legend span { margin-right: 12px; white-space: nowrap; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
footer { color: #718096; font-size: 12px; }
`.trim();

function statusBadge(status: VersionStatus | string, colour: string): string {
  return `<span class="status" style="background:${colour}">${esc(status)}</span>`;
}

function fleetSection(f: FleetFacts): string {
  const out: string[] = [];
  out.push(`<section class="fleet" id="fleet-${esc(f.fleet)}" data-fleet="${esc(f.fleet)}">`);
  out.push(`<h2>${esc(f.fleet)} <small>garden ${esc(f.garden)}</small></h2>`);
  out.push('<div class="cards">'
    + [[f.seeds.length, 'seeds', 'seeds'], [f.shoots, 'shoots', 'shoots'], [f.workerPools, 'worker pools', 'pools'],
      [`${f.nodesMinimum}–${f.nodesMaximum}`, 'worker nodes (min–max)', 'nodes'], [f.expiring.length, `expiring within ${count(f.days, 'day')}`, 'expiring']]
      .map(([v, label, key]) => `<div class="card" data-card="${key}"><b>${esc(v)}</b>${esc(label)}</div>`).join('')
    + '</div>');

  // Seeds.
  out.push('<h3>Seeds: capacity used</h3>');
  out.push('<table class="seeds"><thead><tr><th>seed</th><th>provider / region</th><th class="num">shoots</th><th>used</th><th>DataStores (shoots / capacity)</th></tr></thead><tbody>');
  for (const s of f.seeds) {
    const pct = s.capacity > 0 ? Math.round((s.shoots / s.capacity) * 100) : 100;
    const stores = s.dataStores.map((d) => `${esc(d.name)} <small>(${esc(d.driver)})</small> ${d.shoots} / ${d.capacity}`).join('<br>') || '<span class="empty">none</span>';
    out.push(`<tr data-seed="${esc(s.name)}" data-shoots="${s.shoots}" data-capacity="${s.capacity}"><td>${esc(s.name)}</td><td>${esc(s.provider)} / ${esc(s.region)}</td>`
      + `<td class="num">${s.shoots} / ${s.capacity}</td><td>${usageBar(s.shoots, s.capacity, `seed ${s.name}`)} ${pct}%</td><td>${stores}</td></tr>`);
  }
  out.push('</tbody></table>');

  // The management stack of each seed, and the compatibility rows it hits (lib/core/compatibility.ts).
  out.push('<h3>Management stack</h3>');
  out.push(`<table class="stack"><thead><tr><th>component</th>${f.seeds.map((s) => `<th>${esc(s.name)}</th>`).join('')}</tr></thead><tbody>`);
  // Rows for the components some seed declares or runs at another version; the rest in one line.
  const components = f.seeds[0]?.stack.map((c) => c.component) ?? [];
  const varies = (i: number) => f.seeds.some((s) => s.stack[i].declared || s.stack[i].version !== f.seeds[0].stack[i].version);
  components.forEach((component, i) => {
    if (!varies(i)) return;
    out.push(`<tr><td>${esc(component)}</td>${f.seeds.map((s) => `<td>${esc(s.stack[i].version)}${s.stack[i].declared ? '' : ' <small>(default)</small>'}</td>`).join('')}</tr>`);
  });
  out.push(`<tr><td>Terraform engine</td>${f.seeds.map((s) => `<td>${esc(s.terraformEngine)}</td>`).join('')}</tr>`);
  out.push(`<tr><td>work-arounds</td>${f.seeds.map((s) => `<td>${s.workarounds.map(esc).join(', ') || '<span class="empty">none</span>'}</td>`).join('')}</tr>`);
  out.push('</tbody></table>');
  const same = components.map((c, i) => (varies(i) ? undefined : `${c} ${f.seeds[0].stack[i].version}`)).filter((x): x is string => x !== undefined);
  if (same.length > 0) out.push(`<p><small>Every seed runs the default of the rest: ${same.map(esc).join(', ')}.</small></p>`);
  const hits = f.seeds.flatMap((s) => s.compatibility.map((c) => ({ seed: s.name, ...c })));
  if (hits.length > 0) {
    out.push('<table class="compatibility"><thead><tr><th>seed</th><th>row</th><th>kind</th><th>what</th><th>removed in</th></tr></thead><tbody>');
    for (const h of hits) {
      out.push(`<tr data-compatibility-seed="${esc(h.seed)}" data-row="${esc(h.id)}"><td>${esc(h.seed)}</td><td>${esc(h.id)}</td><td>${esc(h.kind)}</td><td>${esc(h.detail)}</td><td>${esc(h.removal ?? '')}</td></tr>`);
    }
    out.push('</tbody></table>');
  } else {
    out.push('<p class="empty">No seed runs a deprecated API or a known-bad combination.</p>');
  }

  // Versions and purposes.
  out.push('<div class="grid"><div>');
  out.push('<h3>Shoots by Kubernetes version</h3>');
  out.push(f.byVersion.length === 0 ? '<p class="empty">no shoots</p>' : barChart(f.byVersion.map((v) => ({
    label: v.version, value: v.shoots.length, colour: STATUS_COLOUR[v.status], note: v.status,
  })), 'shoots by Kubernetes version'));
  out.push('<p class="legend">' + Object.values(VersionStatus).map((s) => `<span><i style="background:${STATUS_COLOUR[s]}"></i>${esc(s)}</span>`).join('') + '</p>');
  out.push('</div><div>');
  out.push('<h3>Shoots by purpose</h3>');
  out.push(f.byPurpose.length === 0 ? '<p class="empty">no shoots</p>' : donutChart(f.byPurpose.map((p) => ({
    label: p.purpose, value: p.shoots, colour: PURPOSE_COLOURS[Object.values(ShootPurpose).indexOf(p.purpose) % PURPOSE_COLOURS.length],
  })), 'shoots by purpose'));
  out.push('</div></div>');

  // Expiring.
  out.push(`<h3>Expiring within ${count(f.days, 'day')}</h3>`);
  if (f.expiring.length === 0) out.push(`<p class="empty">Nothing expires before ${esc(addDays(f.date, f.days))}.</p>`);
  else {
    out.push('<table class="expiring"><thead><tr><th>what</th><th>version</th><th>CloudProfile</th><th>expires</th><th class="num">days left</th><th>used by</th></tr></thead><tbody>');
    for (const e of f.expiring) {
      const what = e.kind === ExpiringKind.KUBERNETES ? 'Kubernetes' : `image ${esc(e.image ?? '')}`;
      const colour = e.daysLeft < 0 ? COLOURS.bad : COLOURS.warn;
      out.push(`<tr data-kind="${e.kind}" data-version="${esc(e.version)}"><td>${what}</td><td>${esc(e.version)} ${statusBadge(e.daysLeft < 0 ? 'expired' : e.classification, colour)}</td>`
        + `<td>${esc(e.cloudProfile)}</td><td>${esc(e.expirationDate)}</td><td class="num">${e.daysLeft}</td>`
        + `<td>${e.usedBy.length > 0 ? e.usedBy.map(esc).join(', ') : '<span class="empty">unused</span>'}</td></tr>`);
    }
    out.push('</tbody></table>');
  }

  // Zones.
  out.push('<h3>Workers per zone</h3>');
  if (f.zones.length === 0) out.push('<p class="empty">no worker pools</p>');
  else {
    const max = Math.max(1, ...f.zones.map((z) => z.maximum));
    out.push('<table class="zones"><thead><tr><th>region</th><th>zone</th><th class="num">pools</th><th class="num">minimum</th><th class="num">maximum</th><th>minimum (filled) of maximum</th></tr></thead><tbody>');
    for (const z of f.zones) {
      const w = 240;
      const bar = `<svg class="bar" width="${w}" height="14" viewBox="0 0 ${w} 14" role="img" aria-label="zone ${esc(z.zone)}: ${z.minimum} to ${z.maximum} nodes">`
        + `<rect width="${n((w * z.maximum) / max)}" height="14" rx="3" fill="${COLOURS.track}" stroke="${COLOURS.muted}"/>`
        + `<rect width="${n((w * z.minimum) / max)}" height="14" rx="3" fill="${COLOURS.info}"/></svg>`;
      out.push(`<tr data-zone="${esc(z.zone)}" data-minimum="${z.minimum}" data-maximum="${z.maximum}"><td>${esc(z.region)}</td><td>${esc(z.zone)}</td>`
        + `<td class="num">${z.pools}</td><td class="num">${z.minimum}</td><td class="num">${z.maximum}</td><td>${bar}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The whole report for one or more fleets. */
export function renderReport(facts: readonly FleetFacts[]): string {
  const date = facts[0]?.date ?? '';
  const days = facts[0]?.days ?? 0;
  const title = `Fleet report: ${facts.map((f) => f.fleet).join(', ')}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${esc(title)}</h1><p>As of ${esc(date)}; expiry looked at ${count(days, 'day')} ahead (until ${esc(addDays(date, days))}).</p></header>`,
    ...facts.map(fleetSection),
    '<footer>Rendered by seedbed report from the fleet definitions.</footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
