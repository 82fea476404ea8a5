/** Applying a model finds a text's features by number (feature-index.ts): the same vectors as by name. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildClassifier } from '../../src/classifier/load-classifier.js';
import { analyseText } from '../../src/classify.js';
import { readModel } from '../../src/io/bundled/model-file.js';
import { buildFeatureIndex, indexedFeatures } from '../../src/model/feature-index.js';
import { extractFeatures } from '../../src/model/features.js';
import { prepareModel, scoreAnalysis, scoreEntries, topFeatures } from '../../src/model/predict.js';
import { vectorise, vectorOf, vocabularyFrom } from '../../src/model/vectorise.js';

const plain = (v: { indices: Int32Array; values: Float64Array }) => ({ indices: Array.from(v.indices), values: Array.from(v.values) });

describe('features found by number', () => {
  const classifier = buildClassifier();
  const prepared = prepareModel(readModel('studies/talent/model.json'));
  const texts = readFileSync('studies/talent/corpus/sample.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { text: string }).text);

  it('score every bundled post as the features found by name do: vectors, sentences, logits and probabilities', () => {
    for (const text of texts) {
      const analysis = analyseText(classifier, text);
      const byName = scoreEntries(prepared, extractFeatures(analysis, prepared.model.features, classifier.lexicon), analysis.normalised.text);
      const byNumber = scoreAnalysis(prepared, classifier, analysis);
      expect(plain(byNumber.vector)).toEqual(plain(byName.vector));
      expect(byNumber.units).toEqual(byName.units);
      expect(byNumber.unitVectors.map(plain)).toEqual(byName.unitVectors.map(plain));
      expect(Array.from(byNumber.logits)).toEqual(Array.from(byName.logits));
      expect(Array.from(byNumber.probability)).toEqual(Array.from(byName.probability));
      expect(Array.from(byNumber.unit)).toEqual(Array.from(byName.unit));
    }
  });

  it('find word pairs whose tokens hold an underscore, Han n-grams of each size, and lexicon features by name', () => {
    const analysis = analyseText(classifier, '@a_b 好 高才通 a_b');
    const pair = `b:${analysis.segmentation.tokens
      .filter((t) => /[\p{L}\p{N}]/u.test(t))
      .slice(0, 2)
      .join('_')}`;
    const features = [pair, 'c1:好', 'c2:高才', 'c3:高才通', 'w:好', 'tag:pol:neutral', 'c2:没有'].sort();
    const vocabulary = vocabularyFrom(
      features,
      features.map((_, i) => 1 + i / 10),
    );
    const config = { ...prepared.model.features, charNgrams: [1, 2, 3] };
    const byName = vectorise(new Set(extractFeatures(analysis, config, classifier.lexicon).names), vocabulary);
    const byNumber = vectorOf(indexedFeatures(buildFeatureIndex(features), analysis, config, classifier.lexicon).features, vocabulary);
    expect(plain(byNumber)).toEqual(plain(byName));
    expect(Array.from(byNumber.indices).map((i) => features[i])).toEqual(features.filter((f) => f !== 'c2:没有'));
  });

  it('note the strongest features of a head, best first, ties by name, at most the limit', () => {
    const analysis = analyseText(classifier, texts[0]!);
    const scores = scoreAnalysis(prepared, classifier, analysis);
    const head = prepared.model.heads[0]!.name;
    const all = topFeatures(prepared, scores.vector, head, 10_000);
    expect(all.length).toBeGreaterThan(3);
    for (let k = 1; k < all.length; k++) expect(all[k - 1]!.contribution).toBeGreaterThanOrEqual(all[k]!.contribution);
    expect(topFeatures(prepared, scores.vector, head, 3)).toEqual(all.slice(0, 3));
    expect(topFeatures(prepared, scores.vector, head, 0)).toEqual([]);
  });
});
