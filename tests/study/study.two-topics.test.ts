/**
 * A study that shares no ID with the talent study — two topics, other viewpoints, regions north /
 * south / nowhere — classified, aggregated and reported from its folder alone: nothing in src/
 * assumes a talent topic, viewpoint or region.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate, classify, reportModel } from '../../src/analyse.js';
import { loadClassifier, type LoadedClassifier } from '../../src/classifier/load-classifier.js';
import { renderTextReports } from '../../src/report/render-report.js';
import type { Classifier } from '../../src/classify.js';
import { renderHtml } from '../../src/report/html/index.js';
import { readReportData, readReportStrings } from '../../src/io/bundled/report-data.js';

const FILES: Readonly<Record<string, string>> = {
  'study.yaml': `id: tuition
version: 0.1.0
names: {zh-Hant: 留學費用, zh-Hans: 留学费用, en: Study abroad costs}
description: Fees and visas of students abroad.
taxonomy: taxonomy.yaml
lexicon: lexicon
platforms: platforms.yaml
`,
  'taxonomy.yaml': `topics:
  - id: visas
    names: {zh-Hant: 簽證, zh-Hans: 签证, en: Student visas}
    description: Getting the visa.
    viewpoints:
      - id: visa.fast
        names: {zh-Hant: 簽證很快, zh-Hans: 签证很快, en: Visas come fast}
  - id: fees
    names: {zh-Hant: 學費, zh-Hans: 学费, en: Tuition fees}
    description: What studying costs.
    viewpoints:
      - id: fee.too_high
        names: {zh-Hant: 學費太貴, zh-Hans: 学费太贵, en: Fees are too high}
      - id: fee.worth_it
        names: {zh-Hant: 物有所值, zh-Hans: 物有所值, en: Worth the money}
polarities: [positive, negative, neutral, mixed]
regions:
  - {id: north, names: {zh-Hant: 北方, zh-Hans: 北方, en: The North}}
  - {id: south, names: {zh-Hant: 南方, zh-Hans: 南方, en: The South}}
  - {id: nowhere, fallback: true, names: {zh-Hant: 不明, zh-Hans: 不明, en: nowhere known}}
`,
  'platforms.yaml': `platforms:
  northboard: {region: north, names: [北版]}
  southboard: {region: south, names: [南版]}
regions:
  north: [北]
  south: [南]
  nowhere: []
`,
  'lexicon/lexicon.yaml': 'id: tuition\nversion: 0.1.0\n',
  'lexicon/relevance.yaml': 'strong: [學費, 簽證]\n',
  'lexicon/topics.yaml': 'fees:\n  cues: [學費]\nvisas:\n  cues: [簽證]\n',
  'lexicon/polarity.yaml': 'positive: [值得]\nnegative: [太貴]\n',
  'lexicon/viewpoints/fees.yaml':
    'fee.too_high:\n  topic: fees\n  polarity: negative\n  cues: [太貴]\nfee.worth_it:\n  topic: fees\n  polarity: positive\n  cues: [值得]\n',
  'lexicon/viewpoints/visas.yaml': 'visa.fast:\n  topic: visas\n  polarity: positive\n  cues: [很快]\n',
};

const POSTS = [
  { id: 'n1', text: '學費太貴了', platform: 'northboard', published_at: '2025-03-01' },
  { id: 'n2', text: '學費太貴，不過值得', platform: 'northboard', published_at: '2025-03-02' },
  { id: 'n3', text: '簽證很快就批了', platform: 'northboard', published_at: '2025-04-01' },
  { id: 's1', text: '學費值得', platform: 'southboard', published_at: '2025-03-05' },
  { id: 's2', text: '簽證很快', platform: 'southboard', published_at: '2025-04-02' },
  { id: 'x1', text: '今天天氣很好', platform: 'elsewhere', published_at: '2025-04-03' },
];

describe('a two-topic study with its own regions, from its folder alone', () => {
  let loaded: LoadedClassifier;
  let classifier: Classifier;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-tuition-'));
    for (const [name, content] of Object.entries(FILES)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    loaded = loadClassifier({ study: dir });
    classifier = loaded.classifier;
  });

  it("classifies into the study's labels and regions, the fallback for an unknown platform", () => {
    const records = [...classify(POSTS, loaded)];
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.get('n2')).toMatchObject({ region: 'north', relevant: true, topics: ['fees'], viewpoints: ['fee.too_high', 'fee.worth_it'] });
    expect(byId.get('s2')).toMatchObject({ region: 'south', topics: ['visas'], viewpoints: ['visa.fast'] });
    expect(byId.get('x1')).toMatchObject({ region: 'nowhere', relevant: false });
  });

  it("aggregates and reports over the study's topics, viewpoints, region names and compared regions", async () => {
    const records = [...classify(POSTS, loaded)];
    const model = reportModel(
      aggregate(classifier.taxonomy, records, classifier.platforms),
      classifier,
      { input: [], options: {}, counts: { read: 6, classified: 6, rejected: 0 } },
      readReportData({}),
      undefined,
      'en',
    );
    expect(model.summary.compared).toEqual(['north', 'south']);
    // The fallback region holds 1 of 6 records, over the 5% that gives it a column of its own.
    expect(model.summary.regions).toEqual(['north', 'south', 'nowhere']);
    expect(model.summary.topicVolumes.map((t) => `${t.topic} ${t.region} ${t.volume}`)).toEqual([
      'fees north 2',
      'fees south 1',
      'fees nowhere 0',
      'visas north 1',
      'visas south 1',
      'visas nowhere 0',
    ]);
    expect(model.summary.viewpointShares.find((v) => v.viewpoint === 'fee.too_high' && v.region === 'north')!.share).toMatchObject({ count: 2, total: 2 });
    const { markdown, json, csv } = renderTextReports(model);
    expect(markdown).toContain('The North · Volume');
    expect(markdown).toContain('| Tuition fees (fees) |');
    expect(markdown).toContain('Fees are too high (fee.too_high)');
    // No talent ID anywhere (the title and lead of lexicons/report/ui.yaml still speak of the talent study: they are not yet the study's).
    const all = `${markdown}${json}${csv}`;
    expect(
      all.match(/\bmainland\b|(?<![\w-])hk(?![\w-])|\bunknown\b|scheme_optimisation|identity_acquisition|permanent_residency|\b(opt|id|pr)\.[a-z]\w*/g),
    ).toBeNull();
    const report = JSON.parse(json) as { regions: string[]; findings: { viewpoint_tests: { regions: string[] }[] } };
    expect(report.regions).toEqual(['north', 'south', 'nowhere']);
    expect(csv).toContain('north-south');
    const html = await renderHtml(model, { lang: 'en', strings: readReportStrings() });
    expect(html.html).toContain('Tuition fees');
    expect(html.html).toContain('Worth the money');
    expect(html.charts.map((c) => c.name)).toEqual(expect.arrayContaining([expect.stringContaining('fees'), expect.stringContaining('visas')]));
  });
});
