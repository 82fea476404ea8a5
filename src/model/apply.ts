/**
 * A model applied to posts: hybrid tagging (taxonomy models), model-only labels (for comparison)
 * and generic predictions (`predicted`, `probability`).
 */
import { analyseText, outputRecord, type Classifier, type ClassifyOptions, type TextAnalysis } from '../classify.js';
import type { Labels } from '../evaluate/metrics.js';
import type { Classified, Post } from '../records.js';
import { POLARITIES, TOPIC_IDS, VIEWPOINT_IDS, type Polarity } from '../taxonomy.js';
import { extractFeatures, type FeatureSpans } from './features.js';
import { hybridTag, type HybridResult } from './hybrid.js';
import { bestClass, probabilityOf, scoreText, type PreparedModel, type TextScores } from './predict.js';

export interface ModelAnalysis {
  readonly analysis: TextAnalysis;
  readonly features: FeatureSpans;
  readonly scores: TextScores;
}

export function analyseWithModel(classifier: Classifier, prepared: PreparedModel, text: string): ModelAnalysis {
  const analysis = analyseText(classifier, text);
  const features = extractFeatures(analysis, prepared.model.features, classifier.lexicon);
  return { analysis, features, scores: scoreText(prepared, features) };
}

export function hybridOf(classifier: Classifier, prepared: PreparedModel, m: ModelAnalysis): HybridResult {
  return hybridTag(classifier, prepared, m.analysis, m.features, m.scores);
}

/** `yuqing classify --model`: the io.md record, with hybrid labels and a `model` note. */
export function classifyWithModel(classifier: Classifier, prepared: PreparedModel, post: Post, options: ClassifyOptions = {}): Classified {
  const hybrid = hybridOf(classifier, prepared, analyseWithModel(classifier, prepared, post.text));
  return { ...outputRecord(classifier, post, hybrid, options), model: hybrid.model };
}

/** The model alone: each binary head at 0.5, polarity its most probable class. */
export function modelOnlyLabels(scores: TextScores): Labels {
  const relevant = probabilityOf(scores, 'relevant') >= 0.5;
  if (!relevant) return { relevant, topics: [], viewpoints: [], polarity: 'neutral' };
  const polarity = scores.heads.get('polarity');
  const cls = polarity ? bestClass(polarity).cls : 'neutral';
  return {
    relevant,
    topics: TOPIC_IDS.filter((t) => probabilityOf(scores, t) >= 0.5),
    viewpoints: VIEWPOINT_IDS.filter((v) => probabilityOf(scores, v) >= 0.5),
    polarity: (POLARITIES as readonly string[]).includes(cls) ? (cls as Polarity) : 'neutral',
  };
}

export interface GenericPrediction {
  readonly predicted: string;
  readonly probability: number;
}

export function predictGeneric(classifier: Classifier, prepared: PreparedModel, text: string): GenericPrediction {
  const { scores } = analyseWithModel(classifier, prepared, text);
  const head = scores.heads.get('label');
  if (head === undefined) return { predicted: '', probability: 0 };
  const best = bestClass(head);
  return { predicted: best.cls, probability: Math.round(best.probability * 10000) / 10000 };
}
