import { describe, expect, it } from 'vitest';
import { buildCodeTrie, lookupCodeTrie, NO_NODE, NO_VALUE, ROOT, stepCodeTrie } from '../../src/text/code-trie.js';

describe('the code-unit trie', () => {
  const trie = buildCodeTrie(['高才通', '高才', '优才', '', '高才', '😭好'], [1, 2, 3, 9, 4, 5]);

  it('finds every key, a repeated key taking the value given last, and nothing else', () => {
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
  });
});
