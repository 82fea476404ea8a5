import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/classify.js';
import { analyseWithModel, classifyWithModel } from '../../src/model/apply.js';
import { buildTaxonomyModel } from '../../src/model/build.js';
import { decide, hybridTag } from '../../src/model/hybrid.js';
import { prepareModel } from '../../src/model/predict.js';
import type { Model, Threshold } from '../../src/model/schema.js';
import { lexiconLabelSet } from '../../src/model/train.js';
import { classifiedSchema } from '../../src/records.js';
import { tinyClassifier } from '../helpers.js';
import { metaFor, TAXONOMY, taxonomyExample } from './fixtures.js';

const t = { accept: 0.8, veto: 0.1 };

describe('the hybrid rule, label by label', () => {
  it('keeps a lexicon label the model does not strongly disagree with', () => {
    expect(decide(true, 0.3, t)).toBe('lexicon');
    expect(decide(true, 0.1, t)).toBe('lexicon');
  });
  it('marks a lexicon label the model is sure of as both', () => {
    expect(decide(true, 0.9, t)).toBe('both');
  });
  it('withdraws a lexicon label when the model strongly disagrees', () => {
    expect(decide(true, 0.05, t)).toBeUndefined();
  });
  it('gives a label without lexicon evidence only at or above accept', () => {
    expect(decide(false, 0.8, t)).toBe('model');
    expect(decide(false, 0.79, t)).toBeUndefined();
  });
});

/** The tiny model with every head of a kind set to one threshold. */
function withThresholds(model: Model, kinds: Readonly<Record<string, Threshold>>): Model {
  return { ...model, heads: model.heads.map((h) => (kinds[h.kind] ? { ...h, threshold: kinds[h.kind] } : h)) };
}

describe("hybrid tagging keeps io.md's evidence contract", () => {
  const classifier = tinyClassifier();
  const model = buildTaxonomyModel(
    TAXONOMY.map((x) => taxonomyExample(x.id, x.text, x.labels)),
    lexiconLabelSet(classifier),
    metaFor(),
  );
  const eager = prepareModel(
    withThresholds(model, { relevance: { accept: 0.5, veto: 0.05 }, topic: { accept: 0.3, veto: 0 }, viewpoint: { accept: 0.3, veto: 0 } }),
  );

  it('every evidence item lies inside the text, splits no character and is at least two characters; every label given has evidence', () => {
    for (const text of ['高才通續簽真係難過登天', '高才通續簽好難，寬進嚴出', '高才通續簽早啲準備', '今日去行山']) {
      const record = classifiedSchema.parse(classifyWithModel(classifier, eager, { id: 'x', text }));
      for (const e of record.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(e.term)).toBe(false);
        expect([...e.term].length).toBeGreaterThanOrEqual(2);
      }
      const labels = [...(record.relevant ? ['relevant'] : []), ...record.topics, ...record.viewpoints];
      for (const label of labels) expect(record.evidence.some((e) => e.label === label)).toBe(true);
      if (record.polarity === 'negative' || record.polarity === 'positive') expect(record.evidence.some((e) => e.label === record.polarity)).toBe(true);
    }
  });

  it('a viewpoint the lexicon misses is given by the model, with the sentence it scored as evidence', () => {
    const text = '今日天氣好好。高才通續簽真係難過登天。食咗個好味嘅午餐。';
    const m = analyseWithModel(classifier, eager, text);
    expect(m.analysis.tags.viewpoints).not.toContain('pr.strict_exit');
    const result = hybridTag(classifier, eager, m.analysis, m.scores);
    expect(result.viewpoints).toContain('pr.strict_exit');
    expect(result.model.given['pr.strict_exit']).toBe('model');
    const evidence = result.evidence.filter((e) => e.label === 'pr.strict_exit');
    expect(evidence.map((e) => e.term)).toEqual(['高才通續簽真係難過登天。']);
  });

  it('a viewpoint is given only with its topic: when the topic head withdraws the topic, its viewpoints go too', () => {
    const text = '高才通續簽好難，寬進嚴出';
    const open = hybridTag(classifier, eager, analyseText(classifier, text), analyseWithModel(classifier, eager, text).scores);
    expect(open.topics).toContain('permanent_residency');
    expect(open.viewpoints).toContain('pr.strict_exit');
    const noTopic = prepareModel(
      withThresholds(model, { relevance: { accept: 0.5, veto: 0.05 }, topic: { accept: 1.01, veto: 1.01 }, viewpoint: { accept: 0.3, veto: 0 } }),
    );
    const gated = hybridTag(classifier, noTopic, analyseText(classifier, text), analyseWithModel(classifier, noTopic, text).scores);
    expect(gated.relevant).toBe(true);
    expect(gated.topics).toEqual([]);
    expect(gated.viewpoints).toEqual([]);
    expect(gated.model.given['pr.strict_exit']).toBeUndefined();
    expect(gated.model.withdrawn).toContain('pr.strict_exit');
    expect(gated.evidence.filter((e) => e.label === 'pr.strict_exit')).toEqual([]);
  });

  it("a topic given with none of its viewpoints gets its most probable viewpoint at or above viewpointFallback, as the model's, with evidence", () => {
    const text = '今日天氣好好。高才通續簽真係難過登天。';
    const quiet = withThresholds(model, { relevance: { accept: 0.5, veto: 0.05 }, topic: { accept: 0.3, veto: 0 }, viewpoint: { accept: 1.01, veto: 1.01 } });
    const withFallback = (value: number | undefined): Model => ({
      ...quiet,
      training: { ...quiet.training, config: { ...quiet.training.config, viewpointFallback: value } },
    });
    const tag = (m: Model) => {
      const prepared = prepareModel(m);
      return hybridTag(classifier, prepared, analyseText(classifier, text), analyseWithModel(classifier, prepared, text).scores);
    };
    const none = tag(withFallback(undefined));
    expect(none.topics).toContain('permanent_residency');
    expect(none.viewpoints).toEqual([]);
    const given = tag(withFallback(0));
    expect(given.viewpoints).toHaveLength(1);
    const viewpoint = given.viewpoints[0]!;
    expect(viewpoint.startsWith('pr.')).toBe(true);
    expect(given.model.given[viewpoint]).toBe('model');
    expect(given.model.withdrawn).not.toContain(viewpoint);
    expect(given.evidence.some((e) => e.label === viewpoint)).toBe(true);
    expect(tag(withFallback(1.01)).viewpoints).toEqual([]);
  });

  it("with thresholds that never let the model speak, hybrid labels are the lexicon's", () => {
    const never = withThresholds(model, { relevance: { accept: 1.01, veto: 0 }, topic: { accept: 1.01, veto: 0 }, viewpoint: { accept: 1.01, veto: 0 } });
    const silent = prepareModel({ ...never, training: { ...never.training, config: { ...never.training.config, viewpointFallback: undefined } } });
    for (const x of TAXONOMY) {
      const analysis = analyseText(classifier, x.text);
      const result = hybridTag(classifier, silent, analysis, analyseWithModel(classifier, silent, x.text).scores);
      expect({ relevant: result.relevant, topics: result.topics, viewpoints: result.viewpoints }).toEqual({
        relevant: analysis.tags.relevant,
        topics: analysis.tags.topics,
        viewpoints: analysis.tags.viewpoints,
      });
    }
  });
});
