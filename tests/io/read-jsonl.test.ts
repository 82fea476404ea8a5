import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonLinesOfBytes, readJsonLineBatches, readJsonLineByteBatches, type ByteBatch } from '../../src/io/read/read-jsonl.js';
import type { RawItem } from '../../src/io/read/raw-items.js';

async function lines(chunks: string[]): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const batch of readJsonLineBatches(Readable.from(chunks))) {
    for (const item of batch as RawItem[]) if (item.kind === 'json') out.push([item.line, item.text]);
  }
  return out;
}

describe('JSON Lines in batches', () => {
  it('numbers lines as the file does, across LF, CRLF and lone CR, blank lines skipped', async () => {
    expect(await lines(['\uFEFF{"a":1}\n\n{"b":2}\r\n{"c":3}\r{"d":4}'])).toEqual([
      [1, '{"a":1}'],
      [3, '{"b":2}'],
      [4, '{"c":3}'],
      [5, '{"d":4}'],
    ]);
  });

  it('gives the same lines however the text is chunked, a CRLF split between chunks included', async () => {
    const text = '{"a":1}\r\n{"b":2}\n\r\n{"c":3}\r\n';
    const whole = await lines([text]);
    for (let cut = 1; cut < text.length; cut++) expect(await lines([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    expect(whole).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
      [4, '{"c":3}'],
    ]);
  });

  it('keeps a last line with no line end', async () => {
    expect(await lines(['{"a":1}\n{"b"', ':2}'])).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
    ]);
  });
});

describe('JSON Lines as byte batches (worker threads copy them, one thread reads views)', () => {
  async function viaBytes(chunks: Buffer[], perBatch: number, copy = true): Promise<[number, string][]> {
    const out: [number, string][] = [];
    for await (const batch of readJsonLineByteBatches(Readable.from(chunks), perBatch, copy)) {
      if (!('bytes' in batch)) throw new Error('no line here is over the limit');
      for (const item of jsonLinesOfBytes(batch)) if (item.kind === 'json') out.push([item.line, item.text]);
    }
    return out;
  }

  it('gives the lines and numbers the text reader gives, however the bytes are chunked and batched', async () => {
    const text = '\uFEFF{"a":"高才通"}\r\n\n{"b":2}\r{"c":"續簽"}\n\r\n{"d":4}\r';
    const expected = await lines([text]);
    const bytes = Buffer.from(text, 'utf8');
    for (const perBatch of [1, 2, 3, 256]) {
      for (let cut = 1; cut < bytes.length; cut += 3) {
        expect(await viaBytes([bytes.subarray(0, cut), bytes.subarray(cut)], perBatch)).toEqual(expected);
        expect(await viaBytes([bytes.subarray(0, cut), bytes.subarray(cut)], perBatch, false)).toEqual(expected);
      }
    }
    expect(expected.map(([line]) => line)).toEqual([1, 3, 4, 6]);
  });

  it('keeps a last line without a line end, and gives each batch bytes of its own', async () => {
    const batches: ByteBatch[] = [];
    for await (const batch of readJsonLineByteBatches(Readable.from([Buffer.from('{"a":1}\n{"b":2}\n{"c":3}')]), 2)) if ('bytes' in batch) batches.push(batch);
    expect(batches.map((b) => [b.firstLine, b.final, b.bytes.byteLength === b.bytes.buffer.byteLength])).toEqual([
      [1, false, true],
      [3, true, true],
    ]);
    expect(jsonLinesOfBytes(batches[1]!).map((item) => item.kind === 'json' && item.text)).toEqual(['{"c":3}']);
  });
});
