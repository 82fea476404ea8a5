/** The labels each term of a compiled lexicon serves, named as lint and suggest name them. */
import type { CompiledLexicon, Target } from '../lexicon/compile.js';

export function labelOfTarget(target: Target): string {
  switch (target.kind) {
    case 'relevance':
      return `relevance.${target.group}`;
    case 'topic':
      return target.topic;
    case 'viewpoint':
      return target.viewpoint;
    case 'polarity':
      return `polarity.${target.sign}`;
    case 'sarcasm':
      return 'polarity.sarcasm';
    case 'negator':
      return 'polarity.negators';
    case 'intensifier':
      return 'polarity.intensifiers';
  }
}

/** Normalised term → the labels it serves in the lexicon. */
export function termLabels(lexicon: CompiledLexicon): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const term of lexicon.terms) out.set(term.text, [...new Set(term.roles.map((r) => labelOfTarget(r.target)))].sort());
  return out;
}
