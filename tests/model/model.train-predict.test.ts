import { describe, expect, it } from 'vitest';
import { analyseWithModel, predictGeneric } from '../../src/model/apply.js';
import { buildGenericModel, buildTaxonomyModel, serialiseModel } from '../../src/model/build.js';
import { groupClass, prepareModel, probabilityOf } from '../../src/model/predict.js';
import { modelSchema } from '../../src/model/schema.js';
import { lexiconLabelSet } from '../../src/model/train.js';
import { tinyClassifier } from '../helpers.js';
import { genericExample, metaFor, STANCE, TAXONOMY, taxonomyExample } from './fixtures.js';

const generic = () =>
  buildGenericModel(
    STANCE.map((s) => genericExample(s.id, s.text, s.label)),
    metaFor({ labelField: 'stance', textField: 'text' }),
  );
const taxonomy = () =>
  buildTaxonomyModel(
    TAXONOMY.map((t) => taxonomyExample(t.id, t.text, t.labels)),
    lexiconLabelSet(tinyClassifier()),
    metaFor(),
  );

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
    expect(serialiseModel(taxonomy())).toBe(serialiseModel(taxonomy()));
  });

  it('records tool version, lexicon, features, training data hash and validates against its schema', () => {
    const model = modelSchema.parse(JSON.parse(serialiseModel(generic())));
    expect(model.tool.name).toBe('yuqing');
    expect(model.lexicon.hash).toBe(tinyClassifier().lexicon.data.hash);
    expect(model.training).toMatchObject({ data: 'sha256:test', records: 6, labelField: 'stance' });
    expect(model.features.charNgrams).toEqual([1, 2, 3]);
    expect(model.groups).toEqual([{ name: 'label', classes: ['against', 'for'], offsets: [0, 0] }]);
    expect(model.heads.map((h) => h.name)).toEqual(['label=against', 'label=for']);
  });

  it('a taxonomy model has a head per label of the lexicon and a polarity group, and fits its examples', () => {
    const model = taxonomy();
    const names = model.heads.map((h) => h.name);
    expect(names).toContain('pr.strict_exit');
    expect(names.filter((n) => n.startsWith('polarity='))).toEqual(['polarity=negative', 'polarity=neutral']);
    expect(model.heads.find((h) => h.name === 'pr.strict_exit')).toMatchObject({ kind: 'viewpoint', topic: 'permanent_residency' });
    const prepared = prepareModel(model);
    const scores = (text: string) => analyseWithModel(tinyClassifier(), prepared, text).scores;
    expect(probabilityOf(prepared, scores('高才通續簽好難，寬進嚴出'), 'pr.strict_exit')).toBeGreaterThan(0.5);
    expect(probabilityOf(prepared, scores('高才通續簽要提前規劃'), 'pr.strict_exit')).toBeLessThan(0.5);
    expect(probabilityOf(prepared, scores('今日天氣好好，去行山'), 'relevant')).toBeLessThan(0.5);
    expect(groupClass(prepared, scores('高才續簽被拒，難過登天'), model.groups[0]!).cls).toBe('negative');
  });
});
