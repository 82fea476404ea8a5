import { describe, expect, it } from 'vitest';
import { SeenIds } from '../../src/io/read/seen-ids.js';

describe('duplicate ids in fixed memory', () => {
  it('finds every repeat and, on 300,000 distinct ids of the usual shapes, calls none a repeat', () => {
    const seen = new SeenIds();
    let falseRepeats = 0;
    for (let i = 0; i < 100_000; i++) {
      for (const id of [`post-${i}`, String(4_900_000_000_000_000 + i * 7919), `wb:${i.toString(36)}:x`]) if (seen.add(id, i)) falseRepeats++;
    }
    expect(falseRepeats).toBe(0);
    expect(seen.add('post-42', 1)).toBe(true);
    expect(seen.add('wb:1:x', 2)).toBe(true);
    expect(seen.repeats).toBe(2);
    expect(seen.firstRepeat).toEqual({ id: 'post-42', line: 1 });
  });
});
