/** The disagreements of an evaluation, with the evidence behind each prediction (dev only). */
import type { Evidence } from '../records.js';
import type { Labels, Pair } from './metrics.js';

export interface Disagreement {
  readonly id: string;
  readonly text: string;
  readonly gold: Labels;
  readonly predicted: Labels;
  readonly missed: readonly string[];
  readonly falseHits: readonly string[];
  readonly evidence: readonly Evidence[];
}

function labelSet(l: Labels): Set<string> {
  const set = new Set<string>([...l.topics, ...l.viewpoints]);
  if (l.relevant) set.add('relevant');
  if (l.relevant) set.add(`polarity:${l.polarity}`);
  return set;
}

export function disagreements(pairs: readonly (Pair & { text: string; evidence: readonly Evidence[] })[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const p of pairs) {
    const gold = labelSet(p.gold);
    const predicted = labelSet(p.predicted);
    const missed = [...gold].filter((l) => !predicted.has(l));
    const falseHits = [...predicted].filter((l) => !gold.has(l));
    if (missed.length || falseHits.length) out.push({ id: p.id, text: p.text, gold: p.gold, predicted: p.predicted, missed, falseHits, evidence: p.evidence });
  }
  return out;
}

export function renderDisagreements(list: readonly Disagreement[]): string {
  return list
    .map((d) => {
      const ev = d.evidence.map((e) => `${e.label}=${e.term}@${e.start}`).join(' ');
      return `- ${d.id}  missed [${d.missed.join(', ')}]  false [${d.falseHits.join(', ')}]\n    ${d.text.replace(/\s+/g, ' ').slice(0, 160)}\n    evidence: ${ev || '—'}`;
    })
    .join('\n');
}
