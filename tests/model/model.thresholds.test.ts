import { describe, expect, it } from 'vitest';
import { bestThreshold, chooseOffsets, chooseThresholds, MIN_POSITIVES_OWN_THRESHOLD } from '../../src/model/thresholds.js';

describe('decision settings chosen on out-of-fold scores', () => {
  it('the pair (accept, veto) that maximises F1 under the hybrid rule', () => {
    // Positives score 0.45–0.55, negatives 0.1–0.2: any accept in 0.25–0.45 is perfect; the middle one is taken.
    const h = { probability: [0.45, 0.5, 0.55, 0.1, 0.15, 0.2], gold: [1, 1, 1, 0, 0, 0], lexicon: [false, false, false, false, false, false] };
    expect(bestThreshold([h])).toEqual({ accept: 0.35, veto: 0 });
  });

  it('a low veto keeps lexicon labels the model is unsure of, when that is what the data say', () => {
    const h = { probability: [0.15, 0.2, 0.9, 0.15, 0.2], gold: [1, 1, 1, 0, 0], lexicon: [true, true, false, false, false] };
    const t = bestThreshold([h]);
    expect(t.veto).toBeLessThanOrEqual(0.15);
    expect(t.accept).toBeGreaterThan(0.2);
  });

  it("a head with few positive texts takes its kind's pooled pair", () => {
    const few = { probability: [0.9, 0.1], gold: [1, 0], lexicon: [false, false] };
    const many = {
      probability: Array.from({ length: 60 }, (_, i) => (i < 30 ? 0.62 : 0.3)),
      gold: Array.from({ length: 60 }, (_, i) => (i < 30 ? 1 : 0)),
      lexicon: new Array(60).fill(false),
    };
    expect(MIN_POSITIVES_OWN_THRESHOLD).toBeLessThanOrEqual(30);
    const [forFew, forMany] = chooseThresholds(['viewpoint', 'viewpoint'], [few, many]);
    expect(forFew).toEqual(bestThreshold([few, many]));
    expect(forMany).toEqual(bestThreshold([many]));
  });

  it('offsets let a rare class win the close calls that macro-F1 rewards', () => {
    // Class 1 is rare and always a close second; an offset for it lifts macro-F1.
    const logits = [
      [1, 0.8],
      [1, 0.85],
      [1, 0.2],
      [1, 0.1],
      [1, 0.15],
      [1, 0.05],
    ];
    const gold = [1, 1, 0, 0, 0, 0];
    const offsets = chooseOffsets(logits, gold, 2);
    expect(offsets[1]! - offsets[0]!).toBeGreaterThan(0.2);
    expect(offsets[1]! - offsets[0]!).toBeLessThan(0.8);
  });
});
