/**
 * Where tokens start and end, which is all the matcher asks of the segmenter.
 */
import type { Segmentation } from './segmentation.js';

export interface TokenBoundaries {
  /** A token starts at offset p (0 ≤ p < length). */
  isStart(p: number): boolean;
  /** A token ends at offset p (0 < p ≤ length). */
  isEnd(p: number): boolean;
  /** Start of the token that ends at p (p must be a token end, p > 0). */
  previousStart(p: number): number;
}

/** Boundaries of a full segmentation. */
export function segmentationBoundaries(length: number, seg: Segmentation): TokenBoundaries {
  const starts = new Uint8Array(length + 1);
  const startBefore = new Int32Array(length + 1).fill(-1);
  for (let i = 0; i < seg.tokens.length; i++) {
    const start = seg.starts[i]!;
    const end = start + seg.tokens[i]!.length;
    if (end === start) continue;
    starts[start] = 1;
    startBefore[end] = start;
  }
  return {
    isStart: (p) => starts[p] === 1,
    isEnd: (p) => startBefore[p]! >= 0,
    previousStart: (p) => startBefore[p]!,
  };
}
