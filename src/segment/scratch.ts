/**
 * The segmenter's working memory: the arrays its dynamic programmes fill, grown as texts need and
 * reused between calls (allocating them per stretch would cost more than the cut). A Segmenter owns
 * one (jieba.ts); one thread uses a segmenter at a time, so nothing is shared between threads.
 */
export interface SegmenterScratch {
  /** dictionary-cut.ts: the best path's weight from each position, its next cut (han-run.ts reads the path there), the stretch's code units. */
  best: Float64Array;
  nextOf: Int32Array;
  codes: Uint16Array;
  /** hmm.ts: Viterbi scores and back-pointers, 4 per character; the tags of the best sequence, 1 per character. */
  score: Float64Array;
  from: Int8Array;
  tags: Int8Array;
}

export function createSegmenterScratch(): SegmenterScratch {
  return {
    best: new Float64Array(64),
    nextOf: new Int32Array(64),
    codes: new Uint16Array(64),
    score: new Float64Array(4 * 64),
    from: new Int8Array(4 * 64),
    tags: new Int8Array(64),
  };
}
