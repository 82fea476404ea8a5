/**
 * What the lexicon says about a text, for every label, whether or not it finds the post relevant
 * (the tagger drops topics of not-relevant posts; the hybrid rule needs them when the model
 * overrules relevance). Evidence is kept per label so that withdrawn labels lose theirs.
 */
import type { PostLabels } from '../tag/tag.js';
import type { Classifier, TextAnalysis } from '../classify.js';
import { lexiconLabels } from '../tag/tag.js';

export type LexiconView = PostLabels;

export function lexiconView(classifier: Classifier, analysis: TextAnalysis): LexiconView {
  // For a relevant post the tagger already decided every label: the same call, made once.
  const source = analysis.tags.relevant ? analysis.tags : lexiconLabels(classifier.lexicon, analysis.normalised, analysis.matches);
  const { relevant, topics, viewpoints, polarity, evidence } = source;
  return { relevant, topics, viewpoints, polarity, evidence };
}
