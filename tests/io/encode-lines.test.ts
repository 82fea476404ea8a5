import { describe, expect, it } from 'vitest';
import { encodeLines } from '../../src/io/encode-lines.js';

describe('encodeLines', () => {
  it('gives the bytes of the lines joined, each ending in a line feed', () => {
    const lines = ['{"text":"高才通續簽"}', 'plain ascii', '', '😭 emoji and 一個字', '\ud83d lone surrogate', 'x'.repeat(10000)];
    const bytes = encodeLines(lines);
    expect(Buffer.compare(bytes, Buffer.from(`${lines.join('\n')}\n`, 'utf8'))).toBe(0);
  });

  it('owns its memory, so that it can be moved to another thread', () => {
    const bytes = encodeLines(['a', 'b']);
    expect(bytes.toString('utf8')).toBe('a\nb\n');
    expect(bytes.buffer.byteLength).toBe(bytes.length);
    expect(bytes.buffer).not.toBe(encodeLines(['a', 'b']).buffer);
  });

  it('gives nothing for no lines', () => expect(encodeLines([]).length).toBe(0));
});
