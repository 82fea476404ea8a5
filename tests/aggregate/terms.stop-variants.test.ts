/** Key terms leave out Cantonese particles (a stop list as data) and count spelling variants as one word. */
import { describe, expect, it } from 'vitest';
import { termTokeniser } from '../../src/aggregate/terms.js';
import { readStopList } from '../../src/io/bundled/report-data.js';
import { buildClassifier } from '../../src/classifier/load-classifier.js';

describe('key-term words', () => {
  const words = termTokeniser(buildClassifier(), readStopList());

  it('leave out Cantonese copulas and particles such as 都係 and 真係', () => {
    const terms = words('佢都係咁講，真係好難續簽').map((t) => t.surface);
    expect(terms).toContain('續簽');
    expect(terms).not.toContain('都係');
    expect(terms).not.toContain('真係');
  });

  it('count 紀錄 and 記錄 as one word, each shown as written', () => {
    const pick = (text: string, surface: string) => words(text).find((t) => t.surface === surface);
    const variant = pick('入境紀錄好麻煩', '紀錄');
    const spelling = pick('入境記錄好麻煩', '記錄');
    expect(variant).toBeDefined();
    expect(spelling).toBeDefined();
    expect(variant!.term).toBe(spelling!.term);
  });
});
