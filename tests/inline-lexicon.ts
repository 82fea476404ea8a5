/**
 * Lexicons written inline for rule tests, and texts given as their tokens: the boundaries are
 * exactly where the tokens meet, so a test controls segmentation and exercises one rule at a time.
 */
import { compileLexicon, type CompiledLexicon } from '../src/lexicon/compile.js';
import { loadLexicon } from '../src/lexicon/load.js';
import { matchTerms, type TermMatch } from '../src/lexicon/match.js';
import { segmentationBoundaries } from '../src/segment/boundaries.js';
import { tagMatches, type TagResult } from '../src/tag/tag.js';
import { normaliseText } from '../src/text/normalise.js';
import { talentTaxonomy } from './helpers.js';

export interface InlineLexicon {
  /** lexicon.yaml's settings, as YAML lines ("negation_window: 3"). */
  readonly settings?: Readonly<Record<string, number>>;
  /** relevance.yaml, topics.yaml (the topics given; the others get no cues), polarity.yaml and viewpoints/*.yaml, as YAML. */
  readonly relevance?: string;
  readonly topics?: string;
  readonly polarity?: string;
  readonly viewpoints?: string;
  /** segmenter.yaml, as YAML. */
  readonly segmenter?: string;
}

export function inlineLexicon(l: InlineLexicon): CompiledLexicon {
  const settings = Object.entries(l.settings ?? {})
    .map(([k, v]) => `  ${k}: ${v}\n`)
    .join('');
  const topicsGiven = l.topics ?? '';
  const otherTopics = talentTaxonomy()
    .topics.filter((t) => !topicsGiven.includes(`${t}:`))
    .map((t) => `${t}: {cues: []}\n`)
    .join('');
  const files = [
    { name: 'lexicon.yaml', content: `id: inline\nversion: '1'\n${settings ? `settings:\n${settings}` : ''}` },
    { name: 'relevance.yaml', content: l.relevance ?? 'strong: []\nweak: []\ncontext: []\ncounter: []\n' },
    { name: 'topics.yaml', content: `${topicsGiven}\n${otherTopics}` },
    { name: 'polarity.yaml', content: l.polarity ?? 'positive: []\nnegative: []\nsarcasm: []\n' },
    ...(l.viewpoints === undefined ? [] : [{ name: 'viewpoints/inline.yaml', content: l.viewpoints }]),
    ...(l.segmenter === undefined ? [] : [{ name: 'segmenter.yaml', content: l.segmenter }]),
  ];
  return compileLexicon(loadLexicon({ dir: 'inline', files }, talentTaxonomy()));
}

/** Match a text given as its tokens. */
export function matchTokens(lexicon: CompiledLexicon, tokens: readonly string[]): TermMatch[] {
  const text = tokens.join('');
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length;
  }
  return matchTerms(lexicon, text, segmentationBoundaries(text.length, { tokens, starts, kinds: tokens.map(() => 0), inner: [] }));
}

/** Tag a text given as its tokens (written in normalised form, so normalisation keeps it). */
export function tagTokens(lexicon: CompiledLexicon, tokens: readonly string[]): TagResult {
  const normalised = normaliseText(tokens.join(''));
  return tagMatches(lexicon, normalised, matchTokens(lexicon, tokens));
}
