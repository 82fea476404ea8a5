import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon, type LexiconSource } from '../../src/lexicon/load.js';
import { loadStudy, studyFrom } from '../../src/study/load.js';

const STUDY = `id: tiny
version: 0.1.0
names: {zh-Hant: 小研究, zh-Hans: 小研究, en: a tiny study}
description: Two topics, to check the format.
taxonomy: taxonomy.yaml
lexicon: lexicon
platforms: platforms.yaml
`;

const TAXONOMY = `topics:
  - id: fees
    names: {zh-Hant: 學費, zh-Hans: 学费, en: Fees}
    description: What studying costs.
    viewpoints:
      - id: fee.too_high
        names: {zh-Hant: 太貴, zh-Hans: 太贵, en: Too high}
  - id: visas
    names: {zh-Hant: 簽證, zh-Hans: 签证, en: Visas}
    description: Getting the visa.
    viewpoints:
      - id: visa.fast
        names: {zh-Hant: 很快, zh-Hans: 很快, en: Fast}
polarities: [positive, negative, neutral, mixed]
regions:
  - {id: north, names: {zh-Hant: 北, zh-Hans: 北, en: North}}
  - {id: south, names: {zh-Hant: 南, zh-Hans: 南, en: South}}
  - {id: nowhere, fallback: true, names: {zh-Hant: 不明, zh-Hans: 不明, en: nowhere}}
`;

function errorOf(study: string, taxonomy: string): { code: string; message: string; context: { line?: number; column?: number } } {
  try {
    studyFrom('s', { path: 's/study.yaml', content: study }, { path: 's/taxonomy.yaml', content: taxonomy });
  } catch (error) {
    return error as { code: string; message: string; context: { line?: number; column?: number } };
  }
  throw new Error('expected a study error');
}

describe('study validation errors name file:line:column and the entry', () => {
  it('accepts the inline study, ordering topics and viewpoints by ID', () => {
    const study = studyFrom('s', { path: 's/study.yaml', content: STUDY }, { path: 's/taxonomy.yaml', content: TAXONOMY });
    expect(study.taxonomy.topics).toEqual(['fees', 'visas']);
    expect(study.taxonomy.topicOf).toEqual({ 'fee.too_high': 'fees', 'visa.fast': 'visas' });
    expect(study.taxonomy.fallbackRegion).toBe('nowhere');
    expect(study.lexiconDir).toMatch(/s[\\/]lexicon$/);
  });

  it('a viewpoint listed twice, at its second id', () => {
    const e = errorOf(STUDY, TAXONOMY.replace('id: visa.fast', 'id: fee.too_high'));
    expect(e.code).toBe('E_STUDY_SCHEMA');
    expect(e.message).toMatch(/^s\/taxonomy\.yaml:12:9 at topics\[1\]\.viewpoints\[0\]\.id: viewpoint fee\.too_high is listed twice/);
    expect(e.message).toContain('docs/study-format.md');
    expect(e.context).toMatchObject({ line: 12, column: 9 });
  });

  it("a viewpoint whose prefix is not its topic's, and a prefix two topics share", () => {
    const mixed = TAXONOMY.replace(
      '      - id: fee.too_high\n',
      '      - id: fee.too_high\n        names: {zh-Hant: 甲, zh-Hans: 甲, en: a}\n      - id: visa.cheap\n',
    );
    expect(errorOf(STUDY, mixed).message).toMatch(
      /taxonomy\.yaml:\d+:\d+ at topics\[0\]\.viewpoints\[1\]\.id: viewpoint visa\.cheap of topic fees has the prefix visa/,
    );
    expect(errorOf(STUDY, TAXONOMY.replace('id: visa.fast', 'id: fee.fast')).message).toMatch(
      /the prefix fee of topic visas is already the prefix of topic fees/,
    );
  });

  it('no fallback region, two fallbacks, or one region besides the fallback', () => {
    expect(errorOf(STUDY, TAXONOMY.replace('fallback: true, ', '')).message).toMatch(/taxonomy\.yaml:\d+:\d+ at regions: no region has fallback: true/);
    expect(errorOf(STUDY, TAXONOMY.replace('{id: south, ', '{id: south, fallback: true, ')).message).toMatch(
      /regions south and nowhere both have fallback: true/,
    );
    expect(errorOf(STUDY, TAXONOMY.replace(/ {2}- \{id: south.*\n/, '')).message).toMatch(/list at least two and the fallback/);
  });

  it('a polarity class missing, and an ID of the wrong shape', () => {
    expect(errorOf(STUDY, TAXONOMY.replace('neutral, mixed', 'neutral')).message).toMatch(
      /at polarities: the polarities must name every class the tagger gives .*missing mixed/,
    );
    const e = errorOf(STUDY, TAXONOMY.replace('id: visas', 'id: Visas'));
    expect(e.code).toBe('E_STUDY_SCHEMA');
    expect(e.message).toMatch(/taxonomy\.yaml:8:\d+ at topics\[1\]\.id: an ID of lower-case letters/);
  });

  it('study.yaml without a field it needs, and YAML that does not parse', () => {
    expect(errorOf(STUDY.replace('lexicon: lexicon\n', ''), TAXONOMY).message).toMatch(/^s\/study\.yaml(:\d+:\d+)? at lexicon: /);
    const e = errorOf(STUDY, TAXONOMY.replace('neutral, mixed]', 'neutral, mixed'));
    expect(e.code).toBe('E_STUDY_YAML');
    expect(e.message).toMatch(/^s\/taxonomy\.yaml:\d+:\d+: this is not valid YAML/);
  });

  it('a folder without study.yaml, and a study.yaml naming a taxonomy file that is not there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-study-'));
    expect(() => loadStudy(dir)).toThrow(expect.objectContaining({ code: 'E_STUDY_MISSING', message: expect.stringContaining('study.yaml') }));
    writeFileSync(join(dir, 'study.yaml'), STUDY.replace('taxonomy: taxonomy.yaml', 'taxonomy: nope.yaml'));
    expect(() => loadStudy(dir)).toThrow(
      expect.objectContaining({ code: 'E_STUDY_MISSING', message: expect.stringMatching(/nope\.yaml: no taxonomy file here\. Fix the path in .*study\.yaml/) }),
    );
  });
});

