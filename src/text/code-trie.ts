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

/** False when the trie certainly has no edge (node, code). */
export function mayHaveEdge(trie: CodeTrie, node: number, code: number): boolean {
  const bit = slotOf(node, code, trie.filterMask);
  return (trie.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** The first slot to probe for the edge (node, code). */
export function slotOf(node: number, code: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
}

/** The node reached from `node` by one code unit; NO_NODE when there is none. Node 1 is the root. */
export function stepCodeTrie(trie: CodeTrie, node: number, code: number): number {
  if (node === ROOT) return trie.root[code]!;
  if (!mayHaveEdge(trie, node, code)) return NO_NODE;
  const { slots, mask } = trie;
  for (let slot = slotOf(node, code, mask); ; slot = (slot + 1) & mask) {
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

function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Build from keys and their values (a duplicate key takes the value given last). Keys are sorted
 * by code unit, then each node's children are laid out together, breadth by breadth.
 */
export function buildCodeTrie(entries: readonly (readonly [string, number])[]): CodeTrie {
  const sorted = entries.filter(([key]) => key.length > 0).map((e, order) => ({ key: e[0], value: e[1], order }));
  sorted.sort((x, y) => compareUnits(x.key, y.key) || x.order - y.order);
  let units = 2;
  let maxLength = 0;
  for (const { key } of sorted) {
    units += key.length;
    maxLength = Math.max(maxLength, key.length);
  }
  const edgeParent = new Int32Array(units);
  const edgeCode = new Uint16Array(units);
  const value = new Int32Array(units).fill(NO_VALUE);
  const root = new Int32Array(65536);
  let nodes = 2; // 0 = none, 1 = root
  let edges = 0;
  // Work list of (node, depth, [lo, hi) range of sorted keys sharing the node's prefix), in node order.
  const queue: { node: number; depth: number; lo: number; hi: number }[] = [{ node: ROOT, depth: 0, lo: 0, hi: sorted.length }];
  for (let q = 0; q < queue.length; q++) {
    const { node, depth, lo, hi } = queue[q]!;
    let i = lo;
    while (i < hi && sorted[i]!.key.length === depth) {
      value[node] = sorted[i]!.value;
      i++;
    }
    while (i < hi) {
      const code = sorted[i]!.key.charCodeAt(depth);
      let j = i + 1;
      while (j < hi && sorted[j]!.key.charCodeAt(depth) === code) j++;
      const child = nodes++;
      if (node === ROOT) root[code] = child;
      else {
        edgeParent[child] = node;
        edgeCode[child] = code;
        edges++;
      }
      queue.push({ node: child, depth: depth + 1, lo: i, hi: j });
      i = j;
    }
  }
  let size = 16;
  while (size < edges * 2) size *= 2;
  const mask = size - 1;
  let filterBits = 1024;
  while (filterBits < edges * 16) filterBits *= 2;
  const filter = new Uint32Array(filterBits / 32);
  const filterMask = filterBits - 1;
  const slots = new Int32Array(size * 3);
  for (let child = 2; child < nodes; child++) {
    const parent = edgeParent[child]!;
    if (parent === NO_NODE) continue;
    let slot = slotOf(parent, edgeCode[child]!, mask);
    while (slots[slot * 3] !== NO_NODE) slot = (slot + 1) & mask;
    slots[slot * 3] = parent;
    slots[slot * 3 + 1] = edgeCode[child]!;
    slots[slot * 3 + 2] = child;
    const bit = slotOf(parent, edgeCode[child]!, filterMask);
    filter[bit >>> 5]! |= 1 << (bit & 31);
  }
  return { root, slots, mask, filter, filterMask, value: value.slice(0, nodes), maxLength };
}
