/**
 * A compact, read-only trie over UTF-16 code units, held in typed arrays: the root is a direct
 * table of 65,536 entries and every other edge sits in one hash table keyed by (node, code unit). Walking it
 * allocates nothing, which matters when every character of millions of posts starts a walk.
 * Used for the lexicon's terms and for the segmenter's dictionary.
 */

/** No node: the walk stops. */
export const NO_NODE = 0;
/** Node with no value. */
export const NO_VALUE = -1;

export interface CodeTrie {
  /** Root's child for each code unit (NO_NODE when none). */
  readonly root: Int32Array;
  /**
   * Every other edge in an open-addressing hash table of `mask + 1` slots, three numbers a slot
   * side by side (one cache line): parent node (0 = empty slot), code unit, child node.
   */
  readonly slots: Int32Array;
  readonly mask: number;
  /**
   * A bit per hash of (node, code unit) of every edge, 16 bits per edge: a clear bit means no such
   * edge, answered from a table small enough for the processor's cache, without touching `slots`.
   */
  readonly filter: Uint32Array;
  readonly filterMask: number;
  /** Value stored at each node (NO_VALUE when no key ends there). */
  readonly value: Int32Array;
  /** Longest key, in code units. */
  readonly maxLength: number;
}

/** The hash of the edge (node, code): under a table's mask, the first slot to probe for it. */
export function edgeHash(node: number, code: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
}

/** The first slot to probe for the edge (node, code). */
export function slotOf(node: number, code: number, mask: number): number {
  return edgeHash(node, code) & mask;
}

/** The node reached from `node` by one code unit; NO_NODE when there is none. Node 1 is the root. */
export function stepCodeTrie(trie: CodeTrie, node: number, code: number): number {
  if (node === ROOT) return trie.root[code]!;
  const hash = edgeHash(node, code);
  const bit = hash & trie.filterMask;
  if ((trie.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return NO_NODE;
  const { slots, mask } = trie;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * 3;
    const parent = slots[at]!;
    if (parent === NO_NODE) return NO_NODE;
    if (parent === node && slots[at + 1] === code) return slots[at + 2]!;
  }
}

export const ROOT = 1;

/** Value of a key, or NO_VALUE. */
export function lookupCodeTrie(trie: CodeTrie, key: string): number {
  let node = ROOT;
  for (let i = 0; i < key.length && node !== NO_NODE; i++) node = stepCodeTrie(trie, node, key.charCodeAt(i));
  return node === NO_NODE ? NO_VALUE : trie.value[node]!;
}

/** The smallest power of two at least `min` (and at least 16). */
function tableSize(min: number): number {
  let size = 16;
  while (size < min) size *= 2;
  return size;
}

/** Puts the edge (parent, code) → child into the first free slot of its probe sequence. */
function placeEdge(slots: Int32Array, mask: number, parent: number, code: number, child: number): void {
  let slot = slotOf(parent, code, mask);
  while (slots[slot * 3] !== NO_NODE) slot = (slot + 1) & mask;
  slots[slot * 3] = parent;
  slots[slot * 3 + 1] = code;
  slots[slot * 3 + 2] = child;
}

/**
 * Build from keys and their values (key i has value values[i], or i when no values are given; a
 * duplicate key takes the value given last). Keys are inserted
 * in turn into a table sized for the worst case (no shared prefixes), then the edges are moved to
 * a table sized for the edges there are, at most half full.
 */
export function buildCodeTrie(keys: readonly string[], values?: ArrayLike<number>): CodeTrie {
  let units = 2;
  let maxLength = 0;
  for (const key of keys) {
    units += key.length;
    maxLength = Math.max(maxLength, key.length);
  }
  const root = new Int32Array(65536);
  const value = new Int32Array(units).fill(NO_VALUE);
  const roomy = new Int32Array(tableSize(units * 2) * 3);
  const roomyMask = roomy.length / 3 - 1;
  let nodes = 2; // 0 = none, 1 = root
  let edges = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key.length === 0) continue;
    let node = root[key.charCodeAt(0)]!;
    if (node === NO_NODE) node = root[key.charCodeAt(0)] = nodes++;
    for (let i = 1; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let slot = slotOf(node, code, roomyMask);
      for (;;) {
        const at = slot * 3;
        if (roomy[at] === NO_NODE) {
          roomy[at] = node;
          roomy[at + 1] = code;
          node = roomy[at + 2] = nodes++;
          edges++;
          break;
        }
        if (roomy[at] === node && roomy[at + 1] === code) {
          node = roomy[at + 2]!;
          break;
        }
        slot = (slot + 1) & roomyMask;
      }
    }
    value[node] = values === undefined ? k : values[k]!;
  }
  const mask = tableSize(edges * 2) - 1;
  const filterBits = Math.max(1024, tableSize(edges * 16));
  const filter = new Uint32Array(filterBits / 32);
  const filterMask = filterBits - 1;
  // Often the worst case's table is already the right size: then it is kept as it is.
  const slots = mask === roomyMask ? roomy : new Int32Array((mask + 1) * 3);
  for (let at = 0; at < roomy.length; at += 3) {
    const parent = roomy[at]!;
    if (parent === NO_NODE) continue;
    if (slots !== roomy) placeEdge(slots, mask, parent, roomy[at + 1]!, roomy[at + 2]!);
    const bit = slotOf(parent, roomy[at + 1]!, filterMask);
    filter[bit >>> 5]! |= 1 << (bit & 31);
  }
  return { root, slots, mask, filter, filterMask, value: value.slice(0, nodes), maxLength };
}
