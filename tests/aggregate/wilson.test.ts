import { describe, expect, it } from 'vitest';
import { wilsonShare } from '../../src/aggregate/wilson.js';

describe('Wilson interval', () => {
  it('matches published values (5 of 10: 0.2366–0.7634)', () => {
    const s = wilsonShare(5, 10);
    expect(s.share).toBe(0.5);
    expect(s.low).toBeCloseTo(0.2366, 4);
    expect(s.high).toBeCloseTo(0.7634, 4);
  });
  it('stays inside [0, 1] at the edges', () => {
    expect(wilsonShare(0, 20).low).toBe(0);
    expect(wilsonShare(0, 20).high).toBeCloseTo(0.1611, 4);
    expect(wilsonShare(20, 20).high).toBe(1);
  });
  it('is empty for an empty denominator', () => expect(wilsonShare(0, 0)).toMatchObject({ share: 0, low: 0, high: 0 }));
});
