/**
 * Segmentation of normalised text into tokens with offsets, and back onto the original text.
 */
import { toOriginalSpan, type NormalisedText } from '../text/normalise.js';
import { tokeniseText, type Segmenter } from './jieba.js';
import { TOKEN_KINDS, type TokenKind, type TokenList } from './tokens.js';

export interface Segmentation {
  /** Tokens of the normalised text. */
  readonly tokens: readonly string[];
  /** Start offset of each token in the normalised text, ascending. */
  readonly starts: readonly number[];
  /** Each token's kind, an index into TOKEN_KINDS. */
  readonly kinds: readonly number[];
  /** Word starts inside hashtags (and a closing #), ascending: boundaries for the lexicon's matches only. */
  readonly inner: readonly number[];
}

export interface Token {
  /** The token as it stands in the original text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

/** A segmentation whose token strings are made only when asked for (the matcher needs offsets only). */
class CutText implements Segmentation {
  private made: readonly string[] | undefined;
  readonly starts: readonly number[];
  readonly kinds: readonly number[];
  readonly inner: readonly number[];

  constructor(
    private readonly text: string,
    list: TokenList,
  ) {
    this.starts = list.starts;
    this.kinds = list.kinds;
    this.inner = list.inner;
  }

  get tokens(): readonly string[] {
    this.made ??= this.starts.map((start, i) => this.text.slice(start, this.starts[i + 1] ?? this.text.length));
    return this.made;
  }
}

/** The tokens of normalised text as `segmenter` cuts it. */
export function segmentNormalised(segmenter: Segmenter, text: string): Segmentation {
  return new CutText(text, tokeniseText(segmenter, text));
}

/** Tokens mapped back onto the original text, whitespace dropped. */
export function originalTokens(normalised: NormalisedText, segmentation: Segmentation): Token[] {
  const out: Token[] = [];
  segmentation.tokens.forEach((token, i) => {
    const kind = TOKEN_KINDS[segmentation.kinds[i]!]!;
    if (kind === 'space') return;
    const start = segmentation.starts[i]!;
    const span = toOriginalSpan(normalised, start, start + token.length);
    out.push({ text: normalised.original.slice(span.start, span.end), start: span.start, end: span.end, kind });
  });
  return out;
}
