/**
 * The mapper of the Hadoop Streaming and Spark recipes (scale-out/map-shard.sh), run as those
 * engines run it: a split of the dump on stdin, a partial state on stdout. Two splits merged give
 * the one-run report (the manifest's inputs aside), also with the trailing tab Hadoop's
 * TextOutputFormat puts after each line of a map-only job's output.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, FIXTURES, TINY_LEXICON } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('scale-out/map-shard.sh', () => {
  it('two splits through the mapper, merged, give the one-run report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-map-shard-'));
    const lines = `${readFileSync(join(FIXTURES, 'posts.jsonl'), 'utf8')}{"id":"bad"\n`.split(/(?<=\n)/);
    const env = { ...process.env, YUQING: `${process.execPath} ${join(ROOT, 'bin', 'yuqing.js')}`, YUQING_LEXICON: TINY_LEXICON };
    const map = (split: string[]) =>
      execFileSync('sh', [join(ROOT, 'scale-out', 'map-shard.sh'), '--window', '2025-03..2025-07'], {
        input: split.join(''),
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
      }).toString();
    const a = join(dir, 'part-m-00000');
    const b = join(dir, 'part-m-00001');
    writeFileSync(a, map(lines.slice(0, 6)));
    // As a map-only Hadoop Streaming job writes it: each line a key with an empty value after a tab.
    writeFileSync(
      b,
      map(lines.slice(6))
        .split('\n')
        .map((line) => (line === '' ? line : `${line}\t`))
        .join('\n'),
    );

    const report = async (args: string[]) => {
      const io = captureIo();
      expect(await runCli([...args, '--lexicon', TINY_LEXICON, '--lang', 'en'], io), io.err()).toBe(0);
      return io
        .out()
        .split('\n')
        .filter((line) => !line.startsWith('| Input |'))
        .join('\n');
    };
    const whole = join(dir, 'whole.jsonl');
    writeFileSync(whole, lines.join(''));
    const classified = join(dir, 'classified.jsonl');
    expect(await runCli(['classify', whole, '-o', classified, '--workers', '1', '-q', '--lexicon', TINY_LEXICON], captureIo())).toBe(0);
    const merged = await report(['report', '--merge', a, b]);
    expect(merged).toContain('| Counts | read 13 = classified 12 + rejected 1 |');
    expect(merged).toBe(await report(['report', classified, '--window', '2025-03..2025-07']));
  }, 120_000); // four processes of yuqing, one after another
});
