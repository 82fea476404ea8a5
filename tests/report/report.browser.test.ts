/**
 * The HTML report in a real browser (Debian's chromium, driven by playwright-core): no console
 * errors, no network, marks drawn in every chart, hostile post text shown as text and nothing
 * run, and a screenshot left in test-artifacts/ for people to look at. Without the browser this
 * test FAILS: install it with `apt-get install -y chromium fonts-noto-cjk` (see .ci/run).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureModel, html, sampleModel } from './html-fixture.js';

const CHROMIUM = process.env.YUQING_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

function needBrowser(): Browser {
  if (browser === undefined) {
    throw new Error(
      `no browser at ${CHROMIUM}: this test needs chromium (apt-get install -y chromium fonts-noto-cjk, as .ci/run does) or YUQING_CHROMIUM=/path/to/chromium. It fails rather than skip, so an unchecked report is never reported as checked.`,
    );
  }
  return browser;
}

interface Visit {
  readonly page: Page;
  readonly problems: string[];
}

/** Write the page to test-artifacts/<name>.html, open it from disk, and note anything that goes wrong. */
async function visit(name: string, content: string): Promise<Visit> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.html`);
  writeFileSync(file, content);
  const page = await needBrowser().newPage({ viewport: { width: 1000, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems };
}

/** For each chart on the page: its name and how many data marks have a visible size. */
function drawnMarks(page: Page) {
  return page.$$eval('figure.chart', (figures) =>
    figures.map((f) => {
      const marks = [...f.querySelectorAll('svg g.role-mark > path, svg g.role-mark > line')].filter((el) => {
        const box = (el as SVGGraphicsElement).getBBox();
        return box.width > 0 || box.height > 0;
      });
      return { chart: f.getAttribute('data-chart'), marks: marks.length };
    }),
  );
}

/**
 * Characters drawn on a canvas in the page's own font family, as bitmaps: how much ink each has and
 * its pixels. Without a CJK font chromium draws every Chinese character as the same missing-glyph
 * box (or nothing), which a screenshot shows but no DOM query notices.
 */
function glyphs(page: Page, chars: readonly string[]) {
  return page.evaluate((list) => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.font = `48px ${getComputedStyle(document.body).fontFamily}`;
    ctx.textBaseline = 'top';
    return list.map((c) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.fillText(c, 4, 4);
      const alpha = ctx.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3);
      return {
        char: c,
        ink: alpha.filter((a) => a > 127).length,
        pixels: Array.from(alpha, (a) => (a > 127 ? '1' : '0')).join(''),
        width: ctx.measureText(c).width,
      };
    });
  }, chars);
}

describe('HTML report in chromium', () => {
  it('draws Chinese text with real glyphs: each character its own shape, none the missing-glyph box', async () => {
    const { page } = await visit('report-cjk', (await html(fixtureModel())).html);
    const chinese = ['高', '才', '通', '續', '簽', '难', '港'];
    // U+10FFFD (private use, plane 16) is in no font: it shows the missing-glyph box.
    const [missing, ...drawn] = await glyphs(page, ['\u{10FFFD}', ...chinese]);
    for (const g of drawn) {
      expect(g.ink, `${g.char} has no ink`).toBeGreaterThan(40);
      expect(g.pixels, `${g.char} is drawn as the missing-glyph box: no CJK font (apt-get install fonts-noto-cjk, as .ci/run does)`).not.toBe(missing!.pixels);
      // Full-width: a CJK glyph is about one em wide (48 px here).
      expect(g.width, g.char).toBeGreaterThan(40);
    }
    expect(new Set(drawn.map((g) => g.pixels)).size, 'Chinese characters drawn with identical shapes: no CJK font').toBe(chinese.length);
    await page.close();
  }, 60_000);

  it('the bundled sample: no errors or requests, marks in every chart, a screenshot', async () => {
    const { page, problems } = await visit('report', (await html(sampleModel())).html);
    const charts = await drawnMarks(page);
    expect(charts.map((c) => c.chart)).toEqual(expect.arrayContaining(['topic-volume', 'timeline', 'coverage', 'keyness-permanent_residency']));
    for (const c of charts) expect(c.marks, `${c.chart} has no drawn marks`).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('reads as a person would: findings first under the title, named charts, captioned tables, a table of contents, and a PDF with its charts', async () => {
    const { page, problems } = await visit('report-reading', (await html(sampleModel(), 'en')).html);
    // The first thing after the title is the findings summary, with sentences in it.
    const afterTitle = await page.$eval('h1', (h1) => {
      const next = h1.nextElementSibling;
      return { id: next?.id, heading: next?.querySelector('h2')?.textContent, items: next?.querySelectorAll('li').length ?? 0 };
    });
    expect(afterTitle).toEqual({ id: 'findings', heading: 'Findings at a glance', items: expect.any(Number) });
    expect(afterTitle.items).toBeGreaterThanOrEqual(4);
    await expect(
      page
        .getByText(/are about the talent schemes/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    // Every chart is an image named by a title and described by a desc, as assistive technology reads it.
    const charts = await page.$$eval('figure.chart svg', (svgs) =>
      svgs.map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
        return {
          role: svg.getAttribute('role'),
          named: ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? ''),
          tags: ids.map((id) => document.getElementById(id)?.tagName.toLowerCase()),
        };
      }),
    );
    expect(charts.length).toBeGreaterThan(5);
    for (const c of charts) {
      expect(c.role).toBe('img');
      expect(c.tags).toEqual(['title', 'desc']);
      for (const text of c.named) expect(text.length).toBeGreaterThan(5);
    }
    // Every table has a caption.
    const tables = await page.$$eval('table', (ts) => ts.map((t) => t.querySelector(':scope > caption')?.textContent?.trim() ?? ''));
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.filter((c) => c === '')).toEqual([]);
    // A table of contents whose links all lead to a section of the page.
    const toc = await page.$$eval('nav a', (links) =>
      links.map((a) => ({ href: a.getAttribute('href') ?? '', target: document.querySelector(a.getAttribute('href') ?? '#none') !== null })),
    );
    expect(toc.length).toBeGreaterThan(8);
    expect(toc[0]!.href).toBe('#findings');
    expect(toc.filter((l) => !l.target)).toEqual([]);
    // The whole page prints to PDF, charts drawn (each SVG's marks still there in print media).
    await page.emulateMedia({ media: 'print' });
    for (const c of await drawnMarks(page)) expect(c.marks, `${c.chart} has no drawn marks in print`).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(ARTIFACTS, 'report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('hostile posts show as text and run nothing', async () => {
    const { page, problems } = await visit('report-hostile', (await html(fixtureModel(), 'en')).html);
    await page.waitForTimeout(200);
    await expect(page.getByText('<script>alert(1)</script>', { exact: false }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('<img src=x onerror=alert(2)>', { exact: false }).first().isVisible()).resolves.toBe(true);
    expect(await page.$$eval('script, img, iframe, object, embed', (els) => els.length)).toBe(0);
    for (const c of await drawnMarks(page)) expect(c.marks, `${c.chart} has no drawn marks`).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'report-hostile.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
