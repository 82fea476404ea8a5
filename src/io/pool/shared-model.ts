/**
 * The segmenter's model copied into shared memory once, so that worker threads read the one copy
 * (no parsing of the dictionary and the HMM per thread, and one copy in the processor's caches).
 */
import type { WordModel } from '../../segment/dictionary-cut.js';
import type { SegmenterModel } from '../../segment/tokens.js';

type Typed = Int32Array | Float64Array | Uint32Array;

function shared<T extends Typed>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const Ctor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Ctor(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}

function sharedWordModel(words: WordModel): WordModel {
  const { trie } = words;
  return {
    trie: {
      root: shared(trie.root),
      slots: shared(trie.slots),
      mask: trie.mask,
      filter: shared(trie.filter),
      filterMask: trie.filterMask,
      value: shared(trie.value),
      maxLength: trie.maxLength,
    },
    nodeWeight: shared(words.nodeWeight),
    minWeight: words.minWeight,
  };
}

export function sharedSegmenterModel(model: SegmenterModel): SegmenterModel {
  const hmm = model.hmm === null ? null : { start: model.hmm.start, trans: model.hmm.trans, emit: shared(model.hmm.emit) };
  return { words: sharedWordModel(model.words), hmm, rules: model.rules };
}
