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
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const codePoint of original) {
    const piece = convert(codePoint);
    pieces.push(piece);
    for (let k = 0; k < piece.length; k++) {
      starts.push(offset);
      ends.push(offset + codePoint.length);
    }
    offset += codePoint.length;
  }
  return {
    original,
    text: foldWidthAndCase(pieces.join('')),
    startOf: Int32Array.from(starts),
    endOf: Int32Array.from(ends),
  };
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
