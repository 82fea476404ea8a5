/**
 * One post tagged as a loaded classifier tags it: hybrid (lexicon and model, src/model/apply.ts)
 * when its tagger has a model, the lexicon alone (classifyPost) when not. Every caller that tags —
 * the classify pool's threads, evaluate, lexicon diff, the library — goes through here, so the
 * tagger is data (LoadedClassifier), never a callback.
 */
import { classifyPost, type Classifier, type ClassifyOptions } from '../classify.js';
import { classifyWithModel } from '../model/apply.js';
import type { PreparedModel } from '../model/predict.js';
import type { Classified, Post } from '../records.js';

export interface Tagging {
  readonly classifier: Classifier;
  /** The model hybrid tagging runs with; absent: the lexicon alone. */
  readonly model?: { readonly prepared: PreparedModel };
}

export function tagPost(tagging: Tagging, post: Post, options: ClassifyOptions = {}): Classified {
  const prepared = tagging.model?.prepared;
  return prepared === undefined ? classifyPost(tagging.classifier, post, options) : classifyWithModel(tagging.classifier, prepared, post, options);
}
