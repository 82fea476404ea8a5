/** Sharding: aggregate each shard, merge the partial states: exactly the one-run report. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';

async function cli(args: string[]) {
  const io = captureIo();
  const code = await runCli([...args, '--lexicon', TINY_LEXICON], io);
  return { code, out: io.out(), err: io.err() };
}

describe('yuqing aggregate and report --merge', () => {
  it.each(['md', 'json', 'csv', 'html'])('merging shards gives the one-run %s report, byte for byte', async (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-merge-'));
    const all = join(dir, 'all.jsonl');
    expect((await cli(['classify', 'tests/fixtures/posts.jsonl', '-o', all, '--workers', '1', '-q'])).code).toBe(0);
    const lines = readFileSync(all, 'utf8').trim().split('\n');
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, `${lines.slice(0, 5).join('\n')}\n`);
    writeFileSync(b, `${lines.slice(5).join('\n')}\n`);
    const design = ['--window', '2024-10..2024-12', '--window', '2025-03..2025-07', '--sample', '0.8', '--seed', '3'];
    expect((await cli(['aggregate', a, '-o', join(dir, 'a.part.json'), ...design])).code).toBe(0);
    expect((await cli(['aggregate', b, '-o', join(dir, 'b.part.json'), ...design])).code).toBe(0);
    const merged = await cli(['report', '--merge', join(dir, 'a.part.json'), join(dir, 'b.part.json'), '--format', format]);
    const whole = await cli(['report', a, b, '--format', format, ...design]);
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(whole.out);
  });

  it('refuses partials made with another lexicon, and study options given to the merge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-merge-'));
    const part = join(dir, 'p.json');
    const all = join(dir, 'all.jsonl');
    await cli(['classify', 'tests/fixtures/posts.jsonl', '-o', all, '--workers', '1', '-q']);
    await cli(['aggregate', all, '-o', part]);
    const io = captureIo();
    expect(await runCli(['report', '--merge', part], io)).toBe(1);
    expect(io.err()).toContain('E_MERGE_MISMATCH');
    const withWindow = await cli(['report', '--merge', part, '--window', '2024-10..2024-12']);
    expect(withWindow.code).toBe(1);
    expect(withWindow.err).toContain('give --sample, --from, --to, --window and --dedup to yuqing aggregate');
  });
});
