/**
 * Evidence: each label's hits as spans of the original text (io.md): `text.slice(start, end)`
 * is the surface form that matched, in the post's own script.
 */
import type { Evidence } from '../records.js';
import { toOriginalSpan, type NormalisedText } from '../text/normalise.js';
import type { Hit } from './hits.js';

export class EvidenceList {
  private readonly seen = new Set<string>();
  private readonly items: Evidence[] = [];

  constructor(private readonly normalised: NormalisedText) {}

  add(label: string, hits: readonly Hit[]): void {
    for (const hit of hits) {
      for (const m of hit.matches) {
        const span = toOriginalSpan(this.normalised, m.start, m.end);
        const key = `${label}\u0000${span.start}\u0000${span.end}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
        this.items.push({ label, term: this.normalised.original.slice(span.start, span.end), start: span.start, end: span.end });
      }
    }
  }

  sorted(): Evidence[] {
    return [...this.items].sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }
}
