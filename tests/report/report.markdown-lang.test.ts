/**
 * report.md follows --lang as the HTML report does: every table's column heads, every heading and
 * every note come from lexicons/report/ui.yaml in the report's language (zh-Hant, zh-Hans, en) —
 * no English column head or note left in a Chinese report, no Chinese one in an English report.
 */
import { describe, expect, it } from 'vitest';
import { renderTextReports } from '../../src/report/render-report.js';
import { classifyPost } from '../../src/classify.js';
import { readReportStrings } from '../../src/io/bundled/report-data.js';
import type { Post } from '../../src/records.js';
import { wordingFor, type ReportLanguage } from '../../src/report/html/wording.js';
import { tinyClassifier, talentTaxonomy } from '../helpers.js';
import { modelOf } from './html-fixture.js';

const post = (id: string, text: string, platform: string, published_at: string): Post => ({ id, text, platform, kind: 'comment', published_at });
const posts: Post[] = [
  post('m1', '高才通續簽要提前規劃', 'weibo', '2025-03-07'),
  post('m2', '高才通放寬了，審批快', 'weibo', '昨天'),
  post('h1', '高才通續簽好難，寬進嚴出', 'lihkg', '2025-03-08'),
  post('h2', '高才通續簽要提前規劃', 'lihkg', ''),
];

function markdown(lang: ReportLanguage): string {
  const c = tinyClassifier();
  const base = modelOf(
    posts.map((p) => classifyPost(c, p)),
    c,
  );
  return renderTextReports({ ...base, wording: wordingFor(readReportStrings(), lang, c.taxonomy) }).markdown;
}

const lines = (md: string) => md.split('\n');
/** The head row of every table (the line above its |---| rule). */
const heads = (md: string) => lines(md).flatMap((l, i, all) => (all[i + 1]?.startsWith('|---') ? [l] : []));
/** Headings and notes: lines that are not table rows, list items or blank; taxonomy IDs in brackets and quoted data and commands left out. */
const prose = (md: string) =>
  lines(md)
    .filter((l) => l !== '' && !l.startsWith('|') && !l.startsWith('- '))
    .map((l) => l.replace(/\([a-z_.]+\)|"[^"]*"|yuqing [a-z]+|--[a-z-]+/g, ''));
const HAN = /\p{Script=Han}/u;
const ENGLISH_WORD =
  /\b(?!Wilson\b|Benjamini\b|Hochberg\b|Dunning\b|Hardie\b|Asia\b|Hong_Kong\b|Kong\b|yuqing\b|lexicon\b|test\b|tiny\b|fixtures\b|corpora\b|studies\b|corpus\b|talent\b|jsonl\b)[A-Za-z]{3,}\b/;

describe('report.md in the report language', () => {
  it.each(['zh-Hant', 'zh-Hans'] as const)('%s: every column head, heading and note is Chinese from ui.yaml', (lang) => {
    const md = markdown(lang);
    const w = wordingFor(readReportStrings(), lang, talentTaxonomy());
    expect(heads(md).length).toBeGreaterThan(6);
    for (const head of heads(md)) expect(head, head).not.toMatch(/[A-Za-z]{3,}/);
    for (const line of prose(md)) {
      expect(line, line).toMatch(HAN);
      expect(line, line).not.toMatch(ENGLISH_WORD);
    }
    for (const text of [
      w.t.col_topic,
      w.t.col_viewpoint,
      w.t.col_q,
      w.t.col_month,
      w.t.key_none,
      w.t.row_volume,
      w.t.man_title,
      w.t.trust_title,
      w.t.fig1_table_note,
      w.t.vp_table_note,
      w.t.cmp_denominators,
      w.t.sources_note,
    ]) {
      expect(md).toContain(text);
    }
    expect(md).toContain(w.fill(w.t.undated_unreadable, { n: 1, examples: '"昨天"' }));
  });

  it('zh-Hans is converted to Simplified, as the HTML report is', () => {
    const md = markdown('zh-Hans');
    expect(md).toContain('声量');
    expect(md).not.toContain('聲量');
  });

  it('en: every column head, heading and note is English from ui.yaml', () => {
    const md = markdown('en');
    const w = wordingFor(readReportStrings(), 'en', talentTaxonomy());
    for (const head of heads(md)) expect(head, head).not.toMatch(HAN);
    for (const line of prose(md)) expect(line, line).not.toMatch(HAN);
    expect(heads(md)).toContain(
      `| ${w.t.col_topic} | Mainland · ${w.t.col_volume} | Mainland · ${w.t.col_share_relevant} | Hong Kong · ${w.t.col_volume} | Hong Kong · ${w.t.col_share_relevant} |`,
    );
    expect(md).toContain(`## ${w.t.man_title}`);
    expect(md).toContain('1 of the records have a date that could not be read (such as "昨天")');
  });
});
