/** Suggestions: keyness of words and bigrams in posts with a label against posts without it. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { logLikelihood } from '../../src/aggregate/keyness.js';
import { segmenterOf, writeSegmenterDictionary } from '../../src/io/bundled/segmenter-dictionary.js';
import type { LabelledPost } from '../../src/lexicon-tools/labelled.js';
import { candidateKeys, suggestTerms } from '../../src/lexicon-tools/suggest.js';
import { renderSuggestionsYaml } from '../../src/lexicon-tools/suggest-yaml.js';
import { cutWords } from '../../src/segment/jieba.js';

const plain = segmenterOf(writeSegmenterDictionary([]));
const segment = (text: string) => cutWords(plain, text);

const post = (id: string, text: string, viewpoints: string[] = []): LabelledPost => ({ id, text, relevant: true, topics: [], viewpoints });
const posts = [
  post('a', '公司只係虛擬辦公室，續簽被拒', ['pr.shell_company_crackdown']),
  post('b', '用虚拟办公室注册公司，续签被查', ['pr.shell_company_crackdown']),
  post('c', '虛擬辦公室開公司，入境處會查', ['pr.shell_company_crackdown']),
  post('d', '續簽要提前準備文件'),
  post('e', '續簽好難，寬進嚴出'),
  post('f', '公司請人，續簽順利'),
];
const options = { label: 'pr.shell_company_crackdown', top: 5, minCount: 2, concordance: 2, window: 5 };

describe('lexicon suggest', () => {
  it('G² is zero for equal rates and grows with the difference', () => {
    expect(logLikelihood(10, 10, 100, 100)).toBeCloseTo(0);
    expect(logLikelihood(10, 1, 100, 100)).toBeGreaterThan(logLikelihood(5, 1, 100, 100));
  });

  it('bigrams never cross punctuation', () => {
    expect(candidateKeys(['续签', '被拒', '，', '公司']).map((k) => k.key)).toEqual(['续签', '被拒', '续签被拒', '公司']);
  });

  it("ranks the label's own vocabulary first, merging both scripts, with concordance lines in each post's script", () => {
    const s = suggestTerms(posts, segment, new Map(), options);
    const top = s.candidates[0]!;
    expect(['虚拟', '办公室', '虚拟办公室']).toContain(top.normalised);
    expect(top.target).toEqual({ count: 3, posts: 3 });
    expect(top.reference.count).toBe(0);
    expect(top.lines.some((l) => /[虛辦]/.test(l.match))).toBe(true);
    expect(s.candidates.map((c) => c.normalised)).not.toContain('续签');
  });

  it('leaves out terms already under the label and flags those under others', () => {
    const known = new Map([
      ['虚拟', ['pr.shell_company_crackdown']],
      ['办公室', ['relevance.context']],
    ]);
    const s = suggestTerms(posts, segment, known, options);
    expect(s.candidates.map((c) => c.normalised)).not.toContain('虚拟');
    expect(s.candidates.find((c) => c.normalised === '办公室')?.known).toEqual(['relevance.context']);
  });

  it('renders a YAML snippet that parses as a cue list, with the lexicon identity', () => {
    const s = suggestTerms(posts, segment, new Map(), options);
    const yaml = renderSuggestionsYaml(s, 'c.jsonl', { id: 'x', version: '1', hash: 'sha256:abc' });
    expect(yaml).toContain('# lexicon: x 1 sha256:abc');
    expect(parse(yaml)).toEqual(s.candidates.map((c) => c.term));
  });
});
