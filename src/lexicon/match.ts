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
import type { Segmentation } from '../segment/segmentation.js';
import type { CompiledLexicon, CompiledTerm } from './compile.js';

export interface TermMatch {
  readonly term: CompiledTerm;
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly negated: boolean;
  readonly intensified: boolean;
}

const SENTENCE_END = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x2026, 0x0a, 0x0d]);
// Commas, enumeration commas, colons and a hashtag's # end a clause: negation does not reach past them.
const CLAUSE_END = new Set([...SENTENCE_END, 0xff0c, 0x2c, 0x3001, 0xff1a, 0x3a, 0x23, 0xff03]);
const WORDLIKE = /[\p{L}\p{N}]/u;

function isClauseBreak(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (!CLAUSE_END.has(token.charCodeAt(i))) return false;
  return token.length > 0;
}

function isLatinOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

interface Boundaries {
  readonly isStart: Uint8Array;
  readonly isEnd: Uint8Array;
  readonly tokenAt: Int32Array;
}

function boundaries(length: number, seg: Segmentation): Boundaries {
  const isStart = new Uint8Array(length + 1);
  const isEnd = new Uint8Array(length + 1);
  const tokenAt = new Int32Array(length + 1).fill(-1);
  seg.tokens.forEach((token, i) => {
    const start = seg.starts[i]!;
    isStart[start] = 1;
    isEnd[start + token.length] = 1;
    tokenAt[start] = i;
  });
  return { isStart, isEnd, tokenAt };
}

function acceptsAt(term: CompiledTerm, text: string, start: number, end: number, b: Boundaries): boolean {
  if (term.free) return true;
  const startOk = term.latinStart ? start === 0 || !isLatinOrDigit(text.charCodeAt(start - 1)) : b.isStart[start] === 1;
  if (!startOk) return false;
  return term.latinEnd ? end === text.length || !isLatinOrDigit(text.charCodeAt(end)) : b.isEnd[end] === 1;
}

function candidates(lexicon: CompiledLexicon, text: string, b: Boundaries) {
  const found: { term: CompiledTerm; start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    let node = lexicon.trie.next.get(text.charCodeAt(i));
    let j = i + 1;
    while (node !== undefined) {
      if (node.term !== undefined && acceptsAt(node.term, text, i, j, b)) found.push({ term: node.term, start: i, end: j });
      if (j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
      j++;
    }
  }
  return found;
}

/** Sarcasm markers (a scare-quoted noun) only colour their sentence: they neither take nor block a span. */
function isTransparent(term: CompiledTerm): boolean {
  return term.roles.length > 0 && term.roles.every((r) => r.target.kind === 'sarcasm');
}

/** Longest match wins; among equals, the earlier start. */
function longestFirst<T extends { term: CompiledTerm; start: number; end: number }>(found: T[], length: number): T[] {
  const ordered = [...found].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const taken = new Uint8Array(length);
  const kept: T[] = [];
  for (const m of ordered) {
    if (isTransparent(m.term)) {
      kept.push(m);
      continue;
    }
    let free = true;
    for (let k = m.start; k < m.end; k++) if (taken[k] === 1) { free = false; break; }
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((x, y) => x.start - y.start);
}

function sentenceIndex(text: string): Int32Array {
  const index = new Int32Array(text.length + 1);
  let sentence = 0;
  for (let i = 0; i < text.length; i++) {
    index[i] = sentence;
    if (SENTENCE_END.has(text.charCodeAt(i))) sentence++;
  }
  index[text.length] = sentence;
  return index;
}

/** Scan back from token `t` over word tokens, within the window, stopping at a clause break. */
function precededBy(seg: Segmentation, t: number, window: number, marked: ReadonlySet<number>): boolean {
  let words = 0;
  for (let k = t - 1; k >= 0 && words < window; k--) {
    const token = seg.tokens[k]!;
    if (isClauseBreak(token)) return false;
    if (!WORDLIKE.test(token)) continue;
    if (marked.has(k)) return true;
    words++;
  }
  return false;
}

export function matchTerms(lexicon: CompiledLexicon, text: string, seg: Segmentation): TermMatch[] {
  const b = boundaries(text.length, seg);
  const kept = longestFirst(candidates(lexicon, text, b), text.length);
  const sentences = sentenceIndex(text);
  const negators = new Set<number>();
  const intensifiers = new Set<number>();
  for (const m of kept) {
    const token = b.tokenAt[m.start]!;
    if (token < 0) continue;
    if (m.term.roles.some((r) => r.target.kind === 'negator')) negators.add(token);
    if (m.term.roles.some((r) => r.target.kind === 'intensifier')) intensifiers.add(token);
  }
  const window = lexicon.settings.negation_window;
  return kept.map((m) => {
    const token = b.tokenAt[m.start]!;
    return {
      term: m.term,
      start: m.start,
      end: m.end,
      sentence: sentences[m.start]!,
      negated: token >= 0 && window > 0 && precededBy(seg, token, window, negators),
      intensified: token >= 0 && precededBy(seg, token, 1, intensifiers),
    };
  });
}
