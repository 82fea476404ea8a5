/**
 * A post's words for discovery, in units: the text normalised (Simplified, half-width, lower case,
 * so both scripts of a word count together), segmented with the classifier's dictionary (lexicon
 * terms stay whole), and cut into units — the whole post when it is short, groups of sentences
 * (about a paragraph) when it is long, so that a theme carried by one paragraph of a long article
 * can be found and pointed at. Each unit's features are its words (the stop list's function words,
 * short tokens, numbers and punctuation left out) and the bigrams of adjacent kept words.
 */
import type { Classifier } from '../classify.js';
import type { StopList } from '../aggregate/terms.js';
import { scoringUnits } from '../model/units.js';
import { segmentNormalised } from '../segment/segmentation.js';
import { normaliseTerm, normaliseText, toOriginalSpan, type NormalisedText } from '../text/normalise.js';

/** A post longer than this (normalised code units) is cut into paragraph-sized units. */
export const LONG_POST = 160;
/** Sentences are joined until a unit is at least this long. */
export const UNIT_MIN = 60;

export interface Word {
  /** The normalised word: what is counted. */
  readonly term: string;
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
}

export interface Unit {
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
  /** Words and bigrams, in order, repeated as they occur. */
  readonly features: readonly string[];
  /** Each feature as written in the original text. */
  readonly forms: readonly string[];
}

export interface PostWords {
  readonly words: readonly Word[];
  readonly units: readonly Unit[];
}

export type DiscoveryTokeniser = (text: string) => PostWords;

const WORDLIKE = /^[\p{L}\p{N}]+$/u;
const HAS_LETTER = /\p{L}/u;

/** Unit boundaries (normalised offsets): one unit for a short post, sentence groups for a long one. */
export function unitBounds(text: string): { start: number; end: number }[] {
  if (text.length <= LONG_POST) return text.trim() === '' ? [] : [{ start: 0, end: text.length }];
  const out: { start: number; end: number }[] = [];
  for (const s of scoringUnits(text)) {
    const last = out[out.length - 1];
    if (last !== undefined && last.end - last.start < UNIT_MIN) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  const last = out[out.length - 1];
  if (out.length > 1 && last !== undefined && last.end - last.start < UNIT_MIN / 2) {
    out[out.length - 2]!.end = last.end;
    out.pop();
  }
  return out;
}

interface Token {
  readonly term: string;
  readonly at: number;
  readonly word: boolean;
  readonly kept: boolean;
}

/** Kept words and bigrams of adjacent kept words, with their written forms. */
function unitFeatures(normalised: NormalisedText, tokens: readonly Token[]): { features: string[]; forms: string[] } {
  const features: string[] = [];
  const forms: string[] = [];
  const written = (from: Token, to: Token) => {
    const span = toOriginalSpan(normalised, from.at, to.at + to.term.length);
    return normalised.original.slice(span.start, span.end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kept) {
      features.push(t.term);
      forms.push(written(t, t));
    }
    const next = tokens[i + 1];
    if (next !== undefined && t.kept && next.kept) {
      features.push(t.term + next.term);
      forms.push(written(t, next));
    }
  }
  return { features, forms };
}

export function discoveryTokeniser(classifier: Classifier, stop: StopList): DiscoveryTokeniser {
  const stopped = new Set(stop.words.map(normaliseTerm));
  return (text) => {
    const normalised = normaliseText(text);
    const seg = segmentNormalised(classifier.segmenter, normalised.text);
    const tokens: Token[] = seg.tokens.map((term, i) => {
      const word = WORDLIKE.test(term) && HAS_LETTER.test(term) && !stopped.has(term);
      return { term, at: seg.starts[i]!, word, kept: word && [...term].length >= stop.min_length };
    });
    return { words: wordsOf(normalised, tokens), units: unitsOf(normalised, tokens) };
  };
}

function wordsOf(normalised: NormalisedText, tokens: readonly Token[]): Word[] {
  return tokens.filter((t) => t.word).map((t) => ({ term: t.term, ...toOriginalSpan(normalised, t.at, t.at + t.term.length) }));
}

function unitsOf(normalised: NormalisedText, tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  for (const b of unitBounds(normalised.text)) {
    const inside: Token[] = [];
    while (i < tokens.length && tokens[i]!.at < b.end) {
      if (tokens[i]!.at >= b.start) inside.push(tokens[i]!);
      i++;
    }
    // Bigrams never cross units; spaces and punctuation (not words) break them too.
    units.push({ ...toOriginalSpan(normalised, b.start, b.end), ...unitFeatures(normalised, inside) });
  }
  return units;
}
