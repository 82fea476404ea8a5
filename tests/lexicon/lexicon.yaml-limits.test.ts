/** Lexicon YAML from colleagues: aliases, size and depth are bounded, each a lexicon error naming file:line, never a crash. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { YAML_LIMITS } from '../../src/yaml-source.js';
import { captureIo, FIXTURES, TINY_LEXICON } from '../helpers.js';

/** A copy of the tiny lexicon with one file replaced, classified through the CLI. */
async function classifyWith(name: string, content: string) {
  const lexicon = mkdtempSync(join(tmpdir(), 'yuqing-yaml-limits-'));
  cpSync(TINY_LEXICON, lexicon, { recursive: true });
  writeFileSync(join(lexicon, name), content);
  const io = captureIo();
  const code = await runCli(['classify', join(FIXTURES, 'posts.jsonl'), '--workers', '1', '-q', '--lexicon', lexicon], io);
  return { code, err: io.err().replace(lexicon, 'LEX') };
}

const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');

describe('lexicon YAML limits', () => {
  it('an alias bomb is a lexicon error naming the file and the line of its first alias', async () => {
    const r = await classifyWith('segmenter.yaml', `${ALIAS_BOMB}\n`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error \[E_LEXICON_YAML\]: LEX\/segmenter\.yaml:2:8: the aliases/);
    expect(r.err).not.toContain('internal error');
  });

  it('more aliases than a lexicon may have is refused before they are expanded', async () => {
    const many = `words: &w [x]\nall: [${Array.from({ length: YAML_LIMITS.maxAliases + 1 }, () => '*w').join(', ')}]\n`;
    const r = await classifyWith('segmenter.yaml', many);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/LEX\/segmenter\.yaml:2:\d+: the file uses 101 aliases/);
  });

  it('entries nested deeper than a lexicon may be are refused at their line', async () => {
    const deep = `words:\n  - ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const r = await classifyWith('segmenter.yaml', deep);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/LEX\/segmenter\.yaml:2:\d+: (the entries nest deeper|this is not valid YAML)/);
    const valid = `words:\n  - ${'['.repeat(YAML_LIMITS.maxDepth)}${']'.repeat(YAML_LIMITS.maxDepth)}\n`;
    expect((await classifyWith('segmenter.yaml', valid)).err).toMatch(
      /LEX\/segmenter\.yaml:2:\d+: the entries nest deeper than a lexicon file may \(32 levels\)/,
    );
  });

  it('a file larger than a lexicon file may be is refused naming it', async () => {
    const r = await classifyWith('segmenter.yaml', `words:\n${'  - 高才通\n'.repeat(YAML_LIMITS.maxBytes / 10)}`);
    expect(r.code).toBe(1);
    expect(r.err).toContain('LEX/segmenter.yaml:1:1: the file is');
  });
});
