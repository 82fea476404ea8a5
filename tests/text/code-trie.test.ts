import { describe, expect, it } from 'vitest';
import { buildCodeTrie, lookupCodeTrie, NO_NODE, NO_VALUE, ROOT, stepCodeTrie } from '../../src/text/code-trie.js';

/** Built inside each test, not once at import: a mutation run switches a mutant on per test (README, Testing). */
const small = () => buildCodeTrie(['高才通', '高才', '优才', '', '高才', '😭好'], [1, 2, 3, 9, 4, 5]);

describe('the code-unit trie', () => {
  it('finds every key, a repeated key taking the value given last, and nothing else', () => {
    const trie = small();
    expect(lookupCodeTrie(trie, '高才通')).toBe(1);
    expect(lookupCodeTrie(trie, '高才')).toBe(4);
    expect(lookupCodeTrie(trie, '优才')).toBe(3);
    expect(lookupCodeTrie(trie, '😭好')).toBe(5);
    expect(lookupCodeTrie(trie, '高')).toBe(NO_VALUE);
    expect(lookupCodeTrie(trie, '高才通知')).toBe(NO_VALUE);
    expect(lookupCodeTrie(trie, '')).toBe(NO_VALUE);
    expect(trie.maxLength).toBe(3);
  });

  it('walks code unit by code unit and stops where no key continues', () => {
    const trie = small();
    const high = stepCodeTrie(trie, ROOT, '高'.charCodeAt(0));
    expect(high).not.toBe(NO_NODE);
    expect(stepCodeTrie(trie, high, '通'.charCodeAt(0))).toBe(NO_NODE);
    expect(stepCodeTrie(trie, ROOT, 'x'.charCodeAt(0))).toBe(NO_NODE);
  });

  it('holds a large dictionary', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `詞${i.toString(36)}`);
    const big = buildCodeTrie(keys);
    expect(keys.every((key, i) => lookupCodeTrie(big, key) === i)).toBe(true);
    expect(lookupCodeTrie(big, '詞zzzz')).toBe(NO_VALUE);
    expect(big.maxLength).toBe(4);
  });

  it('keeps apart edges that share a parent or a code unit when they collide in the probe table', () => {
    // 64 × 64 two-character keys: 4,096 edges, 64 below each node and 64 for each code unit.
    const keys = Array.from({ length: 4096 }, (_, i) => String.fromCharCode(0x4e00 + (i >> 6), 0x4e00 + (i & 63)));
    const grid = buildCodeTrie(keys);
    expect(keys.every((key, i) => lookupCodeTrie(grid, key) === i)).toBe(true);
    expect(lookupCodeTrie(grid, '一')).toBe(NO_VALUE);
  });

  it('holds long keys that share no prefix, where the worst-case table is kept as it is', () => {
    // 100 keys of 20 units: 1,900 edges in the 4,096 slots sized for the worst case.
    const keys = Array.from({ length: 100 }, (_, i) => Array.from({ length: 20 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 31 + j * 7) % 5000))).join(''));
    const long = buildCodeTrie(keys);
    expect(long.mask).toBe(4095);
    expect(keys.every((key, i) => lookupCodeTrie(long, key) === i)).toBe(true);
    expect(lookupCodeTrie(long, keys[0]!.slice(0, 19))).toBe(NO_VALUE);
  });
});

describe('edges from different nodes with the same code unit', () => {
  it('stay apart when their probes cross: each branch keeps its own child', () => {
    // 300 keys share their second unit and differ in the first and third: the edges (first, 同)
    // fill one table and their probe sequences run over each other.
    const firsts = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const keys = firsts.map((f, i) => `${f}同${String.fromCharCode(0x5000 + i)}`);
    const trie = buildCodeTrie(keys);
    expect(keys.map((key) => lookupCodeTrie(trie, key))).toEqual(keys.map((_, i) => i));
    // Another branch's third unit after this branch's first: no such key.
    const crossed = firsts.filter((f, i) => lookupCodeTrie(trie, `${f}同${String.fromCharCode(0x5000 + ((i + 1) % 300))}`) !== NO_VALUE);
    expect(crossed).toEqual([]);
  });
});
