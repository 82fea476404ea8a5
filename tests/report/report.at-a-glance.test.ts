/**
 * A report that answers at a glance, in every format: a findings summary first, written from the
 * numbers in the report's language; a plain sentence when no regional difference is significant; a
 * note when topic shares add past 100%; denominators named; an unknown region shown only when it
 * holds a meaningful share; platforms and kinds beside regions; one numbering in HTML, Markdown and
 * JSON.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, reportModel } from '../../src/analyse.js';
import { renderTextReports } from '../../src/report/render-report.js';
import { classifyPost, type Classifier } from '../../src/classify.js';
import type { Classified, Post } from '../../src/records.js';
import { talentReportData, tinyClassifier } from '../helpers.js';
import { html } from './html-fixture.js';
import type { ReportLanguage } from '../../src/report/html/wording.js';

const post = (id: string, text: string, platform: string, kind = 'post'): Post => ({ id, text, platform, kind, published_at: '2025-03-07' }) as Post;

/** Mainland (weibo) and Hong Kong (lihkg) posts on the tiny lexicon's topics, one post of unknown region. */
function posts(unknown = 1): Post[] {
  const out: Post[] = [];
  for (let i = 0; i < 6; i++) out.push(post(`m${i}`, i % 2 === 0 ? '高才通續簽要提前規劃' : '高才通放寬了，審批快', 'weibo', i < 3 ? 'post' : 'comment'));
  for (let i = 0; i < 6; i++) out.push(post(`h${i}`, i % 2 === 0 ? '高才通續簽好難，寬進嚴出' : '高才通續簽要提前規劃', 'lihkg', 'comment'));
  for (let i = 0; i < unknown; i++) out.push(post(`u${i}`, '高才通續簽要提前規劃', 'nowhere-forum'));
  return out;
}

function model(list: readonly Post[], lang: ReportLanguage = 'en', c: Classifier = tinyClassifier()) {
  const records: Classified[] = list.map((p) => classifyPost(c, p));
  return reportModel(
    aggregate(c.taxonomy, records, c.platforms),
    c,
    { input: [], options: {}, counts: { read: records.length, classified: records.length, rejected: 0 } },
    talentReportData(),
    undefined,
    lang,
  );
}

describe('the findings summary', () => {
  it('opens report.md, in the report language, with relevance, the largest topics and a plain sentence when no difference is significant', () => {
    const md = renderTextReports(model(posts())).markdown;
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Talent-scheme discourse: Mainland and Hong Kong online communities compared');
    expect(lines.findIndex((l) => l.startsWith('## '))).toBe(lines.indexOf('## Findings at a glance'));
    expect(md).toContain('- 13 of the 13 records in the study (100.0%) are about the talent schemes.');
    expect(md).toMatch(/- Mainland: 6 of 6 relevant \(100\.0%\); largest topics .* \(shares of its relevant posts\)\./);
    expect(md).toMatch(
      /No difference in viewpoint shares between Mainland and Hong Kong is significant \(\d+ tested, Benjamini–Hochberg q < 0\.05; smallest q [\d.]+\)/,
    );
    expect(renderTextReports(model(posts(), 'zh-Hant')).markdown).toContain('## 主要發現');
  });

  it('is the first key of report.json, with its numbers, and the first rows of report.csv', () => {
    const m = model(posts());
    const json = JSON.parse(renderTextReports(m).json) as Record<string, unknown>;
    expect(Object.keys(json)[0]).toBe('summary_of_findings');
    const f = json.summary_of_findings as { text: string[]; relevant: { count: number; total: number }; significant: number };
    expect(f.relevant).toMatchObject({ count: 13, total: 13 });
    expect(f.significant).toBe(0);
    const csv = renderTextReports(m).csv.split('\n');
    expect(csv[1]).toContain(`summary_of_findings,,,${f.text[0]}`);
  });

  it('names the viewpoints that differ significantly, with their q, when some do', () => {
    const many: Post[] = [];
    for (let i = 0; i < 40; i++) many.push(post(`m${i}`, '高才通續簽要提前規劃', 'weibo'), post(`h${i}`, '高才通續簽好難，寬進嚴出', 'lihkg'));
    const md = renderTextReports(model(many)).markdown;
    expect(md).toMatch(/\d+ of \d+ viewpoint differences between Mainland and Hong Kong are significant \(Benjamini–Hochberg q < 0\.05\): .*q = <0\.001/);
  });

  it('says when topic shares add to more than 100% because a post carries several topics', () => {
    const list = [post('m0', '高才通續簽要提前規劃，高才通放寬了，審批快', 'weibo'), post('h0', '高才通續簽要提前規劃', 'lihkg')];
    const m = model(list);
    expect(m.findings.multiLabel).toBe(true);
    expect(renderTextReports(m).markdown).toContain("a region's topic shares can add to more than 100% (Mainland 200.0%)");
    expect(model(posts()).findings.multiLabel).toBe(false);
  });
});

