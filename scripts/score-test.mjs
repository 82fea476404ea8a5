#!/usr/bin/env node
// Scores the held-out test split once: a model trained on studies/talent/corpus/dev.jsonl only (exactly as
// `yuqing train` trains), then lexicon-only, model-only and hybrid tagging of studies/talent/corpus/test.jsonl.
// Prints scores only — never a post — and writes bench/results/test-scores.json.
// Run `npm run build` first. Usage: node scripts/score-test.mjs [--model FILE]  (FILE: a dev-trained model to reuse)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClassifier } from '../dist/classifier/load-classifier.js';
import { analyseText } from '../dist/classify.js';
import { score } from '../dist/evaluate/metrics.js';
import { modelOnlyLabels } from '../dist/model/apply.js';
import { buildTaxonomyModel, serialiseModel } from '../dist/model/build.js';
import { exampleOf } from '../dist/model/cv.js';
import { DEFAULT_FEATURES } from '../dist/model/features.js';
import { hybridTag } from '../dist/model/hybrid.js';
import { prepareModel, scoreEntries } from '../dist/model/predict.js';
import { modelSchema } from '../dist/model/schema.js';
import { DEFAULT_TRAIN, lexiconLabelSet } from '../dist/model/train.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (side) =>
  readFileSync(join(root, 'studies', 'talent', 'corpus', `${side}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
const classifier = buildClassifier();
const meta = {
  lexicon: classifier.lexicon.data,
  segmenter: classifier.segmenter.key,
  features: DEFAULT_FEATURES,
  train: DEFAULT_TRAIN,
  data: 'studies/talent/corpus/dev.jsonl',
};
const reuse = process.argv.indexOf('--model');
let model;
if (reuse > 0) model = modelSchema.parse(JSON.parse(readFileSync(process.argv[reuse + 1], 'utf8')));
else {
  const started = Date.now();
  model = buildTaxonomyModel(
    read('dev').map((r) => exampleOf(classifier, analyseText(classifier, r.text), r.id, r, meta)),
    lexiconLabelSet(classifier),
    meta,
  );
  console.error(`trained on dev in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  mkdirSync(join(root, 'bench', 'work'), { recursive: true });
  writeFileSync(join(root, 'bench', 'work', 'dev-model.json'), serialiseModel(model));
}
const prepared = prepareModel(model);
const pairs = { lexicon: [], model: [], hybrid: [] };
for (const r of read('test')) {
  const analysis = analyseText(classifier, r.text);
  const example = exampleOf(classifier, analysis, r.id, r, meta);
  const scores = scoreEntries(prepared, example.entries, example.text);
  const base = { id: r.id, region: r.region, source: r.source, gold: r };
  pairs.lexicon.push({ ...base, predicted: analysis.tags });
  pairs.model.push({ ...base, predicted: modelOnlyLabels(prepared, scores) });
  pairs.hybrid.push({ ...base, predicted: hybridTag(classifier, prepared, analysis, scores) });
}
const r3 = (x) => Math.round(x * 1000) / 1000;
const summary = (s) => ({
  relevanceF1: r3(s.relevance.f1),
  topicMacroF1: r3(s.topicMacroF1),
  viewpointMicroF1: r3(s.viewpointMicro.f1),
  viewpointMicroP: r3(s.viewpointMicro.precision),
  viewpointMicroR: r3(s.viewpointMicro.recall),
  viewpointMacroF1: r3(s.viewpointMacroF1),
  polarityMacroF1: r3(s.polarity.macroF1),
  polarityAccuracy: r3(s.polarity.accuracy),
  topicShareErrorMeanPp: r3(s.topicShare.meanPp),
  topicShareErrorMaxPp: r3(s.topicShare.maxPp),
});
// The writers of earlier rounds' split (T01–T03) apart from later ones, so a round compares like with like.
const EARLIER = new Set(['T01', 'T02', 'T03']);
const scoresOf = (keep) => Object.fromEntries(Object.entries(pairs).map(([k, p]) => [k, summary(score(classifier.taxonomy, p.filter(keep)))]));
const sources = [...new Set(pairs.hybrid.map((p) => p.source))].sort();
const result = {
  split: 'studies/talent/corpus/test.jsonl',
  posts: pairs.hybrid.length,
  model: { lexicon: model.lexicon, features: model.features, training: model.training },
  scores: scoresOf(() => true),
  earlierWriters: { sources: [...EARLIER], posts: pairs.hybrid.filter((p) => EARLIER.has(p.source)).length, scores: scoresOf((p) => EARLIER.has(p.source)) },
  bySource: Object.fromEntries(sources.map((s) => [s, { posts: pairs.hybrid.filter((p) => p.source === s).length, scores: scoresOf((p) => p.source === s) }])),
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'test-scores.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result.scores, null, 2));
