/** `yuqing aggregate -` reads classified lines from stdin, so a reducer of a batch engine can call it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, FIXTURES, TINY_LEXICON } from '../helpers.js';

describe('yuqing aggregate -', () => {
  it('gives the partial state of the same lines read from a file, with stdin as the input', async () => {
    const classify = captureIo();
    await runCli(['classify', join(FIXTURES, 'posts.jsonl'), '--workers', '1', '-q', '--slim', '--lexicon', TINY_LEXICON], classify);
    const lines = classify.out();
    const classified = join(mkdtempSync(join(tmpdir(), 'yuqing-agg-stdin-')), 'c.jsonl');
    writeFileSync(classified, lines);

    const aggregate = async (input: string, stdin = '') => {
      const io = captureIo(stdin);
      expect(await runCli(['aggregate', input, '--lexicon', TINY_LEXICON, '--window', '2025-03..2025-07'], io)).toBe(0);
      return JSON.parse(io.out()) as { input: { file: string; sha256: string }[]; state: unknown; counts: unknown };
    };
    const fromStdin = await aggregate('-', lines);
    const fromFile = await aggregate(classified);
    expect(fromStdin.input).toEqual([{ file: '-', sha256: 'stdin' }]);
    expect(fromStdin.counts).toEqual({ read: 12, classified: 12, rejected: 0 });
    expect(fromStdin.state).toEqual(fromFile.state);
  });
});
