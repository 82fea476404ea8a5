import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel, modelCacheKey, readCachedModel, serialiseCachedModel } from '../../src/io/model-cache.js';
import { readModelFile } from '../../src/io/model-file.js';
import { modelSchema } from '../../src/model/schema.js';

const BUNDLED = new URL('../../models/talent.json', import.meta.url).pathname;

describe('the model cache', () => {
  it('reads back the model it wrote, field for field and in key order, with the file sha256', () => {
    const read = readModelFile(BUNDLED);
    const parsed = modelSchema.parse(JSON.parse(readFileSync(BUNDLED, 'utf8')));
    expect(read.model).toStrictEqual(parsed);
    const back = readCachedModel(Buffer.from(serialiseCachedModel(read, 'k')), 'k')!;
    expect(back.model).toStrictEqual(parsed);
    expect(JSON.stringify(back.model)).toBe(JSON.stringify(parsed));
    expect(back.sha256).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is keyed by the file: another key or a cut file is parsed again', () => {
    const read = readModelFile(BUNDLED);
    const bytes = Buffer.from(serialiseCachedModel(read, modelCacheKey(BUNDLED)));
    expect(readCachedModel(bytes, 'other')).toBeUndefined();
    expect(readCachedModel(bytes.subarray(0, bytes.length - 1), modelCacheKey(BUNDLED))).toBeUndefined();
    const folder = mkdtempSync(join(tmpdir(), 'yuqing-model-cache-test-'));
    try {
      let parses = 0;
      const parse = (b: Buffer) => {
        parses++;
        return modelSchema.parse(JSON.parse(b.toString('utf8')));
      };
      const first = cachedModel(BUNDLED, parse, folder);
      const second = cachedModel(BUNDLED, parse, folder);
      expect(parses).toBe(1);
      expect(second).toStrictEqual(first);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
