/**
 * The second bundled study, studies/global_talent, runs on data alone: it loads, its lexicon's own
 * examples pass, and posts are tagged with its topics and regions, never the talent study's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/classify.js';
import { buildClassifier } from '../../src/classifier/load-classifier.js';
import { PACKAGE_ROOT } from '../../src/io/bundled/lexicon-files.js';
import { exampleCases, runExamples } from '../../src/lexicon-tools/examples.js';
import { loadStudy } from '../../src/study/load.js';
import { comparedRegions } from '../../src/study/taxonomy.js';

const DIR = join(PACKAGE_ROOT, 'studies', 'global_talent');

describe('the bundled global-talent study', () => {
  const study = loadStudy(DIR);
  const classifier = buildClassifier({ study: DIR });

  it('loads its own taxonomy: four topics of five viewpoints, four regions and a fallback', () => {
    expect(study.id).toBe('global_talent');
    expect(study.taxonomy.topics).toHaveLength(4);
    expect(study.taxonomy.viewpoints).toHaveLength(20);
    expect(study.taxonomy.regions).toEqual(expect.arrayContaining(['mainland', 'hk', 'taiwan', 'overseas']));
    expect(study.taxonomy.fallbackRegion).toBe('unknown');
    expect(comparedRegions(study.taxonomy)).toHaveLength(2);
    expect(study.modelFile).toBe(join(DIR, 'model.json'));
  });

  it('its lexicon passes its own examples', () => {
    const data = classifier.lexicon.data;
    expect(exampleCases(data).length).toBeGreaterThan(50);
    expect(runExamples(data, (text) => analyseText(classifier, text).tags)).toEqual([]);
  });

  it('tags with its own labels: every topic and viewpoint given is one of its taxonomy', () => {
    const known = new Set([...study.taxonomy.topics, ...study.taxonomy.viewpoints]);
    for (const text of [
      '美國H-1B簽證新增十萬美元費用，不少留學生開始考慮去加拿大',
      'K字簽證今天開始受理，外國青年科技人才不用邀請函也能來',
      '今日去行山，天氣好好',
    ]) {
      const tags = analyseText(classifier, text).tags;
      for (const label of [...tags.topics, ...tags.viewpoints]) expect(known.has(label)).toBe(true);
    }
    expect(analyseText(classifier, '美國H-1B簽證新增十萬美元費用，不少留學生開始考慮去加拿大').tags.relevant).toBe(true);
    expect(analyseText(classifier, '今日去行山，天氣好好').tags.relevant).toBe(false);
  });
});
