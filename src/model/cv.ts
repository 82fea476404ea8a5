/**
 * k-fold cross-validation of lexicon-only, model-only and hybrid tagging on a labelled corpus.
 * Folds come from a hash of each id (sha256, first four bytes, mod k): deterministic, and a
 * record stays in its fold when others are added or removed.
 */
import { createHash } from 'node:crypto';
import type { Classifier, TextAnalysis } from '../classify.js';
import { analyseText } from '../classify.js';
import { score, type Labels, type Pair, type Scores } from '../evaluate/metrics.js';
import type { Region } from '../taxonomy.js';
import { modelOnlyLabels } from './apply.js';
import { buildTaxonomyModel, type ModelMeta } from './build.js';
import { extractFeatures, type FeatureSpans } from './features.js';
import { hybridTag } from './hybrid.js';
import { prepareModel, scoreText, type PreparedModel, type TextScores } from './predict.js';
import type { HybridConfig } from './schema.js';

export function foldOf(id: string, k: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % k;
}

export interface CvItem {
  readonly id: string;
  readonly text: string;
  readonly region: Region;
  readonly gold: Labels;
}

export interface OutOfFold {
  readonly item: CvItem;
  readonly analysis: TextAnalysis;
  readonly features: FeatureSpans;
  readonly scores: TextScores;
  /** The model of the fold this item was held out of. */
  readonly prepared: PreparedModel;
}

/** Every item scored by a model trained without its fold. */
export function outOfFold(classifier: Classifier, items: readonly CvItem[], k: number, meta: ModelMeta): OutOfFold[] {
  const analysed = items.map((item) => {
    const analysis = analyseText(classifier, item.text);
    return { item, analysis, features: extractFeatures(analysis, meta.features, classifier.lexicon), fold: foldOf(item.id, k) };
  });
  const out: OutOfFold[] = [];
  for (let fold = 0; fold < k; fold++) {
    const training = analysed.filter((a) => a.fold !== fold).map((a) => ({ id: a.item.id, features: a.features, labels: a.item.gold }));
    const held = analysed.filter((a) => a.fold === fold);
    if (held.length === 0 || training.length === 0) continue;
    const prepared = prepareModel(buildTaxonomyModel(training, meta));
    for (const a of held) out.push({ ...a, scores: scoreText(prepared, a.features), prepared });
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

export function cvScores(classifier: Classifier, oof: readonly OutOfFold[], k: number, hybrid?: HybridConfig): CvScores {
  const pairs = (predict: (o: OutOfFold) => Labels): Pair[] => oof.map((o) => ({ id: o.item.id, region: o.item.region, gold: o.item.gold, predicted: predict(o) }));
  const reconfigured = new Map<PreparedModel, PreparedModel>();
  const withConfig = (o: OutOfFold): PreparedModel => {
    if (hybrid === undefined) return o.prepared;
    let p = reconfigured.get(o.prepared);
    if (p === undefined) reconfigured.set(o.prepared, (p = { ...o.prepared, model: { ...o.prepared.model, hybrid } }));
    return p;
  };
  return {
    k,
    posts: oof.length,
    lexicon: score(pairs((o) => o.analysis.tags)),
    model: score(pairs((o) => modelOnlyLabels(o.scores))),
    hybrid: score(pairs((o) => hybridTag(classifier, withConfig(o), o.analysis, o.features, o.scores))),
  };
}
