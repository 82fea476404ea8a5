/**
 * The segmenter's word model copied into shared memory once, so that worker threads read the one
 * copy (no parsing of the dictionary per thread, and one copy in the processor's caches).
 */
import type { WordModel } from '../segment/dictionary-cut.js';

type Typed = Int32Array | Float64Array | Uint32Array;

function shared<T extends Typed>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const Ctor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Ctor(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}

export function sharedWordModel(words: WordModel): WordModel {
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
