/**
 * Atomic output: a file appears under its final name only when complete, and an aborted write
 * leaves nothing behind — not even when it is aborted before its temporary file finished opening
 * (the race behind the interrupt test's stray .tmp file, issue 20).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abortOpenStreams, openAtomicStream, writeFileAtomic, type AtomicStream } from '../../src/io/write/atomic.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'yuqing-atomic-'));

/** Wait until the stream has released its file: whatever it was going to create exists by then. */
function settled(handle: AtomicStream): Promise<void> {
  return new Promise((resolve) => {
    if (handle.stream.closed) resolve();
    else handle.stream.once('close', () => resolve());
  });
}

describe('atomic streams', () => {
  it('aborted at once, before the temporary file has finished opening, leave no file behind', async () => {
    const dir = fresh();
    for (let i = 0; i < 20; i++) {
      const handle = openAtomicStream(join(dir, `out-${i}.jsonl`));
      handle.abort();
      await settled(handle);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('aborted after writing leave neither the target nor a temporary file', async () => {
    const dir = fresh();
    const handle = openAtomicStream(join(dir, 'out.jsonl'));
    handle.stream.write('{"id":"a"}\n');
    await new Promise((r) => setTimeout(r, 20));
    handle.abort();
    await settled(handle);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('committed appear under the final name with everything written, and nothing else', async () => {
    const dir = fresh();
    const target = join(dir, 'out.jsonl');
    const handle = openAtomicStream(target);
    handle.stream.write('one\n');
    handle.stream.write('two\n');
    expect(existsSync(target)).toBe(false);
    await handle.commit();
    expect(readFileSync(target, 'utf8')).toBe('one\ntwo\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
    handle.abort(); // after commit: a no-op, the committed file stays
    expect(readFileSync(target, 'utf8')).toBe('one\ntwo\n');
  });

  it('abortOpenStreams (the signal handler) removes every temporary file still open, at once', async () => {
    const dir = fresh();
    const handles = [openAtomicStream(join(dir, 'a.jsonl')), openAtomicStream(join(dir, 'b.jsonl'))];
    handles[1]!.stream.write('x');
    abortOpenStreams();
    // Synchronously: the process exits right after the handler.
    expect(readdirSync(dir)).toEqual([]);
    await Promise.all(handles.map(settled));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writeFileAtomic writes whole files into new folders', () => {
    const dir = fresh();
    const target = join(dir, 'sub', 'x.json');
    writeFileAtomic(target, '{}\n');
    expect(readFileSync(target, 'utf8')).toBe('{}\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['x.json']);
  });
});
