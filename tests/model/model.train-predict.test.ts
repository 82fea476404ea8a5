import { describe, expect, it } from 'vitest';
import { predictGeneric } from '../../src/model/apply.js';
import { buildGenericModel, buildTaxonomyModel, serialiseModel } from '../../src/model/build.js';
import { bestClass, prepareModel, probabilityOf, scoreText } from '../../src/model/predict.js';
import { modelSchema } from '../../src/model/schema.js';
import { tinyClassifier } from '../helpers.js';
import { featuresOf, metaFor, STANCE, TAXONOMY } from './fixtures.js';

const generic = () => buildGenericModel(STANCE.map((s) => ({ id: s.id, features: featuresOf(s.text), label: s.label })), metaFor({ labelField: 'stance', textField: 'text' }));

describe('trained models', () => {
  it('a generic model predicts its own obvious training examples', () => {
    const prepared = prepareModel(generic());
    for (const s of STANCE) expect(predictGeneric(tinyClassifier(), prepared, s.text).predicted).toBe(s.label);
  });

  it('a generic model generalises to an unseen text built from its strongest words', () => {
    const prepared = prepareModel(generic());
    expect(predictGeneric(tinyClassifier(), prepared, '我反對').predicted).toBe('against');
  });

  it('is deterministic: the same examples give byte-identical model files', () => {
    expect(serialiseModel(generic())).toBe(serialiseModel(generic()));
  });

  it('records tool version, lexicon, features, training data hash and validates against its schema', () => {
    const model = modelSchema.parse(JSON.parse(serialiseModel(generic())));
    expect(model.tool.name).toBe('yuqing');
    expect(model.lexicon.hash).toBe(tinyClassifier().lexicon.data.hash);
    expect(model.training).toMatchObject({ data: 'sha256:test', records: 6, labelField: 'stance' });
    expect(model.features.charBigrams).toBe(true);
    expect(model.heads[0]!.classes).toEqual(['against', 'for']);
  });

  it('a taxonomy model has relevance, topic, viewpoint and polarity heads that fit their examples', () => {
    const model = buildTaxonomyModel(TAXONOMY.map((t) => ({ id: t.id, features: featuresOf(t.text), labels: t.labels })), metaFor());
    expect(model.heads.map((h) => h.name)).toContain('pr.strict_exit');
    expect(model.heads.at(-1)!.name).toBe('polarity');
    const prepared = prepareModel(model);
    const scores = (text: string) => scoreText(prepared, featuresOf(text));
    expect(probabilityOf(scores('高才通續簽好難，寬進嚴出'), 'pr.strict_exit')).toBeGreaterThan(0.5);
    expect(probabilityOf(scores('高才通續簽要提前規劃'), 'pr.strict_exit')).toBeLessThan(0.5);
    expect(probabilityOf(scores('今日天氣好好，去行山'), 'relevant')).toBeLessThan(0.5);
    expect(bestClass(scores('高才續簽被拒，難過登天').heads.get('polarity')!).cls).toBe('negative');
  });
});
