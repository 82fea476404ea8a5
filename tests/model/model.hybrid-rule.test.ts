import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/classify.js';
import { classifyWithModel } from '../../src/model/apply.js';
import { buildTaxonomyModel } from '../../src/model/build.js';
import { decide, DEFAULT_HYBRID, hybridTag } from '../../src/model/hybrid.js';
import { extractFeatures } from '../../src/model/features.js';
import { prepareModel, scoreText } from '../../src/model/predict.js';
import { classifiedSchema } from '../../src/records.js';
import { tinyClassifier } from '../helpers.js';
import { featuresOf, metaFor, TAXONOMY } from './fixtures.js';

const t = { accept: 0.8, veto: 0.1 };

describe('the hybrid rule, label by label', () => {
  it('keeps a lexicon label the model does not strongly disagree with', () => {
    expect(decide(true, 0.3, t, false)).toBe('lexicon');
    expect(decide(true, 0.1, t, false)).toBe('lexicon');
  });
  it('marks a lexicon label the model is sure of as both', () => {
    expect(decide(true, 0.9, t, true)).toBe('both');
  });
  it('withdraws a lexicon label when the model strongly disagrees', () => {
    expect(decide(true, 0.05, t, true)).toBeUndefined();
  });
  it('gives a label without lexicon evidence only at a high probability and with evidence in the text', () => {
    expect(decide(false, 0.85, t, true)).toBe('model');
    expect(decide(false, 0.85, t, false)).toBeUndefined();
    expect(decide(false, 0.7, t, true)).toBeUndefined();
  });
});

describe('hybrid tagging keeps io.md\'s evidence contract', () => {
  const classifier = tinyClassifier();
  const model = buildTaxonomyModel(TAXONOMY.map((x) => ({ id: x.id, features: featuresOf(x.text), labels: x.labels })), metaFor());

  it('every evidence item slices the text, and every topic and viewpoint given has evidence', () => {
    const prepared = prepareModel({ ...model, hybrid: { ...DEFAULT_HYBRID, viewpoint: { accept: 0.3, veto: 0 } } });
    for (const text of ['高才通續簽真係難過登天', '高才通續簽好難，寬進嚴出', '高才通續簽早啲準備', '今日去行山']) {
      const record = classifiedSchema.parse(classifyWithModel(classifier, prepared, { id: 'x', text }));
      for (const e of record.evidence) expect(text.slice(e.start, e.end)).toBe(e.term);
      for (const label of [...record.topics, ...record.viewpoints]) expect(record.evidence.some((e) => e.label === label)).toBe(true);
    }
  });

  it('a viewpoint the lexicon misses is given by the model with its features as evidence', () => {
    const text = '高才通續簽真係難過登天';
    const prepared = prepareModel({ ...model, hybrid: { ...DEFAULT_HYBRID, viewpoint: { accept: 0.3, veto: 0 } } });
    const analysis = analyseText(classifier, text);
    expect(analysis.tags.viewpoints).not.toContain('pr.strict_exit');
    const features = extractFeatures(analysis, model.features, classifier.lexicon);
    const result = hybridTag(classifier, prepared, analysis, features, scoreText(prepared, features));
    expect(result.viewpoints).toContain('pr.strict_exit');
    expect(result.model.given['pr.strict_exit']).toBe('model');
    expect(result.model.features['pr.strict_exit']!.length).toBeGreaterThan(0);
  });

  it('with thresholds that never let the model speak, hybrid equals the lexicon', () => {
    const prepared = prepareModel({ ...model, hybrid: { relevance: { accept: 1.1, veto: 0 }, topic: { accept: 1.1, veto: 0 }, viewpoint: { accept: 1.1, veto: 0 }, polarityAccept: 1.1 } });
    for (const x of TAXONOMY) {
      const analysis = analyseText(classifier, x.text);
      const features = extractFeatures(analysis, model.features, classifier.lexicon);
      const result = hybridTag(classifier, prepared, analysis, features, scoreText(prepared, features));
      expect({ relevant: result.relevant, topics: result.topics, viewpoints: result.viewpoints, polarity: result.polarity }).toEqual({
        relevant: analysis.tags.relevant, topics: analysis.tags.topics, viewpoints: analysis.tags.viewpoints, polarity: analysis.tags.polarity,
      });
    }
  });
});
