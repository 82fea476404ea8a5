/**
 * Safe output, at render time whatever the source: example links are http(s) only (a post's url,
 * or one in a state that did not come from a fresh run), and CSV cells a spreadsheet would run as
 * a formula (= + - @, tab, CR) are neutralised with a leading quote.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExamplePost } from '../../src/aggregate/examples.js';
import type { Classified } from '../../src/records.js';
import { neutraliseCell, renderCsv } from '../../src/report/csv.js';
import { escapeHtml, safeHref } from '../../src/report/html/escape.js';
import type { ReportModel } from '../../src/report/model.js';
import { tinyClassifier } from '../helpers.js';
import { fixtureModel, html, modelOf } from './html-fixture.js';

const UNSAFE_LINKS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://a.example/"onmouseover="alert(1)',
  'https://a.example/ x',
];

/** The fixture report with every example's link replaced: what a state not made by a fresh run could hold. */
function withLinks(model: ReportModel, url: (i: number) => string | null): ReportModel {
  let i = 0;
  const examples = model.summary.examples.map((set) => ({ ...set, posts: set.posts.map((p): ExamplePost => ({ ...p, url: url(i++) })) }));
  return { ...model, summary: { ...model.summary, examples } };
}

describe('HTML escaping', () => {
  it('escapes the five characters that can end text or an attribute, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('高才通 續簽 ok')).toBe('高才通 續簽 ok');
  });
});

describe('example links in the HTML report', () => {
  it('safeHref passes an http(s) link escaped and refuses every other scheme or shape', () => {
    expect(safeHref('https://lihkg.com/thread/1?a=1&b=2')).toBe('https://lihkg.com/thread/1?a=1&amp;b=2');
    expect(safeHref('HTTP://example.com/')).toBe('HTTP://example.com/');
    expect(safeHref(null)).toBeUndefined();
    for (const url of UNSAFE_LINKS) expect(safeHref(url), url).toBeUndefined();
    // An http(s) link at the end does not make the whole value one: the scheme must open it.
    for (const url of ['javascript:alert(1)//https://a.example/x', 'data:text/html,x#http://a.example/']) expect(safeHref(url), url).toBeUndefined();
  });

  it('a javascript: or data: link in a post never reaches the page', async () => {
    const post = (id: string, url: string): Classified => ({
      id,
      platform: 'weibo',
      published_at: '2025-03-07',
      url,
      text: '高才通續簽好難，寬進嚴出',
      region: 'mainland',
      relevant: true,
      topics: ['permanent_residency'],
      viewpoints: ['pr.strict_exit'],
      polarity: 'negative',
      evidence: [{ label: 'pr.strict_exit', term: '寬進嚴出', start: 8, end: 12 }],
    });
    const page = (await html(modelOf([post('a', 'javascript:alert(1)'), post('b', 'data:text/html,x'), post('c', 'https://ok.example/c')], tinyClassifier())))
      .html;
    expect(page).not.toMatch(/javascript:|data:text/i);
    expect(page).toContain('href="https://ok.example/c"');
  });

  it('a link in the state itself (as a merged partial state brings it) is checked when the page is rendered', async () => {
    const base = fixtureModel();
    expect(base.summary.examples.flatMap((s) => s.posts).length).toBeGreaterThanOrEqual(UNSAFE_LINKS.length);
    const unsafe = (await html(withLinks(base, (i) => UNSAFE_LINKS[i % UNSAFE_LINKS.length]!))).html;
    expect(unsafe).not.toMatch(/href="(?!https?:|#)/);
    expect(unsafe).not.toMatch(/javascript:|data:text|vbscript:|onmouseover/i);
    const safe = (await html(withLinks(base, (i) => `https://ok.example/${i}`))).html;
    expect(safe).toContain('href="https://ok.example/0"');
  });
});

describe('CSV cells that a spreadsheet would run', () => {
  it.each([
    ['=', '='],
    ['+', '+'],
    ['-', '-'],
    ['@', '@'],
    ['a tab', '\t'],
    ['a carriage return', '\r'],
  ])('a cell starting with %s gets a leading quote', (_name, c) => {
    expect(neutraliseCell(`${c}HYPERLINK("http://x")`)).toBe(`'${c}HYPERLINK("http://x")`);
  });

  it('leaves other text, text with those characters later on, and numbers (negative ones too) as they are', () => {
    expect(neutraliseCell('a=1')).toBe('a=1');
    expect(neutraliseCell(' =1')).toBe(' =1');
    expect(neutraliseCell('高才通')).toBe('高才通');
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell(-0.25)).toBe(-0.25);
    expect(neutraliseCell(3)).toBe(3);
  });

  it('neutralises values from the input (a record kind) in the written report', () => {
    const kinds = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'];
    const records: Classified[] = kinds.map((kind, i) => ({
      id: `k${i}`,
      platform: 'weibo',
      kind,
      published_at: '2025-03-07',
      text: '高才通續簽',
      region: 'mainland',
      relevant: true,
      topics: ['permanent_residency'],
      viewpoints: [],
      polarity: 'neutral',
      evidence: [],
    }));
    const rows = parse(renderCsv(modelOf(records, tinyClassifier())), { columns: true }) as Record<string, string>[];
    const labels = rows.filter((r) => r.section === 'kind_share').map((r) => r.label);
    expect(labels.sort()).toEqual(kinds.map((k) => `'${k}`).sort());
    for (const r of rows) for (const cell of Object.values(r)) expect(cell, JSON.stringify(r)).not.toMatch(/^[=+\-@\t\r]/);
  });
});
