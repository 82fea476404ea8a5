/** Tiny inline training sets for the model tests (tiny lexicon: tests/fixtures/lexicon). */
import { analyseText } from '../../src/classify.js';
import type { Labels } from '../../src/evaluate/metrics.js';
import type { ModelMeta } from '../../src/model/build.js';
import { exampleOf } from '../../src/model/cv.js';
import { DEFAULT_FEATURES, extractFeatures } from '../../src/model/features.js';
import { DEFAULT_TRAIN } from '../../src/model/train.js';
import { tinyClassifier } from '../helpers.js';

export const STANCE = [
  { id: 's1', text: '支持投白票，白票係表態', label: 'for' },
  { id: 's2', text: '我會投白票，支持白票運動', label: 'for' },
  { id: 's3', text: '白票好，支持', label: 'for' },
  { id: 's4', text: '反對白票，白票幫建制', label: 'against' },
  { id: 's5', text: '投白票即係幫建制，反對', label: 'against' },
  { id: 's6', text: '強烈反對白票', label: 'against' },
];

export function metaFor(overrides: Partial<ModelMeta> = {}): ModelMeta {
  const c = tinyClassifier();
  return {
    lexicon: c.lexicon.data,
    segmenter: c.segmenter.key,
    features: FEATURES,
    train: { ...DEFAULT_TRAIN, l2: 1e-4, thresholdFolds: 0 },
    data: 'sha256:test',
    ...overrides,
  };
}

const FEATURES = { ...DEFAULT_FEATURES, minDocumentFrequency: 1 };

/** A generic training example (features only: generic models ignore the lexicon's labels). */
export function genericExample(id: string, text: string, label: string) {
  const c = tinyClassifier();
  const analysis = analyseText(c, text);
  return { id, entries: extractFeatures(analysis, FEATURES, c.lexicon), text: analysis.normalised.text, lexicon: new Set<string>(), label };
}

/** A taxonomy training example, with the labels the tiny lexicon gives it. */
export function taxonomyExample(id: string, text: string, labels: Labels) {
  const c = tinyClassifier();
  return exampleOf(c, analyseText(c, text), id, labels, { features: FEATURES });
}

const none: Labels = { relevant: false, topics: [], viewpoints: [], polarity: 'neutral' };
const strict: Labels = { relevant: true, topics: ['permanent_residency'], viewpoints: ['pr.strict_exit'], polarity: 'negative' };
const plan: Labels = { relevant: true, topics: ['permanent_residency'], viewpoints: ['pr.plan_ahead'], polarity: 'neutral' };

export const TAXONOMY = [
  { id: 't1', text: '高才通續簽好難，寬進嚴出', labels: strict },
  { id: 't2', text: '高才通續簽真係難過登天', labels: strict },
  { id: 't3', text: '高才續簽被拒，難過登天', labels: strict },
  { id: 't4', text: '高才通續簽要提前規劃', labels: plan },
  { id: 't5', text: '高才通續簽早啲準備材料', labels: plan },
  { id: 't6', text: '今日天氣好好，去行山', labels: none },
  { id: 't7', text: '食咗個好味嘅午餐', labels: none },
];
