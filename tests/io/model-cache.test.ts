import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel, modelCacheKey, readCachedModel, serialiseCachedModel } from '../../src/io/bundled/model-cache.js';
import { readModelFile } from '../../src/io/bundled/model-file.js';
import { modelSchema } from '../../src/model/schema.js';

const BUNDLED = new URL('../../studies/talent/model.json', import.meta.url).pathname;

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

  it('ignores a file with one byte changed (its CRC fails), parses the model again and writes a good file over it', () => {
    const key = modelCacheKey(BUNDLED);
    const good = Buffer.from(serialiseCachedModel(readModelFile(BUNDLED), key));
    const folder = mkdtempSync(join(tmpdir(), 'yuqing-model-cache-test-'));
    try {
      const file = join(folder, `yuqing-model-${key}.bin`);
      for (const at of [6, Math.floor(good.length / 2), good.length - 1]) {
        const bad = Buffer.from(good);
        bad[at] = bad[at]! ^ 0x10;
        expect(readCachedModel(bad, key)).toBeUndefined();
        writeFileSync(file, bad);
        let parses = 0;
        const read = cachedModel(
          BUNDLED,
          (b) => {
            parses++;
            return modelSchema.parse(JSON.parse(b.toString('utf8')));
          },
          folder,
        );
        expect(parses).toBe(1);
        expect(JSON.stringify(read.model)).toBe(JSON.stringify(modelSchema.parse(JSON.parse(readFileSync(BUNDLED, 'utf8')))));
        expect(readCachedModel(readFileSync(file), key)).toBeDefined();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