describe("a lexicon's topics and viewpoints must be the study's", () => {
  const { taxonomy } = studyFrom('s', { path: 's/study.yaml', content: STUDY }, { path: 's/taxonomy.yaml', content: TAXONOMY });
  const lexicon = (topics: string, viewpoints: string): LexiconSource => ({
    dir: 'lex',
    files: [
      { name: 'lexicon.yaml', content: 'id: tiny\nversion: 0.1.0\n' },
      { name: 'relevance.yaml', content: 'strong: [學費]\n' },
      { name: 'topics.yaml', content: topics },
      { name: 'polarity.yaml', content: 'positive: []\nnegative: []\n' },
      { name: 'viewpoints/fees.yaml', content: viewpoints },
    ],
  });
  const topics = 'fees:\n  cues: [學費]\nvisas:\n  cues: [簽證]\n';
  const views = 'fee.too_high:\n  topic: fees\n  cues: [太貴]\n';

  it('loads a lexicon over the taxonomy', () => {
    expect(Object.keys(loadLexicon(lexicon(topics, views), taxonomy).topics)).toEqual(['fees', 'visas']);
  });

  it('a topic outside the taxonomy: the file, the line and the entry, with the IDs that exist', () => {
    expect(() => loadLexicon(lexicon(`${topics}rent:\n  cues: [租金]\n`, views), taxonomy)).toThrow(
      expect.objectContaining({
        code: 'E_LEXICON_SCHEMA',
        message: expect.stringMatching(/^lex\/topics\.yaml:5:1 at rent: rent is not a topic ID of the study's taxonomy \(expected one of fees, visas\)/),
      }),
    );
  });

  it('a viewpoint outside the taxonomy, and one filed under another topic', () => {
    expect(() => loadLexicon(lexicon(topics, `${views}fee.cheap:\n  topic: fees\n  cues: [便宜]\n`), taxonomy)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^lex\/viewpoints\/fees\.yaml:4:1 at fee\.cheap: fee\.cheap is not a viewpoint ID of the study's taxonomy/),
      }),
    );
    expect(() => loadLexicon(lexicon(topics, views.replace('topic: fees', 'topic: visas')), taxonomy)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /^lex\/viewpoints\/fees\.yaml:2:\d+ at fee\.too_high\.topic: viewpoint fee\.too_high belongs to topic fees in the study's taxonomy, not visas/,
        ),
      }),
    );
  });
});
