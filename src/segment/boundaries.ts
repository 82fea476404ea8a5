/**
 * Where tokens start and end, which is all the matcher asks of the segmenter. Inside a hashtag the
 * words of its content count as tokens too (a cue inside a two-sided #…# hashtag is found); inside a URL, an e-mail
 * address or an @mention nothing starts or ends (they name an address or an account).
 */
import type { Segmentation } from './segmentation.js';
import { isSealedKind } from './tokens.js';

export interface TokenBoundaries {
  /** A token starts at offset p (0 ≤ p < length). */
  isStart(p: number): boolean;
  /** A token ends at offset p (0 < p ≤ length). */
  isEnd(p: number): boolean;
  /** Start of the token that ends at p (p must be a token end, p > 0). */
  previousStart(p: number): number;
  /** p lies strictly inside a URL, an e-mail address or an @mention. */
  isSealed(p: number): boolean;
}

/** A call's tables, one entry per offset of its text (offset = length included). */
interface Tables {
  readonly start: Uint8Array;
  readonly end: Uint8Array;
  readonly sealed: Uint8Array;
  /** At a token end: the start of the token that ends there. */
  readonly startBefore: Int32Array;
}

function markTokens(tables: Tables, starts: readonly number[], length: number): void {
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = starts[i + 1] ?? length;
    if (end === start) continue;
    tables.start[start] = 1;
    tables.end[end] = 1;
    tables.startBefore[end] = start;
  }
}

/** The token starts with the hashtags' inner boundaries merged in (the same array when there are none). */
function withInner(seg: Segmentation): readonly number[] {
  if (seg.inner.length === 0) return seg.starts;
  return [...seg.starts, ...seg.inner].sort((a, b) => a - b);
}

/**
 * Boundaries of a full segmentation: tables of this call (a few bytes per character of the text),
 * so that boundaries stay valid however many texts are segmented after them.
 */
export function segmentationBoundaries(length: number, seg: Segmentation): TokenBoundaries {
  const size = length + 1;
  const tables: Tables = { start: new Uint8Array(size), end: new Uint8Array(size), sealed: new Uint8Array(size), startBefore: new Int32Array(size) };
  markTokens(tables, withInner(seg), length);
  const { starts, kinds } = seg;
  for (let i = 0; i < kinds.length; i++) {
    if (!isSealedKind(kinds[i]!)) continue;
    const end = starts[i + 1] ?? length;
    for (let p = starts[i]! + 1; p < end; p++) tables.sealed[p] = 1;
  }
  return {
    isStart: (p) => tables.start[p] === 1,
    isEnd: (p) => tables.end[p] === 1,
    previousStart: (p) => (tables.end[p] === 1 ? tables.startBefore[p]! : -1),
    isSealed: (p) => tables.sealed[p] === 1,
  };
}
