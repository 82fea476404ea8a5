import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';

async function run(args: string[], stdin = '') {
  const io = captureIo(stdin);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('yuqing CLI', () => {
  it.each(['classify', 'report', 'analyse', 'convert', 'segment', 'evaluate'])('%s --help shows examples', async (command) => {
    const { code, out } = await run([command, '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Examples:');
  });

  it('an unknown option is a usage error (exit 2) with a suggestion', async () => {
    const { code, err } = await run(['report', 'x.jsonl', '--fromat', 'md']);
    expect(code).toBe(2);
    expect(err).toContain("unknown option '--fromat'");
    expect(err).toContain('--format');
  });

  it('convert writes one line per input line', async () => {
    const { code, out } = await run(['convert', '--to', 'hk'], '高才通续签\n\n转永居\n');
    expect(code).toBe(0);
    expect(out).toBe('高才通續簽\n\n轉永居\n');
  });

  it('convert rejects an unknown script with a plain sentence', async () => {
    const { code, err } = await run(['convert', '--to', 'klingon'], 'x\n');
    expect(code).toBe(1);
    expect(err).toContain('error [E_OPTION]: --to klingon: expected one of hans, hant, hk, tw.');
  });

  it('segment keeps lexicon terms whole and the input script', async () => {
    const { code, out } = await run(['segment', '--lexicon', TINY_LEXICON], '高才通續簽好難\n高才通续签好难\n');
    expect(code).toBe(0);
    const [hant, hans] = out.trim().split('\n');
    expect(hant!.split(' ')).toEqual(expect.arrayContaining(['高才通', '續簽']));
    expect(hans!.split(' ')).toEqual(expect.arrayContaining(['高才通', '续签']));
  });

  it('report refuses a file that is not classified output, naming file, line and field', async () => {
    const { code, err } = await run(['report', 'tests/fixtures/posts.jsonl', '--lexicon', TINY_LEXICON]);
    expect(code).toBe(1);
    expect(err).toMatch(/E_CLASSIFIED_PARSE\]: tests\/fixtures\/posts.jsonl line 1: field "region"/);
  });
});
