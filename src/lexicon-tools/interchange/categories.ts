/**
 * The common ground of dictionary formats: named categories, each a list of patterns, where `*`
 * at an end of a pattern is a wildcard. A lexicon exports to categories named by their slot
 * (relevance.strong, topic.<id>, viewpoint.<id>, polarity.positive …); term cues only, because
 * co-occurrence rules, weights and negation settings have no equivalent in LIWC or quanteda.
 */
import type { Taxonomy } from '../../study/taxonomy.js';
import type { LexiconData } from '../../lexicon/load.js';
import type { Cue } from '../../lexicon/schema.js';

export interface Category {
  readonly name: string;
  readonly patterns: readonly string[];
}

export const RELEVANCE_GROUPS = ['strong', 'weak', 'context', 'counter'] as const;
export const POLARITY_LISTS = ['positive', 'negative', 'sarcasm', 'negators', 'intensifiers'] as const;

/** Every slot a category can be mapped to in a study, plus `segmenter` (words only) and `ignore`. */
export function slotsOf(taxonomy: Taxonomy): readonly string[] {
  return [
    ...RELEVANCE_GROUPS.map((g) => `relevance.${g}`),
    ...taxonomy.topics.map((t) => `topic.${t}`),
    ...taxonomy.viewpoints.map((v) => `viewpoint.${v}`),
    ...POLARITY_LISTS.map((p) => `polarity.${p}`),
    'segmenter',
    'ignore',
  ];
}

export interface ExportResult {
  readonly categories: readonly Category[];
  /** `all` rules left out (no equivalent). */
  readonly skippedRules: number;
}

/** How a free-boundary term is written: LIWC has only a prefix wildcard, quanteda globs both ends. */
export type WildcardStyle = 'prefix' | 'both';

function patterns(cues: readonly Cue[], style: WildcardStyle, skipped: { rules: number }): string[] {
  const out: string[] = [];
  for (const cue of cues) {
    if (typeof cue === 'string') out.push(cue);
    else if ('term' in cue) out.push(cue.boundary === 'free' ? (style === 'prefix' ? `${cue.term}*` : `*${cue.term}*`) : cue.term);
    else skipped.rules++;
  }
  return [...new Set(out)];
}

export function lexiconCategories(data: LexiconData, style: WildcardStyle): ExportResult {
  const skipped = { rules: 0 };
  const categories: Category[] = [];
  const add = (name: string, list: readonly string[]) => {
    if (list.length > 0) categories.push({ name, patterns: list });
  };
  for (const g of RELEVANCE_GROUPS) add(`relevance.${g}`, patterns(data.relevance[g], style, skipped));
  for (const t of data.taxonomy.topics) add(`topic.${t}`, patterns(data.topics[t]?.cues ?? [], style, skipped));
  for (const v of data.taxonomy.viewpoints) add(`viewpoint.${v}`, patterns(data.viewpoints[v]?.cues ?? [], style, skipped));
  add('polarity.positive', patterns(data.polarity.positive, style, skipped));
  add('polarity.negative', patterns(data.polarity.negative, style, skipped));
  add('polarity.sarcasm', patterns(data.polarity.sarcasm, style, skipped));
  add('polarity.negators', [...new Set(data.polarity.negators)]);
  add('polarity.intensifiers', [...new Set(data.polarity.intensifiers)]);
  add('segmenter', [...new Set(data.segmenterWords)]);
  return { categories, skippedRules: skipped.rules };
}
