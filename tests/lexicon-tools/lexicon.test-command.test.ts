/** `yuqing lexicon test`: the examples as tests, failures with their place and evidence. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';

describe('yuqing lexicon test', () => {
  it('passes a lexicon whose examples hold', async () => {
    const io = captureIo();
    expect(await runCli(['lexicon', 'test', TINY_LEXICON], io)).toBe(0);
    expect(io.out()).toMatch(/2 example\(s\), 0 failed — lexicon test-tiny 0\.0\.1 sha256:/);
  });

  it('prints a failing example with file:line and the evidence found, and exits 1', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'yuqing-test-')), 'lex');
    cpSync(TINY_LEXICON, dir, { recursive: true });
    const file = join(dir, 'viewpoints', 'permanent_residency.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('nomatch: [高才通續簽不困難]', 'nomatch: [高才通續簽不困難, 高才通續簽很難]'));
    const io = captureIo();
    expect(await runCli(['lexicon', 'test', dir], io)).toBe(1);
    expect(io.out()).toMatch(/permanent_residency\.yaml:\d+: FAIL pr\.strict_exit nomatch: 高才通續簽很難/);
    expect(io.out()).toContain('evidence: ');
    expect(io.out()).toContain('pr.strict_exit');
    expect(io.err()).toContain('error [E_LEXICON_EXAMPLES]');
  });
});
