/**
 * Applying a model looks Han character n-grams up in a trie instead of building their names: the
 * vectors and scores must be exactly those of the named features training extracts.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/analyse.js';
import { analyseText } from '../../src/classify.js';
import { readModel } from '../../src/io/model-file.js';
import { extractFeatures } from '../../src/model/features.js';
import { prepareModel, scoreAnalysis, scoreEntries } from '../../src/model/predict.js';

const classifier = loadClassifier();
const prepared = prepareModel(readModel(fileURLToPath(new URL('../../models/talent.json', import.meta.url))));

const TEXTS = [
  '高才通續簽好難，宽进严出！大家要提前準備文件。',
  '😂😂 @someone 高才通 A類 #香港身份 https://example.com/a?b=1 續簽冇問題啦',
  '「人才」兩個字：唔好講笑。𠝹一下，再講。',
  'abc 123 HK$30,000 月薪，仲要交租',
  '一',
  '',
];

describe('feature ids', () => {
  it.each(TEXTS)('scores %j exactly as the named features do', (text) => {
    const analysis = analyseText(classifier, text);
    const fast = scoreAnalysis(prepared, classifier, analysis);
    const named = scoreEntries(prepared, extractFeatures(analysis, prepared.model.features, classifier.lexicon), analysis.normalised.text);
    expect(Array.from(fast.vector.indices)).toEqual(Array.from(named.vector.indices));
    expect(Array.from(fast.vector.values)).toEqual(Array.from(named.vector.values));
    expect(fast.unitVectors.map((v) => Array.from(v.indices))).toEqual(named.unitVectors.map((v) => Array.from(v.indices)));
    expect(Array.from(fast.probability)).toEqual(Array.from(named.probability));
  });

  it('finds character n-grams at all (a text of known words has some)', () => {
    const analysis = analyseText(classifier, TEXTS[0]!);
    expect(scoreAnalysis(prepared, classifier, analysis).vector.indices.length).toBeGreaterThan(20);
  });
});
