/**
 * k-fold cross-validation of lexicon-only, model-only and hybrid tagging on a labelled corpus.
 * Folds come from a hash of each id (folds.ts). Each fold's model is trained exactly as
 * `yuqing train` trains one (thresholds chosen by its own inner cross-validation on the training
 * folds), so the scores are those of the shipped procedure on texts it never saw.
 */
import type { Classifier, TextAnalysis } from '../classify.js';
import { analyseText } from '../classify.js';
import { score, type Labels, type Pair, type Scores } from '../evaluate/metrics.js';
import type { LabelSet } from '../label-set.js';
import { modelOnlyLabels } from './apply.js';
import { buildTaxonomyModel, type ModelMeta } from './build.js';
import { extractFeatures } from './features.js';
import { foldOf } from './folds.js';
import { hybridTag } from './hybrid.js';
import { prepareModel, scoreEntries, type PreparedModel, type TextScores } from './predict.js';
import { lexiconLabelSet, type LabelledExample } from './train.js';

export { foldOf } from './folds.js';

export interface CvItem {
  readonly id: string;
  readonly text: string;
  readonly region: string;
  readonly gold: Labels;
  /** Items with the same group are held out together (e.g. a writer); default: each item alone. */
  readonly group?: string;
}

export interface OutOfFold {
  readonly item: CvItem;
  readonly analysis: TextAnalysis;
  readonly scores: TextScores;
  /** The model of the fold this item was held out of. */
  readonly prepared: PreparedModel;
}

/** A training example from a text's analysis. */
export function exampleOf(classifier: Classifier, analysis: TextAnalysis, id: string, labels: Labels, meta: Pick<ModelMeta, 'features'>): LabelledExample {
  const tags = analysis.tags;
  return {
    id,
    entries: extractFeatures(analysis, meta.features, classifier.lexicon),
    text: analysis.normalised.text,
    lexicon: new Set<string>([...(tags.relevant ? ['relevant'] : []), ...tags.topics, ...tags.viewpoints]),
    labels,
  };
}

/**
 * Each item's fold: by the hash of its id; or, when items have groups, the groups in sorted order
 * dealt round the folds (group i → fold i mod k), so a whole group is held out together.
 */
export function foldsOf(items: readonly Pick<CvItem, 'id' | 'group'>[], k: number): number[] {
  if (!items.some((i) => i.group !== undefined)) return items.map((i) => foldOf(i.id, k));
  const groups = [...new Set(items.map((i) => i.group ?? ''))].sort();
  const fold = new Map(groups.map((g, i) => [g, i % k]));
  return items.map((i) => fold.get(i.group ?? '')!);
}

/** Every item scored by a model trained without its fold. */
export function outOfFold(
  classifier: Classifier,
  items: readonly CvItem[],
  k: number,
  meta: ModelMeta,
  labels: LabelSet = lexiconLabelSet(classifier),
): OutOfFold[] {
  const folds = foldsOf(items, k);
  const analysed = items.map((item, i) => {
    const analysis = analyseText(classifier, item.text);
    return { item, analysis, example: exampleOf(classifier, analysis, item.id, item.gold, meta), fold: folds[i]! };
  });
  const out: OutOfFold[] = [];
  for (let fold = 0; fold < k; fold++) {
    const training = analysed.filter((a) => a.fold !== fold).map((a) => a.example);
    const held = analysed.filter((a) => a.fold === fold);
    if (held.length === 0 || training.length === 0) continue;
    const prepared = prepareModel(buildTaxonomyModel(training, labels, meta));
    for (const a of held) out.push({ item: a.item, analysis: a.analysis, scores: scoreEntries(prepared, a.example.entries, a.example.text), prepared });
  }
  const order = new Map(items.map((item, i) => [item.id, i]));
  return out.sort((a, b) => order.get(a.item.id)! - order.get(b.item.id)!);
}

export interface CvScores {
  readonly k: number;
  readonly posts: number;
  readonly lexicon: Scores;
  readonly model: Scores;
  readonly hybrid: Scores;
}

export function cvScores(classifier: Classifier, oof: readonly OutOfFold[], k: number): CvScores {
  const pairs = (predict: (o: OutOfFold) => Labels): Pair[] =>
    oof.map((o) => ({ id: o.item.id, region: o.item.region, gold: o.item.gold, predicted: predict(o) }));
  return {
    k,
    posts: oof.length,
    lexicon: score(
      classifier.lexicon.data.taxonomy,
      pairs((o) => o.analysis.tags),
    ),
    model: score(
      classifier.lexicon.data.taxonomy,
      pairs((o) => modelOnlyLabels(o.prepared, o.scores)),
    ),
    hybrid: score(
      classifier.lexicon.data.taxonomy,
      pairs((o) => hybridTag(classifier, o.prepared, o.analysis, o.scores)),
    ),
  };
}
