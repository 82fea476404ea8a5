/** jieba's HMM for characters the dictionary leaves single, held to nodejieba's `cut(text, true)`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeSupplementedDictionary } from '../../src/io/bundled/segmenter-dictionary.js';
import { cutStretch, isDictionaryWord, type WordModel } from '../../src/segment/dictionary-cut.js';
import { cutHanRun } from '../../src/segment/han-run.js';
import { hmmKnows } from '../../src/segment/hmm.js';
import { buildSegmenterModel } from '../../src/segment/jieba.js';
import { createSegmenterScratch } from '../../src/segment/scratch.js';
import { normaliseText } from '../../src/text/normalise.js';
import { nativeCutHmm } from './native-jieba.js';

const corpusTexts = (file: string) =>
  readFileSync(new URL(`../../studies/talent/corpus/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);

const pieces = (text: string, starts: readonly number[]) => starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));

function cut(text: string, model: ReturnType<typeof buildSegmenterModel>): string[] {
  const starts: number[] = [];
  cutHanRun(text, 0, text.length, model.words, model.hmm, createSegmenterScratch(), starts);
  return pieces(text, starts);
}

/** Python jieba leaves a stretch of single characters alone when the stretch is a dictionary word; cppjieba does not. */
function singlesFormAWord(run: string, words: WordModel): boolean {
  const starts: number[] = [];
  cutStretch(run, 0, run.length, words, createSegmenterScratch(), starts);
  const single = (k: number) => (starts[k + 1] ?? run.length) - starts[k]! === 1;
  for (let k = 0; k < starts.length; ) {
    let last = k;
    while (single(k) && last + 1 < starts.length && single(last + 1)) last++;
    if (last > k && isDictionaryWord(run, starts[k]!, starts[last]! + 1, words)) return true;
    k = last + 1;
  }
  return false;
}

describe("jieba's HMM", () => {
  const dictionary = writeSupplementedDictionary([]);
  const files = dictionary.files();
  // As jieba has it: no characters kept single.
  const jieba = buildSegmenterModel({ ...files, rules: { ...files.rules, hmm_single_frequency: undefined } });

  it('cuts every Han run of the bundled posts (dev and sample) as nodejieba.cut(text, true) does', () => {
    const texts = ['dev.jsonl', 'sample.jsonl'].flatMap(corpusTexts);
    let compared = 0;
    const differ: string[] = [];
    for (const text of [...texts, ...texts.map((t) => normaliseText(t).text)]) {
      for (const [run] of text.matchAll(/[\u4e00-\u9fff]+/g)) {
        // Where the two jiebas differ by design: a character the model does not know (both feed it
        // to the Viterbi with log 0, which ties every path; we keep it single), and Python's rule above.
        if (![...run].every((c) => hmmKnows(jieba.hmm!, c.charCodeAt(0))) || singlesFormAWord(run, jieba.words)) continue;
        compared++;
        const ours = cut(run, jieba).join('|');
        const reference = nativeCutHmm(dictionary, run).join('|');
        if (ours !== reference) differ.push(`${ours} ≠ ${reference}`);
      }
    }
    expect(compared).toBeGreaterThan(50000);
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('finds a name the dictionary does not know', () => {
    expect(cut('李飞飞来到香港', jieba)).toEqual(['李飞飞', '来到', '香港']);
    expect(cut('李飞飞来到香港', { ...jieba, hmm: null })).toEqual(['李', '飞', '飞', '来到', '香港']);
  });

  it("leaves single a stretch of single characters that is itself a dictionary word (Python jieba's rule)", () => {
    // The supplement demotes 这个 so that the dictionary cuts 这|个; the HMM must not join it again.
    expect(cut('这个', jieba)).toEqual(['这', '个']);
  });

  it("keeps single the characters jieba's dictionary counts often as words alone (hmm_single_frequency)", () => {
    const guarded = buildSegmenterModel(files);
    expect(files.rules.hmm_single_frequency).toBeGreaterThan(0);
    expect(cut('我要续签', jieba)).toEqual(['我要', '续签']);
    expect(cut('我要续签', guarded)).toEqual(['我', '要', '续签']);
  });

  it("keeps single the lexicon's one-character terms, so that they still match", () => {
    const plain = buildSegmenterModel({ ...files, rules: { ...files.rules, hmm_single_frequency: undefined } });
    const kept = buildSegmenterModel({ ...files, singles: ['快', '慢'], rules: { ...files.rules, hmm_single_frequency: undefined } });
    expect(cut('批得快', plain)).toEqual(['批得', '快']);
    expect(cut('审得慢', plain)).toEqual(['审得慢']);
    expect(cut('审得慢', kept)).toEqual(['审得', '慢']);
  });
});
