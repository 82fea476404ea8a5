import { describe, expect, it } from 'vitest';
import { withDeferred } from '../../src/io/worker-pool.js';
import type { RawItem } from '../../src/io/raw-items.js';
import type { BatchOutcome, PackedItems } from '../../src/io/worker-protocol.js';

describe('items a worker leaves to the calling thread', () => {
  it('are classified there and put back in input order, output, ids and lines alike', () => {
    const item = (line: number): RawItem => ({ kind: 'json', line, text: `{"id":"p${line}","text":"x"}` });
    const fromWorker: BatchOutcome = {
      out: new Uint8Array(Buffer.from('{"id":"p2"}\n{"id":"p3"}\n{"id":"p5"}\n')),
      ids: ['p2', 'p3', 'p5'],
      lines: [2, 3, 5],
      rejects: [],
      deferred: [
        { after: 0, item: item(1) },
        { after: 2, item: item(4) },
        { after: 3, item: item(6) },
      ],
    };
    const here = (batch: PackedItems): BatchOutcome => {
      const [raw] = (batch as { items: RawItem[] }).items;
      const line = raw!.kind === 'json' ? raw!.line : 0;
      return { out: `{"id":"p${line}","here":true}\n`, ids: [`p${line}`], lines: [line], rejects: [] };
    };
    const merged = withDeferred(fromWorker, here);
    expect(Buffer.from(merged.out as Uint8Array).toString()).toBe(
      '{"id":"p1","here":true}\n{"id":"p2"}\n{"id":"p3"}\n{"id":"p4","here":true}\n{"id":"p5"}\n{"id":"p6","here":true}\n',
    );
    expect(merged.ids).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(merged.lines).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
