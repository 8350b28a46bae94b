/**
 * The HTML report: the right numbers in it, nothing fetched from anywhere, the same bytes for the
 * same input and date — and it renders in headless Chromium (Debian's `chromium`, required).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { fleetFacts } from '../../lib/report/facts';
import { barChart, donutChart, renderReport, usageBar } from '../../lib/report/html';
import { NOW, resolveExample } from '../support/fleets';
import { decodePng, inkStats } from './png';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function report(): string {
  return renderReport([
    fleetFacts('openstack', resolveExample('openstack'), NOW, 90),
    fleetFacts('vsphere', resolveExample('vsphere'), NOW, 90),
  ]);
}

describe('the HTML report', () => {
  const html = report();

  test('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\//i);
    expect(html).toContain('<style>');
    expect(html.match(/<svg /g)!.length).toBeGreaterThan(10);
  });

  test('is byte-identical for the same fleets and date', () => {
    expect(report()).toBe(html);
  });

  test('carries the numbers: seed capacity, versions, purposes, expiring versions, zones', () => {
    expect(html).toContain('As of 2026-11-25; expiry looked at 90 days ahead (until 2027-02-23).');
    expect(html).toContain('<tr data-seed="nord-1" data-shoots="4" data-capacity="120"><td>nord-1</td><td>openstack / eu-nord-1</td><td class="num">4 / 120</td>');
    expect(html).toContain('aria-label="seed nord-1: 4 of 120 (3%)"');
    expect(html).toContain('<tr data-seed="muc-1" data-shoots="3" data-capacity="50">');
    expect(html).toContain('>1.33.5</text>');
    expect(html).toContain('>5 · supported</text>');
    expect(html).toContain('>production: 3</text>');
    expect(html).toContain('<tr data-kind="machine-image" data-version="1592.9.0"><td>image gardenlinux</td>');
    expect(html).toMatch(/<td>2027-01-15<\/td><td class="num">51<\/td><td>data--etl\/batch<\/td>/);
    expect(html).toContain('<tr data-zone="eu-nord-1a" data-minimum="7" data-maximum="28">');
    expect(html).toContain('<div class="card" data-card="shoots"><b>9</b>shoots</div>');
  });

  test('charts scale and escape their input', () => {
    expect(usageBar(30, 40, 'x')).toContain('width="180" height="14" rx="3" fill="#c27c0e"');
    expect(usageBar(5, 0, 'x')).toContain('(100%)');
    expect(barChart([{ label: '<b>', value: 2, colour: '#000' }], 't')).toContain('&lt;b&gt;');
    const donut = donutChart([{ label: 'a', value: 1, colour: '#111' }, { label: 'b', value: 3, colour: '#222' }], 'd');
    expect(donut).toContain('stroke-dasharray="75.4 226.2" stroke-dashoffset="0"');
    expect(donut).toContain('stroke-dasharray="226.2 75.4" stroke-dashoffset="-75.4"');
  });

  test('renders in headless Chromium without network and screenshots non-blank at the expected size', async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: this test needs Debian's chromium (apt-get install -y chromium); .ci/run installs it`);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbed-report-'));
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, html);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${file}`);
      expect(requests).toEqual([`file://${file}`]);

      const layout = await page.evaluate(() => {
        const doc = (globalThis as any).document; // runs in the page; the project's types have no DOM
        const all = (selector: string): any[] => [...doc.querySelectorAll(selector)];
        return {
          title: doc.title as string,
          sections: all('section.fleet').length,
          seedRows: all('tr[data-seed]').length,
          bars: all('svg.bar').map((s) => s.getBoundingClientRect().width as number),
          charts: all('svg.chart').map((s) => { const r = s.getBoundingClientRect(); return (r.width * r.height) as number; }),
          height: doc.documentElement.scrollHeight as number,
        };
      });
      expect(layout.title).toBe('Fleet report: openstack, vsphere');
      expect(layout.sections).toBe(2);
      expect(layout.seedRows).toBe(5);
      expect(layout.bars.every((w) => w === 240)).toBe(true);
      expect(layout.charts).toHaveLength(4);
      expect(layout.charts.every((a) => a > 10_000)).toBe(true);

      const png = path.join(os.tmpdir(), 'seedbed-report.png');
      await page.screenshot({ path: png, fullPage: true });
      const image = decodePng(fs.readFileSync(png));
      expect(image.width).toBe(1280);
      expect(image.height).toBe(layout.height);
      expect(image.height).toBeGreaterThan(1200);
      const { ink, colours } = inkStats(image);
      expect(ink).toBeGreaterThan(0.2);
      expect(colours).toBeGreaterThan(50);
    } finally {
      await browser.close();
    }
  });
});
