/**
 * A study's own stop words (study.yaml `stopwords:`) are added to the shared lists of key terms and
 * theme words, for that study only; a bad file is refused at its line.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termTokeniser } from '../../src/aggregate/terms.js';
import { buildClassifier } from '../../src/classifier/load-classifier.js';
import { runCli } from '../../src/cli/program.js';
import { isYuqingError } from '../../src/errors.js';
import { PACKAGE_ROOT } from '../../src/io/bundled/lexicon-files.js';
import { readStopList, readThemeStopList } from '../../src/io/bundled/report-data.js';
import { loadStudy } from '../../src/study/load.js';
import { captureIo } from '../helpers.js';

const TALENT = join(PACKAGE_ROOT, 'studies', 'talent');

function stopWordsFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'yuqing-stopwords-')), 'stopwords.yaml');
  writeFileSync(file, content);
  return file;
}

/** A study naming the bundled study's files, with `stopwords:` added. */
function studyWithStopWords(words: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-study-stopwords-'));
  const at = (name: string) => JSON.stringify(join(TALENT, name));
  const study = [
    'id: talent-own-stopwords',
    'version: 0.0.1',
    'names: {zh-Hant: 測試, zh-Hans: 测试, en: test}',
    'description: The bundled study with stop words of its own.',
    'taxonomy: taxonomy.yaml',
    `lexicon: ${at('lexicon')}`,
    `platforms: ${at('platforms.yaml')}`,
    `model: ${at('model.json')}`,
    'stopwords: stopwords.yaml',
  ];
  writeFileSync(join(dir, 'study.yaml'), `${study.join('\n')}\n`);
  copyFileSync(join(TALENT, 'taxonomy.yaml'), join(dir, 'taxonomy.yaml'));
  writeFileSync(join(dir, 'stopwords.yaml'), `words:\n${words.map((w) => `  - ${w}\n`).join('')}`);
  return dir;
}

describe("a study's own stop words", () => {
  it('are added to the key-term stop list, and only for that study', () => {
    const file = stopWordsFile('note: subject words\nwords:\n  - 續簽\n');
    const shared = readStopList();
    const own = readStopList({ stopwordsFile: file });
    expect(own.words).toEqual([...shared.words, '續簽']);
    expect(own.min_length).toBe(shared.min_length);
    const classifier = buildClassifier();
    const terms = (list: typeof shared) => termTokeniser(classifier, list)('高才通續簽材料交了三輪').map((t) => t.surface);
    expect(terms(shared)).toContain('續簽');
    expect(terms(own)).not.toContain('續簽');
  });

  it('are added to the theme stop list too, and their spelling variants to the key terms', () => {
    const file = stopWordsFile('words: [永居]\nvariants:\n  身分: 身份\n');
    expect(readThemeStopList({ stopwordsFile: file }).words).toContain('永居');
    expect(readThemeStopList().words).not.toContain('永居');
    expect(readStopList({ stopwordsFile: file }).variants).toMatchObject({ 身分: '身份', ...readStopList().variants });
  });

  it("are part of the study's hash, which manifests record: other words, another hash", () => {
    expect(loadStudy(studyWithStopWords(['材料'])).hash).not.toBe(loadStudy(studyWithStopWords(['審批'])).hash);
  });

  it('are refused when malformed, naming the file and line', () => {
    const file = stopWordsFile('words:\n  - 續簽\n  - [a, b]\n');
    let caught: unknown;
    try {
      readStopList({ stopwordsFile: file });
    } catch (error) {
      caught = error;
    }
    expect(isYuqingError(caught) && caught.code).toBe('E_STUDY_SCHEMA');
    expect(isYuqingError(caught) && caught.message).toContain(file);
    expect(isYuqingError(caught) && (caught.context as { line?: number }).line).toBe(3);
  });

  it('leave the report of a study that names them: its key terms no longer list the word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-stopwords-run-'));
    const input = join(dir, 'posts.jsonl');
    // Hong Kong and Mainland posts on one topic, a word only the Hong Kong ones use: a key term of theirs.
    const posts = Array.from({ length: 16 }, (_, i) => ({
      id: `p${i}`,
      platform: i % 2 === 0 ? 'LIHKG' : '微博',
      text: i % 2 === 0 ? `高才通續簽又要補交材料，第${i}次了，真係煩` : `高才通续签还在排队等审批，第${i}天了`,
    }));
    writeFileSync(input, posts.map((p) => `${JSON.stringify(p)}\n`).join(''));
    const classified = join(dir, 'classified.jsonl');
    expect(await runCli(['classify', input, '-o', classified, '-q'], captureIo())).toBe(0);
    const keyTerms = async (study: string[]) => {
      const out = join(dir, `report${study.length}.json`);
      expect(await runCli(['report', classified, '--format', 'json', '-o', out, ...study], captureIo())).toBe(0);
      return (JSON.parse(readFileSync(out, 'utf8')) as { key_terms: { term: string }[] }).key_terms.map((t) => t.term);
    };
    const before = await keyTerms([]);
    expect(before).toContain('材料');
    const after = await keyTerms(['--study', studyWithStopWords(['材料'])]);
    expect(after).not.toContain('材料');
    expect(after.length).toBeGreaterThan(0);
  });
});
