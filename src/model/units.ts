/**
 * Scoring units: the sentences of a normalised text, where viewpoints live. A long post is scored
 * as a whole and sentence by sentence, so that one relevant sentence among many other matters is
 * not drowned, and the sentence that scored highest becomes the evidence of a label the model gave.
 * Sentences end at full stops, exclamation and question marks, semicolons (full-width or not), ellipses and line breaks (as the match policy's sentences do); a unit
 * shorter than `minLength` code units is joined to the next, so that a two-character "really?" or a lone emoji
 * line does not stand alone. Whitespace at either end of a unit is left out of its span.
 */
export interface Unit {
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
}

/** Units shorter than this join the next (or, at the end, the previous). */
export const MIN_UNIT_LENGTH = 6;

const SENTENCE_END = new Uint8Array(65536);
for (const code of [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x2026, 0x0a, 0x0d]) SENTENCE_END[code] = 1;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0;
}

/** text[start, end) without blank edges; undefined when it is all blank. */
export function trimmed(text: string, start: number, end: number): Unit | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : undefined;
}

function sentences(text: string): Unit[] {
  const out: Unit[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END[text.charCodeAt(i)] !== 1) continue;
    let j = i + 1;
    while (j < text.length && SENTENCE_END[text.charCodeAt(j)] === 1) j++;
    const unit = trimmed(text, start, j);
    if (unit) out.push(unit);
    start = j;
    i = j - 1;
  }
  const last = trimmed(text, start, text.length);
  if (last) out.push(last);
  return out;
}

/** The text's units in order; one unit (or none, for blank text) when it is a single sentence. */
export function scoringUnits(text: string, minLength = MIN_UNIT_LENGTH): Unit[] {
  const merged: { start: number; end: number }[] = [];
  for (const unit of sentences(text)) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.end - previous.start < minLength) previous.end = unit.end;
    else merged.push({ ...unit });
  }
  const last = merged[merged.length - 1];
  if (merged.length > 1 && last !== undefined && last.end - last.start < minLength) {
    merged[merged.length - 2]!.end = last.end;
    merged.pop();
  }
  return merged;
}

/**
 * The unit that holds the span [start, end) whole, or −1 (a whole-text feature, start −1, or a span
 * across units). Units are ordered and disjoint: a binary search finds the one holding the start.
 */
export function unitOf(units: readonly Unit[], start: number, end: number): number {
  if (start < 0) return -1;
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  const unit = units[lo];
  return unit !== undefined && start >= unit.start && end <= unit.end ? lo : -1;
}
