/**
 * What the lexicon says about a text, for every label, whether or not it finds the post relevant
 * (the tagger drops topics of not-relevant posts; the hybrid rule needs them when the model
 * overrules relevance). Evidence is kept per label so that withdrawn labels lose theirs.
 */
import type { PostLabels } from '../tag/tag.js';
import type { Classifier, TextAnalysis } from '../classify.js';
import { labelEvidence } from '../tag/evidence.js';
import { collectHits } from '../tag/hits.js';
import { decideLabels } from '../tag/labels.js';
import { decidePolarity } from '../tag/polarity.js';
import { decideRelevance } from '../tag/relevance.js';

export type LexiconView = PostLabels;

export function lexiconView(classifier: Classifier, analysis: TextAnalysis): LexiconView {
  const { lexicon } = classifier;
  const hits = collectHits(lexicon, analysis.matches);
  const relevance = decideRelevance(hits, lexicon.settings);
  const labels = decideLabels(hits, lexicon.data);
  const polarity = decidePolarity(hits, labels.viewpoints, lexicon.data);
  const evidence = labelEvidence(analysis.normalised, relevance.support, labels, polarity);
  return { relevant: relevance.relevant, topics: labels.topics, viewpoints: labels.viewpoints, polarity: polarity.polarity, evidence };
}
