/**
 * The tool's accuracy on a validation sample, label by label (relevance, each topic, each
 * viewpoint over every coded post): the counts, precision, recall and false-positive rate.
 */
import type { LabelSet } from '../label-set.js';
import type { LabelsOfPost, ValidationPost } from './correction.js';

export interface LabelAccuracy {
  /** "relevant", a topic ID or a viewpoint ID. */
  readonly label: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** Null when undefined (nothing predicted, or nothing to find). */
  readonly precision: number | null;
  readonly recall: number | null;
  readonly falsePositiveRate: number | null;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function accuracyOf(label: string, posts: readonly ValidationPost[], has: (l: LabelsOfPost) => boolean): LabelAccuracy {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of posts) {
    const gold = has(p.coded);
    const tool = has(p.tool);
    if (gold && tool) tp++;
    else if (tool) fp++;
    else if (gold) fn++;
    else tn++;
  }
  return { label, tp, fp, fn, tn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), falsePositiveRate: ratio(fp, fp + tn) };
}

export function labelAccuracies(posts: readonly ValidationPost[], labels: LabelSet): LabelAccuracy[] {
  return [
    accuracyOf('relevant', posts, (l) => l.relevant),
    ...labels.topics.map((t) => accuracyOf(t.id, posts, (l) => l.topics.includes(t.id))),
    ...labels.viewpoints.map((v) => accuracyOf(v.id, posts, (l) => l.viewpoints.includes(v.id))),
  ];
}
