import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_DIR, PACKAGE_ROOT, readLexiconSource } from '../../src/io/bundled/lexicon-files.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { loadStudy } from '../../src/study/load.js';
import { comparedRegions, topicOfViewpoint, viewpointsOf } from '../../src/study/taxonomy.js';

describe('loading the bundled talent study', () => {
  const study = loadStudy(DEFAULT_STUDY_DIR);

  it('resolves the paths of study.yaml against the study folder, where the data has always been', () => {
    expect(study.id).toBe('talent');
    expect(study.lexiconDir).toBe(join(PACKAGE_ROOT, 'studies', 'talent', 'lexicon'));
    expect(study.platformsFile).toBe(join(PACKAGE_ROOT, 'studies', 'talent', 'platforms.yaml'));
    expect(study.corpusDir).toBe(join(PACKAGE_ROOT, 'studies', 'talent', 'corpus'));
    expect(study.modelFile).toBe(join(PACKAGE_ROOT, 'studies', 'talent', 'model.json'));
  });

  it('lists topics and viewpoints in ID order and regions in the file order, the fallback marked', () => {
    const t = study.taxonomy;
    expect(t.topics).toEqual([...t.topics].sort());
    expect(t.topics).toHaveLength(3);
    expect(t.viewpoints).toEqual([...t.viewpoints].sort());
    expect(t.viewpoints).toHaveLength(19);
    expect(t.regions).toEqual(['mainland', 'hk', 'unknown']);
    expect(t.fallbackRegion).toBe('unknown');
    expect(comparedRegions(t)).toEqual(['mainland', 'hk']);
    expect(t.polarities).toEqual(['positive', 'negative', 'neutral', 'mixed']);
  });

  it("gives each viewpoint the topic of its file section, and each topic's viewpoints share one prefix", () => {
    const t = study.taxonomy;
    for (const topic of t.topics) {
      const prefixes = new Set(viewpointsOf(t, topic).map((v) => v.split('.')[0]));
      expect(prefixes.size, topic).toBe(1);
    }
    expect(topicOfViewpoint(t, 'pr.strict_exit')).toBe('permanent_residency');
    expect(() => topicOfViewpoint(t, 'xx.nothing')).toThrow(/not in the taxonomy/);
  });

  it("keeps the taxonomy's Traditional names equal to the lexicon's labels (the report prints the taxonomy's)", () => {
    const data = loadLexicon(readLexiconSource(study.lexiconDir), study.taxonomy);
    for (const topic of study.taxonomy.topics) expect(study.taxonomy.names.topics[topic]!['zh-Hant'], topic).toBe(data.topics[topic]!.label);
    for (const v of study.taxonomy.viewpoints) expect(study.taxonomy.names.viewpoints[v]!['zh-Hant'], v).toBe(data.viewpoints[v]!.label);
  });
});

describe('a study read through the YAML value cache', () => {
  it('parses study.yaml and taxonomy.yaml once, then takes their values from the cache, giving the same study', () => {
    const stored = new Map<string, unknown>();
    const asked: string[] = [];
    const cache = {
      get(content: string) {
        asked.push(stored.has(content) ? 'hit' : 'miss');
        return stored.has(content) ? { value: stored.get(content) } : undefined;
      },
      set(content: string, value: unknown) {
        stored.set(content, value);
      },
    };
    const first = loadStudy(DEFAULT_STUDY_DIR, cache);
    expect(stored.size).toBe(2);
    asked.length = 0;
    const again = loadStudy(DEFAULT_STUDY_DIR, cache);
    expect(asked.every((a) => a === 'hit')).toBe(true);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(again).toEqual(first);
    expect(again).toEqual(loadStudy(DEFAULT_STUDY_DIR));
  });
});
