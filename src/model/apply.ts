/**
 * A model applied to posts: hybrid tagging (taxonomy models), model-only labels (for comparison)
 * and generic predictions (`predicted`, `probability`).
 */
import { analyseText, outputRecord, type Classifier, type ClassifyOptions, type TextAnalysis } from '../classify.js';
import type { Labels } from '../evaluate/metrics.js';
import type { Classified, Post } from '../records.js';
import { hybridTag, ruledOut, type HybridResult } from './hybrid.js';
import { groupClass, scoreAnalysis, type PreparedModel, type TextScores } from './predict.js';

export interface ModelAnalysis {
  readonly analysis: TextAnalysis;
  readonly scores: TextScores;
}

export function analyseWithModel(classifier: Classifier, prepared: PreparedModel, text: string): ModelAnalysis {
  const analysis = analyseText(classifier, text);
  return { analysis, scores: scoreAnalysis(prepared, classifier, analysis) };
}

/** The hybrid labels of one text; a text the relevance head rules out is scored on that head alone. */
export function hybridAnalysis(classifier: Classifier, prepared: PreparedModel, text: string): HybridResult {
  const analysis = analyseText(classifier, text);
  const scores = scoreAnalysis(prepared, classifier, analysis, (p) => ruledOut(prepared, p));
  return hybridTag(classifier, prepared, analysis, scores);
}

export function hybridOf(classifier: Classifier, prepared: PreparedModel, m: ModelAnalysis): HybridResult {
  return hybridTag(classifier, prepared, m.analysis, m.scores);
}

/** `yuqing classify` with a model: the io.md record, with hybrid labels and a `model` note. */
export function classifyWithModel(classifier: Classifier, prepared: PreparedModel, post: Post, options: ClassifyOptions = {}): Classified {
  const hybrid = hybridAnalysis(classifier, prepared, post.text);
  const record = outputRecord(classifier, post, hybrid, options);
  // The record is this call's own: the note is added to it rather than to a copy.
  if (!options.slim) (record as Record<string, unknown>).model = hybrid.model;
  return record;
}

/** The model alone: each label head at its own accept threshold, polarity its group's class. */
export function modelOnlyLabels(prepared: PreparedModel, scores: TextScores): Labels {
  const heads = prepared.model.heads;
  const yes = (h: number) => scores.probability[h]! >= (heads[h]!.threshold?.accept ?? 0.5);
  const relevant = heads.some((h, i) => h.kind === 'relevance' && yes(i));
  if (!relevant) return { relevant, topics: [], viewpoints: [], polarity: 'neutral' };
  const viewpoints = heads.flatMap((h, i) => (h.kind === 'viewpoint' && yes(i) ? [h] : []));
  const implied = new Set(viewpoints.map((v) => v.topic));
  const topics = heads.flatMap((h, i) => (h.kind === 'topic' && (yes(i) || implied.has(h.name)) ? [h.name] : []));
  const group = prepared.model.groups.find((g) => g.name === 'polarity');
  return {
    relevant,
    topics: topics.sort() as Labels['topics'],
    viewpoints: viewpoints.map((v) => v.name).sort() as Labels['viewpoints'],
    polarity: (group ? groupClass(prepared, scores, group).cls : 'neutral') as Labels['polarity'],
  };
}

export interface GenericPrediction {
  readonly predicted: string;
  readonly probability: number;
}

export function predictGeneric(classifier: Classifier, prepared: PreparedModel, text: string): GenericPrediction {
  const { scores } = analyseWithModel(classifier, prepared, text);
  const group = prepared.model.groups.find((g) => g.name === 'label');
  if (group === undefined) return { predicted: '', probability: 0 };
  const best = groupClass(prepared, scores, group);
  return { predicted: best.cls, probability: Math.round(best.probability * 10000) / 10000 };
}
