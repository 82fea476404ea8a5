/**
 * Tokens looked up by the code units they span in a text, without making their strings: an
 * open-addressing table of FNV-1a hashes, slot s holding (hash, token number + 1) at 2s and 2s + 1,
 * a hit confirmed by comparing the token with the text. And whether a span is word-like (holds a
 * letter or a digit), decided by code unit with a memo, as isWordLike decides on the string.
 */
import { isWordLike } from './features.js';

export interface TokenTable {
  readonly mask: number;
  readonly slots: Int32Array;
  /** Token number → the token. */
  readonly tokens: readonly string[];
}

export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** A table of tokens, each numbered by its place in the list. */
export function tokenTable(tokens: readonly string[]): TokenTable {
  let size = 16;
  while (size < tokens.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  tokens.forEach((token, id) => {
    const h = hashRange(token, 0, token.length);
    let s = h & mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    slots[2 * s] = h;
    slots[2 * s + 1] = id + 1;
  });
  return { mask, slots, tokens };
}

/** The number of the token text[start, end), or −1. */
export function tokenNumberAt(table: TokenTable, text: string, start: number, end: number): number {
  const { mask, slots, tokens } = table;
  const h = hashRange(text, start, end);
  let s = h & mask;
  for (;;) {
    const id = slots[2 * s + 1]! - 1;
    if (id < 0) return -1;
    if (slots[2 * s] === h) {
      const token = tokens[id]!;
      if (token.length === end - start && text.startsWith(token, start)) return id;
    }
    s = (s + 1) & mask;
  }
}

const UNKNOWN = 0;
const YES = 2;

/** Word-likeness by code unit, each learned once; a span with a surrogate is tested as a string. */
export class WordLikeCodes {
  private readonly known = new Uint8Array(65536);

  test(text: string, start: number, end: number): boolean {
    const { known } = this;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return isWordLike(text.slice(start, end));
    }
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let k = known[c]!;
      if (k === UNKNOWN) {
        k = isWordLike(String.fromCharCode(c)) ? YES : 1;
        known[c] = k;
      }
      if (k === YES) return true;
    }
    return false;
  }
}
