/**
 * One post's labels from its matches: relevance, then topics and viewpoints, then polarity,
 * each with the evidence behind it. Not-relevant posts get no topic, viewpoint or evidence.
 */
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { TermMatch } from '../lexicon/match.js';
import type { Evidence } from '../records.js';
import type { Polarity, TopicId, ViewpointId } from '../taxonomy.js';
import type { NormalisedText } from '../text/normalise.js';
import { labelEvidence } from './evidence.js';
import { collectHits } from './hits.js';
import { decideLabels } from './labels.js';
import { decidePolarity } from './polarity.js';
import { decideRelevance, type RelevanceResult } from './relevance.js';

/** A post's labels and the evidence behind them (the label fields of io.md's output record). */
export interface PostLabels {
  readonly relevant: boolean;
  readonly topics: readonly TopicId[];
  readonly viewpoints: readonly ViewpointId[];
  readonly polarity: Polarity;
  readonly evidence: readonly Evidence[];
}

export interface TagResult extends PostLabels {
  /** Scores behind the decisions, for evaluation and debugging; not part of the output record. */
  readonly diagnostics: {
    readonly relevance: Pick<RelevanceResult, 'score' | 'counts'>;
    readonly positive: number;
    readonly negative: number;
  };
}

export function tagMatches(lexicon: CompiledLexicon, normalised: NormalisedText, matches: readonly TermMatch[]): TagResult {
  const hits = collectHits(lexicon, matches);
  const relevance = decideRelevance(hits, lexicon.settings);
  const diagnosticsBase = { relevance: { score: relevance.score, counts: relevance.counts } };
  if (!relevance.relevant) {
    return { relevant: false, topics: [], viewpoints: [], polarity: 'neutral', evidence: [], diagnostics: { ...diagnosticsBase, positive: 0, negative: 0 } };
  }
  const labels = decideLabels(hits, lexicon.data);
  const polarity = decidePolarity(hits, labels.viewpoints, lexicon.data);
  return {
    relevant: true,
    topics: labels.topics,
    viewpoints: labels.viewpoints,
    polarity: polarity.polarity,
    evidence: labelEvidence(normalised, relevance.support, labels, polarity),
    diagnostics: { ...diagnosticsBase, positive: polarity.positive, negative: polarity.negative },
  };
}
