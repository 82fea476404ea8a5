/**
 * The README's "Extending the lexicons" walkthrough, run as written: the sh block is read from
 * README.md and every command runs in-process, with my-lexicon and classified.jsonl in a temp
 * folder and the edit the README describes applied after the copy.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo } from '../helpers.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function walkthroughCommands(): string[] {
  const section = README.slice(README.indexOf('## Extending the lexicons'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The edit of step 3, as the README states it. */
function edit(dir: string): void {
  const file = join(dir, 'viewpoints', 'permanent_residency.yaml');
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('pr.shell_company_crackdown:');
  const head = text.slice(0, at);
  const entry = text
    .slice(at)
    .replace('    - 空殼公司\n', '    - 空殼公司\n    - 虛擬辦公室\n')
    .replace('  examples:\n    match:\n', '  examples:\n    match:\n      - 高才通續簽，公司地址只係一個虛擬辦公室。\n');
  writeFileSync(file, head + entry);
}

describe('README walkthrough: extending the lexicons', () => {
  it('runs every command as written', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'yuqing-walkthrough-'));
    const commands = walkthroughCommands();
    expect(commands.length).toBe(8);
    const outputs: string[] = [];
    for (const command of commands) {
      const argv = command
        .split(/\s+/)
        .map((w) => (w === 'my-lexicon' ? join(tmp, 'my-lexicon') : w === 'classified.jsonl' ? join(tmp, 'classified.jsonl') : w));
      if (argv[0] === 'cp') {
        cpSync(argv[2]!, argv[3]!, { recursive: true });
        edit(argv[3]!);
        continue;
      }
      expect(argv[0]).toBe('yuqing');
      const io = captureIo();
      const code = await runCli(argv.slice(1), io);
      expect(code, `${command}\n${io.err()}`).toBe(0);
      outputs.push(io.out());
    }
    const [kwic, , suggest, lint, test, diff, lexiconDiff] = outputs;
    expect(kwic).toMatch(/9 line\(s\)/);
    expect(suggest).toMatch(/^- (虚拟办公室|虛擬辦公室|虚拟|办公室)$/m);
    expect(lint).toMatch(/0 error\(s\)/);
    expect(test).toMatch(/0 failed/);
    // With the bundled model the label is already there (the model gives it); the lexicon alone gains it on three posts.
    expect(diff).toMatch(/0 post\(s\) change labels/);
    expect(lexiconDiff).toMatch(/3 post\(s\) change labels/);
    for (const line of ['w07 (hk): +pr.shell_company_crackdown', 'w08 (mainland): +pr.shell_company_crackdown', 'w09 (hk): +pr.shell_company_crackdown'])
      expect(lexiconDiff).toContain(line);
  });
});
