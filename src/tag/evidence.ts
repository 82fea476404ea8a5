/**
 * Evidence: each label's hits as spans of the original text (io.md): `text.slice(start, end)`
 * is the surface form that matched, in the post's own script.
 */
import type { Evidence } from '../records.js';
import { toOriginalSpan, type NormalisedText } from '../text/normalise.js';
import type { Hit } from './hits.js';

/** Evidence kept per label: the first spans are enough to show why; a 5 MB post would list thousands. */
export const MAX_EVIDENCE_PER_LABEL = 20;

export class EvidenceList {
  private readonly seen = new Set<string>();
  private readonly items: Evidence[] = [];
  private readonly perLabel = new Map<string, number>();

  constructor(private readonly normalised: NormalisedText) {}

  add(label: string, hits: readonly Hit[]): void {
    for (const hit of hits) {
      for (const m of hit.matches) {
        const kept = this.perLabel.get(label) ?? 0;
        if (kept >= MAX_EVIDENCE_PER_LABEL) return;
        const span = toOriginalSpan(this.normalised, m.start, m.end);
        const key = `${label}\u0000${span.start}\u0000${span.end}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
        this.perLabel.set(label, kept + 1);
        this.items.push({ label, term: this.normalised.original.slice(span.start, span.end), start: span.start, end: span.end });
      }
    }
  }

  sorted(): Evidence[] {
    return [...this.items].sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }
}
