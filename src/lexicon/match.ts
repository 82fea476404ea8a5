/**
 * The match policy (README, "Match policy"):
 * 1. terms are found in the normalised text (either script, folded);
 * 2. a term must start and end on token boundaries (Latin edges: not touching other Latin letters
 *    or digits; never inside a URL, e-mail address or @mention) unless marked `boundary: free`;
 * 3. longest match wins where matches overlap, whatever their labels (ties: the earlier start);
 *    sarcasm markers are the exception: they mark their sentence and hide nothing;
 * 4. a negator within `negation_window` word tokens before a match, in the same clause (commas,
 *    colons and hashtags end a clause), negates it;
 *    an intensifier right before it intensifies it;
 * 5. sentences end at 。！？!?；; … and line breaks; clauses also at ，,、：:.
 */
import { segmentationBoundaries, type TokenBoundaries } from '../segment/boundaries.js';
import type { Segmentation } from '../segment/segmentation.js';
import { NO_NODE, NO_VALUE, stepCodeTrie } from '../text/code-trie.js';
import { TERM_INTENSIFIER, TERM_NEGATOR, TERM_TRANSPARENT, type CompiledLexicon, type CompiledTerm } from './compile.js';

export interface TermMatch {
  readonly term: CompiledTerm;
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly negated: boolean;
  readonly intensified: boolean;
}

const SENTENCE_ENDS = [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x2026, 0x0a, 0x0d];
// Commas, enumeration commas, colons and a hashtag's # end a clause: negation does not reach past them.
const CLAUSE_ENDS = [...SENTENCE_ENDS, 0xff0c, 0x2c, 0x3001, 0xff1a, 0x3a, 0x23, 0xff03];
/** Per code unit: 1 = ends a clause, 2 = also ends a sentence. */
const BREAK = new Uint8Array(65536);
for (const code of CLAUSE_ENDS) BREAK[code] = 1;
for (const code of SENTENCE_ENDS) BREAK[code] = 2;
const WORDLIKE = /[\p{L}\p{N}]/u;

function isClauseBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (BREAK[text.charCodeAt(i)] === 0) return false;
  return end > start;
}

/** A letter or digit in text[start, end): Han and ASCII decided at once, the rest by Unicode class. */
function isWordlike(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true;
  }
  return WORDLIKE.test(text.slice(start, end));
}

function isLatinOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function acceptsAt(term: CompiledTerm, text: string, start: number, end: number, b: TokenBoundaries): boolean {
  if (term.free) return true;
  const startOk = term.latinStart ? (start === 0 || !isLatinOrDigit(text.charCodeAt(start - 1))) && !b.isSealed(start) : b.isStart(start);
  if (!startOk) return false;
  return term.latinEnd ? (end === text.length || !isLatinOrDigit(text.charCodeAt(end))) && !b.isSealed(end) : b.isEnd(end);
}

/** Candidate matches of one call: term id, start and end, in order of start, then end (plain arrays: small typed arrays cost more to make than to fill). */
interface Candidates {
  readonly term: number[];
  readonly start: number[];
  readonly end: number[];
  count: number;
}

function findCandidates(lexicon: CompiledLexicon, text: string, b: TokenBoundaries): Candidates {
  const { trie, terms } = lexicon;
  const c: Candidates = { term: [], start: [], end: [], count: 0 };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let node = trie.root[text.charCodeAt(i)]!;
    let j = i + 1;
    while (node !== NO_NODE) {
      const id = trie.value[node]!;
      if (id !== NO_VALUE && acceptsAt(terms[id]!, text, i, j, b)) {
        c.term.push(id);
        c.start.push(i);
        c.end.push(j);
        c.count++;
      }
      if (j >= n) break;
      node = stepCodeTrie(trie, node, text.charCodeAt(j));
      j++;
    }
  }
  return c;
}

/**
 * The candidates kept, by index, in order of start (the longer first): longest match wins; among
 * equals, the earlier start. Sarcasm markers neither take nor block a span.
 */
function longestFirst(c: Candidates, flags: Uint8Array, length: number): number[] {
  const all: number[] = [];
  for (let k = 0; k < c.count; k++) all.push(k);
  // Found in order of start: when none overlaps the one before, there is nothing to choose.
  let overlap = false;
  for (let k = 1; k < c.count && !overlap; k++) overlap = c.start[k]! < c.end[k - 1]!;
  if (!overlap) return all;
  const taken = new Uint8Array(length);
  const size = (k: number) => c.end[k]! - c.start[k]!;
  const kept: number[] = [];
  for (const k of all.sort((x, y) => size(y) - size(x) || c.start[x]! - c.start[y]!)) {
    const start = c.start[k]!;
    const end = c.end[k]!;
    if ((flags[c.term[k]!]! & TERM_TRANSPARENT) === 0) {
      let free = true;
      for (let p = start; p < end && free; p++) free = taken[p] === 0;
      if (!free) continue;
      taken.fill(1, start, end);
    }
    kept.push(k);
  }
  return kept.sort((x, y) => c.start[x]! - c.start[y]! || size(y) - size(x));
}

/** Scan back from a token start over word tokens, within the window, stopping at a clause break. */
function precededBy(text: string, b: TokenBoundaries, start: number, window: number, marked: readonly number[]): boolean {
  let words = 0;
  let p = start;
  while (p > 0 && words < window) {
    const s = b.previousStart(p);
    if (isClauseBreak(text, s, p)) return false;
    if (isWordlike(text, s, p)) {
      if (marked.includes(s)) return true;
      words++;
    }
    p = s;
  }
  return false;
}

/** The term matches of a text, given its segmentation or just where its tokens start and end. */
export function matchTerms(lexicon: CompiledLexicon, text: string, seg: Segmentation | TokenBoundaries): TermMatch[] {
  const b = 'tokens' in seg ? segmentationBoundaries(text.length, seg) : seg;
  const flags = lexicon.termFlags;
  const c = findCandidates(lexicon, text, b);
  const kept = longestFirst(c, flags, text.length);
  // Negators and intensifiers that start a token, by start (in order).
  const negators: number[] = [];
  const intensifiers: number[] = [];
  for (const k of kept) {
    const f = flags[c.term[k]!]!;
    if ((f & (TERM_NEGATOR | TERM_INTENSIFIER)) === 0 || !b.isStart(c.start[k]!)) continue;
    if ((f & TERM_NEGATOR) !== 0) negators.push(c.start[k]!);
    if ((f & TERM_INTENSIFIER) !== 0) intensifiers.push(c.start[k]!);
  }
  const window = lexicon.settings.negation_window;
  const firstNegator = negators[0] ?? Infinity;
  const firstIntensifier = intensifiers[0] ?? Infinity;
  const matches: TermMatch[] = [];
  let sentence = 0;
  let scanned = 0;
  for (const k of kept) {
    const start = c.start[k]!;
    for (; scanned < start; scanned++) if (BREAK[text.charCodeAt(scanned)] === 2) sentence++;
    // Only a marker earlier in the text can reach a match at a token start: most need no token scan at all.
    const atToken = Math.min(firstNegator, firstIntensifier) < start && b.isStart(start);
    matches.push({
      term: lexicon.terms[c.term[k]!]!,
      start,
      end: c.end[k]!,
      sentence,
      negated: atToken && window > 0 && firstNegator < start && precededBy(text, b, start, window, negators),
      intensified: atToken && firstIntensifier < start && precededBy(text, b, start, 1, intensifiers),
    });
  }
  return matches;
}
