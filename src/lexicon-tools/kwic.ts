/**
 * Keyword in context: every occurrence of a term in a text, found on the normalised forms (so a
 * term in either script finds both) and shown in the text's own script.
 */
import { toOriginalSpan, type NormalisedText, type Span } from '../text/normalise.js';

export interface KwicLine {
  readonly id: string;
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
  readonly left: string;
  readonly match: string;
  readonly right: string;
}

/** Original spans of the non-overlapping occurrences of an already normalised term. */
export function findOccurrences(text: NormalisedText, term: string): Span[] {
  const spans: Span[] = [];
  if (term === '') return spans;
  for (let at = text.text.indexOf(term); at >= 0; at = text.text.indexOf(term, at + term.length)) {
    spans.push(toOriginalSpan(text, at, at + term.length));
  }
  return spans;
}

/** Normalised-text offsets of the occurrences (for boundary checks). */
export function findNormalisedOffsets(text: string, term: string): number[] {
  const offsets: number[] = [];
  if (term === '') return offsets;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) offsets.push(at);
  return offsets;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Up to `window` code points on each side, line breaks shown as spaces. */
export function kwicLine(id: string, original: string, span: Span, window: number): KwicLine {
  const before = [...original.slice(0, span.start)];
  const after = [...original.slice(span.end)];
  return {
    id,
    start: span.start,
    end: span.end,
    left: flat(before.slice(Math.max(0, before.length - window)).join('')),
    match: original.slice(span.start, span.end),
    right: flat(after.slice(0, window).join('')),
  };
}

export function kwicLines(id: string, text: NormalisedText, term: string, window: number): KwicLine[] {
  return findOccurrences(text, term).map((span) => kwicLine(id, text.original, span, window));
}

/** `id  …left【match】right…`, the left context right-aligned to `window` code points. */
export function formatKwicLine(line: KwicLine, window: number, idWidth = 0): string {
  const pad = Math.max(0, window - [...line.left].length);
  return `${line.id.padEnd(idWidth)}  ${'\u3000'.repeat(pad)}${line.left}【${line.match}】${line.right}`;
}
