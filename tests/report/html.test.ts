/** The HTML report as text: escaping, links, self-containment, languages, charts and significance marks. */
import { describe, expect, it } from 'vitest';
import type { Classified } from '../../src/records.js';
import { tinyClassifier } from '../helpers.js';
import { fixtureModel, html, modelOf } from './html-fixture.js';

describe('HTML report', () => {
  it('shows hostile post text as text: no script, image or handler reaches the page', async () => {
    const page = (await html(fixtureModel())).html;
    expect(page).not.toMatch(/<script|<img|<svg onload|<iframe/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('&quot;&gt;&lt;svg onload=alert(4)&gt;');
  });

  it('links posts only to http(s) addresses, escaped', async () => {
    const page = (await html(fixtureModel())).html;
    expect(page).not.toContain('javascript:');
    expect(page).toContain('href="https://lihkg.com/thread/1?a=1&amp;b=2"');
  });

  it('is self-contained: a CSP that forbids scripts and fetching, and no external resource', async () => {
    const page = (await html(fixtureModel())).html;
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(page).not.toMatch(/<link\b|<[a-z][^>]*\ssrc=|@import|url\(http/i);
  });

  it('draws every chart from its Vega-Lite spec without warnings, each with marks', async () => {
    const { charts } = await html(fixtureModel());
    expect(charts.map((c) => c.name)).toEqual(expect.arrayContaining(['topic-volume', 'viewpoints-permanent_residency', 'timeline', 'coverage']));
    for (const chart of charts) {
      expect(chart.warnings, chart.name).toEqual([]);
      expect(chart.svg, chart.name).toMatch(/<g class="mark-(rect|line|symbol|rule)[^"]*role-mark[^"]*"[^>]*><(path|line)/);
    }
  });

  it('speaks Traditional by default, Simplified or English on request', async () => {
    const model = fixtureModel();
    const hant = (await html(model)).html;
    expect(hant).toContain('<html lang="zh-Hant">');
    // Topic names are the study taxonomy's (studies/talent/taxonomy.yaml), not the test lexicon's labels.
    expect(hant).toContain('續簽及申請香港永久居留權');
    const hans = (await html(model, 'zh-Hans')).html;
    expect(hans).toContain('续签及申请香港永久居留权');
    expect(hans).toContain('人才计划');
    const en = (await html(model, 'en')).html;
    expect(en).toContain('Visa renewal and permanent residency');
    expect(en).toContain('Hong Kong');
  });

  it('marks a difference that survives Benjamini–Hochberg in the chart and the table', async () => {
    const rec = (id: string, region: 'mainland' | 'hk', viewpoints: Classified['viewpoints']): Classified => ({
      id,
      platform: region === 'hk' ? 'lihkg' : 'weibo',
      published_at: '2025-03-07',
      text: '高才通續簽',
      region,
      relevant: true,
      topics: ['permanent_residency'],
      viewpoints,
      polarity: 'neutral',
      evidence: [],
    });
    const records = [
      ...Array.from({ length: 40 }, (_, i) => rec(`m${i}`, 'mainland', i < 30 ? ['pr.strict_exit'] : [])),
      ...Array.from({ length: 40 }, (_, i) => rec(`h${i}`, 'hk', i < 5 ? ['pr.strict_exit'] : [])),
    ];
    const { html: page, charts } = await html(modelOf(records, tinyClassifier()));
    expect(page).toMatch(/<span class="sig"[^>]*>✱<\/span>/);
    expect(charts.find((c) => c.name === 'viewpoints-permanent_residency')!.svg).toContain('✱');
  });
});
