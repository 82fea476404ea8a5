/**
 * Features of one text for the trained model, from the same analysis the lexicon tagger uses
 * (normalised Simplified text, so both scripts merge; jieba tokens; lexicon matches):
 *   w:<token>  b:<token>_<token>  c2:<two Han characters>  c3:<three> …
 *   lex:<label> / lexneg:<label>   a cue for a topic or viewpoint, cancelled by negation or not;
 *   rel:<group>                    a relevance cue of a group (strong, weak, context, counter);
 *   pol:<sign> / lexneg:pol:<sign> a polarity cue; sarcasm;
 *   tag:<label>                    a label the lexicon gave the whole text.
 * Lexicon features name a label and a cue family, never a term, so that a model keeps its meaning
 * when the lexicon is copied or edited: a new cue for a viewpoint raises the same feature.
 * Each occurrence keeps its span in the normalised text (tags: none), so that a sentence's own
 * features can be picked out (units.ts) and a label's evidence found.
 */
import type { TextAnalysis } from '../classify.js';
import type { CompiledLexicon, Target } from '../lexicon/compile.js';
import { collectHits, isCancelled } from '../tag/hits.js';
import type { FeatureConfig } from './schema.js';
import { unitOf, type Unit } from './units.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every feature occurrence of a text, in order of extraction; start −1: the whole text. */
export interface FeatureEntries {
  readonly names: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export const DEFAULT_FEATURES: FeatureConfig = {
  words: true,
  wordBigrams: true,
  charNgrams: [1, 2, 3],
  lexicon: true,
  sentenceKinds: ['viewpoint'],
  // 3 rather than 2: half the features and half the file, the same held-out F1 (README, model).
  minDocumentFrequency: 3,
};

/** Generic models (an analyst's own coding): character unigrams too, no sentences, no lexicon. */
export const DEFAULT_GENERIC_FEATURES: FeatureConfig = {
  ...DEFAULT_FEATURES,
  charNgrams: [1, 2, 3],
  lexicon: false,
  sentenceKinds: [],
  minDocumentFrequency: 2,
};

const WORDLIKE = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** A token that makes word features: one with a letter or a digit. */
export function isWordLike(token: string): boolean {
  return WORDLIKE.test(token);
}

/** One code unit of Han script: the main CJK block at once, anything else by its Unicode script. */
export function isHanAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x2e80) return false;
  return HAN.test(text[i]!);
}

export function labelOf(target: Target): string | undefined {
  switch (target.kind) {
    case 'relevance':
      return `rel:${target.group}`;
    case 'topic':
      return target.topic;
    case 'viewpoint':
      return target.viewpoint;
    case 'polarity':
      return `pol:${target.sign}`;
    case 'sarcasm':
      return 'sarcasm';
    default:
      return undefined;
  }
}

class Entries implements FeatureEntries {
  readonly names: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  add(name: string, start: number, end: number): void {
    this.names.push(name);
    this.starts.push(start);
    this.ends.push(end);
  }
}

function wordFeatures(analysis: TextAnalysis, config: FeatureConfig, out: Entries): void {
  const { tokens, starts } = analysis.segmentation;
  let previous = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isWordLike(token)) continue;
    const start = starts[i]!;
    if (config.words) out.add(`w:${token}`, start, start + token.length);
    if (config.wordBigrams && previous >= 0) out.add(`b:${tokens[previous]!}_${token}`, starts[previous]!, start + token.length);
    previous = i;
  }
}

function charFeatures(text: string, sizes: readonly number[], out: Entries): void {
  let run = 0; // Han characters ending at i
  for (let i = 0; i < text.length; i++) {
    run = isHanAt(text, i) ? run + 1 : 0;
    for (const n of sizes) if (run >= n) out.add(`c${n}:${text.slice(i + 1 - n, i + 1)}`, i + 1 - n, i + 1);
  }
}

/** The lexicon's features of a text: its cues by label and family, and the labels it gave (start −1). */
export function lexiconFeatures(analysis: TextAnalysis, lexicon: CompiledLexicon, out = new Entries()): FeatureEntries {
  for (const hit of collectHits(lexicon, analysis.matches)) {
    const label = labelOf(hit.target);
    if (label === undefined) continue;
    const first = hit.matches[0]!;
    out.add(`${isCancelled(hit) ? 'lexneg' : 'lex'}:${label}`, first.start, first.end);
  }
  const tags = analysis.tags;
  if (tags.relevant) out.add('tag:relevant', -1, -1);
  for (const label of [...tags.topics, ...tags.viewpoints, `pol:${tags.polarity}`]) out.add(`tag:${label}`, -1, -1);
  return out;
}

export function extractFeatures(analysis: TextAnalysis, config: FeatureConfig, lexicon: CompiledLexicon): FeatureEntries {
  const out = new Entries();
  if (config.words || config.wordBigrams) wordFeatures(analysis, config, out);
  if (config.charNgrams.length > 0) charFeatures(analysis.normalised.text, config.charNgrams, out);
  if (config.lexicon) lexiconFeatures(analysis, lexicon, out);
  return out;
}

/** The distinct features of the whole text. */
export function textFeatures(entries: FeatureEntries): Set<string> {
  return new Set(entries.names);
}

/** The distinct features inside each unit (those of the whole text only, such as tags, in none). */
export function unitFeatures(entries: FeatureEntries, units: readonly Unit[]): Set<string>[] {
  const sets = units.map(() => new Set<string>());
  for (let k = 0; k < entries.names.length; k++) {
    const u = unitOf(units, entries.starts[k]!, entries.ends[k]!);
    if (u >= 0) sets[u]!.add(entries.names[k]!);
  }
  return sets;
}
