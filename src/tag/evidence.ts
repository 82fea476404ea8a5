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

/** The spans one call keeps: evidence label, start, end (original offsets), and per label how many. */
interface Spans {
  readonly label: number[];
  readonly start: number[];
  readonly end: number[];
  readonly perLabel: Int32Array;
}

function keep(spans: Spans, label: number, start: number, end: number): void {
  for (let k = 0; k < spans.label.length; k++) if (spans.label[k] === label && spans.start[k] === start && spans.end[k] === end) return;
  spans.label.push(label);
  spans.start.push(start);
  spans.end.push(end);
  spans.perLabel[label]!++;
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
function addRows(
  spans: Spans,
  label: number,
  rows: readonly number[] | undefined,
  table: HitTable,
  matches: readonly TermMatch[],
  normalised: NormalisedText,
): void {
  if (rows === undefined) return;
  for (const h of rows) {
    for (let k = table.first[h]!; k < table.first[h + 1]!; k++) {
      if (spans.perLabel[label]! >= MAX_EVIDENCE_PER_LABEL) return;
      const m = matches[table.matchOf[k]!]!;
      // Offsets are the original's when normalisation kept every length (almost always).
      const span = normalised.startOf === null ? m : toOriginalSpan(normalised, m.start, m.end);
      const wide = widenShortSpan(normalised.original, span.start, span.end);
      keep(spans, label, wide.start, wide.end);
    }
  }
}

function inOrder(spans: Spans, rank: Int32Array, a: number, b: number): boolean {
  const byStart = spans.start[a]! - spans.start[b]!;
  if (byStart !== 0) return byStart < 0;
  const byEnd = spans.end[a]! - spans.end[b]!;
  if (byEnd !== 0) return byEnd < 0;
  return rank[spans.label[a]!]! < rank[spans.label[b]!]!;
}

/** The kept spans by position, then label name (insertion sort: a post has a few dozen at most). */
function sortedSpans(spans: Spans, rank: Int32Array): number[] {
  const order: number[] = [];
  for (let k = 0; k < spans.label.length; k++) {
    let at = order.length;
    order.push(k);
    for (; at > 0 && inOrder(spans, rank, k, order[at - 1]!); at--) order[at] = order[at - 1]!;
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
  const spans: Spans = { label: [], start: [], end: [], perLabel: new Int32Array(plan.evidenceNames.length) };
  addRows(spans, EVIDENCE_RELEVANT, relevanceRows, table, matches, normalised);
  for (let i = 0; i < plan.labels.length; i++) {
    if (labels.given[i] === GIVEN_OWN) addRows(spans, EVIDENCE_LABEL + i, labels.rowsOf[i], table, matches, normalised);
  }
  // A topic given only through its viewpoints shows their evidence.
  for (const v of labels.viewpointIndices) {
    const topic = plan.topicOf[v]!;
    if (labels.given[topic] === GIVEN_THROUGH_VIEWPOINT) addRows(spans, EVIDENCE_LABEL + topic, labels.rowsOf[v], table, matches, normalised);
  }
  addRows(spans, EVIDENCE_POSITIVE, polarity.positiveRows, table, matches, normalised);
  addRows(spans, EVIDENCE_NEGATIVE, polarity.negativeRows, table, matches, normalised);
  const { original } = normalised;
  const evidence: Evidence[] = [];
  for (const k of sortedSpans(spans, plan.evidenceRank)) {
    const start = spans.start[k]!;
    const end = spans.end[k]!;
    evidence.push({ label: plan.evidenceNames[spans.label[k]!]!, term: original.slice(start, end), start, end });
  }
  return evidence;
}
