/**
 * `yuqing study init` and `yuqing study check`, in-process: a new study checks clean; a planted
 * error in any file the study names is reported at its place and exits 1; the bundled studies
 * check clean.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { PACKAGE_ROOT } from '../../src/io/bundled/lexicon-files.js';
import { checkCorpusLabels } from '../../src/study/check/corpus-labels.js';
import { loadStudy } from '../../src/study/load.js';
import { captureIo } from '../helpers.js';

async function study(...args: string[]) {
  const io = captureIo();
  const code = await runCli(['study', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** A new study written by `study init` into a fresh temporary folder. */
async function newStudy(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'yuqing-study-')), 'my-study');
  const { code } = await study('init', dir);
  expect(code).toBe(0);
  return dir;
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('yuqing study init', () => {
  it('writes a study that study check passes with no errors', async () => {
    const dir = await newStudy();
    const { code, out } = await study('check', dir);
    expect(out).toMatch(/: 0 error\(s\), 0 warning\(s\)\n$/);
    expect(code).toBe(0);
    expect(loadStudy(dir).taxonomy.topics.length).toBeGreaterThan(0);
  });

  it('refuses a folder that already holds files, and leaves them alone', async () => {
    const dir = await newStudy();
    writeFileSync(join(dir, 'study.yaml'), 'mine\n');
    const { code, err } = await study('init', dir);
    expect(code).toBe(1);
    expect(err).toMatch(/not an empty folder/);
    expect(readFileSync(join(dir, 'study.yaml'), 'utf8')).toBe('mine\n');
  });
});

describe('yuqing study check: planted errors are reported at their place', () => {
  it('an unknown viewpoint in a corpus record: file:line:col and exit 1', async () => {
    const dir = await newStudy();
    replaceIn(join(dir, 'study.yaml'), '# corpus: corpus', 'corpus: corpus');
    const [viewpoint] = loadStudy(dir).taxonomy.viewpoints;
    const good = { id: 'a', text: 't', viewpoints: [viewpoint] };
    const bad = { id: 'b', text: 't', viewpoints: [viewpoint, 'zz.not_a_view'] };
    mkdirFor(join(dir, 'corpus', 'dev.jsonl'), `${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`);
    const { code, out } = await study('check', dir);
    expect(code).toBe(1);
    const column = JSON.stringify(bad).indexOf('"zz.not_a_view"') + 1;
    expect(out).toContain(`corpus/dev.jsonl:2:${column}: error [E_CORPUS_LABEL] viewpoints[1] is "zz.not_a_view"`);
    expect(out).toMatch(/: 1 error\(s\)/);
  });

  it('a lexicon viewpoint outside the taxonomy: the lint finding at its line, exit 1', async () => {
    const dir = await newStudy();
    const [topic] = loadStudy(dir).taxonomy.topics;
    const file = join(dir, 'lexicon', 'viewpoints', `${topic}.yaml`);
    const line = readFileSync(file, 'utf8').split('\n').length;
    appendFileSync(file, `zz.elsewhere:\n  topic: ${topic}\n  cues: []\n`);
    const { code, out } = await study('check', dir);
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`viewpoints/${topic}\\.yaml:${line}:1: error \\[lint\\.schema\\] .*zz\\.elsewhere is not a viewpoint ID`));
  });

  it('a broken YAML line in taxonomy.yaml: file:line:col with E_STUDY_YAML, exit 1', async () => {
    const dir = await newStudy();
    const file = join(dir, 'taxonomy.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('polarities:'));
    lines[at] = 'polarities: [positive, negative';
    writeFileSync(file, lines.join('\n'));
    const { code, out } = await study('check', dir);
    expect(code).toBe(1);
    expect(out).toMatch(/taxonomy\.yaml:\d+:\d+: error \[E_STUDY_YAML\]/);
  });

  it('a platform mapped to a region the taxonomy lacks: an error naming the platform table', async () => {
    const dir = await newStudy();
    const file = join(dir, 'platforms.yaml');
    const line = readFileSync(file, 'utf8').split('\n').length;
    appendFileSync(file, '  elsewhere_forum: {region: atlantis, names: [Elsewhere]}\n');
    const { code, out } = await study('check', dir);
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`platforms\\.yaml:${line}:21: error \\[E_\\w+\\] at platforms\\.elsewhere_forum\\.region: .*expected one of`));
  });

  it('a model trained on other labels is an error; a missing model file is a warning', async () => {
    const dir = await newStudy();
    replaceIn(join(dir, 'study.yaml'), '# model: model.json', 'model: model.json');
    const missing = await study('check', dir);
    expect(missing.code).toBe(0);
    expect(missing.out).toMatch(/model\.json: warning \[W_MODEL_MISSING\]/);
    writeFileSync(join(dir, 'model.json'), readFileSync(join(PACKAGE_ROOT, 'studies', 'talent', 'model.json')));
    const other = await study('check', dir);
    expect(other.code).toBe(1);
    expect(other.out).toMatch(/model\.json: error \[E_MODEL\] heads for labels not in the taxonomy/);
  });
});

describe('checkCorpusLabels', () => {
  it('checks the readings nested in an annotation record and stops listing after the limit', () => {
    const taxonomy = loadStudy(join(PACKAGE_ROOT, 'studies', 'talent')).taxonomy;
    const record = { id: 'x', final: { topics: ['no_such_topic'], polarity: 'sideways' } };
    const text = Array.from({ length: 3 }, () => JSON.stringify(record)).join('\n');
    const findings = checkCorpusLabels(taxonomy, 'a.jsonl', text, 2);
    expect(findings.filter((f) => f.place.line === 1).map((f) => f.message.split(' ')[0])).toEqual(['final.topics[0]', 'final.polarity']);
    expect(findings.at(-1)?.message).toMatch(/^1 more record/);
  });
});

describe('the bundled studies check clean', () => {
  for (const name of ['talent', 'global_talent']) {
    it(`studies/${name}: 0 errors, exit 0`, async () => {
      const { code, out } = await study('check', join(PACKAGE_ROOT, 'studies', name));
      expect(out).toMatch(/: 0 error\(s\), \d+ warning\(s\)\n$/);
      expect(code).toBe(0);
    }, 120_000);
  }
});

function mkdirFor(file: string, content: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
}
