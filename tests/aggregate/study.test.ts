import { describe, expect, it } from 'vitest';
import { sampleUnit } from '../../src/aggregate/hashes.js';
import { placeRecord, WHOLE_DUMP, type StudyDesign } from '../../src/aggregate/study.js';
import { studyDesignFrom } from '../../src/cli/report-options.js';

const design = (d: Partial<StudyDesign>): StudyDesign => ({ ...WHOLE_DUMP, ...d });

describe('study design', () => {
  it('windows admit whole months, inclusive at both ends; other dated records go to the timeline only', () => {
    const d = design({
      windows: [
        { from: '2024-10', to: '2024-12' },
        { from: '2025-03', to: '2025-07' },
      ],
    });
    expect(placeRecord(d, 'a', '2024-10-01')).toBe('in_study');
    expect(placeRecord(d, 'a', '2024-12-31')).toBe('in_study');
    expect(placeRecord(d, 'a', '2025-01-15')).toBe('outside_windows');
    expect(placeRecord(d, 'a', '2025-07-31')).toBe('in_study');
    expect(placeRecord(d, 'a', '')).toBe('undated');
  });

  it('a period excludes records before --from and after --to, days or months', () => {
    const d = design({ from: '2024-10-15', to: '2025-03' });
    expect(placeRecord(d, 'a', '2024-10-14')).toBe('outside_period');
    expect(placeRecord(d, 'a', '2024-10-15')).toBe('in_study');
    expect(placeRecord(d, 'a', '2025-03-31')).toBe('in_study');
    expect(placeRecord(d, 'a', '2025-04-01')).toBe('outside_period');
  });

  it('sampling is decided by id and seed alone: the same on every call, about the fraction asked', () => {
    const d = design({ sample: { fraction: 0.1, seed: 7 } });
    const ids = Array.from({ length: 5000 }, (_, i) => `post-${i}`);
    const first = ids.filter((id) => placeRecord(d, id, '') === 'in_study');
    const again = ids.filter((id) => placeRecord(d, id, '2025-01-01') === 'in_study');
    expect(again).toEqual(first);
    expect(first.length).toBeGreaterThan(400);
    expect(first.length).toBeLessThan(600);
    expect(sampleUnit('post-1', 7)).not.toBe(sampleUnit('post-1', 8));
  });

  it('parses the command-line options into a design, and refuses malformed ones with a sentence', () => {
    expect(studyDesignFrom({ window: ['2024-10..2024-12'], sample: '0.1', seed: '3', dedup: 'exact' })).toEqual({
      sample: { fraction: 0.1, seed: 3 },
      from: null,
      to: null,
      windows: [{ from: '2024-10', to: '2024-12' }],
      dedup: 'exact',
      timezone: 'Asia/Hong_Kong',
    });
    expect(() => studyDesignFrom({ window: ['2024-10-2024-12'] })).toThrow(/--window 2024-10-2024-12: expected FROM..TO/);
    expect(() => studyDesignFrom({ window: ['2025-03..2024-12'] })).toThrow(/ends before it starts/);
    expect(() => studyDesignFrom({ sample: '10' })).toThrow(/--sample 10: expected a fraction/);
    expect(() => studyDesignFrom({ seed: '3' })).toThrow(/--seed 3 has no effect without --sample/);
    expect(() => studyDesignFrom({ from: '2024/10' })).toThrow(/--from 2024\/10: expected a month YYYY-MM/);
    expect(() => studyDesignFrom({ dedup: 'fuzzy' })).toThrow(/--dedup fuzzy: expected one of none, exact/);
  });
});
