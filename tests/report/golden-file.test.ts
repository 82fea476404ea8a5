/** Golden files are never created by the test that reads them: not under CI, not when missing. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenText } from './golden-file.js';

const missing = () => join(mkdtempSync(join(tmpdir(), 'yuqing-golden-file-')), 'sub', 'report.md');

describe('golden files', () => {
  it('a missing golden file fails and is not created, under CI or not', () => {
    for (const env of [{ CI: 'true' }, {}, { CI: '1', UPDATE_GOLDEN: '0' }]) {
      const path = missing();
      expect(() => goldenText(path, 'actual', env)).toThrow(/no golden file/);
      expect(existsSync(path)).toBe(false);
    }
  });

  it('under CI, UPDATE_GOLDEN writes nothing either', () => {
    const path = missing();
    expect(() => goldenText(path, 'actual', { CI: 'true', UPDATE_GOLDEN: '1' })).toThrow(/no golden file/);
    expect(existsSync(path)).toBe(false);
    const kept = join(mkdtempSync(join(tmpdir(), 'yuqing-golden-file-')), 'g.md');
    writeFileSync(kept, 'reviewed');
    expect(goldenText(kept, 'actual', { CI: 'true', UPDATE_GOLDEN: '1' })).toBe('reviewed');
    expect(readFileSync(kept, 'utf8')).toBe('reviewed');
  });

  it('outside CI, UPDATE_GOLDEN=1 writes the golden file on purpose', () => {
    const path = missing();
    expect(goldenText(path, 'actual', { UPDATE_GOLDEN: '1' })).toBe('actual');
    expect(readFileSync(path, 'utf8')).toBe('actual');
  });
});
