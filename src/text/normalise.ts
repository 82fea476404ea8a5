/**
 * Normalisation for matching: Hong Kong / Taiwan / standard Traditional → Simplified,
 * full-width → half-width, Latin lower-cased — with an offset map back to the original text.
 */
import { simplifiedCharConverter, simplifiedConverter } from './opencc.js';
import { foldWidthAndCase } from './fold.js';

export interface NormalisedText {
  /** The text as it was read: evidence offsets point into it. */
  readonly original: string;
  /** Simplified, width-folded, lower-cased. */
  readonly text: string;
  /** Original span of the code point behind each normalised unit; null when the map is the identity. */
  readonly startOf: Int32Array | null;
  readonly endOf: Int32Array | null;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Convert with the phrase-aware chain; when that keeps the length (almost always: the tables are
 * character-for-character) the offset map is the identity. Otherwise convert code point by code
 * point so that every normalised unit knows exactly which original code point it came from.
 */
export function normaliseText(original: string): NormalisedText {
  const converted = simplifiedConverter()(original);
  if (converted.length === original.length) {
    return { original, text: foldWidthAndCase(converted), startOf: null, endOf: null };
  }
  return normaliseByCodePoint(original);
}

function normaliseByCodePoint(original: string): NormalisedText {
  const convert = simplifiedCharConverter();
  const n = original.length;
  // Written straight into typed arrays (grown when a piece is longer than its code point).
  let startOf = new Int32Array(n);
  let endOf = new Int32Array(n);
  let count = 0;
  let text = '';
  for (let offset = 0; offset < n; ) {
    const width = codePointWidth(original, offset);
    const piece = convert(original.slice(offset, offset + width));
    text += piece;
    if (count + piece.length > startOf.length) {
      const size = Math.max(2 * startOf.length, count + piece.length);
      startOf = grown(startOf, size);
      endOf = grown(endOf, size);
    }
    for (let k = 0; k < piece.length; k++) {
      startOf[count] = offset;
      endOf[count] = offset + width;
      count++;
    }
    offset += width;
  }
  return {
    original,
    text: foldWidthAndCase(text),
    startOf: count === startOf.length ? startOf : startOf.slice(0, count),
    endOf: count === endOf.length ? endOf : endOf.slice(0, count),
  };
}

/** Code units of the code point at i, as a string's iterator steps: 2 for a surrogate pair, else 1. */
function codePointWidth(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= s.length) return 1;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function grown(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(old);
  return next;
}

/** Map a span of the normalised text back to the original text. */
export function toOriginalSpan(normalised: NormalisedText, start: number, end: number): Span {
  const { startOf, endOf } = normalised;
  if (startOf === null || endOf === null) return { start, end };
  if (end <= start) {
    const at = start < startOf.length ? (startOf[start] ?? 0) : normalised.original.length;
    return { start: at, end: at };
  }
  return { start: startOf[start] ?? 0, end: endOf[end - 1] ?? normalised.original.length };
}

/** Normalise a lexicon term exactly as texts are normalised. */
export function normaliseTerm(term: string): string {
  return normaliseText(term.trim()).text;
}
