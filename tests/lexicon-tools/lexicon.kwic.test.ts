/** Keyword in context: found in both scripts, shown in each post's own script. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program.js';
import { kwicLines } from '../../src/lexicon-tools/kwic.js';
import { normaliseTerm, normaliseText } from '../../src/text/normalise.js';
import { captureIo, FIXTURES } from '../helpers.js';

describe('kwic', () => {
  it('finds a term written in one script in text of the other, with offsets into the original', () => {
    const text = '老公高才通續簽，公司地址係虛擬辦公室，入境處會唔會查？';
    const [line] = kwicLines('p1', normaliseText(text), normaliseTerm('虚拟办公室'), 4);
    expect(line).toMatchObject({ id: 'p1', match: '虛擬辦公室', left: '公司地址係'.slice(1), right: '，入境處' });
    expect(text.slice(line!.start, line!.end)).toBe('虛擬辦公室');
  });

  it('yuqing kwic lists every occurrence in both scripts and says whether the term is a cue', async () => {
    const io = captureIo();
    const code = await runCli(['kwic', '虛擬辦公室', '--corpus', join(FIXTURES, 'lexicon-walkthrough', 'dump.jsonl'), '--window', '6'], io);
    expect(code).toBe(0);
    const out = io.out();
    expect(out).toContain('w01');
    expect(out).toContain('【虚拟办公室】');
    expect(out).toContain('【虛擬辦公室】');
    expect(out).toMatch(/9 line\(s\) in 14 posts .* is not in the lexicon — lexicon hk-talent/);
  });

  it('--format json carries the lexicon identity', async () => {
    const io = captureIo();
    await runCli(['kwic', '續簽', '--corpus', join(FIXTURES, 'lexicon-walkthrough', 'dump.jsonl'), '--format', 'json'], io);
    const json = JSON.parse(io.out()) as { lexicon: { hash: string }; inLexicon: string[]; lines: unknown[] };
    expect(json.lexicon.hash).toMatch(/^sha256:/);
    expect(json.inLexicon.length).toBeGreaterThan(0);
    expect(json.lines.length).toBeGreaterThan(5);
  });
});