describe('the regions shown', () => {
  it('leaves out an unknown-region column of one record, saying so; shows it when it holds a meaningful share', () => {
    // 1 record in 23 (4.3%): below the 5% from which the unknown region gets a column.
    const few = model([...posts(1), ...Array.from({ length: 10 }, (_, i) => post(`x${i}`, '高才通續簽要提前規劃', 'weibo'))]);
    expect(few.summary.regions).toEqual(['mainland', 'hk']);
    expect(renderTextReports(few).markdown).not.toContain('unknown region');
    expect(renderTextReports(few).markdown).toContain('1 of the records have no known region');
    expect(model(posts(4)).summary.regions).toEqual(['mainland', 'hk', 'unknown']);
  });

  it('breaks each region down by platform and kind of content, in Markdown, JSON and HTML', async () => {
    const m = model(posts());
    const md = renderTextReports(m).markdown;
    expect(md).toContain('## Table 2 · Platforms and kinds of content');
    expect(md).toMatch(/\| platform: weibo \| 100\.0% \[[\d.–]+\] \(6\/6\) \| — \|/);
    expect(md).toMatch(/\| kind: comments \| 50\.0% \[[\d.–]+\] \(3\/6\) \| 100\.0% \[[\d.–]+\] \(6\/6\) \|/);
    const json = JSON.parse(renderTextReports(m).json) as { table2_platforms_and_kinds: { group: string; key: string }[] };
    expect(json.table2_platforms_and_kinds.map((r) => `${r.group}:${r.key}`)).toEqual(
      expect.arrayContaining(['platform:weibo', 'platform:lihkg', 'kind:post', 'kind:comment']),
    );
    expect((await html(m, 'en')).html).toContain('Table 2 · Platforms and kinds of content');
  });
});

describe('topic shares by platform and by kind of content', () => {
  it('stand in table 2 under each platform and kind, with their denominators named, in Markdown, JSON, CSV and HTML', async () => {
    // Mainland weibo: 3 posts (2 on permanent_residency, 1 on scheme_optimisation), 3 comments (1 and 2), 1 irrelevant comment.
    const m = model([...posts(0), post('m9', '今天天氣很好', 'weibo', 'comment')]);
    const { markdown: md, json, csv } = renderTextReports(m);
    expect(md).toMatch(/\| relevant, of weibo records \| 85\.7% \[[\d.–]+\] \(6\/7\) \| — \|/);
    expect(md).toMatch(/\| Visa renewal and permanent residency, of relevant weibo records \| 50\.0% \[[\d.–]+\] \(3\/6\) \| — \|/);
    expect(md).toMatch(/\| relevant, of comments \| 75\.0% \[[\d.–]+\] \(3\/4\) \| 100\.0% \[[\d.–]+\] \(6\/6\) \|/);
    expect(md).toMatch(
      /\| Scheme enhancements and the rush to Hong Kong, of relevant comments \| 66\.7% \[[\d.–]+\] \(2\/3\) \| 0\.0% \[[\d.–]+\] \(0\/6\) \|/,
    );
    type Row = { group: string; key: string; topic: string | null; shares: { region: string; share: { count: number; total: number } | null }[] };
    const rows = (JSON.parse(json) as { table2_platforms_and_kinds: Row[] }).table2_platforms_and_kinds;
    const weiboTopic = rows.find((r) => r.group === 'topic_of_platform_relevant' && r.key === 'weibo' && r.topic === 'permanent_residency')!;
    expect(weiboTopic.shares).toEqual([
      { region: 'mainland', share: expect.objectContaining({ count: 3, total: 6 }) },
      { region: 'hk', share: null },
    ]);
    expect(rows.find((r) => r.group === 'relevant_of_kind' && r.key === 'comment')!.shares.map((x) => x.share?.total)).toEqual([4, 6]);
    expect(csv).toContain('topic_of_platform_relevant_share,mainland,permanent_residency,weibo,3,6,0.5,');
    expect(csv).toContain('relevant_of_kind_share,hk,,comment,6,6,1,');
    const page = (await html(m, 'en')).html;
    expect(page).toContain('Visa renewal and permanent residency, of relevant weibo records');
    expect(page).toContain('each topic&#39;s share of its relevant records');
    expect((await html(m, 'zh-Hant')).html).toContain('weibo相關記錄中的「');
  });
});

describe('one numbering and named denominators', () => {
  it('calls the regions compared table 1 in HTML, Markdown and JSON', async () => {
    const m = model(posts());
    expect(renderTextReports(m).markdown).toContain('## Table 1 · The regions compared');
    expect(Object.keys(JSON.parse(renderTextReports(m).json) as object)).toContain('table1_region_comparison');
    expect((await html(m, 'en')).html).toContain('Table 1 · The regions compared');
  });

  it('plots figure 1 in HTML as shares of relevant posts, as report.md gives them', async () => {
    const m = model([...posts(0), post('m9', '今天天氣很好', 'weibo')]);
    const page = (await html(m, 'en')).html;
    expect(page).toContain("Share of the region's relevant posts");
    expect(page).not.toContain("Share of the region's sample");
    expect(renderTextReports(m).markdown).toContain("Shares are of the region's relevant records");
  });
});

describe('count axes', () => {
  it('tick whole numbers on a small sample (no 0.2 of a post)', async () => {
    const page = await html(model([post('m0', '高才通續簽要提前規劃', 'weibo'), post('h0', '高才通續簽好難，寬進嚴出', 'lihkg')]), 'en');
    for (const name of ['topic-volume', 'timeline']) {
      const chart = page.charts.find((c) => c.name === name)!;
      const labels = [...chart.svg.matchAll(/role-axis-label[\s\S]*?<\/g>/g)].flatMap((g) =>
        [...g[0].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!),
      );
      expect(labels.length, name).toBeGreaterThan(0);
      expect(
        labels.filter((l) => /^\d*\.\d+$/.test(l)),
        name,
      ).toEqual([]);
    }
  });
});
