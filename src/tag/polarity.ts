/**
 * Polarity: positive and negative cues (negation flips them, intensifiers strengthen them,
 * sarcasm turns a sentence's praise negative) plus the lean of each viewpoint found.
 */
import type { TermMatch } from '../lexicon/match.js';
import type { Settings } from '../lexicon/schema.js';
import type { Polarity } from '../taxonomy.js';
import { isCancelledRow, type HitTable } from './hit-table.js';
import { CODE_NEGATIVE, CODE_POSITIVE, CODE_SARCASM } from './plan.js';

const INTENSIFIER_FACTOR = 1.5;

export interface PolarityResult {
  readonly polarity: Polarity;
  readonly positive: number;
  readonly negative: number;
  /** The rows of the hits that counted for each side, in order. */
  readonly positiveRows: readonly number[];
  readonly negativeRows: readonly number[];
}

function sarcasticSentences(table: HitTable, matches: readonly TermMatch[]): number[] {
  const sentences: number[] = [];
  for (let h = 0; h < table.count; h++) {
    if (table.plan.code[table.role[h]!] !== CODE_SARCASM) continue;
    for (let k = table.first[h]!; k < table.first[h + 1]!; k++) sentences.push(matches[table.matchOf[k]!]!.sentence);
  }
  return sentences;
}

function inSarcasticSentence(table: HitTable, h: number, matches: readonly TermMatch[], sarcastic: readonly number[]): boolean {
  for (let k = table.first[h]!; k < table.first[h + 1]!; k++) if (sarcastic.includes(matches[table.matchOf[k]!]!.sentence)) return true;
  return false;
}

/** `viewpointLeans`: the lean bits (TagPlan.lean) of each viewpoint given. */
export function decidePolarity(table: HitTable, matches: readonly TermMatch[], viewpointLeans: readonly number[], settings: Settings): PolarityResult {
  const { plan } = table;
  const sarcastic = sarcasticSentences(table, matches);
  const positiveRows: number[] = [];
  const negativeRows: number[] = [];
  let positive = 0;
  let negative = 0;
  for (let h = 0; h < table.count; h++) {
    const role = table.role[h]!;
    const code = plan.code[role]!;
    let isPositive: boolean;
    if (code === CODE_SARCASM) isPositive = false;
    else if (code === CODE_POSITIVE || code === CODE_NEGATIVE) {
      isPositive = (code === CODE_POSITIVE) !== isCancelledRow(table, h);
      if (isPositive && sarcastic.length > 0 && inSarcasticSentence(table, h, matches, sarcastic)) isPositive = false;
    } else continue;
    const weight = plan.weight[role]! * (table.intensified[h] === 1 ? INTENSIFIER_FACTOR : 1);
    if (isPositive) {
      positive += weight;
      positiveRows.push(h);
    } else {
      negative += weight;
      negativeRows.push(h);
    }
  }
  for (const lean of viewpointLeans) {
    if (lean & 1) positive += settings.viewpoint_lean_weight;
    if (lean & 2) negative += settings.viewpoint_lean_weight;
  }
  return { polarity: classifyScores(positive, negative, settings), positive, negative, positiveRows, negativeRows };
}

function classifyScores(positive: number, negative: number, s: { polar_min: number; mixed_min: number; mixed_ratio: number }): Polarity {
  const strong = Math.max(positive, negative);
  const weak = Math.min(positive, negative);
  if (weak >= s.mixed_min && weak >= s.mixed_ratio * strong) return 'mixed';
  if (strong < s.polar_min) return 'neutral';
  if (positive === negative) return 'mixed';
  return positive > negative ? 'positive' : 'negative';
}
