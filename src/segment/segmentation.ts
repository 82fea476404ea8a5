/**
 * Segmentation of normalised text into tokens with offsets, and back onto the original text.
 */
import { toOriginalSpan, type NormalisedText } from '../text/normalise.js';
import { cutStarts } from './jieba.js';

export interface Segmentation {
  /** Tokens of the normalised text. */
  readonly tokens: readonly string[];
  /** Start offset of each token in the normalised text, ascending. */
  readonly starts: readonly number[];
}

export interface Token {
  /** The token as it stands in the original text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A segmentation whose token strings are made only when asked for (the matcher needs offsets only). */
class CutText implements Segmentation {
  private made: readonly string[] | undefined;

  constructor(
    private readonly text: string,
    readonly starts: readonly number[],
  ) {}

  get tokens(): readonly string[] {
    this.made ??= this.starts.map((start, i) => this.text.slice(start, this.starts[i + 1] ?? this.text.length));
    return this.made;
  }
}

export function segmentNormalised(text: string): Segmentation {
  return new CutText(text, cutStarts(text));
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
