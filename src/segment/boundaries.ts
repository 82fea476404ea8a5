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

/**
 * Shared scratch space, stamped rather than cleared: an offset is a token start when its stamp is
 * the current call's. So building boundaries costs one pass over the tokens and no allocation.
 */
let epoch = 0;
let startStamp = new Int32Array(0);
let endStamp = new Int32Array(0);
let sealedStamp = new Int32Array(0);
let startBefore = new Int32Array(0);

function stampTokens(starts: readonly number[], length: number, stamp: number): void {
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = starts[i + 1] ?? length;
    if (end === start) continue;
    startStamp[start] = stamp;
    endStamp[end] = stamp;
    startBefore[end] = start;
  }
}

/** The token starts with the hashtags' inner boundaries merged in (the same array when there are none). */
function withInner(seg: Segmentation): readonly number[] {
  if (seg.inner.length === 0) return seg.starts;
  return [...seg.starts, ...seg.inner].sort((a, b) => a - b);
}

/**
 * Boundaries of a full segmentation. They share scratch space: valid until the next call (the
 * matcher uses them at once and drops them).
 */
export function segmentationBoundaries(length: number, seg: Segmentation): TokenBoundaries {
  if (startStamp.length < length + 1 || epoch >= 0x7fffffff) {
    const size = Math.max(length + 1, startStamp.length * 2, 1024);
    startStamp = new Int32Array(size);
    endStamp = new Int32Array(size);
    sealedStamp = new Int32Array(size);
    startBefore = new Int32Array(size);
    epoch = 0;
  }
  const stamp = ++epoch;
  stampTokens(withInner(seg), length, stamp);
  const { starts, kinds } = seg;
  for (let i = 0; i < kinds.length; i++) {
    if (!isSealedKind(kinds[i]!)) continue;
    const end = starts[i + 1] ?? length;
    for (let p = starts[i]! + 1; p < end; p++) sealedStamp[p] = stamp;
  }
  return new StampedBoundaries(stamp);
}

/** Reads the scratch tables for one call's stamp; refuses once a later call has replaced them. */
class StampedBoundaries implements TokenBoundaries {
  constructor(private readonly stamp: number) {}

  private live(): void {
    if (this.stamp !== epoch) throw new Error('token boundaries used after the next segmentation replaced them');
  }

  isStart(p: number): boolean {
    this.live();
    return startStamp[p] === this.stamp;
  }

  isEnd(p: number): boolean {
    this.live();
    return endStamp[p] === this.stamp;
  }

  previousStart(p: number): number {
    this.live();
    return endStamp[p] === this.stamp ? startBefore[p]! : -1;
  }

  isSealed(p: number): boolean {
    this.live();
    return sealedStamp[p] === this.stamp;
  }
}
