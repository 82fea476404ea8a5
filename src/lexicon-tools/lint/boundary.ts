/**
 * Lint check: boundary risk. A term (not `boundary: free`) matches only where the segmenter puts
 * token boundaries at both its ends. Two tests:
 * 1. jieba's own dictionary (without the lexicon's words) cuts the term alone: when it leaves a
 *    single character at an edge, that character can join its neighbour in running text (info);
 * 2. in real contexts (the lexicon's examples, and a corpus if given), segmented as classification
 *    does, every occurrence of the term is checked: a term that occurs but does not align, and not
 *    because a longer lexicon term covers it, is a warning, with the context and the fix.
 */
import { segmentationBoundaries } from '../../segment/boundaries.js';
import type { Segmentation } from '../../segment/segmentation.js';
import { findNormalisedOffsets } from '../kwic.js';
import type { LintFinding } from './finding.js';
import type { LocatedTerm } from './term-index.js';

export interface SegmentedContext {
  readonly id: string;
  /** Normalised text. */
  readonly text: string;
  /** Its segmentation with the lexicon's dictionary. */
  readonly segmentation: Segmentation;
}

export interface BoundaryInputs {
  /** Cut a normalised string with jieba's own dictionary only. */
  readonly cutPlain: (text: string) => readonly string[];
  readonly contexts: readonly SegmentedContext[];
  /** Is this normalised string a term of the lexicon? */
  readonly isTerm: (normalised: string) => boolean;
}

const CJK = /[\u3400-\u9fff]/;

interface Miss {
  readonly context: SegmentedContext;
  readonly at: number;
  /** The token crossing the term's edge. */
  readonly crossing: string;
  readonly crossingStart: number;
}

function tokenAt(seg: Segmentation, offset: number): number {
  let lo = 0;
  let hi = seg.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (seg.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function occurrences(term: string, contexts: readonly SegmentedContext[], isTerm: (s: string) => boolean) {
  let seen = 0;
  let aligned = 0;
  const misses: Miss[] = [];
  for (const context of contexts) {
    const seg = context.segmentation;
    for (const at of findNormalisedOffsets(context.text, term)) {
      const first = tokenAt(seg, at);
      const last = tokenAt(seg, at + term.length - 1);
      // The matcher's boundaries: the tokens, and the words inside hashtags.
      const b = segmentationBoundaries(context.text.length, seg);
      const startOk = b.isStart(at);
      const endOk = b.isEnd(at + term.length);
      if (startOk && endOk) {
        seen++;
        aligned++;
        continue;
      }
      const k = startOk ? last : first;
      const crossing = seg.tokens[k]!;
      if (isTerm(crossing) && crossing.length > term.length) continue; // a longer term wins: by design
      seen++;
      misses.push({ context, at, crossing, crossingStart: seg.starts[k]! });
    }
  }
  return { seen, aligned, misses };
}

function show(m: Miss, term: string): string {
  const seg = m.context.segmentation;
  const from = Math.max(0, tokenAt(seg, m.at) - 2);
  const to = Math.min(seg.tokens.length - 1, tokenAt(seg, m.at + term.length - 1) + 2);
  return seg.tokens.slice(from, to + 1).join('|');
}

function fixFor(m: Miss, term: string, t: LocatedTerm, isTerm: (s: string) => boolean): string {
  const x = m.crossing;
  const inside = m.crossingStart <= m.at && m.crossingStart + x.length >= m.at + term.length;
  if (inside) {
    return `jieba reads ${x} as one word here, so ${t.written} cannot match inside it: if ${x} is a form of ${t.written}, add ${x} as a term (or mark ${t.written} boundary: free); if it is another word, nothing to do.`;
  }
  const from = Math.min(m.at, m.crossingStart);
  const to = Math.max(m.at + term.length, m.crossingStart + x.length);
  const phrase = m.context.text.slice(from, to);
  if (isTerm(x)) {
    return `the lexicon term ${x} overlaps it here and is kept whole: if this context should count for ${t.label} too, add ${phrase} as a term there; otherwise nothing to do.`;
  }
  if (term.length <= 2) {
    return `the neighbour ${x} takes an edge of the term: if this is a real use of ${t.written}, add ${phrase} as a term; if not, the boundary rule is doing its job (do not mark a short term boundary: free).`;
  }
  const outside = m.crossingStart < m.at ? x.slice(0, m.at - m.crossingStart) : x.slice(m.at + term.length - m.crossingStart);
  return outside.length >= 2
    ? `the neighbouring word ${x} takes an edge of the term: if this is a real use, add ${outside} to segmenter.yaml words so it is cut off, or mark ${t.written} boundary: free.`
    : `the neighbour ${x} takes an edge of the term: if this is a real use, mark ${t.written} boundary: free (it is distinctive enough at ${term.length} characters).`;
}

export function checkBoundaries(terms: readonly LocatedTerm[], inputs: BoundaryInputs): LintFinding[] {
  const findings: LintFinding[] = [];
  const done = new Set<string>();
  for (const t of terms) {
    if (t.free || t.layer === 'segmenter' || !CJK.test(t.normalised) || done.has(t.normalised)) continue;
    done.add(t.normalised);
    const place = { file: t.file, line: t.line, column: t.column, path: t.path, term: t.written };
    const { seen, aligned, misses } = occurrences(t.normalised, inputs.contexts, inputs.isTerm);
    const miss = misses[0];
    if (miss !== undefined && aligned * 2 < seen) {
      findings.push({
        ...place,
        severity: 'warning',
        code: 'boundary-risk',
        message: `${t.written} occurs ${seen} time(s) in the examples/corpus but aligns with token boundaries only ${aligned} time(s), so it does not match there: in ${miss.context.id} the segmenter cuts ${show(miss, t.normalised)}.`,
        fix: fixFor(miss, t.normalised, t, inputs.isTerm),
      });
      continue;
    }
    if (t.normalised.length < 3) continue;
    const plain = inputs.cutPlain(t.normalised);
    const edge = plain.length > 1 && (plain[0]!.length === 1 || plain[plain.length - 1]!.length === 1);
    if (edge && seen === 0) {
      findings.push({
        ...place,
        severity: 'info',
        code: 'boundary-risk',
        message: `jieba's own dictionary cuts ${t.written} as ${plain.join('|')}: it is one token only because the lexicon adds it, and its single-character edge can join a neighbour in running text (no example or corpus text contains it to check).`,
        fix: `add an example sentence with it (examples: match:), or check it with yuqing kwic on a corpus.`,
      });
    }
  }
  return findings;
}
