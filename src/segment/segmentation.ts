/**
 * Segmentation of normalised text into tokens with offsets, and back onto the original text.
 */
import { toOriginalSpan, type NormalisedText } from '../text/normalise.js';
import { cutWords } from './jieba.js';

export interface Segmentation {
  /** Tokens of the normalised text. */
  readonly tokens: readonly string[];
  /** Start offset of each token in the normalised text. */
  readonly starts: Int32Array;
}

export interface Token {
  /** The token as it stands in the original text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function segmentNormalised(text: string): Segmentation {
  const tokens = cutWords(text);
  const starts = new Int32Array(tokens.length);
  let offset = 0;
  for (let i = 0; i < tokens.length; i++) {
    starts[i] = offset;
    offset += tokens[i]!.length;
  }
  if (offset !== text.length) throw new Error(`segmenter lost text: ${offset} of ${text.length} code units`);
  return { tokens, starts };
}

/** Tokens mapped back onto the original text, whitespace-only tokens dropped. */
export function originalTokens(normalised: NormalisedText, segmentation: Segmentation): Token[] {
  const out: Token[] = [];
  segmentation.tokens.forEach((token, i) => {
    if (token.trim() === '') return;
    const start = segmentation.starts[i]!;
    const span = toOriginalSpan(normalised, start, start + token.length);
    out.push({ text: normalised.original.slice(span.start, span.end), start: span.start, end: span.end });
  });
  return out;
}
