/**
 * Evidence: each label's hits as spans of the original text (io.md): `text.slice(start, end)`
 * is the surface form that matched, in the post's own script.
 */
import type { Evidence } from '../records.js';
import { toOriginalSpan, type NormalisedText } from '../text/normalise.js';
import type { Hit } from './hits.js';
import type { LabelResult } from './labels.js';
import type { PolarityResult } from './polarity.js';

/** Evidence kept per label: the first spans are enough to show why; a 5 MB post would list thousands. */
export const MAX_EVIDENCE_PER_LABEL = 20;

export class EvidenceList {
  /** Spans already given, per label (at most MAX_EVIDENCE_PER_LABEL): start × (length + 1) + end. */
  private readonly seen = new Map<string, number[]>();
  private readonly items: Evidence[] = [];

  constructor(private readonly normalised: NormalisedText) {}

  add(label: string, hits: readonly Hit[]): void {
    let seen = this.seen.get(label);
    if (seen === undefined) {
      seen = [];
      this.seen.set(label, seen);
    }
    const { original, startOf } = this.normalised;
    const stride = original.length + 1;
    for (const hit of hits) {
      for (const m of hit.matches) {
        if (seen.length >= MAX_EVIDENCE_PER_LABEL) return;
        // Offsets are the original's when normalisation kept every length (almost always).
        const span = startOf === null ? m : toOriginalSpan(this.normalised, m.start, m.end);
        const key = span.start * stride + span.end;
        if (seen.includes(key)) continue;
        seen.push(key);
        this.items.push({ label, term: original.slice(span.start, span.end), start: span.start, end: span.end });
      }
    }
  }

  /** The evidence by position, then label (the list is sorted in place and handed over). */
  sorted(): Evidence[] {
    return this.items.sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }
}

/** The evidence of a post's labels: relevance cues, each topic's and viewpoint's hits, polarity cues by side. */
export function labelEvidence(
  normalised: NormalisedText,
  relevanceSupport: readonly Hit[],
  labels: Pick<LabelResult, 'support'>,
  polarity: Pick<PolarityResult, 'support'>,
): Evidence[] {
  const evidence = new EvidenceList(normalised);
  evidence.add('relevant', relevanceSupport);
  labels.support.forEach((behind, label) => evidence.add(label, behind));
  const bySign: Record<'positive' | 'negative', Hit[]> = { positive: [], negative: [] };
  for (const { hit, sign } of polarity.support) bySign[sign].push(hit);
  evidence.add('positive', bySign.positive);
  evidence.add('negative', bySign.negative);
  return evidence.sorted();
}
