/**
 * Single-label classification scores: per-class F1, macro-F1 and accuracy, and the majority-class
 * baseline they are judged against.
 */
import { mean, PrfCounter, type Prf } from './prf.js';

export interface ClassScores {
  readonly n: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: Readonly<Record<string, Prf>>;
}

export function classScores(gold: readonly string[], predicted: readonly string[]): ClassScores {
  const classes = [...new Set(gold)].sort();
  const perClass: Record<string, Prf> = {};
  for (const cls of classes) {
    const c = new PrfCounter();
    gold.forEach((g, i) => {
      c.add(g === cls, predicted[i] === cls);
    });
    perClass[cls] = c.result();
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, macroF1: mean(classes.map((c) => perClass[c]!.f1)), perClass };
}

/** The most frequent label (ties: the smallest in sort order). */
export function majorityLabel(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}
