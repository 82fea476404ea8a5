/**
 * The match policy (README, "Match policy"):
 * 1. terms are found in the normalised text (either script, folded);
 * 2. a term must start and end on token boundaries (Latin edges: not touching other Latin letters
 *    or digits) unless marked `boundary: free`;
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
  const startOk = term.latinStart ? start === 0 || !isLatinOrDigit(text.charCodeAt(start - 1)) : b.isStart(start);
  if (!startOk) return false;
  return term.latinEnd ? end === text.length || !isLatinOrDigit(text.charCodeAt(end)) : b.isEnd(end);
}

interface Candidate {
  readonly term: CompiledTerm;
  readonly start: number;
  readonly end: number;
}

function candidates(lexicon: CompiledLexicon, text: string, b: TokenBoundaries): Candidate[] {
  const { trie, terms } = lexicon;
  const found: Candidate[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let node = trie.root[text.charCodeAt(i)]!;
    let j = i + 1;
    while (node !== NO_NODE) {
      const id = trie.value[node]!;
      if (id !== NO_VALUE) {
        const term = terms[id]!;
        if (acceptsAt(term, text, i, j, b)) found.push({ term, start: i, end: j });
      }
      if (j >= n) break;
      node = stepCodeTrie(trie, node, text.charCodeAt(j));
      j++;
    }
  }
  return found;
}

/** Longest match wins; among equals, the earlier start. Sarcasm markers neither take nor block a span. */
function longestFirst(found: Candidate[], flags: Uint8Array, length: number): Candidate[] {
  if (found.length < 2) return found;
  // Found in order of start: when none overlaps the one before, there is nothing to choose.
  let overlap = false;
  for (let k = 1; k < found.length && !overlap; k++) overlap = found[k]!.start < found[k - 1]!.end;
  if (!overlap) return found;
  const ordered = [...found].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const taken = new Array<boolean>(length).fill(false);
  const kept: Candidate[] = [];
  for (const m of ordered) {
    if ((flags[m.term.id]! & TERM_TRANSPARENT) !== 0) {
      kept.push(m);
      continue;
    }
    let free = true;
    for (let k = m.start; k < m.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(true, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((x, y) => x.start - y.start);
}

/** Scan back from a token start over word tokens, within the window, stopping at a clause break. */
function precededBy(text: string, b: TokenBoundaries, start: number, window: number, marked: ReadonlySet<number>): boolean {
  let words = 0;
  let p = start;
  while (p > 0 && words < window) {
    const s = b.previousStart(p);
    if (isClauseBreak(text, s, p)) return false;
    if (isWordlike(text, s, p)) {
      if (marked.has(s)) return true;
      words++;
    }
    p = s;
  }
  return false;
}

function sentenceOf(text: string, kept: readonly Candidate[]): number[] {
  const sentences = new Array<number>(kept.length);
  let sentence = 0;
  let i = 0;
  for (let k = 0; k < kept.length; k++) {
    const start = kept[k]!.start;
    for (; i < start; i++) if (BREAK[text.charCodeAt(i)] === 2) sentence++;
    sentences[k] = sentence;
  }
  return sentences;
}

/** The term matches of a text, given its segmentation or just where its tokens start and end. */
export function matchTerms(lexicon: CompiledLexicon, text: string, seg: Segmentation | TokenBoundaries): TermMatch[] {
  const b = 'tokens' in seg ? segmentationBoundaries(text.length, seg) : seg;
  const flags = lexicon.termFlags;
  const kept = longestFirst(candidates(lexicon, text, b), flags, text.length);
  const sentences = sentenceOf(text, kept);
  const negators = new Set<number>();
  const intensifiers = new Set<number>();
  let firstNegator = Infinity;
  let firstIntensifier = Infinity;
  for (const m of kept) {
    const f = flags[m.term.id]!;
    if ((f & (TERM_NEGATOR | TERM_INTENSIFIER)) === 0 || !b.isStart(m.start)) continue;
    if ((f & TERM_NEGATOR) !== 0) {
      negators.add(m.start);
      firstNegator = Math.min(firstNegator, m.start);
    }
    if ((f & TERM_INTENSIFIER) !== 0) {
      intensifiers.add(m.start);
      firstIntensifier = Math.min(firstIntensifier, m.start);
    }
  }
  const window = lexicon.settings.negation_window;
  return kept.map((m, k) => {
    // Only a marker earlier in the text can reach a match: most matches need no token scan at all.
    const before = (first: number) => first < m.start && b.isStart(m.start);
    return {
      term: m.term,
      start: m.start,
      end: m.end,
      sentence: sentences[k]!,
      negated: window > 0 && before(firstNegator) && precededBy(text, b, m.start, window, negators),
      intensified: before(firstIntensifier) && precededBy(text, b, m.start, 1, intensifiers),
    };
  });
}
