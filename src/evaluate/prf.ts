/** Precision, recall and F1 from counts. */
export interface Prf {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold positives. */
  readonly support: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1, support: tp + fn };
}

export class PrfCounter {
  tp = 0;
  fp = 0;
  fn = 0;
  add(gold: boolean, predicted: boolean): void {
    if (gold && predicted) this.tp++;
    else if (predicted) this.fp++;
    else if (gold) this.fn++;
  }
  result(): Prf {
    return prf(this.tp, this.fp, this.fn);
  }
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
