import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedSegmenterModel, readSegmenterModel, serialiseSegmenterModel } from '../../src/io/bundled/segmenter-cache.js';
import { writeSegmenterDictionary } from '../../src/io/bundled/segmenter-dictionary.js';
import { buildSegmenterModel } from '../../src/segment/jieba.js';
import { createSegmenterScratch } from '../../src/segment/scratch.js';
import { tokenise } from '../../src/segment/tokens.js';

describe('the segmenter model cache', () => {
  const built = buildSegmenterModel(writeSegmenterDictionary([]).files());
  const scratch = createSegmenterScratch();

  it('reads back the very arrays it wrote, and cuts as the model built', () => {
    const bytes = serialiseSegmenterModel(built, 'k1');
    const read = readSegmenterModel(bytes, 'k1')!;
    const same = (a: ArrayBufferView, b: ArrayBufferView) =>
      Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
    expect(same(read.words.trie.slots, built.words.trie.slots)).toBe(true);
    expect(same(read.words.nodeWeight, built.words.nodeWeight)).toBe(true);
    expect(same(read.hmm!.emit, built.hmm!.emit)).toBe(true);
    expect(read.rules.currencies).toEqual(built.rules.currencies);
    for (const text of ['李飞飞来到香港科技大学', '我拿到hkd 50,000月薪 #高才通# @小明 👍🏽'])
      expect(tokenise(text, read, scratch)).toEqual(tokenise(text, built, scratch));
  });

  it('ignores a file of another key or one cut short, and builds the model again', () => {
    const bytes = serialiseSegmenterModel(built, 'k1');
    expect(readSegmenterModel(bytes, 'k2')).toBeUndefined();
    expect(readSegmenterModel(bytes.subarray(0, bytes.length - 8), 'k1')).toBeUndefined();
    const folder = mkdtempSync(join(tmpdir(), 'yuqing-cache-test-'));
    try {
      writeFileSync(join(folder, 'yuqing-segmenter-k3.bin'), bytes.subarray(0, 100));
      let builds = 0;
      const build = () => {
        builds++;
        return built;
      };
      cachedSegmenterModel('k3', build, folder);
      cachedSegmenterModel('k3', build, folder);
      expect(builds).toBe(1);
      expect(readSegmenterModel(readFileSync(join(folder, 'yuqing-segmenter-k3.bin')), 'k3')).toBeDefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('ignores a file with one byte changed (its CRC fails), builds the model again and cuts as built', () => {
    const good = serialiseSegmenterModel(built, 'k4');
    const folder = mkdtempSync(join(tmpdir(), 'yuqing-cache-test-'));
    try {
      for (const at of [5, Math.floor(good.length / 2), good.length - 1]) {
        const bad = Uint8Array.from(good);
        bad[at] = bad[at]! ^ 0x01;
        expect(readSegmenterModel(bad, 'k4')).toBeUndefined();
        writeFileSync(join(folder, 'yuqing-segmenter-k4.bin'), bad);
        let builds = 0;
        const model = cachedSegmenterModel(
          'k4',
          () => {
            builds++;
            return built;
          },
          folder,
        );
        expect(builds).toBe(1);
        expect(tokenise('李飞飞来到香港科技大学', model, scratch)).toEqual(tokenise('李飞飞来到香港科技大学', built, scratch));
        expect(readSegmenterModel(readFileSync(join(folder, 'yuqing-segmenter-k4.bin')), 'k4')).toBeDefined();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes the user dictionary again when the file under its name was changed', () => {
    const words = [{ word: '緩存測試專用詞', frequency: 7 }];
    const first = writeSegmenterDictionary(words);
    const content = readFileSync(first.userDictPath!, 'utf8');
    writeFileSync(first.userDictPath!, content.slice(0, content.length - 3));
    const again = writeSegmenterDictionary(words);
    expect(again.userDictPath).toBe(first.userDictPath);
    expect(readFileSync(again.userDictPath!, 'utf8')).toBe(content);
  });
});
