/**
 * Features of one text for the trained model, from the same analysis the lexicon tagger uses
 * (normalised Simplified text, jieba tokens, lexicon matches), so that both scripts merge:
 *   w:<token>  b:<token>_<token>  c:<two Chinese characters>
 *   lex:<label> / lexneg:<label> (a lexicon cue for a label, cancelled by negation or not),
 *   lexterm:<matched term>, rel:<relevance group>, tag:<label the lexicon gave>.
 * Each feature keeps the span (normalised offsets) of its first occurrence, for evidence.
 */
import { natural } from './natural-lib.js';
import type { TfIdf } from 'natural';
import type { TextAnalysis } from '../classify.js';
import type { Target } from '../lexicon/compile.js';
import { collectHits, isCancelled } from '../tag/hits.js';
import type { FeatureConfig } from './schema.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Feature → first occurrence in the normalised text (null: the feature has no single span). */
export type FeatureSpans = ReadonlyMap<string, Span | null>;

export const DEFAULT_FEATURES: FeatureConfig = { words: true, wordBigrams: true, charBigrams: true, lexicon: true, minDocumentFrequency: 2 };

const WORDLIKE = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/;
/** One code unit of Han script: the main CJK block at once, anything else by its Unicode script. */
function isHan(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x2e80) return false;
  return HAN.test(text[i]!);
}

let latinTokenizer: InstanceType<ReturnType<typeof natural>['WordTokenizer']> | undefined;

function labelOf(target: Target): string | undefined {
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

/** Word tokens with spans: jieba's tokens, Latin ones split further by natural's WordTokenizer. */
function wordTokens(analysis: TextAnalysis): { text: string; span: Span }[] {
  const { tokens, starts } = analysis.segmentation;
  const out: { text: string; span: Span }[] = [];
  tokens.forEach((token, i) => {
    if (!WORDLIKE.test(token)) return;
    const start = starts[i]!;
    if (!LATIN.test(token)) return void out.push({ text: token, span: { start, end: start + token.length } });
    let from = 0;
    for (const piece of (latinTokenizer ??= new (natural().WordTokenizer)()).tokenize(token) ?? []) {
      const at = token.indexOf(piece, from);
      if (at < 0) continue;
      from = at + piece.length;
      out.push({ text: piece, span: { start: start + at, end: start + from } });
    }
  });
  return out;
}

function addFirst(out: Map<string, Span | null>, feature: string, span: Span | null): void {
  if (!out.has(feature)) out.set(feature, span);
}

function lexiconFeatures(analysis: TextAnalysis, out: Map<string, Span | null>, lexicon: Parameters<typeof collectHits>[0]): void {
  for (const hit of collectHits(lexicon, analysis.matches)) {
    const label = labelOf(hit.target);
    if (label === undefined) continue;
    const first = hit.matches[0]!;
    addFirst(out, `${isCancelled(hit) ? 'lexneg' : 'lex'}:${label}`, { start: first.start, end: first.end });
    for (const m of hit.matches) addFirst(out, `lexterm:${m.term.text}`, { start: m.start, end: m.end });
  }
  const tags = analysis.tags;
  if (tags.relevant) addFirst(out, 'tag:relevant', null);
  for (const label of [...tags.topics, ...tags.viewpoints, `pol:${tags.polarity}`]) addFirst(out, `tag:${label}`, null);
}

export function extractFeatures(analysis: TextAnalysis, config: FeatureConfig, lexicon: Parameters<typeof collectHits>[0]): FeatureSpans {
  const out = new Map<string, Span | null>();
  const words = wordTokens(analysis);
  if (config.words) for (const w of words) addFirst(out, `w:${w.text}`, w.span);
  if (config.wordBigrams) {
    // Consecutive word pairs (what natural's NGrams.bigrams gives, without its per-post set-up).
    for (let i = 0; i + 1 < words.length; i++) {
      const x = words[i]!;
      const y = words[i + 1]!;
      addFirst(out, `b:${x.text}_${y.text}`, { start: x.span.start, end: y.span.end });
    }
  }
  if (config.charBigrams) {
    const text = analysis.normalised.text;
    let previous = text.length > 0 && isHan(text, 0);
    for (let i = 0; i + 1 < text.length; i++) {
      const next = isHan(text, i + 1);
      if (previous && next) addFirst(out, `c:${text.slice(i, i + 2)}`, { start: i, end: i + 2 });
      previous = next;
    }
  }
  if (config.lexicon) lexiconFeatures(analysis, out, lexicon);
  return out;
}
