import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classScores, majorityLabel } from '../../src/evaluate/classes.js';
import { wordSpanScores } from '../../src/evaluate/segmentation.js';
import { benchmarkRoot, findBenchmarks } from '../../src/bench/benchmarks.js';

describe('bench:quality inputs', () => {
  it('looks for ../shared/benchmarks beside the repository unless YUQING_BENCHMARKS says otherwise', () => {
    expect(benchmarkRoot('/x/main', {})).toBe(resolve('/x/shared/benchmarks'));
    expect(benchmarkRoot('/x/main', { YUQING_BENCHMARKS: '/data/b' })).toBe('/data/b');
  });

  it('reports a missing benchmarks folder as absent (the bench then skips)', () => {
    expect(findBenchmarks(join(tmpdir(), 'yuqing-no-such-benchmarks-dir'))).toBeUndefined();
  });

  it('lists only the benchmark files that are present', () => {
    const root = mkdtempSync(join(tmpdir(), 'yuqing-bench-'));
    mkdirSync(join(root, 'segmentation'));
    writeFileSync(join(root, 'segmentation', 'ud-chinese-hk.raw.txt'), '');
    writeFileSync(join(root, 'segmentation', 'ud-chinese-hk.gold.txt'), '');
    const found = findBenchmarks(root)!;
    expect(found.segmentation.map((s) => s.name)).toEqual(['ud-chinese-hk']);
    expect(found.stance).toBeUndefined();
  });
});

describe('benchmark scores', () => {
  it('word-span P/R/F1 counts a word only when both its ends match', () => {
    const s = wordSpanScores(['你 在 找 些 什麼'], ['你 在 找些 什麼']);
    expect(s.tp).toBe(3);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 5);
    expect(s.mismatched).toBe(0);
  });

  it('macro-F1 averages classes; the majority label is the most frequent', () => {
    expect(majorityLabel(['2', '0', '2', '1'])).toBe('2');
    const s = classScores(['1', '2', '2', '0'], ['1', '2', '0', '0']);
    expect(s.perClass['1']!.f1).toBe(1);
    expect(s.macroF1).toBeCloseTo((1 + 2 / 3 + 2 / 3) / 3);
  });
});
