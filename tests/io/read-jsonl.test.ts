import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonLineBatches } from '../../src/io/read-jsonl.js';
import type { RawItem } from '../../src/io/raw-items.js';

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
    expect(whole).toEqual([[1, '{"a":1}'], [2, '{"b":2}'], [4, '{"c":3}']]);
  });

  it('keeps a last line with no line end', async () => {
    expect(await lines(['{"a":1}\n{"b"', ':2}'])).toEqual([[1, '{"a":1}'], [2, '{"b":2}']]);
  });
});
