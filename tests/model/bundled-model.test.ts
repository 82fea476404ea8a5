/** The bundled models belong to the bundled lexicon, and classify uses them unless told not to. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/analyse.js';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';

const POST = '{"id":"a","platform":"小紅書","text":"高才通续签太难了，宽进严出，大家要提前规划"}\n';

async function classify(args: string[]) {
  const io = captureIo(POST);
  const code = await runCli(['classify', '-', '--workers', '1', '-q', ...args], io);
  return { code, record: JSON.parse(io.out().trim()) as Record<string, unknown>, err: io.err() };
}

describe('bundled models', () => {
  it.each(['models/talent.json', 'models/talent-dev.json'])('%s was trained with the bundled lexicon (retrain after editing it)', (file) => {
    const model = JSON.parse(readFileSync(file, 'utf8')) as { lexicon: { hash: string } };
    expect(model.lexicon.hash).toBe(loadClassifier().lexicon.data.hash);
  });

  it('classify tags with the bundled model by default, and with the lexicon alone on --no-model', async () => {
    const hybrid = await classify([]);
    expect(hybrid.code).toBe(0);
    expect(hybrid.record.model).toBeDefined();
    const lexiconOnly = await classify(['--no-model']);
    expect(lexiconOnly.record.model).toBeUndefined();
    expect(lexiconOnly.record.viewpoints).toContain('pr.strict_exit');
  });

  it('hybrid tagging on worker threads gives the same bytes as on one thread', async () => {
    const run = async (workers: string) => {
      const io = captureIo();
      expect(await runCli(['classify', 'corpora/talent/sample.jsonl', '--workers', workers, '-q'], io)).toBe(0);
      return io.out();
    };
    const one = await run('1');
    expect(one).toContain('"model":');
    expect(await run('2')).toBe(one);
  });

  it('another lexicon is never paired with the bundled model', async () => {
    const other = await classify(['--lexicon', TINY_LEXICON]);
    expect(other.record.model).toBeUndefined();
  });
});
