import { describe, expect, it } from 'vitest';
import { LineBytes } from '../../src/io/write/encode-lines.js';

const bytesOf = (lines: readonly string[]) => {
  const out = new LineBytes();
  for (const line of lines) out.push(line);
  return out.take();
};

describe('LineBytes', () => {
  it('gives the bytes of the lines joined, each ending in a line feed', () => {
    const lines = ['{"text":"高才通續簽"}', 'plain ascii', '', '😭 emoji and 一個字', '\ud83d lone surrogate', 'x'.repeat(100000)];
    expect(Buffer.compare(bytesOf(lines), Buffer.from(`${lines.join('\n')}\n`, 'utf8'))).toBe(0);
  });

  it('hands over buffers of their own, exactly their size, and starts over after each', () => {
    const out = new LineBytes();
    out.push('甲');
    const first = out.take();
    out.push('b');
    const second = out.take();
    expect([first.toString('utf8'), second.toString('utf8')]).toEqual(['甲\n', 'b\n']);
    expect(first.buffer.byteLength).toBe(first.length);
    expect(first.buffer).not.toBe(second.buffer);
  });

  it('forgets a half-done batch on reset', () => {
    const out = new LineBytes();
    out.push('lost');
    out.reset();
    out.push('kept');
    expect(out.take().toString('utf8')).toBe('kept\n');
  });

  it('gives nothing for no lines', () => expect(bytesOf([]).length).toBe(0));
});
