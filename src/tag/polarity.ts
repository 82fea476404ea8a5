/**
 * Polarity: positive and negative cues (negation flips them, intensifiers strengthen them,
 * sarcasm turns a sentence's praise negative) plus the lean of each viewpoint found.
 */
import type { LexiconData } from '../lexicon/load.js';
import type { Polarity, ViewpointId } from '../taxonomy.js';
import type { Hit } from './hits.js';

const INTENSIFIER_FACTOR = 1.5;

export interface PolarityResult {
  readonly polarity: Polarity;
  readonly positive: number;
  readonly negative: number;
  /** Each polarity hit with the side it counted for. */
  readonly support: readonly { readonly hit: Hit; readonly sign: 'positive' | 'negative' }[];
}

function sarcasticSentences(hits: readonly Hit[]): Set<number> {
  const sentences = new Set<number>();
  for (const hit of hits) if (hit.target.kind === 'sarcasm') for (const m of hit.matches) sentences.add(m.sentence);
  return sentences;
}

export function decidePolarity(hits: readonly Hit[], viewpoints: readonly ViewpointId[], data: LexiconData): PolarityResult {
  const settings = data.manifest.settings;
  const sarcastic = sarcasticSentences(hits);
  const support: { hit: Hit; sign: 'positive' | 'negative' }[] = [];
  let positive = 0;
  let negative = 0;
  for (const hit of hits) {
    let sign: 'positive' | 'negative';
    if (hit.target.kind === 'sarcasm') sign = 'negative';
    else if (hit.target.kind === 'polarity') {
      sign = hit.target.sign;
      if (hit.negatable && hit.negated) sign = sign === 'positive' ? 'negative' : 'positive';
      if (sign === 'positive' && hit.matches.some((m) => sarcastic.has(m.sentence))) sign = 'negative';
    } else continue;
    const weight = hit.weight * (hit.intensified ? INTENSIFIER_FACTOR : 1);
    if (sign === 'positive') positive += weight;
    else negative += weight;
    support.push({ hit, sign });
  }
  for (const id of viewpoints) {
    const lean = data.viewpoints[id]?.polarity;
    if (lean === 'positive' || lean === 'mixed') positive += settings.viewpoint_lean_weight;
    if (lean === 'negative' || lean === 'mixed') negative += settings.viewpoint_lean_weight;
  }
  return { polarity: classifyScores(positive, negative, settings), positive, negative, support };
}

function classifyScores(
  positive: number,
  negative: number,
  s: { polar_min: number; mixed_min: number; mixed_ratio: number },
): Polarity {
  const strong = Math.max(positive, negative);
  const weak = Math.min(positive, negative);
  if (weak >= s.mixed_min && weak >= s.mixed_ratio * strong) return 'mixed';
  if (strong < s.polar_min) return 'neutral';
  if (positive === negative) return 'mixed';
  return positive > negative ? 'positive' : 'negative';
}
