/** The bundled model tags beside the bundled lexicon, any copy and any edit of it; the run says so. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildClassifier } from '../../src/classifier/load-classifier.js';
import { runCli } from '../../src/cli/program.js';
import { captureIo, TINY_LEXICON } from '../helpers.js';

const POST = '{"id":"a","platform":"小紅書","text":"高才通续签太难了，宽进严出，大家要提前规划"}\n';
const work = mkdtempSync(join(tmpdir(), 'yuqing-bundled-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function classify(args: string[], input = POST) {
  const io = captureIo(input);
  const code = await runCli(['classify', '-', '--workers', '1', '-q', ...args], io);
  const out = io.out().trim();
  return { code, records: out === '' ? [] : out.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>), err: io.err() };
}

const labels = (r: Record<string, unknown>) => ({ relevant: r.relevant, topics: r.topics, viewpoints: r.viewpoints, polarity: r.polarity });

describe('bundled model', () => {
  it('studies/talent/model.json was trained with the bundled lexicon', () => {
    const model = JSON.parse(readFileSync('studies/talent/model.json', 'utf8')) as { lexicon: { hash: string } };
    expect(model.lexicon.hash).toBe(buildClassifier().lexicon.data.hash);
  });

  it('classify tags with the bundled model by default, with the lexicon alone on --no-model, and says which on stderr', async () => {
    const hybrid = await classify([]);
    expect(hybrid.code).toBe(0);
    expect(hybrid.records[0]!.model).toBeDefined();
    expect(hybrid.err).toMatch(
      /tagging: hybrid \(lexicon \+ model\) — lexicon bundled: studies\/talent\/lexicon .*model bundled: studies\/talent\/model\.json/,
    );
    const lexiconOnly = await classify(['--no-model']);
    expect(lexiconOnly.records[0]!.model).toBeUndefined();
    expect(lexiconOnly.err).toMatch(/tagging: lexicon alone/);
  });

  it('an unedited copy of the lexicon passed with --lexicon gives the same labels as the bundled one', async () => {
    const copy = join(work, 'copy');
    cpSync('studies/talent/lexicon', copy, { recursive: true });
    const sample = readFileSync('studies/talent/corpus/sample.jsonl', 'utf8').split('\n').slice(0, 120).join('\n');
    const bundled = await classify([], sample);
    const copied = await classify(['--lexicon', copy], sample);
    expect(copied.err).toMatch(/tagging: hybrid/);
    expect(copied.records.map(labels)).toEqual(bundled.records.map(labels));
  });

  it('an edited copy keeps the model, which sees the new cue through its label, and the manifest records both files', async () => {
    const edited = join(work, 'edited');
    cpSync('studies/talent/lexicon', edited, { recursive: true });
    appendFileSync(join(edited, 'lexicon.yaml'), '\n# edited\n');
    const out = join(work, 'out.jsonl');
    const run = await classify(['--lexicon', edited, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/note: the model was trained with lexicon/);
    const manifest = JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8')) as {
      tagger: { method: string; study: { dir: string; id: string; version: string; hash: string }; model: { lexiconChanged: boolean; file: string } };
    };
    expect(manifest.tagger.method).toBe('hybrid');
    expect(manifest.tagger.model).toMatchObject({ file: 'bundled: studies/talent/model.json', lexiconChanged: true });
    expect(manifest.tagger.study).toMatchObject({ dir: 'bundled: studies/talent', id: 'talent', version: '1.0.0' });
    expect(manifest.tagger.study.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('hybrid tagging on worker threads gives the same bytes as on one thread', async () => {
    const run = async (workers: string) => {
      const io = captureIo();
      expect(await runCli(['classify', 'studies/talent/corpus/sample.jsonl', '--workers', workers, '-q'], io)).toBe(0);
      return io.out();
    };
    const one = await run('1');
    expect(one).toContain('"model":');
    expect(await run('2')).toBe(one);
  });

  it("a lexicon with other labels than the model's runs alone, and says why", async () => {
    const other = await classify(['--lexicon', TINY_LEXICON]);
    expect(other.records[0]!.model).toBeUndefined();
    expect(other.err).toMatch(/labels this lexicon does not define/);
  });
});
