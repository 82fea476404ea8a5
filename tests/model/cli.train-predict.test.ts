import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';
import { STANCE } from './fixtures.js';

describe('yuqing train and predict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-train-'));
  const gold = join(dir, 'coded.csv');
  writeFileSync(gold, `id,內容,stance\n${STANCE.map((s) => `${s.id},${s.text},${s.label}`).join('\n')}\n`);

  it('trains a generic model, byte-identical twice, and predicts label and probability per record', async () => {
    const args = (out: string) => [
      'train',
      '--gold',
      gold,
      '--label-field',
      'stance',
      '--text-field',
      '內容',
      '--min-df',
      '1',
      '-o',
      out,
      '--lexicon',
      TINY_LEXICON,
    ];
    expect(await runCli(args(join(dir, 'm1.json')), captureIo())).toBe(0);
    expect(await runCli(args(join(dir, 'm2.json')), captureIo())).toBe(0);
    expect(readFileSync(join(dir, 'm1.json'), 'utf8')).toBe(readFileSync(join(dir, 'm2.json'), 'utf8'));
    const io = captureIo();
    expect(await runCli(['predict', '--model', join(dir, 'm1.json'), gold, '-o', join(dir, 'p.jsonl'), '--lexicon', TINY_LEXICON], io)).toBe(0);
    const rows = readFileSync(join(dir, 'p.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { stance: string; predicted: string; probability: number });
    expect(rows).toHaveLength(STANCE.length);
    for (const r of rows) {
      expect(r.predicted).toBe(r.stance);
      expect(r.probability).toBeGreaterThan(0.5);
    }
    expect(io.err()).toContain('read 6 = classified 6 + rejected 0');
  });

  it('refuses a taxonomy-less label column with one value, naming the field', async () => {
    const one = join(dir, 'one.csv');
    writeFileSync(one, 'id,text,stance\na,白票,for\nb,支持,for\n');
    const io = captureIo();
    expect(await runCli(['train', '--gold', one, '--label-field', 'stance', '-o', join(dir, 'x.json'), '--lexicon', TINY_LEXICON], io)).toBe(1);
    expect(io.err()).toMatch(/error \[E_TRAINING_DATA\]: .*"stance" has 1 distinct value/);
  });

  it('predict refuses a model file that is not a model', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"other"}');
    const io = captureIo();
    expect(await runCli(['predict', '--model', bad, gold, '--lexicon', TINY_LEXICON], io)).toBe(1);
    expect(io.err()).toContain('error [E_MODEL]');
  });

  it('evaluate --cv rejects a fold count it cannot use', async () => {
    const io = captureIo();
    expect(await runCli(['evaluate', 'studies/talent/corpus/dev.jsonl', '--cv', '1', '--lexicon', TINY_LEXICON], io)).toBe(1);
    expect(io.err()).toContain('error [E_OPTION]: --cv 1');
  });
});
