/**
 * Example posts in the report are those where the lexicon and the model agree on the viewpoint
 * (or, failing that, the strongest), and every format says how they were chosen: under hybrid
 * tagging by agreement, under the lexicon alone by strength — in the method note, in the run's
 * language.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, reportModel } from '../../src/analyse.js';
import { renderTextReports } from '../../src/report/render-report.js';
import type { Classified } from '../../src/records.js';
import type { TaggerRecord } from '../../src/report/manifest.js';
import type { ReportLanguage } from '../../src/report/html/wording.js';
import { talentReportData, tinyClassifier, talentTaxonomy } from '../helpers.js';
import { html } from './html-fixture.js';

type Source = 'lexicon' | 'model' | 'both';
const lexicon = { dir: 'studies/talent/lexicon', id: 'talent', version: '0.2.0', hash: 'sha256:0' };
const hybridTagger: TaggerRecord = {
  method: 'hybrid',
  lexicon,
  model: { file: 'studies/talent/model.json', sha256: 'sha256:1', trainedWith: { id: 'talent', version: '0.2.0', hash: 'sha256:0' }, lexiconChanged: false },
};
const lexiconTagger: TaggerRecord = { method: 'lexicon', lexicon, model: false };

const rec = (id: string, note?: { given: Source; p: number }, cues = 1): Classified => ({
  id,
  platform: 'lihkg',
  kind: 'comment',
  published_at: '2025-03-07',
  text: `高才通續簽好難 ${id}`,
  region: 'hk',
  relevant: true,
  topics: ['permanent_residency'],
  viewpoints: ['pr.strict_exit'],
  polarity: 'negative',
  evidence: Array.from({ length: cues }, () => ({ label: 'pr.strict_exit', term: '好難', start: 5, end: 7 })),
  ...(note === undefined
    ? {}
    : { model: { probabilities: { 'pr.strict_exit': note.p }, given: { 'pr.strict_exit': note.given }, withdrawn: [], features: {} } }),
});

function model(records: readonly Classified[], tagger: TaggerRecord, lang: ReportLanguage = 'en') {
  const c = tinyClassifier();
  const counts = { read: records.length, classified: records.length, rejected: 0 };
  return reportModel(aggregate(talentTaxonomy(), records, c.platforms), c, { input: [], options: {}, counts, tagger }, talentReportData(), undefined, lang);
}

const hybrid = [...Array.from({ length: 6 }, (_, i) => rec(`unsure${i}`, { given: 'lexicon', p: 0.2 })), rec('agreed', { given: 'both', p: 0.9 })];

describe('example posts in the report', () => {
  it('lead with the post the lexicon and the model agree on, marked so in HTML and JSON', async () => {
    const m = model(hybrid, hybridTagger);
    const json = JSON.parse(renderTextReports(m).json) as {
      examples: { viewpoint: string; posts: { id: string; given_by: string | null; model_probability: number | null }[] }[];
    };
    const posts = json.examples.find((x) => x.viewpoint === 'pr.strict_exit')!.posts;
    expect(posts[0]).toMatchObject({ id: 'agreed', given_by: 'both', model_probability: 0.9 });
    expect((await html(m, 'en')).html).toMatch(/agreed · lihkg · 2025-03 · lexicon and model agree/);
  });

  it('are explained in the method note of every format: by agreement under hybrid tagging', async () => {
    const m = model(hybrid, hybridTagger);
    const { markdown, json } = renderTextReports(m);
    const sentence = 'Example posts are chosen per viewpoint and region first among the posts where the lexicon and the model agree';
    expect(markdown).toContain(sentence);
    expect((JSON.parse(json) as { method_note: string[] }).method_note.join(' ')).toContain(sentence);
    expect((await html(m, 'en')).html).toContain(sentence);
    expect((await html(model(hybrid, hybridTagger, 'zh-Hant'), 'zh-Hant')).html).toContain('先選詞庫與模型同時給出該觀點的帖文');
  });

  it('are the strongest under the lexicon alone, and the method note says so', () => {
    const records = [rec('one', undefined, 1), rec('three', undefined, 3), rec('two', undefined, 2), rec('also-one', undefined, 1)];
    const m = model(records, lexiconTagger);
    const { markdown, json } = renderTextReports(m);
    const posts = (JSON.parse(json) as { examples: { posts: { id: string; cues: number }[] }[] }).examples[0]!.posts;
    expect(posts.slice(0, 2).map((p) => p.id)).toEqual(['three', 'two']);
    expect(markdown).toContain('The lexicon alone tagged these posts, so no model confirms an example: example posts are the strongest for their viewpoint');
    expect(markdown).not.toContain('first among the posts where the lexicon and the model agree');
  });
});
