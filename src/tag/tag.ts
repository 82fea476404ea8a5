/**
 * One post's labels from its matches: relevance, then topics and viewpoints, then polarity,
 * each with the evidence behind it. Not-relevant posts get no topic, viewpoint or evidence.
 */
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { TermMatch } from '../lexicon/match.js';
import type { Evidence } from '../records.js';
import type { Polarity } from '../taxonomy.js';
import type { NormalisedText } from '../text/normalise.js';
import { labelEvidence } from './evidence.js';
import { hitTable } from './hit-table.js';
import { decideLabels } from './labels.js';
import { decidePolarity } from './polarity.js';
import { decideRelevance, type RelevanceResult } from './relevance.js';

/** A post's labels and the evidence behind them (the label fields of io.md's output record). */
export interface PostLabels {
  readonly relevant: boolean;
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
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

/**
 * The lexicon's labels. `everyLabel`: decide topics, viewpoints and polarity (with their evidence)
 * even when the post is not relevant — the hybrid tagger needs them where its model overrules relevance.
 */
function tag(lexicon: CompiledLexicon, normalised: NormalisedText, matches: readonly TermMatch[], everyLabel: boolean): TagResult {
  const table = hitTable(lexicon, matches);
  const relevance = decideRelevance(table, lexicon.settings);
  const relevanceDiagnostics = { score: relevance.score, counts: relevance.counts };
  if (!relevance.relevant && !everyLabel) {
    return {
      relevant: false,
      topics: [],
      viewpoints: [],
      polarity: 'neutral',
      evidence: [],
      diagnostics: { relevance: relevanceDiagnostics, positive: 0, negative: 0 },
    };
  }
  const labels = decideLabels(table);
  const leans = labels.viewpointIndices.map((i) => table.plan.lean[i]!);
  const polarity = decidePolarity(table, matches, leans, lexicon.settings);
  return {
    relevant: relevance.relevant,
    topics: labels.topics,
    viewpoints: labels.viewpoints,
    polarity: polarity.polarity,
    evidence: labelEvidence(normalised, matches, table, relevance.support, labels, polarity),
    diagnostics: { relevance: relevanceDiagnostics, positive: polarity.positive, negative: polarity.negative },
  };
}

export function tagMatches(lexicon: CompiledLexicon, normalised: NormalisedText, matches: readonly TermMatch[]): TagResult {
  return tag(lexicon, normalised, matches, false);
}

/** Every label the lexicon finds, relevant or not (see `tag`). */
export function lexiconLabels(lexicon: CompiledLexicon, normalised: NormalisedText, matches: readonly TermMatch[]): TagResult {
  return tag(lexicon, normalised, matches, true);
}
