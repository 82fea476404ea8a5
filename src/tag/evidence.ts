/**
 * Evidence: each label's hits as spans of the original text (io.md): `text.slice(start, end)`
 * is the surface form that matched, in the post's own script.
 */
import type { TermMatch } from '../lexicon/match.js';
import type { Evidence } from '../records.js';
import { toOriginalSpan, type NormalisedText } from '../text/normalise.js';
import type { HitTable } from './hit-table.js';
import { GIVEN_OWN, GIVEN_THROUGH_VIEWPOINT, type LabelResult } from './labels.js';
import { EVIDENCE_LABEL, EVIDENCE_NEGATIVE, EVIDENCE_POSITIVE, EVIDENCE_RELEVANT } from './plan.js';
import type { PolarityResult } from './polarity.js';

/** Evidence kept per label: the first spans are enough to show why; a 5 MB post would list thousands. */
export const MAX_EVIDENCE_PER_LABEL = 20;

/** Spans kept so far: evidence label, start, end (original offsets), and per label how many. */
let spanLabel = new Int32Array(64);
let spanStart = new Float64Array(64);
let spanEnd = new Float64Array(64);
let spanCount = 0;
let perLabel = new Int32Array(64);

function keep(label: number, start: number, end: number): void {
  for (let k = 0; k < spanCount; k++) if (spanLabel[k] === label && spanStart[k] === start && spanEnd[k] === end) return;
  if (spanCount === spanLabel.length) {
    const grow = <T extends Int32Array | Float64Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    spanLabel = grow(spanLabel, new Int32Array(spanCount * 2));
    spanStart = grow(spanStart, new Float64Array(spanCount * 2));
    spanEnd = grow(spanEnd, new Float64Array(spanCount * 2));
  }
  spanLabel[spanCount] = label;
  spanStart[spanCount] = start;
  spanEnd[spanCount] = end;
  spanCount++;
  perLabel[label]!++;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

function codePointAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i)!);
}

function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const pair = end >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff;
  return text.slice(pair ? end - 2 : end - 1, end);
}

/**
 * Evidence a reader can audit is at least two characters: a one-character cue (a single Han
 * character or an emoji) takes the letter or digit beside it — the one before, else the one after —
 * so the reason shows.
 */
export function widenShortSpan(text: string, start: number, end: number): { start: number; end: number } {
  const length = end - start;
  const pair = length === 2 && text.charCodeAt(start) >= 0xd800 && text.charCodeAt(start) <= 0xdbff;
  if (length === 0 || length > 2 || (length === 2 && !pair)) return { start, end };
  if (start > 0) {
    const before = codePointBefore(text, start);
    if (WORDLIKE.test(before)) return { start: start - before.length, end };
  }
  if (end < text.length) {
    const after = codePointAt(text, end);
    if (WORDLIKE.test(after)) return { start, end: end + after.length };
  }
  return { start, end };
}

/** Adds the spans of the given rows' matches to a label, until the label has its fill. */
function addRows(label: number, rows: readonly number[] | undefined, table: HitTable, matches: readonly TermMatch[], normalised: NormalisedText): void {
  if (rows === undefined) return;
  for (const h of rows) {
    for (let k = table.first[h]!; k < table.first[h + 1]!; k++) {
      if (perLabel[label]! >= MAX_EVIDENCE_PER_LABEL) return;
      const m = matches[table.matchOf[k]!]!;
      // Offsets are the original's when normalisation kept every length (almost always).
      const span = normalised.startOf === null ? m : toOriginalSpan(normalised, m.start, m.end);
      const wide = widenShortSpan(normalised.original, span.start, span.end);
      keep(label, wide.start, wide.end);
    }
  }
}

function inOrder(rank: Int32Array, a: number, b: number): boolean {
  const byStart = spanStart[a]! - spanStart[b]!;
  if (byStart !== 0) return byStart < 0;
  const byEnd = spanEnd[a]! - spanEnd[b]!;
  if (byEnd !== 0) return byEnd < 0;
  return rank[spanLabel[a]!]! < rank[spanLabel[b]!]!;
}

/** The kept spans by position, then label name (insertion sort: a post has a few dozen at most). */
function sortedSpans(rank: Int32Array): number[] {
  const order: number[] = [];
  for (let k = 0; k < spanCount; k++) {
    let at = order.length;
    order.push(k);
    for (; at > 0 && inOrder(rank, k, order[at - 1]!); at--) order[at] = order[at - 1]!;
    order[at] = k;
  }
  return order;
}

/** The evidence of a post's labels: relevance cues, each topic's and viewpoint's hits, polarity cues by side. */
export function labelEvidence(
  normalised: NormalisedText,
  matches: readonly TermMatch[],
  table: HitTable,
  relevanceRows: readonly number[],
  labels: Pick<LabelResult, 'given' | 'rowsOf' | 'viewpointIndices'>,
  polarity: Pick<PolarityResult, 'positiveRows' | 'negativeRows'>,
): Evidence[] {
  const { plan } = table;
  spanCount = 0;
  if (perLabel.length < plan.evidenceNames.length) perLabel = new Int32Array(plan.evidenceNames.length);
  perLabel.fill(0);
  addRows(EVIDENCE_RELEVANT, relevanceRows, table, matches, normalised);
  for (let i = 0; i < plan.labels.length; i++) {
    if (labels.given[i] === GIVEN_OWN) addRows(EVIDENCE_LABEL + i, labels.rowsOf[i], table, matches, normalised);
  }
  // A topic given only through its viewpoints shows their evidence.
  for (const v of labels.viewpointIndices) {
    const topic = plan.topicOf[v]!;
    if (labels.given[topic] === GIVEN_THROUGH_VIEWPOINT) addRows(EVIDENCE_LABEL + topic, labels.rowsOf[v], table, matches, normalised);
  }
  addRows(EVIDENCE_POSITIVE, polarity.positiveRows, table, matches, normalised);
  addRows(EVIDENCE_NEGATIVE, polarity.negativeRows, table, matches, normalised);
  const { original } = normalised;
  const evidence: Evidence[] = [];
  for (const k of sortedSpans(plan.evidenceRank)) {
    const start = spanStart[k]!;
    const end = spanEnd[k]!;
    evidence.push({ label: plan.evidenceNames[spanLabel[k]!]!, term: original.slice(start, end), start, end });
  }
  return evidence;
}
