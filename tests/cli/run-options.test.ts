/** Options for runs over big dumps (run-options.ts): --max-rejects and --workers parsed early, and the closing count line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countsSummary, rejectLimit, workerCount } from '../../src/cli/run-options.js';

const counts = (read: number, rejected: number, duplicateIds = 0) => ({ read, classified: read - rejected, rejected, duplicateIds });

describe('--max-rejects', () => {
  it('is off when not given', () => {
    expect(rejectLimit({})).toBeUndefined();
  });

  it('as a count allows exactly that many rejects', () => {
    const limit = rejectLimit({ maxRejects: '5' })!;
    expect(limit(counts(100, 5))).toBeUndefined();
    expect(limit(counts(100, 6))).toBe('6 records were rejected, more than --max-rejects 5 allows (5). See the rejects file for reasons.');
    expect(rejectLimit({ maxRejects: ' 5 ' })!(counts(100, 6))).toContain('(5)');
  });

  it('as a percentage allows that share of the records read', () => {
    const limit = rejectLimit({ maxRejects: '2.5%' })!;
    expect(limit(counts(200, 5))).toBeUndefined();
    expect(limit(counts(200, 6))).toBe('6 records were rejected, more than --max-rejects 2.5% allows (5.0 of 200). See the rejects file for reasons.');
    expect(rejectLimit({ maxRejects: '0%' })!(counts(10, 0))).toBeUndefined();
    expect(rejectLimit({ maxRejects: '0%' })!(counts(10, 1))).toContain('more than --max-rejects 0%');
  });

  it.each([
    ['a negative count', '-1'],
    ['a word', 'abc'],
    ['a space before %', '5 %'],
    ['an exponent', '1e3'],
    ['% alone', '%'],
    ['nothing', ''],
    ['%%', '10%%'],
  ])('refuses %s before the run, saying what it expects', (_what, value) => {
    expect(() => rejectLimit({ maxRejects: value })).toThrow(
      expect.objectContaining({ code: 'E_OPTION', message: `--max-rejects ${value}: expected a count (100) or a percentage (0.5%).` }),
    );
  });
});

describe('--workers', () => {
  it('takes a whole number from 1 to 64', () => {
    expect(workerCount({ workers: '1' })).toBe(1);
    expect(workerCount({ workers: '64' })).toBe(64);
    for (const bad of ['0', '65', '2.5', 'two', '-1']) {
      expect(() => workerCount({ workers: bad })).toThrow(
        expect.objectContaining({ code: 'E_OPTION', message: `--workers ${bad}: expected a whole number from 1 to 64.` }),
      );
    }
  });

  it('defaults to one thread for a file under 4 MB and to the cores for larger files and stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-workers-'));
    const small = join(dir, 'small.jsonl');
    writeFileSync(small, 'x'.repeat(4 * 1024 * 1024 - 1));
    const big = join(dir, 'big.jsonl');
    writeFileSync(big, 'x'.repeat(4 * 1024 * 1024));
    expect(workerCount({}, small)).toBe(1);
    expect(workerCount({}, big)).toBe(availableParallelism());
    expect(workerCount({}, '-')).toBe(availableParallelism());
    expect(workerCount({})).toBe(availableParallelism());
    expect(workerCount({}, join(dir, 'missing.jsonl'))).toBe(availableParallelism());
  });
});

describe('the count line', () => {
  it('adds up, and notes reused ids only when there are some', () => {
    expect(countsSummary(counts(10, 2))).toBe('read 10 = classified 8 + rejected 2');
    expect(countsSummary(counts(10, 0, 3))).toBe(
      'read 10 = classified 10 + rejected 0\nnote: 3 records reuse an id seen earlier in the input; they were classified and kept.',
    );
  });
});
