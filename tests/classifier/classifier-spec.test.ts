/** One classifier spec for the CLI and the library: the same default tagger, 'none' for the lexicon alone, and checked specs. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse, classify } from '../../src/analyse.js';
import { runCli } from '../../src/cli/program.js';
import { isYuqingError } from '../../src/errors.js';
import type { Classified, Post } from '../../src/records.js';
import { describeTagger } from '../../src/classifier/choose-model.js';
import { parseClassifierSpec } from '../../src/classifier/classifier-spec.js';
import { loadClassifier, workerSpec } from '../../src/classifier/load-classifier.js';
import { captureIo } from '../helpers.js';

// Posts the bundled model tags otherwise than the lexicon alone does.
const POSTS: Post[] = [
  { id: 'p1', platform: '小紅書', text: '一個人的學歷，帶走一家人的身份，這買賣划算' },
  { id: 'p2', platform: 'LIHKG', text: '有議員要求檢討人才計劃，不少申請人擔心政策好快會收緊' },
  { id: 'p3', text: '老家表哥靠高才通把俩娃都弄去香港读书了，以后考大学不用跟河南考生卷，羡慕' },
];

const labels = (records: readonly Classified[]) =>
  records.map(({ id, region, relevant, topics, viewpoints, polarity }) => ({ id, region, relevant, topics, viewpoints, polarity }));

const dir = mkdtempSync(join(tmpdir(), 'yuqing-spec-'));
const input = join(dir, 'posts.jsonl');
writeFileSync(input, POSTS.map((p) => `${JSON.stringify(p)}\n`).join(''));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cliClassify(...extra: string[]) {
  const output = join(dir, `out${extra.join('')}.jsonl`);
  const io = captureIo();
  expect(await runCli(['classify', input, '-o', output, '-q', ...extra], io)).toBe(0);
  const records = readFileSync(output, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Classified);
  const manifest = JSON.parse(readFileSync(`${output}.manifest.json`, 'utf8')) as { tagger: unknown };
  return { records, tagger: manifest.tagger, stderr: io.err() };
}

describe('a classifier spec', () => {
  it("by default tags in the library as `yuqing classify` does: hybrid, with the study's model", async () => {
    const loaded = loadClassifier();
    expect(loaded.record.method).toBe('hybrid');
    const cli = await cliClassify();
    expect(labels([...classify(POSTS)])).toEqual(labels(cli.records));
    expect(labels(analyse(POSTS).records)).toEqual(labels(cli.records));
    expect(loaded.record).toEqual(cli.tagger);
    expect(cli.stderr).toContain(`${describeTagger(loaded.record)}\n`);
  });

  it("with model 'none' tags with the lexicon alone, as --no-model does", async () => {
    const alone = loadClassifier({ model: 'none' });
    expect(alone.record).toMatchObject({ method: 'lexicon', model: false });
    const cli = await cliClassify('--no-model');
    const records = [...classify(POSTS, alone)];
    expect(labels(records)).toEqual(labels(cli.records));
    expect(alone.record).toEqual(cli.tagger);
    // And these posts are tagged otherwise by the hybrid tagger: the spec's model is what decides.
    expect(labels(records)).not.toEqual(labels([...classify(POSTS, loadClassifier())]));
  });

  it('is checked: an unknown field, an unknown model choice or an empty path is E_CLASSIFIER_SPEC naming the field', () => {
    const failure = (value: unknown) => {
      try {
        parseClassifierSpec(value);
      } catch (error) {
        if (isYuqingError(error)) return { code: error.code, field: error.context.field, message: error.message };
        throw error;
      }
      return undefined;
    };
    expect(failure({ studyDir: 'studies/talent' })).toMatchObject({ code: 'E_CLASSIFIER_SPEC', field: 'studyDir' });
    expect(failure({ model: 'latest' })).toMatchObject({ code: 'E_CLASSIFIER_SPEC', field: 'model' });
    expect(failure({ model: { path: '' } })).toMatchObject({ code: 'E_CLASSIFIER_SPEC', field: 'model.path' });
    expect(failure({ model: { path: '' } })?.message).toMatch(/^classifier spec field "model\.path": .*expected \{ study\?: folder/);
    expect(() => loadClassifier({ lexicon: 42 } as never)).toThrow(/classifier spec field "lexicon"/);
    expect(failure({ study: 'studies/talent', model: { path: 'studies/talent/model.json' } })).toBeUndefined();
  });

  it("is handed to worker threads with the model already chosen: the file that runs, or 'none'", () => {
    const hybrid = loadClassifier();
    expect(workerSpec(hybrid.spec, hybrid)).toEqual({ model: { path: hybrid.model!.path } });
    const alone = loadClassifier({ model: 'none' });
    expect(workerSpec(alone.spec, alone)).toEqual({ model: 'none' });
    // What a thread loads from it tags as the main thread does.
    const again = loadClassifier(workerSpec(hybrid.spec, hybrid));
    expect(labels([...classify(POSTS, again)])).toEqual(labels([...classify(POSTS, hybrid)]));
  });
});
