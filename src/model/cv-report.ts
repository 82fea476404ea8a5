/**
 * `yuqing evaluate --cv K`: lexicon-only, model-only and hybrid side by side, each scored on
 * out-of-fold predictions pooled over the K folds.
 */
import type { Classifier } from '../classify.js';
import type { Scores } from '../evaluate/metrics.js';
import type { Gold } from '../records.js';
import { cvScores, outOfFold, type CvScores } from './cv.js';
import { DEFAULT_FEATURES } from './features.js';
import { DEFAULT_TRAIN } from './train.js';

/** `foldsBy`: a field whose values are held out together (e.g. `source`, the writer), dealt round the folds. */
export function crossValidate(classifier: Classifier, gold: readonly Gold[], k: number, foldsBy?: string): CvScores {
  const groupOf = (g: Gold) => (foldsBy === undefined ? undefined : String((g as Record<string, unknown>)[foldsBy] ?? ''));
  const items = gold.map((g) => ({ id: g.id, text: g.text, region: g.region, gold: g, ...(foldsBy === undefined ? {} : { group: groupOf(g) }) }));
  const meta = {
    lexicon: classifier.lexicon.data,
    segmenter: classifier.segmenter.key,
    features: DEFAULT_FEATURES,
    train: DEFAULT_TRAIN,
    data: 'cross-validation',
  };
  return cvScores(classifier, outOfFold(classifier, items, k, meta), k);
}

const ROWS: readonly [string, (s: Scores) => number][] = [
  ['relevance F1', (s) => s.relevance.f1],
  ['topic macro-F1', (s) => s.topicMacroF1],
  ['viewpoint micro-F1', (s) => s.viewpointMicro.f1],
  ['viewpoint micro-P', (s) => s.viewpointMicro.precision],
  ['viewpoint micro-R', (s) => s.viewpointMicro.recall],
  ['viewpoint macro-F1', (s) => s.viewpointMacroF1],
  ['polarity accuracy', (s) => s.polarity.accuracy],
  ['polarity macro-F1', (s) => s.polarity.macroF1],
  ['topic-share error (mean pp)', (s) => s.topicShare.meanPp],
];

export function renderCv(title: string, cv: CvScores, foldsBy?: string): string {
  const folds = foldsBy === undefined ? 'folds by sha256 of id' : `folds by ${foldsBy}: each value held out whole`;
  const lines = [`# ${title}: ${cv.k}-fold cross-validation, ${cv.posts} posts (${folds})`, ''];
  lines.push(`| ${'score'.padEnd(28)} | lexicon | model  | hybrid |`, `|${'-'.repeat(30)}|---------|--------|--------|`);
  for (const [name, get] of ROWS) {
    lines.push(
      `| ${name.padEnd(28)} | ${get(cv.lexicon).toFixed(3).padStart(7)} | ${get(cv.model).toFixed(3).padStart(6)} | ${get(cv.hybrid).toFixed(3).padStart(6)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
